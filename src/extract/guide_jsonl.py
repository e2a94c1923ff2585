"""Reading and writing records in the annotation guide's JSON Lines shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from extract.records import Article, BadRecord


def article_from_guide(data: dict[str, Any]) -> Article:
    """A guide record -> Article (labels and evidence are not part of the article)."""
    title = data.get("title")
    abstract = data.get("abstract")
    if title is not None and not isinstance(title, str):
        raise ValueError("'title' must be a string")
    if abstract is not None and not isinstance(abstract, str):
        raise ValueError("'abstract' must be a string")
    pmid = data.get("pmid")
    if pmid is not None:
        pmid = str(pmid).strip()
        if not pmid.isdigit():
            raise ValueError(f"'pmid' must be digits, got {data.get('pmid')!r}")
    year = data.get("year")
    if year is not None:
        try:
            year = int(year)
        except (TypeError, ValueError):
            raise ValueError(f"'year' must be a whole number, got {year!r}") from None
    doc_id = data.get("doc_id")
    if not (pmid or data.get("doi") or doc_id or title or abstract):
        raise ValueError("record has no doc_id, pmid, doi, title or abstract")
    return Article(
        pmid=pmid or None,
        doi=(str(data["doi"]).strip() or None) if data.get("doi") else None,
        title=title or "",
        abstract=abstract or "",
        year=year,
        journal=data.get("journal") or None,
        source_url=data.get("source_url") or None,
        doc_id_hint=str(doc_id) if doc_id else None,
    )


def iter_guide_stream(stream: IO[str], source: str) -> Iterator[Article | BadRecord]:
    """Each non-blank line -> an Article, or a BadRecord naming the line (never raises)."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("a line must hold one JSON object")
            yield article_from_guide(data)
        except (ValueError, TypeError) as err:
            reason = (
                f"invalid JSON: {err.msg}" if isinstance(err, json.JSONDecodeError) else str(err)
            )
            yield BadRecord(source=source, reason=reason, line=number)


def iter_guide_file(path: Path) -> Iterator[Article | BadRecord]:
    with path.open(encoding="utf-8-sig", errors="replace") as stream:
        yield from iter_guide_stream(stream, path.name)


def read_guide_records(path: Path) -> list[dict[str, Any]]:
    """Raw guide dictionaries (with labels), for evaluation and training."""
    with path.open(encoding="utf-8-sig") as stream:
        return [json.loads(line) for line in stream if line.strip()]
