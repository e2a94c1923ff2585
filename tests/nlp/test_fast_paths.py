"""The fast paths give the same answers as the plain regexes they replace.

Each rewrite (substring prefilters, literal-anchored searches, unrolled loops) is checked
against the straightforward pattern it stands for, on generated text built from the words
that matter, so that a later edit of one side without the other fails here.
"""

from __future__ import annotations

import gc
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.extraction import fewer_collections
from extract.nlp import roles
from extract.nlp.abbreviations import _start_of_last_words
from extract.nlp.components import (
    BLOCKING_ANTIBODY,
    DOPED_HOST,
    FORMULA_BEFORE_NANO_WORD,
    METAL_BEFORE_AT,
    NAMED_ANTIBODY,
    Candidate,
    _longest_per_field,
    _named_antibody_matches,
    doped_hosts,
    formulas_before_nano_words,
    matches_at_literals,
    metals_before_at,
    occurrences,
)
from extract.nlp.lexicon import Entry
from extract.nlp.normalize import TABLE, map_characters
from extract.nlp.pipeline import sentence_spans
from extract.outcomes import _SENTENCE, QUANTITIES, Outcome


def texts_of(pieces: list[str], max_size: int = 30) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


@given(st.text(alphabet=st.sampled_from([*map(chr, TABLE), "a", " ", "µ", "é", "1"])))
def test_character_map_matches_the_translation_table(text: str) -> None:
    assert map_characters(text) == text.translate(TABLE)


def test_case_free_patterns_keep_their_escapes() -> None:
    pattern = roles.CaseFree(r"A\S+B\W")
    # (behind the lookahead of its first character, see first_characters.py)
    assert pattern.lower.pattern == r"(?=[a])(?:a\S+b\W)"
    assert pattern.search("xA-yB!") is not None
    assert pattern.search("xA yB!") is None


REVIEW_PIECES = [
    "this ", "review", " ", "we ", "summarize ", "the ", "recent ", "advances ", "have been ",
    "discussed", "is ", "highlighted", "future ", "perspectives ", "on ", "overview ", "of ",
    "meta-analysis", "nanoparticles ", ". ", ", ", "challenges and ", "opportunities", "our ",
    "mini-", "in ", "focuses on the recent ", "x", "-", "reviewed ", "paper ", "outlined",
    "bibliometric ", "retrieved ", "2,315 ", "publications", "screened ", "articles",
]  # fmt: skip


@settings(max_examples=400)
@given(texts_of(REVIEW_PIECES, max_size=40))
def test_review_cues_found_around_their_literals_as_in_the_whole_text(text: str) -> None:
    for cue in (roles.REVIEW, roles.REVIEW_WEAK):
        whole = [m.span() for m in cue.lower.finditer(text)]
        fast = [] if cue._cannot_match(text) else [m.span() for m in cue._around_literals(text)]
        assert fast == whole


def test_review_phrases_pass_the_prefilter() -> None:
    strong = [
        "an overview of membrane coating",
        "this review covers",
        "we summarize the field",
        "this article focuses on the recent progress",
        "a meta-analysis of trials",
    ]
    weak = [
        "are discussed",
        "future perspectives",
        "challenges and opportunities",
        "recent advances",
        "perspectives on",
    ]
    for phrase in strong:
        assert roles.REVIEW.search(phrase) is not None, phrase
    for phrase in weak:
        assert roles.REVIEW_WEAK.search(phrase) is not None, phrase


CUE_PIECES = [
    "ros", "ROS", "micros", " ", "-", "photodynamic", "laser", "NIR", "nirvana", "light",
    "thermal", "heat", "chemo", "anti-cancer drug", "anticancer drugs", "x", "cancer",
    "glioblastoma", "tumour", "(", ")", "1064", "near infrared", "singlet oxygen", "high",
    "scattering", "confocal", "scanning",
]  # fmt: skip
CUE_REGEXES = {
    # reactive oxygen species alone are no photodynamic therapy (they are measured in most)
    "PHOTODYNAMIC_CUES": r"photodynamic|singlet oxygen|\bPDT\b",
    # "light" as a word is LIGHT_WORD's ("highlight", "light scattering" are no light), and
    # near-infrared light NEAR_INFRARED_LIGHT's
    "LIGHT_CUES": r"photothermal|808|1064|phototherap|photochemo",
    # "temperature", "thermal" and "chemo" as words are HEAT_WORD's and CHEMO_WORD's
    "HEAT_CUES": r"photothermal|hyperthermi|heat|thermotherap",
    "CHEMO_CUES": r"anti-?(?:cancer|tumou?r) (?:drugs?|agents?)|antineoplastic|cytotoxic|"
    r"antiproliferative",
    "CANCER_CONTEXT": r"cancer|tumou?r|carcinoma|oncolog|neoplas|malignan|melanoma|glioma|"
    r"glioblastoma|leuka?emia|lymphoma|sarcoma|metasta|myeloma",
    "COATING_WORDS": r"membrane|biomimetic|camouflag|cloak|mimetic|vesicle|exosom",
}


@settings(max_examples=300)
@given(texts_of(CUE_PIECES))
def test_cues_answer_as_their_regexes(text: str) -> None:
    for name, pattern in CUE_REGEXES.items():
        cue: roles.Cue = getattr(roles, name)
        assert cue.occurs_in(text.lower()) == bool(re.search(pattern, text, re.I)), name
    light_word = re.search(
        r"\blights?\b(?! scattering)|(?<!confocal )laser(?! scanning| confocal)", text, re.I
    )
    assert bool(roles.LIGHT_WORD.search(text)) == bool(light_word)


WORD_PIECES = ["ev", "evs", "sev", "level", " ", "-", "_", "é", "α", "1", "(", "ros", "micros", ""]


@settings(max_examples=400)
@given(texts_of(WORD_PIECES), st.sampled_from(["ev", "evs", "ros", "gy", "pdt"]))
def test_whole_words_found_by_substring_scans_as_by_the_boundary_regex(text, word) -> None:
    expected = re.search(r"\b" + word + r"\b", text) is not None
    assert roles._occurs_as_a_word(text, word) == expected


def test_whole_word_cues_take_only_words() -> None:
    assert roles.Cue((), words=("ev",)).occurs_in("isolated evs and ev.")
    assert not roles.Cue((), words=("ev",)).occurs_in("the level of every event")
    with pytest.raises(ValueError, match="letters and digits"):
        roles.Cue((), words=("i.v.",))


PREFILTERED_PIECES = [
    "3d", "3D ", "spheroids", "organoid", "tumor-on-a-chip", "chips", "transwell", "co-culture",
    "cultured", "we ", "also ", "describe", "this ", "review", "paper", "work", " ", "-", "x",
    "hybrid", "lipid-polymer ", "polymer-lipid ", "organic-inorganic ", "hybridized", "fused",
    "[", "]", "rbc", "4t1", "dual-membrane", "co-coated", "mixed membrane", "(", ")",
]  # fmt: skip
# the patterns as they read before their fast forms (look-backs first, no prefilter)
HYBRID_CUES_AS_WRITTEN = (
    r"(?<!lipid-polymer )(?<!polymer-lipid )(?<!organic-inorganic )hybrid|fus(?:ed|ion|ing)|"
    r"hybridi[sz]ed|dual[- ]membrane|dual[- ]coat\w*|multi-?membrane|mixed membrane|"
    r"co-?coat|\[[^\]]{1,30}-[^\]]{1,30}\]"
)


@settings(max_examples=400)
@given(texts_of(PREFILTERED_PIECES, max_size=25))
def test_prefiltered_patterns_find_what_their_regexes_find(text: str) -> None:
    lowered = text.lower()
    hybrid = [m.span() for m in re.finditer(HYBRID_CUES_AS_WRITTEN, lowered)]
    assert [m.span() for m in roles.HYBRID_CUES.lower.finditer(lowered)] == hybrid
    for cue in (roles.MODEL_IN_VITRO, roles.REVIEW_SCOPE):
        plain = cue.lower.search(lowered)
        fast = cue.search(text)
        assert (fast and fast.span()) == (plain and plain.span()), cue.lower.pattern[:40]


LIGHT_PIECES = [
    "near", "-", " ", "infrared", "NIR", "nir", "II", "-II", "dye", "fluorescence", "imaging",
    "laser", "(NIR) ", "window", "light", "x", "probe", "emission", "nirvana", ")", "(",
]  # fmt: skip


@settings(max_examples=400)
@given(texts_of(LIGHT_PIECES))
def test_light_cues_found_around_their_literals_as_in_the_whole_text(text: str) -> None:
    lowered = text.lower()
    for cue in (roles.NEAR_INFRARED_LIGHT,):
        whole = [m.span() for m in cue.lower.finditer(lowered)]
        fast = (
            [] if cue._cannot_match(lowered) else [m.span() for m in cue._around_literals(lowered)]
        )
        assert fast == whole


def test_near_infrared_light_is_not_a_dye_or_an_image() -> None:
    light = roles.NEAR_INFRARED_LIGHT
    assert light.search("under near-infrared irradiation") is not None
    assert light.search("NIR-II laser at 1064 nm") is not None
    assert light.search("NIR light") is not None
    for imaging in (
        "the near-infrared dye DiR",
        "NIR fluorescence imaging",
        "NIR-II fluorescence imaging",
        "near-infrared (NIR) fluorescent probe",
        "in the second near-infrared window",
    ):
        assert light.search(imaging) is None, imaging


FRAME_PIECES = [
    "loaded", "co", "-", "coloaded", " ", "with ", "of ", "the ", "curcumin", "drug ",
    "natural ", "encapsulating", "delivers", "carrying", "carried ", "X", "5fu", "-laden",
    "-encapsulated", "abcde", "delivering ", "anti-cancer ", " acid", "ferulic", "acid",
]  # fmt: skip


@settings(max_examples=400)
@given(texts_of(FRAME_PIECES, max_size=14))
def test_loading_frames_found_where_finditer_finds_them(text: str) -> None:
    plain = sorted(
        m.span() for frame in (roles.SUFFIX_FRAME, roles.VERB_FRAME) for m in frame.finditer(text)
    )
    assert sorted(m.span() for m in roles._frame_matches(text)) == plain


CELL_LINE_PIECES = [
    "4T1", "cells", "cell", "MCF-7", "-", "tumor", "bearing", "B16F10", " ", "  ",
    "xenografts", "CT26.WT", "A", "H22x", "tumour", "(", ")", "U87-MG", "CD4", "\n",
]  # fmt: skip


@settings(max_examples=400)
@given(texts_of(CELL_LINE_PIECES, max_size=15))
def test_cell_line_names_found_where_finditer_finds_them(text: str) -> None:
    plain = [m.span() for m in roles.CELL_LINE_IN_TEXT.finditer(text)]
    assert [m.span() for m in roles._cell_line_names(text)] == plain


@given(texts_of(["NP", "NPs", "s", "es", " ", "a", "1", "-", "(", ")", "é"], max_size=12))
def test_short_form_occurrences_as_the_bounded_regex(text: str) -> None:
    for short in ("NP", "NPs", "s", "N"):
        pattern = re.compile(r"(?<![A-Za-z0-9])" + re.escape(short) + r"(?:s|es)?(?![A-Za-z0-9])")
        assert list(occurrences(text, short)) == [m.span() for m in pattern.finditer(text)]


@given(
    st.text(alphabet="ab  \n\t-x\u00a0", max_size=25),
    st.integers(0, 25),
    st.integers(0, 25),
    st.integers(1, 6),
)
def test_start_of_last_words_as_a_word_scan(text: str, a: int, b: int, count: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    words = list(re.compile(r"\S+").finditer(text, start, end))
    expected = words[-count:][0].start() if words else None
    assert _start_of_last_words(text, start, end, count) == expected


@given(st.text(alphabet="ab AB1.;!?\n \"')]([9.", max_size=30))
def test_sentences_as_the_reference_patterns(text: str) -> None:
    reference = re.compile(r"(?:[^.;!?]|\.(?=\d))+(?:[.;!?]|$)")
    assert [m.span() for m in _SENTENCE.finditer(text)] == [
        m.span() for m in reference.finditer(text)
    ]
    breaks = re.compile(
        r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9(\[\"'])|\n+|"
        # a lost space after a period: a break of no width after it
        r"(?<=[A-Za-z0-9)][A-Za-z0-9)]\.)(?=[A-Z][a-z]+\b|[A-Z]{3,}[a-z]*(?![A-Za-z0-9])|A\b)"
    )
    spans, start = [], 0
    for match in breaks.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    assert sentence_spans(text) == (spans or [(0, len(text))])


def test_outcome_dict_has_every_field_but_the_offsets() -> None:
    outcome = Outcome("zeta_potential", -21.5, "mV", None, None, "-21.5 mV", start=3, end=11)
    assert set(outcome.to_dict()) == set(Outcome.__dataclass_fields__) - {"start", "end"}
    assert outcome.to_dict()["value"] == -21.5


def test_fewer_collections_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    with fewer_collections(12_345):
        assert gc.get_threshold()[0] == 12_345
    assert gc.get_threshold() == before


def _in_a_generation(thing: object) -> bool:
    """Whether the collector walks ``thing`` (frozen objects are in no generation)."""
    return any(tracked is thing for tracked in gc.get_objects())


def test_fewer_collections_hides_what_lived_before_and_gives_it_back() -> None:
    long_lived = {"lexicon": [1, 2, 3]}
    assert _in_a_generation(long_lived)
    with fewer_collections():
        assert gc.get_freeze_count() > 0
        assert not _in_a_generation(long_lived)
    assert gc.get_freeze_count() == 0
    assert _in_a_generation(long_lived)


def test_fewer_collections_leaves_a_callers_own_freeze_alone() -> None:
    callers = ["frozen", ["by the caller"]]  # (a list is always tracked)
    gc.freeze()
    try:
        with fewer_collections():
            pass
        assert not _in_a_generation(callers)
    finally:
        gc.unfreeze()
    assert _in_a_generation(callers)


def _longest_per_field_by_pairs(candidates: list[Candidate]) -> list[Candidate]:
    """The rule as first written: every kept span of the field checked for each hit."""
    ordered = sorted(
        candidates, key=lambda c: (c.field, -(c.end_char - c.start_char), c.start_char, c.code)
    )
    kept: list[Candidate] = []
    taken: dict[str, list[tuple[int, int, str]]] = {}
    seen: set[tuple[str, str, int, int]] = set()
    for c in ordered:
        key = (c.field, c.code, c.start_char, c.end_char)
        if key in seen:
            continue
        spans = taken.setdefault(c.field, [])
        if any(
            c.start_char < end
            and start < c.end_char
            and not (
                (start, end) == (c.start_char, c.end_char)
                and rule == c.rule
                and rule in {"abbreviation:defined", "lexicon"}
            )
            for start, end, rule in spans
        ):
            continue
        seen.add(key)
        kept.append(c)
        spans.append((c.start_char, c.end_char, c.rule))
    return sorted(kept, key=lambda c: (c.start_char, c.field))


@st.composite
def candidate_lists(draw: st.DrawFn) -> list[Candidate]:
    result = []
    for _ in range(draw(st.integers(0, 25))):
        field = draw(st.sampled_from(["cores", "payloads"]))
        code = draw(st.sampled_from(["a", "b", "c"]))
        start = draw(st.integers(0, 30))
        end = start + draw(st.integers(1, 8))
        rule = draw(st.sampled_from(["lexicon", "abbreviation:defined", "abbreviation:standard"]))
        entry = Entry(field, code, None, (code,), ())
        result.append(Candidate(field, code, start, end, start, end, rule, entry))
    return result


@settings(max_examples=500)
@given(candidate_lists())
def test_longest_hits_by_neighbours_as_by_all_pairs(candidates: list[Candidate]) -> None:
    assert _longest_per_field(candidates) == _longest_per_field_by_pairs(candidates)


QUANTITY_PIECES = [
    "hydrodynamic ", "diameter", "Particle Size", "sized", "zeta potential", "ζ-potential",
    "Surface Charge", "encapsulation", "Entrapment rate", "EE", "ee", "drug loading", "DLC",
    "Loading capacity", "tumor growth inhibition", "Tumour suppression", "inhibited the 4T1 ",
    "tumor growth", "antimetastasis efficacy", "inhibition rate", "survival", "half-life",
    "T1/2", "photothermal conversion", "conversion efficiency", "IC50", "IC (50)",
    "half maximal inhibitory concentration", " ", "-", " of ", "was ", "1", "ſ", "K", "µ",
    "ͅ", "Σ", ".",
]  # fmt: skip
# (letters whose case folding changes the length, "ß" or "İ", make the caller run the regex)


@settings(max_examples=400)
@given(texts_of(QUANTITY_PIECES, max_size=20))
def test_quantity_phrases_skipped_by_words_as_found_by_the_regex(sentence: str) -> None:
    folded = sentence.casefold()
    unfolded = folded if len(folded) == len(sentence) else None
    for quantity in QUANTITIES:
        fast = [m.span() for m in quantity.phrases_in(sentence, unfolded)]
        assert fast == [m.span() for m in quantity.phrase.finditer(sentence)], quantity.name


WINDOW_PIECES = [
    "Red ", "blood ", "cell ", "membranes ", "coated ", "PLGA", ". ", "\n\n", "  ", "\t",
    "(RBC) ", "4T1 ", "cells", ", ", "were ", "loaded ", "with ", "DOX", "-", "\u200b",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(texts_of(WINDOW_PIECES, max_size=40), st.data())
def test_token_windows_by_slices_as_by_filtering_every_token(nlp, text: str, data) -> None:
    doc = nlp(text)
    if not len(doc):
        return
    start = data.draw(st.integers(0, len(doc) - 1))
    end = data.draw(st.integers(start + 1, len(doc)))
    before, after = data.draw(st.integers(0, 9)), data.draw(st.integers(0, 9))
    sentence = roles._sentence_of(doc, start)
    low, high = max(sentence.start, start - before), min(sentence.end, end + after)
    expected = (
        [t.lower_ for t in doc[low:start] if not t.is_space],
        [t.lower_ for t in doc[end:high] if not t.is_space],
    )
    assert roles._window(doc, start, end, before, after) == expected


@settings(max_examples=300)
@given(texts_of(["Au", "Pt", "@", "A", "u", "-", " ", "Ce6", "DOX", "x", "(", "PLT"], max_size=12))
def test_metals_found_before_at_signs_as_finditer_finds_them(text: str) -> None:
    plain = [m.span() for m in METAL_BEFORE_AT.finditer(text)]
    assert [m.span() for m in metals_before_at(text)] == plain


@settings(max_examples=300)
@given(
    texts_of(
        ["Na", "Y", "F4", "Gd", ":", "Yb", ",", "Er", "@", " ", "20", "%", "-", "a", "x2", "("],
        max_size=14,
    )
)
def test_doped_hosts_found_at_colons_as_finditer_finds_them(text: str) -> None:
    plain = [m.span() for m in DOPED_HOST.finditer(text)]
    assert [m.span() for m in doped_hosts(text)] == plain


@settings(max_examples=300)
@given(
    texts_of(
        [*"Fe 3 O 4 NPs nano particles - x Au Se NP a . 5 PEG ( In Cu2-xSe _".split(), " ", "\n"],
        max_size=12,
    )
)
def test_formulas_found_before_nano_words_as_finditer_finds_them(text: str) -> None:
    plain = [m.span() for m in FORMULA_BEFORE_NANO_WORD.finditer(text)]
    assert [m.span() for m in formulas_before_nano_words(text)] == plain


@settings(max_examples=300)
@given(
    texts_of(
        [*"cell s tumo u r xenograft bearing oma a - glioma cellular omas 4T1".split(), " "],
        max_size=10,
    )
)
def test_head_words_found_at_their_literals_as_finditer_finds_them(text: str) -> None:
    pattern, literals = roles.CELL_LINE_HEAD_WORD, roles.CELL_LINE_HEAD_LITERALS
    plain = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in matches_at_literals(pattern, text, literals)] == plain


ANTIBODY_PIECES = [
    "CD47", "PD-L1", "CTLA-4", "TGF-β", "4-1BB", "x", "a", "-", " ", "(", "/", "blocking",
    "blocking ", " antibody", " antibodies", " mAbs", "anti-", "Anti-", "nti-", " monoclonal",
]  # fmt: skip


@settings(max_examples=400)
@given(texts_of(ANTIBODY_PIECES, max_size=20))
def test_named_antibodies_scanned_from_literals_as_found_by_the_regexes(text: str) -> None:
    by_regex = {
        m.span()
        for m in NAMED_ANTIBODY.finditer(text)
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_")
    } | {m.span() for m in BLOCKING_ANTIBODY.finditer(text)}
    assert {m.span() for m in _named_antibody_matches(text)} == by_regex
