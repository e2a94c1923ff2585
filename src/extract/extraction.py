"""Extraction: articles in, guide-shaped labels + evidence + mentions out.

The title and abstract are joined with a blank line, normalized one character for one (so
offsets hold), run through the spaCy pipeline, and the role decisions of ``nlp.roles`` turn
lexicon hits into values. Every value keeps its evidence: section, offsets into that section
of the *original* text, the sentence, the rule and a confidence.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extract import __version__
from extract.nlp import roles
from extract.nlp.normalize import doc_text, normalize
from extract.nlp.pipeline import SECTION_BREAK
from extract.outcomes import extract_outcomes
from extract.records import Article

log = logging.getLogger(__name__)

ENTITY_FIELDS = ("membrane_sources", "cores", "payloads", "modalities", "cancer_types")
LIST_FIELDS = (*ENTITY_FIELDS, "cell_lines")
LONG_ABSTRACT = 20_000
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u0370-\u03FF]")


@dataclass(frozen=True)
class Extraction:
    """One record's result: the guide's ``labels`` and ``evidence`` plus ``mentions``."""

    doc_id: str
    labels: dict[str, Any]
    evidence: dict[str, dict[str, str]]
    mentions: list[dict[str, Any]]
    relevance_score: float
    warnings: list[str] = field(default_factory=list)

    def to_record(self, article: Article) -> dict[str, Any]:
        return {
            **article.to_guide_dict(),
            "labels": self.labels,
            "evidence": self.evidence,
            "mentions": self.mentions,
            "relevance_score": round(self.relevance_score, 4),
            "warnings": self.warnings,
            "extractor": {"version": __version__},
        }


def article_text(article: Article) -> str:
    """Title and abstract as one text; the title's newlines become spaces (same length)."""
    title = article.title.replace("\n", " ").replace("\r", " ")
    return title + SECTION_BREAK + article.abstract


def input_warnings(article: Article) -> list[str]:
    warnings = []
    if not article.abstract.strip():
        warnings.append("no abstract: labels come from the title alone")
    if len(article.abstract) > LONG_ABSTRACT:
        warnings.append(f"abstract of {len(article.abstract)} characters (unusually long)")
    text = article.title + article.abstract
    letters = 0 if text.isascii() else len(_LETTER.findall(text))
    if letters and len(_NON_LATIN_LETTER.findall(text)) / letters > 0.4:
        warnings.append("text is mostly non-Latin: probably not English, labels may be empty")
    if article.languages and "eng" not in article.languages:
        warnings.append(f"language {','.join(article.languages)}: not English")
    return warnings


def extract_articles(
    nlp: Language, articles: Iterable[Article], batch_size: int = 64, n_process: int = 1
) -> Iterator[tuple[Article, Extraction]]:
    """Stream (article, extraction) pairs in input order."""
    pairs = ((normalize(article_text(a)), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield article, decide(doc, article)


def decide(doc: Doc, article: Article) -> Extraction:
    candidates = doc._.cmnp_candidates or []
    study_type, _review_score = roles.decide_study(doc, article.publication_types)
    membranes = roles.decide_membranes(doc, candidates, review=study_type == "review")
    cores = roles.decide_cores(doc, candidates)
    payloads = roles.decide_payloads(doc, candidates)
    modalities = roles.decide_modalities(
        doc, candidates, payloads, cores, review=study_type == "review"
    )
    cell_lines = roles.decide_cell_lines(doc, candidates)
    cancer_by_line = {
        c.entry.code: c.entry.extra.get("cancer_type") or ""
        for c in candidates
        if c.field == "cell_lines"
    }
    cancers = roles.decide_cancers(doc, candidates, cell_lines, cancer_by_line)
    hybrid = roles.decide_hybrid(doc, membranes)
    in_vivo, in_vivo_span = roles.decide_in_vivo(doc, study_type)
    relevant, relevance = roles.decide_relevance(doc, membranes)

    title_length = doc_text(doc).find(SECTION_BREAK)
    original = article_text(article)
    mentions = [*membranes, *cores, *payloads, *modalities, *cancers, *cell_lines]
    if hybrid is not None:
        mentions.append(hybrid)
    labels: dict[str, Any] = {
        "relevant": relevant,
        "study_type": study_type,
        "membrane_sources": sorted({m.code for m in membranes}),
        "hybrid_membrane": hybrid is not None,
        "cores": sorted({m.code for m in cores}),
        "payloads": sorted({m.code for m in payloads}),
        "modalities": sorted({m.code for m in modalities}),
        "cancer_types": sorted({m.code for m in cancers}),
        "cell_lines": _distinct_cell_lines(cell_lines, original),
        "in_vivo": in_vivo,
        "outcomes": [o.to_dict() for o in extract_outcomes(article.abstract)],
    }
    evidence: dict[str, dict[str, str]] = {}
    for m in mentions:
        code = original[m.start_char : m.end_char] if m.field == "cell_lines" else m.code
        current = evidence.setdefault(m.field, {}).get(code)
        surface = original[m.start_char : m.end_char]
        if current is None or len(surface) < len(current):
            evidence[m.field][code] = surface
    if in_vivo and in_vivo_span:
        evidence["in_vivo"] = {"true": original[in_vivo_span[0] : in_vivo_span[1]]}
    return Extraction(
        doc_id=article.doc_id,
        labels=labels,
        evidence=evidence,
        mentions=[_mention_dict(m, original, title_length) for m in mentions],
        relevance_score=relevance,
        warnings=input_warnings(article),
    )


def _distinct_cell_lines(mentions: list[roles.Mention], original: str) -> list[str]:
    seen: dict[str, str] = {}
    for m in mentions:
        surface = original[m.start_char : m.end_char]
        seen.setdefault(surface.lower(), surface)
    return sorted(seen.values(), key=str.lower)


def _mention_dict(m: roles.Mention, original: str, title_length: int) -> dict[str, Any]:
    in_title = m.end_char <= title_length
    offset = 0 if in_title else title_length + len(SECTION_BREAK)
    return {
        "field": m.field,
        "value": original[m.start_char : m.end_char] if m.field == "cell_lines" else m.code,
        "ontology_id": m.ontology_id,
        "section": "title" if in_title else "abstract",
        "start": m.start_char - offset,
        "end": m.end_char - offset,
        "text": original[m.start_char : m.end_char],
        "sentence": original[max(m.sentence_start, offset) : m.sentence_end].strip(),
        "rule": m.rule,
        "confidence": m.confidence,
    }
