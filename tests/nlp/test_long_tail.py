"""The payload long tail: registered drugs no hand lexicon entry lists, found when loaded.

Three layers: the token index (``NameIndex``), the offline build of the data file from the
drug dictionary (``scripts/build_drug_names.py``, on a dictionary written here), and the
pipeline (an agent of the long tail is a payload only when the carrier loads it)."""

from __future__ import annotations

import bz2
import collections
import importlib.util
import itertools
import json
import pickle
import shutil
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.extraction import extract_articles
from extract.nlp.components import token_lowers
from extract.nlp.lexicon import (
    LONG_TAIL_FILE,
    Entry,
    default_lexicon_dir,
    load_lexicon,
    term_variants,
)
from extract.nlp.long_tail import SIMPLE_NAME, NameIndex, simple_tokens
from extract.nlp.normalize import american_spelling
from extract.records import Article

ROOT = Path(__file__).resolve().parents[2]


def _entry(code: str, *terms: str) -> Entry:
    return Entry("payloads", code, None, terms or (code,), (), {"needs_cue": True})


def _index(nlp, entries: list[Entry], common: frozenset[str] = frozenset()) -> NameIndex:
    """An index built as the pipeline builds its own, with the pipeline's tokenizer."""
    return NameIndex(
        entries,
        lambda names: ([t.text for t in nlp.make_doc(name)] for name in names),
        common,
        frozenset(nlp.tokenizer.rules),
    )


def _find(nlp, index: NameIndex, text: str) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    return [(doc[s:e].text, entry.code) for s, e, entry in index.find(token_lowers(doc))]


# --- the index ------------------------------------------------------------------------------


def test_names_are_found_whatever_their_case(nlp):
    index = _index(nlp, [_entry("ivermectin"), _entry("navitoclax", "navitoclax", "abt-263")])
    found = _find(nlp, index, "Ivermectin, NAVITOCLAX (ABT-263) and ivermectin.")
    assert found == [
        ("Ivermectin", "ivermectin"),
        ("NAVITOCLAX", "navitoclax"),
        ("ABT-263", "navitoclax"),
        ("ivermectin", "ivermectin"),
    ]


def test_a_name_the_tokenizer_respells_is_still_found(nlp):
    """The tokenizer gives British "-yse"/"-ise" words their "z" ("Actilyse" reads
    "Actilyze"): the index respells its names the same way."""
    index = _index(nlp, [_entry("alteplase", "alteplase", "actilyse")])
    assert _find(nlp, index, "loaded with Actilyse.") == [("Actilyze", "alteplase")]


def test_the_longest_name_at_a_place_wins(nlp):
    index = _index(nlp, [_entry("zoledronic"), _entry("zoledronic acid")])
    assert _find(nlp, index, "Zoledronic acid was loaded.") == [
        ("Zoledronic acid", "zoledronic acid")
    ]
    assert _find(nlp, index, "zoledronic alone") == [("zoledronic", "zoledronic")]


def test_overlapping_names_keep_the_leftmost(nlp):
    index = _index(nlp, [_entry("alpha beta"), _entry("beta gamma")])
    assert _find(nlp, index, "alpha beta gamma") == [("alpha beta", "alpha beta")]


def test_a_name_is_anchored_on_its_rare_word_and_common_words_alone_match_nothing(nlp):
    index = _index(
        nlp,
        [_entry("poly iclc", "poly-iclc"), _entry("light green")],
        common=frozenset({"poly", "light", "green"}),
    )
    assert _find(nlp, index, "with poly-ICLC under light green") == [("poly-ICLC", "poly iclc")]
    assert len(index) == 1


def test_an_abstract_without_any_name_and_an_empty_one(nlp):
    index = _index(nlp, [_entry("ivermectin")])
    assert _find(nlp, index, "Platelet membranes coated the cores.") == []
    assert _find(nlp, index, "") == []


_WORDS = ["ivermectin", "zoledronic", "acid", "and", "the", "Loaded", "ABT-263", "abt", "263"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_every_span_found_is_a_name_and_spans_never_overlap(nlp, words):
    names = {"ivermectin": "ivermectin", "zoledronic acid": "zoledronic acid", "abt-263": "n"}
    index = _index(nlp, [_entry(code, name) for name, code in names.items()])
    doc = nlp.make_doc(" ".join(words))
    spans = index.find(token_lowers(doc))
    for start, end, entry in spans:
        assert doc[start:end].text.lower() in names
        assert names[doc[start:end].text.lower()] == entry.code
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    # and nothing is missed: every occurrence of "ivermectin" is found
    assert sum(1 for _, _, e in spans if e.code == "ivermectin") == words.count("ivermectin")


# --- the data file and the lexicon ----------------------------------------------------------


@pytest.fixture(scope="module")
def long_tail_lines() -> list[dict]:
    path = default_lexicon_dir() / LONG_TAIL_FILE
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_long_tail_name_has_one_code_and_none_is_a_hand_lexicon_term(long_tail_lines):
    owners = collections.defaultdict(set)
    for entry in long_tail_lines:
        for term in entry["terms"]:
            owners[term].add(entry["code"])
    assert {t: c for t, c in owners.items() if len(c) > 1} == {}
    hand = {
        form.lower()
        for entry in load_lexicon().entries
        for term in (*entry.terms, *entry.abbrevs)
        for form in term_variants(term)
    }
    assert sorted(set(owners) & hand) == []


def test_long_tail_entries_need_a_loading_cue_and_name_their_source(long_tail_lines):
    assert len(long_tail_lines) > 10_000
    for entry in long_tail_lines:
        assert entry["needs_cue"] is True
        assert entry["source"].startswith("drug-named-entity-recognition")
        assert entry["ontology_id"] is None or entry["ontology_id"].split(":")[0] in {
            "MESH",
            "DRUGBANK",
            "CHEBI",
        }


def test_simple_names_split_as_the_pipeline_tokenizer_splits_them(nlp, long_tail_lines):
    special = frozenset(nlp.tokenizer.rules)
    names = [t for entry in long_tail_lines for t in entry["terms"]]
    simple = [n for n in names if SIMPLE_NAME.fullmatch(n) and special.isdisjoint(simple_tokens(n))]
    assert len(simple) > 0.9 * len(names)
    # (the tokenizer respells British "-yse" names, "Actilyse", and so does the index)
    differ = [
        n
        for n in simple
        if [t.lower_ for t in nlp.make_doc(n)] != simple_tokens(american_spelling(n.lower()))
    ]
    assert differ == []
    # and the ones a regex would get wrong are left to the tokenizer
    assert not SIMPLE_NAME.fullmatch("campath-1g")
    assert [t.text for t in nlp.make_doc("campath-1g")] == ["campath", "-", "1", "g"]


def test_the_long_tail_is_optional_and_part_of_the_lexicon_version(tmp_path):
    for path in default_lexicon_dir().iterdir():
        if path.name != LONG_TAIL_FILE:
            shutil.copy(path, tmp_path / path.name)
    without = load_lexicon(tmp_path)
    with_it = load_lexicon()
    assert without.long_tail == ()
    assert len(with_it.long_tail) > 10_000
    assert without.version != with_it.version
    assert without.entries == with_it.entries  # the hand lexicon is the same


# --- the offline build ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_drug_names", ROOT / "scripts" / "build_drug_names.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclass resolves annotations through it)
    spec.loader.exec_module(module)
    return module


def _wheel(tmp_path: Path, build: ModuleType, payload: bytes) -> Path:
    wheel = tmp_path / "drug_named_entity_recognition-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(build.MEMBER, bz2.compress(payload))
    return wheel


def _dictionary() -> dict:
    """A miniature of the package's dictionary: variants, canonical data, brand flags."""
    canonical = {
        "ivermectin": {"drugbank_id": "DB00602", "mesh_id": "D007559", "smiles": "C"},
        "maytansine": {"mesh_id": "D050257", "smiles": "C", "mesh_tree": ["D04.345"]},
        "tretinoin": {"drugbank_id": "DB00755", "smiles": "C"},
        "molybdenum": {"drugbank_id": "DB11137", "smiles": "[Mo]", "formula": "Mo"},
        "platelet lysate": {"drugbank_id": "DB99999"},
        "cerium dioxide": {"drugbank_id": "DB99998", "smiles": "O=[Ce]=O"},
        "rainbow trout": {"mesh_id": "D000001", "mesh_tree": ["B01.050"]},
        "aldicarb": {"mesh_id": "D000002"},  # neither a DrugBank id nor a structure
        "venetoclax": {"drugbank_id": "DB11581", "smiles": "C"},
        "navitoclax": {"drugbank_id": "DB12340", "smiles": "C"},
        "testinib": {"drugbank_id": "DB90001", "smiles": "C"},  # a made-up drug
        "tofacitinib": {"drugbank_id": "DB08895", "smiles": "C"},
        "fludarabine": {"drugbank_id": "DB01073", "smiles": "C"},
        "testaporfin": {"drugbank_id": "DB90002", "smiles": "C"},  # a made-up photosensitizer
    }
    variants = {
        "ivermectin": ["ivermectin"],
        "ivermectina": ["ivermectin"],
        "stromectol": ["ivermectin"],
        "maytansine": ["maytansine"],
        "emtansine": ["maytansine"],
        "tretinoin": ["tretinoin"],
        "retinoic acid": ["tretinoin"],
        "molybdenum": ["molybdenum"],
        "platelet lysate": ["platelet lysate"],
        "cerium dioxide": ["cerium dioxide"],
        "rainbow trout": ["rainbow trout"],
        "aldicarb": ["aldicarb"],
        "venetoclax": ["venetoclax"],
        "navitoclax": ["navitoclax"],
        "bcl-2 blocker": ["venetoclax", "navitoclax"],
        "testinib": ["testinib"],
        "testinibum": ["testinib"],
        "tst-101": ["testinib"],
        "commonol": ["testinib"],
        "tofacitinib": ["tofacitinib"],
        "fludarabine": ["fludarabine"],
        "testaporfin": ["testaporfin"],
    }
    return {
        "drug_variant_to_canonical": variants,
        "drug_canonical_to_data": canonical,
        "drug_variant_to_variant_data": {"stromectol": {"is_brand": True}},
    }


def test_the_build_keeps_drugs_and_codes_them_as_an_annotator_would(tmp_path, build):
    wheel = _wheel(tmp_path, build, pickle.dumps(_dictionary()))
    entries = {e["code"]: e for e in build.long_tail_entries(build.read_dictionary(wheel))}
    hand_code = load_lexicon().get("payloads", "all-trans retinoic acid")
    assert hand_code is not None  # the hand lexicon lists "retinoic acid" under this code
    # a DrugBank drug under its INN, with its synonyms but not its brand
    assert entries["ivermectin"]["terms"] == ["ivermectin", "ivermectina"]
    assert entries["ivermectin"]["ontology_id"] == "MESH:D007559"
    # a MeSH heading lumps related compounds: each name is its own code
    assert entries["emtansine"]["terms"] == ["emtansine"]
    assert entries["maytansine"]["terms"] == ["maytansine"]
    # a synonym of a drug the hand lexicon knows takes the hand lexicon's code
    assert entries["all-trans retinoic acid"]["terms"] == ["tretinoin"]
    # an element, a blood product, a core material, an organism, an unregistered compound
    # and a name shared by two drugs are left out
    for left_out in ("molybdenum", "platelet lysate", "cerium dioxide", "rainbow trout"):
        assert left_out not in entries
    assert "aldicarb" not in entries
    assert entries["navitoclax"]["terms"] == ["navitoclax"]  # not "bcl-2 blocker", shared
    assert "venetoclax" not in entries  # the hand lexicon lists it
    # another common name of a drug is its own code (annotators write "rapamycin", not its
    # INN "sirolimus"); spellings of the INN and codes stay under the INN
    assert entries["testinib"]["terms"] == ["testinib", "testinibum", "tst-101"]
    assert entries["commonol"]["terms"] == ["commonol"]


def test_the_build_files_drugs_by_their_inn_stems(tmp_path, build):
    """Antineoplastics by WHO INN stem ("-tinib", "-toclax") or by name (fludarabine has no
    such stem), photosensitizers by "-porfin"; a stem's other uses (the JAK inhibitor
    tofacitinib) and other drugs keep their category."""
    wheel = _wheel(tmp_path, build, pickle.dumps(_dictionary()))
    entries = {e["code"]: e for e in build.long_tail_entries(build.read_dictionary(wheel))}
    assert entries["testinib"]["category"] == "chemo"
    assert entries["navitoclax"]["category"] == "chemo"
    assert entries["fludarabine"]["category"] == "chemo"
    assert entries["tofacitinib"]["category"] == "small_molecule"
    assert entries["ivermectin"]["category"] == "small_molecule"
    assert entries["commonol"]["category"] == "small_molecule"  # another name, no stem
    assert entries["testaporfin"]["category"] == "photosensitizer"


def test_the_shipped_long_tail_files_drugs_by_their_stems(long_tail_lines):
    categories = {entry["code"]: entry["category"] for entry in long_tail_lines}
    for code in ("alectinib", "ribociclib", "fludarabine", "ixazomib", "valrubicin"):
        assert categories[code] == "chemo", code
    for code in ("tofacitinib", "baricitinib", "aceglutamide", "ivermectin"):
        assert categories[code] != "chemo", code
    assert categories["padeliporfin"] == "photosensitizer"
    assert categories["stannsoporfin"] == "small_molecule"  # a heme oxygenase inhibitor


def test_the_build_completes_the_hand_lexicon_it_is_given(tmp_path, build):
    """A drug the given hand lexicon lacks joins the long tail (how the long tail's worth was
    measured: the hand entries of the folds' gold codes removed, the long tail rebuilt)."""
    for path in default_lexicon_dir().iterdir():
        if path.name != LONG_TAIL_FILE:
            shutil.copy(path, tmp_path / path.name)
    payloads = tmp_path / "payloads.jsonl"
    lines = payloads.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if json.loads(line)["code"] != "venetoclax"]
    assert len(kept) == len(lines) - 1
    payloads.write_text("\n".join(kept) + "\n", encoding="utf-8")
    wheel = _wheel(tmp_path, build, pickle.dumps(_dictionary()))
    entries = build.long_tail_entries(build.read_dictionary(wheel), load_lexicon(tmp_path))
    assert {"venetoclax", "navitoclax"} <= {e["code"] for e in entries}


def test_the_build_refuses_a_dictionary_that_would_run_code(tmp_path, build):
    crafted = pickle.dumps(collections.OrderedDict(a=1))  # any class beyond plain containers
    wheel = _wheel(tmp_path, build, crafted)
    with pytest.raises(pickle.UnpicklingError, match=r"refusing collections\.OrderedDict"):
        build.read_dictionary(wheel)


# --- in the pipeline ------------------------------------------------------------------------

# Registered drugs the hand lexicon does not list, loaded in the wordings of the field.
LOADED = [
    (
        "Here, ivermectin and paclitaxel were co-encapsulated into PLGA nanoparticles, which "
        "were then camouflaged with platelet membranes.",
        ["ivermectin", "paclitaxel"],
    ),
    (
        "We developed red blood cell membrane-coated liposomes co-delivering navitoclax and "
        "docetaxel for small cell lung cancer.",
        ["docetaxel", "navitoclax"],
    ),
    (
        "Fulvestrant (FUL) was encapsulated into mesoporous silica nanoparticles coated with "
        "MCF-7 cell membranes, and FUL@MSN@M inhibited tumor growth.",
        ["fulvestrant"],
    ),
    (
        "Entinostat and alpelisib were co-loaded in platelet membrane-coated nanoparticles for "
        "breast cancer therapy.",
        ["alpelisib", "entinostat"],
    ),
    (
        "We report a neutrophil membrane-camouflaged nanoplatform carrying itraconazole to "
        "inhibit the Hedgehog pathway in medulloblastoma.",
        ["itraconazole"],
    ),
    (
        "Here, tretinoin-loaded PLGA nanoparticles were coated with red blood cell membranes "
        "for leukemia therapy.",
        ["all-trans retinoic acid"],
    ),
    (
        "Here, mycophenolic acid, a clinically approved immunosuppressant, was loaded into "
        "platelet membrane-coated liposomes.",
        ["mycophenolic acid"],
    ),
    (
        "Here, liposomes encapsulating emtansine were fused with macrophage membranes.",
        ["emtansine"],
    ),
]


def _extract(nlp, text: str):
    ((_, result),) = list(extract_articles(nlp, [Article(pmid="1", title="", abstract=text)]))
    return result


@pytest.mark.parametrize(("sentence", "payloads"), LOADED)
def test_a_loaded_drug_of_the_long_tail_is_a_payload(nlp, sentence, payloads):
    assert sorted(_extract(nlp, sentence).labels["payloads"]) == payloads


def test_a_long_tail_payload_carries_its_registry_id(nlp):
    result = _extract(nlp, LOADED[0][0])
    (mention,) = [m for m in result.mentions if m["value"] == "ivermectin"]
    assert mention["ontology_id"].startswith(("MESH:", "DRUGBANK:"))
    assert mention["text"] == "ivermectin"
    assert mention["rule"] == "coordinated"  # its loading cue follows the second member


OWN_WORK = "Here, PLGA nanoparticles loaded with paclitaxel were coated with platelet membranes."


@pytest.mark.parametrize(
    "sentence",
    [
        "Cells were pretreated with nocodazole to block microtubule-dependent uptake.",
        "Mice were anesthetized with isoflurane before imaging.",
        "The loaded nanoparticles generated hydroxyl radicals and singlet oxygen.",
        "The nanoparticles were compared with free mebendazole.",
        "Fulvestrant is a standard endocrine therapy for breast cancer.",
        "Cell viability was measured after incubation with mebendazole for 24 h.",
    ],
)
def test_a_registered_drug_the_carrier_does_not_load_is_not_a_payload(nlp, sentence):
    assert _extract(nlp, f"{OWN_WORK} {sentence}").labels["payloads"] == ["paclitaxel"]
