"""The shared vocabulary: frozen records passed between parsing, storage and extraction.

Lists are tuples (immutable, hashable) and "missing" is ``None``; never ``''`` sentinels or
``;``-joined strings. ``Article.to_guide_dict`` gives the annotation guide's JSON Lines shape.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Author:
    last_name: str | None = None
    fore_name: str | None = None
    initials: str | None = None
    collective_name: str | None = None

    @property
    def display_name(self) -> str:
        if self.collective_name:
            return self.collective_name
        given = self.initials or self.fore_name or ""
        return " ".join(part for part in (self.last_name, given) if part)


@dataclass(frozen=True, slots=True)
class OtherAbstract:
    """An ``<OtherAbstract>``: a translation or a publisher/plain-language version."""

    text: str
    type: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One bibliographic record (PubMed citation, book article, or guide JSONL line)."""

    pmid: str | None
    title: str
    abstract: str
    doi: str | None = None
    pmid_version: int = 1
    pmcid: str | None = None
    journal: str | None = None
    year: int | None = None
    authors: tuple[Author, ...] = ()
    publication_types: tuple[str, ...] = ()
    mesh_terms: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    other_abstracts: tuple[OtherAbstract, ...] = ()
    date_revised: str | None = None  # ISO date of NLM's last revision, orders versions
    kind: str = "article"  # "article" | "book"
    source_url: str | None = None
    doc_id_hint: str | None = field(default=None, compare=False)

    @property
    def doc_id(self) -> str:
        """The guide's key: ``pmid:N`` when known, else ``doi:...``, else a ``url:``/given id."""
        if self.pmid:
            return f"pmid:{self.pmid}"
        if self.doi:
            return f"doi:{self.doi}"
        if self.doc_id_hint:
            return self.doc_id_hint
        if self.source_url:
            return f"url:{self.source_url}"
        return "sha:" + self.content_hash()[:16]

    def content_hash(self) -> str:
        """Hash of the bibliographic content; provenance fields do not change it."""
        payload = self.to_dict()
        for provenance in ("source_url", "doc_id_hint"):
            payload.pop(provenance, None)
        blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["authors"] = tuple(Author(**a) for a in data.get("authors") or ())
        values["other_abstracts"] = tuple(
            OtherAbstract(**o) for o in data.get("other_abstracts") or ()
        )
        for name in ("publication_types", "mesh_terms", "keywords", "languages"):
            values[name] = tuple(data.get(name) or ())
        return cls(**values)

    def to_guide_dict(self) -> dict[str, Any]:
        """The annotation guide's record shape (without labels)."""
        return {
            "doc_id": self.doc_id,
            "pmid": self.pmid,
            "doi": self.doi,
            "title": self.title,
            "abstract": self.abstract,
            "year": self.year,
            "journal": self.journal,
            "source_url": self.source_url,
        }

    @property
    def is_review(self) -> bool | None:
        """True/False from PubMed publication types; ``None`` when the record has none."""
        if not self.publication_types:
            return None
        return any(pt in REVIEW_PUBLICATION_TYPES for pt in self.publication_types)


REVIEW_PUBLICATION_TYPES = frozenset(
    {"Review", "Systematic Review", "Meta-Analysis", "Scoping Review", "Narrative Review"}
)


@dataclass(frozen=True, slots=True)
class DeletedCitations:
    """PMIDs listed in a ``<DeleteCitation>`` block of an update file."""

    pmids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record that could not be parsed; reported, never silently dropped."""

    source: str
    reason: str
    pmid: str | None = None
    line: int | None = None

    def describe(self) -> str:
        where = self.source
        if self.line is not None:
            where += f", line {self.line}"
        if self.pmid:
            where += f", PMID {self.pmid}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class SkippedRecord:
    """A well-formed element that is not a citation we store (counted, not an error)."""

    source: str
    kind: str
    pmid: str | None = None


ParseEvent = Article | DeletedCitations | BadRecord | SkippedRecord
