"""spaCy components: lexicon matching with document-defined abbreviations.

``cmnp_entity_matcher`` finds every lexicon term (case-insensitive), every standard short form
(as written) and every short form the abstract itself defines (``cancer cell membrane (CCM)``:
``CCM`` then means ``cancer_cell`` throughout that document, and a standard short form the
document defines differently loses its standard meaning there). The result is a list of
``Candidate``s in ``doc._.cmnp_candidates``; deciding roles (source or target, payload or
comparator) is ``roles.py``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.nlp.abbreviations import Abbreviation, find_abbreviations
from extract.nlp.lexicon import Entry, Lexicon, load_lexicon, term_variants
from extract.nlp.normalize import doc_text, normalize


@dataclass(frozen=True, slots=True)
class Candidate:
    """A lexicon hit: token span ``[start, end)`` and char span ``[start_char, end_char)``."""

    field: str
    code: str
    start: int
    end: int
    start_char: int
    end_char: int
    rule: str  # "lexicon", "abbreviation:standard", "abbreviation:defined"
    entry: Entry
    definition: str | None = None  # the long form, for a document-defined abbreviation


def _register_extensions() -> None:
    for name in ("cmnp_candidates", "cmnp_abbreviations"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _needs_exact_case(term: str) -> bool:
    """Short all-letter names ("KB", "CHO", "Raji") only match as written."""
    return not any(ch.isdigit() for ch in term) and len(term) <= 6 and term != term.lower()


class EntityMatcher:
    """Callable component; see the module docstring."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        _register_extensions()
        self.lexicon = lexicon
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._entries: dict[str, Entry] = {}
        self._abbrev_codes: dict[str, list[Entry]] = {}
        lower_patterns: dict[str, list[str]] = {}
        exact_patterns: dict[str, list[str]] = {}
        for entry in lexicon.entries:
            key = f"{entry.field}|{entry.code}"
            self._entries[key] = entry
            for term in entry.terms:
                target = exact_patterns if _needs_exact_case(term) else lower_patterns
                target.setdefault(key, []).extend(term_variants(term))
            for abbrev in entry.abbrevs:
                exact_patterns.setdefault(key + "|abbr", []).append(abbrev)
                self._abbrev_codes.setdefault(abbrev, []).append(entry)
        for key, terms in lower_patterns.items():
            self.lower.add(key, [nlp.make_doc(t) for t in sorted({normalize(t) for t in terms})])
        for key, terms in exact_patterns.items():
            self.exact.add(key, [nlp.make_doc(t) for t in sorted({normalize(t) for t in terms})])

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[Candidate] = []
        abbreviations = find_abbreviations(doc_text(doc))
        redefined = {a.short for a in abbreviations}
        vocab_strings = doc.vocab.strings
        for matcher, default_rule in ((self.lower, "lexicon"), (self.exact, "lexicon")):
            for match_id, start, end in matcher(doc):
                key = vocab_strings[match_id]
                is_abbrev = key.endswith("|abbr")
                entry = self._entries[key.removesuffix("|abbr")]
                span = doc[start:end]
                if is_abbrev and span.text in redefined:
                    continue  # the document defines this short form itself: see below
                candidates.append(
                    Candidate(
                        entry.field,
                        entry.code,
                        start,
                        end,
                        span.start_char,
                        span.end_char,
                        "abbreviation:standard" if is_abbrev else default_rule,
                        entry,
                    )
                )
        candidates = _longest_per_field(candidates)
        candidates.extend(self._defined_abbreviations(doc, abbreviations, candidates))
        doc._.cmnp_candidates = _longest_per_field(candidates)
        doc._.cmnp_abbreviations = abbreviations
        return doc

    def _defined_abbreviations(
        self, doc: Doc, abbreviations: list[Abbreviation], candidates: list[Candidate]
    ) -> list[Candidate]:
        """Give each document-defined short form the codes its long form matched."""
        found: list[Candidate] = []
        for abbreviation in abbreviations:
            # the long form must end in the lexicon term ("circulating tumor cells" yes,
            # "epithelial cell adhesion molecule" no); trailing "membrane(s)" is allowed
            meanings = {
                (c.field, c.code): c.entry
                for c in candidates
                if c.start_char >= abbreviation.long_start
                and c.end_char <= abbreviation.long_end
                and _TRAILING_OK.fullmatch(doc_text(doc)[c.end_char : abbreviation.long_end])
                and c.rule != "abbreviation:standard"
            }
            if not meanings:
                continue
            pattern = re.compile(
                r"(?<![A-Za-z0-9])" + re.escape(abbreviation.short) + r"(?:s|es)?(?![A-Za-z0-9])"
            )
            for match in pattern.finditer(doc_text(doc)):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is None:
                    continue
                for (field, code), entry in meanings.items():
                    found.append(
                        Candidate(
                            field,
                            code,
                            span.start,
                            span.end,
                            match.start(),
                            match.end(),
                            "abbreviation:defined",
                            entry,
                        )
                    )
        return found


_TRAILING_OK = re.compile(
    r"(?:[\s-]*(?:cells?|cellular|membranes?|vesicles?|nanoparticles?|NPs?|derived|ghosts?))*"
    r"[\s-]*",
    re.I,
)


def _longest_per_field(candidates: list[Candidate]) -> list[Candidate]:
    """Within one field, a hit overlapping a longer (or earlier, equally long) hit is dropped:
    "stem cell" inside "cancer stem cell", "polymer nanoparticles" overlapping "semiconducting
    conjugated polymer". Hits of different fields may overlap; the same span may carry several
    codes of one field only when they come from one document-defined abbreviation."""
    ordered = sorted(
        candidates, key=lambda c: (c.field, -(c.end_char - c.start_char), c.start_char, c.code)
    )
    kept: list[Candidate] = []
    taken: dict[str, list[tuple[int, int, str]]] = {}
    seen: set[tuple[str, str, int, int]] = set()
    for candidate in ordered:
        key = (candidate.field, candidate.code, candidate.start_char, candidate.end_char)
        if key in seen:
            continue
        spans = taken.setdefault(candidate.field, [])
        clash = any(
            candidate.start_char < end
            and start < candidate.end_char
            and not (
                (start, end) == (candidate.start_char, candidate.end_char)
                and rule == candidate.rule == "abbreviation:defined"
            )
            for start, end, rule in spans
        )
        if clash:
            continue
        seen.add(key)
        kept.append(candidate)
        spans.append((candidate.start_char, candidate.end_char, candidate.rule))
    return sorted(kept, key=lambda c: (c.start_char, c.field))


@Language.factory("cmnp_entity_matcher", default_config={"lexicon_dir": None})
def make_entity_matcher(nlp: Language, name: str, lexicon_dir: str | None) -> EntityMatcher:
    return EntityMatcher(nlp, load_lexicon(Path(lexicon_dir) if lexicon_dir else None))


def lexicon_of(nlp: Language) -> Lexicon:
    """The lexicon a built pipeline matches with (its version goes into outputs and cards)."""
    matcher = nlp.get_pipe("cmnp_entity_matcher")
    if not isinstance(matcher, EntityMatcher):
        raise TypeError("pipeline has no cmnp_entity_matcher component")
    return matcher.lexicon
