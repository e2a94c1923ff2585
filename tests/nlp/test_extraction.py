"""Role decisions on hand-written abstracts, one behaviour per test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.extraction import extract_articles
from extract.records import Article


def extract(nlp, abstract: str, title: str = "", **kw):
    article = Article(pmid="1", title=title, abstract=abstract, **kw)
    ((_, result),) = list(extract_articles(nlp, [article]))
    return result


def test_membrane_source_needs_a_coating_context(nlp):
    result = extract(
        nlp,
        "Red blood cell membrane-coated PLGA nanoparticles loaded with doxorubicin were "
        "injected into 4T1 tumor-bearing mice. They were taken up by cancer cells.",
    )
    labels = result.labels
    assert labels["membrane_sources"] == ["erythrocyte"]  # cancer cells are the target only
    assert labels["cores"] == ["plga"]
    assert labels["payloads"] == ["doxorubicin"]
    assert "chemotherapy" in labels["modalities"]
    assert labels["cancer_types"] == ["breast"]
    assert labels["cell_lines"] == ["4T1"]
    assert labels["in_vivo"] is True


def test_cell_line_as_membrane_donor(nlp):
    result = extract(nlp, "Nanoparticles were camouflaged with 4T1 cell membranes (CM).")
    assert result.labels["membrane_sources"] == ["cancer_cell"]


def test_defined_abbreviation_resolves_throughout(nlp):
    result = extract(
        nlp,
        "We isolated the cancer cell membrane (CCM). Then CCM was fused onto gold nanocages "
        "carrying chlorin e6 (Ce6). Ce6 produced singlet oxygen under light.",
    )
    labels = result.labels
    assert labels["membrane_sources"] == ["cancer_cell"]
    assert "chlorin e6" in labels["payloads"]
    assert "photodynamic_therapy" in labels["modalities"]
    ce6 = [m for m in result.mentions if m["value"] == "chlorin e6"]
    assert {m["rule"] for m in ce6} == {"drug-mention"}
    assert len(ce6) == 3


# One field decided by one wording: the case's comment says which.
@pytest.mark.parametrize(
    ("abstract", "field", "expected"),
    [
        (
            "Platelet membrane-coated silica nanoparticles delivered paclitaxel. Compared with "
            "free DOX, the particles were better tolerated.",
            "payloads",
            ["paclitaxel"],
        ),
        # a comparison in the clause before does not reach past its period (the sentence
        # splitter keeps a lower-case start in the sentence before)
        (
            "Here, RBC membrane-coated silica nanoparticles were made. Uptake was lower than that "
            "of bare MSNs. iRGD-RBC-(DOX/MSNs) escaped phagocytosis.",
            "payloads",
            ["doxorubicin"],
        ),
        # drugs named only after "superior to" are comparators
        (
            "Here, RBC membrane-coated silica nanoparticles were made. Their efficacy was superior "
            "to that of Taxol and Abraxane.",
            "payloads",
            [],
        ),
        # a line name the text defines as something else is no line there
        (
            "Coumarin 6 (C6) was loaded into RBC membrane-coated PLGA nanoparticles to follow "
            "their uptake by 4T1 cells; C6 fluorescence rose within 2 h.",
            "cell_lines",
            ["4T1"],
        ),
        (
            "Fe3O4 nanoparticles loaded with sulfasalazine (SAS) were cloaked in platelet "
            "membranes; SAS cells were not used.",
            "cell_lines",
            [],
        ),
        # a negated modality phrase is none; "not only X but also Y" keeps both
        (
            "Erythrocyte membrane-coated PLGA nanoparticles loaded with doxorubicin inhibited "
            "4T1 tumors in mice and did not elicit an antitumor immune response.",
            "modalities",
            ["chemotherapy"],
        ),
        (
            "Erythrocyte membrane-coated PLGA nanoparticles enabled not only photothermal "
            "therapy but also immunotherapy of 4T1 tumors in mice under 808 nm laser.",
            "modalities",
            ["immunotherapy", "photothermal_therapy"],
        ),
    ],
)
def test_a_wording_decides_one_field(nlp, abstract, field, expected):
    assert extract(nlp, abstract).labels[field] == expected


def test_hybrid_membrane(nlp):
    result = extract(
        nlp,
        "A hybrid membrane fused from red blood cell and platelet membranes coated Fe3O4 cores.",
    )
    assert result.labels["membrane_sources"] == ["erythrocyte", "platelet"]
    assert result.labels["hybrid_membrane"] is True
    assert result.evidence["hybrid_membrane"]["true"].lower().startswith("hybrid")


def test_two_sources_without_fusion_are_not_a_hybrid(nlp):
    result = extract(
        nlp,
        "Red blood cell membrane-coated and platelet membrane-coated particles were compared.",
    )
    assert result.labels["hybrid_membrane"] is False


def test_laser_makes_a_photothermal_dye_imply_photothermal_therapy(nlp):
    with_laser = extract(
        nlp, "Macrophage membrane-cloaked liposomes carried IR780 under 808 nm laser."
    )
    without = extract(nlp, "Macrophage membrane-cloaked liposomes carried IR780 for tracking.")
    assert "photothermal_therapy" in with_laser.labels["modalities"]
    assert "photothermal_therapy" not in without.labels["modalities"]


def test_sirna_implies_gene_therapy(nlp):
    result = extract(
        nlp, "Neutrophil membrane-coated nanoparticles delivered KRAS siRNA to tumors."
    )
    assert result.labels["payloads"] == ["sirna"]
    assert "gene_therapy" in result.labels["modalities"]


def test_review_has_no_in_vivo_and_is_recognised(nlp):
    result = extract(
        nlp,
        "Cell membrane-coated nanoparticles are promising. In this review, we summarize recent "
        "advances in erythrocyte membrane-camouflaged carriers for cancer therapy.",
    )
    assert result.labels["study_type"] == "review"
    assert result.labels["in_vivo"] is None
    assert result.labels["membrane_sources"] == ["erythrocyte"]


def test_in_vitro_only_study(nlp):
    result = extract(
        nlp,
        "Leukocyte membrane-coated silica particles were incubated with HeLa cells in vitro and "
        "reduced their viability.",
    )
    assert result.labels["in_vivo"] is False
    assert result.labels["cancer_types"] == ["cervical"]


def test_off_topic_record_keeps_entities_but_is_not_relevant(nlp):
    result = extract(nlp, "Liposomes loaded with doxorubicin were characterised by DLS.")
    assert result.labels["relevant"] is False
    assert result.labels["membrane_sources"] == []
    assert result.labels["cores"] == ["liposome"]
    assert result.labels["payloads"] == ["doxorubicin"]


def test_target_cells_after_to_are_not_sources_even_in_reviews(nlp):
    result = extract(
        nlp,
        "In this review we discuss platelet membrane camouflage that delivers drugs to "
        "tumor cells.",
    )
    assert result.labels["membrane_sources"] == ["platelet"]


def test_quantum_dot_qualified_by_another_core_is_not_a_quantum_dot(nlp):
    result = extract(nlp, "Black phosphorus quantum dots were coated with cancer cell membranes.")
    assert result.labels["cores"] == ["black_phosphorus"]


def test_evidence_offsets_point_into_the_original_sections(nlp):
    title = "Erythrocyte‐membrane‐camouflaged Fe₃O₄ nanoparticles"
    abstract = "We coated Fe₃O₄ with red blood cell (RBC) membranes.\nRBC‐coated particles…"
    result = extract(nlp, abstract, title=title)
    assert result.mentions
    for m in result.mentions:
        section = title if m["section"] == "title" else abstract
        assert section[m["start"] : m["end"]] == m["text"]
        assert m["text"] in m["sentence"]
    assert result.labels["cores"] == ["iron_oxide"]


@pytest.mark.parametrize(
    ("abstract", "warning"),
    [
        ("", "no abstract"),
        ("这是一个关于纳米颗粒的中文摘要，没有英文内容。" * 3, "not English"),
        ("Red blood cell membrane-coated PLGA. " * 3000, "unusually long"),
    ],
)
def test_bad_input_gives_warnings_not_crashes(nlp, abstract, warning):
    result = extract(nlp, abstract, title="Membrane-coated nanoparticles")
    assert any(warning in w for w in result.warnings)


@pytest.mark.parametrize(
    ("abstract", "foreign"),
    [
        ("Наночастицы, покрытые мембранами эритроцитов, доставляли доксорубицин в опухоль.", True),
        # the micro sign (U+00B5) and Greek letters are no foreign script in an English text
        ("µµ PLGA NPs (µg µM µm) released DOX; α-tocopherol, β-catenin and µ-opioid. " * 2, False),
        ("5 µg/µL; 10 µg/µL", False),  # a terse dose line: half its letters are micro signs
        ("Ångström-scale café naïve façade: French accents are Latin letters.", False),
    ],
)
def test_only_a_foreign_script_warns_of_another_language(nlp, abstract, foreign):
    result = extract(nlp, abstract)
    assert any("not English" in w for w in result.warnings) is foreign


def test_odd_unicode_keeps_offsets(nlp):
    abstract = "Red\u00a0blood\u200bcell membrane\u2010coated ＰＬＧＡ carried doxorubicin\u0301."
    result = extract(nlp, abstract)
    for m in result.mentions:
        assert abstract[m["start"] : m["end"]] == m["text"]


def test_a_cell_line_label_is_typeset_plainly_and_its_evidence_exactly(nlp):
    # Wiley's hyphen (U+2010), a non-breaking hyphen, a no-break space, full-width digits
    abstract = (
        "Doxorubicin-loaded PLGA nanoparticles were coated with MCF\u2010\uff17 cell membranes "
        "and given to RAW\u00a0264.7 macrophages and MDA\u2011MB\u2011231 cells."
    )
    result = extract(nlp, abstract)
    assert sorted(result.labels["cell_lines"]) == ["MCF-7", "MDA-MB-231", "RAW 264.7"]
    lines = [m for m in result.mentions if m["field"] == "cell_lines"]
    assert {m["text"] for m in lines} == {
        "MCF\u2010\uff17",
        "RAW\u00a0264.7",
        "MDA\u2011MB\u2011231",
    }
    for m in lines:
        assert abstract[m["start"] : m["end"]] == m["text"]


def test_unknown_drug_in_a_loading_frame_is_a_payload(nlp):
    result = extract(
        nlp,
        "Platelet membrane-coated PLGA nanoparticles loaded with toosendanin and "
        "albumin-loaded particles were compared; proteins-loaded carriers too.",
    )
    assert result.labels["payloads"] == ["toosendanin"]
    (mention,) = [m for m in result.mentions if m["field"] == "payloads"]
    assert mention["rule"] == "loading-frame" and mention["confidence"] == 0.5


def _own_work_start(nlp, text: str) -> int:
    from extract.nlp.roles import own_work_start

    doc = nlp.make_doc(text)
    for _name, component in nlp.pipeline[:-1]:
        doc = component(doc)
    return own_work_start(doc)


_BACKGROUND = "Doxorubicin is cardiotoxic. Liposomes improved its delivery. "


@pytest.mark.parametrize(
    ("own_work", "pivots"),
    [
        ("This study developed platelet membrane-coated nanoparticles.", True),
        ("To address this, platelet membranes were coated onto nanoparticles.", True),
        ("Platelet membrane-coated nanoparticles were developed.", True),
        # the passive pivots only on the coated carrier: a model built is a result
        ("A 4T1 tumor model was established.", False),
        ("Nanoparticles were prepared by nanoprecipitation.", False),
        # "this study demonstrates" is how conclusions open
        ("This study demonstrates that membrane coating helps.", False),
    ],
)
def test_the_own_work_pivot(nlp, own_work, pivots):
    start = _own_work_start(nlp, _BACKGROUND + own_work)
    assert start == (len(_BACKGROUND) if pivots else 0)


def test_a_late_pivot_counts_in_a_short_abstract_but_not_in_a_long_one_or_a_conclusion(nlp):
    short = "Cell membranes camouflage particles. However, they have limits. Therefore, we coated "
    short += "PLGA nanoparticles with neutrophil membranes."
    assert _own_work_start(nlp, short) > 0
    results = " ".join(f"Result {i} was measured." for i in range(12))
    long = f"{results} Here, we coated PLGA nanoparticles with neutrophil membranes."
    assert _own_work_start(nlp, long) == 0
    closing = (
        "Neutrophil membrane-coated PLGA nanoparticles accumulated in inflamed tumors after "
        "surgery and delayed the recurrence of glioma in rats by two weeks. In conclusion, we "
        "developed a carrier."
    )
    assert _own_work_start(nlp, closing) == 0


def test_background_claims_before_the_own_work_pivot_are_not_in_vivo(nlp):
    result = extract(
        nlp,
        "Cell membrane-coated nanoparticles show prolonged circulation time in mice. However, "
        "the in vivo use of photothermal agents is limited. Herein, we designed red blood cell "
        "membrane-coated gold nanorods and measured their heating and uptake by 4T1 cells.",
    )
    assert result.labels["in_vivo"] is False


def test_own_work_after_the_pivot_is_in_vivo(nlp):
    result = extract(
        nlp,
        "Targeted delivery remains difficult. Herein, we designed red blood cell "
        "membrane-coated gold nanorods, which inhibited the cancer growth after a single "
        "administration.",
    )
    assert result.labels["in_vivo"] is True
    assert result.evidence["in_vivo"]["true"] in {"cancer growth", "single administration"}


def test_a_pivot_only_in_the_closing_lines_leaves_every_sentence_as_evidence(nlp):
    result = extract(
        nlp,
        "Platelet membrane-coated PLGA nanoparticles carrying docetaxel accumulated in the "
        "tumors of xenograft mice and prolonged survival. Their toxicity to normal organs was "
        "low, and the particles circulated for days. We believe they merit study.",
    )
    assert result.labels["in_vivo"] is True


def test_immunosuppressive_tumor_microenvironment_is_not_an_in_vivo_cue(nlp):
    result = extract(
        nlp,
        "Macrophage membrane-coated silica nanoparticles reprogrammed the immunosuppressive "
        "tumor microenvironment of cultured spheroids in vitro.",
    )
    assert result.labels["in_vivo"] is False


IN_VITRO_ONLY = {
    "others' animal work": (
        "We designed cancer cell membrane-coated nanoparticles carrying siRNA, which silenced "
        "the gene in cultured cells. The in vivo behavior of such particles has been "
        "characterized extensively by others."
    ),
    "a claim of the field before the work": (
        "Membrane coating is often claimed to prolong circulation in vivo. Using a flow chamber, "
        "we compared the adhesion of platelet membrane-coated and uncoated silica nanoparticles."
    ),
    "tumor cells as the object": (
        "Here, cancer cell membrane-coated PLGA nanoparticles loaded with doxorubicin inhibited "
        "tumor cell proliferation and were internalized by MCF-7 cells."
    ),
    "an expectation": (
        "Here, we coated mesoporous silica nanoparticles with platelet membranes. The coating is "
        "expected to prolong blood circulation and enhance accumulation at the tumor site. The "
        "particles killed HeLa cells under laser irradiation."
    ),
    "future work": (
        "We developed macrophage membrane-camouflaged gold nanorods that suppressed tumor cell "
        "migration. Future in vivo studies are warranted."
    ),
    "a hedge": (
        "Herein, erythrocyte membrane-coated nanoparticles were fabricated. Assays on A549 cells "
        "showed that they could inhibit tumor growth, which needs to be confirmed in animal models."
    ),
    "a contrast in the background, no pivot": (
        "Cell membrane-coated nanoparticles are promising. However, their in vivo use is "
        "limited. Red blood cell membrane-coated gold nanorods heated 4T1 cells."
    ),
    "a model of the in vivo state": (
        "Here, macrophage membrane-coated nanoparticles penetrated in vivo-like 3D tumor "
        "spheroids built to mimic the in vivo microenvironment."
    ),
    "the species of a cell line": (
        "Here, membranes of murine RAW264.7 macrophages coated PLGA cores, and uptake by mouse "
        "4T1 breast cancer cells and rat C6 glioma cells was measured."
    ),
}


@pytest.mark.parametrize("abstract", IN_VITRO_ONLY.values(), ids=IN_VITRO_ONLY.keys())
def test_in_vitro_only_wordings_are_not_in_vivo(nlp, abstract):
    assert extract(nlp, abstract).labels["in_vivo"] is False


IN_VIVO_WORDINGS = {
    "hosts bearing tumors": (
        "Here, we engineered macrophage membrane-coated nanoparticles. They were given to "
        "BALB/c hosts bearing CT26 tumors and reduced the tumor burden.",
        "bearing CT26 tumors",
    ),
    "a mouse model": (
        "Here, RBC membrane-coated nanoparticles were tested in a mouse model of glioma.",
        "mouse",
    ),
    "a hedge beside an animal": (
        "Here, we report platelet membrane-coated nanoparticles, which could accumulate in "
        "the tumors of xenograft mice.",
        "xenograft",
    ),
    "a tumor challenge": (
        "We coated PLGA nanoparticles with B16 cancer cell membranes. Vaccinated C57BL/6 mice "
        "rejected a challenge with B16 cells.",
        "mice",
    ),
    "limited toxicity as a result": (
        "Here, RBC membrane-coated nanoparticles were prepared. In xenograft models they "
        "inhibited tumor growth with limited systemic toxicity.",
        "xenograft",
    ),
    "a contrast past the pivot": (
        "Here, we prepared RBC membrane-coated PLGA nanoparticles. In vitro, coated and uncoated "
        "particles were equally cytotoxic; however, in vivo the coated ones inhibited tumor "
        "growth far better.",
        "in vivo",
    ),
    "nevertheless past the pivot": (
        "Here, we prepared RBC membrane-coated PLGA nanoparticles. Nevertheless, in 4T1 "
        "tumor-bearing mice they accumulated poorly.",
        "tumor-bearing",
    ),
    "a result with would": (
        "Herein, we designed red blood cell membrane-coated gold nanorods, which would "
        "inhibit the cancer growth.",
        "cancer growth",
    ),
}


@pytest.mark.parametrize(
    ("abstract", "cue"), IN_VIVO_WORDINGS.values(), ids=IN_VIVO_WORDINGS.keys()
)
def test_animal_experiment_wordings_are_in_vivo(nlp, abstract, cue):
    result = extract(nlp, abstract)
    assert result.labels["in_vivo"] is True
    assert result.evidence["in_vivo"]["true"] == cue


def test_outcome_evidence_is_cut_from_the_original_abstract(nlp):
    abstract = (
        "Erythrocyte membrane-coated PLGA nanoparticles had a zeta potential of \u221218.2\u00a0mV "
        "and an encapsulation efficiency of \uff18\uff15%."
    )
    result = extract(nlp, abstract)
    by_quantity = {o["quantity"]: o for o in result.labels["outcomes"]}
    assert by_quantity["zeta_potential"]["value"] == -18.2
    assert by_quantity["zeta_potential"]["evidence"] in abstract
    assert "\u2212" in by_quantity["zeta_potential"]["evidence"]  # original characters kept
    assert by_quantity["encapsulation_efficiency"]["value"] == 85.0
    assert set(by_quantity["zeta_potential"]) == {
        "quantity",
        "value",
        "unit",
        "low",
        "high",
        "evidence",
    }


def test_two_processes_give_the_same_records_as_one(nlp):
    abstracts = [
        "Red blood cell membrane-coated PLGA nanoparticles loaded with doxorubicin were "
        "injected into 4T1 tumor-bearing mice; the size was 120 nm.",
        "In this review, we summarize platelet membrane-camouflaged carriers for cancer therapy.",
        "Liposomes loaded with paclitaxel were characterised by DLS.",
        "",
    ] * 3
    articles = [Article(pmid=str(i + 1), title="T", abstract=a) for i, a in enumerate(abstracts)]
    one = [r for _a, r in extract_articles(nlp, articles, batch_size=2)]
    two = [r for _a, r in extract_articles(nlp, articles, batch_size=2, n_process=2)]
    assert [r.labels for r in two] == [r.labels for r in one]
    assert [r.mentions for r in two] == [r.mentions for r in one]
    assert nlp.get_pipe("cmnp_decide").compact is False  # restored after the run
    from srsly.msgpack import msgpack_decoders, msgpack_encoders

    assert "get_all" not in vars(msgpack_decoders)
    assert "get_all" not in vars(msgpack_encoders)


def test_a_record_decided_again_after_two_processes_keeps_its_evidence(nlp):
    # PubMed says review; the rules read original research: decided again in this process
    article = Article(
        pmid="9",
        title="",
        abstract="Platelet membrane-coated PLGA nanoparticles delivered paclitaxel to tumors.",
        publication_types=("Review",),
    )
    ((_, result),) = list(extract_articles(nlp, [article], n_process=2))
    assert result.labels["study_type"] == "review"
    assert result.labels["in_vivo"] is None
    assert result.labels["membrane_sources"] == ["platelet"]


@pytest.mark.parametrize(
    ("text", "cores"),
    [
        ("Platelet membrane-coated W18O49 nanoparticles were prepared.", ["other_inorganic"]),
        ("Macrophage membrane-cloaked Cu2-xSe nanocrystals were prepared.", ["copper"]),
        ("Platelet membrane-coated SiO2 nanoparticles were prepared.", ["mesoporous_silica"]),
        # already a lexicon term: one core, not a second one from the formula
        ("Red blood cell membrane-coated Fe3O4 nanoparticles were prepared.", ["iron_oxide"]),
        # abbreviations of symbols that are not all elements, or hold no metal
        ("Red blood cell membrane-coated PEG nanoparticles were prepared.", []),
        # ("PB" itself is Prussian blue's short form in the lexicon, not a formula)
        ("Red blood cell membrane-coated PN nanoparticles were prepared.", []),
    ],
)
def test_a_chemical_formula_before_a_nano_word_is_an_inorganic_core(nlp, text, cores):
    result = extract(nlp, text)
    assert result.labels["cores"] == cores
    for mention in result.mentions:
        if mention["field"] == "cores":
            assert text[mention["start"] : mention["end"]] == mention["text"]


def test_peg_is_a_coating_not_a_polymer_core(nlp):
    result = extract(
        nlp,
        "Cancer cell membrane-coated nanoparticles of poly(ethylene glycol)-block-"
        "poly(lactic-co-glycolic acid) carried paclitaxel.",
    )
    assert result.labels["cores"] == ["plga"]


def test_any_co_glycolic_copolymer_is_plga(nlp):
    result = extract(
        nlp, "Erythrocyte membrane-coated poly(latic-co-glycolic acid) nanoparticles were made."
    )
    assert result.labels["cores"] == ["plga"]


def test_a_mycoplasma_membrane_is_a_bacterial_source(nlp):
    result = extract(nlp, "Mycoplasma membrane-fused liposomes delivered doxorubicin to tumors.")
    assert result.labels["membrane_sources"] == ["bacterium"]


def test_a_review_speaking_of_itself_is_a_review_and_scopes_its_modalities(nlp):
    result = extract(
        nlp,
        "Cell membrane-coated nanovaccines mimic pathogens. The preparation of source "
        "membranes is described. The study also discusses clinical translation. We also "
        "assess their combination with chemotherapy and photothermal therapy. Sonodynamic "
        "therapy has side effects.",
        title="Cell membrane-coated nanovaccines",
    )
    assert result.labels["study_type"] == "review"
    assert result.labels["in_vivo"] is None
    # the title's "nanovaccines" counts; the background sentence's sonodynamic therapy not
    assert result.labels["modalities"] == [
        "chemotherapy",
        "immunotherapy",
        "photothermal_therapy",
    ]


def test_tumor_homing_after_the_pivot_is_an_in_vivo_cue(nlp):
    result = extract(
        nlp,
        "Membrane systems reduce clearance during systemic circulation. Here, a macrophage "
        "membrane-coated nanoparticle is developed. Upon tumor homing and RES evasion, the "
        "coating is shed and the drug is released.",
    )
    assert result.labels["in_vivo"] is True
    assert result.evidence["in_vivo"]["true"].lower() == "tumor homing"


def test_british_spellings_match_american_lexicon_terms(nlp):
    result = extract(
        nlp,
        "Red blood cell membrane-coated copper sulphide nanoparticles treated oesophageal "
        "carcinoma and leukaemia in mice.",
    )
    assert result.labels["cores"] == ["copper"]
    assert result.labels["cancer_types"] == ["esophageal", "leukemia"]


def test_a_generic_agent_coordinated_with_a_payload_is_a_payload(nlp):
    text = (
        "A bioreactor was made by embedding glucose oxidase (GOx) and catalase in a cancer "
        "cell membrane-camouflaged metal-organic framework."
    )
    assert extract(nlp, text).labels["payloads"] == ["catalase", "glucose oxidase"]
    alone = "Tumor cells overexpress catalase. Cancer cell membrane-coated silica was made."
    assert extract(nlp, alone).labels["payloads"] == []


def test_diagnosis_as_a_purpose_is_imaging_but_a_measurement_is_not(nlp):
    purpose = extract(
        nlp, "Platelet membrane-coated gold nanorods were designed for tumor diagnosis and therapy."
    )
    assert "imaging" in purpose.labels["modalities"]
    measured = extract(
        nlp,
        "Platelet membrane-coated W18O49 nanoparticles enabled photothermal therapy, as shown "
        "by PET imaging in vivo.",
    )
    assert "imaging" not in measured.labels["modalities"]


def test_modalities_named_before_the_own_work_pivot_are_background(nlp):
    result = extract(
        nlp,
        "Bacterial vesicles have been used to deliver vaccines and immunotherapy agents. We "
        "investigate bacterial outer membrane vesicles encapsulating melanin for "
        "photothermal therapy under laser irradiation.",
        title="Bioengineered vesicles as nano-heaters for sonodynamic therapy",
    )
    modalities = result.labels["modalities"]
    assert "immunotherapy" not in modalities
    assert "photothermal_therapy" in modalities
    assert "sonodynamic_therapy" in modalities  # the title is never background


@pytest.mark.parametrize(
    "text",
    [
        "Cancer cytomembrane-coated PLGA nanoparticles carried doxorubicin.",
        "PLGA nanoparticles cloaked with 4T1 cytomembranes carried doxorubicin.",
        "PLGA nanoparticles were enveloped in cell membranes of tumor cells.",
    ],
)
def test_cytomembrane_and_enveloped_are_coating_words(nlp, text):
    assert extract(nlp, text).labels["membrane_sources"] == ["cancer_cell"]


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        (
            "payloads",
            "Cisplatin is a first-line drug for lung cancer but causes nephrotoxicity. Here, "
            "we developed red blood cell membrane-coated PLGA nanoparticles loaded with "
            "paclitaxel.",
            ["paclitaxel"],
        ),
        (
            "cores",
            "Gold nanoparticles have been widely studied for photothermal therapy. Here, we "
            "developed platelet membrane-coated PLGA nanoparticles loaded with docetaxel.",
            ["plga"],
        ),
    ],
)
def test_a_value_named_only_before_the_own_work_pivot_is_background(nlp, field, text, expected):
    assert extract(nlp, text).labels[field] == expected


def test_a_structured_abstracts_methods_label_starts_its_own_work(nlp):
    result = extract(
        nlp,
        "Background: Recurrence after surgery is common. Methods: Platelet vesicles were "
        "mixed with doxorubicin (DOX) and co-encapsulated in a gel. Results: The gel "
        "suppressed tumour recurrence in mice.",
    )
    assert result.labels["payloads"] == ["doxorubicin"]
    assert result.labels["in_vivo"] is True


def test_cell_survival_and_patients_in_a_conclusion_are_not_animal_experiments(nlp):
    result = extract(
        nlp,
        "Here, we developed cancer cell membrane-coated PLGA nanoparticles loaded with "
        "doxorubicin. They reduced cell survival of 4T1 cells in vitro. This platform may "
        "benefit patients with breast cancer.",
    )
    assert result.labels["in_vivo"] is False


def test_loading_frames_read_capitalized_words(nlp):
    result = extract(
        nlp,
        "Cancer cell membrane-coated silica nanoparticles were loaded with the traditional "
        "Chinese medicine isoimperatorin. Curcumin-loaded particles were also made.",
    )
    assert result.labels["payloads"] == ["curcumin", "isoimperatorin"]


ODD_PIECES = [
    "Red blood cell membrane-coated ", "PLGA", " nanoparticles", " loaded with ", "doxorubicin",
    " (DOX)", " in 4T1 tumor-bearing mice", ". ", "  ", "\u00a0", "\u200b", "\t", "\n",
    "\u2010", "\uff14T1", "\u0301", "é", "µm", "85.2%", "Here, we ", "Methods: ", "(", ")",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(ODD_PIECES), max_size=25).map("".join),
    st.lists(st.sampled_from(ODD_PIECES), max_size=6).map("".join),
)
def test_any_mix_of_odd_text_gives_offsets_into_the_original(nlp, abstract, title):
    result = extract(nlp, abstract, title=title)
    for mention in result.mentions:
        section = title if mention["section"] == "title" else abstract
        assert section[mention["start"] : mention["end"]] == mention["text"]
    for outcome in result.labels["outcomes"]:
        assert outcome["evidence"] in abstract


def test_a_formula_before_quantum_dots_leaves_them_quantum_dots(nlp):
    result = extract(nlp, "Platelet membrane-coated PbS QDs were prepared for imaging.")
    assert result.labels["cores"] == ["quantum_dot"]


def test_chemo_immunotherapy_is_both_modalities(nlp):
    result = extract(
        nlp,
        "Platelet membrane-coated PLGA nanoparticles enabled chemoimmunotherapy and immune "
        "therapy of melanoma.",
    )
    assert {"chemotherapy", "immunotherapy"} <= set(result.labels["modalities"])


def test_a_term_two_entries_list_gives_both_codes(nlp):
    result = extract(
        nlp, "Platelet membrane-coated PLGA nanoparticles enabled chemoimmunotherapy of melanoma."
    )
    assert {"chemotherapy", "immunotherapy"} <= set(result.labels["modalities"])


@pytest.mark.parametrize(
    ("abstract", "payloads"),
    [
        ("RBC membrane-coated PLGA nanoparticles loaded with the STING agonist MSA-2.", ["msa-2"]),
        (
            "Platelet membrane-coated liposomes delivered the IDO inhibitor linrodostat.",
            ["linrodostat"],
        ),
        (
            "RBC membrane-coated nanoparticles carried the NO donor SR-9 and doxorubicin.",
            ["sr-9", "doxorubicin"],
        ),
        ("RBC membrane-coated PLGA nanoparticles loaded with a STING agonist.", ["sting agonist"]),
        (
            "RBC membrane-coated nanoparticles loaded with the STING agonist and DOX.",
            ["sting agonist", "doxorubicin"],
        ),
    ],
)
def test_an_agent_named_after_its_class_is_the_payload(nlp, abstract, payloads):
    assert sorted(extract(nlp, abstract).labels["payloads"]) == sorted(payloads)


def test_standard_short_forms_of_the_field_resolve_without_a_definition(nlp):
    result = extract(
        nlp,
        "A zeolitic imidazolate framework loaded with TPZ and DTX was camouflaged with "
        "erythrocyte membranes.",
    )
    assert sorted(result.labels["payloads"]) == ["docetaxel", "tirapazamine"]


def test_a_core_named_only_as_a_comparator_is_not_a_core(nlp):
    result = extract(
        nlp,
        "Cancer cell membrane-coated PLGA nanoparticles loaded with paclitaxel circulated "
        "longer than conventional liposomes and, compared with gold nanoparticles, were "
        "cleared more slowly.",
    )
    assert result.labels["cores"] == ["plga"]


def test_an_animal_experiment_stated_in_the_title_is_in_vivo(nlp):
    result = extract(
        nlp,
        "Breast cancer is common. Here, we coated PLGA nanoparticles with platelet membranes. "
        "They killed 4T1 cells.",
        title="Platelet membrane-coated nanoparticles suppress breast tumor growth in mice",
    )
    assert result.labels["in_vivo"] is True
    assert result.evidence["in_vivo"]["true"] == "suppress breast tumor"


@pytest.mark.parametrize(
    ("abstract", "payloads"),
    [
        (
            "RBC membrane-coated PLGA nanoparticles loaded with glycyrrhetinic acid.",
            ["glycyrrhetinic acid"],
        ),
        ("Ferulic acid-loaded nanoparticles were coated with RBC membranes.", ["ferulic acid"]),
        ("Nanoparticles loaded with hyaluronic acid were coated with RBC membranes.", []),
        (
            "RBC membrane-coated nanoparticles carried fisetin, toosendanin and norcantharidin.",
            ["fisetin", "norcantharidin", "toosendanin"],
        ),
        (
            "RBC membrane-coated nanoparticles loaded with toosendanin and alleviate hypoxia.",
            ["toosendanin"],
        ),
        ("Platelet membrane-coated dendrimers delivered siRNA targeting survivin.", ["sirna"]),
    ],
)
def test_unlisted_agents_in_a_loading_frame_and_their_coordinates(nlp, abstract, payloads):
    assert sorted(extract(nlp, abstract).labels["payloads"]) == payloads


@pytest.mark.parametrize(
    ("named", "cell_lines", "cancer_types"),
    [
        ("4T1", ["4T1"], ["breast"]),  # a short code with a digit is a cell line as it stands
        ("H22 and Jurkat", ["H22", "Jurkat"], ["leukemia", "liver"]),
        ("HCC827", ["HCC827"], ["lung"]),
        ("KB", [], []),  # an all-letter short name needs "cells" or a tumor word after it
        ("C6", [], []),  # also a dye: listed as ambiguous
    ],
)
def test_cell_lines_named_without_a_head_word(nlp, named, cell_lines, cancer_types):
    result = extract(nlp, f"Here, RBC membrane-coated nanoparticles were incubated with {named}.")
    assert sorted(result.labels["cell_lines"]) == cell_lines
    assert sorted(result.labels["cancer_types"]) == cancer_types


def test_a_cell_line_written_two_ways_is_listed_once_as_first_written(nlp):
    # the guide compares lines ignoring case, spaces and punctuation: "Hep G2" is "HepG2"
    result = extract(
        nlp,
        "Here, RBC membrane-coated nanoparticles killed HepG2 and MCF7 cells in vitro, and Hep G2 "
        "and MCF-7 tumors grew more slowly in nude mice.",
    )
    assert result.labels["cell_lines"] == ["HepG2", "MCF7"]
    assert set(result.evidence["cell_lines"]) == {"HepG2", "MCF7"}


def test_a_closing_keyword_list_is_left_out_with_a_warning_and_offsets_kept(nlp):
    abstract = (
        "Doxorubicin-loaded PLGA nanoparticles were coated with red blood cell membranes and "
        "inhibited 4T1 tumors in mice.\nKeywords: melanoma; paclitaxel; platelet membrane"
    )
    article = Article(pmid="1", title="RBC-coated PLGA", abstract=abstract)
    ((_, result),) = extract_articles(nlp, [article])
    assert result.labels["cancer_types"] == ["breast"]
    assert result.labels["payloads"] == ["doxorubicin"]
    assert result.labels["membrane_sources"] == ["erythrocyte"]
    assert any("keywords" in warning for warning in result.warnings)
    for mention in result.mentions:
        text = article.title if mention["section"] == "title" else article.abstract
        assert text[mention["start"] : mention["end"]] == mention["text"]


def test_keywords_inside_a_sentence_or_before_a_long_text_are_kept():
    from extract.extraction import keywords_start

    running = "The key words: coated, loaded. " + "Results followed. " * 40
    assert keywords_start(running) == len(running)
    closing = "Tumors shrank. Key words: RBC; DOX"
    assert closing[keywords_start(closing) :] == " Key words: RBC; DOX"
    assert keywords_start("Tumors shrank.") == len("Tumors shrank.")


def test_an_abstract_heading_is_blanked_and_evidence_offsets_kept(nlp):
    abstract = (
        "ABSTRACT\n  Although trastuzumab has transformed HER2-positive breast cancer therapy, we "
        "focused on glioblastoma. U251 cell membrane-coated nanoparticles loaded with "
        "temozolomide prolonged survival of mice with orthotopic U251 tumors."
    )
    article = Article(pmid="1", title="", abstract=abstract)
    ((_, result),) = extract_articles(nlp, [article])
    assert result.labels["cancer_types"] == ["glioma"]
    for mention in result.mentions:
        assert abstract[mention["start"] : mention["end"]] == mention["text"]
