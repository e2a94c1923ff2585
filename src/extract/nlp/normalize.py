"""Text normalization before tokenization, with a way back to the original offsets.

First a one-to-one character map: typographic dashes become "-", exotic spaces (NBSP, thin
and zero-width spaces, tabs) become " ", full-width and sub/superscript digits become ASCII
digits; British "-ise" and "-yse" verbs take their American "z" ("neutralised",
"characterisation", "photosensitiser", "analysed"), so every rule's word list holds one
spelling. Then every run of spaces becomes one space: spaCy would make a token of each extra
space, which breaks multi-word lexicon terms ("head  and neck") and the rules' phrases. The
only change of length is that collapse, so ``OffsetMap`` takes a span of the normalized text
back to the original, where evidence is always cut (in the author's spelling).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

# what joins a record's title and abstract into one text (a blank line); the rules read it
# as the end of the title
SECTION_BREAK = "\n\n"

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\u200b\u2060\ufeff"
)


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


_SPACE_RUN = re.compile(r"  +")

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
    mapped = american_spelling(map_characters(text))
    return _SPACE_RUN.sub(" ", mapped) if "  " in mapped else mapped


@dataclass(frozen=True)
class OffsetMap:
    """From offsets in ``normalize(text)`` to offsets in ``text``.

    ``starts[i]`` is the normalized offset just after the i-th collapsed run, ``shifts[i]``
    how many characters all runs up to it removed; offsets before the first run are equal.
    """

    starts: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    @classmethod
    def of(cls, text: str) -> OffsetMap:
        mapped = map_characters(text)
        if "  " not in mapped:
            return cls()
        starts, shifts, removed = [], [], 0
        for run in _SPACE_RUN.finditer(mapped):
            removed += len(run.group()) - 1
            starts.append(run.end() - removed)
            shifts.append(removed)
        return cls(tuple(starts), tuple(shifts))

    def start(self, offset: int) -> int:
        """A span's start (or any position)."""
        index = bisect_right(self.starts, offset) - 1
        return offset if index < 0 else offset + self.shifts[index]

    def end(self, offset: int) -> int:
        """A span's exclusive end: just after its last character."""
        return self.start(offset - 1) + 1 if offset > 0 else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), (self.end(end) if end > start else self.start(start))


def doc_text(doc: Any) -> str:
    """``doc.text`` computed once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text: str | None = doc.user_data.get("cmnp_text")
    if text is None:
        text = doc.text
        doc.user_data["cmnp_text"] = text
    return text
