"""Extraction: articles in, guide-shaped labels + evidence + mentions out.

The title and abstract are joined with a blank line, normalized (characters mapped one for
one, runs of spaces collapsed; ``OffsetMap`` takes offsets back), run through the spaCy
pipeline, and the role decisions of ``nlp.roles`` turn lexicon hits into values. Every value
keeps its evidence: section, offsets into that section of the *original* text, the sentence,
the rule and a confidence.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extract import __version__
from extract.nlp import roles
from extract.nlp.components import Candidate, lexicon_of
from extract.nlp.lexicon import Lexicon
from extract.nlp.normalize import SECTION_BREAK, OffsetMap, doc_text, map_characters
from extract.outcomes import Outcome, extract_outcomes
from extract.records import Article
from extract.screening import Screener

log = logging.getLogger(__name__)

LONG_ABSTRACT = 20_000
_LETTER = re.compile(r"[^\W\d_]")
# (Latin-1's micro sign and ordinal indicators are letters to the regex, but no script's)
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00AA\u00B5\u00BA\u00C0-\u024F\u0370-\u03FF]")


def _beyond_latin_1(text: str) -> bool:
    """Whether any character lies past U+00FF (one pass in C; none there, no foreign script)."""
    return len(text.encode("latin-1", "ignore")) < len(text)


@dataclass(frozen=True)
class Extraction:
    """One record's result: the guide's ``labels`` and ``evidence`` plus ``mentions``."""

    doc_id: str
    labels: dict[str, Any]
    evidence: dict[str, dict[str, str]]
    mentions: list[dict[str, Any]]
    relevance_score: float
    warnings: list[str] = field(default_factory=list)
    decided_by: str = "rules"  # what set study_type: "rules", "model", "publication_type"

    def to_record(self, article: Article) -> dict[str, Any]:
        return {
            **article.to_guide_dict(),
            "labels": self.labels,
            "evidence": self.evidence,
            "mentions": self.mentions,
            "relevance_score": round(self.relevance_score, 4),
            "study_type_decided_by": self.decided_by,
            "warnings": self.warnings,
            "extractor": {"version": __version__},
        }


def article_text(article: Article) -> str:
    """Title and abstract as one text; the title's newlines become spaces (same length).
    An author keyword list closing the abstract is left out (the guide labels the text, not
    the keywords); the offsets of everything before it stay as they are."""
    title = article.title.replace("\n", " ").replace("\r", " ")
    abstract = article.abstract[: keywords_start(article.abstract)]
    # a page's "Abstract:" heading copied with the text is no part of it: blanked (the same
    # length, so the offsets stay), the first sentence then opens as written
    label = _ABSTRACT_HEADING.match(abstract)
    if label:
        abstract = " " * label.end() + abstract[label.end() :]
    return title + SECTION_BREAK + abstract


_ABSTRACT_HEADING = re.compile(r"\s*(?:abstract|summary)(?:\s*[:.—–-]\s*|\s*\n\s*)(?=\S)", re.I)


# "Keywords: ...", "KEY WORDS", "Index terms" at a line's start or after a sentence's end,
# with at most this many characters after it (a list, not the rest of an abstract)
_KEYWORDS_LABEL = re.compile(
    r"(?:(?<=[.!?])[ \t]+|\n[ \t]*|^)(?:key ?words?|index terms)[ \t]*(?:[:：—–-]|\n)",
    re.IGNORECASE,
)
_KEYWORDS_REACH = 400


def keywords_start(abstract: str) -> int:
    """Where a closing author keyword list starts (its label), or the abstract's length."""
    first = max(0, len(abstract) - _KEYWORDS_REACH - 30)  # where a label may start
    tail = abstract[first:]
    if not any(part in tail for part in ("ey", "EY", "ndex", "NDEX")):
        return len(abstract)
    for match in _KEYWORDS_LABEL.finditer(abstract, first):
        if len(abstract) - match.end() <= _KEYWORDS_REACH:
            return match.start()
    return len(abstract)


def _non_latin_share(text: str) -> float:
    letters = len(_LETTER.findall(text))
    return len(_NON_LATIN_LETTER.findall(text)) / letters if letters else 0.0


def input_warnings(article: Article) -> list[str]:
    warnings = []
    if not article.abstract.strip():
        warnings.append("no abstract: labels come from the title alone")
    if keywords_start(article.abstract) < len(article.abstract):
        warnings.append("author keywords after the abstract: left out of the extraction")
    if len(article.abstract) > LONG_ABSTRACT:
        warnings.append(f"abstract of {len(article.abstract)} characters (unusually long)")
    text = article.title + article.abstract
    non_latin = _beyond_latin_1(text) and _NON_LATIN_LETTER.search(text)
    if non_latin and _non_latin_share(text) > 0.4:
        warnings.append("text is mostly non-Latin: probably not English, labels may be empty")
    if article.languages and "eng" not in article.languages:
        warnings.append(f"language {','.join(article.languages)}: not English")
    return warnings


def extract_articles(
    nlp: Language,
    articles: Iterable[Article],
    batch_size: int = 64,
    n_process: int = 1,
    screening: Screener | None = None,
) -> Iterator[tuple[Article, Extraction]]:
    """Stream (article, extraction) pairs in input order.

    Texts (not Docs) go into ``nlp.pipe`` so tokenization happens in the worker processes too;
    the ``cmnp_decide`` component returns plain data. What the workers do not know is applied
    here: PubMed publication types, and the screening models' scores (blended with the rules'
    scores as the models' card says). A record whose study type changes is decided again,
    since the role rules read reviews differently.
    """
    pending: deque[Article] = deque()

    def texts() -> Iterator[str]:
        for article in articles:
            pending.append(article)
            yield article_text(article)  # the tokenizer normalizes, in the workers

    lexicon = lexicon_of(nlp)
    batch: list[tuple[Article, Doc]] = []
    with (
        compact_output(nlp) if n_process > 1 else contextlib.nullcontext(),
        fewer_collections(),
    ):
        for doc in nlp.pipe(texts(), batch_size=batch_size, n_process=n_process):
            batch.append((pending.popleft(), doc))
            if len(batch) >= 256:
                yield from _finish(batch, nlp, lexicon, screening)
                batch = []
    yield from _finish(batch, nlp, lexicon, screening)


def _finish(
    batch: list[tuple[Article, Doc]], nlp: Language, lexicon: Lexicon, screening: Screener | None
) -> Iterator[tuple[Article, Extraction]]:
    scores: list[dict[str, Any]] = [{} for _ in batch]
    if screening is not None and batch:
        scores = screening.score_articles([article for article, _doc in batch])
    for (article, doc), score in zip(batch, scores, strict=True):
        decision: dict[str, Any] = doc.user_data["cmnp_decision"]
        study_type = decision["study_type"]
        if score:
            study_type = blend_study_type(score, decision["review_score"], screening)
        elif article.is_review:
            study_type = "review"
        if study_type != decision["study_type"]:
            doc = _tokens_of(nlp, doc, article)
            restore_candidates(doc, lexicon)
            decision = decide_doc(doc, article.publication_types, forced_study_type=study_type)
        if score:
            decision = {**decision, **blend_relevance(score, decision["relevance"], screening)}
            decision["decided_by"] = score["decided_by"]
        yield article, finalize(article, decision)


def pipeline_version(nlp: Language, screening: Any = None) -> str:
    """What produced a result: package version, lexicon hash, screening training data hash."""
    card = getattr(screening, "card", None) or {}
    screening_part = (card.get("training_data") or {}).get("sha256", "")[:8] or "none"
    return f"{__version__}+lex.{lexicon_of(nlp).version}+scr.{screening_part}"


def rule_scores(nlp: Language, articles: Sequence[Article]) -> dict[str, list[float]]:
    """The rules' own relevance and review scores (what the screening models blend with)."""
    texts = (article_text(a) for a in articles)  # the tokenizer normalizes
    relevance, review = [], []
    for doc in nlp.pipe(texts, batch_size=64):
        decision = doc.user_data["cmnp_decision"]
        relevance.append(float(decision["relevance"]))
        review.append(float(decision["review_score"]))
    return {"relevant": relevance, "study_type": review}


def blend_relevance(
    score: dict[str, Any], rule_score: float, screening: Screener | None
) -> dict[str, Any]:
    weight = screening.weight("relevant") if screening else 0.0
    blended = weight * score["relevance_score"] + (1 - weight) * rule_score
    return {"relevance": round(blended, 4), "relevant": blended >= 0.5}


def blend_study_type(
    score: dict[str, Any], rule_review_score: float, screening: Screener | None
) -> str:
    if score["decided_by"] == "publication_type":
        return "review"
    weight = screening.weight("study_type") if screening else 0.0
    blended = weight * score["review_score"] + (1 - weight) * rule_review_score
    return "review" if blended >= 0.5 else "original"


def decide_doc(
    doc: Doc, publication_types: Iterable[str] = (), forced_study_type: str | None = None
) -> dict[str, Any]:
    """Every role decision for one document, as plain data with offsets into the doc text."""
    candidates = doc._.cmnp_candidates or []
    study_type, review_score = roles.decide_study(doc, publication_types)
    if forced_study_type is not None:
        study_type = forced_study_type
    review = study_type == "review"
    membranes = roles.decide_membranes(doc, candidates, review=review)
    cores = roles.decide_cores(doc, candidates)
    payloads = roles.decide_payloads(doc, candidates, review=review)
    modalities = roles.decide_modalities(doc, candidates, payloads, cores, review=review)
    cell_lines = roles.decide_cell_lines(doc, candidates)
    cancer_by_line = roles.cancers_of_lines(doc, candidates, membranes)
    cancers = roles.decide_cancers(doc, candidates, cell_lines, cancer_by_line, review=review)
    hybrid = roles.decide_hybrid(doc, membranes)
    in_vivo, in_vivo_span = roles.decide_in_vivo(doc, study_type)
    relevant, relevance = roles.decide_relevance(doc, membranes)
    if not relevant:
        # off-topic native vesicles are no membrane coating (the guide: membrane_sources stay
        # empty unless a coating is really described)
        membranes = roles.coatings_of_an_off_topic_paper(doc, membranes)
    mentions = [*membranes, *cores, *payloads, *modalities, *cancers, *cell_lines]
    if hybrid is not None:
        mentions.append(hybrid)
    evidence_of_in_vivo = roles.in_vivo_mention(doc, in_vivo_span) if in_vivo_span else None
    if in_vivo and evidence_of_in_vivo:
        mentions.append(evidence_of_in_vivo)
    return {
        "mentions": [
            [
                m.field,
                m.code,
                m.start_char,
                m.end_char,
                m.rule,
                m.confidence,
                m.ontology_id,
                m.sentence_start,
                m.sentence_end,
                m.surface,
            ]
            for m in mentions
        ],
        "study_type": study_type,
        "review_score": review_score,
        "in_vivo": in_vivo,
        "in_vivo_span": list(in_vivo_span) if in_vivo_span else None,
        "relevant": relevant,
        "relevance": relevance,
        "outcomes": _outcomes_of_abstract(doc_text(doc)),
    }


def _outcomes_of_abstract(text: str) -> list[list[Any]]:
    """Outcomes of the abstract part of a title + abstract text, as plain values with the
    evidence's offsets into that text (the evidence is cut from the original later)."""
    separator = text.find(SECTION_BREAK)
    start = separator + len(SECTION_BREAK) if separator >= 0 else 0
    return [
        [o.quantity, o.value, o.unit, o.low, o.high, start + o.start, start + o.end]
        for o in extract_outcomes(text[start:])
    ]


def _outcomes(original: str, decision: dict[str, Any], offsets: OffsetMap) -> list[dict[str, Any]]:
    found = []
    for quantity, value, unit, low, high, start, end in decision["outcomes"]:
        first, last = offsets.span(start, end)
        found.append(Outcome(quantity, value, unit, low, high, original[first:last]).to_dict())
    return found


def _in_original(values: list[Any], offsets: OffsetMap) -> roles.Mention:
    """A decided mention with its offsets taken from the normalized text to the original."""
    mention = roles.Mention(*values)
    if not offsets.starts:
        return mention
    start, end = offsets.span(mention.start_char, mention.end_char)
    sentence_start, sentence_end = offsets.span(mention.sentence_start, mention.sentence_end)
    return mention._replace(
        start_char=start,
        end_char=end,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
    )


def finalize(article: Article, decision: dict[str, Any]) -> Extraction:
    """Labels, evidence and section-relative mentions, with surfaces cut from the original."""
    original = article_text(article)
    title_length = original.find(SECTION_BREAK)
    offsets = OffsetMap.of(original)
    mentions = [_in_original(values, offsets) for values in decision["mentions"]]
    by_field: dict[str, list[roles.Mention]] = {}
    for m in mentions:
        by_field.setdefault(m.field, []).append(m)

    def codes(name: str) -> list[str]:
        return sorted({m.code for m in by_field.get(name, [])})

    lines = _distinct_cell_lines(by_field.get("cell_lines", []), original)
    labels: dict[str, Any] = {
        "relevant": decision["relevant"],
        "study_type": decision["study_type"],
        "membrane_sources": codes("membrane_sources"),
        "hybrid_membrane": bool(by_field.get("hybrid_membrane")),
        "cores": codes("cores"),
        "payloads": codes("payloads"),
        "modalities": codes("modalities"),
        "cancer_types": codes("cancer_types"),
        "cell_lines": sorted(lines.values(), key=str.lower),
        "in_vivo": decision["in_vivo"],
        "outcomes": _outcomes(original, decision, offsets),
    }
    evidence: dict[str, dict[str, str]] = {}
    for m in mentions:
        surface = original[m.start_char : m.end_char]
        key = lines[_line_key(_line_as_written(m, original))] if m.field == "cell_lines" else m.code
        current = evidence.setdefault(m.field, {}).get(key)
        if current is None or len(surface) < len(current):
            evidence[m.field][key] = surface
    span = decision["in_vivo_span"]
    if decision["in_vivo"] and span:
        start, end = offsets.span(*span)
        evidence["in_vivo"] = {"true": original[start:end]}
    return Extraction(
        doc_id=article.doc_id,
        labels=labels,
        evidence=evidence,
        mentions=[_mention_dict(m, original, title_length) for m in mentions],
        relevance_score=decision["relevance"],
        warnings=input_warnings(article),
        decided_by=decision.get("decided_by", "rules"),
    )


def _tokens_of(nlp: Language, doc: Doc, article: Article) -> Doc:
    """The doc itself, or (for a compact one from a worker) its text run again up to the
    matcher, here: only records whose study type changes need it."""
    if len(doc) or not article_text(article):
        return doc
    full = nlp.make_doc(article_text(article))  # the tokenizer normalizes
    for name, component in nlp.pipeline:
        if name == "cmnp_decide":
            break
        full = component(full)
    return full


def restore_candidates(doc: Doc, lexicon: Lexicon) -> None:
    """Rebuild ``doc._.cmnp_candidates`` from the plain tuples a worker process sent back."""
    if doc._.cmnp_candidates:
        return
    entries = {(e.field, e.code): e for e in lexicon.entries}
    doc._.cmnp_candidates = [
        Candidate(
            field, code, start, end, start_char, end_char, rule, entries[(field, code)], definition
        )
        for field, code, start, end, start_char, end_char, rule, definition in doc.user_data.get(
            "cmnp_candidate_tuples", []
        )
    ]


class DecideRoles:
    """Decide roles inside the pipeline (so worker processes do it) and leave only plain,
    serializable data on the Doc: spaCy sends Docs back from workers as msgpack.

    With ``compact`` set, the component returns an empty Doc that carries only that data:
    a worker then ships a few hundred bytes back instead of the whole token table (about
    40 KB an abstract).
    """

    def __init__(self, compact: bool = False) -> None:
        self.compact = compact

    def __call__(self, doc: Doc) -> Doc:
        decision = decide_doc(doc)
        if self.compact:
            # a record decided again re-runs the matcher (``_tokens_of``): no tuples needed
            compact = Doc(doc.vocab, words=[])
            compact.user_data["cmnp_decision"] = decision
            return compact
        doc.user_data["cmnp_candidate_tuples"] = [
            [c.field, c.code, c.start, c.end, c.start_char, c.end_char, c.rule, c.definition]
            for c in doc._.cmnp_candidates or []
        ]
        doc._.cmnp_candidates = None
        doc._.cmnp_abbreviations = None
        for key in (
            "cmnp_token_index",
            "cmnp_token_columns",
            "cmnp_lower",
            "cmnp_text",
            "cmnp_own_work",
            "cmnp_names_a_control",
            "cmnp_in_vitro_only",
        ):
            doc.user_data.pop(key, None)
        doc.user_data["cmnp_decision"] = decision
        return doc


@Language.factory("cmnp_decide", default_config={"compact": False})
def make_decide(nlp: Language, name: str, compact: bool) -> DecideRoles:
    return DecideRoles(compact=compact)


@contextlib.contextmanager
def fewer_collections(first_generation: int = 20_000) -> Iterator[None]:
    """Run the cyclic garbage collector less often, and over less, while documents stream.

    Each abstract allocates thousands of short-lived objects (tokens' strings, matches,
    candidates) that reference counting frees anyway; at Python's default threshold (700)
    the collector keeps re-walking the pipeline's long-lived objects (lexicon, matchers,
    vocab), about 8% of the time; at a higher threshold still about 5%. So those objects,
    everything alive on entry, are also moved out of the collector's sight (``gc.freeze``)
    for the run. Thresholds and the freeze are undone on exit (unless a caller had frozen
    objects already); worker processes started inside inherit both.
    """
    before = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0
    gc.set_threshold(first_generation, *before[1:])
    if freeze:
        gc.freeze()
    try:
        yield
    finally:
        if freeze:
            gc.unfreeze()
        gc.set_threshold(*before)


@contextlib.contextmanager
def compact_output(nlp: Language) -> Iterator[None]:
    """Cheap Doc transfer while a multi-process pipe runs.

    ``cmnp_decide`` returns compact Docs, and srsly's msgpack codec registries answer from
    a snapshot taken on entry: otherwise every (un)pack call scans the installed packages'
    entry points and copies catalogue's whole registry (over 1 ms a call with a few hundred
    distributions installed: more than the extraction of an abstract, so a second process
    gained nothing). Both are undone on exit; workers start inside and inherit them.
    """
    from srsly.msgpack import msgpack_decoders, msgpack_encoders

    component = nlp.get_pipe("cmnp_decide")
    registries = (msgpack_encoders, msgpack_decoders)
    compact_before = component.compact if isinstance(component, DecideRoles) else None
    try:
        for registry in registries:
            snapshot = registry.get_all()
            registry.get_all = lambda snapshot=snapshot: snapshot
        if isinstance(component, DecideRoles):
            component.compact = True
        yield
    finally:
        for registry in registries:
            registry.__dict__.pop("get_all", None)
        if isinstance(component, DecideRoles) and compact_before is not None:
            component.compact = compact_before


def _line_as_written(m: roles.Mention, original: str) -> str:
    """A cell line's name as the text writes it, typeset plainly (the evidence keeps the exact
    characters); a plural ("HUVECs") names its line."""
    surface = original[m.start_char : m.end_char]
    if not surface.isascii():
        surface = _plain_typography(surface)
    if surface[-1:] == "s" and surface[:-1].lower() == m.code.lower():
        return surface[:-1]
    return surface


_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")


def _plain_typography(name: str) -> str:
    """ "MCF\u20107", "RAW\u00a0264.7", full-width digits: the table's one spelling of a name
    (a meta-analyst groups by it), typeset by the tokenizer's own character map (ASCII
    hyphens, plain spaces and digits), invisible characters dropped, spaces single."""
    return " ".join(map_characters(_INVISIBLE.sub("", name)).split())


_NOT_IN_A_LINE_KEY = re.compile(r"[\W_]+")


def _line_key(name: str) -> str:
    """A line's name as the guide compares it: case, spaces and punctuation ignored ("Hep G2"
    and "HepG2", "MCF-7" and "MCF7" are one line)."""
    return _NOT_IN_A_LINE_KEY.sub("", name.lower())


def _distinct_cell_lines(mentions: list[roles.Mention], original: str) -> dict[str, str]:
    """Each line once (by its compared name), as first written."""
    seen: dict[str, str] = {}
    for m in mentions:
        name = _line_as_written(m, original)
        seen.setdefault(_line_key(name), name)
    return seen


def _mention_dict(m: roles.Mention, original: str, title_length: int) -> dict[str, Any]:
    in_title = m.end_char <= title_length
    offset = 0 if in_title else title_length + len(SECTION_BREAK)
    return {
        "field": m.field,
        "value": _line_as_written(m, original) if m.field == "cell_lines" else m.code,
        "ontology_id": m.ontology_id,
        "section": "title" if in_title else "abstract",
        "start": m.start_char - offset,
        "end": m.end_char - offset,
        "text": original[m.start_char : m.end_char],
        "sentence": original[max(m.sentence_start, offset) : m.sentence_end].strip(),
        "rule": m.rule,
        "confidence": m.confidence,
    }
