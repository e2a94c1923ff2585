"""Build the spaCy pipeline from a blank English model (no downloaded model needed)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import IS_SPACE, LOWER, NORM
from spacy.language import Language
from spacy.tokens import Doc

import extract.nlp.components
import extract.nlp.tokenizer  # noqa: F401  (registers cmnp.Tokenizer.v1)
from extract.nlp.normalize import AFTER_A_LOST_SPACE, doc_text

# The lexeme attributes the components read (``LOWER`` for matching, ``IS_SPACE`` for the
# windows; ``NORM`` for spaCy's own defaults). spaCy computes every registered attribute of
# each new word in Python (shape, like_num, like_url, stop word...): each abstract brings a
# few new words, and the unused attributes cost about a fifth of tokenization.
LEXEME_ATTRIBUTES_READ = (LOWER, NORM, IS_SPACE)


# A break: a terminator then the gap before the next sentence (the terminator stays with its
# sentence), or a run of line breaks. Written to start with one character class, which the
# regex engine scans for in C; the lookbehinds then run only at those few characters.
# Text copied from web pages sometimes loses the space after a period ("growth.The NPs");
# a period between a word of two or more letters or digits and a capitalized word, an
# upper-case word of three letters or more, or "A" still ends the sentence ("growth.The",
# "PLGA.The", "cells.RBC membranes", "benefit.METHODS:"; not "e.g.The", "U.S.A.", "5.0",
# "E.coli" or the cell lines "CT26.WT" and "CT26.CL25").
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?P<gap>[\"')\]]?\s+(?=[A-Z0-9(\[\"']))|(?<=\n)\n*|"
    r"(?<=[A-Za-z0-9)][A-Za-z0-9)]\.)(?P<joined>)" + AFTER_A_LOST_SPACE + ")"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence character spans: a break after . ! ? before a capital or digit, and at every
    line break (the title and each structured-abstract section end there)."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group("gap") is not None:
            end = match.start("gap")
        elif match.group("joined") is not None:
            end = match.end()
        else:
            end = match.start()
        if end > start:
            spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


@Language.component("cmnp_sentences")
def sentences(doc: Doc) -> Doc:
    """Sentence spans by character offsets, kept in ``doc.user_data`` (spaCy's token-level
    sentence flags cost a Python step per token, several times the rest of the pipeline)."""
    doc.user_data["cmnp_sentences"] = sentence_spans(doc_text(doc))
    return doc


def build_nlp(lexicon_dir: Path | None = None) -> Language:
    """Tokenizer, sentences, lexicon matching, role decisions; all rule-based, from data."""
    import extract.extraction  # noqa: F401  (registers cmnp_decide; imports this module)

    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "cmnp.Tokenizer.v1"}}})
    nlp.add_pipe("cmnp_sentences")
    nlp.add_pipe(
        "cmnp_entity_matcher", config={"lexicon_dir": str(lexicon_dir) if lexicon_dir else None}
    )
    nlp.add_pipe("cmnp_decide")
    vocab: Any = nlp.vocab  # ``lex_attr_getters`` is missing from spaCy's type stub
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = {a: getters[a] for a in LEXEME_ATTRIBUTES_READ if a in getters}
    nlp.max_length = 2_000_000
    return nlp
