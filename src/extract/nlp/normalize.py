"""Text normalization before tokenization, with a way back to the original offsets.

First a one-to-one character map: typographic dashes become "-", exotic spaces (NBSP, thin
spaces, tabs) become " ", full-width and sub/superscript digits become ASCII digits; British
"-ise" and "-yse" verbs take their American "z" ("neutralised", "characterisation",
"photosensitiser", "analysed"), so every rule's word list holds one spelling. Then every run
of spaces becomes one space, and a line's indentation and the characters of no width (soft
hyphens, zero-width spaces) go: spaCy would make a token of each extra space, which breaks
multi-word lexicon terms ("head  and neck") and the rules' phrases. The brackets of
old-style subscripts go too ("Fe(3)O(4)" is "Fe3O4"). Those removals are the only changes of
length, so ``OffsetMap`` takes a span of the normalized text back to the original, where
evidence is always cut (in the author's spelling).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

# what joins a record's title and abstract into one text (a blank line); the rules read it
# as the end of the title
SECTION_BREAK = "\n\n"
# what may follow a period whose space was lost in copying and still start a sentence: a
# capitalized word, an upper-case word of three letters or more, or "A" ("growth.The",
# "cells.RBC", "benefit.METHODS", "delivery.A"; not the "WT" of the line "CT26.WT").
# The sentence splitter and the tokenizer both read it, so their breaks agree.
AFTER_A_LOST_SPACE = r"(?=[A-Z][a-z]+\b|[A-Z]{3,}[a-z]*(?![A-Za-z0-9])|A(?![A-Za-z0-9]))"

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
# characters of no width: a soft hyphen and the zero-width spaces and joiners a web page puts
# inside long words ("doxo\u00adrubicin"); normalizing drops them
_ZERO_WIDTH = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for ch in _DASHES:
        table[ord(ch)] = "-"
    for ch in _SPACES:
        table[ord(ch)] = " "
    for i in range(10):
        table[0xFF10 + i] = str(i)  # full-width digits
        table[0x2080 + i] = str(i)  # subscript digits
    for i, sup in enumerate("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"):
        table[ord(sup)] = str(i)
    for i in range(26):
        table[0xFF21 + i] = chr(ord("A") + i)
        table[0xFF41 + i] = chr(ord("a") + i)
    # sub/superscript signs and letters of formulas and charges ("Cu₂₋ₓSe", "CD8⁺", "mL⁻¹")
    for code, plain in ((0x208A, "+"), (0x208B, "-"), (0x207A, "+"), (0x207B, "-"),
                        (0x2093, "x"), (0x2099, "n"), (0x207F, "n")):  # fmt: skip
        table[code] = plain
    table[0x00B5] = "\u03bc"  # micro sign -> Greek mu
    table[0x2018] = "'"
    table[0x2019] = "'"
    table[0x201C] = '"'
    table[0x201D] = '"'
    table[0xFF08] = "("
    table[0xFF09] = ")"
    table[0xFF0C] = ","
    table[0xFF1A] = ":"
    table[0xFF1B] = ";"
    table[0xFF05] = "%"
    table[0x00D7] = "x"
    table[ord("\t")] = " "
    return table


TABLE = _build_table()
# Most abstracts need few or no replacements: find them with one character-class scan (C
# speed) instead of ``str.translate``, which looks every character up in a dict.
_REPLACED = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(TABLE)) + "]")


def _replacement(match: re.Match[str]) -> str:
    return TABLE[ord(match.group())]


# what normalizing removes of the spaces: a line's indentation, every character of no width,
# and a run's spaces after its first
_GAP = re.compile(
    f"(?<=\n)[ {_ZERO_WIDTH}]+|"
    f"[ {_ZERO_WIDTH}]*[{_ZERO_WIDTH}][ {_ZERO_WIDTH}]*|"
    f"  [ {_ZERO_WIDTH}]*"
)
_HAS_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH}]")

# PubMed's older records (and pages copied from them) write a formula's subscripts and
# charges in brackets: "Fe(3)O(4)", "MnO(2)", "H(2)O(2)", "Cu(2+)", "Cu(2-x)Se", "IC(50)".
# Their brackets are dropped when they follow an element-like symbol ending a formula-shaped
# word ("Fe", "MnO", "NH"; not "pH(7)" or "Smith(2)") and a formula part or a word's end
# follows. Found by their opening bracket (a literal the regex engine scans for in C).
# (characters of no width, dropped too, are looked past on either side)
_BRACKETED_SUBSCRIPT = re.compile(
    r"\((?:\d{1,2}(?:\.\d{1,3})?[+-]?|\d?[+-]|\d{1,2}-[xyn]|[xyn])\)"
    f"(?=[{_ZERO_WIDTH}]*(?:[A-Z(\\[@/\\-\\s.,;:)\\]]|$))"
)
_FORMULA_WORD = re.compile(r"(?:[A-Z][a-z]?\d*(?:\.\d+)?)+")
_WORD_BEFORE = re.compile(r"[A-Za-z0-9.]+\Z")


def _bracketed_subscripts(mapped: str) -> list[tuple[int, int]]:
    """The (start, end) of each such formula's bracket characters, in order."""
    found: list[tuple[int, int]] = []
    for match in _BRACKETED_SUBSCRIPT.finditer(mapped):
        start = match.start()
        visible = start  # the formula's end, past characters of no width
        while visible > 0 and mapped[visible - 1] in _ZERO_WIDTH:
            visible -= 1
        before = mapped[visible - 1 : visible]
        if not (before.isascii() and before.isalpha()):
            continue
        # the formula so far: back to the word's start, past earlier bracketed parts
        word = _WORD_BEFORE.search(mapped, max(0, visible - 24), visible)
        if word is None:
            continue
        part = word.group()
        if not part[:1].isupper() and mapped[word.start() - 1 : word.start()] != ")":
            continue
        if not _FORMULA_WORD.fullmatch(part.lstrip(".")):
            continue
        found.append((start, start + 1))
        found.append((match.end() - 1, match.end()))
    return found


def _deletions(mapped: str) -> list[tuple[int, int]]:
    """The spans of the character-mapped text that normalizing removes, in order: a run's
    spaces after its first, a line's indentation, the characters of no width and the
    brackets of old-style subscripts."""
    spans = _bracketed_subscripts(mapped) if "(" in mapped else []
    if (
        "  " in mapped
        or "\n " in mapped
        or (not mapped.isascii() and _HAS_ZERO_WIDTH.search(mapped) is not None)
    ):
        for run in _GAP.finditer(mapped):
            start, end = run.span()
            kept = -1 if mapped[start - 1 : start] == "\n" else mapped.find(" ", start, end)
            if kept < 0:  # an indentation, or characters of no width alone: all of it
                spans.append((start, end))
                continue
            if kept > start:
                spans.append((start, kept))
            if kept + 1 < end:
                spans.append((kept + 1, end))
        spans.sort()
    return spans


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


# British "-ise" and "-yse" verbs: found by their suffix in the lower-cased text (a scan
# led by a literal, fast), then kept only after the endings of the verbs that take "-ize" in
# American spelling (neutral-ise, stabil-ise, polar-ise, character-ise, recogn-ise,
# sensit-ise, optim-ise, synthes-ise, energ-ise, oxid-ise, magnet-ise, crystall-ise) with at
# least two letters before them. Not the words whose "-ise" is no suffix: arise, comprise,
# promise, premise, advise, revise, excise, exercise, disguise, raise, noise, treatise,
# expertise, otherwise; nor "lysed" or the noun "analyses".
_ISE_SUFFIX = re.compile(r"is(?=ation|(?:e|es|ed|ing|er|ers|able)\b)")
_YSE_SUFFIX = re.compile(r"ys(?=(?:e|ed|ing|er|ers)\b)")
_IZE_STEM_END = re.compile(r"[a-z]{2}(?:al|il|ol|ll|ar|er|or|it|im|id|et|n|s|g)\Z")
_TWO_LETTERS_END = re.compile(r"[a-z]{2}\Z")


def american_spelling(text: str) -> str:
    """British "-ise"/"-yse" verbs spelled with "z" (see above): same length, only an "s"
    becomes a "z" ("S" a "Z")."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text  # (lower-casing changed the length: offsets would not line up)
    hits = [
        m.start() + 1
        for m in _ISE_SUFFIX.finditer(lowered)
        if _IZE_STEM_END.search(lowered, max(0, m.start() - 4), m.start())
    ]
    if "ys" in lowered:
        hits.extend(
            m.start() + 1
            for m in _YSE_SUFFIX.finditer(lowered)
            if _TWO_LETTERS_END.search(lowered, max(0, m.start() - 2), m.start())
        )
    if not hits:
        return text
    pieces, last = [], 0
    for position in sorted(hits):
        pieces.append(text[last:position])
        pieces.append("Z" if text[position] == "S" else "z")
        last = position + 1
    pieces.append(text[last:])
    return "".join(pieces)


def map_characters(text: str) -> str:
    """The one-to-one part: same length as ``text``."""
    if text.isascii() and "\t" not in text:
        return text
    return _REPLACED.sub(_replacement, text)


def normalize(text: str) -> str:
    """See the module docstring; ``OffsetMap.of(text)`` maps its offsets back."""
    mapped = map_characters(text)
    spans = _deletions(mapped)
    spelled = american_spelling(mapped)  # (same length: the spans stay where they are)
    return _without(spelled, spans) if spans else spelled


@dataclass(frozen=True)
class OffsetMap:
    """From offsets in ``normalize(text)`` to offsets in ``text``.

    ``starts[i]`` is the normalized offset just after the i-th removed span, ``shifts[i]``
    how many characters all spans up to it removed; offsets before the first span are equal.
    ``closers`` holds the normalized offsets where a subscript's closing bracket was removed:
    a span ending there takes the bracket back ("Fe(3)O(4)", not "Fe(3)O(4").
    """

    starts: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()
    closers: frozenset[int] = frozenset()

    @classmethod
    def of(cls, text: str) -> OffsetMap:
        mapped = map_characters(text)
        spans = _deletions(mapped)
        if not spans:
            return cls()
        starts, shifts, closers, removed = [], [], [], 0
        for start, end in spans:
            if mapped[start] == ")":
                closers.append(start - removed)
            removed += end - start
            starts.append(end - removed)
            shifts.append(removed)
        return cls(tuple(starts), tuple(shifts), frozenset(closers))

    def start(self, offset: int) -> int:
        """A span's start (or any position)."""
        index = bisect_right(self.starts, offset) - 1
        return offset if index < 0 else offset + self.shifts[index]

    def end(self, offset: int) -> int:
        """A span's exclusive end: just after its last character."""
        if offset <= 0:
            return 0
        return self.start(offset - 1) + 1 + (offset in self.closers)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), (self.end(end) if end > start else self.start(start))


def doc_text(doc: Any) -> str:
    """``doc.text`` computed once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text: str | None = doc.user_data.get("cmnp_text")
    if text is None:
        text = doc.text
        doc.user_data["cmnp_text"] = text
    return text
