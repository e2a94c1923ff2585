"""Lexicons as data: JSON Lines files, one entry per code, with ontology ids and synonyms.

Each line: ``{"code", "ontology_id", "terms": [...], "abbrevs": [...]}`` (+ field-specific
keys: a payload's ``category``, ``needs_cue``, ``generic``, ``immune_protein`` (a cytokine or
antigen: a nucleic acid encoding it is immunotherapy), ``gene_prefix`` ("si" for
"siPD-L1") and ``shares_abbrevs`` (another drug's short form it is also written as), a cell
line's ``cancer_type`` and ``donor_code``, a core's ``formula_elements``).
``terms`` match case-insensitively, ``abbrevs`` only as written. Plural, hyphen/space and
"nanoparticles"/"NPs" variants are generated here, not listed by hand.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from importlib import resources
from pathlib import Path
from typing import Any

# The annotation guide's list-valued label fields; the first five are its "entity fields".
ENTITY_FIELDS = ("membrane_sources", "cores", "payloads", "modalities", "cancer_types")
FIELDS = (*ENTITY_FIELDS, "cell_lines")
# every other registered drug (built by scripts/build_drug_names.py), after the hand lexicon
LONG_TAIL_FILE = "payloads_long_tail.jsonl"


@dataclass(frozen=True)
class Entry:
    field: str
    code: str
    ontology_id: str | None
    terms: tuple[str, ...]
    abbrevs: tuple[str, ...]
    extra: dict[str, Any] = dataclass_field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Elements:
    """The periodic table's symbols and the elements that form nanoparticle cores."""

    symbols: frozenset[str]
    core_forming: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[Entry, ...]
    version: str
    elements: Elements = Elements(frozenset(), frozenset())
    # registered drugs the hand lexicon does not list: matched only when loaded (needs_cue)
    long_tail: tuple[Entry, ...] = ()

    def by_field(self, name: str) -> list[Entry]:
        return [e for e in self.entries if e.field == name]

    def get(self, field_name: str, code: str) -> Entry | None:
        for entry in self.entries:
            if entry.field == field_name and entry.code == code:
                return entry
        return None


def default_lexicon_dir() -> Path:
    return Path(str(resources.files("extract.nlp") / "data"))


def load_lexicon(directory: Path | None = None) -> Lexicon:
    """Read every field's file; the version is a hash of their bytes (goes into outputs)."""
    import hashlib

    directory = directory or default_lexicon_dir()
    entries: list[Entry] = []
    digest = hashlib.sha256()
    for name in FIELDS:
        path = directory / f"{name}.jsonl"
        if not path.exists():
            raise FileNotFoundError(f"lexicon file missing: {path}")
        raw = path.read_bytes()
        digest.update(raw)
        entries.extend(_parse_entries(name, path, raw))
    raw = (directory / "elements.json").read_bytes()
    digest.update(raw)
    table = json.loads(raw)
    elements = Elements(frozenset(table["symbols"]), frozenset(table["core_forming"]))
    long_tail: list[Entry] = []
    path = directory / LONG_TAIL_FILE
    if path.exists():  # optional: a lexicon directory may do without it
        raw = path.read_bytes()
        digest.update(raw)
        long_tail = _parse_entries("payloads", path, raw)
    return Lexicon(
        entries=tuple(entries),
        version=digest.hexdigest()[:12],
        elements=elements,
        long_tail=tuple(long_tail),
    )


def _parse_entries(name: str, path: Path, raw: bytes) -> list[Entry]:
    entries: list[Entry] = []
    for number, line in enumerate(raw.decode("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            code = data.pop("code")
            entries.append(
                Entry(
                    field=name,
                    code=code,
                    ontology_id=data.pop("ontology_id", None),
                    terms=tuple(data.pop("terms", ())),
                    abbrevs=tuple(data.pop("abbrevs", ())),
                    extra=data,
                )
            )
        except (ValueError, KeyError) as err:
            raise ValueError(f"{path}:{number}: bad lexicon entry ({err})") from None
    return entries


# American and British spellings of the field (either may be listed; both are matched)
SPELLING_PAIRS = (
    (re.compile(r"sulf(?=ide|ate|ur|o)"), "sulph"),
    (re.compile(r"sulph(?=ide|ate|ur|o)"), "sulf"),
    (re.compile(r"tumor"), "tumour"),
    (re.compile(r"tumour"), "tumor"),
    (re.compile(r"(?<![a])emia\b"), "aemia"),
    (re.compile(r"aemia\b"), "emia"),
    (re.compile(r"\bhemo"), "haemo"),
    (re.compile(r"\bhaemo"), "hemo"),
    (re.compile(r"\besophag"), "oesophag"),
    (re.compile(r"\boesophag"), "esophag"),
    (re.compile(r"(?<=[a-z]{3})(i|y)z(?=e\b|ed\b|ing\b|ation|ers?\b)"), r"\1s"),
    (re.compile(r"\baluminum"), "aluminium"),
    (re.compile(r"\bcesium"), "caesium"),
)


def spelling_variants(term: str) -> set[str]:
    """The term in the other spelling(s): "copper sulfide" -> "copper sulphide"; a term with
    two such words in each mix of them ("oesophageal tumour", "esophageal tumour")."""
    lowered = term.lower()
    variants = {lowered}
    frontier = [lowered]
    while frontier:
        spelled = frontier.pop()
        for pattern, replacement in SPELLING_PAIRS:
            other = pattern.sub(replacement, spelled)
            if other not in variants:
                variants.add(other)
                frontier.append(other)
    return variants - {lowered}


# a hyphen inside a code of capitals and digits ("PD-L1", "CTLA-4"), often left out
_CODE_HYPHEN = re.compile(r"(?<=[A-Z0-9])-(?=[A-Z0-9])")


def term_variants(term: str) -> Iterator[str]:
    """The term, its plural, hyphen/space swaps ("red blood cell" -> "red-blood-cells"), its
    other spelling ("tumour cell", "copper sulphide") and its codes written without their
    hyphen ("anti-PD-L1 antibody" -> "anti-PDL1 antibody")."""
    seen: set[str] = set()
    bases = {term, *spelling_variants(term)}
    head, space, last = term.rpartition(" ")
    if space and last.lower() in {"nanoparticle", "nanoparticles"}:
        # "solid lipid nanoparticles" = "solid lipid NPs" = "solid lipid nanocarriers"
        bases.update(f"{head} {word}" for word in _NANOPARTICLE_WORDS)
    for spelled in list(bases):
        if " " in spelled:
            bases.add(spelled.replace(" ", "-"))
        if "-" in spelled and not any(ch.isdigit() for ch in spelled):
            bases.add(spelled.replace("-", " "))
        if any(ch.isdigit() for ch in spelled):
            bases.add(_CODE_HYPHEN.sub("", spelled))
    for base in bases:
        for form in (base, *_plurals(base)):
            if form not in seen:
                seen.add(form)
                yield form


_NANOPARTICLE_WORDS = (
    "NP",
    "NPs",
    "nanocarrier",
    "nanoplatform",
    "nanosystem",
    "nanoformulation",
    "nanovehicle",
    "nanocomposite",
    "nanosphere",
    # the hyphenated spellings of non-native writing ("PLGA nano-carriers")
    "nano-particle",
    "nano-carrier",
    "nano-platform",
    "nano-system",
)


def _plurals(term: str) -> list[str]:
    last = term.rsplit(" ", 1)[-1]
    if not last[-1:].isalpha() or len(last) < 3:
        return []
    if last.endswith(("s", "x", "sh", "ch")):
        return [term + "es"] if not last.endswith("s") else []
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return [term[:-1] + "ies", term + "s"]
    return [term + "s"]
