"""Meaning-preserving rewrites of abstracts do not change the labels.

Authors write the same thing many ways ("membrane-coated" / "-camouflaged" / "-cloaked",
"tumor" / "tumour", "loaded with" / "encapsulating"); a rule that holds on one wording and
not on its synonym is keyed to the corpus, not to the language. Runs on the relevant records
of folds 1-4 (needs ../shared; fold 0 stays unread) and on the abstracts written for the
wording tests (tests/fixtures/labelled_abstracts.jsonl).
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from extract.evaluation import fold_of
from extract.extraction import extract_articles
from extract.guide_jsonl import article_from_guide
from extract.nlp.lexicon import ENTITY_FIELDS
from extract.records import Article

REWRITES = {
    "membrane-coated as camouflaged": (r"membrane[- ]coated", "membrane-camouflaged"),
    "membrane-coated as cloaked": (r"membrane[- ]coated", "membrane-cloaked"),
    "membrane-coated as wrapped": (r"membrane[- ]coated", "membrane-wrapped"),
    "membrane-coated as enveloped": (r"membrane[- ]coated", "membrane-enveloped"),
    "nanoparticles as NPs": (r"\bnanoparticles\b", "NPs"),
    "tumor as tumour": (r"\btumor", "tumour"),
    "cancer cell as tumor cell": (r"\bcancer cell", "tumor cell"),
    "mice as rats": (r"\bmice\b", "rats"),
    "Here we as In this work we": (r"\bHere(?:in)?, we\b", "In this work, we"),
    "loaded with as encapsulating": (r"\bloaded with\b", "encapsulating"),
    "-loaded as -encapsulated": (r"-loaded\b", "-encapsulated"),
    "red blood cell as erythrocyte": (r"\bred blood cell", "erythrocyte"),
    "membrane-coated as decorated": (r"membrane[- ]coated", "membrane-decorated"),
    "membrane-coated as disguised": (r"membrane[- ]coated", "membrane-disguised"),
    "membrane-coated as functionalized": (r"membrane[- ]coated", "membrane-functionalized"),
    "nanoparticles as nanocarriers": (r"\bnanoparticles\b", "nanocarriers"),
    "nanoparticles as nanoplatforms": (r"\bnanoparticles\b", "nanoplatforms"),
    "mice as BALB/c mice": (r"\bmice\b", "BALB/c mice"),
    "in vivo as in animals": (r"\bin vivo\b", "in animals"),
    "therapy as treatment": (r"(photothermal|photodynamic) therapy", r"\1 treatment"),
    "near-infrared as NIR": (r"near-infrared", "NIR"),
    "PD-L1 as PDL1": (r"PD-L1", "PDL1"),
    "hyphen as U+2010": (r"-", "\u2010"),
    "hyphen between words as en dash": (r"(?<=\w)-(?=\w)", "\u2013"),
    "membrane-coated as membrane coated": (r"membrane-coated", "membrane coated"),
    "nanoparticles as nanoparticle": (r"nanoparticles", "nanoparticle"),
    "double spaces": (r" ", "  "),
    "immunotherapy as immune therapy": (r"immunotherapy", "immune therapy"),
    "photodynamic therapy as PDT": (r"photodynamic therapy(?: \(PDT\))?", "PDT"),
    "photothermal therapy as PTT": (r"photothermal therapy(?: \(PTT\))?", "PTT"),
    "tumor-bearing mice as mice bearing tumors": (r"tumou?r-bearing mice", "mice bearing tumors"),
    "inhibited as suppressed": (r"\binhibited\b", "suppressed"),
    "In vivo as In animal models": (r"\bIn vivo\b", "In animal models"),
    "doxorubicin as DOX": (r"\bdoxorubicin\b(?: \(DOX\))?", "DOX"),
    "paclitaxel as PTX": (r"\bpaclitaxel\b(?: \(PTX\))?", "PTX"),
    "loaded with as carrying": (r"\bloaded with\b", "carrying"),
    "cells as cell line": (r"(?<=[0-9]) cells\b", " cell line"),
    "coated with as cloaked with": ("\\bcoated with\\b", "cloaked with"),
    "coated with as camouflaged with": ("\\bcoated with\\b", "camouflaged with"),
    "coated with as wrapped with": ("\\bcoated with\\b", "wrapped with"),
    "Here, we as In the present study, we": ("\\bHere(?:in)?, we\\b", "In the present study, we"),
    "Here, we as Herein, we": ("\\bHere, we\\b", "Herein, we"),
    "mice as nude mice": ("(?<!nude )\\bmice\\b", "nude mice"),
    "in mice as in a murine model": ("\\bin mice\\b", "in a murine model"),
    "photothermal as photo-thermal": ("\\bphotothermal\\b", "photo-thermal"),
    "doxorubicin as doxorubicin hydrochloride": (
        "\\bdoxorubicin\\b(?! hydrochloride)",
        "doxorubicin hydrochloride",
    ),
    "functionalized as functionalised": ("functionaliz", "functionalis"),
    "tumor growth as tumor progression": ("\\btumou?r growth\\b", "tumor progression"),
    "membranes as membrane": ("\\bmembranes\\b", "membrane"),
    "cells as cell": ("(?<=[A-Za-z]) cell membranes\\b", " cell membrane"),
    "loaded as laden": ("-loaded\\b", "-laden"),
    "nanoparticles as nanosystems": ("\\bnanoparticles\\b", "nanosystems"),
    "nanoparticles as nanoformulations": ("\\bnanoparticles\\b", "nanoformulations"),
    "mice as mouse models": ("\\bmice\\b", "mouse models"),
    "irradiation as illumination": ("\\birradiation\\b", "illumination"),
    "laser as NIR laser": ("(?<!NIR )\\blaser\\b", "NIR laser"),
    "were as was": ("\\bwere coated\\b", "was coated"),
    "significantly inserted": ("\\b(inhibited|suppressed)\\b", "significantly \\1"),
    "cancer as carcinoma": ("\\bcancer cells\\b", "carcinoma cells"),
    "mesoporous silica as MSN": ("\\bmesoporous silica nanoparticles\\b(?: \\(MSNs?\\))?", "MSNs"),
    "membrane-coated as membrane-biomimetic": (r"membrane[- ]coated", "membrane-biomimetic"),
    "showed as exhibited": (r"\bshowed\b", "exhibited"),
    "nanoparticles as nanovehicles": (r"\bnanoparticles\b", "nanovehicles"),
    "nanoparticles as nanocomposites": (r"\bnanoparticles\b", "nanocomposites"),
    "nanoparticles as nanospheres": (r"\bnanoparticles\b", "nanospheres"),
    "loaded with as containing": (r"\bloaded with\b", "containing"),
    "coated with as covered with": (r"\bcoated with\b", "covered with"),
    "mice as animals": (r"\bmice\b", "animals"),
    "tumors as tumor tissues": (r"\btumors\b", "tumor tissues"),
    "nanoparticles as nanoparticles (NPs)": (r"\bnanoparticles\b(?! \()", "nanoparticles (NPs)"),
    # non-native spellings: hyphenated nano-words and Latin phrases, a hyphenated cell type
    "nanoparticles as nano-carriers": (r"\bnanoparticles\b", "nano-carriers"),
    "in vivo as in-vivo": (r"\bin vivo\b", "in-vivo"),
    "cancer cell membrane as tumor-cell membrane": (
        r"\bcancer cell membrane",
        "tumor-cell membrane",
    ),
    "loaded with as entrapping": (r"\bloaded with\b", "entrapping"),
    "photosensitizer as photosensitiser": (r"photosensitiz", "photosensitis"),
    "coated with as cloaked in": (r"\bcoated with\b", "cloaked in"),
    "808 nm as 808-nm": (r"\b(\d{3}) nm\b", r"\1-nm"),
    # British spellings of every -ize and -yze word ("neutralised", "repolarising", "analysed")
    "-ize as -ise": (r"(?<=[a-z]{3})iz(e|es|ed|ing|ations?|ers?)\b", r"is\1"),
    "-yze as -yse": (r"(?<=[a-z]{2})yz(e|ed|ing|ers?)\b", r"ys\1"),
    "X membrane-coated NPs as NPs coated with X membranes": (
        r"(?<![Cc]ancer )\b(red blood cell|platelet|macrophage|cancer cell|RBC|neutrophil|"
        r"stem cell|tumor cell) "
        r"membrane-coated ((?:[A-Za-z0-9-]+ )?(?:nanoparticles|NPs|liposomes|nanocarriers))",
        r"\2 coated with \1 membranes",
    ),
    # web pages put soft hyphens and zero-width spaces inside long words ("doxo\u00adrubicin")
    "soft hyphens inside words": (r"([a-z]{5})(?=[a-z]{5})", "\\1\u00ad"),
    "zero-width spaces inside words": (r"([a-z]{5})(?=[a-z]{5})", "\\1\u200b"),
    # PubMed's older records bracket a formula's subscripts and charges ("Fe(3)O(4)")
    "subscripts in brackets": (
        r"\b(?:Fe3O4|Fe2O3|MnO2|H2O2|CaCO3|SiO2|TiO2|CeO2|MoS2|Bi2S3|Bi2Se3|Cu2O|CuO2|"
        r"Ti3C2|Gd2O3|CO2|O2|Mn2\+|Cu2\+|Fe3\+|Ca2\+)(?![\w+])",
        lambda match: re.sub(r"(\d\+?)", r"(\1)", match.group()),
    ),
    # text copied from web pages loses the space after a period ("growth.The", "cells.RBC")
    "space after a period lost": (
        r"(?<=[A-Za-z0-9)]{2}\.) (?=[A-Z][a-z]+\b|[A-Z]{3,}[a-z]*\b|A\b)",
        "",
    ),
}
COMPARED = (*ENTITY_FIELDS, "in_vivo", "study_type")


WRITTEN_ABSTRACTS = Path(__file__).parents[1] / "fixtures" / "labelled_abstracts.jsonl"


@pytest.fixture(scope="module")
def articles(shared_dir):
    path = shared_dir / "corpus" / "dev.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [
        article_from_guide(r)
        for r in records
        if fold_of(r["doc_id"]) != 0 and r["labels"]["relevant"]
    ]


@pytest.fixture(scope="module")
def labels(nlp, articles):
    return {a.doc_id: e.labels for a, e in extract_articles(nlp, articles)}


@pytest.fixture(scope="module")
def written_articles():
    cases = map(json.loads, WRITTEN_ABSTRACTS.read_text(encoding="utf-8").splitlines())
    return [
        Article(pmid=str(number), title=case["title"], abstract=case["abstract"])
        for number, case in enumerate(cases, start=1)
    ]


@pytest.fixture(scope="module")
def written_labels(nlp, written_articles):
    return {a.doc_id: e.labels for a, e in extract_articles(nlp, written_articles)}


@pytest.fixture(scope="module")
def in_vitro_articles(written_articles, written_labels):
    return [a for a in written_articles if written_labels[a.doc_id]["in_vivo"] is False]


@pytest.mark.shared
@pytest.mark.parametrize("rewrite", REWRITES, ids=list(REWRITES))
def test_a_synonymous_wording_keeps_every_label(nlp, articles, labels, rewrite):
    pattern, _ = REWRITES[rewrite]
    if not any(re.search(pattern, a.title + a.abstract) for a in articles):
        pytest.skip("the dev records never use this wording")
    assert _labels_changed_by(nlp, articles, labels, rewrite) == []


@pytest.mark.parametrize("rewrite", REWRITES, ids=list(REWRITES))
def test_a_synonymous_wording_keeps_every_label_of_a_written_abstract(
    nlp, written_articles, written_labels, rewrite
):
    pattern, _ = REWRITES[rewrite]
    if not any(re.search(pattern, a.title + a.abstract) for a in written_articles):
        pytest.skip("the written abstracts never use this wording")
    assert _labels_changed_by(nlp, written_articles, written_labels, rewrite) == []


def _labels_changed_by(nlp, articles, labels, rewrite):
    pattern, replacement = REWRITES[rewrite]
    rewritten = []
    for article in articles:
        title = re.sub(pattern, replacement, article.title)
        abstract = re.sub(pattern, replacement, article.abstract)
        if (title, abstract) != (article.title, article.abstract):
            rewritten.append(dataclasses.replace(article, title=title, abstract=abstract))
    assert rewritten, "the rewrite should apply somewhere"
    return _labels_changed(nlp, rewritten, labels)


def _labels_changed(nlp, rewritten, labels):
    """(doc_id, field, label before, label after) for each compared label a rewrite changed."""
    return [
        (article.doc_id, name, labels[article.doc_id][name], result.labels[name])
        for article, result in extract_articles(nlp, rewritten)
        for name in COMPARED
        if result.labels[name] != labels[article.doc_id][name]
    ]


_MINOR_WORDS = frozenset("a an the and or of in on for to with by via as at from into".split())


def title_case(title: str) -> str:
    """ "Red Blood Cell Membrane-Coated Nanoparticles for Photothermal Therapy": many journals'
    house style. Each part of a hyphenated word is capitalized; Greek letters are kept."""

    def capital(part: str) -> str:
        return part[:1].upper() + part[1:] if part[:1].isascii() else part

    words = title.split(" ")
    return " ".join(
        word
        if position and word.lower() in _MINOR_WORDS
        else "-".join(map(capital, word.split("-")))
        for position, word in enumerate(words)
    )


def test_title_case_capitalizes_words_not_minor_ones_or_greek_letters():
    assert title_case("α-PD-L1-loaded platelet membrane-coated nanoparticles for melanoma") == (
        "α-PD-L1-Loaded Platelet Membrane-Coated Nanoparticles for Melanoma"
    )


@pytest.mark.shared
def test_a_title_in_title_case_keeps_every_label(nlp, articles, labels):
    assert _labels_changed_by_title_case(nlp, articles, labels) == []


def test_a_title_in_title_case_keeps_every_label_of_a_written_abstract(
    nlp, written_articles, written_labels
):
    assert _labels_changed_by_title_case(nlp, written_articles, written_labels) == []


def _labels_changed_by_title_case(nlp, articles, labels):
    retitled = [
        dataclasses.replace(article, title=title_case(article.title)) for article in articles
    ]
    rewritten = [new for new, old in zip(retitled, articles, strict=True) if new.title != old.title]
    assert len(rewritten) > len(articles) / 3
    return _labels_changed(nlp, rewritten, labels)


# A sentence of the field's background before an abstract names drugs, cells and carriers that
# the paper does not use: it must not become the paper's payload, donor or core.
BACKGROUND_OPENINGS = {
    "drugs": "Conventional chemotherapeutics such as cisplatin and 5-fluorouracil cause severe "
    "side effects.",
    "cells": "Macrophages and neutrophils of the mononuclear phagocyte system clear most "
    "nanoparticles.",
    "cores": "Gold nanoparticles, liposomes and polymeric micelles have been widely studied as "
    "drug carriers.",
}


@pytest.mark.parametrize("opening", BACKGROUND_OPENINGS, ids=list(BACKGROUND_OPENINGS))
def test_a_background_opening_adds_no_payload_donor_or_core(
    nlp, written_articles, written_labels, opening
):
    sentence = BACKGROUND_OPENINGS[opening]
    prefixed = [
        dataclasses.replace(article, abstract=f"{sentence} {article.abstract}")
        for article in written_articles
        if article.abstract  # (a title alone, then the background sentence, has no own work)
    ]
    changed = [
        (article.doc_id, name, written_labels[article.doc_id][name], result.labels[name])
        for article, result in extract_articles(nlp, prefixed)
        for name in ("payloads", "membrane_sources", "cores")
        if result.labels[name] != written_labels[article.doc_id][name]
    ]
    assert changed == []


def test_a_background_opening_adds_no_cancer_to_an_original_paper_that_names_one(
    nlp, written_articles, written_labels
):
    sentence = (
        "Arsenic trioxide is effective against leukemia and lymphoma, but its side effects "
        "limit its use."
    )
    studied = [
        dataclasses.replace(article, abstract=f"{sentence} {article.abstract}")
        for article in written_articles
        if article.abstract
        and written_labels[article.doc_id]["study_type"] == "original"
        and set(written_labels[article.doc_id]["cancer_types"]) - {"leukemia", "lymphoma"}
    ]
    assert len(studied) > 200
    changed = [
        (
            article.doc_id,
            written_labels[article.doc_id]["cancer_types"],
            result.labels["cancer_types"],
        )
        for article, result in extract_articles(nlp, studied)
        if result.labels["cancer_types"] != written_labels[article.doc_id]["cancer_types"]
    ]
    assert changed == []


# A closing sentence about animal work not done, hoped for or unknown reports no animal work.
CLOSING_PROSPECTS = (
    "However, the long-term toxicity of the nanoparticles remains to be studied in vivo.",
    "The in vivo fate of the membrane proteins is still unknown.",
    "Animal studies are needed to confirm these findings.",
    "This platform holds promise for in vivo tumor targeting.",
    "Such particles could be used in tumor-bearing animals in the future.",
    "Whether the coating survives in the bloodstream of mice was not examined.",
    "Animal studies will determine whether this advantage holds in vivo.",
)


def _in_vivo_when_closed_by(nlp, articles, closing):
    """Each article's ``in_vivo`` label with ``closing`` added as its last sentence."""
    extended = [dataclasses.replace(a, abstract=f"{a.abstract} {closing}") for a in articles]
    return {a.doc_id: e.labels["in_vivo"] for a, e in extract_articles(nlp, extended)}


@pytest.mark.parametrize("closing", CLOSING_PROSPECTS)
def test_a_closing_prospect_adds_no_animal_work(nlp, in_vitro_articles, closing):
    assert len(in_vitro_articles) > 30
    labels = _in_vivo_when_closed_by(nlp, in_vitro_articles, closing)
    assert [doc_id for doc_id, in_vivo in labels.items() if in_vivo] == []


# Text a page copies around an abstract is no part of it: an author keyword list after it
# (the guide's rule), a heading before it, an indented line.
COPIED_AROUND = {
    "keywords after": (
        "",
        " Keywords: cell membrane; biomimetic nanoparticles; doxorubicin; photothermal therapy; "
        "breast cancer; immunotherapy; 4T1.",
    ),
    "KEYWORDS line": (
        "",
        "\nKEYWORDS: Cancer cell membrane; Drug delivery; Macrophages; Melanoma; Chemotherapy",
    ),
    "Key words block": ("", "\n\nKey words\nplatelet membrane, paclitaxel, glioma, mice"),
    "Abstract: heading": ("Abstract: ", ""),
    "ABSTRACT line": ("ABSTRACT\n", ""),
    "Summary. heading": ("Summary. ", ""),
    "indented heading": ("  Abstract\n   ", ""),
}


@pytest.mark.parametrize("copied", COPIED_AROUND, ids=list(COPIED_AROUND))
def test_text_copied_around_an_abstract_changes_no_label(
    nlp, written_articles, written_labels, copied
):
    before, after = COPIED_AROUND[copied]
    framed = [
        dataclasses.replace(article, abstract=before + article.abstract + after)
        for article in written_articles
        if article.abstract
    ]
    assert _labels_changed(nlp, framed, written_labels) == []


# Animals as the source of blood or cells, named mid-abstract, report no animal experiment.
ANIMAL_SOURCES = (
    "Fresh whole blood was collected from the orbital sinus of the mice.",
    "Red blood cells were isolated from the blood of BALB/c mice.",
    "Bone marrow cells were flushed from the femurs of C57BL/6 mice.",
    "Platelets were obtained from the whole blood of healthy rats.",
)


@pytest.mark.parametrize("sentence", ANIMAL_SOURCES)
def test_an_animal_source_of_cells_is_no_animal_work(
    nlp, in_vitro_articles, written_labels, sentence
):
    changed = _changed_by_inserting(nlp, in_vitro_articles, written_labels, sentence, ("in_vivo",))
    assert changed == []


def test_the_authors_earlier_coating_is_no_donor_of_an_original_paper(
    nlp, written_articles, written_labels
):
    sentence = "We previously reported platelet membrane-coated nanoparticles for atherosclerosis."
    originals = [
        a
        for a in written_articles
        if written_labels[a.doc_id]["study_type"] == "original"
        and written_labels[a.doc_id]["membrane_sources"]
    ]
    changed = _changed_by_inserting(
        nlp, originals, written_labels, sentence, ("membrane_sources", "hybrid_membrane")
    )
    assert len(originals) > 200
    assert changed == []


# ...and a result of animal work, added to an in-vitro abstract, makes it in vivo.
ANIMAL_RESULTS = (
    "In tumor-bearing mice, the particles inhibited tumor growth by 70%.",
    "After intravenous injection, the particles accumulated in tumors.",
    "The particles caused no damage to major organs.",
    "Rats given the particles showed no weight loss.",
    "Pharmacokinetic parameters were determined after a single dose.",
)


@pytest.mark.parametrize("result", ANIMAL_RESULTS)
def test_an_animal_result_makes_an_in_vitro_abstract_in_vivo(nlp, in_vitro_articles, result):
    labels = _in_vivo_when_closed_by(nlp, in_vitro_articles, result)
    assert [doc_id for doc_id, in_vivo in labels.items() if not in_vivo] == []


# A sentence of methods (reagents, assays, sizing, controls) inserted mid-abstract names agents
# and cells the carrier does not deliver and no therapy.
METHOD_SENTENCES = (
    "Cells were pretreated with chlorpromazine, genistein or amiloride to study endocytosis.",
    "Cisplatin was used as a positive control.",
    "Verapamil, a P-gp inhibitor, was added to some wells.",
    "Mice were anesthetized with pentobarbital before imaging.",
    "Tumor cells were transfected with a luciferase plasmid before inoculation.",
    "Cells treated with free paclitaxel served as a reference.",
    "Lipopolysaccharide was used to activate macrophages before membrane extraction.",
    "The membranes were labeled with DiO and the cores with DiI.",
    "Particle size was measured by dynamic light scattering.",
    "Neutrophils migrate toward inflamed tissue by chemotaxis along chemokine gradients.",
    "The coated particles were stable at room temperature for 7 days.",
    "Fluorescence imaging showed uptake of the particles by the cells.",
    "Tumor volume was monitored by magnetic resonance imaging.",
    "Confocal laser scanning microscopy confirmed the co-localization of core and membrane.",
    "Bioluminescence imaging was used to follow metastasis.",
    "Serum cytokines such as IL-6 and TNF-alpha were measured.",
    "Glucose consumption by the cells was measured.",
    "The particles were labeled with the near-infrared dye DiR for in vivo imaging.",
    "Reactive oxygen species were detected with the DCFH-DA probe.",
    "Near-infrared fluorescence imaging showed the particles in the tumor after 24 h.",
    "SPECT imaging showed that the particles accumulated in the tumor.",
)


def _with_last_sentence(abstract: str, sentence: str) -> str:
    """The abstract's own last sentence: before a statement of significance appended to it
    (which names no new values, by design)."""
    label = abstract.find("STATEMENT OF SIGNIFICANCE")
    if label < 0:
        return f"{abstract} {sentence}"
    return f"{abstract[:label]}{sentence} {abstract[label:]}"


def _with_sentence_in_the_middle(abstract: str, sentence: str) -> str:
    parts = abstract.split(". ")
    middle = len(parts) // 2
    return ". ".join([*parts[:middle], sentence.rstrip("."), *parts[middle:]])


def _changed_by_inserting(nlp, articles, labels, sentence, fields):
    """The labels of ``fields`` that a sentence inserted mid-abstract changes."""
    extended = [
        dataclasses.replace(a, abstract=_with_sentence_in_the_middle(a.abstract, sentence))
        for a in articles
        if ". " in a.abstract
    ]
    return [
        (a.doc_id, name, labels[a.doc_id][name], e.labels[name])
        for a, e in extract_articles(nlp, extended)
        for name in fields
        if e.labels[name] != labels[a.doc_id][name]
    ]


# Cells and vesicles named as targets, bystanders or products mid-abstract are no donor.
CELLS_NOT_DONORS = (
    "Uptake by RAW264.7 macrophages was reduced by 60%.",
    "The particles were co-cultured with activated T cells and dendritic cells.",
    "Platelet aggregation was not induced by the particles.",
    "Red blood cells remained intact in the hemolysis assay.",
    "Neutrophils and monocytes infiltrated the tumors after treatment.",
    "The particles killed MCF-7 cells but spared MCF-10A cells.",
    "Cancer-associated fibroblasts in the stroma were depleted.",
    "Exosomes released by the treated tumor cells carried less PD-L1.",
    "The membrane integrity of 4T1 cells was disrupted by the released drug.",
)


# Materials the lab uses (grids, columns, standards) or measures are no core.
LAB_MATERIALS = (
    "Compared with PEGylated liposomes, the coated particles circulated longer.",
    "Commercial gold nanoparticles served as a size standard.",
    "Samples were negatively stained on carbon-coated copper grids for TEM.",
    "The particles were purified on a silica gel column.",
    "Iron levels were measured by ICP-MS.",
    "Albumin adsorption on the particles was reduced.",
    "Polystyrene beads of known size were used to calibrate the flow cytometer.",
)


# ...while a drug the paper says its particles carry is a payload however it is said.
CARRIED_AFTERWARDS = (
    "The particles additionally carried olaparib.",
    "Olaparib-containing particles were also prepared.",
    "Olaparib was physically adsorbed onto the core before coating.",
    "The particles were further loaded with the PARP inhibitor olaparib.",
)


@pytest.mark.parametrize("sentence", CARRIED_AFTERWARDS)
def test_a_drug_said_to_be_carried_is_a_payload(nlp, written_articles, written_labels, sentence):
    originals = [
        a for a in written_articles if written_labels[a.doc_id]["study_type"] == "original"
    ]
    extended = [
        dataclasses.replace(a, abstract=_with_last_sentence(a.abstract, sentence))
        for a in originals
    ]
    missed = [
        a.doc_id
        for a, e in extract_articles(nlp, extended)
        if "olaparib" not in e.labels["payloads"]
    ]
    assert missed == []


# A drug the paper compares its carrier with, or tests its cells against, is no payload.
COMPARATOR_SENTENCES = (
    "Compared with free cisplatin, the particles were more effective.",
    "The IC50 of free gemcitabine was 2 µg/mL.",
    "Abraxane and Doxil were included as clinical benchmarks.",
    "The efficacy exceeded that of oxaliplatin given intraperitoneally.",
    "Mice in the control groups received saline or free irinotecan.",
    "Unlike sorafenib, the particles did not cause weight loss.",
    "Tumor cells resistant to docetaxel were also killed.",
    "We co-administered combretastatin A4 phosphate (CA4P) with the particles.",
    "The particles improved the penetration of subsequently injected gemcitabine.",
    "No cisplatin-induced nephrotoxicity was seen in the combination group.",
    "Treatment lowered miR-21 and miR-155 levels in the tumors.",
    "Mice were fed a diet containing 0.1% doxycycline to induce tumors.",
    "Bacteria in the tumor microenvironment degrade gemcitabine.",
)


# Each table above, inserted mid-abstract, leaves the labels it is about as they were.
KEPT_WHEN_INSERTED = [
    *[(sentence, ("payloads", "modalities")) for sentence in METHOD_SENTENCES],
    *[(sentence, ("membrane_sources",)) for sentence in CELLS_NOT_DONORS],
    *[(sentence, ("cores",)) for sentence in LAB_MATERIALS],
    *[(sentence, ("payloads",)) for sentence in COMPARATOR_SENTENCES],
]


@pytest.mark.parametrize(
    ("sentence", "fields"), KEPT_WHEN_INSERTED, ids=[s for s, _ in KEPT_WHEN_INSERTED]
)
def test_an_inserted_method_target_material_or_comparator_changes_no_label_of_its_kind(
    nlp, written_articles, written_labels, sentence, fields
):
    assert _changed_by_inserting(nlp, written_articles, written_labels, sentence, fields) == []
