"""The first-character lookahead changes how fast a pattern scans, never what it matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.nlp import roles
from extract.nlp.first_characters import first_characters, guarded, guarded_source


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:mice|rats?)\b", {"m", "r"}),
        (r"(?<!anti-)mice|xenograft", {"m", "x"}),
        (r"[a-c]x|d", {"a", "b", "c", "d"}),
        (r"(?:in )?vivo", {"i", "v"}),  # an optional word: its first letter or the next one
        (r"^(?:advances|progress)\b|:\s+a review", {"a", "p", ":"}),
        (r"a{2,3}b", {"a"}),
    ],
)
def test_the_first_characters_of_a_pattern(pattern, expected):
    assert first_characters(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+ed",  # a category: any word character
        r"a?",  # can match nothing
        r"(?:x)*y?",
        r"[^abc]d",  # a negated set
        r".x",
        r"(?:a|\d)b",  # a branch led by a category
    ],
)
def test_an_unknown_or_empty_start_leaves_the_pattern_alone(pattern):
    assert guarded_source(pattern) == pattern


def test_inline_global_flags_stay_first():
    assert guarded_source(r"(?i)in (?:conclusion|summary)") == r"(?i)in (?:conclusion|summary)"


def test_a_guard_wraps_the_whole_alternation():
    # "(?=[ab])a|b" would guard only the first branch
    assert guarded_source(r"a|b") == "(?=[ab])(?:a|b)"
    assert guarded(r"x|ab").findall("ab x") == ["ab", "x"]


def test_set_characters_are_escaped():
    pattern = guarded(r"\]|-|\^|\\")
    assert pattern.findall("a]b-c^d\\") == ["]", "-", "^", "\\"]


def _case_free_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for name, value in vars(roles).items():
        if isinstance(value, roles.CaseFree) and value.lower.pattern.startswith("(?=["):
            guarded_pattern = value.lower.pattern
            original = guarded_pattern[guarded_pattern.index("])(?:") + 5 : -1]
            found.append((name, re.compile(original)))
    return found


CASE_FREE = _case_free_patterns()
# words the role patterns look for, and some they must not confuse with them
WORDS = [
    "in vivo",
    "in-vivo",
    "mice",
    "anti-mice",
    "rats",
    "xenograft",
    "tumor-bearing",
    "tumour",
    "tumor growth",
    "we",
    "here",
    "review",
    "reviewed",
    "discussed",
    "recent advances",
    ":",
    "a",
    "an",
    "the",
    "overview",
    "were",
    "was",
    "summarized",
    "future perspectives",
    "no",
    "animals",
    "without animals",
    "survival",
    "cell survival",
    "4t1",
    "subcutaneous tumors",
    "however",
    "but also",
    "limited",
    "challenges",
    "intravenous",
    "i.v.",
    "spleen",
    "coated",
    "nanoparticles",
    "membrane",
    "in vitro",
    "cells",
    "progress in",
    "advances in",
]


def test_every_guarded_role_pattern_is_checked():
    names = {name for name, _ in CASE_FREE}
    assert {"IN_VIVO", "REVIEW", "REVIEW_WEAK"} <= names


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", ", ", ". ", "-", "", "\n"])),
        max_size=30,
    )
)
def test_guarded_role_patterns_find_the_same_matches(pieces):
    text = "".join(word + separator for word, separator in pieces)
    for name, original in CASE_FREE:
        guarded_pattern = getattr(roles, name).lower
        expected = [m.span() for m in original.finditer(text)]
        assert [m.span() for m in guarded_pattern.finditer(text)] == expected, name
        # the windowed search starts mid-text: the same there
        middle = len(text) // 2
        expected = [m.span() for m in original.finditer(text, middle)]
        assert [m.span() for m in guarded_pattern.finditer(text, middle)] == expected, name
