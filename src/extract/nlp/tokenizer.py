"""A tokenizer for nanomedicine abstracts, registered as ``cmnp.Tokenizer.v1``.

On top of spaCy's English rules it splits inside tokens at ``@ / - + : ~ [ ] ( ) { } ± ·``
between any characters, so ``DOX@PLGA``, ``RBC-NPs``, ``PTX/ICG``, ``[CSC-P]MN`` and
``CCM-coated`` expose their parts, while ``4T1``, ``Ce6`` and ``IR780`` stay whole. Lexicon
patterns are tokenized with the same tokenizer, so ``MDA-MB-231`` still matches as a phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import (
    compile_infix_regex,
    compile_prefix_regex,
    compile_suffix_regex,
    registry,
)

from extract.nlp.normalize import AFTER_A_LOST_SPACE, normalize

EXTRA_INFIXES = [
    r"[@/+~±·:;=]",
    # a lost space after a period ("PLGA.The", "A4.HUVEC"; spaCy splits only "growth.The"),
    # where the sentence splitter (pipeline.py) sees a break: not "CT26.WT"
    r"(?<=[A-Za-z0-9)][A-Za-z0-9)])\." + AFTER_A_LOST_SPACE,
    r"(?<=\S)-(?=\S)",
    r"[\[\]\(\)\{\}]",
]
# spaCy leaves the period on a word ending in digit or lower-case + capital ("AQ4N.", "DiR.")
# or on a lone capital ("B.") to keep abbreviations and initials whole; the field's code
# names end that way, and so do drugs named with a letter ("epothilone B.", "mitomycin C.")
EXTRA_SUFFIXES = [r"[\]\)\}]", r"-(?=$)", r"(?<=[0-9a-z][A-Z])\.", r"(?<=^[A-Z])\."]
EXTRA_PREFIXES = [r"[\[\(\{]", r"@"]
# spaCy caches the tokens of at most this many distinct chunks (10,000 by default), then
# splits every new chunk by its affix rules again; the lexicons' own patterns take part of
# that room, and a corpus of real abstracts brings hundreds of thousands of chunks. An entry
# costs some 100 bytes.
CACHE_SIZE = 250_000


class TextKeepingTokenizer:
    """Wraps spaCy's Tokenizer: normalizes the text first (in the worker process, when there
    are several) and keeps it in ``doc.user_data["cmnp_text"]``:
    ``Doc.text`` is rebuilt from the tokens on every access, and the components read the text
    many times per document. Serialization is delegated to the wrapped tokenizer."""

    def __init__(self, inner: Tokenizer) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        text = normalize(text)  # idempotent; finalize maps offsets back to the original
        doc: Doc = self.inner(text)
        doc.user_data["cmnp_text"] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@registry.tokenizers("cmnp.Tokenizer.v1")  # type: ignore[untyped-decorator]
def create_tokenizer() -> Callable[[Language], TextKeepingTokenizer]:
    def make(nlp: Language) -> TextKeepingTokenizer:
        defaults = nlp.Defaults
        infixes = list(defaults.infixes or []) + EXTRA_INFIXES
        suffixes = list(defaults.suffixes or []) + EXTRA_SUFFIXES
        prefixes = list(defaults.prefixes or []) + EXTRA_PREFIXES
        return TextKeepingTokenizer(
            Tokenizer(
                nlp.vocab,
                rules=defaults.tokenizer_exceptions,
                prefix_search=compile_prefix_regex(prefixes).search,
                suffix_search=compile_suffix_regex(suffixes).search,
                infix_finditer=compile_infix_regex(infixes).finditer,
                url_match=None,
                max_cache_size=CACHE_SIZE,
            )
        )

    return make
