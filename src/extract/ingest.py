"""Ingest local files (PubMed XML, .xml.gz, guide JSONL) or fetched batches into the store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.guide_jsonl import iter_guide_file
from extract.pubmed.xml import iter_file
from extract.records import Article, BadRecord, DeletedCitations, ParseEvent, SkippedRecord
from extract.store import Outcome, Store

COMMIT_EVERY = 2_000


class InputError(ValueError):
    """The input cannot be read at all (missing file, unknown format): a usage problem."""


@dataclass
class IngestReport:
    """What one ingest did; ``bad`` names every record that was not stored."""

    source: str
    outcomes: Counter[Outcome] = field(default_factory=Counter)
    deleted: int = 0
    delete_requests: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    bad: list[BadRecord] = field(default_factory=list)

    @property
    def parsed(self) -> int:
        return sum(self.outcomes.values())

    def merge(self, other: IngestReport) -> None:
        self.outcomes.update(other.outcomes)
        self.deleted += other.deleted
        self.delete_requests += other.delete_requests
        self.skipped.update(other.skipped)
        self.bad.extend(other.bad)

    def summary(self) -> str:
        parts = [f"{self.outcomes[o]} {o.value}" for o in Outcome if self.outcomes[o]]
        if self.delete_requests:
            parts.append(f"{self.deleted} deleted ({self.delete_requests} PMIDs listed)")
        parts.extend(f"{n} {kind} skipped" for kind, n in sorted(self.skipped.items()))
        if self.bad:
            parts.append(f"{len(self.bad)} bad")
        return f"{self.source}: " + (", ".join(parts) if parts else "no records")


def detect_format(path: Path) -> str:
    """``"pubmed-xml"`` or ``"guide-jsonl"``, from the name, else from the first bytes."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory (name the files, e.g. {path}/*.xml.gz)")
    name = path.name.lower()
    if name.endswith((".jsonl", ".json", ".ndjson")):
        return "guide-jsonl"
    if name.endswith((".xml", ".xml.gz", ".gz")):
        return "pubmed-xml"
    with path.open("rb") as handle:
        head = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"\x1f\x8b") or head.startswith(b"<"):
        return "pubmed-xml"
    if head.startswith(b"{"):
        return "guide-jsonl"
    raise InputError(f"{path}: not PubMed XML or guide JSON Lines (unknown format)")


def iter_events(path: Path) -> Iterator[ParseEvent]:
    if detect_format(path) == "guide-jsonl":
        return iter(iter_guide_file(path))
    return iter_file(path)


def store_events(
    store: Store,
    events: Iterable[ParseEvent],
    source: str,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Write a stream of parse events in batched transactions; deletions applied in order."""
    report = IngestReport(source=source)
    pending: list[Article] = []

    def flush() -> None:
        if pending:
            report.outcomes.update(store.upsert_many(pending, source))
            if progress is not None:
                progress(len(pending))
            pending.clear()

    for event in events:
        if isinstance(event, Article):
            pending.append(event)
            if len(pending) >= COMMIT_EVERY:
                flush()
        elif isinstance(event, DeletedCitations):
            flush()
            report.delete_requests += len(event.pmids)
            report.deleted += store.apply_deletions(event.pmids)
        elif isinstance(event, BadRecord):
            report.bad.append(event)
        elif isinstance(event, SkippedRecord):
            report.skipped[event.kind] += 1
    flush()
    if report.bad:
        store.record_bad(report.bad)
    return report


def ingest_path(
    store: Store, path: Path, progress: Callable[[int], None] | None = None
) -> IngestReport:
    return store_events(store, iter_events(path), source=path.name, progress=progress)
