"""A one-to-one character map applied before tokenization, so offsets never shift.

Typographic dashes become "-", exotic spaces become " ", full-width and sub/superscript digits
become ASCII digits. Each replacement is exactly one character for one, so a span found in
the normalized text has the same offsets in the original text, and evidence is always cut
from the original.
"""

from __future__ import annotations

import re
from typing import Any

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
    return table


TABLE = _build_table()
# Most abstracts need few or no replacements: find them with one character-class scan (C
# speed) instead of ``str.translate``, which looks every character up in a dict.
_REPLACED = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(TABLE)) + "]")


def _replacement(match: re.Match[str]) -> str:
    return TABLE[ord(match.group())]


def normalize(text: str) -> str:
    """Same length as ``text``; see the module docstring."""
    if text.isascii():
        return text
    return _REPLACED.sub(_replacement, text)


def doc_text(doc: Any) -> str:
    """``doc.text`` computed once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text: str | None = doc.user_data.get("cmnp_text")
    if text is None:
        text = doc.text
        doc.user_data["cmnp_text"] = text
    return text
