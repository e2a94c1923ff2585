"""The payload long tail: some 40,000 registered drug names, looked up token by token.

A PhraseMatcher holding them cost 290 MB and 2 s to build here; a dict of the names' token
hashes costs a few MB and answers an abstract in a few microseconds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.strings import get_string_id

from extract.nlp.lexicon import Entry
from extract.nlp.normalize import american_spelling, normalize

# Runs of letters or of digits joined by single spaces or hyphens ("zoledronic acid",
# "abt-263"): the pipeline's tokenizer splits them at the spaces and around each hyphen, which
# a regex does a hundred times faster (a test holds the two equal on every such name of the
# data file). Other names ("campath-1g": a digit and a unit) and names with a word the
# tokenizer treats specially ("im") go through the tokenizer.
SIMPLE_NAME = re.compile(r"(?:[a-z]+|[0-9]+)(?:[ -](?:[a-z]+|[0-9]+))*")
_SIMPLE_TOKEN = re.compile(r"[a-z]+|[0-9]+|-")


def simple_tokens(name: str) -> list[str]:
    return _SIMPLE_TOKEN.findall(name)


Tokenize = Callable[[Iterable[str]], Iterable[list[str]]]


def _can_anchor(word: str) -> bool:
    """Three characters with a letter at least: "abt" of "ABT-263", not "-" or "ra"."""
    return len(word) >= 3 and any(ch.isalpha() for ch in word)


class NameIndex:
    """Finds the long tail's names in a doc: ``(start, end, entry)`` token spans, the
    longest name at each token, names never overlapping one another.

    Each name is filed under its longest token that is not a ``common`` word (its anchor:
    "zoledronic" in "zoledronic acid", "iclc" in "poly-ICLC"), so that an abstract with no
    anchor at all, the usual case, costs one set intersection."""

    def __init__(
        self,
        entries: Iterable[Entry],
        tokenize: Tokenize,
        common: frozenset[str] = frozenset(),
        special: frozenset[str] = frozenset(),
    ) -> None:
        names = [
            (american_spelling(term.lower()) if term.isascii() else normalize(term).lower(), entry)
            for entry in entries
            for term in entry.terms
        ]
        simple: list[tuple[str, Entry]] = []
        other: list[tuple[str, Entry]] = []
        for name, entry in names:
            plain = SIMPLE_NAME.fullmatch(name) and special.isdisjoint(simple_tokens(name))
            (simple if plain else other).append((name, entry))
        split = [simple_tokens(name) for name, _ in simple]
        split += [[t.lower() for t in tokens] for tokens in tokenize(n for n, _ in other)]
        by_anchor: dict[int, dict[tuple[int, tuple[int, ...]], Entry]] = {}
        for words, (_, entry) in zip(split, [*simple, *other], strict=True):
            anchors = [i for i, w in enumerate(words) if w not in common and _can_anchor(w)]
            if not anchors:
                continue  # everyday words only ("light green"): no drug of the field's
            anchor = max(anchors, key=lambda i: len(words[i]))
            hashes = tuple(get_string_id(w) for w in words)
            by_anchor.setdefault(hashes[anchor], {}).setdefault((anchor, hashes), entry)
        # longest names first, so that "zoledronic acid" wins over "zoledronic"
        self._by_anchor = {
            anchor: sorted(
                ((offset, full, entry) for (offset, full), entry in names_here.items()),
                key=lambda item: -len(item[1]),
            )
            for anchor, names_here in by_anchor.items()
        }
        self._anchors = frozenset(self._by_anchor)
        self._size = sum(len(names_here) for names_here in by_anchor.values())

    def __len__(self) -> int:
        return self._size

    def find(self, lower: list[int]) -> list[tuple[int, int, Entry]]:
        """The names among a doc's tokens, given as the hashes of their lower-case forms."""
        present = self._anchors.intersection(lower)
        if not present:
            return []  # most abstracts name no drug of the long tail
        spans: list[tuple[int, int, Entry]] = []
        size = len(lower)
        for index in [i for i, h in enumerate(lower) if h in present]:
            for offset, full, entry in self._by_anchor[lower[index]]:
                start = index - offset
                end = start + len(full)
                if start >= 0 and end <= size and tuple(lower[start:end]) == full:
                    spans.append((start, end, entry))
                    break
        # names do not overlap: the leftmost, then the longest, wins
        spans.sort(key=lambda span: (span[0], span[0] - span[1]))
        found = []
        reached = 0
        for span in spans:
            if span[0] >= reached:
                found.append(span)
                reached = span[1]
        return found
