"""The tokenizer exposes the parts of nanomedicine shorthand and keeps cell-line names whole."""

from __future__ import annotations

import pytest


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


def test_words_without_a_spelling_pair_have_no_variant():
    from extract.nlp.lexicon import spelling_variants

    assert spelling_variants("size") == set()
    assert spelling_variants("doxorubicin") == set()
