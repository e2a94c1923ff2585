"""Abbreviation definitions in running text: Schwartz & Hearst (2003).

A. S. Schwartz, M. A. Hearst. "A simple algorithm for identifying abbreviation definitions in
biomedical text." Pacific Symposium on Biocomputing 8:451-462, 2003.

Finds ``long form (SF)`` pairs. The long form is the shortest run of words ending before the
parenthesis whose characters contain the short form's letters in order, the first letter
starting a word. Pure function over a string; offsets are character offsets into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAREN = re.compile(r"\(([^()]{1,20})\)")
# a sentence's end in a stretch of text, or the blank line between title and abstract
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])|\n\s*\n")


@dataclass(frozen=True)
class Abbreviation:
    short: str
    short_start: int
    long: str
    long_start: int

    @property
    def short_end(self) -> int:
        return self.short_start + len(self.short)

    @property
    def long_end(self) -> int:
        return self.long_start + len(self.long)


def _valid_short_form(candidate: str) -> bool:
    if not 2 <= len(candidate) <= 12 or len(candidate.split()) > 2:
        return False
    if not any(ch.isalpha() for ch in candidate):
        return False
    return candidate[0].isalnum()


def best_long_form(short: str, long: str) -> str | None:
    """Schwartz-Hearst's right-to-left character match (their Figure 2)."""
    s_index = len(short) - 1
    l_index = len(long) - 1
    while s_index >= 0:
        char = short[s_index].lower()
        if not char.isalnum():
            s_index -= 1
            continue
        while (l_index >= 0 and long[l_index].lower() != char) or (
            s_index == 0 and l_index > 0 and long[l_index - 1].isalnum()
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = max(long.rfind(" ", 0, l_index + 1), long.rfind("-", 0, l_index + 1)) + 1
    if long[start : start + 1] == "-":
        start += 1
    # a chemical name keeps its locants: "10-hydroxycamptothecin (HCPT)", not
    # "hydroxycamptothecin"
    while start >= 2 and long[start - 1] == "-":
        locant = _LOCANT_BEFORE.search(long, 0, start - 1)
        if locant is None:
            break
        start = locant.start()
    return long[start:]


# the digits of a locant ending where a hyphen follows: "10", "2,3"
_LOCANT_BEFORE = re.compile(r"(?<![\w,])\d{1,2}(?:,\d{1,2})*$")


def _start_of_last_words(text: str, start: int, end: int, count: int) -> int | None:
    """Where the last ``count`` whitespace-separated words of ``text[start:end]`` begin
    (None when it has no word); a word cut at ``start`` counts."""
    segment = text[start:end]
    pieces = segment.rsplit(None, count)
    if not pieces or not segment.strip():
        return None
    if len(pieces) <= count:  # all the words fit
        return start + len(segment) - len(segment.lstrip())
    rest = segment[len(pieces[0]) :]
    return start + len(segment) - len(rest.lstrip())


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Every ``long form (SF)`` definition in ``text``, first definition of a SF only."""
    found: dict[str, Abbreviation] = {}
    for match in _PAREN.finditer(text):
        inner = match.group(1)
        # "(SF; ...)" or "(SF, ...)": the short form is the first part
        short = re.split(r"[;,]\s", inner)[0].strip()
        if not _valid_short_form(short) or short in found:
            continue
        short_start = match.start(1) + inner.index(short)
        limit = min(len(short) + 5, len(short) * 2)
        window_start = _start_of_last_words(text, max(0, match.start() - 200), match.start(), limit)
        if window_start is None:
            continue
        candidate = text[window_start : match.start()].rstrip()
        # within the sentence, as Schwartz and Hearst read text sentence by sentence ("pH 7.4
        # and 5.0. However, ... photodynamic and photothermal (PDT/PTT)" is no long form)
        sentence_ends = [end.end() for end in _SENTENCE_END.finditer(candidate)]
        if sentence_ends:
            window_start += sentence_ends[-1]
            candidate = candidate[sentence_ends[-1] :]
        long = best_long_form(short, candidate)
        if not long or len(long) <= len(short) or short.lower() in long.lower().split():
            continue
        long_start = window_start + candidate.rindex(long)
        found[short] = Abbreviation(short, short_start, long, long_start)
    return list(found.values())
