"""``cmnp``: a thin Typer dispatcher. Parse arguments -> Settings -> one library call.

Exit codes: 0 ok, 2 bad usage or bad input (one clear line, no traceback), 1 unexpected failure.
Set ``CMNP_DEBUG=1`` to see the traceback of an unexpected failure.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from extract.config import Settings

app = typer.Typer(
    name="cmnp",
    help="Living evidence table of cell membrane-coated nanoparticle research in cancer.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err_console = Console(stderr=True)


class UsageProblem(Exception):
    """Bad usage or bad input: reported in one line, exit code 2."""


def _settings(**overrides: Any) -> Settings:
    return Settings.from_env(os.environ, project_root=Path.cwd(), **overrides)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
        disable=not err_console.is_terminal,
    )


@app.callback()
def _configure(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=err_console, show_path=False)],
        force=True,
    )
    # httpx logs every request URL at INFO; nothing secret is in our URLs (POST bodies), but
    # the noise buries our own messages.
    logging.getLogger("httpx").setLevel(logging.WARNING)


DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="SQLite store (default outputs/cmnp.sqlite, or $CMNP_DB)."),
]


@contextmanager
def _open_store(db: Path | None) -> Iterator[Any]:
    from extract.store import Store

    settings = _settings(db_path=db)
    with Store(settings.db_path) as store:
        yield store


@app.command()
def fetch(
    query: Annotated[str, typer.Option("--query", "-q", help="PubMed query.")],
    mindate: Annotated[str | None, typer.Option(help="Entrez date from (YYYY[/MM[/DD]]).")] = None,
    maxdate: Annotated[str | None, typer.Option(help="Entrez date to (YYYY[/MM[/DD]]).")] = None,
    max_records: Annotated[int | None, typer.Option("--max", help="Stop after N records.")] = None,
    db: DbOption = None,
    eutils_url: Annotated[
        str | None, typer.Option("--eutils-url", help="E-utilities base URL ($CMNP_EUTILS_URL).")
    ] = None,
    batch_size: Annotated[
        int | None, typer.Option(help="Records per efetch (default 200).")
    ] = None,
    email: Annotated[str | None, typer.Option(help="Contact e-mail sent to NCBI.")] = None,
) -> None:
    """Search PubMed and store every matching record once (re-runs add only what is new)."""
    from extract.ingest import store_events
    from extract.pubmed.client import (
        EutilsClient,
        EutilsError,
        PubMedUnreachable,
        parse_eutils_date,
    )

    try:
        start = parse_eutils_date(mindate, end=False) if mindate else None
        end = parse_eutils_date(maxdate, end=True) if maxdate else None
    except ValueError as err:
        raise UsageProblem(str(err)) from None
    if batch_size is not None and not 1 <= batch_size <= 10_000:
        raise UsageProblem("--batch-size must be between 1 and 10000")
    settings = _settings(
        db_path=db, eutils_base_url=eutils_url, eutils_batch_size=batch_size, eutils_email=email
    )
    from extract.ingest import IngestReport
    from extract.records import Article
    from extract.store import Store

    with (
        Store(settings.db_path) as store,
        EutilsClient(settings.eutils) as client,
        _progress() as bar,
    ):
        task = bar.add_task("fetching", total=None)
        seen: set[str] = set()
        total = IngestReport(source="efetch")
        try:
            for batch in client.iter_fetch(
                query, start, end, max_records, on_plan=lambda n: bar.update(task, total=n)
            ):
                fresh = [e for e in batch.events if not (isinstance(e, Article) and e.pmid in seen)]
                seen.update(a.pmid for a in batch.articles if a.pmid)
                total.merge(store_events(store, fresh, source="efetch"))
                bar.advance(task, batch.expected)
        except PubMedUnreachable as err:
            raise UsageProblem(
                f"PubMed cannot be reached ({err}). Run from files instead "
                "(`cmnp ingest FILE...`) or point --eutils-url / CMNP_EUTILS_URL at a reachable "
                "E-utilities server."
            ) from None
        except EutilsError as err:
            raise UsageProblem(f"PubMed query failed: {err}") from None
        held = store.count()
    err_console.print(total.summary() + f"; store holds {held} records")
    _report_bad(total)


def _report_bad(report: Any) -> None:
    for bad in report.bad[:20]:
        err_console.print(f"[yellow]bad record[/] {bad.describe()}")
    if len(report.bad) > 20:
        err_console.print(f"... and {len(report.bad) - 20} more (table bad_records in the store)")
    if report.bad:
        raise typer.Exit(2)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="PubMed XML (.xml, .xml.gz) or guide JSONL.")],
    db: DbOption = None,
    workers: Annotated[
        int,
        typer.Option(
            help="Parse files in parallel on a local Dask cluster of N workers "
            "(the ingest-files Prefect flow)."
        ),
    ] = 1,
) -> None:
    """Store records from local files; bad records are named, good ones always kept."""
    from extract.ingest import IngestReport, detect_format, ingest_path

    if workers < 1:
        raise UsageProblem("--workers must be at least 1")
    if workers > 1:
        for path in paths:
            detect_format(path)
        from flows.living_review import ingest_files_on_dask

        settings = _settings(db_path=db)
        result = ingest_files_on_dask([str(p) for p in paths], str(settings.db_path), workers)
        err_console.print(f"{result['summary']}")
        for bad in result["bad_records"]:
            err_console.print(f"[yellow]bad record[/] {bad}")
        if result["bad_records"]:
            raise typer.Exit(2)
        return
    total = IngestReport(source="all files")
    with _open_store(db) as store, _progress() as bar:
        for path in paths:
            task = bar.add_task(path.name, total=None)
            report = ingest_path(store, path, progress=partial(bar.advance, task))
            bar.update(task, total=report.parsed, completed=report.parsed)
            err_console.print(report.summary())
            total.merge(report)
        held = store.count()
    if len(paths) > 1:
        err_console.print(total.summary())
    err_console.print(f"store holds {held} records")
    _report_bad(total)


@app.command()
def records(
    output_format: Annotated[str, typer.Option("--format", help="csv or jsonl.")] = "jsonl",
    db: DbOption = None,
    out: Annotated[Path | None, typer.Option(help="Write here instead of standard output.")] = None,
    include_deleted: Annotated[bool, typer.Option(help="Also list deleted citations.")] = False,
) -> None:
    """List stored records (JSONL in the annotation guide's record shape, or CSV)."""
    if output_format not in {"csv", "jsonl"}:
        raise UsageProblem(f"unknown --format {output_format!r}; choose csv or jsonl")
    stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        with _open_store(db) as store:
            rows = (
                {
                    **r.article.to_guide_dict(),
                    "doc_id": r.record_id,
                    "pmcid": r.article.pmcid,
                    "publication_types": list(r.article.publication_types),
                    "deleted": r.deleted,
                }
                for r in store.iter_records(include_deleted=include_deleted)
            )
            if output_format == "jsonl":
                for row in rows:
                    stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                columns = [
                    "doc_id",
                    "pmid",
                    "doi",
                    "pmcid",
                    "title",
                    "abstract",
                    "year",
                    "journal",
                    "source_url",
                    "publication_types",
                    "deleted",
                ]
                writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
                writer.writeheader()
                for row in rows:
                    row["publication_types"] = ";".join(row["publication_types"])
                    writer.writerow(row)
    finally:
        if out:
            stream.close()


ScreeningOption = Annotated[
    bool,
    typer.Option(
        "--screening/--no-screening",
        help="Blend the trained screening models (models/screening) into relevant/study_type.",
    ),
]


def _screening_models(use: bool) -> Any:
    """The saved screening models, or None (with a note) when there are none or they do not fit."""
    if not use:
        return None
    from extract.screening import load_optional

    return load_optional(
        _settings().models_dir / "screening", lambda m: err_console.print(f"[yellow]{m}[/]")
    )


@app.command()
def extract(
    input_path: Annotated[
        Path | None,
        typer.Option("--input", "-i", help="Guide JSONL or PubMed XML (else: the store)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Where to write JSON Lines.")
    ] = None,
    db: DbOption = None,
    n_process: Annotated[int, typer.Option(help="spaCy worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 64,
    lexicon_dir: Annotated[
        Path | None, typer.Option(help="Use these lexicon files instead of the bundled ones.")
    ] = None,
    screening: ScreeningOption = True,
) -> None:
    """Extract labels, evidence and mentions.

    With --input: every record of a file (its labels ignored) into --output. Without: every
    stored record that has no result for the current pipeline version, into the store.
    """
    from extract.extraction import extract_articles
    from extract.nlp.pipeline import build_nlp

    if n_process < 1 or batch_size < 1:
        raise UsageProblem("--n-process and --batch-size must be at least 1")
    nlp = build_nlp(lexicon_dir)
    screener = _screening_models(screening)
    if input_path is None:
        _extract_store(nlp, screener, db, batch_size, n_process)
        return
    if output is None:
        raise UsageProblem("--input needs --output (or leave out --input to extract the store)")
    from extract.ingest import iter_events
    from extract.records import Article, BadRecord

    bad: list[BadRecord] = []

    def articles() -> Iterator[Article]:
        for event in iter_events(input_path):
            if isinstance(event, Article):
                yield event
            elif isinstance(event, BadRecord):
                bad.append(event)

    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(output.name + ".partial")
    written = 0
    with temporary.open("w", encoding="utf-8") as out, _progress() as bar:
        task = bar.add_task("extracting", total=None)
        for article, result in extract_articles(
            nlp, articles(), batch_size, n_process, screening=screener
        ):
            out.write(json.dumps(result.to_record(article), ensure_ascii=False) + "\n")
            written += 1
            bar.advance(task)
    temporary.replace(output)
    err_console.print(f"{written} records extracted -> {output}")
    for problem in bad[:20]:
        err_console.print(f"[yellow]bad record[/] {problem.describe()}")
    if bad:
        raise typer.Exit(2)


def _extract_store(
    nlp: Any, screener: Any, db: Path | None, batch_size: int, n_process: int
) -> None:
    from extract.living import extract_pending

    with _open_store(db) as store, _progress() as bar:
        task = bar.add_task("extracting stored records", total=None)
        done = extract_pending(
            store,
            nlp,
            screener,
            progress=lambda n, total: bar.update(task, completed=n, total=total),
            batch_size=batch_size,
            n_process=n_process,
        )
    from extract.extraction import pipeline_version

    err_console.print(
        f"{done} stored records extracted (pipeline {pipeline_version(nlp, screener)})"
    )


@app.command(name="export")
def export_table(
    db: DbOption = None,
    formats: Annotated[str, typer.Option("--format", help="csv, parquet or both.")] = "csv,parquet",
    out: Annotated[Path | None, typer.Option(help="Output folder (default outputs/).")] = None,
    include_excluded: Annotated[
        bool, typer.Option(help="Also list records out of scope (with the reason).")
    ] = False,
) -> None:
    """Write the curated evidence table into OUT/<run_id>/ and OUT/latest/."""
    from extract.exports import write_exports
    from extract.living import new_run_id

    settings = _settings(db_path=db)
    chosen = [f.strip() for f in formats.split(",") if f.strip()]
    from extract.store import Store

    with Store(settings.db_path) as store:
        try:
            summary = write_exports(
                store, out or settings.outputs_dir, new_run_id(), chosen, include_excluded
            )
        except ValueError as err:
            raise UsageProblem(str(err)) from None
    err_console.print(
        f"{summary['records']} records, {summary['values']} values -> {summary['run_dir']}"
    )


@app.command(name="run")
def run_living_review(
    scope: Annotated[str, typer.Option(help="Review scope: seeds/scopes/NAME.toml or a path.")] = (
        "cmnp-cancer"
    ),
    source: Annotated[
        list[Path] | None,
        typer.Option("--source", help="Local PubMed XML / guide JSONL instead of PubMed."),
    ] = None,
    db: DbOption = None,
    out: Annotated[Path | None, typer.Option(help="Output folder (default outputs/).")] = None,
    eutils_url: Annotated[
        str | None, typer.Option("--eutils-url", help="E-utilities base URL ($CMNP_EUTILS_URL).")
    ] = None,
    screening: ScreeningOption = True,
) -> None:
    """The main job: one living-review run of a scope (Prefect flow), writing OUT/latest/."""
    from extract.pubmed.client import PubMedUnreachable
    from extract.scope import load_scope

    settings = _settings(db_path=db, outputs_dir=out)
    try:
        load_scope(scope, settings.project_root / "seeds")
    except ValueError as err:
        raise UsageProblem(str(err)) from None
    for path in source or []:
        if not path.exists():
            raise UsageProblem(f"{path}: no such file")
    from flows.living_review import living_review

    try:
        summary = living_review(
            scope=scope,
            sources=[str(p) for p in source] if source else None,
            db=str(settings.db_path),
            out=str(settings.outputs_dir),
            eutils_url=eutils_url,
            use_screening=screening,
        )
    except PubMedUnreachable as err:
        raise UsageProblem(
            f"PubMed cannot be reached ({err}). Run from files with `cmnp run --source FILE...` "
            "or point --eutils-url / CMNP_EUTILS_URL at a reachable E-utilities server."
        ) from None
    latest = settings.outputs_dir / "latest"
    err_console.print(
        f"run {summary['run_id']}: {summary['added']} new, {summary['updated']} updated, "
        f"{summary['deleted']} deleted, {summary['extracted']} extracted, "
        f"{summary['included']} included -> {latest / 'evidence.csv'}, {latest / 'report.html'}"
    )


@app.command()
def serve(
    scope: Annotated[str, typer.Option(help="Review scope to keep current.")] = "cmnp-cancer",
    cron: Annotated[
        str | None, typer.Option(help="Cron schedule (default: the scope's own).")
    ] = None,
    interval: Annotated[
        int | None, typer.Option(help="Run every N seconds instead of on a cron schedule.")
    ] = None,
    db: DbOption = None,
    out: Annotated[Path | None, typer.Option(help="Output folder (default outputs/).")] = None,
) -> None:
    """Serve the living review as a scheduled Prefect deployment (blocks; Ctrl-C stops)."""
    from extract.scope import load_scope
    from flows.living_review import living_review

    settings = _settings(db_path=db, outputs_dir=out)
    try:
        chosen = load_scope(scope, settings.project_root / "seeds")
    except ValueError as err:
        raise UsageProblem(str(err)) from None
    schedule = cron or chosen.schedule
    if not schedule and not interval:
        raise UsageProblem(f"scope {chosen.name!r} has no schedule: pass --cron or --interval")
    timing: dict[str, Any] = {"interval": interval} if interval else {"cron": schedule}
    parameters = {"scope": scope, "db": str(settings.db_path), "out": str(settings.outputs_dir)}
    if os.environ.get("PREFECT_API_URL"):
        living_review.serve(
            name=f"living-review-{chosen.name}", parameters=parameters, limit=1, **timing
        )
        return
    # Prefect's temporary server cannot schedule: run a local one (SQLite, loopback) for as
    # long as we serve, so there is nothing to set up by hand.
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from extract.prefect_server import local_prefect_server

    log_path = settings.outputs_dir / "prefect-server.log"
    with local_prefect_server(log_path) as api_url, temporary_settings({PREFECT_API_URL: api_url}):
        err_console.print(f"Prefect server at {api_url} (log: {log_path})")
        # one run at a time: each run starts from where the last successful one ended
        living_review.serve(
            name=f"living-review-{chosen.name}", parameters=parameters, limit=1, **timing
        )


@app.command()
def report(
    out: Annotated[Path | None, typer.Option(help="Output folder (default outputs/).")] = None,
    run_id: Annotated[str, typer.Option(help="Which export (default: latest).")] = "latest",
) -> None:
    """Draw the summary figures and write a static report.html next to an export."""
    from extract.report import write_report

    folder = (out or _settings().outputs_dir) / run_id
    if not (folder / "evidence.csv").exists():
        raise UsageProblem(f"no export in {folder}: run `cmnp export` first")
    err_console.print(f"report -> {write_report(folder)}")


curate_app = typer.Typer(help="Spreadsheet round trip for curator decisions.", no_args_is_help=True)
app.add_typer(curate_app, name="curate")


@curate_app.command("export")
def curate_export(
    out: Annotated[Path, typer.Option("--out", help="The sheet to write (CSV).")],
    db: DbOption = None,
    bom: Annotated[bool, typer.Option(help="Start with a UTF-8 BOM (for Excel).")] = False,
    include_excluded: Annotated[bool, typer.Option(help="Also records out of scope.")] = True,
) -> None:
    """One row per record and field with machine values and evidence; decisions left empty."""
    from extract.cards import write_atomic
    from extract.curation import sheet_rows, write_sheet
    from extract.exports import curated_records

    with _open_store(db) as store:
        records = [r for r in curated_records(store) if include_excluded or r["included"]]
    write_atomic(out, write_sheet(sheet_rows(records), bom=bom))
    err_console.print(f"{len(records)} records -> {out}")


@curate_app.command("import")
def curate_import(
    sheet: Annotated[Path, typer.Argument(help="A filled-in curation sheet (CSV).")],
    db: DbOption = None,
    curator: Annotated[
        str | None, typer.Option(help="Who decided (when a row does not say).")
    ] = None,
) -> None:
    """Validate every row, then store all decisions, or none when any row is bad."""
    from extract.curation import CurationError, read_sheet
    from extract.nlp.lexicon import load_lexicon

    try:
        text = sheet.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise UsageProblem(f"cannot read {sheet}: {err}") from None
    lexicon = load_lexicon()
    vocabulary = {
        name: {e.code for e in lexicon.by_field(name)}
        for name in ("membrane_sources", "cores", "modalities", "cancer_types")
    }
    with _open_store(db) as store:
        known = {r.record_id for r in store.iter_records()}
        try:
            decisions = read_sheet(text, known, vocabulary, default_curator=curator)
        except CurationError as err:
            for problem in err.problems:
                err_console.print(f"[red]{sheet.name}[/] {problem.describe()}")
            raise UsageProblem(
                f"{len(err.problems)} bad rows in {sheet}; nothing was stored"
            ) from None
        stored = store.add_curations(decisions)
    err_console.print(f"{stored} decisions stored from {sheet}")


@app.command()
def train(
    corpus: Annotated[
        Path | None,
        typer.Option(help="Guide JSONL with labels (default ../shared/corpus/dev.jsonl)."),
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Model folder (default models/screening).")
    ] = None,
    curations: Annotated[
        Path | None,
        typer.Option(help="Also learn from the include/exclude decisions in this store."),
    ] = None,
) -> None:
    """Train the relevance and study-type screening models; write them with a model card."""
    from extract.cards import file_sha256
    from extract.extraction import rule_scores
    from extract.guide_jsonl import article_from_guide, read_guide_records
    from extract.nlp.pipeline import build_nlp
    from extract.screening import examples_from_guide, save
    from extract.screening import train as train_models

    settings = _settings()
    corpus = corpus or settings.project_root.parent / "shared" / "corpus" / "dev.jsonl"
    try:
        records = read_guide_records(corpus)
    except (OSError, ValueError) as err:
        raise UsageProblem(f"cannot read {corpus}: {err}") from None
    examples = examples_from_guide(records)
    data_hash = file_sha256(corpus)
    articles = {r["doc_id"]: article_from_guide(r) for r in records}
    if curations is not None:
        from extract.screening import examples_from_curations
        from extract.store import Store

        if not curations.exists():
            raise UsageProblem(f"{curations}: no such store")
        with Store(curations) as store:
            stored = [(r.record_id, r.article) for r in store.iter_records()]
            curated = examples_from_curations(stored, store.curations())
        known = {e.doc_id for e in examples}
        added = [e for e in curated if e.doc_id not in known]
        examples = sorted([*examples, *added], key=lambda e: e.doc_id)
        articles.update({rid: a for rid, a in stored})
        data_hash = hashlib.sha256(
            (data_hash + "".join(f"{e.doc_id}{e.relevant}{e.review}" for e in added)).encode()
        ).hexdigest()
        err_console.print(f"{len(added)} curated records added to {len(records)} corpus records")
    if len({e.relevant for e in examples}) < 2 or len({e.review for e in examples}) < 2:
        raise UsageProblem(f"{corpus}: need labelled examples of both classes for each task")
    import numpy as np

    scores = rule_scores(build_nlp(), [articles[e.doc_id] for e in examples])
    with _progress() as bar:
        bar.add_task("training (5-fold cross-validation)", total=None)
        models = train_models(
            examples,
            data_hash,
            corpus.name,
            rule_scores={k: np.asarray(v) for k, v in scores.items()},
        )
    target = out or settings.models_dir / "screening"
    save(models, target)
    from rich.markdown import Markdown

    Console().print(Markdown((target / "card.md").read_text(encoding="utf-8")))
    err_console.print(f"models and card written to {target}")


@app.command()
def screen(
    rank: Annotated[
        str, typer.Option("--rank", help="relevance (most likely first) or uncertainty.")
    ] = "uncertainty",
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Show at most this many records.")] = 20,
    output_format: Annotated[str, typer.Option("--format", help="table or csv.")] = "table",
) -> None:
    """List stored records in the order a person should screen them (ASReview-style)."""
    from extract.screening import rank_records

    if rank not in {"relevance", "uncertainty"}:
        raise UsageProblem(f"unknown --rank {rank!r}; choose relevance or uncertainty")
    if output_format not in {"table", "csv"}:
        raise UsageProblem(f"unknown --format {output_format!r}; choose table or csv")
    models = _screening_models(True)
    if models is None:
        raise UsageProblem("no screening models: run `cmnp train` first")
    with _open_store(db) as store:
        stored = list(store.iter_records())
    ranked = rank_records(models, [(r.record_id, r.article) for r in stored], by=rank)[:limit]
    if output_format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["record_id", "relevance_score", "study_type", "title"])
        for row in ranked:
            writer.writerow(
                [row["record_id"], row["relevance_score"], row["study_type"], row["title"]]
            )
        return
    from rich.table import Table

    table = Table(title=f"{len(ranked)} of {len(stored)} stored records, by {rank}")
    for column in ("record", "relevance", "type", "title"):
        table.add_column(column)
    for row in ranked:
        table.add_row(
            row["record_id"], f"{row['relevance_score']:.3f}", row["study_type"], row["title"][:90]
        )
    Console().print(table)


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", "-g", help="Gold guide JSONL.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    folds: Annotated[
        bool, typer.Option("--folds/--no-folds", help="Also report each of the 5 folds.")
    ] = True,
    n_process: Annotated[int, typer.Option(help="spaCy worker processes.")] = 1,
    card: Annotated[
        Path | None, typer.Option(help="Also write the extractor's model card into this folder.")
    ] = None,
    screening: ScreeningOption = True,
    held_out_fold: Annotated[
        int | None,
        typer.Option(
            min=0,
            max=4,
            help="Keep this fold's records out of the worst-records listings (its scores are "
            "still reported), so that it stays unread while errors are studied. With --card, "
            "the card's held-out fold unless given.",
        ),
    ] = None,
) -> None:
    """Run extraction on the gold texts and score it as the annotation guide defines.

    When the screening models were trained on this very file, relevance and study type come
    from out-of-fold (cross-validated) models, never from models that saw the record.
    """
    from extract.evaluation import evaluate_corpus
    from extract.guide_jsonl import read_guide_records
    from extract.nlp.pipeline import build_nlp

    try:
        records = read_guide_records(gold)
    except (OSError, ValueError) as err:
        raise UsageProblem(f"cannot read {gold}: {err}") from None
    nlp = build_nlp()
    screener = _screening_models(screening)
    if screener is not None:
        from extract.cards import file_sha256
        from extract.screening import examples_from_guide, out_of_fold_scores

        if screener.card["training_data"]["sha256"] == file_sha256(gold):
            calibration = screener.card.get("calibration", {}).get("chosen", "none")
            screener = out_of_fold_scores(examples_from_guide(records), calibration)
    report = evaluate_corpus(
        nlp, records, with_folds=folds, n_process=n_process, screening=screener
    )
    report["screening"] = "none" if screener is None else type(screener).__name__
    if card is not None and held_out_fold is None:
        from extract.evaluation import HELD_OUT_FOLD

        # whoever rebuilds the card is tuning: the fold it calls held out stays unread
        held_out_fold = HELD_OUT_FOLD
    if held_out_fold is not None:
        from extract.evaluation import hide_fold_errors

        hide_fold_errors(report, held_out_fold)
    if card is not None:
        from extract.cards import extractor_card, write_extractor_card
        from extract.nlp.components import lexicon_of

        write_extractor_card(card, extractor_card(report, lexicon_of(nlp), gold))
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, sort_keys=True) + "\n")
        return
    _print_report(report)


def _print_report(report: dict[str, Any]) -> None:
    from rich.table import Table

    from extract.evaluation import HELD_OUT_FOLD

    console = Console()
    overall = report["overall"]
    table = Table(title=f"{overall['records']} records (entity fields: relevant records only)")
    for column in ("field", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="right" if column != "field" else "left")
    for name, row in [
        *overall["fields"].items(),
        ("entity micro", overall["entity_micro"]),
        ("outcomes", overall["outcomes"]),
    ]:
        table.add_row(
            name,
            *(f"{row[k]:.3f}" for k in ("precision", "recall", "f1")),
            *(str(row[k]) for k in ("tp", "fp", "fn")),
        )
    console.print(table)
    console.print("accuracy: " + ", ".join(f"{k} {v:.3f}" for k, v in overall["accuracy"].items()))
    for fold, row in sorted((report.get("folds") or {}).items()):
        note = " (held out: not used for tuning)" if fold == str(HELD_OUT_FOLD) else ""
        console.print(
            f"fold {fold}: entity micro-F1 {row['entity_micro']['f1']:.3f}, "
            f"{row['records']} records{note}"
        )
    hidden = report.get("errors_hidden_for_fold")
    console.print("worst records" + (f" (fold {hidden} hidden):" if hidden is not None else ":"))
    for worst in overall["worst_records"][:5]:
        console.print(f"  {worst['doc_id']}: {worst['errors']} errors {worst['details']}")


def main() -> None:
    """Console entry point: maps failures to exit codes without tracebacks."""
    try:
        app()
    except UsageProblem as problem:
        err_console.print(f"[red]error:[/] {problem}", soft_wrap=True)
        sys.exit(2)
    except Exception as err:  # last resort: one line, exit 1
        if os.environ.get("CMNP_DEBUG"):
            raise
        from extract.ingest import InputError

        if isinstance(err, InputError):
            err_console.print(f"[red]error:[/] {err}", soft_wrap=True)
            sys.exit(2)
        err_console.print(
            f"[red]unexpected failure:[/] {type(err).__name__}: {err} (CMNP_DEBUG=1 shows details)",
            soft_wrap=True,
        )
        sys.exit(1)
