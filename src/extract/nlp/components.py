"""spaCy components: lexicon matching with document-defined abbreviations.

``cmnp_entity_matcher`` finds every lexicon term (case-insensitive), every standard short form
(as written) and every short form the abstract itself defines (``cancer cell membrane (CCM)``:
``CCM`` then means ``cancer_cell`` throughout that document, and a standard short form the
document defines differently loses its standard meaning there). The result is a list of
``Candidate``s in ``doc._.cmnp_candidates``; deciding roles (source or target, payload or
comparator) is ``roles.py``'s job.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.nlp.abbreviations import Abbreviation, find_abbreviations
from extract.nlp.lexicon import Entry, Lexicon, load_lexicon, term_variants
from extract.nlp.long_tail import NameIndex
from extract.nlp.normalize import SECTION_BREAK, doc_text, normalize


class Candidate(NamedTuple):
    """A lexicon hit: token span ``[start, end)`` and char span ``[start_char, end_char)``.
    A named tuple: some fifty are made per abstract, four times faster than a frozen dataclass."""

    field: str
    code: str
    start: int
    end: int
    start_char: int
    end_char: int
    rule: str  # "lexicon", "drug-dictionary", "abbreviation:standard", "abbreviation:defined"
    entry: Entry
    definition: str | None = None  # the long form, for a document-defined abbreviation


# a long form that names cells: "human glioma cells (U87)" keeps the line
_NAMES_CELLS = re.compile(r"\bcells?\b|\bline\b", re.IGNORECASE)


class TokenColumns(NamedTuple):
    """The token attributes the components read, taken from the doc in one ``to_array``
    call (each call costs a pass over the tokens and an array)."""

    starts: list[int]
    ends: list[int]
    lowers: list[int]  # each token's lower-case form as its string hash
    spaces: list[int]  # the (few) whitespace tokens' indices, sorted


def token_columns(doc: Doc) -> TokenColumns:
    """Computed once per doc and shared by the components (``doc[i:j].start_char`` builds a
    Span per read)."""
    columns: TokenColumns | None = doc.user_data.get("cmnp_token_columns")
    if columns is None:
        if len(doc):
            array = doc.to_array([IDX, LENGTH, LOWER, IS_SPACE])
            starts = array[:, 0]
            columns = TokenColumns(
                starts.tolist(),
                (starts + array[:, 1]).tolist(),
                array[:, 2].tolist(),
                array[:, 3].nonzero()[0].tolist(),
            )
        else:
            columns = TokenColumns([], [], [], [])
        doc.user_data["cmnp_token_columns"] = columns
    return columns


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's start and end character."""
    columns = token_columns(doc)
    return columns.starts, columns.ends


def token_lowers(doc: Doc) -> list[int]:
    return token_columns(doc).lowers


def space_positions(doc: Doc) -> list[int]:
    return token_columns(doc).spaces


def tokens_touching(starts: list[int], start_char: int, end_char: int) -> tuple[int, int]:
    """The token span ``[start, end)`` touching a character span that begins inside a token
    (not in whitespace), from the tokens' start offsets."""
    return bisect_right(starts, start_char) - 1, bisect_left(starts, end_char)


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
        self._elements = lexicon.elements
        self._formula_entries = {
            symbol: entry
            for entry in lexicon.entries
            if entry.field == "cores"
            for symbol in entry.extra.get("formula_elements", ())
        }
        # "NaGdF4:Yb,Er", "LiLuF4:Tm": a host doped with these ions is that core's (an
        # undoped NaGdF4 is an MRI agent, found by the formula rule)
        self._dopant_entries = {
            symbol: entry
            for entry in lexicon.entries
            if entry.field == "cores"
            for symbol in entry.extra.get("dopant_elements", ())
        }
        self._membrane_terms = {
            normalize(term).lower(): entry
            for entry in lexicon.by_field("membrane_sources")
            for term in entry.terms
        }
        # "siPD-L1", "shMYC", "sgPLK1": a nucleic acid named by its prefix and target gene;
        # "miR-21" as well, but a microRNA's name is also the gene measured ("decreased
        # miR-21 levels"), so it is carried only where a cue says so
        self._gene_prefixes = {
            entry.extra["gene_prefix"]: replace(
                entry, extra={**entry.extra, "needs_cue": entry.extra["gene_prefix"] == "miR"}
            )
            for entry in lexicon.by_field("payloads")
            if entry.extra.get("gene_prefix")
        }
        # "anti-OX40 antibody", "anti-4-1BB mAb": an antibody named by its target, filed like
        # the lexicon's own antibodies
        self._antibody = next(
            (e for e in lexicon.by_field("payloads") if e.code.endswith(" antibody")), None
        )
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
        self.long_tail = NameIndex(
            lexicon.long_tail,
            lambda names: ([t.text for t in nlp.make_doc(name)] for name in names),
            common=_words_of(lexicon) | COMMON_WORDS,
            special=frozenset(getattr(nlp.tokenizer, "rules", None) or ()),
        )

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[Candidate] = []
        abbreviations = find_abbreviations(doc_text(doc))
        redefined = {a.short for a in abbreviations}
        # "sulfasalazine (SAS)", "coumarin 6 (C6)": a short form the text gives another meaning
        # is no cell line there
        not_lines = {a.short for a in abbreviations if not _NAMES_CELLS.search(a.long)}
        vocab_strings = doc.vocab.strings
        text = doc_text(doc)
        bounds = token_bounds(doc)
        starts, ends = bounds
        for matcher in (self.lower, self.exact):
            for match_id, start, end in matcher(doc):
                key = vocab_strings[match_id]
                is_abbrev = key.endswith("|abbr")
                entry = self._entries[key.removesuffix("|abbr")]
                surface = text[starts[start] : ends[end - 1]]
                if is_abbrev and surface in redefined:
                    continue  # the document defines this short form itself: see below
                if entry.field == "cell_lines" and surface in not_lines:
                    continue
                if (
                    entry.field == "membrane_sources"
                    and starts[start]
                    and text[starts[start] - 1].isalnum()
                ):
                    continue  # "293T cells", "HEK293T cells": the end of a line's name
                rule = "abbreviation:standard" if is_abbrev else "lexicon"
                candidates.append(_token_hit(entry, start, end, bounds, rule))
        candidates.extend(
            _token_hit(entry, start, end, bounds, "drug-dictionary")
            for start, end, entry in self.long_tail.find(token_lowers(doc))
        )
        candidates.extend(self._formula_cores(text, starts, candidates))
        candidates.extend(self._gene_silencers(text, starts, candidates))
        if "nti-" in text or "blocking " in text:
            candidates.extend(self._named_antibodies(text, starts, candidates))
        candidates = _longest_per_field(candidates)
        elliptical = self._elliptical_cells(text, starts, candidates)
        if elliptical:
            candidates = sorted(candidates + elliptical, key=_by_position)
        defined = self._defined_abbreviations(doc, abbreviations, candidates)
        if defined:
            candidates = _longest_per_field(candidates + defined)
        candidates = _short_forms_of_named_drugs(text, candidates)
        candidates = _before_a_significance_statement(text, candidates)
        doc._.cmnp_candidates = candidates
        doc._.cmnp_abbreviations = abbreviations
        return doc

    def _formula_cores(
        self, text: str, starts: list[int], candidates: list[Candidate]
    ) -> list[Candidate]:
        """Inorganic cores written as a chemical formula before a nano-word ("W18O49
        nanoparticles", "Cu2-xSe nanocrystals") that no lexicon term covers: the first
        core-forming element decides the code (``formula_elements`` in the cores lexicon),
        any other one is ``other_inorganic``. Not before "quantum dots": "PbS QDs" are
        quantum dots, which the lexicon finds. In the field's "core@shell" notation a lone
        metal symbol is a core too ("Au@PLT", "Pt@RBC")."""
        found: list[Candidate] = []
        doped: dict[str, Entry] = {}  # host formula -> its doped core's entry
        for host in doped_hosts(text):
            dopant_entry = self._dopant_entries.get(host.group("dopant"))
            if dopant_entry is None:
                continue
            doped[host.group("formula")] = dopant_entry
            doped_core = _unclaimed(
                dopant_entry, *host.span("formula"), "formula:doped", starts, candidates
            )
            if doped_core:
                found.append(doped_core)
        for match in [*formulas_before_nano_words(text), *metals_before_at(text)]:
            start_char, end_char = match.span("formula")
            symbols = _ELEMENT_SYMBOL.findall(match.group("formula"))
            if not all(s in self._elements.symbols for s in symbols):
                continue
            formula = match.group("formula")
            if len(symbols) < 2 and (
                text[start_char - 1 : start_char] in _DOPANT_LIST_MARKS
                or (match.re is not METAL_BEFORE_AT and not _lone_metal(formula))
            ):
                continue  # not a dopant of a host ("NaYF4:Yb,Er@SiO2", "NaYF4:20%Yb,2%Er NPs")
            if len(symbols) > 1 and formula.isupper() and formula.isalpha():
                continue  # an acronym of one-letter symbols ("NK-NPs", "DC-NPs"), no formula
            forming = [s for s in symbols if s in self._elements.core_forming]
            if not forming:
                continue
            # "NaGdF4:Yb,Er@NaGdF4": the undoped shell of a doped core is that core's
            entry = (
                doped.get(formula)
                or self._formula_entries.get(forming[0])
                or self._formula_entries.get("*")
            )
            candidate = entry and _unclaimed(
                entry, start_char, end_char, "formula", starts, candidates
            )
            if candidate:
                found.append(candidate)
        return found

    def _gene_silencers(
        self, text: str, starts: list[int], candidates: list[Candidate]
    ) -> list[Candidate]:
        """A nucleic acid written as its kind's prefix and the gene it targets ("siPD-L1",
        "shSurvivin", "sgPLK1"): the nucleic acid is the payload."""
        found: list[Candidate] = []
        if not self._gene_prefixes:
            return found
        microRNAs = MICRORNA.finditer(text) if "miR-" in text else ()
        for match in itertools.chain(GENE_SILENCER.finditer(text), microRNAs):
            entry = self._gene_prefixes.get(match.group("prefix"))
            candidate = entry and _unclaimed(
                entry, match.start(), match.end(), "gene-prefix", starts, candidates
            )
            if candidate:
                found.append(candidate)
        return found

    def _named_antibodies(
        self, text: str, starts: list[int], candidates: list[Candidate]
    ) -> list[Candidate]:
        """An antibody the lexicon does not list, named by its target: coded as the
        lexicon codes its own ("anti-pd-l1 antibody")."""
        found: list[Candidate] = []
        if self._antibody is None:
            return found
        for match in _named_antibody_matches(text):
            code = f"anti-{match.group('target').lower()} antibody"
            entry = replace(self._antibody, code=code, terms=(), abbrevs=(), ontology_id=None)
            candidate = _unclaimed(
                entry, match.start(), match.end(), "named-antibody", starts, candidates
            )
            if candidate:
                found.append(candidate)
        return found

    def _elliptical_cells(
        self, text: str, starts: list[int], candidates: list[Candidate]
    ) -> list[Candidate]:
        """ "fused cancer and dendritic cells": a modifier coordinated before a cell type
        shares its head noun, and names a cell when the two make a lexicon term."""
        found: list[Candidate] = []
        for c in candidates:
            if c.field != "membrane_sources":
                continue
            surface = text[c.start_char : c.end_char].lower()
            _, space, head = surface.rpartition(" ")
            if not space or head not in ("cell", "cells"):
                continue
            match = _MODIFIER_AND.search(text, max(0, c.start_char - 40), c.start_char)
            if match is None:
                continue
            entry = self._membrane_terms.get(f"{match.group(1).lower()} cell")
            candidate = entry and _unclaimed(
                entry, *match.span(1), "elliptical", starts, candidates
            )
            if candidate:
                found.append(candidate)
        return found

    def _defined_abbreviations(
        self, doc: Doc, abbreviations: list[Abbreviation], candidates: list[Candidate]
    ) -> list[Candidate]:
        """Give each document-defined short form the codes its long form matched."""
        found: list[Candidate] = []
        text = doc_text(doc)
        starts, _ = token_bounds(doc)
        candidate_starts = [c.start_char for c in candidates]  # sorted by the caller
        for abbreviation in abbreviations:
            # the long form must end in the lexicon term ("circulating tumor cells" yes,
            # "epithelial cell adhesion molecule" no); trailing "membrane(s)" is allowed
            first = bisect_left(candidate_starts, abbreviation.long_start)
            last = bisect_left(candidate_starts, abbreviation.long_end)
            meanings = {
                (c.field, c.code): c.entry
                for c in candidates[first:last]
                if c.end_char <= abbreviation.long_end
                and _TRAILING_OK.fullmatch(text[c.end_char : abbreviation.long_end])
                and c.rule != "abbreviation:standard"
                # a line is named as written: "Hepa1-6 cells (TiO2@CM)" names a construct
                and c.field != "cell_lines"
            }
            if not meanings:
                continue
            _qualify_shapes(meanings, candidates[first:last])
            for start_char, end_char in occurrences(text, _singular(abbreviation.short)):
                start, end = tokens_touching(starts, start_char, end_char)
                for (field, code), entry in meanings.items():
                    found.append(
                        Candidate(
                            field,
                            code,
                            start,
                            end,
                            start_char,
                            end_char,
                            "abbreviation:defined",
                            entry,
                        )
                    )
        return found


# core codes of a shape word ("quantum dots", "nanocrystals") that another core's name right
# before it qualifies ("black phosphorus quantum dots" are black phosphorus)
QUALIFIED_SHAPES = frozenset({"quantum_dot", "drug_nanocrystal"})


def qualifies_shape(qualifier: Candidate, shape: Candidate) -> bool:
    """Whether a core named before a shape word of ``QUALIFIED_SHAPES`` is what the shape is
    made of ("CdSe quantum dots", "palladium nanocrystals"); a compound written right before
    "quantum dots" ("MoS2 QDs") leaves them dots. The callers judge the distance."""
    return qualifier.code != shape.code and not (
        qualifier.code == "other_inorganic"
        and shape.code == "quantum_dot"
        and qualifier.end == shape.start
    )


def _qualify_shapes(meanings: dict[tuple[str, str], Entry], long_form: list[Candidate]) -> None:
    """ "black phosphorus quantum dots (BPQDs)": the short form means the qualifying core, as
    the long form does in decide_cores."""
    for shape in long_form:
        if shape.field != "cores" or ("cores", shape.code) not in meanings:
            continue
        if shape.code not in QUALIFIED_SHAPES:
            continue
        qualifier = next(
            (
                o
                for o in long_form
                if o.field == "cores"
                and 0 <= shape.start - o.end <= 1
                and qualifies_shape(o, shape)
            ),
            None,
        )
        if qualifier is not None:
            del meanings[("cores", shape.code)]
            meanings[("cores", qualifier.code)] = qualifier.entry


# the block some journals append to an abstract (Acta Biomaterialia's "Statement of
# significance"): the field's background and the paper's claims told again
SIGNIFICANCE_STATEMENT = re.compile(
    r"\b(?:statement of significance|significance statement)\s*[:.]?\s", re.IGNORECASE
)


def _before_a_significance_statement(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates of a significance statement name no new coating, core, drug, therapy or
    cancer: its background sentences would add the field's, its claims repeat the abstract's.
    Cell lines stay (the guide lists every line named)."""
    if "ignificance" not in text and "IGNIFICANCE" not in text:
        return candidates
    match = SIGNIFICANCE_STATEMENT.search(text, max(text.find(SECTION_BREAK), 0))
    if match is None:
        return candidates
    return [c for c in candidates if c.start_char < match.start() or c.field == "cell_lines"]


def _short_forms_of_named_drugs(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "Mitoxantrone was loaded into NK-MnO2 nanoparticles (NK-MnO2/MTX)": a short form two
    drugs share (MTX, usually methotrexate; ``shares_abbrevs`` in the lexicon) stands for the
    one the abstract names before it when the usual meaning is never written out."""
    payloads = [c for c in candidates if c.field == "payloads"]
    if not any(c.rule == "abbreviation:standard" for c in payloads):
        return candidates
    named = [c for c in payloads if not c.rule.startswith("abbrev")]
    spelled = {c.code for c in named}
    replaced = []
    for c in candidates:
        if c.field == "payloads" and c.rule == "abbreviation:standard" and c.code not in spelled:
            short = text[c.start_char : c.end_char]
            for drug in named:
                if drug.end_char <= c.start_char and short in drug.entry.extra.get(
                    "shares_abbrevs", ()
                ):
                    c = c._replace(code=drug.code, entry=drug.entry, rule="abbreviation:named")
                    break
        replaced.append(c)
    return replaced


# A formula: 1-6 element symbols with counts ("Fe3O4", "Cu2-xSe", "Bi2Se3", "W18O49", "Se")
# right before a nano-word; symbols are checked against the element table afterwards. The
# pattern starts with the capital letter (scanned for in C) and looks behind it only there.
FORMULA_BEFORE_NANO_WORD = re.compile(
    r"(?P<formula>[A-Z](?<![\w-][A-Z])[a-z]?(?:\d+(?:\.\d+)?)?(?:-x|x)?"
    r"(?:[A-Z][a-z]?(?:\d+(?:\.\d+)?)?(?:-x|x)?){0,5})"
    r"(?:\s|-)?(?=(?:nano-?particles?|nano-carriers?|NPs?|nanosheets?|nanodots?|nanorods?|nanocrystals?|"
    r"nanoclusters?|nanoflowers?|nanocubes?|nanozymes?|nanostructures?|nanoplates?|"
    r"nanowires?|nanospheres?|nanocarriers?|nanoplatforms?|nanomaterials?|nanoagents?|"
    r"nanosystems?|nanocomposites?|nanohybrids?|nanoformulations?|nanovehicles?)\b)"
)
# two-letter element symbols that are also English words opening a sentence ("In NPs, ...")
_SYMBOLS_LIKE_WORDS = frozenset({"In", "As"})


_DOPANT_LIST_MARKS = frozenset({",", ":", "/", "%"})


def _lone_metal(formula: str) -> bool:
    """ "Se nanoparticles", "Pd nanosheets": one two-letter symbol, no count (a lone capital
    is an acronym's letter: "T NPs"; "Ce6 NPs" is a dye)."""
    return len(formula) == 2 and formula[1].islower() and formula not in _SYMBOLS_LIKE_WORDS


# a host formula ending in a count, a colon and its first dopant's symbol ("NaGdF4:Yb,Er",
# "NaYF4:20%Yb")
DOPED_HOST = re.compile(
    r"(?<![\w-])(?P<formula>(?:[A-Z][a-z]?\d*){1,3}[A-Z][a-z]?\d+):\s?(?:\d+(?:\.\d+)?\s?%\s?)?"
    r"(?P<dopant>[A-Z][a-z]?)(?![a-z])"
)


def doped_hosts(text: str) -> Iterator[re.Match[str]]:
    """``DOPED_HOST.finditer(text)``, tried only where a colon follows a digit."""
    position, searched_to = text.find(":"), 0
    while position >= 0:
        if position and text[position - 1].isdigit():
            start = position - 1
            while start > searched_to and text[start - 1].isalnum():
                start -= 1
            match = DOPED_HOST.match(text, start)
            if match is not None:
                yield match
                searched_to = match.end()
        position = text.find(":", max(position + 1, searched_to))


# a lone element symbol right before "@", not inside a word or a code ("Ce6@", "DOX@")
METAL_BEFORE_AT = re.compile(r"(?<![\w-])(?P<formula>[A-Z][a-z]?)@")


def formulas_before_nano_words(text: str) -> Iterator[re.Match[str]]:
    """``FORMULA_BEFORE_NANO_WORD.finditer(text)``, tried only in the run of formula
    characters before each "nano" or "NP" (every nano-word starts so): a scan for capitals
    tries most of an abstract's words."""
    hits = sorted(_occurrences_of(text, "nano") + _occurrences_of(text, "NP"))
    searched_to = 0
    for hit in hits:
        end = hit - 1 if hit and text[hit - 1].isspace() else hit  # "Fe3O4 NPs"
        start = end
        while start > searched_to and (text[start - 1].isalnum() or text[start - 1] in "._-"):
            start -= 1
        for position in range(start, end):
            if not ("A" <= text[position] <= "Z"):
                continue
            match = FORMULA_BEFORE_NANO_WORD.match(text, position)
            if match is not None:
                yield match
                searched_to = match.end()
                break


def matches_at_literals(
    pattern: re.Pattern[str], text: str, literals: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern each match of which starts with one of
    ``literals``, tried only where they occur (substring searches run in C; a pattern led by
    an alternation is tried at every character its first letters allow)."""
    positions = sorted({p for literal in literals for p in _occurrences_of(text, literal)})
    searched_to = 0
    for position in positions:
        if position < searched_to:
            continue
        match = pattern.match(text, position)
        if match is not None:
            yield match
            searched_to = match.end()


def _occurrences_of(text: str, literal: str) -> list[int]:
    found = []
    position = text.find(literal)
    while position >= 0:
        found.append(position)
        position = text.find(literal, position + 1)
    return found


def metals_before_at(text: str) -> Iterator[re.Match[str]]:
    """``METAL_BEFORE_AT.finditer(text)``, tried only at the "@" signs."""
    for position in _occurrences_of(text, "@"):
        for start in (position - 2, position - 1):
            match = METAL_BEFORE_AT.match(text, start) if start >= 0 else None
            if match is not None and match.end() == position + 1:
                yield match
                break


_ELEMENT_SYMBOL = re.compile(r"[A-Z][a-z]?")
_TRAILING_OK = re.compile(
    r"(?:[\s-]*(?:cells?|cellular|membranes?|vesicles?|nanoparticles?|NPs?|derived|ghosts?|"
    r"particles?|nanoplatforms?|nanocarriers?|nanosystems?|nanospheres?|nanostructures?|"
    r"nanocomposites?|carriers?|nanosheets?|nanorods?|nanocages?|nanoshells?|nanoclusters?|"
    r"nanodots?|nanoflakes?|nanoplates?|nanocapsules?|nanoframeworks?))*"
    r"[\s-]*",
    re.I,
)


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _singular(short: str) -> str:
    """A short form defined in the plural ("cells (EPCs)") also stands for one ("EPC
    membranes"); ``occurrences`` finds the plural of the singular."""
    if len(short) > 2 and short.endswith("s") and short[-2].isupper():
        return short[:-1]
    return short


def occurrences(text: str, short: str) -> Iterator[tuple[int, int]]:
    """Where ``short`` (optionally plural: +s, +es) stands as a word of its own in ``text``:
    not touching an ASCII letter or digit on either side. ``str.find`` instead of a regex
    per short form (compiling and lookbehind scanning cost more than the search)."""
    position = text.find(short)
    while position >= 0:
        after = position + len(short)
        if position == 0 or not _is_ascii_alnum(text[position - 1]):
            for suffix in ("s", "es", ""):
                end = after + len(suffix)
                if text.startswith(suffix, after) and (
                    end == len(text) or not _is_ascii_alnum(text[end])
                ):
                    yield position, end
                    after = end
                    break
            else:
                position = text.find(short, position + 1)
                continue
            position = text.find(short, after)
        else:
            position = text.find(short, position + 1)


# one span, several codes of a field: a defined short form whose long form matched several
# entries, or a term two entries list on purpose ("chemoimmunotherapy", "radioimmunotherapy")
_MAY_SHARE_A_SPAN = frozenset({"abbreviation:defined", "lexicon"})


def _token_hit(
    entry: Entry, start: int, end: int, bounds: tuple[list[int], list[int]], rule: str
) -> Candidate:
    """A candidate for the tokens ``[start, end)``."""
    starts, ends = bounds
    return Candidate(entry.field, entry.code, start, end, starts[start], ends[end - 1], rule, entry)


def _unclaimed(
    entry: Entry,
    start_char: int,
    end_char: int,
    rule: str,
    starts: list[int],
    candidates: list[Candidate],
) -> Candidate | None:
    """A candidate found by a text rule, unless a hit of its field already covers the span."""
    if any(
        c.field == entry.field and c.start_char < end_char and start_char < c.end_char
        for c in candidates
    ):
        return None
    start, end = tokens_touching(starts, start_char, end_char)
    return Candidate(entry.field, entry.code, start, end, start_char, end_char, rule, entry)


GENE_SILENCER = re.compile(
    # a gene's hyphenated part is short or holds a digit ("siPD-L1", "siBcl-2"), unlike a
    # carrier written after it ("siSUR-PLGA")
    # (the literal first: a look-behind first is tried at every position of the text)
    r"(?P<prefix>s[ihg])(?<![\w-]..)(?=[A-Z0-9])(?!RNA)[A-Za-z0-9]+"
    r"(?:-(?:[A-Za-z0-9]{1,3}|[A-Za-z]*\d[A-Za-z0-9]*)(?![A-Za-z0-9]))*(?!\w)"
)
# a microRNA by its number ("miR-34a", "anti-miR-21", "miR-200c-3p"); apart from the pattern
# above, whose scan starts at its one literal
MICRORNA = re.compile(r"(?P<prefix>miR)-(?<!\wmiR-)\d+[a-z]?(?:-[35]p)?(?![\w-])")
# its target in capitals, digits and Greek letters ("OX40", "4-1BB", "TGF-β"), not a lower-case
# word ("anti-tumor antibody responses")
NAMED_ANTIBODY = re.compile(
    r"[Aa]nti-(?P<target>[A-Z0-9](?:[A-Z0-9αβγ]|-(?=[A-Z0-9αβγ]))*)"
    r"(?:\s+(?:monoclonal|blocking|neutralizing))?\s+(?:antibod(?:y|ies)|mAbs?)\b"
)


# an antibody named by what it blocks ("CD47-blocking antibody", "PD-L1 blocking mAb"): a
# therapy, unlike a bare "CD8 antibody" (a stain)
BLOCKING_ANTIBODY = re.compile(
    r"(?<![\w-])(?P<target>[A-Z0-9](?:[A-Z0-9αβγ]|-(?=[A-Z0-9αβγ]))*)[- ]blocking\s+"
    r"(?:antibod(?:y|ies)|mAbs?)\b"
)


def _named_antibody_matches(text: str) -> Iterator[re.Match[str]]:
    """``NAMED_ANTIBODY`` tried only where "nti-" stands, at a word's start (a scan of the
    whole abstract tries every position); ``BLOCKING_ANTIBODY`` only where "blocking" does."""
    position = text.find("blocking ")
    while position >= 0:
        start = position - 1 if text[position - 1 : position] in (" ", "-") else position
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1  # back to the target's first character
        match = BLOCKING_ANTIBODY.match(text, start)
        if match is not None:
            yield match
        position = text.find("blocking ", position + 1)
    position = text.find("nti-")
    while position >= 0:
        start = position - 1
        if start >= 0 and (
            start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-_")
        ):
            match = NAMED_ANTIBODY.match(text, start)
            if match is not None:
                yield match
        position = text.find("nti-", position + 1)


_MODIFIER_AND = re.compile(r"(?<![\w-])([A-Za-z]{3,})\s+(?:and|or|as well as)\s+$")


# words of abstracts that also occur in some drug's name ("natural camphor", "anti-worm")
COMMON_WORDS = frozenset(
    """a an and or of the in on at to for with by as is are was were be no not anti derived
    synthetic natural preparation modified free reduced activated injection first field
    design light red green blue yellow black white acid base salt sodium potassium poly peg
    lipo liver brain human low high new""".split()
)


def _words_of(lexicon: Lexicon) -> frozenset[str]:
    """Every word of every hand lexicon term and short form: the abstracts' everyday words."""
    return frozenset(
        word
        for entry in lexicon.entries
        for term in (*entry.terms, *entry.abbrevs)
        for word in re.split(r"[\s-]+", term.lower())
        if word
    )


def _longest_first(c: Candidate) -> tuple[str, int, int, str]:
    return (c.field, c.start_char - c.end_char, c.start_char, c.code)


def _longest_per_field(candidates: list[Candidate]) -> list[Candidate]:
    """Within one field, a hit overlapping a longer (or earlier, equally long) hit is dropped:
    "stem cell" inside "cancer stem cell", "polymer nanoparticles" overlapping "semiconducting
    conjugated polymer". Hits of different fields may overlap; the same span may carry several
    codes of one field only when they come from one document-defined abbreviation.

    The spans kept in a field never overlap (bar identical shared ones), so they sit sorted by
    start with their ends sorted too: a new hit is checked against its neighbours only."""
    kept: list[Candidate] = []
    taken: dict[str, tuple[list[int], list[tuple[int, int, str]]]] = {}
    seen: set[tuple[str, str, int, int]] = set()
    for candidate in sorted(candidates, key=_longest_first):
        start_char, end_char, rule = candidate.start_char, candidate.end_char, candidate.rule
        key = (candidate.field, candidate.code, start_char, end_char)
        if key in seen:
            continue
        starts, spans = taken.setdefault(candidate.field, ([], []))
        clash = False
        index = bisect_left(starts, end_char) - 1  # spans[: index + 1] start before this ends
        while index >= 0:
            start, end, kept_rule = spans[index]
            if end <= start_char:
                break  # and so do all spans before it
            shared = (start, end) == (start_char, end_char) and kept_rule == rule
            if not (shared and rule in _MAY_SHARE_A_SPAN):
                clash = True
                break
            index -= 1
        if clash:
            continue
        seen.add(key)
        kept.append(candidate)
        insert_at = bisect_right(starts, start_char)
        starts.insert(insert_at, start_char)
        spans.insert(insert_at, (start_char, end_char, rule))
    return sorted(kept, key=_by_position)


def _by_position(c: Candidate) -> tuple[int, str]:
    return (c.start_char, c.field)


@Language.factory("cmnp_entity_matcher", default_config={"lexicon_dir": None})
def make_entity_matcher(nlp: Language, name: str, lexicon_dir: str | None) -> EntityMatcher:
    return EntityMatcher(nlp, load_lexicon(Path(lexicon_dir) if lexicon_dir else None))


def lexicon_of(nlp: Language) -> Lexicon:
    """The lexicon a built pipeline matches with (its version goes into outputs and cards)."""
    matcher = nlp.get_pipe("cmnp_entity_matcher")
    if not isinstance(matcher, EntityMatcher):
        raise TypeError("pipeline has no cmnp_entity_matcher component")
    return matcher.lexicon
