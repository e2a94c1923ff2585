"""A tokenizer for nanomedicine abstracts, registered as ``cmnp.Tokenizer.v1``.

On top of spaCy's English rules it splits inside tokens at ``@ / - + : ~ [ ] ( ) { } ± ·``
between any characters, so ``DOX@PLGA``, ``RBC-NPs``, ``PTX/ICG``, ``[CSC-P]MN`` and
``CCM-coated`` expose their parts, while ``4T1``, ``Ce6`` and ``IR780`` stay whole. Lexicon
patterns are tokenized with the same tokenizer, so ``MDA-MB-231`` still matches as a phrase.
"""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

EXTRA_INFIXES = [
    r"[@/+~±·:;=]",
    r"(?<=\S)-(?=\S)",
    r"[\[\]\(\)\{\}]",
]
EXTRA_SUFFIXES = [r"[\]\)\}]", r"-(?=$)"]
EXTRA_PREFIXES = [r"[\[\(\{]", r"@"]


@spacy.registry.tokenizers("cmnp.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        infixes = list(defaults.infixes or []) + EXTRA_INFIXES
        suffixes = list(defaults.suffixes or []) + EXTRA_SUFFIXES
        prefixes = list(defaults.prefixes or []) + EXTRA_PREFIXES
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            url_match=None,
        )

    return make
