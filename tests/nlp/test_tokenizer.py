"""The tokenizer exposes the parts of nanomedicine shorthand and keeps cell-line names whole."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("DOX@PLGA", ["DOX", "@", "PLGA"]),
        ("Fe3O4@PDA", ["Fe3O4", "@", "PDA"]),
        ("RBC-NPs", ["RBC", "-", "NPs"]),
        ("PTX/ICG", ["PTX", "/", "ICG"]),
        ("CCM-coated", ["CCM", "-", "coated"]),
        ("[CSC-P]MN", ["[", "CSC", "-", "P", "]", "MN"]),
        ("Ce6", ["Ce6"]),
        ("4T1", ["4T1"]),
        ("IR780", ["IR780"]),
        # a sentence-final period leaves a code name ending in a capital; abbreviations stay
        ("prodrug AQ4N.", ["prodrug", "AQ4N", "."]),
        ("labelled with DiR.", ["labelled", "with", "DiR", "."]),
        ("e.g. U.S. data", ["e.g.", "U.S.", "data"]),
        # a space lost after a sentence's period (text copied from web pages)
        ("PLGA.The", ["PLGA", ".", "The"]),
        ("A4.HUVEC", ["A4", ".", "HUVEC"]),
        ("Fe3O4.A", ["Fe3O4", ".", "A"]),
        # (while cell lines with a period stay whole)
        ("CT26.WT", ["CT26.WT"]),
        ("CT26.CL25", ["CT26.CL25"]),
        ("RAW264.7", ["RAW264.7"]),
    ],
)
def test_shorthand_is_split_into_its_parts(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_hyphenated_cell_line_still_matches_as_a_phrase(nlp):
    doc = nlp("Uptake by MDA-MB-231 cells and 4T1 tumor-bearing mice.")
    candidates = doc.user_data["cmnp_candidate_tuples"]
    lines = [code for field, code, *_ in candidates if field == "cell_lines"]
    assert lines == ["MDA-MB-231", "4T1"]


def test_offsets_survive_unicode_normalisation():
    from extract.nlp.normalize import normalize

    text = "Fe₃O₄ nanoparticles\u00a0coated with RBC\u2010membrane, Ｘ１２ and e\u0301"
    assert len(normalize(text)) == len(text)
    assert normalize(text).startswith("Fe3O4 nanoparticles coated with RBC-membrane, X12")
    # formulas and charges written with sub/superscript signs and letters
    assert normalize("Cu₂₋ₓSe, Mn²⁺, CD8⁺ T cells, 1.2 µg mL⁻¹") == (
        "Cu2-xSe, Mn2+, CD8+ T cells, 1.2 \u03bcg mL-1"
    )


@pytest.mark.parametrize(
    ("term", "variant"),
    [
        ("copper sulfide", "copper sulphide"),
        ("tumour cell", "tumor cell"),
        ("leukemia", "leukaemia"),
        ("haemoglobin", "hemoglobin"),
        ("functionalized", "functionalised"),
    ],
)
def test_lexicon_terms_match_in_either_spelling(term, variant):
    from extract.nlp.lexicon import spelling_variants, term_variants

    assert variant in spelling_variants(term)
    assert variant in set(term_variants(term))


def test_a_term_with_two_spelled_words_matches_in_every_mix_of_them():
    from extract.nlp.lexicon import spelling_variants

    assert spelling_variants("esophageal tumor") == {
        "oesophageal tumor",
        "esophageal tumour",
        "oesophageal tumour",
    }


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("neutralised", "neutralized"),
        ("Repolarising", "Repolarizing"),
        ("characterisation", "characterization"),
        ("photosensitisers", "photosensitizers"),
        ("optimised", "optimized"),
        ("synthesised", "synthesized"),
        ("oxidised", "oxidized"),
        ("crystallised", "crystallized"),
        ("recognisable", "recognizable"),
        ("ANALYSED", "ANALYZED"),
        ("hydrolysing", "hydrolyzing"),
    ],
)
def test_british_ise_and_yse_verbs_take_the_american_z(british, american):
    from extract.nlp.normalize import normalize

    assert normalize(f"NPs {british} here") == f"NPs {american} here"


@pytest.mark.parametrize(
    "word",
    [
        "promising",
        "arising",
        "comprised",
        "immunocompromised",
        "premise",
        "advised",
        "excised",
        "exercise",
        "disguised",
        "raised",
        "noise",
        "treatise",
        "expertise",
        "otherwise",
        "lysed",
        "analyses",
        "cisplatin",
        "analysis",
    ],
)
def test_words_whose_ise_is_no_suffix_keep_their_s(word):
    from extract.nlp.normalize import normalize

    assert normalize(f"tumors were {word} today") == f"tumors were {word} today"


@given(st.text(alphabet=st.sampled_from("aeilnorstyzdgIS -"), max_size=40))
def test_american_spelling_changes_only_an_s_to_a_z(text):
    from extract.nlp.normalize import american_spelling

    spelled = american_spelling(text)
    assert len(spelled) == len(text)
    assert all(
        a == b or (a, b) in {("s", "z"), ("S", "Z")} for a, b in zip(text, spelled, strict=True)
    )
    assert american_spelling(spelled) == spelled


def _extracted(nlp, *abstracts: str) -> list:
    """Each abstract's extraction, in order (pipeline output for the rewrite tests)."""
    from extract.extraction import extract_articles
    from extract.records import Article

    articles = [Article(pmid=str(n), title="", abstract=text) for n, text in enumerate(abstracts)]
    return [result for _, result in extract_articles(nlp, articles)]


def _evidence_is_cut_from(text: str, result) -> bool:
    return all(text[m["start"] : m["end"]] == m["text"] for m in result.mentions)


def test_british_verbs_give_the_labels_of_american_ones_with_evidence_as_written(nlp):
    american = (
        "Erythrocyte membrane-camouflaged nanosponges neutralize tumor-derived exosomes. "
        "Macrophage-mimetic PLGA nanoparticles repolarized tumor-associated macrophages "
        "in mice bearing 4T1 tumors."
    )
    british = american.replace("neutralize", "neutralise").replace("repolarized", "repolarised")
    results = _extracted(nlp, american, british)
    assert results[1].labels == results[0].labels
    assert "extracellular_vesicle" not in results[1].labels["membrane_sources"]
    assert "immunotherapy" in results[1].labels["modalities"]
    assert _evidence_is_cut_from(british, results[1])
    assert "repolarised tumor-associated macrophages" in {m["text"] for m in results[1].mentions}


def test_words_without_a_spelling_pair_have_no_variant():
    from extract.nlp.lexicon import spelling_variants

    assert spelling_variants("size") == set()
    assert spelling_variants("doxorubicin") == set()


SPACEY = st.lists(
    st.sampled_from(
        [
            *("a", "Bc", "4T1", " ", "  ", "\t", "\u00a0", "\u200b", "\u00ad", "\n", "-"),
            # old-style subscripts, whose brackets normalizing also drops ("Fe(3)O(4)")
            *("Fe", "O", "pH", "(3)", "(2+)", "(", ")", "@"),
        ]
    )
).map("".join)


@given(SPACEY)
# a subscript's bracket beside a character of no width (found by this property)
@example("Bc(3)\u200b")
@example("Fe\u200b(3)O(4)")
def test_normalized_text_has_single_spaces_and_maps_back(text):
    from extract.nlp.normalize import OffsetMap, normalize

    normalized = normalize(text)
    assert "  " not in normalized
    offsets = OffsetMap.of(text)
    for word in re.finditer(r"[^ ]+", normalized):
        start, end = offsets.span(word.start(), word.end())
        assert normalize(text[start:end]) == word.group()


def test_bracketed_subscripts_are_dropped_and_evidence_keeps_them(nlp):
    from extract.nlp.normalize import normalize

    assert normalize("Fe(3)O(4)@PDA, MnO(2), H(2)O(2), Cu(2+), Cu(2-x)Se, IC(50)") == (
        "Fe3O4@PDA, MnO2, H2O2, Cu2+, Cu2-xSe, IC50"
    )
    # not a measurement's or a name's brackets
    assert normalize("pH(7), Smith(2), CD8(+), Fe(II), 10(6) cells") == (
        "pH(7), Smith(2), CD8(+), Fe(II), 10(6) cells"
    )
    old_style = "Fe(3)O(4) nanoparticles were coated with red blood cell membranes."
    (result,) = _extracted(nlp, old_style)
    assert result.labels["cores"] == ["iron_oxide"]
    assert _evidence_is_cut_from(old_style, result)
    assert [m["text"] for m in result.mentions if m["field"] == "cores"] == ["Fe(3)O(4)"]


def test_extra_spaces_do_not_change_labels_and_evidence_is_cut_from_the_original(nlp):
    plain = (
        "Red blood cell membrane-coated PLGA nanoparticles treated head and neck cancer in mice."
    )
    spaced = plain.replace(" ", "  ").replace("PLGA", "PLGA\u200b")
    results = _extracted(nlp, plain, spaced)
    assert results[0].labels == results[1].labels
    assert results[1].mentions and _evidence_is_cut_from(spaced, results[1])
    assert all(m["text"] in m["sentence"] for m in results[1].mentions)


def test_codes_also_match_without_their_hyphen():
    from extract.nlp.lexicon import term_variants

    assert "anti-PDL1 antibody" in set(term_variants("anti-PD-L1 antibody"))
    assert "MDAMB231" in set(term_variants("MDA-MB-231"))
    assert "red blood cell" in set(term_variants("red-blood cell"))  # digitless: space swap only
    assert "redblood cell" not in set(term_variants("red-blood cell"))


def test_no_code_is_listed_twice_in_a_hand_lexicon():
    """A second entry of a code silently replaces the first one's settings in the matcher
    (the long tail's brand names may share a code: that file is built, not written)."""
    import collections

    from extract.nlp.lexicon import default_lexicon_dir

    repeated = {}
    for path in sorted(default_lexicon_dir().glob("*.jsonl")):
        if "long_tail" in path.name:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        counts = collections.Counter(json.loads(line)["code"] for line in lines if line.strip())
        repeated[path.name] = sorted(code for code, n in counts.items() if n > 1)
    assert repeated and all(codes == [] for codes in repeated.values()), repeated


def test_no_term_means_two_codes_of_a_field_unless_on_purpose():
    """A term listed under two codes of one field yields both; only these combinations do."""
    import collections

    from extract.nlp.lexicon import load_lexicon, term_variants

    codes = collections.defaultdict(set)
    for entry in load_lexicon().entries:
        for term in entry.terms:
            for variant in term_variants(term):
                codes[(entry.field, variant.lower())].add(entry.code)
    shared = {frozenset(c) for c in codes.values() if len(c) > 1}
    assert shared <= {
        frozenset({"chemotherapy", "immunotherapy"}),
        frozenset({"immunotherapy", "radiotherapy"}),
        frozenset({"chemotherapy", "photothermal_therapy"}),
        frozenset({"chemotherapy", "photodynamic_therapy"}),
        frozenset({"chemotherapy", "radiotherapy"}),  # "chemoradiotherapy"
    }
