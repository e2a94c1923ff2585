"""SQLite evidence store: one file, schema migrations by ``PRAGMA user_version``.

Records are keyed by ``record_id`` (the guide's ``doc_id``: ``pmid:N``, else ``doi:...``) and
upserted on a content hash: the same record again changes nothing, a revised one (new content or
a higher PMID version) replaces it and is counted, an older version is ignored. A record first
seen without a PMID (guide JSONL, DOI only) is re-keyed when it later arrives with one, so the
same paper is never stored twice. ``DeleteCitation`` PMIDs are soft-deleted (kept, flagged).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from extract.records import Article, BadRecord

_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE records (
        record_id    TEXT PRIMARY KEY,
        pmid         TEXT UNIQUE,
        doi          TEXT,
        pmid_version INTEGER NOT NULL DEFAULT 1,
        content_hash TEXT NOT NULL,
        data         TEXT NOT NULL,
        source       TEXT,
        first_seen   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        deleted_at   TEXT
    );
    CREATE INDEX records_doi ON records (lower(doi));
    CREATE TABLE bad_records (
        id      INTEGER PRIMARY KEY,
        source  TEXT NOT NULL,
        pmid    TEXT,
        line    INTEGER,
        reason  TEXT NOT NULL,
        seen_at TEXT NOT NULL
    );
    """,
)


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    STALE = "stale"  # an older PMID version or revision than the one stored


@dataclass(frozen=True)
class StoredRecord:
    record_id: str
    article: Article
    content_hash: str
    deleted: bool


def _to_stored(row: sqlite3.Row) -> StoredRecord:
    return StoredRecord(
        record_id=row["record_id"],
        article=Article.from_dict(json.loads(row["data"])),
        content_hash=row["content_hash"],
        deleted=row["deleted_at"] is not None,
    )


def _older_revision(article: Article, row: sqlite3.Row) -> bool:
    """True when NLM revised the stored copy after the incoming one (same PMID version)."""
    if article.pmid_version != row["pmid_version"] or not article.date_revised:
        return False
    stored = json.loads(row["data"]).get("date_revised")
    return bool(stored) and article.date_revised < stored


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """The project's SQLite file. Use as a context manager; writes commit per call."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=30.0)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(_MIGRATIONS[version:], start=version + 1):
            with self._db:
                self._db.executescript(script)
                self._db.execute(f"PRAGMA user_version = {number}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writes

    def upsert_many(self, articles: Iterable[Article], source: str) -> Counter[Outcome]:
        """Upsert in one transaction; returns how many of each outcome."""
        counts: Counter[Outcome] = Counter()
        with self._db:
            for article in articles:
                counts[self._upsert(article, source)] += 1
        return counts

    def upsert(self, article: Article, source: str) -> Outcome:
        with self._db:
            return self._upsert(article, source)

    def _find_existing(self, article: Article) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self._db.execute(
            "SELECT * FROM records WHERE record_id = ?", (article.doc_id,)
        ).fetchone()
        if row is None and article.doi:
            row = self._db.execute(
                "SELECT * FROM records WHERE lower(doi) = lower(?) AND (pmid IS NULL OR ? IS NULL)"
                " ORDER BY record_id LIMIT 1",
                (article.doi, article.pmid),
            ).fetchone()
        return row

    def _upsert(self, article: Article, source: str) -> Outcome:
        digest = article.content_hash()
        blob = json.dumps(article.to_dict(), ensure_ascii=False, sort_keys=True)
        now = _now()
        row = self._find_existing(article)
        if row is None:
            self._db.execute(
                "INSERT INTO records (record_id, pmid, doi, pmid_version, content_hash, data,"
                " source, first_seen, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    article.doc_id,
                    article.pmid,
                    article.doi,
                    article.pmid_version,
                    digest,
                    blob,
                    source,
                    now,
                    now,
                ),
            )
            return Outcome.ADDED
        if article.pmid_version < row["pmid_version"] or _older_revision(article, row):
            return Outcome.STALE
        if row["content_hash"] == digest and row["deleted_at"] is None:
            return Outcome.UNCHANGED
        if row["pmid"] and not article.pmid:
            return Outcome.UNCHANGED  # a PMID-less copy never overwrites the PubMed record
        self._db.execute(
            "UPDATE records SET record_id = ?, pmid = ?, doi = ?, pmid_version = ?,"
            " content_hash = ?, data = ?, source = ?, updated_at = ?, deleted_at = NULL"
            " WHERE record_id = ?",
            (
                article.doc_id,
                article.pmid,
                article.doi,
                article.pmid_version,
                digest,
                blob,
                source,
                now,
                row["record_id"],
            ),
        )
        return Outcome.UPDATED

    def apply_deletions(self, pmids: Iterable[str]) -> int:
        """Soft-delete PMIDs named by a DeleteCitation; returns how many stored ones changed."""
        now = _now()
        changed = 0
        with self._db:
            for pmid in pmids:
                cursor = self._db.execute(
                    "UPDATE records SET deleted_at = ? WHERE pmid = ? AND deleted_at IS NULL",
                    (now, pmid),
                )
                changed += cursor.rowcount
        return changed

    def record_bad(self, bad: Iterable[BadRecord]) -> None:
        now = _now()
        with self._db:
            self._db.executemany(
                "INSERT INTO bad_records (source, pmid, line, reason, seen_at) VALUES (?,?,?,?,?)",
                [(b.source, b.pmid, b.line, b.reason, now) for b in bad],
            )

    # ------------------------------------------------------------------ reads

    def iter_records(self, include_deleted: bool = False) -> Iterator[StoredRecord]:
        """Stored records in ``record_id`` order (deterministic listings and exports)."""
        query = "SELECT record_id, data, content_hash, deleted_at FROM records"
        if not include_deleted:
            query += " WHERE deleted_at IS NULL"
        query += " ORDER BY record_id"
        for row in self._db.execute(query):
            yield _to_stored(row)

    def get(self, record_id: str) -> StoredRecord | None:
        row = self._db.execute(
            "SELECT record_id, data, content_hash, deleted_at FROM records WHERE record_id = ?",
            (record_id,),
        ).fetchone()
        return None if row is None else _to_stored(row)

    def count(self, include_deleted: bool = False) -> int:
        query = "SELECT count(*) FROM records"
        if not include_deleted:
            query += " WHERE deleted_at IS NULL"
        return int(self._db.execute(query).fetchone()[0])

    def known_pmids(self) -> set[str]:
        return {
            row[0] for row in self._db.execute("SELECT pmid FROM records WHERE pmid IS NOT NULL")
        }
