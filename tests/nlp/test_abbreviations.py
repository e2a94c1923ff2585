"""Schwartz & Hearst abbreviation definitions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.nlp.abbreviations import best_long_form, find_abbreviations


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("coated with red blood cell (RBC) membranes", "RBC", "red blood cell"),
        ("the photosensitizer chlorin e6 (Ce6) was", "Ce6", "chlorin e6"),
        ("camouflaged by cancer cell membrane (CCM)", "CCM", "cancer cell membrane"),
        ("loaded with 5-fluorouracil (5-FU)", "5-FU", "5-fluorouracil"),
        # a chemical name keeps its locants though the short form skips them
        ("loaded with 10-hydroxycamptothecin (HCPT)", "HCPT", "10-hydroxycamptothecin"),
        (
            "the quinone 2,3-dimethoxy-5-methylbenzoquinone (DMBQ)",
            "DMBQ",
            "2,3-dimethoxy-5-methylbenzoquinone",
        ),
        ("poly(lactic-co-glycolic acid) (PLGA) cores", "PLGA", "poly(lactic-co-glycolic acid)"),
        ("a platelet-cancer stem cell (CSC) hybrid", "CSC", "cancer stem cell"),
        ("mesoporous silica nanoparticles (MSNs) were", "MSNs", "mesoporous silica nanoparticles"),
        (
            "tumor-associated macrophage membrane (TAMM)",
            "TAMM",
            "tumor-associated macrophage membrane",
        ),
    ],
)
def test_definitions(text, short, long):
    found = {a.short: a for a in find_abbreviations(text)}
    assert found[short].long == long
    assert text[found[short].long_start : found[short].long_end] == long
    assert text[found[short].short_start : found[short].short_end] == short


@pytest.mark.parametrize(
    "text",
    ["tumor volume (mm3)", "the results (see below)", "at 808 nm (1.0 W/cm2)", "mice (n = 5)"],
)
def test_parentheses_that_are_not_definitions(text):
    assert find_abbreviations(text) == []


def test_a_long_form_stays_within_its_sentence():
    text = (
        "Release was measured at pH 7.4 and 5.0. However, combining photodynamic and "
        "photothermal (PDT/PTT) therapy is hard. We prepared red blood cell (RBC) membranes."
    )
    found = {a.short: a.long for a in find_abbreviations(text)}
    assert "PDT/PTT" not in found  # no long form in its own sentence
    assert found["RBC"] == "red blood cell"


def test_a_long_form_stays_out_of_the_title():
    # the title's "GO" would otherwise sit inside the long form and veto it
    text = "Biomimetic GO for tumor therapy\n\nGraphene oxide (GO) has attracted attention."
    (abbreviation,) = find_abbreviations(text)
    assert abbreviation.long == "Graphene oxide"
    assert find_abbreviations("Red blood cell\n\nmembranes (RBCm) were used") == []


def test_first_definition_wins():
    found = find_abbreviations("platelet membrane (PM) ... PD-1 membrane (PM)")
    assert [(a.short, a.long) for a in found] == [("PM", "platelet membrane")]


def test_best_long_form_needs_first_letter_at_word_start():
    assert best_long_form("DOX", "free doxorubicin") == "doxorubicin"
    assert best_long_form("XYZ", "nothing matches here") is None


@given(st.text(max_size=300))
def test_never_raises_and_offsets_are_exact(text):
    for a in find_abbreviations(text):
        assert text[a.short_start : a.short_end] == a.short
        assert text[a.long_start : a.long_end] == a.long
