"""The living-review steps as plain library calls (the Prefect flows only compose these).

A run: take new records (from PubMed since the scope's last successful run, or from files),
store them once, extract what has no result for the current pipeline version, and export the
curated evidence table with its report. Each step is idempotent (upserts by content hash,
extraction keyed on pipeline version), so a run killed half-way and started again ends with
every record once and none lost.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from extract.config import Settings
from extract.ingest import IngestReport, ingest_path, store_events
from extract.scope import Scope
from extract.store import Outcome, Store

Log = Callable[[str], None]


def _quiet(_message: str) -> None:
    return None


@dataclass
class RunSummary:
    run_id: str
    scope: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    bad: int = 0
    extracted: int = 0
    included: int = 0
    excluded: int = 0
    export_dir: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def add(self, report: IngestReport) -> None:
        self.added += report.outcomes[Outcome.ADDED]
        self.updated += report.outcomes[Outcome.UPDATED]
        self.unchanged += report.outcomes[Outcome.UNCHANGED] + report.outcomes[Outcome.STALE]
        self.deleted += report.deleted
        self.bad += len(report.bad)


def run_kind(scope: Scope) -> str:
    return f"living_review:{scope.name}"


def fetch_window(store: Store, scope: Scope, today: date) -> tuple[date | None, date]:
    """Entrez-date window: since the last successful run (one day of overlap: upserts make the
    overlap harmless), else the scope's own mindate."""
    from extract.pubmed.client import parse_eutils_date

    last = store.last_run(run_kind(scope))
    if last is not None:
        started = datetime.fromisoformat(last["started_at"]).date()
        return started - timedelta(days=1), today
    start = parse_eutils_date(scope.mindate, end=False) if scope.mindate else None
    return start, today


def fetch_scope(
    settings: Settings, store: Store, scope: Scope, today: date, log: Log = _quiet
) -> IngestReport:
    """Network step: new records of the scope's query, plus seed PMIDs not yet stored."""
    from extract.pubmed.client import EutilsClient

    total = IngestReport(source="efetch")
    start, end = fetch_window(store, scope, today)
    log(f"fetching {scope.name!r} for Entrez dates {start or 'any'} to {end}")
    with EutilsClient(settings.eutils) as client:
        for number, batch in enumerate(client.iter_fetch(scope.query, start, end), start=1):
            report = store_events(store, batch.events, source="efetch")
            total.merge(report)
            log(f"batch {number}: {report.summary()}")
        missing = [p for p in scope.seed_pmids if p not in store.known_pmids()]
        for batch in client.efetch_ids(missing):
            total.merge(store_events(store, batch.events, source="efetch:seeds"))
    return total


def ingest_to_shard(path: Path, shard_dir: Path) -> tuple[Path, dict[str, Any]]:
    """Parse one file into its own small store (safe to run in parallel workers)."""
    shard_dir.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(dir=shard_dir, suffix=".sqlite")
    os.close(descriptor)
    shard = Path(name)
    with Store(shard) as store:
        report = ingest_path(store, path)
    return shard, {
        "file": path.name,
        "summary": report.summary(),
        "bad": len(report.bad),
        "bad_records": [b.describe() for b in report.bad[:20]],
    }


def merge_shards(
    store: Store, shards: Sequence[tuple[Path, str]], log: Log = _quiet
) -> IngestReport:
    """Fold shards into the store in the given (file) order, then delete them."""
    total = IngestReport(source="files")
    for shard, source in shards:
        outcomes, deleted = store.merge(shard, source)
        report = IngestReport(source=source, outcomes=outcomes, deleted=deleted)
        log(report.summary())
        total.merge(report)
        for suffix in ("", "-wal", "-shm"):
            Path(str(shard) + suffix).unlink(missing_ok=True)
    return total


def extract_pending(
    store: Store,
    nlp: Any,
    screener: Any = None,
    log: Log = _quiet,
    progress: Callable[[int, int], None] | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> int:
    """Extract and store every live record with no result for this pipeline version."""
    from extract.extraction import extract_articles, pipeline_version

    version = pipeline_version(nlp, screener)
    todo = store.records_needing_extraction(version)
    by_article = {id(r.article): r for r in todo}
    pairs = extract_articles(
        nlp, (r.article for r in todo), batch_size, n_process, screening=screener
    )
    for number, (article, result) in enumerate(pairs, start=1):
        stored = by_article[id(article)]
        store.save_extraction(
            stored.record_id, version, stored.content_hash, result.to_record(article)
        )
        if progress is not None:
            progress(number, len(todo))
        if number % 500 == 0:
            log(f"extracted {number}/{len(todo)}")
    log(f"extracted {len(todo)} records (pipeline {version})")
    return len(todo)


def export_scope(store: Store, scope: Scope, out_dir: Path, run_id: str) -> dict[str, Any]:
    from extract.exports import write_exports
    from extract.report import write_report

    summary = write_exports(store, out_dir, run_id, scope.export_formats, scope.include_excluded)
    write_report(Path(summary["run_dir"]))
    write_report(out_dir / "latest")
    return summary


def new_run_id(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
