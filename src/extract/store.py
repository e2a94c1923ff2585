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
from typing import Any

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
    """
    CREATE TABLE extractions (
        record_id        TEXT NOT NULL,
        pipeline_version TEXT NOT NULL,
        content_hash     TEXT NOT NULL,
        result           TEXT NOT NULL,
        created_at       TEXT NOT NULL,
        superseded_at    TEXT,
        PRIMARY KEY (record_id, pipeline_version)
    );
    CREATE INDEX extractions_current ON extractions (record_id) WHERE superseded_at IS NULL;
    CREATE TABLE curations (
        id         INTEGER PRIMARY KEY,
        record_id  TEXT NOT NULL,
        field      TEXT NOT NULL,
        action     TEXT NOT NULL,
        value      TEXT,
        new_value  TEXT,
        reason     TEXT,
        curator    TEXT,
        note       TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX curations_record ON curations (record_id);
    CREATE TABLE runs (
        run_id      TEXT PRIMARY KEY,
        kind        TEXT NOT NULL,
        parameters  TEXT NOT NULL,
        versions    TEXT NOT NULL,
        counts      TEXT,
        status      TEXT NOT NULL,
        started_at  TEXT NOT NULL,
        finished_at TEXT
    );
    """,
    """
    CREATE TABLE deletion_requests (
        id           INTEGER PRIMARY KEY,
        pmid         TEXT NOT NULL,
        requested_at TEXT NOT NULL
    );
    """,
    """
    CREATE TABLE duplicates (
        record_id TEXT NOT NULL,
        source    TEXT NOT NULL,
        seen_at   TEXT NOT NULL,
        PRIMARY KEY (record_id, source)
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
        if row["source"] != source:  # the same paper from another source: a PRISMA duplicate
            self._db.execute(
                "INSERT OR IGNORE INTO duplicates (record_id, source, seen_at) VALUES (?,?,?)",
                (row["record_id"], source, now),
            )
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
                self._db.execute(
                    "INSERT INTO deletion_requests (pmid, requested_at) VALUES (?, ?)", (pmid, now)
                )
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

    def merge(self, shard: Path, source: str) -> tuple[Counter[Outcome], int]:
        """Fold a shard store (one file's records, written by a parallel worker) into this one:
        its records, then its deletions. One writer, so parallel ingestion never meets SQLite's
        "database is locked".

        Records this store has never seen (no such record_id, no PMID-less copy with that DOI)
        are copied in one SQL statement; identical ones are counted unchanged in another; only
        the rest (revisions, re-keying) go through ``upsert`` one by one.
        """
        with Store(shard):  # makes sure the shard has the current schema
            pass
        counts: Counter[Outcome] = Counter()
        now = _now()
        self._db.execute("ATTACH DATABASE ? AS shard", (str(shard),))
        try:
            with self._db:
                self._db.execute(
                    "CREATE TEMP TABLE fresh AS SELECT s.rowid AS id FROM shard.records s"
                    " WHERE NOT EXISTS (SELECT 1 FROM main.records r WHERE r.record_id ="
                    " s.record_id) AND NOT EXISTS (SELECT 1 FROM main.records r WHERE"
                    " s.doi IS NOT NULL AND lower(r.doi) = lower(s.doi) AND r.pmid IS NULL)"
                )
                added = self._db.execute(
                    "INSERT INTO main.records (record_id, pmid, doi, pmid_version, content_hash,"
                    " data, source, first_seen, updated_at) SELECT record_id, pmid, doi,"
                    " pmid_version, content_hash, data, ?, ?, ? FROM shard.records"
                    " WHERE rowid IN (SELECT id FROM fresh) ORDER BY rowid",
                    (source, now, now),
                ).rowcount
                counts[Outcome.ADDED] += added
                same = self._db.execute(
                    "SELECT s.rowid FROM shard.records s JOIN main.records r ON r.record_id ="
                    " s.record_id WHERE r.content_hash = s.content_hash AND r.deleted_at IS NULL"
                    " AND s.rowid NOT IN (SELECT id FROM fresh)"
                ).fetchall()
                counts[Outcome.UNCHANGED] += len(same)
                self._db.execute(
                    "INSERT OR IGNORE INTO main.duplicates (record_id, source, seen_at)"
                    " SELECT r.record_id, ?, ? FROM shard.records s JOIN main.records r"
                    " ON r.record_id = s.record_id WHERE r.content_hash = s.content_hash"
                    " AND r.source != ? AND s.rowid NOT IN (SELECT id FROM fresh)",
                    (source, now, source),
                )
                handled = {row[0] for row in same}
                rest = [
                    row["data"]
                    for row in self._db.execute(
                        "SELECT rowid, data FROM shard.records WHERE rowid NOT IN"
                        " (SELECT id FROM fresh) ORDER BY rowid"
                    )
                    if row["rowid"] not in handled
                ]
                deletions = [
                    r[0]
                    for r in self._db.execute(
                        "SELECT pmid FROM shard.deletion_requests ORDER BY id"
                    )
                ]
                self._db.execute("DROP TABLE temp.fresh")
        finally:
            self._db.execute("DETACH DATABASE shard")
        for blob in rest:
            counts[self.upsert(Article.from_dict(json.loads(blob)), source)] += 1
        return counts, self.apply_deletions(deletions)

    def last_run(self, kind: str, status: str = "ok") -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT * FROM runs WHERE kind = ? AND status = ? ORDER BY started_at DESC LIMIT 1",
            (kind, status),
        ).fetchone()
        return dict(row) if row else None

    # ------------------------------------------------------------------ extractions

    def save_extraction(
        self, record_id: str, pipeline_version: str, content_hash: str, result: dict[str, Any]
    ) -> None:
        """Store a result; earlier versions' rows stay, marked superseded (kept for audit)."""
        now = _now()
        blob = json.dumps(result, ensure_ascii=False, sort_keys=True)
        with self._db:
            self._db.execute(
                "UPDATE extractions SET superseded_at = ? WHERE record_id = ?"
                " AND pipeline_version != ? AND superseded_at IS NULL",
                (now, record_id, pipeline_version),
            )
            self._db.execute(
                "INSERT INTO extractions (record_id, pipeline_version, content_hash, result,"
                " created_at) VALUES (?,?,?,?,?) ON CONFLICT (record_id, pipeline_version)"
                " DO UPDATE SET content_hash = excluded.content_hash, result = excluded.result,"
                " created_at = excluded.created_at, superseded_at = NULL",
                (record_id, pipeline_version, content_hash, blob, now),
            )

    def records_needing_extraction(self, pipeline_version: str) -> list[StoredRecord]:
        """Live records with no result for this pipeline version and content."""
        rows = self._db.execute(
            "SELECT r.record_id, r.data, r.content_hash, r.deleted_at FROM records r"
            " LEFT JOIN extractions e ON e.record_id = r.record_id"
            " AND e.pipeline_version = ? AND e.content_hash = r.content_hash"
            " WHERE r.deleted_at IS NULL AND e.record_id IS NULL ORDER BY r.record_id",
            (pipeline_version,),
        )
        return [_to_stored(row) for row in rows]

    def current_extractions(self) -> dict[str, dict[str, Any]]:
        """record_id -> newest non-superseded result (with its pipeline version)."""
        found: dict[str, dict[str, Any]] = {}
        rows = self._db.execute(
            "SELECT record_id, pipeline_version, result FROM extractions"
            " WHERE superseded_at IS NULL ORDER BY record_id, created_at"
        )
        for row in rows:
            found[row["record_id"]] = {
                **json.loads(row["result"]),
                "pipeline_version": row["pipeline_version"],
            }
        return found

    # ------------------------------------------------------------------ curations

    def add_curations(self, decisions: Iterable[dict[str, Any]]) -> int:
        """All or nothing: one transaction."""
        now = _now()
        columns = (
            "record_id",
            "field",
            "action",
            "value",
            "new_value",
            "reason",
            "curator",
            "note",
        )
        rows = [(*tuple(d.get(c) for c in columns), d.get("created_at") or now) for d in decisions]
        with self._db:
            self._db.executemany(
                f"INSERT INTO curations ({', '.join(columns)}, created_at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                rows,
            )
        return len(rows)

    def curations(self) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT * FROM curations ORDER BY id")
        return [dict(row) for row in rows]

    # ------------------------------------------------------------------ runs

    def start_run(
        self, run_id: str, kind: str, parameters: dict[str, Any], versions: dict[str, Any]
    ) -> None:
        with self._db:
            self._db.execute(
                "INSERT INTO runs (run_id, kind, parameters, versions, status, started_at)"
                " VALUES (?,?,?,?,?,?)",
                (
                    run_id,
                    kind,
                    json.dumps(parameters, sort_keys=True),
                    json.dumps(versions, sort_keys=True),
                    "running",
                    _now(),
                ),
            )

    def finish_run(self, run_id: str, status: str, counts: dict[str, Any]) -> None:
        with self._db:
            self._db.execute(
                "UPDATE runs SET status = ?, counts = ?, finished_at = ? WHERE run_id = ?",
                (status, json.dumps(counts, sort_keys=True), _now(), run_id),
            )

    def runs(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._db.execute("SELECT * FROM runs ORDER BY started_at")]

    def count(self, include_deleted: bool = False) -> int:
        query = "SELECT count(*) FROM records"
        if not include_deleted:
            query += " WHERE deleted_at IS NULL"
        return int(self._db.execute(query).fetchone()[0])

    def duplicate_count(self) -> int:
        """Records met again from another source (file or query) and stored once."""
        return int(self._db.execute("SELECT count(*) FROM duplicates").fetchone()[0])

    def known_pmids(self) -> set[str]:
        return {
            row[0] for row in self._db.execute("SELECT pmid FROM records WHERE pmid IS NOT NULL")
        }
