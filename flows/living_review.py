"""Prefect flows: a living review of a scope, and ingestion of local PubMed files.

The flows only compose library calls (``extract.living``); everything also runs without
Prefect. Only the network step retries. Parsing files is cached on (path, size, mtime), so a
run restarted after a crash does not parse again what it already parsed; storing is idempotent
(upserts by content hash), so nothing is duplicated or lost either way.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import INPUTS

from extract.config import Settings
from extract.ingest import InputError, detect_format
from extract.living import (
    RunSummary,
    export_scope,
    extract_pending,
    fetch_scope,
    ingest_to_shard,
    merge_shards,
    new_run_id,
    run_kind,
)
from extract.scope import load_scope
from extract.store import Store


def _settings(db: str | None, out: str | None, eutils_url: str | None) -> Settings:
    overrides: dict[str, Any] = {"eutils_base_url": eutils_url}
    if db:
        overrides["db_path"] = Path(db)
    if out:
        overrides["outputs_dir"] = Path(out)
    return Settings.from_env(os.environ, project_root=Path.cwd(), **overrides)


def _worth_retrying(_task: Any, _run: Any, state: Any) -> bool:
    """Retry passing network trouble; not "PubMed cannot be reached at all" (offline)."""
    from extract.pubmed.client import PubMedUnreachable

    try:
        state.result()
    except PubMedUnreachable:
        return False
    except Exception:  # any other failure of the network step is worth a retry
        return True
    return False


@task(
    retries=3,
    retry_delay_seconds=[5, 30, 120],
    retry_condition_fn=_worth_retrying,
    name="fetch from PubMed",
)
def fetch_task(scope_name: str, db: str, out: str | None, eutils_url: str | None) -> dict[str, Any]:
    logger = get_run_logger()
    settings = _settings(db, out, eutils_url)
    scope = load_scope(scope_name, settings.project_root / "seeds")
    with Store(settings.db_path) as store:
        report = fetch_scope(settings, store, scope, datetime.now(UTC).date(), logger.info)
    return {"summary": report.summary(), "report": report}


def _file_key(path: str) -> dict[str, Any]:
    stat = Path(path).stat()
    return {"path": str(Path(path).resolve()), "size": stat.st_size, "mtime": stat.st_mtime_ns}


@task(name="parse file", cache_policy=INPUTS, persist_result=True)
def parse_file_task(
    path: str, shard_dir: str, file_key: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    get_run_logger().info(f"parsing {path}")
    shard, info = ingest_to_shard(Path(path), Path(shard_dir))
    return str(shard), info


@task(name="merge into the store")
def merge_task(db: str, shards: list[tuple[str, str]]) -> dict[str, Any]:
    logger = get_run_logger()
    present = [(Path(s), name) for s, name in shards if Path(s).exists()]
    with Store(Path(db)) as store:
        report = merge_shards(store, present, logger.info)
    return {"report": report}


@task(name="extract")
def extract_task(db: str, out: str | None, use_screening: bool) -> int:
    from extract.nlp.pipeline import build_nlp
    from extract.screening import load_optional

    logger = get_run_logger()
    settings = _settings(db, out, None)
    screener = (
        load_optional(settings.models_dir / "screening", logger.warning) if use_screening else None
    )
    with Store(settings.db_path) as store:
        return extract_pending(store, build_nlp(), screener, logger.info)


@task(name="export and report")
def export_task(db: str, out: str, scope_name: str, run_id: str) -> dict[str, Any]:
    settings = _settings(db, out, None)
    scope = load_scope(scope_name, settings.project_root / "seeds")
    with Store(settings.db_path) as store:
        return export_scope(store, scope, Path(out), run_id)


def _ingest(paths: list[str], db: str, shard_dir: str) -> Any:
    for path in paths:
        try:
            detect_format(Path(path))
        except InputError as err:
            raise ValueError(str(err)) from None
    futures = [parse_file_task.submit(p, shard_dir, _file_key(p)) for p in paths]
    results = [f.result() for f in futures]
    stale = [i for i, (shard, _info) in enumerate(results) if not Path(shard).exists()]
    if stale:  # cached from a run that merged (and removed) the shard already: parse again
        fresh = parse_file_task.with_options(refresh_cache=True)
        again = [fresh.submit(paths[i], shard_dir, _file_key(paths[i])) for i in stale]
        for i, future in zip(stale, again, strict=True):
            results[i] = future.result()
    for _shard, info in results:
        get_run_logger().info(f"{info['file']}: {info['summary']}")
    merged = merge_task(db, [(shard, info["file"]) for shard, info in results])
    return merged["report"], [b for _s, info in results for b in info["bad_records"]]


@flow(name="ingest-files", log_prints=False)
def ingest_files(paths: list[str], db: str | None = None) -> dict[str, Any]:
    """Local PubMed XML / guide JSONL files into the store: one parse task per file (parallel
    under a Dask task runner), merged into the store by one writer, deletions applied."""
    settings = _settings(db, None, None)
    shard_dir = str(settings.db_path.parent / ".shards")
    report, bad = _ingest(paths, str(settings.db_path), shard_dir)
    return {"summary": report.summary(), "bad_records": bad}


def ingest_files_on_dask(paths: list[str], db: str | None = None, workers: int = 2) -> Any:
    """``ingest_files`` on a local Dask cluster of ``workers`` processes (prefect-dask)."""
    from prefect_dask.task_runners import DaskTaskRunner

    runner = DaskTaskRunner(
        cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True}
    )
    return ingest_files.with_options(task_runner=runner)(paths, db)  # type: ignore[arg-type]


@flow(name="living-review", log_prints=False)
def living_review(
    scope: str = "cmnp-cancer",
    sources: list[str] | None = None,
    db: str | None = None,
    out: str | None = None,
    eutils_url: str | None = None,
    use_screening: bool = True,
) -> dict[str, Any]:
    """One living-review run: new records (PubMed since the last success, or ``sources``),
    extraction of what is new, the curated evidence table and its report. Returns a summary."""
    logger = get_run_logger()
    settings = _settings(db, out, eutils_url)
    chosen = load_scope(scope, settings.project_root / "seeds")
    run_id = new_run_id()
    summary = RunSummary(run_id=run_id, scope=chosen.name)
    db_path, out_dir = str(settings.db_path), str(settings.outputs_dir)
    with Store(settings.db_path) as store:
        store.start_run(
            run_id,
            run_kind(chosen),
            {"scope": chosen.name, "sources": sources or [], "query": chosen.query},
            {"cmnp_extract": __import__("extract").__version__},
        )
    status = "failed"
    try:
        if sources:
            report, _bad = _ingest(sources, db_path, str(settings.db_path.parent / ".shards"))
        else:
            report = fetch_task(chosen.name, db_path, out_dir, eutils_url)["report"]
        summary.add(report)
        summary.extracted = extract_task(db_path, out_dir, use_screening)
        exported = export_task(db_path, out_dir, chosen.name, run_id)
        summary.export_dir = exported["run_dir"]
        summary.included = exported["records"]
        status = "ok"
    finally:
        with Store(settings.db_path) as store:
            store.finish_run(run_id, status, summary.to_dict())
    logger.info(f"run {run_id}: {summary.to_dict()}")
    return summary.to_dict()
