"""Build the spaCy pipeline from a blank English model (no downloaded model needed)."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import extract.nlp.components
import extract.nlp.tokenizer  # noqa: F401  (registers cmnp.Tokenizer.v1)

SECTION_BREAK = "\n\n"


@Language.component("cmnp_title_boundary")
def title_boundary(doc: Doc) -> Doc:
    """The title is its own sentence even without a final full stop."""
    cut = doc.text.find(SECTION_BREAK)
    if cut >= 0:
        for token in doc:
            if token.idx > cut and not token.is_space:
                token.is_sent_start = True
                break
    return doc


def build_nlp(lexicon_dir: Path | None = None) -> Language:
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "cmnp.Tokenizer.v1"}}})
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("cmnp_title_boundary")
    nlp.add_pipe(
        "cmnp_entity_matcher", config={"lexicon_dir": str(lexicon_dir) if lexicon_dir else None}
    )
    nlp.max_length = 2_000_000
    return nlp
