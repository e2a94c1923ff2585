"""Wordings of the field written for these tests (not taken from any abstract): each must
yield the labels the annotation guide gives it. A regression net for generality: the dev
corpus shows only some of the ways authors name membranes, cores and payloads."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extract.extraction import extract_articles
from extract.records import Article

CORE_WORDINGS = {
    # a photothermal agent the particle is made of is its core (and then not its payload)
    "polypyrrole nanoparticles": "polymer_other",
    "HMnO2 nanoshells": "manganese",  # hollow MnO2
    "PPy nanoparticles": "polymer_other",
    "melanin nanoparticles": "polymer_other",
    "PB nanoparticles": "prussian_blue",
    # one element symbol before a nano-word; a lanthanide-doped host (its undoped shell too)
    "Se nanoparticles": "selenium",
    "Cu NPs": "copper",
    "Pd nanosheets": "other_inorganic",
    "NaGdF4:Yb,Er@NaGdF4 nanoparticles": "upconversion",
    "NaLuF4:Yb,Tm nanocrystals": "upconversion",
    "NaYF4:20%Yb,2%Er nanoparticles": "upconversion",
    "BP nanosheets": "black_phosphorus",
    "gelatin nanospheres": "polymer_other",
    # lipid particles the lexicon does not name; "lipid-coated" cores are the core's
    "lipid-based nanocarriers": "liposome",
    "lipid cubic nanoparticles": "liposome",
    "lipid-coated calcium phosphate nanoparticles": "calcium",
    "ZIF-67 nanoparticles": "mof",
    "zinc sulfide nanoparticles": "other_inorganic",
    "Au nanoclusters": "gold",
    "NaYF4:Yb,Tm nanocrystals": "upconversion",
    "hollow mesoporous organosilica nanoparticles": "mesoporous_silica",
    "Bi2Se3 nanodots": "bismuth",
    "calcium peroxide nanoparticles": "calcium",
    "Cu2-xSe nanocrystals": "copper",
    "layered double hydroxide nanosheets": "other_inorganic",
    "molybdenum disulfide nanosheets": "other_inorganic",
    "hafnium oxide nanoparticles": "other_inorganic",
    "gadolinium-doped upconversion nanoparticles": "upconversion",
    "Prussian blue nanocubes": "prussian_blue",
    "poly(lactic-co-glycolic acid) nanoparticles": "plga",
    "PLGA-PEG nanoparticles": "plga",
    "mesoporous silica nanoparticles (MSNs)": "mesoporous_silica",
    "hollow mesoporous silica": "mesoporous_silica",
    "hollow MnO2 nanoshells": "manganese",
    "ZIF-8 nanoparticles": "mof",
    "MIL-100(Fe) nanoparticles": "mof",
    "UiO-66 nanoparticles": "mof",
    "PCN-224 nanoparticles": "mof",
    "Au nanocages": "gold",
    "AuNRs": "gold",
    "gold nanoshells": "gold",
    "superparamagnetic iron oxide nanoparticles": "iron_oxide",
    "immunomagnetic beads": "iron_oxide",
    "magnetic nanoparticles": "iron_oxide",
    "Fe3O4 nanoparticles": "iron_oxide",
    "polydopamine nanoparticles": "polydopamine",
    "PDA nanoparticles": "polydopamine",
    "Prussian blue nanoparticles": "prussian_blue",
    "UCNPs": "upconversion",
    "NaYF4:Yb,Er nanoparticles": "upconversion",
    "black phosphorus nanosheets": "black_phosphorus",
    "graphene oxide": "carbon",
    "reduced graphene oxide": "carbon",
    "carbon dots": "carbon",
    "single-walled carbon nanotubes": "carbon",
    "calcium phosphate nanoparticles": "calcium",
    "CaO2 nanoparticles": "calcium",
    "CuS nanoparticles": "copper",
    "Cu2O nanoparticles": "copper",
    "platinum nanoparticles": "platinum",
    "Bi2Se3 nanoparticles": "bismuth",
    "semiconducting polymer nanoparticles (SPNs)": "semiconducting_polymer",
    "CdTe quantum dots": "quantum_dot",
    "Ag2S quantum dots": "quantum_dot",
    "selenium nanoparticles": "selenium",
    "CeO2 nanoparticles": "cerium",
    "TiO2 nanoparticles": "titanium",
    "ZnO nanoparticles": "other_inorganic",
    "MoS2 nanosheets": "other_inorganic",
    "silver nanoparticles": "other_inorganic",
    "palladium nanosheets": "other_inorganic",
    "solid lipid nanoparticles": "liposome",
    "nanostructured lipid carriers": "liposome",
    "lipid nanoparticles": "liposome",
    "PCL nanoparticles": "polymer_other",
    "PLA nanoparticles": "polymer_other",
    "polymeric micelles": "polymer_other",
    "PAMAM dendrimers": "polymer_other",
    "chitosan nanoparticles": "polymer_other",
    "human serum albumin nanoparticles": "albumin",
    "BSA nanoparticles": "albumin",
    "gelatin nanoparticles": "polymer_other",
    "nanodiamonds": "carbon",
    "hydroxyapatite nanoparticles": "calcium",
    "MXene nanosheets": "other_inorganic",
    "layered double hydroxide nanoparticles": "other_inorganic",
    "WS2 nanosheets": "other_inorganic",
    "Ti3C2 nanosheets": "titanium",
    "tellurium nanoparticles": "other_inorganic",
    "poly(beta-amino ester) nanoparticles": "polymer_other",
    "Fe-based MOF": "mof",
    "iron oxide nanoparticles (IONPs)": "iron_oxide",
    "gold nanoparticles (AuNPs)": "gold",
    "Cu-doped carbon dots": "carbon",
    "organosilica nanoparticles": "mesoporous_silica",
    "MnO2 nanosheets": "manganese",
    "Mn3O4 nanoparticles": "manganese",
    "zeolitic imidazolate framework-8": "mof",
    "hollow copper sulfide nanoparticles": "copper",
    "Pt nanozymes": "platinum",
    "PLGA nanoparticles": "plga",
    "polymersomes": "polymer_other",
    "PBAE nanoparticles": "polymer_other",
    "hydroxyethyl starch nanoparticles": "polymer_other",
    "dextran nanoparticles": "polymer_other",
    "alginate nanoparticles": "polymer_other",
    "cellulose nanocrystals": "polymer_other",
    "polystyrene nanoparticles": "polymer_other",
    "cyclodextrin nanoparticles": "polymer_other",
}

LABELLED_SENTENCES = [
    # an undoped NaGdF4 is an MRI agent, not an upconverter; "In" opening a sentence is no
    # indium
    (
        "Here, NaGdF4 nanoparticles were coated with 4T1 cell membranes for MRI of breast tumors.",
        {"cores": ["other_inorganic"]},
    ),
    (
        "Here, PLGA nanoparticles were coated with red blood cell membranes. In nanoparticles, the drug stayed amorphous.",
        {"cores": ["plga"]},
    ),
    # a short form of a qualified shape means the qualifying core, as its long form does
    (
        "Here, we coated black phosphorus quantum dots (BPQDs) with erythrocyte membranes. EM-BPQDs heated tumors under NIR light.",
        {"cores": ["black_phosphorus"]},
    ),
    (
        "Here, we coated CdSe quantum dots (CQDs) with erythrocyte membranes. The CQDs lit up tumors.",
        {"cores": ["quantum_dot"]},
    ),
    (
        "Here, palladium nanocrystals (PdNCs) were coated with RBC membranes. PdNCs heated tumors.",
        {"cores": ["other_inorganic"]},
    ),
    (
        "Here, we coated MoS2 quantum dots (MQDs) with erythrocyte membranes. MQDs lit up tumors.",
        {"cores": ["quantum_dot"]},
    ),
    # a compound "membrane-coated" names its donor; "with" then opens the vaccine's contents
    (
        "Here, dendritic cell membrane-coated nanovaccines with ovalbumin stimulated T cells.",
        {"membrane_sources": ["dendritic_cell"], "payloads": ["ovalbumin"]},
    ),
    (
        "Here, 4T1 cell membrane-coated PLGA nanovaccines were prepared. We compared the nanovaccines with ovalbumin.",
        {"membrane_sources": ["cancer_cell"], "payloads": []},
    ),
    # a hybrid membrane whose cells go unnamed
    (
        "Here, hybrid membrane-camouflaged Prussian blue nanoparticles were loaded with doxorubicin.",
        {"membrane_sources": ["other_cell"], "hybrid_membrane": True},
    ),
    (
        "Here, cell membrane-camouflaged Prussian blue nanoparticles were loaded with doxorubicin.",
        {"membrane_sources": ["other_cell"], "hybrid_membrane": False},
    ),
    (
        "Here, docetaxel (DTX) was encapsulated in PLGA nanoparticles cloaked with platelet membranes. DTX release was pH-responsive.",
        {"membrane_sources": ["platelet"], "cores": ["plga"], "payloads": ["docetaxel"]},
    ),
    (
        "We loaded tirapazamine (TPZ) and Ce6 into ZIF-8 and coated the particles with 4T1 cancer cell membranes.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["mof"],
            "payloads": ["chlorin e6", "tirapazamine"],
        },
    ),
    (
        "Here we prepared a zeolitic imidazolate framework loaded with TPZ and camouflaged it with erythrocyte membranes.",
        {"membrane_sources": ["erythrocyte"], "cores": ["mof"], "payloads": ["tirapazamine"]},
    ),
    (
        "A hybrid membrane of RBCs and B16F10 cells was fused onto hollow copper sulfide nanoparticles carrying DOX.",
        {
            "membrane_sources": ["erythrocyte", "cancer_cell"],
            "cores": ["copper"],
            "payloads": ["doxorubicin"],
            "hybrid_membrane": True,
        },
    ),
    (
        "Here, mesenchymal stem cell membrane-coated gelatin nanogels delivered temozolomide (TMZ) across the blood-brain barrier to glioblastoma.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["polymer_other"],
            "payloads": ["temozolomide"],
        },
    ),
    (
        "Here, NK cell membrane-cloaked nanoparticles loaded with the photosensitizer TCPP were used for photodynamic immunotherapy.",
        {"membrane_sources": ["nk_cell"], "payloads": ["tcpp"]},
    ),
    (
        "Neutrophil membrane-coated albumin nanoparticles carrying celastrol were prepared for pancreatic cancer.",
        {"membrane_sources": ["neutrophil"], "cores": ["albumin"], "payloads": ["celastrol"]},
    ),
    (
        "We coated solid lipid nanoparticles with dendritic cell membranes pulsed with tumor antigens to elicit T cell responses.",
        {"membrane_sources": ["dendritic_cell"], "cores": ["liposome"]},
    ),
    (
        "Here, outer membrane vesicles from Escherichia coli were coated on polymeric micelles containing paclitaxel.",
        {"membrane_sources": ["bacterium"], "cores": ["polymer_other"], "payloads": ["paclitaxel"]},
    ),
    (
        "Here we report T cell membrane-coated PLGA nanoparticles loaded with methotrexate (MTX).",
        {"membrane_sources": ["t_cell"], "cores": ["plga"], "payloads": ["methotrexate"]},
    ),
    (
        "Here, cancer-associated fibroblast membranes were used to camouflage semiconducting polymer nanoparticles for photothermal therapy.",
        {"membrane_sources": ["fibroblast"], "cores": ["semiconducting_polymer"]},
    ),
    (
        "Here, we constructed manganese dioxide nanosheets wrapped by macrophage membranes to deliver siRNA against PD-L1.",
        {"membrane_sources": ["macrophage"], "cores": ["manganese"], "payloads": ["sirna"]},
    ),
    (
        "Exosome membrane-coated gold nanostars loaded with indocyanine green were used for photothermal therapy of cervical cancer.",
        {
            "membrane_sources": ["extracellular_vesicle"],
            "cores": ["gold"],
            "payloads": ["indocyanine green"],
        },
    ),
    (
        "Here, upconversion nanoparticles coated with leukocyte membranes delivered merocyanine 540 for NIR-triggered PDT.",
        {"membrane_sources": ["leukocyte"], "cores": ["upconversion"]},
    ),
    (
        "Here, platelet vesicles were coated onto black phosphorus quantum dots loaded with bortezomib (BTZ).",
        {
            "membrane_sources": ["platelet"],
            "cores": ["black_phosphorus"],
            "payloads": ["bortezomib"],
        },
    ),
    (
        "Here, red cell membrane-camouflaged Prussian blue nanoparticles delivered gambogic acid.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["prussian_blue"],
            "payloads": ["gambogic acid"],
        },
    ),
    (
        "Herein, CaCO3 nanoparticles loaded with curcumin (Cur) were cloaked with monocyte membranes.",
        {"membrane_sources": ["monocyte"], "cores": ["calcium"], "payloads": ["curcumin"]},
    ),
    (
        "Here, Bi2S3 nanorods coated with cancer cell membrane enhanced radiotherapy.",
        {"membrane_sources": ["cancer_cell"], "cores": ["bismuth"]},
    ),
    (
        "Here, endothelial cell membrane-coated nanoparticles carrying epirubicin (EPI) targeted breast cancer.",
        {"membrane_sources": ["endothelial_cell"], "payloads": ["epirubicin"]},
    ),
    (
        "Here, a biomimetic nanoplatform was fabricated by coating HEK293T membranes expressing PD-1 onto PLGA nanoparticles loaded with the IDO inhibitor epacadostat.",
        {"membrane_sources": ["other_cell"], "cores": ["plga"], "payloads": ["epacadostat"]},
    ),
    (
        "Here, Pt nanozymes coated with platelet membranes catalyzed oxygen generation for enhanced sonodynamic therapy.",
        {"membrane_sources": ["platelet"], "cores": ["platinum"]},
    ),
    (
        "Here, selenium nanoparticles coated with erythrocyte membranes were used for radiosensitization.",
        {"membrane_sources": ["erythrocyte"], "cores": ["selenium"]},
    ),
    (
        "Here, we coated CeO2 nanoparticles with macrophage membranes.",
        {"membrane_sources": ["macrophage"], "cores": ["cerium"]},
    ),
    (
        "Here, TiO2 nanoparticles camouflaged with cancer cell membranes were used for sonodynamic therapy.",
        {"membrane_sources": ["cancer_cell"], "cores": ["titanium"]},
    ),
    (
        "Here, carrier-free nanoparticles self-assembled from paclitaxel and IR820 were coated with RBC membranes.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["drug_nanocrystal"],
            "payloads": ["paclitaxel", "ir820"],
        },
    ),
    (
        "Here, graphene oxide coated with platelet membrane delivered doxorubicin.",
        {"membrane_sources": ["platelet"], "cores": ["carbon"], "payloads": ["doxorubicin"]},
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles co-delivered the STING agonist MSA-2 and oxaliplatin.",
        {"membrane_sources": ["cancer_cell"], "payloads": ["msa-2", "oxaliplatin"]},
    ),
    (
        "Here, perfluorohexane was loaded into PLGA nanocapsules and coated with RBC membranes to relieve hypoxia.",
        {"membrane_sources": ["erythrocyte"], "cores": ["plga"], "payloads": ["perfluorocarbon"]},
    ),
    (
        "Here, RBC membrane-coated nanoparticles loaded with the NO donor BNN6 were prepared for gas therapy.",
        {"membrane_sources": ["erythrocyte"], "payloads": ["bnn6"]},
    ),
    (
        "Here, lactate oxidase was encapsulated in MOFs coated with cancer cell membranes.",
        {"membrane_sources": ["cancer_cell"], "cores": ["mof"], "payloads": ["lactate oxidase"]},
    ),
    (
        "Here, polycaprolactone nanoparticles coated with B16-F10 membranes were used as a vaccine.",
        {"membrane_sources": ["cancer_cell"], "cores": ["polymer_other"]},
    ),
    (
        "Here, we report a biomimetic nanoplatform in which a metal-organic framework (MOF) is wrapped with the membrane of activated platelets.",
        {"membrane_sources": ["platelet"], "cores": ["mof"]},
    ),
    (
        "Here, nanoparticles were disguised with membranes derived from M1-polarized macrophages.",
        {"membrane_sources": ["macrophage"]},
    ),
    (
        "Here, a fused membrane from erythrocytes and platelets (RBC-PLT) was coated onto PLGA cores.",
        {
            "membrane_sources": ["erythrocyte", "platelet"],
            "cores": ["plga"],
            "hybrid_membrane": True,
        },
    ),
    (
        "Here, we engineered CAR-T cell membrane-coated mesoporous silica nanoparticles.",
        {"membrane_sources": ["t_cell"], "cores": ["mesoporous_silica"]},
    ),
    (
        "Here, homotypic targeting was achieved by coating gold nanoparticles with membranes of the patient's own tumor cells.",
        {"membrane_sources": ["cancer_cell"], "cores": ["gold"]},
    ),
    (
        "Here, iron oxide nanoparticles (IONPs) were camouflaged by 4T1 cell membranes for MRI-guided photothermal therapy.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["iron_oxide"],
            "modalities": ["imaging", "photothermal_therapy"],
        },
    ),
    (
        "Here, Fe3O4 nanoclusters cloaked in RBC membranes enabled magnetic hyperthermia.",
        {"membrane_sources": ["erythrocyte"], "cores": ["iron_oxide"]},
    ),
    (
        "Here, a polydopamine core coated with neutrophil membranes delivered DOX for photothermal-chemotherapy.",
        {
            "membrane_sources": ["neutrophil"],
            "cores": ["polydopamine"],
            "payloads": ["doxorubicin"],
            "modalities": ["chemotherapy", "photothermal_therapy"],
        },
    ),
    (
        "Here, bone marrow-derived mesenchymal stem cell vesicles were coated onto nanogels.",
        {"membrane_sources": ["stem_cell"], "cores": ["polymer_other"]},
    ),
    (
        "Here, a nanostructured lipid carrier coated with cancer cell membrane delivered paclitaxel.",
        {"membrane_sources": ["cancer_cell"], "cores": ["liposome"], "payloads": ["paclitaxel"]},
    ),
    (
        "Here, carbon nanotubes coated with macrophage membranes were used.",
        {"membrane_sources": ["macrophage"], "cores": ["carbon"]},
    ),
    (
        "Here, ultrasmall Cu2-xSe nanoparticles wrapped with platelet membranes mediated chemodynamic therapy.",
        {"membrane_sources": ["platelet"], "cores": ["copper"]},
    ),
    (
        "Here, hollow mesoporous organosilica nanoparticles were cloaked with RBC membranes.",
        {"membrane_sources": ["erythrocyte"], "cores": ["mesoporous_silica"]},
    ),
    (
        "Here, dendrimers coated with cancer cell membranes delivered siRNA targeting survivin.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["polymer_other"],
            "payloads": ["sirna"],
            "modalities": ["gene_therapy"],
        },
    ),
    (
        "Here, a DNA nanostructure was coated with RBC membranes.",
        {"membrane_sources": ["erythrocyte"]},
    ),
    (
        "Here, red blood cell ghosts were loaded with doxorubicin.",
        {"membrane_sources": ["erythrocyte"], "payloads": ["doxorubicin"]},
    ),
    (
        "Here, cell membrane-derived nanovesicles from HEK293 cells expressing PD-1 were prepared.",
        {"membrane_sources": ["other_cell"]},
    ),
    (
        "Here, nanoparticles coated with membranes of dendritic cells matured by tumor lysate activated T cells.",
        {"membrane_sources": ["dendritic_cell"]},
    ),
    (
        "Here, human umbilical vein endothelial cell (HUVEC) membranes coated PLGA nanoparticles.",
        {"membrane_sources": ["endothelial_cell"], "cores": ["plga"], "cell_lines": ["HUVEC"]},
    ),
    (
        "Here, we coated lanthanide-doped nanoparticles with macrophage membranes for NIR-II imaging.",
        {"membrane_sources": ["macrophage"], "cores": ["upconversion"]},
    ),
    (
        "Here, a gold nanocage was camouflaged with a hybrid membrane of macrophages and cancer cells.",
        {
            "membrane_sources": ["macrophage", "cancer_cell"],
            "cores": ["gold"],
            "hybrid_membrane": True,
        },
    ),
    (
        "Here, zinc oxide nanoparticles coated with RBC membranes were studied.",
        {"membrane_sources": ["erythrocyte"], "cores": ["other_inorganic"]},
    ),
    (
        "Here, hyaluronic acid nanoparticles coated with platelet membranes delivered paclitaxel.",
        {"membrane_sources": ["platelet"], "cores": ["polymer_other"], "payloads": ["paclitaxel"]},
    ),
    (
        "Here, bovine serum albumin nanoparticles coated with RBC membrane carried IR780.",
        {"membrane_sources": ["erythrocyte"], "cores": ["albumin"], "payloads": ["ir780"]},
    ),
    (
        "Here, PLGA nanoparticles loaded with R837 and coated with cancer cell membranes served as a vaccine for melanoma.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["imiquimod"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
        },
    ),
    (
        "Here, PLGA nanoparticles coated with SKOV3 cell membranes were tested on ovarian cancer.",
        {"membrane_sources": ["cancer_cell"], "cancer_types": ["ovarian"], "cell_lines": ["SKOV3"]},
    ),
    (
        "Here, nanoparticles coated with membranes from MDA-MB-231 cells targeted triple-negative breast cancer.",
        {
            "membrane_sources": ["cancer_cell"],
            "cancer_types": ["breast"],
            "cell_lines": ["MDA-MB-231"],
        },
    ),
    (
        "Here, nanoparticles camouflaged with ID8 cell membranes treated ovarian cancer.",
        {"membrane_sources": ["cancer_cell"], "cancer_types": ["ovarian"], "cell_lines": ["ID8"]},
    ),
    (
        "Here, nanoparticles camouflaged with KPC cell membranes treated pancreatic ductal adenocarcinoma.",
        {
            "membrane_sources": ["cancer_cell"],
            "cancer_types": ["pancreatic"],
            "cell_lines": ["KPC"],
        },
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles reduced uptake by macrophages and escaped phagocytosis by the mononuclear phagocyte system.",
        {"membrane_sources": ["erythrocyte"]},
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles repolarized tumor-associated macrophages from M2 to M1 and activated dendritic cells and cytotoxic T lymphocytes.",
        {"membrane_sources": ["cancer_cell"]},
    ),
    (
        "Here, platelet membrane-coated nanoparticles targeted circulating tumor cells and prevented metastasis.",
        {"membrane_sources": ["platelet"]},
    ),
    (
        "Here, neutrophil membrane-coated nanoparticles crossed the inflamed endothelium and targeted glioma cells.",
        {"membrane_sources": ["neutrophil"], "cancer_types": ["glioma"]},
    ),
    (
        "Here, macrophage membrane-coated nanoparticles targeted cancer stem cells in breast tumors.",
        {"membrane_sources": ["macrophage"], "cancer_types": ["breast"]},
    ),
    (
        "Here, stem cell membrane-coated nanoparticles loaded with DOX showed lower cardiotoxicity than free DOX and Doxil.",
        {"membrane_sources": ["stem_cell"], "payloads": ["doxorubicin"]},
    ),
    (
        "Here, we coated nanoparticles with membranes of cancer cells to target homologous tumors; T cells infiltrated the tumors.",
        {"membrane_sources": ["cancer_cell"]},
    ),
    (
        "Hypoxia limits PDT. Here, we co-loaded Ce6 and catalase into PLGA nanoparticles coated with cancer cell membrane.",
        {"payloads": ["chlorin e6", "catalase"], "modalities": ["photodynamic_therapy"]},
    ),
    (
        "Here, gold nanorods coated with RBC membranes generated heat under 808 nm laser irradiation to ablate tumors.",
        {"cores": ["gold"], "payloads": [], "modalities": ["photothermal_therapy"]},
    ),
    (
        "Here, platelet membrane-coated nanoparticles delivered an anti-PD-L1 antibody combined with radiotherapy.",
        {"payloads": ["anti-pd-l1 antibody"], "modalities": ["immunotherapy", "radiotherapy"]},
    ),
    (
        "Here, RBC membrane-coated nanoparticles loaded with doxorubicin were used in combination with free anti-PD-1 antibody.",
        {"payloads": ["doxorubicin"]},
    ),
    (
        "Herein, we report macrophage membrane-camouflaged PLGA nanoparticles loaded with paclitaxel for the treatment of metastatic breast cancer.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["plga"],
            "payloads": ["paclitaxel"],
            "cancer_types": ["breast"],
        },
    ),
    (
        "Platelet membrane-wrapped Fe3O4 nanoparticles loaded with sorafenib achieved ferroptosis-based therapy of hepatocellular carcinoma.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["iron_oxide"],
            "payloads": ["sorafenib"],
            "cancer_types": ["liver"],
        },
    ),
    (
        "We fabricated a biomimetic nanosystem by fusing erythrocyte membranes onto gold nanorods for photothermal ablation of colon tumors.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["gold"],
            "cancer_types": ["colorectal"],
            "modalities": ["photothermal_therapy"],
        },
    ),
    (
        "Dendritic cell membrane-coated nanovaccines carrying tumor antigens and CpG were developed for melanoma immunotherapy.",
        {
            "membrane_sources": ["dendritic_cell"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
        },
    ),
    (
        "T cell membrane-coated nanoparticles loaded with the IDO inhibitor 1-MT were used against lung cancer.",
        {"membrane_sources": ["t_cell"], "cancer_types": ["lung"]},
    ),
    (
        "Ovarian cancer cell membrane-cloaked liposomes encapsulating olaparib showed homotypic targeting to SKOV3 tumors.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["liposome"],
            "payloads": ["olaparib"],
            "cancer_types": ["ovarian"],
            "cell_lines": ["SKOV3"],
        },
    ),
    (
        "Cisplatin prodrug-loaded nanoparticles were coated with leukocyte membranes to target gastric cancer.",
        {"membrane_sources": ["leukocyte"], "payloads": ["cisplatin"], "cancer_types": ["gastric"]},
    ),
    (
        "We developed red blood cell membrane-camouflaged black phosphorus nanosheets for combined photothermal and photodynamic therapy.",
        {
            "membrane_sources": ["erythrocyte"],
            "modalities": ["photothermal_therapy", "photodynamic_therapy"],
        },
    ),
    (
        "Neutrophil-mimicking nanoparticles delivering carfilzomib were designed for acute lung injury and lung metastasis.",
        {"membrane_sources": ["neutrophil"], "payloads": ["carfilzomib"]},
    ),
    (
        "Herein, a hybrid membrane derived from platelets and leukocytes was coated onto silica nanoparticles for capturing circulating tumor cells.",
        {
            "membrane_sources": ["platelet", "leukocyte"],
            "cores": ["mesoporous_silica"],
            "hybrid_membrane": True,
        },
    ),
    (
        "Nanoparticles were cloaked with membranes isolated from MDA-MB-231 cells and loaded with gefitinib.",
        {
            "membrane_sources": ["cancer_cell"],
            "payloads": ["gefitinib"],
            "cancer_types": ["breast"],
            "cell_lines": ["MDA-MB-231"],
        },
    ),
    (
        "Cancer-associated fibroblast membrane-coated nanoparticles delivering a photosensitizer enabled photodynamic therapy of pancreatic cancer.",
        {
            "membrane_sources": ["fibroblast"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["pancreatic"],
        },
    ),
    (
        "Bacterial outer membrane vesicles were coated onto polymeric nanoparticles to stimulate antitumor immunity.",
        {
            "membrane_sources": ["bacterium"],
            "cores": ["polymer_other"],
            "modalities": ["immunotherapy"],
        },
    ),
    (
        "Membranes of HEK293T cells engineered to express PD-1 were coated on PLGA nanoparticles for checkpoint blockade therapy.",
        {"membrane_sources": ["other_cell"], "cores": ["plga"], "modalities": ["immunotherapy"]},
    ),
    (
        "We camouflaged manganese dioxide nanoparticles with endothelial cell membranes to deliver siRNA targeting PD-L1.",
        {
            "membrane_sources": ["endothelial_cell"],
            "cores": ["manganese"],
            "payloads": ["sirna"],
            "modalities": ["gene_therapy", "immunotherapy"],
        },
    ),
    (
        "Stem cell membrane-coated upconversion nanoparticles loaded with zinc phthalocyanine mediated NIR-triggered photodynamic therapy.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["upconversion"],
            "payloads": ["zinc phthalocyanine"],
            "modalities": ["photodynamic_therapy"],
        },
    ),
    (
        "Compared with free gemcitabine, gemcitabine-loaded platelet membrane nanoparticles reduced the growth of Panc02 tumors.",
        {
            "membrane_sources": ["platelet"],
            "payloads": ["gemcitabine"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["pancreatic"],
            "cell_lines": ["Panc02"],
        },
    ),
    (
        "RBC membrane-coated nanoparticles co-loaded with DOX and the photothermal agent IR780 were tested against 4T1 breast tumors under 808 nm laser irradiation.",
        {
            "membrane_sources": ["erythrocyte"],
            "payloads": ["doxorubicin", "ir780"],
            "modalities": ["chemotherapy", "photothermal_therapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
        },
    ),
    (
        "Herein, cisplatin-loaded calcium phosphate nanoparticles coated with cancer cell membranes were used for chemo-radiotherapy of nasopharyngeal carcinoma.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["calcium"],
            "payloads": ["cisplatin"],
            "modalities": ["chemotherapy", "radiotherapy"],
            "cancer_types": ["head_and_neck"],
        },
    ),
    (
        "Here, macrophage-derived vesicles were fused with liposomes encapsulating emtansine to treat metastatic breast cancer.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["liposome"],
            "payloads": ["emtansine"],
            "cancer_types": ["breast"],
        },
    ),
    (
        "Cytotoxic T lymphocyte membrane-coated PLGA nanoparticles carrying paclitaxel inhibited gastric tumor growth.",
        {
            "membrane_sources": ["t_cell"],
            "cores": ["plga"],
            "payloads": ["paclitaxel"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["gastric"],
        },
    ),
    (
        "Glioma cell membrane-camouflaged nanoparticles loaded with temozolomide crossed the blood-brain barrier in orthotopic U251 glioma-bearing mice.",
        {
            "membrane_sources": ["cancer_cell"],
            "payloads": ["temozolomide"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["glioma"],
            "cell_lines": ["U251"],
        },
    ),
    (
        "We coated CaCO3 nanoparticles loaded with curcumin with a hybrid membrane of erythrocytes and MCF-7 cells.",
        {
            "membrane_sources": ["erythrocyte", "cancer_cell"],
            "cores": ["calcium"],
            "payloads": ["curcumin"],
            "hybrid_membrane": True,
            "cancer_types": ["breast"],
            "cell_lines": ["MCF-7"],
        },
    ),
    (
        "Prostate cancer cell membrane-coated gold nanocages loaded with docetaxel for PC-3 tumor therapy.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["gold"],
            "payloads": ["docetaxel"],
            "cancer_types": ["prostate"],
            "cell_lines": ["PC-3"],
        },
    ),
    (
        "A natural killer cell membrane-coated nanoplatform loaded with TCPP induced M1 macrophage polarization.",
        {"membrane_sources": ["nk_cell"]},
    ),
    (
        "Here, doxorubicin hydrochloride (DOX·HCl) was loaded into platelet membrane-coated PLGA nanoparticles.",
        {"payloads": ["doxorubicin"], "cores": ["plga"], "membrane_sources": ["platelet"]},
    ),
    (
        "Erythrocyte membrane-coated nanoparticles co-delivering DOX and Bcl-2 siRNA overcame multidrug resistance in MCF-7/ADR cells.",
        {
            "payloads": ["doxorubicin", "sirna"],
            "membrane_sources": ["erythrocyte"],
            "modalities": ["chemotherapy", "gene_therapy"],
        },
    ),
    (
        "We encapsulated ICG and perfluorohexane in cancer cell membrane-coated liposomes for ultrasound imaging-guided photothermal therapy.",
        {
            "payloads": ["indocyanine green", "perfluorocarbon"],
            "cores": ["liposome"],
            "membrane_sources": ["cancer_cell"],
        },
    ),
    (
        "RBC membrane-camouflaged Fe3O4@mSiO2 nanoparticles loaded with mitoxantrone were fabricated.",
        {
            "cores": ["iron_oxide", "mesoporous_silica"],
            "payloads": ["mitoxantrone"],
            "membrane_sources": ["erythrocyte"],
        },
    ),
    (
        "The tumor inhibition of the coated nanoparticles was superior to that of Taxol and Abraxane.",
        {"payloads": []},
    ),
    (
        "Here, a self-assembled paclitaxel dimer nanoparticle was cloaked with macrophage membranes.",
        {
            "payloads": ["paclitaxel"],
            "cores": ["drug_nanocrystal"],
            "membrane_sources": ["macrophage"],
        },
    ),
    (
        "Lipid-polymer hybrid nanoparticles coated with platelet membranes delivered vancomycin.",
        {"membrane_sources": ["platelet"], "payloads": ["vancomycin"]},
    ),
    (
        "Platelet membrane-coated nanoparticles loaded with the TLR7 agonist imiquimod (R837) were combined with PD-L1 blockade.",
        {
            "payloads": ["imiquimod"],
            "membrane_sources": ["platelet"],
            "modalities": ["immunotherapy"],
        },
    ),
    (
        "Cancer cell membrane-coated nanoparticles carrying the chemotherapeutic agent mitomycin C were tested in HT-29 cells.",
        {
            "payloads": ["mitomycin c"],
            "membrane_sources": ["cancer_cell"],
            "cell_lines": ["HT-29"],
            "cancer_types": ["colorectal"],
        },
    ),
    (
        "Macrophage membrane-coated gold nanoshells enabled photothermal therapy without any drug.",
        {"payloads": [], "cores": ["gold"], "modalities": ["photothermal_therapy"]},
    ),
    (
        "The hybrid nanoparticles released DOX faster at pH 5.0 than at pH 7.4, whereas free DOX caused cardiotoxicity.",
        {"payloads": ["doxorubicin"]},
    ),
    (
        "We prepared erythrocyte membrane-enveloped polycaprolactone nanoparticles encapsulating the antimalarial drug artesunate for cancer therapy.",
        {
            "cores": ["polymer_other"],
            "payloads": ["artesunate"],
            "membrane_sources": ["erythrocyte"],
        },
    ),
    (
        "Neutrophil membrane-coated nanoparticles loaded with a CXCR4 antagonist (AMD3100) inhibited metastasis.",
        {"payloads": ["plerixafor"], "membrane_sources": ["neutrophil"]},
    ),
    (
        "Here, bovine serum albumin nanoparticles loaded with paclitaxel were coated with platelet membranes.",
        {"cores": ["albumin"], "payloads": ["paclitaxel"]},
    ),
    (
        "Cancer cell membrane-coated carbon nanotubes loaded with DOX enabled chemo-photothermal therapy.",
        {
            "cores": ["carbon"],
            "payloads": ["doxorubicin"],
            "modalities": ["chemotherapy", "photothermal_therapy"],
        },
    ),
    (
        "We designed a platelet membrane-coated nanosystem co-loaded with chlorin e6 and the hypoxia-activated prodrug AQ4N.",
        {
            "payloads": ["chlorin e6", "banoxantrone"],
            "modalities": ["photodynamic_therapy", "chemotherapy"],
        },
    ),
    (
        "Here, nanoparticles were coated with membranes from fused cancer and dendritic cells to elicit antitumor immunity.",
        {"membrane_sources": ["cancer_cell", "dendritic_cell"]},
    ),
    (
        "Here, PLGA cores were cloaked with a hybrid of red blood cell and platelet membranes.",
        {"membrane_sources": ["erythrocyte", "platelet"], "hybrid_membrane": True},
    ),
    (
        "Here, we prepared macrophage-cancer hybrid membrane-coated nanoparticles.",
        {"membrane_sources": ["macrophage", "cancer_cell"], "hybrid_membrane": True},
    ),
    (
        "Here, erythrocyte-cancer cell hybrid membranes were coated onto melanin nanoparticles.",
        {"membrane_sources": ["erythrocyte", "cancer_cell"], "hybrid_membrane": True},
    ),
    (
        "Here, nanoparticles camouflaged with membranes of activated T cells carried PD-1 to block PD-L1.",
        {"membrane_sources": ["t_cell"]},
    ),
    (
        "Here, we wrapped the nanoparticles in a membrane shell derived from human umbilical vein endothelial cells.",
        {"membrane_sources": ["endothelial_cell"]},
    ),
    (
        "Here, bone marrow mesenchymal stem cell membrane-coated nanoparticles homed to the tumor.",
        {"membrane_sources": ["stem_cell"]},
    ),
    (
        "Here, the nanoparticles were cloaked in the plasma membrane of tumor-associated fibroblasts.",
        {"membrane_sources": ["fibroblast"]},
    ),
    (
        "Here, nanoparticles coated with membranes of genetically engineered HEK293 cells overexpressing SIRPα blocked CD47.",
        {"membrane_sources": ["other_cell"]},
    ),
    (
        "Here, we used the membranes of monocytes to coat nanoparticles targeting metastatic breast cancer.",
        {"membrane_sources": ["monocyte"]},
    ),
    (
        "The uptake of red blood cell membrane-coated nanoparticles by macrophages and 4T1 cells was compared.",
        {"membrane_sources": ["erythrocyte"]},
    ),
    (
        "Here, the membrane of CT26 cells was extracted and fused with liposomes to form a tumor vaccine.",
        {"membrane_sources": ["cancer_cell"], "cores": ["liposome"]},
    ),
    (
        "Here, we isolated neutrophil membranes and coated them onto PLGA nanoparticles that targeted inflamed tumor sites.",
        {"membrane_sources": ["neutrophil"], "cores": ["plga"]},
    ),
    (
        "Here, platelet-mimicking nanoparticles delivered TRAIL to circulating tumor cells.",
        {"membrane_sources": ["platelet"]},
    ),
    (
        "Here, Escherichia coli outer membrane vesicles coated on nanoparticles induced immune activation.",
        {"membrane_sources": ["bacterium"]},
    ),
    (
        "Here, hyaluronic acid-modified RBC membrane-coated PLGA nanoparticles loaded with DOX were prepared.",
        {"cores": ["plga"]},
    ),
    (
        "Here, PEGylated gold nanorods were coated with platelet membranes.",
        {"cores": ["gold"]},
    ),
    (
        "Here, chitosan-modified liposomes were cloaked with macrophage membranes.",
        {"cores": ["liposome"]},
    ),
    # metal particles decorating a core are a part of it
    (
        "Here, platinum-decorated ceria nanoparticles were cloaked with macrophage membranes.",
        {"cores": ["cerium", "platinum"]},
    ),
    (
        "Liposomes and micelles are widely used carriers. Here, we coated PLGA nanoparticles with RBC membranes.",
        {"cores": ["plga"]},
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles were more effective than Doxil and Abraxane.",
        {"cores": ["plga"], "payloads": []},
    ),
    (
        "Here, RBC membrane-coated nanoparticles with a PLGA core and a lipid-PEG shell were made.",
        {"cores": ["plga"]},
    ),
    (
        "Here, MnO2-coated upconversion nanoparticles were camouflaged with cancer cell membranes.",
        {"cores": ["manganese", "upconversion"]},
    ),
    (
        "Here, RBC membrane-coated nanoparticles were compared with PEGylated liposomes and bare PLGA nanoparticles.",
        {"cores": ["plga"]},
    ),
    (
        "Here, iron oxide nanoparticles were co-loaded with DOX into RBC membrane vesicles.",
        {"cores": ["iron_oxide"], "payloads": ["doxorubicin"]},
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles loaded with DOX were combined with intraperitoneal anti-PD-L1 antibody.",
        {"payloads": ["doxorubicin"]},
    ),
    (
        "Here, platelet membrane-coated nanoparticles carrying R848 were co-administered with free oxaliplatin.",
        {"payloads": ["r848"]},
    ),
    (
        "Here, macrophage membrane-coated nanoparticles loaded with PTX synergized with systemic cisplatin chemotherapy.",
        {"payloads": ["paclitaxel"]},
    ),
    (
        "Here, the nanoparticles loaded with sorafenib and coated with RBC membranes were more effective than sorafenib alone.",
        {"payloads": ["sorafenib"]},
    ),
    (
        "Here, RBC membrane-coated nanoparticles loaded with DOX and curcumin reversed resistance, unlike free DOX plus free curcumin.",
        {"payloads": ["doxorubicin", "curcumin"]},
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles encapsulating both gemcitabine and paclitaxel were prepared.",
        {"payloads": ["gemcitabine", "paclitaxel"]},
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles were loaded with a cocktail of DOX, ICG and the IDO inhibitor NLG919.",
        {"payloads": ["doxorubicin", "indocyanine green", "nlg919"]},
    ),
    (
        "Here, RBC membrane-coated nanoparticles loaded with DOX were prepared; mice treated with Doxil served as controls.",
        {"payloads": ["doxorubicin"]},
    ),
    # a line named after its mouse model; a leukemia line standing in for T cells
    ("Here, RBC membrane-coated nanoparticles were tested in KPC mice.", {"cell_lines": []}),
    (
        "Here, KPC cells were used as membrane donors for coating PLGA nanoparticles.",
        {
            "cell_lines": ["KPC"],
            "membrane_sources": ["cancer_cell"],
            "cancer_types": ["pancreatic"],
        },
    ),
    (
        "Here, membranes of Jurkat T cells were coated onto PLGA nanoparticles to treat melanoma.",
        {"membrane_sources": ["t_cell"], "cancer_types": ["melanoma"], "cell_lines": ["Jurkat"]},
    ),
    (
        "Exosomes secreted by HepG2 cells were coated onto gold nanorods.",
        {"membrane_sources": ["extracellular_vesicle"], "cell_lines": ["HepG2"]},
    ),
    (
        "Membrane vesicles derived from M1 macrophages were coated onto PLGA nanoparticles.",
        {"membrane_sources": ["macrophage"]},
    ),
    (
        "Here, HL-60-derived neutrophil-like cell membranes were coated onto PLGA nanoparticles to treat 4T1 tumors.",
        {"membrane_sources": ["neutrophil"], "cancer_types": ["breast"]},
    ),
]


def _labels(nlp, abstracts: list[str], title: str = "") -> list[dict]:
    articles = [Article(pmid=str(i + 1), title=title, abstract=a) for i, a in enumerate(abstracts)]
    return [result.labels for _, result in extract_articles(nlp, articles)]


def _assert_labels(labels: dict, expected: dict) -> None:
    """Lists compared as sets ignoring case (as the guide scores payloads and cell lines)."""
    for field, value in expected.items():
        got = labels[field]
        if isinstance(value, list):
            assert sorted(v.lower() for v in got) == sorted(v.lower() for v in value), field
        else:
            assert got == value, field


@pytest.mark.parametrize(("core", "code"), CORE_WORDINGS.items(), ids=CORE_WORDINGS.keys())
def test_a_named_core_gets_its_code(nlp, core, code):
    abstract = f"Here, {core} were coated with red blood cell membranes to deliver drugs to tumors."
    (labels,) = _labels(nlp, [abstract])
    assert labels["cores"] == [code]


@pytest.mark.parametrize(("abstract", "expected"), LABELLED_SENTENCES)
def test_a_labelled_sentence_gets_the_guide_labels(nlp, abstract, expected):
    (labels,) = _labels(nlp, [abstract])
    _assert_labels(labels, expected)


# Whole abstracts in the field's usual shape (background, own work, results, outlook), written
# for these tests (never copied from a published abstract), with the labels the guide asks for.
LABELLED_ABSTRACTS_FILE = Path(__file__).parents[1] / "fixtures" / "labelled_abstracts.jsonl"
LABELLED_ABSTRACTS = [
    (case["title"], case["abstract"], case["expected"])
    for case in map(json.loads, LABELLED_ABSTRACTS_FILE.read_text(encoding="utf-8").splitlines())
]


@pytest.mark.parametrize(
    ("title", "abstract", "expected"),
    LABELLED_ABSTRACTS,
    ids=lambda v: v[:30] if isinstance(v, str) else "",
)
def test_a_labelled_abstract_gets_the_guide_labels(nlp, title, abstract, expected):
    (labels,) = _labels(nlp, [abstract], title=title)
    _assert_labels(labels, expected)


MODALITY_WORDINGS = [
    # an unnamed photosensitizer's reactive oxygen under light is photodynamic therapy
    (
        "Here, PLGA nanoparticles were coated with 4T1 cell membranes. The particles loaded with a photosensitizer generated ROS under 660 nm light, killing 4T1 cells.",
        ["photodynamic_therapy"],
    ),
    # a dose in gray is radiation, whatever the beam is called
    (
        "Radiotherapy is limited by hypoxia. Here, RBC membrane-coated Bi2S3 nanorods combined with 6 Gy X-ray illumination suppressed 4T1 tumors.",
        ["radiotherapy"],
    ),
    (
        "Photothermal therapy is limited by heat shock proteins. Here, RBC membrane-coated Ti3C2 nanosheets generated heat under 1064 nm irradiation.",
        ["photothermal_therapy"],
    ),
    # heat made under light is photothermal therapy, whatever the core
    (
        "Here, cancer cell membrane-coated Ti3C2 nanosheets generated heat under 1064 nm irradiation and ablated 4T1 tumors.",
        ["photothermal_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated Ti3C2 nanosheets showed no heat generation under 660 nm irradiation.",
        [],
    ),
    (
        "Here, glutathione-protected gold nanoclusters coated with HeLa cell membranes were developed for targeted imaging of tumors.",
        ["imaging"],
    ),
    (
        "Here, RBC membrane-coated Fe3O4 nanoparticles served as MRI contrast agents for image-guided therapy of tumors.",
        ["imaging"],
    ),
    (
        "Here, neutrophil membrane-coated PLGA nanoparticles loaded with dexamethasone followed chemokine gradients by chemotaxis to inflamed tumors.",
        [],
    ),
    (
        "Here, neutrophil membrane-coated PLGA nanoparticles loaded with dexamethasone enhanced chemotherapy of inflamed tumors.",
        ["chemotherapy"],
    ),
    (
        "Here, ICG-loaded RBC membrane-coated nanoparticles were stable at room temperature, and singlet oxygen generation under 808 nm laser was measured.",
        ["photodynamic_therapy"],
    ),
    (
        "Here, RBC membrane-coated Prussian blue nanoparticles were sized by dynamic light scattering, and these results highlight their stability in serum.",
        [],
    ),
    (
        "Here, RBC membrane-coated Prussian blue nanoparticles heated 4T1 tumors under light irradiation.",
        ["photothermal_therapy"],
    ),
    (
        "Here, RBC membrane-coated gold nanorods carrying Ce6 enabled photothermal or photodynamic cancer therapy of 4T1 tumors.",
        ["photodynamic_therapy", "photothermal_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles loaded with ICG enabled photothermal and photodynamic therapies of tumors.",
        ["photodynamic_therapy", "photothermal_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles loaded with DOX and ICG enabled chemo- and photothermal therapy of tumors.",
        ["chemotherapy", "photothermal_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles enabled combined photothermal/photodynamic therapy of tumors.",
        ["photodynamic_therapy", "photothermal_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles enabled synergistic PTT/PDT of tumors.",
        ["photodynamic_therapy", "photothermal_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles enabled chemo-photothermal therapy of tumors.",
        ["chemotherapy", "photothermal_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles enabled sonodynamic-chemodynamic therapy of tumors.",
        ["chemodynamic_therapy", "sonodynamic_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles enabled chemo-immunotherapy of tumors.",
        ["chemotherapy", "immunotherapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles enabled radio-immunotherapy of tumors.",
        ["immunotherapy", "radiotherapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles enabled chemodynamic and starvation therapy of tumors.",
        ["chemodynamic_therapy", "starvation_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles enabled phototherapy of tumors.",
        [],
    ),
    (
        "Here, red blood cell membrane-coated polydopamine nanoparticles enabled mild photothermal therapy (mPTT) at 45 °C of 4T1 tumors in mice.",
        ["photothermal_therapy"],
    ),
    (
        "Here, platelet membrane-coated semiconducting polymer nanoparticles enabled NIR-II photothermal therapy of orthotopic tumors in mice.",
        ["photothermal_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated copper sulfide nanoparticles enabled photoacoustic imaging-guided photothermal therapy of tumors in mice.",
        ["imaging", "photothermal_therapy"],
    ),
    (
        "Here, macrophage membrane-coated Fe3O4 nanoparticles catalyzed a Fenton reaction to generate hydroxyl radicals for chemodynamic therapy (CDT) of tumors.",
        ["chemodynamic_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles loaded with glucose oxidase depleted intratumoral glucose for starvation therapy.",
        ["starvation_therapy"],
    ),
    (
        "Here, red blood cell membrane-coated TiO2 nanoparticles generated reactive oxygen species under ultrasound for sonodynamic therapy (SDT) of tumors.",
        ["sonodynamic_therapy"],
    ),
    (
        "Here, platelet membrane-coated bismuth nanoparticles acted as radiosensitizers and enhanced X-ray radiotherapy of tumors in mice.",
        ["radiotherapy"],
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles released H2S in tumors for gas therapy.",
        ["gas_therapy"],
    ),
    (
        "Here, red blood cell membrane-coated nanoparticles loaded with a CRISPR-Cas9 plasmid knocked out the PLK1 gene in tumors by gene editing.",
        ["gene_therapy"],
    ),
    (
        "Here, macrophage membrane-coated gadolinium nanoparticles served as MRI contrast agents for tumor diagnosis.",
        ["imaging"],
    ),
    (
        "Here, neutrophil membrane-coated nanoparticles enabled fluorescence imaging-guided surgery of tumors in mice.",
        ["imaging"],
    ),
    (
        "Here, cancer cell membrane-coated manganese dioxide nanoparticles released Mn2+ for Fenton-like chemodynamic therapy and T1-weighted magnetic resonance imaging of tumors.",
        ["chemodynamic_therapy", "imaging"],
    ),
    (
        "Here, red blood cell membrane-coated nanoparticles loaded with siRNA against VEGF silenced VEGF expression in tumors.",
        ["gene_therapy"],
    ),
    (
        "Here, erythrocyte membrane-coated nanoparticles delivered hydrogen gas to tumors for hydrogen therapy.",
        ["gas_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles loaded with sorafenib and iron induced ferroptosis of tumor cells.",
        ["chemotherapy", "ferroptosis"],
    ),
    (
        "Here, platelet membrane-coated nanoparticles enabled photodynamic therapy (PDT) with 5-aminolevulinic acid under red light.",
        ["photodynamic_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles triggered immunogenic cell death and synergized with checkpoint blockade.",
        ["immunotherapy"],
    ),
    (
        "Here, biodistribution of RBC membrane-coated nanoparticles was monitored by fluorescence imaging, and doxorubicin delivery suppressed tumor growth.",
        ["chemotherapy"],
    ),
    (
        "Here, macrophage membrane-coated nanoparticles carrying the photosensitizer Ce6 and the chemotherapeutic doxorubicin achieved chemo-photodynamic therapy.",
        ["chemotherapy", "photodynamic_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated CaCO3 nanoparticles caused calcium overload and immunogenic cell death in tumor cells.",
        ["immunotherapy"],
    ),
    (
        "Here, T cell membrane-coated nanoparticles neutralized PD-L1 to reinvigorate exhausted T cells.",
        ["immunotherapy"],
    ),
    (
        "Here, red blood cell membrane-coated gold nanocages loaded with the radiosensitizer were used for synergistic radio-photothermal therapy.",
        ["radiotherapy", "photothermal_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles enabled low-temperature photothermal therapy combined with heat shock protein inhibition.",
        ["photothermal_therapy"],
    ),
    (
        "Here, platelet membrane-coated nanoparticles carrying a nitric oxide donor released NO in tumors for gas therapy.",
        ["gas_therapy"],
    ),
    # "NO" as written (capitals) next to its making: the gas, without "nitric oxide" spelled out
    (
        "Here, RBC membrane-coated nanoparticles generated NO in the tumor and reversed hypoxia.",
        ["gas_therapy"],
    ),
    (
        "Here, the NO release of the macrophage membrane-coated nanoparticles was sustained.",
        ["gas_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles showed no release of the coated membrane proteins.",
        [],
    ),
    ("Here, RBC membrane-coated nanoparticles released H2 gas in tumors.", ["gas_therapy"]),
    (
        "Here, RBC membrane-coated nanoparticles delivered CO to tumors under light.",
        ["gas_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles blocked the PD-1/PD-L1 checkpoint to restore T cell activity against tumors.",
        ["immunotherapy"],
    ),
    # hyperthermia under a laser is photothermal; under an alternating magnetic field it is not
    (
        "Here, neutrophil membrane-coated nanoparticles were used for mild hyperthermia of glioma under 808 nm laser.",
        ["photothermal_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles were used for magnetic hyperthermia of tumors under an alternating magnetic field.",
        [],
    ),
    # a sonosensitizer's reactive oxygen under ultrasound; ultrasound that only images is not
    (
        "Here, RBC membrane-coated TiO2 nanoparticles generated ROS upon ultrasound irradiation.",
        ["sonodynamic_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles were imaged by ultrasound; ROS levels were measured in cells.",
        [],
    ),
    # a photosensitizer activated by ultrasound, not light, is a sonosensitizer
    (
        "Here, RBC membrane-coated PLGA nanoparticles loaded with chlorin e6 were activated under ultrasound to treat 4T1 tumors.",
        ["sonodynamic_therapy"],
    ),
    # (an ultrasound image activates nothing: the photosensitizer stays one)
    (
        "Here, RBC membrane-coated PLGA nanoparticles loaded with chlorin e6 were tracked by ultrasound imaging.",
        ["photodynamic_therapy"],
    ),
    # imaging as guidance of the therapy is a purpose; imaging that measured an effect is not
    (
        "Here, RBC membrane-coated Prussian blue nanoparticles were tracked by their Raman signal, which is useful for guiding photothermal therapy.",
        ["imaging", "photothermal_therapy"],
    ),
    (
        "Here, platelet membrane-coated gold nanorods offered imaging guidance for photothermal therapy.",
        ["imaging", "photothermal_therapy"],
    ),
    (
        "Here, RBC membrane-coated gold nanorods enabled photothermal therapy, as revealed by PET imaging and IR thermal imaging in vivo.",
        ["photothermal_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles loaded with Ce6 generated singlet oxygen under 660 nm light for photodynamic therapy.",
        ["photodynamic_therapy"],
    ),
    (
        "Here, platelet membrane-coated nanoparticles enabled sonodynamic therapy (SDT) under ultrasound.",
        ["sonodynamic_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles catalysed Fenton reactions to produce hydroxyl radicals.",
        ["chemodynamic_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles consumed glucose to starve tumors.",
        ["starvation_therapy"],
    ),
    (
        "Here, macrophage membrane-coated nanoparticles released nitric oxide (NO) for gas therapy.",
        ["gas_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles induced ferroptosis by GPX4 inactivation.",
        ["ferroptosis"],
    ),
    (
        "Here, platelet membrane-coated nanoparticles sensitized tumors to X-ray radiotherapy.",
        ["radiotherapy"],
    ),
    (
        "Here, platelet membrane-coated gold nanoparticles enhanced radiation therapy.",
        ["radiotherapy"],
    ),
    ("Here, RBC membrane-coated nanoparticles served as a cancer vaccine.", ["immunotherapy"]),
    (
        "Here, cancer cell membrane-coated nanoparticles combined with PD-1 blockade.",
        ["immunotherapy"],
    ),
    # (PD-L1 silenced by its siRNA is checkpoint blockade as well, as "siRNA against PD-L1" is)
    (
        "Here, RBC membrane-coated nanoparticles loaded with siRNA silenced PD-L1.",
        ["gene_therapy", "immunotherapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles loaded with siRNA silenced survivin.",
        ["gene_therapy"],
    ),
    (
        "Here, macrophage membrane-coated Fe3O4 nanoparticles enabled MRI-guided photothermal therapy.",
        ["imaging", "photothermal_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles induced immunogenic cell death and activated T cells.",
        ["immunotherapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles generated H2 gas for hydrogen therapy.",
        ["gas_therapy"],
    ),
    (
        "Here, platelet membrane-coated nanoparticles produced carbon monoxide for gas therapy.",
        ["gas_therapy"],
    ),
    ("Here, RBC membrane-coated nanoparticles mediated magnetic hyperthermia.", []),
    (
        "Here, RBC membrane-coated nanoparticles enabled photoacoustic imaging-guided photothermal therapy.",
        ["imaging", "photothermal_therapy"],
    ),
    ("Here, RBC membrane-coated nanoparticles loaded with cisplatin were used.", ["chemotherapy"]),
    (
        "Here, RBC membrane-coated nanoparticles depleted glutathione and amplified oxidative stress via Cu+-mediated Fenton-like reactions.",
        ["chemodynamic_therapy"],
    ),
    ("Here, cancer cell membrane-coated nanoparticles triggered cuproptosis.", []),
    (
        "Here, RBC membrane-coated nanoparticles were used for CRISPR/Cas9 gene editing of PD-L1.",
        ["gene_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles were used for photothermal-immunotherapy.",
        ["photothermal_therapy", "immunotherapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles enabled NIR-II photothermal therapy.",
        ["photothermal_therapy"],
    ),
    ("Here, RBC membrane-coated nanoparticles enhanced radiosensitization.", ["radiotherapy"]),
    (
        "Here, RBC membrane-coated nanoparticles loaded with IR780 and paclitaxel were developed for photochemotherapy.",
        ["photothermal_therapy", "chemotherapy"],
    ),
    (
        "Here, we designed platelet membrane-coated Prussian blue nanoparticles for MRI-guided photothermal therapy.",
        ["imaging", "photothermal_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated gold nanorods enabled photoacoustic imaging-guided photothermal therapy.",
        ["imaging", "photothermal_therapy"],
    ),
    (
        "Here, macrophage membrane-coated nanoparticles served as a theranostic platform combining fluorescence imaging and chemotherapy with DOX.",
        ["imaging", "chemotherapy"],
    ),
    (
        "Here, RBC membrane-coated Fe3O4 nanoparticles were used as T2 contrast agents for MRI of tumors.",
        ["imaging"],
    ),
    (
        "Here, Cu2-xSe nanoparticles coated with cancer cell membranes catalyzed a Fenton-like reaction to produce hydroxyl radicals.",
        ["chemodynamic_therapy"],
    ),
    (
        "Here, platelet membrane-coated nanoparticles released nitric oxide from L-arginine under ROS to kill tumor cells.",
        ["gas_therapy"],
    ),
    (
        "Here, hybrid membrane-coated nanoparticles carrying 131I enabled internal radiotherapy of tumors.",
        ["radiotherapy"],
    ),
    (
        "Here, bismuth nanoparticles coated with RBC membranes acted as radiosensitizers to enhance X-ray radiotherapy.",
        ["radiotherapy"],
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles delivering a CRISPR/Cas9 plasmid knocked out PD-L1.",
        ["gene_therapy", "immunotherapy"],
    ),
    (
        "Here, erythrocyte membrane-coated nanoparticles carrying glucose oxidase exhausted intratumoral glucose.",
        ["starvation_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles loaded with sorafenib induced ferroptosis of liver cancer cells.",
        ["ferroptosis", "chemotherapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles loaded with the photosensitizer verteporfin were irradiated with a 690 nm laser.",
        ["photodynamic_therapy"],
    ),
    (
        "Here, cancer cell membrane-coated semiconducting polymer nanoparticles generated heat under 1064 nm NIR-II laser irradiation.",
        ["photothermal_therapy"],
    ),
    (
        "Here, neutrophil membrane-coated nanoparticles carrying mRNA encoding IL-12 activated antitumor immunity.",
        ["gene_therapy", "immunotherapy"],
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles loaded with DOX were prepared. In vivo fluorescence imaging showed that they accumulated in tumors.",
        ["chemotherapy"],
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles loaded with DOX were prepared. Their biodistribution was tracked by IVIS imaging of DiR-labeled particles.",
        ["chemotherapy"],
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles loaded with DOX were prepared. Confocal microscopy imaging revealed their uptake by 4T1 cells.",
        ["chemotherapy"],
    ),
    (
        "Here, RBC membrane-coated gold nanorods were used for CT imaging-guided photothermal therapy.",
        ["imaging", "photothermal_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoprobes enabled fluorescence imaging of early-stage tumors for diagnosis.",
        ["imaging"],
    ),
    (
        "Here, platelet membrane-coated nanoparticles enabled multimodal imaging (MRI/PA) and synergistic chemo-photothermal therapy.",
        ["imaging", "chemotherapy", "photothermal_therapy"],
    ),
    (
        "Here, we developed a theranostic nanoplatform of cancer cell membrane-coated Fe3O4 nanoparticles loaded with ICG.",
        ["imaging"],
    ),
    # imaging that guides the surgeon is a purpose, not a readout
    (
        "Here, cancer cell membrane-coated NIR-II probes allowed real-time tracking of tumors, guiding surgical resection.",
        ["imaging"],
    ),
    (
        "Here, RBC membrane-coated nanoprobes enabled intraoperative navigation in 4T1 tumors.",
        ["imaging"],
    ),
    # an imaging technique used to monitor tumors measures; it is no purpose
    (
        "Here, macrophage membrane-coated MSNs loaded with HMME killed tumors under ultrasound. Ultrasound imaging was used to monitor the tumors.",
        ["sonodynamic_therapy"],
    ),
    # the cGAS-STING pathway switched on is immune activation
    (
        "Here, macrophage membrane-coated MnO2 nanoparticles released Mn2+ that activated the cGAS-STING pathway in tumors.",
        ["immunotherapy"],
    ),
    # a cytotoxic drug given beside the carrier is no payload, but the tumor still gets it
    (
        "Here, fibroblast membrane-coated semiconducting polymer nanoparticles loosened the stroma and, combined with gemcitabine, suppressed Panc02 tumors.",
        ["chemotherapy"],
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles were made. Combined with cisplatin, the nanoparticles slowed tumor growth.",
        ["chemotherapy"],
    ),
    # a checkpoint gene silenced is immune therapy too; an enzyme that depletes a nutrient, a
    # tumor's blood supply cut off: starvation; an unnamed photosensitizer switched on by light
    (
        "Here, RBC membrane-coated NPs delivered siRNA silencing PD-L1 in tumor cells.",
        ["gene_therapy", "immunotherapy"],
    ),
    (
        "Here, RBC membrane-coated NPs loaded with arginine deiminase starved tumors of arginine.",
        ["starvation_therapy"],
    ),
    (
        "Here, platelet membrane-coated NPs induced thrombosis in tumor vessels, cutting off the blood supply.",
        ["starvation_therapy"],
    ),
    (
        "Here, RBC membrane-coated UCNPs converted NIR light to UV light to activate a photosensitizer.",
        ["photodynamic_therapy"],
    ),
    # radiosensitizing the cells, overcoming radioresistance: radiotherapy
    (
        "Here, leukocyte membrane-coated bismuth nanoparticles radiosensitized HL-60 cells.",
        ["radiotherapy"],
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles carrying perfluorocarbon overcame the radioresistance of hypoxic tumors.",
        ["radiotherapy"],
    ),
    # a drug of no named class that the carrier delivers against a tumor named by its kind
    (
        "Here, neutrophil membrane-coated nanoparticles loaded with the natural product berberine suppressed glioma.",
        ["chemotherapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles carrying berberine inhibited 4T1 tumors.",
        ["chemotherapy"],
    ),
    # an antineoplastic agent of the long tail (by its INN stem) is a chemotherapy drug,
    # beside another modality too
    (
        "Here, RBC membrane-coated nanoparticles co-loaded with alectinib and ICG were irradiated with an 808 nm laser.",
        ["chemotherapy", "photothermal_therapy"],
    ),
]

# what the own work did to a tumor or its cells makes a delivered drug of no named class
# the chemotherapy; the same words about inflammation, infection or circulation do not
DRUG_EFFECT_WORDINGS = [
    ("They inhibited the growth of S180 sarcoma in mice.", True),
    ("They reduced the volume of A549 xenografts by 70%.", True),
    ("The coated particles halved tumor volume in nude mice.", True),
    ("The coated particles reduced tumor number in mice with induced colorectal tumors.", True),
    ("The coated particles suppressed recurrence of gliomas in mice.", True),
    ("Median survival of tumor-bearing mice was prolonged from 30 to 45 days.", True),
    ("The particles prolonged the survival of mice bearing orthotopic gliomas.", True),
    ("The particles reduced the viability of HeLa cells by 70%.", True),
    ("The particles induced apoptosis of HeLa cells and arrested the cell cycle.", True),
    ("The particles were more toxic to HeLa cells than the free drug.", True),
    ("The tumor inhibition rate reached 75%.", True),
    ("The particles inhibited the proliferation of breast cancer cells.", True),
    ("Tumor growth was markedly inhibited in MCF-7 xenografts.", True),
    ("The particles relieved inflammation in arthritic joints.", False),
    ("The particles reduced the infarct volume in rats after stroke.", False),
    ("The particles induced apoptosis of activated macrophages in atherosclerotic plaques.", False),
    ("The particles inhibited the proliferation of inflammatory cells.", False),
    ("The particles prolonged the circulation half-life of the drug.", False),
    ("The particles reduced bacterial burden and prolonged survival of septic mice.", False),
]


@pytest.mark.parametrize(("effect", "chemotherapy"), DRUG_EFFECT_WORDINGS)
def test_a_drug_of_no_class_is_the_chemotherapy_when_it_acts_on_a_tumor(nlp, effect, chemotherapy):
    abstract = f"We coated berberine-loaded PLGA nanoparticles with RBC membranes. {effect}"
    (labels,) = _labels(nlp, [abstract])
    assert labels["payloads"] == ["berberine"]
    assert ("chemotherapy" in labels["modalities"]) is chemotherapy


@pytest.mark.parametrize(("abstract", "modalities"), MODALITY_WORDINGS)
def test_a_modality_wording_gets_its_codes(nlp, abstract, modalities):
    (labels,) = _labels(nlp, [abstract])
    assert sorted(labels["modalities"]) == sorted(modalities)


CANCER_WORDINGS = {
    "ccRCC": "renal",  # clear cell renal cell carcinoma, often left undefined
    "prostatic carcinoma": "prostate",
    "skin cancer": "other_cancer",
    "bladder urothelial cancer": "bladder",
    "oesophageal adenocarcinoma": "esophageal",
    "non-melanoma skin cancer": "other_cancer",
    "hepatocellular carcinoma (HCC)": "liver",
    "non-small cell lung cancer (NSCLC)": "lung",
    "triple-negative breast cancer (TNBC)": "breast",
    "glioblastoma multiforme (GBM)": "glioma",
    "colorectal cancer (CRC)": "colorectal",
    "pancreatic ductal adenocarcinoma (PDAC)": "pancreatic",
    "oral squamous cell carcinoma (OSCC)": "head_and_neck",
    "nasopharyngeal carcinoma": "head_and_neck",
    "esophageal squamous cell carcinoma": "esophageal",
    "renal cell carcinoma": "renal",
    "acute myeloid leukemia": "leukemia",
    "neuroblastoma": "other_cancer",
    "retinoblastoma": "other_cancer",
    "endometrial cancer": "other_cancer",
    "anaplastic thyroid carcinoma": "thyroid",
    "uveal melanoma": "melanoma",
    "osteosarcoma": "osteosarcoma",
    "mesothelioma": "other_cancer",
    "urothelial carcinoma of the bladder": "bladder",
    "cervical cancer": "cervical",
    "gastric cancer": "gastric",
    "prostate cancer": "prostate",
    "ovarian cancer": "ovarian",
    "B-cell lymphoma": "lymphoma",
    "hepatoma": "liver",
    "colon cancer": "colorectal",
    "small cell lung cancer": "lung",
    "head and neck squamous cell carcinoma (HNSCC)": "head_and_neck",
    "tongue squamous cell carcinoma": "head_and_neck",
    "laryngeal carcinoma": "head_and_neck",
    "cholangiocarcinoma": "liver",
    "medulloblastoma": "other_cancer",
    "hepatoblastoma": "liver",
    "urothelial carcinoma": "bladder",
    "castration-resistant prostate cancer": "prostate",
    "glioma": "glioma",
    "rhabdomyosarcoma": "other_cancer",
    "Ewing sarcoma": "other_cancer",
    "breast carcinoma": "breast",
    "lung adenocarcinoma": "lung",
    "peritoneal metastasis of colorectal cancer": "colorectal",
    "brain metastases of breast cancer": "breast",
    "chronic myeloid leukemia": "leukemia",
    "diffuse large B-cell lymphoma": "lymphoma",
    "liver cancer": "liver",
    "gallbladder cancer": "other_cancer",
    "kidney cancer": "renal",
    "oesophageal cancer": "esophageal",
    "stomach cancer": "gastric",
    "colorectal liver metastases": "colorectal",
    "melanoma": "melanoma",
}


@pytest.mark.parametrize(("cancer", "code"), CANCER_WORDINGS.items(), ids=CANCER_WORDINGS.keys())
def test_a_named_cancer_gets_its_code(nlp, cancer, code):
    abstract = (
        f"Here, RBC membrane-coated nanoparticles were developed for the treatment of {cancer}."
    )
    (labels,) = _labels(nlp, [abstract])
    assert labels["cancer_types"] == [code]


# donors named the many ways papers name them (Cell Ontology decides: microglia are macrophages)
MEMBRANE_WORDINGS = [
    # a cell type hyphened to "targeting" is what the particles aim at; "targeted" as the verb
    # after a donor is not
    (
        "Here, macrophage-targeting RBC membrane-coated nanoparticles repolarized tumor-associated macrophages.",
        ["erythrocyte"],
    ),
    (
        "Here, nanoparticles coated with membranes of tumor-associated macrophages targeted breast cancer.",
        ["macrophage"],
    ),
    (
        "Here, tumor-repopulating cell membranes were used to coat PLGA nanoparticles.",
        ["cancer_cell"],
    ),
    # a line made into the cell type named before it, with "differentiated" between
    (
        "Here, membranes of neutrophil-like differentiated HL-60 cells were coated onto PLGA nanoparticles.",
        ["neutrophil"],
    ),
    # the second donor of a coordination after its modifiers; a verb after "and" is no donor's
    (
        "Here, we prepared hybrid membranes from U87 cells and brain endothelial cells (bEnd.3) and used them to coat Fe3O4 nanoparticles.",
        ["cancer_cell", "endothelial_cell"],
    ),
    (
        "Here, Fe3O4 nanoparticles were coated with RBC membranes and targeted cancer cells.",
        ["erythrocyte"],
    ),
    # donor lines by name: an NK line's variant, endothelial lines of the vessel and the brain
    (
        "Here, PLGA nanoparticles were coated with membranes of human NK-92MI cells.",
        ["nk_cell"],
    ),
    (
        "Here, nanoparticles coated with hCMEC/D3 cell membranes crossed the blood-brain barrier.",
        ["endothelial_cell"],
    ),
    (
        "Here, EA.hy926 membrane-camouflaged nanoparticles targeted tumor vessels.",
        ["endothelial_cell"],
    ),
    # the cells an exosome's membrane comes from are the vesicles' source, not a second coating
    (
        "Here, exosome membranes from 4T1 cells were fused with liposomes.",
        ["extracellular_vesicle"],
    ),
    # the field's donors in a closing significance note
    (
        "Here, platelet membrane-coated PLGA nanoparticles were loaded with IR780. Statement of significance: red blood cell and macrophage membranes have been widely used to coat nanoparticles.",
        ["platelet"],
    ),
    # a short form of the membrane itself; a target adjective across a comma; a lab surface
    (
        "Here, we coated Ti3C2 nanosheets with 4T1 CCM and loaded them with doxorubicin.",
        ["cancer_cell"],
    ),
    (
        "Herein, we developed a bone-targeting, CCM-cloaked nanosystem loaded with cabazitaxel.",
        ["cancer_cell"],
    ),
    (
        "Here, neutrophil membrane-coated nanoparticles were perfused through a flow chamber coated with activated endothelial cells.",
        ["neutrophil"],
    ),
    # vesicles the carrier is likened to are no coating
    (
        "Here, nanovesicles made by extruding MDA-MB-231 cells, which resemble exosomes, were loaded with doxorubicin.",
        ["cancer_cell"],
    ),
    # the first cell of a coordination shares the head noun that makes the second a donor
    (
        "Here, polydopamine-covered magnetic nanoparticles were coated with fused erythrocyte and B16F10 melanoma cell membranes.",
        ["cancer_cell", "erythrocyte"],
    ),
    # a short form defined in the plural stands for one as well
    (
        "Mesenchymal stem cells (MSCs) home to tumors. Here, MSC membrane-coated PLGA nanoparticles loaded with docetaxel were made.",
        ["stem_cell"],
    ),
    (
        "Endothelial progenitor cells (EPCs) are recruited to tumor vessels. Here, EPC membranes were used to coat PLGA nanoparticles loaded with docetaxel.",
        ["endothelial_cell"],
    ),
    (
        "Here, PLGA cores were enveloped in membranes derived from activated platelets and loaded with docetaxel.",
        ["platelet"],
    ),
    (
        "Here, erythrocytic membranes were used to coat PLGA nanoparticles loaded with docetaxel.",
        ["erythrocyte"],
    ),
    (
        "Here, the plasma membrane of 4T1 cells was extracted by hypotonic lysis and sonicated with docetaxel-loaded PLGA cores.",
        ["cancer_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA cores were cloaked with a lipid bilayer derived from red blood cells.",
        ["erythrocyte"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with the membrane of the same cancer cells to achieve homologous targeting.",
        ["cancer_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membrane fragments of macrophages.",
        ["macrophage"],
    ),
    (
        "Here, membrane vesicles from neutrophils were fused onto docetaxel-loaded PLGA nanoparticles.",
        ["neutrophil"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were camouflaged by the membranes of MDA-MB-231 cells.",
        ["cancer_cell"],
    ),
    (
        "Here, we used natural killer cell-derived membranes to coat docetaxel-loaded PLGA nanoparticles.",
        ["nk_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes harvested from bone marrow-derived dendritic cells.",
        ["dendritic_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of cytokine-induced killer cells.",
        ["other_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of regulatory T cells.",
        ["t_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of bone marrow-derived macrophages (BMDMs).",
        ["macrophage"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of induced pluripotent stem cells.",
        ["stem_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of myeloid-derived suppressor cells (MDSCs).",
        ["other_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of adipose-derived stem cells.",
        ["stem_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of human umbilical vein endothelial cells.",
        ["endothelial_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of tumor-associated macrophages.",
        ["macrophage"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of cancer stem cells.",
        ["cancer_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of circulating tumor cells.",
        ["cancer_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of white blood cells.",
        ["leukocyte"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of peripheral blood mononuclear cells.",
        ["leukocyte"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of Kupffer cells.",
        ["macrophage"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of B cells.",
        ["other_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of cytotoxic T lymphocytes.",
        ["t_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of M2 macrophages.",
        ["macrophage"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of dendritic cells pulsed with tumor antigens.",
        ["dendritic_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with a hybrid of platelet and leukocyte membranes.",
        ["platelet", "leukocyte"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes from Escherichia coli.",
        ["bacterium"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with bacterial membranes.",
        ["bacterium"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with membranes of fibroblasts activated by TGF-beta.",
        ["fibroblast"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with the membranes of glioma cells.",
        ["cancer_cell"],
    ),
    (
        "Here, docetaxel-loaded PLGA nanoparticles were coated with the membrane of the patient's own tumor cells.",
        ["cancer_cell"],
    ),
    (
        "Cancer cells overexpress CD44 on their membranes, and we coated PLGA nanoparticles with red blood cell membranes loaded with doxorubicin.",
        ["erythrocyte"],
    ),
    (
        "We engineered HEK293T cells to express PD-1, and their membranes were then used to coat PLGA nanoparticles.",
        ["other_cell"],
    ),
    (
        "4T1 cells, whose membranes were used to coat mesoporous silica nanoparticles, were cultured in RPMI medium.",
        ["cancer_cell"],
    ),
    ("Here, PLGA nanoparticles were coated with erythrocyte ghosts.", ["erythrocyte"]),
    ("Here, PLGA nanoparticles were coated with RBCm.", ["erythrocyte"]),
    (
        "Here, platelet membrane (PM) was extracted and PM-coated nanoparticles were prepared.",
        ["platelet"],
    ),
    ("Here, PLGA nanoparticles were coated with M1 macrophage membranes.", ["macrophage"]),
    (
        "Here, nanoparticles were cloaked with membranes of bone marrow mesenchymal stem cells (BMSCs).",
        ["stem_cell"],
    ),
    ("Here, nanoparticles were cloaked with adipose-derived stem cell membranes.", ["stem_cell"]),
    (
        "Here, nanoparticles were cloaked with induced pluripotent stem cell membranes.",
        ["stem_cell"],
    ),
    (
        "Here, nanoparticles were camouflaged with cancer-associated fibroblast (CAF) membranes.",
        ["fibroblast"],
    ),
    ("Here, nanoparticles were camouflaged with activated T cell membranes.", ["t_cell"]),
    ("Here, nanoparticles were camouflaged with NK-92 cell membranes.", ["nk_cell"]),
    ("Here, nanoparticles were coated with yeast cell membranes.", ["other_cell"]),
    ("Here, nanoparticles were coated with Escherichia coli membranes.", ["bacterium"]),
    ("Here, nanoparticles were coated with cancer stem cell membranes.", ["cancer_cell"]),
    (
        "Here, nanoparticles were coated with membranes from tumor-associated macrophages.",
        ["macrophage"],
    ),
    ("Here, nanoparticles were coated with hepatocyte membranes.", ["other_cell"]),
    ("Here, nanoparticles were coated with sperm membranes.", ["other_cell"]),
    ("Here, nanoparticles were coated with beta cell membranes.", ["other_cell"]),
    ("Here, nanoparticles were coated with membranes of cytotoxic T lymphocytes.", ["t_cell"]),
    ("Here, nanoparticles were coated with neutrophil-like cell membranes.", ["neutrophil"]),
    ("Here, nanoparticles were coated with human umbilical cord MSC membranes.", ["stem_cell"]),
    ("Here, nanoparticles were coated with glioma cell membranes.", ["cancer_cell"]),
    ("Here, nanoparticles were coated with leukemia cell membranes.", ["cancer_cell"]),
    ("Here, nanoparticles were coated with white blood cell membranes.", ["leukocyte"]),
    (
        "Here, nanoparticles were coated with peripheral blood mononuclear cell membranes.",
        ["leukocyte"],
    ),
    ("Here, nanoparticles were coated with B cell membranes.", ["other_cell"]),
    ("Here, nanoparticles were coated with microglia membranes.", ["macrophage"]),
    ("Here, nanoparticles were coated with DC membranes.", ["dendritic_cell"]),
    ("Here, nanoparticles were coated with thrombocyte membranes.", ["platelet"]),
    ("Here, nanoparticles were coated with eosinophil membranes.", ["other_cell"]),
    ("Here, nanoparticles were coated with membranes derived from Salmonella.", ["bacterium"]),
    (
        "Here, nanoparticles were wrapped in red blood cell membrane-derived vesicles.",
        ["erythrocyte"],
    ),
    ("Here, nanoparticles were coated with HEK293 membranes.", ["other_cell"]),
    ("Here, nanoparticles were coated with tumor cell-derived microparticles.", ["cancer_cell"]),
    # donors named as sources, activated and engineered cells, an unnamed donor; targets and models
    (
        "Here, biomimetic nanoparticles camouflaged by the membrane of activated T cells were developed to deliver paclitaxel.",
        ["t_cell"],
    ),
    (
        "We fabricated erythrocyte ghost-encapsulated magnetic nanoparticles for tumor imaging.",
        ["erythrocyte"],
    ),
    (
        "Here, the membrane isolated from B16F10 cells was coated onto hollow mesoporous silica nanoparticles loaded with doxorubicin.",
        ["cancer_cell"],
    ),
    (
        "In this study, bacterial outer membrane vesicles were coated onto polymeric nanoparticles to stimulate antitumor immunity.",
        ["bacterium"],
    ),
    (
        "Here we report gold nanorods wrapped with natural killer cell membranes for photothermal therapy.",
        ["nk_cell"],
    ),
    (
        "A CAR-T cell membrane-coated mesoporous silica nanoplatform was constructed for hepatocellular carcinoma.",
        ["t_cell"],
    ),
    (
        "Here, membranes of cancer-associated fibroblasts were used to camouflage semiconducting polymer nanoparticles.",
        ["fibroblast"],
    ),
    (
        "We prepared nanoparticles cloaked with membranes from human umbilical vein endothelial cells (HUVECs).",
        ["endothelial_cell"],
    ),
    (
        "Exosome membrane-coated PLGA nanoparticles were developed to deliver siRNA across the blood-brain barrier.",
        ["extracellular_vesicle"],
    ),
    (
        "Here, a fused membrane of dendritic cells and tumor cells was coated onto PLGA nanoparticles as a vaccine.",
        ["cancer_cell", "dendritic_cell"],
    ),
    ("Here, THP-1 cell membranes were used to coat liposomes loaded with curcumin.", ["monocyte"]),
    (
        "Here we developed a leukocyte-mimetic nanoplatform based on MOF nanoparticles.",
        ["leukocyte"],
    ),
    (
        "Here we developed white blood cell membrane-camouflaged nanoparticles for circulating tumor cell capture.",
        ["leukocyte"],
    ),
    (
        "Macrophages were used as the membrane donor for coating ZIF-8 nanoparticles loaded with DOX.",
        ["macrophage"],
    ),
    (
        "Herein, PLGA cores were cloaked with a platelet-red blood cell hybrid membrane.",
        ["erythrocyte", "platelet"],
    ),
    (
        "Here, we show that coating nanoparticles with membranes from 4T1 cells enables homotypic targeting of 4T1 tumors.",
        ["cancer_cell"],
    ),
    (
        "Herein, M1 macrophage-derived membrane vesicles were coated onto Prussian blue nanoparticles.",
        ["macrophage"],
    ),
    (
        "Here, we designed nanoparticles coated with the membranes of HEK293T cells overexpressing PD-1.",
        ["other_cell"],
    ),
    (
        "Mesenchymal stem cell membrane-wrapped upconversion nanoparticles were prepared for PDT.",
        ["stem_cell"],
    ),
    (
        "Here, nanoparticles were coated with cell membranes; targeting of MCF-7 cells was then evaluated.",
        ["other_cell"],
    ),
    (
        "Here, PLGA nanoparticles were coated with platelet membranes. The binding of the nanoparticles to the tumor cell membrane was then examined.",
        ["platelet"],
    ),
    (
        "Here, PLGA nanoparticles were coated with platelet membranes. Cancer cells served as the target, and their membrane potential was measured.",
        ["platelet"],
    ),
    (
        "Here, liposomes were coated with red blood cell membranes. MCF-7 cells were used as the model, and the cell membrane integrity was examined.",
        ["erythrocyte"],
    ),
    (
        "Here, gold nanoparticles were coated with cell membranes derived from a rare donor tissue.",
        ["other_cell"],
    ),
    (
        "Platelets were used as the membrane source, and PLGA nanoparticles were coated with the isolated membranes.",
        ["platelet"],
    ),
    (
        "Here, nanoparticles coated with cell membranes were tested; neutrophils infiltrated the tumors.",
        ["other_cell"],
    ),
    (
        "Lipid nanoparticles were covered with cancer cell membranes, whereas uncoated particles served as controls.",
        ["cancer_cell"],
    ),
    # "as well as" coordinates as "and" does
    (
        "PLGA nanoparticles were coated with fused membranes of cancer as well as dendritic cells.",
        ["cancer_cell", "dendritic_cell"],
    ),
    (
        "PLGA nanoparticles were coated with membranes of erythrocytes as well as platelets.",
        ["erythrocyte", "platelet"],
    ),
    # a line the donor cells were made from is not the donor
    (
        "PLGA nanoparticles were coated with membranes of macrophages differentiated from THP-1 cells.",
        ["macrophage"],
    ),
    (
        "PLGA nanoparticles were wrapped in membranes of HL-60-derived neutrophil-like cells.",
        ["neutrophil"],
    ),
    (
        "PLGA nanoparticles were wrapped in membranes of HL-60 cells.",
        ["cancer_cell"],
    ),
    # a verb after the coating's noun starts a new clause: its line is the target
    (
        "Here, HMPB nanoparticles coated with RBC membranes treated 4T1 tumors.",
        ["erythrocyte"],
    ),
    (
        "Here, PLGA cores coated with platelet membranes efficiently killed MCF-7 cells.",
        ["platelet"],
    ),
    (
        "Here, liposomes cloaked in platelet membranes in 4T1 tumors were imaged.",
        ["platelet"],
    ),
    # "T cells" at the end of a line's name is no T cell
    (
        "Here, gold nanoparticles were coated with membranes from SIRPα-overexpressing 293T cells.",
        ["other_cell"],
    ),
    (
        "Here, gold nanoparticles were coated with membranes of HEK293T cells expressing PD-1.",
        ["other_cell"],
    ),
    # a target's membrane broken in the passive; cells that take the carrier up by fusion
    (
        "Here, PLGA nanoparticles were coated with red blood cell membranes and loaded with doxorubicin. The cancer cell membrane was disrupted by the released doxorubicin.",
        ["erythrocyte"],
    ),
    (
        "Here, PLGA nanoparticles were coated with red blood cell membranes (RBC-NPs). RBC-NPs were taken up by 4T1 cancer cells through membrane fusion.",
        ["erythrocyte"],
    ),
    (
        "Here, the cancer cell membrane was extracted from 4T1 cells and coated onto PLGA nanoparticles.",
        ["cancer_cell"],
    ),
]


@pytest.mark.parametrize(("abstract", "sources"), MEMBRANE_WORDINGS)
def test_a_membrane_donor_wording_gets_its_code(nlp, abstract, sources):
    (labels,) = _labels(nlp, [abstract])
    assert sorted(labels["membrane_sources"]) == sorted(sources)


# the field's compact "payload@core@membrane" notation
NOTATIONS = [
    # a hybrid coating in brackets after the core's "@"
    (
        "Here, PLGA@[RBC-4T1] nanoparticles were used for chemotherapy.",
        {"membrane_sources": ["cancer_cell", "erythrocyte"], "hybrid_membrane": True},
    ),
    (
        "Here, DOX@PLGA@[RAW-4T1] nanoparticles were made.",
        {"membrane_sources": ["cancer_cell", "macrophage"], "hybrid_membrane": True},
    ),
    (
        "Here, DOX@MSN@RBCm nanoparticles were prepared.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["mesoporous_silica"],
            "payloads": ["doxorubicin"],
        },
    ),
    (
        "Here, PTX-PLGA@PM nanoparticles were prepared from platelet membrane (PM).",
        {"membrane_sources": ["platelet"], "cores": ["plga"], "payloads": ["paclitaxel"]},
    ),
    (
        "Here, ICG/DOX@CCM nanoparticles were prepared with cancer cell membrane (CCM).",
        {"membrane_sources": ["cancer_cell"], "payloads": ["indocyanine green", "doxorubicin"]},
    ),
    (
        "Here, a [RAW-4T1] hybrid membrane was coated onto PLGA cores.",
        {
            "membrane_sources": ["macrophage", "cancer_cell"],
            "hybrid_membrane": True,
            "cores": ["plga"],
        },
    ),
    (
        "Here, Fe3O4@PDA@RBC nanoparticles were prepared.",
        {"membrane_sources": ["erythrocyte"], "cores": ["iron_oxide", "polydopamine"]},
    ),
    (
        "Here, Ce6-loaded ZIF-8 coated with 4T1 membranes (ZIF-8/Ce6@4T1M) was prepared.",
        {"membrane_sources": ["cancer_cell"], "cores": ["mof"], "payloads": ["chlorin e6"]},
    ),
    (
        "Here, MnO2@Ce6@MM nanoparticles were camouflaged with macrophage membrane (MM).",
        {"membrane_sources": ["macrophage"], "cores": ["manganese"], "payloads": ["chlorin e6"]},
    ),
    (
        "Here, we constructed PLGA-R837@Cancer Cell Membrane nanoparticles.",
        {"membrane_sources": ["cancer_cell"], "cores": ["plga"], "payloads": ["imiquimod"]},
    ),
    (
        "Here, Au@PLT nanoparticles were built.",
        {"membrane_sources": ["platelet"], "cores": ["gold"]},
    ),
    (
        "Here, UCNP@mSiO2-RB@RBC nanoparticles were built.",
        {"membrane_sources": ["erythrocyte"], "cores": ["upconversion", "mesoporous_silica"]},
    ),
    (
        "Here, NK cell membrane-coated TCPP-loaded nanoparticles (NK-NPs) were built.",
        {"membrane_sources": ["nk_cell"], "payloads": ["tcpp"]},
    ),
    (
        "Here, neutrophil membrane-coated PLGA nanoparticles (NM-NPs) were built.",
        {"membrane_sources": ["neutrophil"], "cores": ["plga"]},
    ),
    (
        "Here, CM-NPs made with B16F10 cell membrane were built.",
        {"membrane_sources": ["cancer_cell"]},
    ),
    (
        "Here, PLGA nanoparticles were coated with cancer cell membrane (CCM). ICG/R837@PLGA-CCM nanoparticles were prepared for photothermal immunotherapy.",
        {
            "payloads": ["indocyanine green", "imiquimod"],
            "cores": ["plga"],
            "membrane_sources": ["cancer_cell"],
        },
    ),
    (
        "Here, platelet membrane (PM)-camouflaged (DOX+ICG)@PM nanoparticles were fabricated.",
        {"payloads": ["doxorubicin", "indocyanine green"], "membrane_sources": ["platelet"]},
    ),
    (
        "Here, macrophage membrane (MM)-coated PTX-PLGA@MM nanoparticles targeted breast cancer.",
        {"payloads": ["paclitaxel"], "cores": ["plga"], "membrane_sources": ["macrophage"]},
    ),
    (
        "Here, the RBCm-coated Ce6/DOX co-loaded MOF nanoparticles were constructed.",
        {
            "payloads": ["chlorin e6", "doxorubicin"],
            "cores": ["mof"],
            "membrane_sources": ["erythrocyte"],
        },
    ),
    (
        "Here, HeLa cell membrane (CM)-coated CM-PLGA/siRNA nanoparticles silenced survivin in HeLa cells.",
        {"payloads": ["sirna"], "cores": ["plga"], "membrane_sources": ["cancer_cell"]},
    ),
    (
        "Here, MSN-DOX@NM nanoparticles were coated with neutrophil membranes.",
        {
            "payloads": ["doxorubicin"],
            "cores": ["mesoporous_silica"],
            "membrane_sources": ["neutrophil"],
        },
    ),
    (
        "Here, Fe3O4@PDA@RBC nanoparticles were used for photothermal therapy.",
        {"cores": ["iron_oxide", "polydopamine"], "membrane_sources": ["erythrocyte"]},
    ),
    (
        "Here, we constructed PLGA-DTX nanoparticles coated with platelet membranes (PM).",
        {"payloads": ["docetaxel"], "cores": ["plga"], "membrane_sources": ["platelet"]},
    ),
    (
        "Here, Au@SiO2@CM nanoparticles were coated with cancer cell membranes.",
        {"cores": ["gold", "mesoporous_silica"], "membrane_sources": ["cancer_cell"]},
    ),
    (
        "Here, HA-MnO2@TPZ@RBC nanoparticles were developed.",
        {"payloads": ["tirapazamine"], "cores": ["manganese"], "membrane_sources": ["erythrocyte"]},
    ),
]


@pytest.mark.parametrize(("abstract", "expected"), NOTATIONS)
def test_a_compact_notation_gets_the_guide_labels(nlp, abstract, expected):
    (labels,) = _labels(nlp, [abstract])
    _assert_labels(labels, expected)


# In vivo or not, said the field's ways, after an own-work sentence: animal experiments by
# their models, routes, organs and results; in-vitro-only studies with their assays and their
# outlook ("holds promise for in vivo", "expected to ... in vivo").
IN_VIVO_WORDINGS = [
    # a patient's tumor tissue studied outside the body; sections of a xenograft are the animal's
    ("The particles penetrated human tumor slices cultured ex vivo.", False),
    ("The particles penetrated tumor slices from patients.", False),
    ("The particles bound to human tumor sections from xenografts.", True),
    ("Treatment with the nanovaccine delayed tumor onset in a prophylactic setting.", True),
    ("In vivo validation in tumor-bearing mice is the next step.", False),
    ("Dendritic cells isolated from C57BL/6 animals took up the particles.", False),
    ("In vivo studies are in progress.", False),
    (
        "These findings support the translation of leukocyte-coated nanoparticles to in vivo tumor targeting.",
        False,
    ),
    ("Photoacoustic imaging of 4T1 tumors showed the particles' arrival.", True),
    ("The particles penetrated deeply into 4T1 tumor spheroids.", False),
    ("Uptake by PD-1 tumors was not studied.", False),
    ("The nanoparticles eliminated primary 4T1 tumors and inhibited distant ones.", True),
    ("Laser irradiation eradicated all CT26 tumors within ten days.", True),
    ("The nanoparticles eliminated 4T1 tumor spheroids within three days.", False),
    ("Laser irradiation eradicated most CT26 tumor cells in the well.", False),
    (
        "Uptake was tested in RAW264.7, a mouse macrophage cell line.",
        False,
    ),
    (
        "The particles killed murine 4T1 breast cancer cells.",
        False,
    ),
    (
        "Mouse embryonic fibroblasts were used as normal cells.",
        False,
    ),
    (
        "Membranes were derived from bone marrow of C57BL/6 mice.",
        False,
    ),
    (
        "Human and mouse serum were used to test stability.",
        False,
    ),
    (
        "Anti-mouse CD47 antibody was used for staining.",
        False,
    ),
    (
        "The particles killed 4T1 cells, a murine mammary carcinoma line.",
        False,
    ),
    (
        "Red blood cells were obtained from Sprague-Dawley rats.",
        False,
    ),
    (
        "The particles were incubated with rat plasma for 24 h.",
        False,
    ),
    (
        "Tumor-bearing mice received five injections.",
        True,
    ),
    (
        "The coated particles reduced tumor burden in a murine model.",
        True,
    ),
    (
        "Goat anti-rabbit IgG was used as the secondary antibody.",
        False,
    ),
    (
        "Their therapeutic efficacy was verified in a subcutaneous 4T1 model.",
        True,
    ),
    (
        "The antitumor efficacy was assessed in an H22 ascites model.",
        True,
    ),
    (
        "Compared with free doxorubicin, the nanoparticles showed lower cardiotoxicity in treated animals.",
        True,
    ),
    (
        "Hepatotoxicity and nephrotoxicity were evaluated by serum ALT, AST and creatinine levels.",
        True,
    ),
    (
        "The particles were given by oral gavage.",
        True,
    ),
    (
        "Intraperitoneal administration reduced peritoneal metastases.",
        True,
    ),
    (
        "Mice were randomly divided into five groups (n = 5).",
        True,
    ),
    (
        "The nanoparticles were administered via the tail vein at a dose of 5 mg/kg.",
        True,
    ),
    (
        "A lung metastasis model was established by intravenous injection of 4T1-Luc cells.",
        True,
    ),
    (
        "The in vivo imaging system showed strong fluorescence at the tumor site.",
        True,
    ),
    (
        "Photoacoustic signals in the tumor peaked 12 h after injection.",
        True,
    ),
    (
        "The cytotoxicity against 4T1 cells was dose-dependent, with an IC50 of 2.1 µg/mL.",
        False,
    ),
    (
        "The particles penetrated deeply into multicellular tumor spheroids.",
        False,
    ),
    (
        "Hemolysis and complement activation were negligible in vitro.",
        False,
    ),
    (
        "Flow cytometry showed that uptake by 4T1 cells increased 3-fold.",
        False,
    ),
    (
        "A microfluidic tumor-on-a-chip model showed enhanced penetration.",
        False,
    ),
    (
        "Drug release reached 80% within 48 h at pH 5.0.",
        False,
    ),
    (
        "These results provide a basis for future preclinical studies in tumor-bearing animals.",
        False,
    ),
    (
        "The particles showed good biocompatibility with normal cells.",
        False,
    ),
    (
        "Transwell assays showed that the particles inhibited the invasion of 4T1 cells.",
        False,
    ),
    (
        "The particles inhibited colony formation of 4T1 cells.",
        False,
    ),
    (
        "The particles were tested in a murine skin infection model. Cell nuclei were stained with DAPI.",
        True,
    ),
    (
        "The nanoparticles showed great potential for in vivo applications.",
        False,
    ),
    (
        "The coated particles evaded uptake by RAW264.7 cells, suggesting prolonged circulation in vivo.",
        False,
    ),
    (
        "In vivo, the coated particles circulated three times longer than bare ones.",
        True,
    ),
    (
        "In vivo results demonstrated superior tumor suppression.",
        True,
    ),
    (
        "Both in vitro and in vivo experiments confirmed the antitumor effect.",
        True,
    ),
    (
        "The particles were injected into the tail vein of tumor-bearing mice.",
        True,
    ),
    (
        "We then established a subcutaneous xenograft model.",
        True,
    ),
    (
        "Safety was confirmed by blood routine and serum biochemistry analyses.",
        True,
    ),
    (
        "No significant body weight loss was observed during treatment.",
        True,
    ),
    (
        "Zebrafish embryos were used to assess toxicity.",
        True,
    ),
    (
        "The particles were tested on the chorioallantoic membrane of chick embryos.",
        True,
    ),
    (
        "A phase I clinical trial is planned.",
        False,
    ),
    (
        "Patients with breast cancer received the formulation in a first-in-human study.",
        True,
    ),
    (
        "The particles inhibited the migration of 4T1 cells in a wound healing assay and invasion in a transwell assay.",
        False,
    ),
    (
        "Tumor cell killing was enhanced under hypoxia mimicking the tumor microenvironment.",
        False,
    ),
    (
        "The particles suppressed tumor growth and metastasis.",
        True,
    ),
    (
        "To prolong blood circulation, the particles were coated with membranes.",
        False,
    ),
    (
        "The cells were inoculated subcutaneously into the flank of nude mice.",
        True,
    ),
    (
        "Intratumoral injection of the particles followed by laser irradiation eradicated the tumors.",
        True,
    ),
    (
        "Infrared thermal images of mice showed the tumor temperature rising to 52 °C.",
        True,
    ),
    (
        "The coated particles were designed to achieve long blood circulation and tumor accumulation.",
        False,
    ),
    (
        "Fluorescence imaging showed that the particles accumulated in tumor spheroids.",
        False,
    ),
    (
        "The membrane coating was verified by SDS-PAGE and western blot.",
        False,
    ),
    (
        "The particles increased the survival rate of tumor-bearing mice to 80%.",
        True,
    ),
    (
        "Hemolysis tests with rabbit red blood cells showed good blood compatibility, and the particles killed 4T1 cells.",
        False,
    ),
    (
        "Membranes were harvested from mouse peritoneal macrophages, and the coated particles killed 4T1 cells.",
        False,
    ),
    (
        "Bone marrow-derived dendritic cells from C57BL/6 mice matured after incubation with the particles.",
        False,
    ),
    (
        "The particles killed murine 4T1 cells and murine macrophage RAW264.7 cells were used to test uptake.",
        False,
    ),
    (
        "Their stability was tested ex vivo in human plasma for 48 h.",
        False,
    ),
    (
        "Organoids derived from patients with colorectal cancer were killed by the particles.",
        False,
    ),
    (
        "Their antitumor efficacy will be evaluated in tumor-bearing mice.",
        False,
    ),
    (
        "Drug release was studied under in vivo-like conditions.",
        False,
    ),
    (
        "Red blood cells were collected from Sprague-Dawley rats to prepare the membranes, and the particles killed HeLa cells.",
        False,
    ),
    (
        "In a tumor spheroid model, the particles penetrated deeper than uncoated ones.",
        False,
    ),
    (
        "After tail vein injection, the particles accumulated in 4T1 tumors.",
        True,
    ),
    (
        "Tumor growth was inhibited by 80% in mice bearing 4T1 tumors.",
        True,
    ),
    (
        "Pharmacokinetic studies in rats showed a half-life of 12 h.",
        True,
    ),
    (
        "Biodistribution analysis showed accumulation at the tumor site 24 h after injection.",
        True,
    ),
    (
        "The survival of tumor-bearing mice was prolonged.",
        True,
    ),
    (
        "Ex vivo fluorescence imaging of major organs revealed tumor accumulation.",
        True,
    ),
    (
        "The particles were administered intravenously to nude mice with A549 xenografts.",
        True,
    ),
    (
        "Histological analysis of tumor sections showed extensive necrosis.",
        True,
    ),
    (
        "Blood circulation time was measured in BALB/c mice.",
        True,
    ),
    (
        "The coated particles reduced lung metastases in an orthotopic model.",
        True,
    ),
    (
        "The particles killed 4T1 cells in vitro; in vivo, they suppressed tumor growth.",
        True,
    ),
    (
        "Mice were immunized with the particles and challenged with B16F10 cells.",
        True,
    ),
    (
        "The hemolysis rate was below 5% and the particles were stable in serum.",
        False,
    ),
    (
        "Cytotoxicity assays on MCF-7 cells and their 3D tumor spheroids showed tumor growth inhibition in spheroids.",
        False,
    ),
    (
        "These in vitro results justify further in vivo studies.",
        False,
    ),
    (
        "Macrophages isolated from the spleens of mice were used as a source of membranes; the particles killed B16F10 cells.",
        False,
    ),
    (
        "For in vivo imaging, tumor-bearing mice were injected with DiR-labelled nanoparticles.",
        True,
    ),
    ("As expected, in vivo the coated particles inhibited tumor growth more than bare ones.", True),
    (
        "In a subcutaneous HepG2 xenograft model, the nanoparticles suppressed tumor growth by 80%.",
        True,
    ),
    (
        "Intravenous administration to BALB/c nude mice bearing A549 tumors led to high tumor accumulation.",
        True,
    ),
    ("In an orthotopic glioma model, the coated nanoparticles prolonged median survival.", True),
    (
        "Biodistribution studies showed that the particles accumulated at the tumor site 24 h after injection.",
        True,
    ),
    (
        "A pharmacokinetic study in Sprague-Dawley rats revealed an elimination half-life of 32 h.",
        True,
    ),
    (
        "In rabbits bearing VX2 liver tumors, transarterial delivery of the nanoparticles reduced tumor size.",
        True,
    ),
    ("In zebrafish xenografts, the particles inhibited the dissemination of tumor cells.", True),
    (
        "Ex vivo fluorescence imaging of excised tumors and major organs confirmed tumor targeting.",
        True,
    ),
    ("Treated animals showed no weight loss and no histological damage to the major organs.", True),
    (
        "The number of lung metastatic nodules was reduced by 70% compared with the saline group.",
        True,
    ),
    (
        "In a patient-derived xenograft model of pancreatic cancer, the nanoparticles halted tumor progression.",
        True,
    ),
    ("The survival of mice treated with the coated particles was significantly prolonged.", True),
    (
        "Animal experiments demonstrated enhanced antitumor efficacy with negligible systemic toxicity.",
        True,
    ),
    (
        "After tail vein injection, the nanoparticles circulated for 72 h and accumulated in the tumors.",
        True,
    ),
    ("Both in vitro and in vivo results demonstrated superior tumor inhibition.", True),
    ("In 4T1 tumor-bearing mice, a single dose eradicated the primary tumors.", True),
    ("In a murine melanoma model, the treatment elicited strong CD8+ T cell responses.", True),
    (
        "The coated nanoparticles suppressed tumor recurrence and lung metastasis in an orthotopic breast cancer model.",
        True,
    ),
    ("Hemolysis and cytotoxicity assays confirmed good biocompatibility.", False),
    (
        "The coated particles showed reduced uptake by RAW264.7 macrophages and higher uptake by MCF-7 cells.",
        False,
    ),
    ("In 3D tumor spheroids, the particles penetrated deeper than the uncoated ones.", False),
    ("These findings suggest that the platform holds promise for in vivo tumor therapy.", False),
    ("The efficacy of this platform will be evaluated in animal models in future work.", False),
    (
        "The nanoparticles were stable in serum for 7 days and released the drug in acidic conditions.",
        False,
    ),
    (
        "Cell viability decreased to 20% at 10 ug/mL, and apoptosis was confirmed by flow cytometry.",
        False,
    ),
    (
        "The coating reduced protein adsorption, which is expected to prolong circulation in vivo.",
        False,
    ),
    (
        "Compared with free DOX, the nanoparticles induced more apoptosis of 4T1 cells in vitro.",
        False,
    ),
    (
        "Uptake by human umbilical vein endothelial cells was low, and the particles escaped phagocytosis in whole blood.",
        False,
    ),
    ("This in vitro study lays the groundwork for further preclinical evaluation.", False),
    ("Murine B16F10 melanoma cells internalized the nanoparticles efficiently.", False),
    (
        "The particles homologously targeted the source cancer cells in a transwell co-culture model.",
        False,
    ),
    ("Our in vitro data indicate that the nanoparticles could reduce tumor growth.", False),
    ("In a mouse model of breast cancer, the particles were well tolerated.", True),
    ("The antitumor efficacy was further evaluated in vivo.", True),
    ("Pharmacokinetic studies revealed a 5-fold longer half-life than free drug.", True),
    ("TUNEL staining of tumor sections showed extensive apoptosis.", True),
    ("Immunohistochemistry of tumor tissues revealed increased CD8+ T cell infiltration.", True),
    ("CT26-bearing BALB/c mice received five doses.", True),
    ("Fluorescence imaging showed tumor accumulation 24 h post-injection.", True),
    ("The particles reduced the tumor volume to one third of that of the control group.", True),
    ("Blood biochemistry and H&E staining revealed no systemic toxicity.", True),
    ("The particles were tested on patient-derived tumor organoids.", False),
    ("Hemocompatibility was confirmed by a hemolysis assay with fresh blood.", False),
    ("The nanoparticles were taken up by macrophages less than uncoated ones over 24 h.", False),
    ("Their ability to escape immune clearance in vivo remains to be examined.", False),
    ("The membrane coating retained CD47, which could prolong circulation time.", False),
    ("These results pave the way for in vivo evaluation.", False),
    ("The cytotoxicity against MCF-7 cells was dose-dependent.", False),
    ("Western blot confirmed the presence of membrane proteins on the particles.", False),
    ("The particles showed a half-life of 30 h in PBS at 37 °C.", False),
    ("In a melanoma model, the particles delayed tumor onset.", True),
    ("No significant body weight loss was observed during treatment.", True),
    ("The plasma half-life of the coated particles was 3-fold longer.", True),
    ("Bioluminescence imaging showed fewer lung nodules in the treated group.", True),
    ("Ex vivo imaging of excised organs confirmed tumor targeting.", True),
    ("Cured animals rejected a tumor rechallenge.", True),
    ("The treatment achieved complete tumor regression in 4 of 6 cases.", True),
    ("In a 3D breast cancer spheroid model, the particles penetrated deeper.", False),
    (
        "In an in vitro model of the blood-brain barrier, the particles crossed the endothelial layer.",
        False,
    ),
    ("In an in vitro breast cancer model, the particles were taken up.", False),
    ("In a 3D tumor model, the particles penetrated deeper.", False),
    ("Luciferase reporter assays in 4T1-luc cells confirmed gene silencing.", False),
    # the tumor as tissue: a second tumor, the immune cells inside it, a vaccinated host
    (
        "Treatment significantly suppressed the growth of distant tumors through an abscopal effect.",
        True,
    ),
    ("Both the primary and the distant tumours shrank after a single laser irradiation.", True),
    (
        "The vaccine elicited antigen-specific T cell responses and protected against tumor challenge.",
        True,
    ),
    (
        "Immune cells infiltrating the tumor were analyzed by flow cytometry, revealing more CD8+ T cells.",
        True,
    ),
    ("The treatment increased tumour-infiltrating lymphocytes.", True),
    ("T cells infiltrating tumor spheroids were counted in a 3D co-culture.", False),
    (
        "In vitro, the nanoparticles enhanced the infiltration of T cells into tumour spheroids.",
        False,
    ),
    ("The coated nanoparticles are expected to protect against tumor recurrence.", False),
    ("The platform could be used to treat distant tumors in the future.", False),
    ("The nanoparticles inhibited tumor cell migration and invasion in transwell assays.", False),
    ("The hemolysis assay and the serum stability test confirmed good biocompatibility.", False),
    # a purpose is not a result; animals as the source of cells are not an experiment
    (
        "RBC membranes were used to prolong blood circulation; uptake by macrophages fell in vitro.",
        False,
    ),
    ("The coating was meant to improve tumor accumulation; uptake by MCF-7 cells doubled.", False),
    (
        "To achieve complete tumor regression, the particles were made to release the drug slowly.",
        False,
    ),
    ("The coating was shown to prolong blood circulation eightfold.", True),
    (
        "Macrophage membranes from mouse bone marrow were used; HeLa cells took the particles up.",
        False,
    ),
    (
        "RBC membranes were isolated from mouse blood; HeLa cells were killed under laser in vitro.",
        False,
    ),
    ("Red blood cells were collected from BALB/c mice and their membranes extracted.", False),
    # cells' survival, cells from an organ, a spheroid's volume: in vitro
    ("The survival rate of 4T1 cells decreased to 20% after treatment.", False),
    ("Clonogenic survival assays showed reduced colony formation.", False),
    ("The spleen-derived macrophages took up fewer particles in vitro.", False),
    ("Macrophages from the spleen were cultured with the nanoparticles.", False),
    ("Tumor volume of spheroids decreased by 40% in vitro.", False),
    ("Tumors and spleens were excised and weighed.", True),
    ("The median survival was extended to 45 days.", True),
    ("The coated particles met the blood compatibility required for intravenous injection.", False),
    ("After intravenous injection, the coated particles reached the tumors.", True),
    # other species and strains, the chick embryo; strains as a source of cells
    ("Pharmacokinetics were studied in beagle dogs.", True),
    ("Angiogenesis was inhibited in a chick chorioallantoic membrane (CAM) assay.", True),
    ("The formulation was given to cynomolgus monkeys without toxicity.", True),
    ("In C57BL/6J hosts bearing B16F10 melanoma, treatment delayed tumor onset.", True),
    ("Syrian hamsters with buccal pouch carcinoma received the particles.", True),
    ("Bone marrow cells were isolated from C57BL/6 mice and differentiated in vitro.", False),
    ("Blood samples were collected from healthy volunteers to test hemocompatibility.", False),
    # a cell line's tumor model
    ("The coated particles were tested in the CT26 tumor model.", True),
    ("The coated particles were tested in a 4T1 model after surgery.", True),
    ("The coated particles were tested in an in vitro 4T1 model.", False),
    ("A PD-1 model of the binding was built.", False),
    # people counted or a clinical design named; routes into a body cavity
    ("The particles were infused into the pleural cavity of 11 patients with lung cancer.", True),
    ("Of 20 treated patients, 5 achieved a partial response.", True),
    ("In a pilot clinical study, the particles relieved malignant ascites.", True),
    ("Intrapleural injection of the particles reduced the effusion volume.", True),
    ("The particles were given by intravesical instillation twice a week.", True),
    ("Tumor cells isolated from 30 patients were killed by the particles.", False),
    (
        "Breast cancer affects 2,300,000 patients each year, and the particles killed MCF-7 cells.",
        False,
    ),
    # "could" of a result (the field's "was able to"), not of a prospect or a design's intent
    ("The particles could accumulate at the tumor site and inhibit tumor growth.", True),
    ("Furthermore, the particles could efficiently inhibit the growth of orthotopic tumors.", True),
    ("We found that the particles could remarkably inhibit lung metastasis.", True),
    ("The particles could potentially inhibit tumor growth and prevent recurrence.", False),
    ("The particles could serve as a platform to reduce tumor burden.", False),
    ("The particles could be used to suppress tumor metastasis in the clinic.", False),
    ("Such particles hold promise to reduce the tumor burden of patients.", False),
    # the blood the particles acted in, not the blood their membranes came from
    ("The particles captured circulating tumor cells in the blood of mice.", True),
    ("Red blood cell membranes were made from blood of BALB/c mice.", False),
    # immune cells let into a tumor, a heated tumor, the lymph nodes draining it: a host's
    ("Immunofluorescence of tumor tissues showed increased CD8+ T cell infiltration.", True),
    ("The treatment increased infiltration of CD8+ T cells into tumors.", True),
    ("Under laser irradiation, the tumor temperature rose to 52 °C within 5 min.", True),
    ("The nanovaccine promoted dendritic cell maturation in tumor-draining lymph nodes.", True),
    ("Under laser irradiation, the dispersion's temperature rose to 52 °C within 5 min.", False),
    ("T cell infiltration into 3D tumor spheroids increased in vitro.", False),
    # a closing's foreseen use, an expectation, a chip's tumor: no animal
    ("This work provides a promising strategy for inhibiting tumor growth.", False),
    ("These results offer a new avenue to suppress tumor metastasis.", False),
    ("Such particles are attractive candidates for reducing tumor burden.", False),
    ("Owing to the CD47 on the membrane, long blood circulation is anticipated.", False),
    ("A microfluidic tumor model confirmed that the particles adhered to the endothelium.", False),
    ("This strategy inhibited tumor growth by 80%.", True),
    ("The particles showed great potential in suppressing tumor growth.", True),
    # efficacy against tumors (a host's), not against cells, not a design's aim or a hope
    ("The particles showed excellent antitumor efficacy with negligible side effects.", True),
    ("Compared with free drug, the particles exhibited superior anti-tumor effects.", True),
    ("The particles showed stronger antitumor activity against 4T1 cells than free DOX.", False),
    ("MTT assays showed enhanced antitumor effects of the particles.", False),
    ("The particles may provide enhanced antitumor efficacy.", False),
    ("We designed a biomimetic nanoplatform for enhanced antitumor efficacy.", False),
    # a host's organs, blood and tolerance named by the study's readout
    ("Tissue distribution studies showed the particles mainly in the tumor.", True),
    ("The acute toxicity test gave an LD50 above 500 mg/kg.", True),
    ("The anti-tumor experiments showed that the particles had the best efficacy.", True),
    ("The in vitro antitumor experiments showed that the particles killed 4T1 cells.", False),
    ("The residence time in blood was prolonged to 48 h.", True),
    ("The particles may inhibit tumor growth, which requires in vivo validation.", False),
    (
        "Cells harvested from tumor-bearing mice supplied membranes in previous work; here cultured cells did.",
        False,
    ),
    ("The particles reduced the number of metastatic foci in the liver.", True),
    # "in vivo" named by an in vitro paper: a dish's setting, a possibility, what is known,
    # and closings that plan, need or justify animal work
    ("Under in vivo-relevant conditions, the coating stayed intact for 48 h.", False),
    ("Protein corona formation in vivo may alter the targeting.", False),
    ("In vivo results showed that the particles may serve as a theranostic agent.", True),
    ("The in vivo fate of such particles is poorly understood.", False),
    ("CD47 on the coating is known to prolong circulation in vivo.", False),
    ("The results provide a basis for subsequent in vivo studies.", False),
    ("Further in vivo studies are necessary to confirm these findings.", False),
    ("Evaluation in animal models is essential before clinical translation.", False),
    ("The translation of these findings in vivo is currently being investigated.", False),
    ("In vivo validation is the subject of ongoing work.", False),
    ("We intend to evaluate the particles in vivo.", False),
    ("We plan to test the particles in tumor-bearing mice.", False),
    ("Our next goal is in vivo evaluation.", False),
    ("Subsequent studies in mice will address biodistribution.", False),
    ("These data justify in vivo testing.", False),
    ("Release was faster in conditions resembling the in vivo tumor microenvironment.", False),
    ("Under conditions similar to those in vivo, the particles aggregated less.", False),
    ("In vivo, however, such particles are cleared by the liver, as reported elsewhere.", False),
    ("Tumor-bearing mice treated with the particles survived longer than controls.", True),
    # a host named by its procedure or readout only
    ("Intravital microscopy showed extravasation of the particles into the tumor.", True),
    ("PET imaging revealed a tumor uptake of 5.2 %ID/g at 24 h.", True),
    ("In PDX models, the treatment was effective.", True),
    ("In a CAM assay, the particles reduced vascularization.", True),
    ("Hematological parameters remained within normal ranges after treatment.", True),
    ("Ectopic tumors treated with the particles regressed completely.", True),
    ("Liver uptake was lower 24 h after dosing.", True),
    ("The coated particles showed prolonged systemic circulation.", True),
    # immune cells counted in a host's tumors and lymph nodes, cytokines in its serum (not
    # in spheroids, a culture's supernatant or "the tumor microenvironment" in general)
    ("The proportion of CD8+ T cells in tumors increased 3-fold.", True),
    ("The percentage of regulatory T cells in the tumor decreased after treatment.", True),
    ("More mature DCs were found in the inguinal lymph nodes.", True),
    ("Serum levels of IFN-γ and TNF-α were elevated after treatment.", True),
    ("In co-culture, the number of CD8+ T cells in the tumor spheroids increased.", False),
    # what the coating should or is expected to do in a body; a host's dose and its weight
    ("The biodistribution in vivo is expected to benefit from the coating.", False),
    ("Because the coating retained CD47, it should evade macrophages in vivo.", False),
    ("The particles were given by tail-vein injection.", True),
    # a line's tumors or model, the line named without a digit or with a dot
    ("The platform provided T1-weighted MRI of CaSki tumors.", True),
    ("The effect was confirmed in the subcutaneous YUMM1.7 model.", True),
    ("No weight loss was observed during treatment.", True),
    ("Levels of IL-6 in the culture supernatant increased.", False),
    # a tumor measured or compared in a host, without the word "mice"
    ("Tumor sizes were monitored every two days and were reduced by 70%.", True),
    (
        "The tumors treated with the coated particles were markedly smaller than those given saline.",
        True,
    ),
    ("After five doses, the tumors of the treated group were 80% smaller.", True),
    ("The particles showed enhanced tumor retention and higher intratumoral drug levels.", True),
    (
        "Spheroids treated with the coated particles were smaller than untreated tumor spheroids.",
        False,
    ),
    ("Smaller particles penetrated deeper into tumor spheroids in vitro.", False),
    # work without animals, an in vivo notion weighed in a dish, a comparator's known fate
    ("This animal-free evaluation showed that the particles escaped human macrophages.", False),
    ("The particles' in vivo relevance was assessed by incubating them with whole blood.", False),
    ("To predict their in vivo behavior, the particles were incubated with serum proteins.", False),
    (
        "Unlike liposomes, which are rapidly cleared from the blood circulation, the coated particles resisted uptake by macrophages in culture.",
        False,
    ),
    ("Unlike the liposomes, the coated particles prolonged the blood circulation in rats.", True),
    # what cells are generally used for or come from, a step of a process in the body, the
    # authors' earlier paper
    (
        "The particles were tested on 4T1 and CT26 cells, which are commonly used to establish tumor models in mice.",
        False,
    ),
    (
        "4T1 cells, which are highly aggressive, were injected into mice and treated with the particles.",
        True,
    ),
    ("Because RAW264.7 cells originate from mice, the results may not reflect human cells.", False),
    (
        "The particles reduced the adhesion of CT26 cells to endothelium, a key step of metastasis in vivo.",
        False,
    ),
    (
        "In our previous study, coated particles prolonged survival of tumor-bearing mice; here we examined their interaction with platelets in vitro.",
        False,
    ),
    # animal work the paper says it did not do
    ("The particles' circulation half-life has not been determined.", False),
    ("Biodistribution in animals was beyond the scope of this study.", False),
    ("We did not evaluate the particles in animal models.", False),
    ("A limitation of this work is the lack of in vivo data.", False),
    ("The particles did not cause weight loss in mice.", True),
    # others' results, a notion, a plan, a potential
    (
        "Such particles are attractive because they can circulate for days in mice, as shown for RBC-coated particles.",
        False,
    ),
    (
        "The in vitro data agree with the prolonged circulation reported for RBC-coated nanoparticles in vivo.",
        False,
    ),
    ("Compared with the in vivo situation, cell culture lacks flow and immune cells.", False),
    ("Next, we will test the particles in orthotopic breast cancer models.", False),
    ("The potential of the particles for tumor targeting in vivo was discussed.", False),
    # own results told with the same words
    (
        "Tumor growth was inhibited, as demonstrated by H&E staining of tumors from treated mice.",
        True,
    ),
    ("As shown in 4T1 tumor-bearing mice, the particles accumulated in tumors.", True),
    # each cell line's species, coordinated
    ("Mouse 4T1 and human MDA-MB-231 cells were used.", False),
    ("Mouse models and human cells were used: the particles slowed 4T1 tumor growth.", True),
    (
        "The particles showed great potential for therapy, inhibiting tumor growth in mice by 80%.",
        True,
    ),
    # an expectation, a concern, what the field's products generally do
    (
        "We expect these particles to improve tumor accumulation after intravenous administration.",
        False,
    ),
    ("Their safety after systemic administration remains a concern.", False),
    ("Nanomedicines often fail in the clinic because of rapid clearance in vivo.", False),
    ("As we expected, the particles accumulated in 4T1 tumors of treated mice.", True),
]


@pytest.mark.parametrize(("result", "in_vivo"), IN_VIVO_WORDINGS)
def test_an_in_vivo_wording_gets_its_label(nlp, result, in_vivo):
    own_work = (
        "Here, we coated PLGA nanoparticles with red blood cell membranes to deliver doxorubicin."
    )
    (labels,) = _labels(nlp, [f"{own_work} {result}"])
    assert labels["in_vivo"] is in_vivo


# Drugs, dyes and reagents an abstract names without the carrier delivering them: cytokines
# measured, targeting ligands, tracer labels, assay reagents, resistant cell lines.
NOT_DELIVERED = [
    # an antibody or small molecule fixed on the coating as its address
    "Anti-EGFR antibody was conjugated to the membrane as a targeting ligand.",
    "Folic acid was grafted onto the membrane surface as the targeting moiety.",
    # the host dosed with the agent itself
    "Mice received cyclophosphamide to deplete regulatory T cells before treatment.",
    "Rats were pretreated with dexamethasone before the injections.",
    # what a model or a host is made with
    "Macrophages were depleted with clodronate liposomes to assess the role of the coating.",
    "Immunosuppression was induced with cyclophosphamide in a separate cohort.",
    "Mice were anesthetized with ketamine before imaging.",
    # a reagent after a hyphenated "pre-treated"; a drug given to the reference arm
    "Cells were pre-treated with the autophagy inhibitor 3-methyladenine.",
    "Cells were pre-incubated with chlorpromazine before uptake was measured.",
    "The first-line drug gemcitabine was given to a reference group.",
    # a drug set beside the treatment as an aside or an opening
    "Combined with gemcitabine, the coated nanoparticles suppressed Panc02 tumors.",
    "The particles loosened the stroma and, combined with gemcitabine, suppressed tumors.",
    # a drug named as the comparison group's treatment, right after it
    "Mice in another group received gemcitabine as a standard-of-care control.",
    "Cisplatin (5 mg/kg) as the positive control was injected weekly.",
    "The secretion of IFN-γ and TNF-α by T cells increased after treatment.",
    "Folic acid was conjugated onto the membrane to target folate receptor-overexpressing cells.",
    "The nanoparticles were labeled with DiR for in vivo fluorescence imaging.",
    "Cells were pretreated with chlorpromazine and genistein to study the endocytosis pathway.",
    "Macrophages stimulated with lipopolysaccharide (LPS) took up fewer nanoparticles.",
    "The membrane was modified with hyaluronic acid and iRGD peptide to enhance tumor penetration.",
    "DSPE-PEG and TPGS were used as stabilizers.",
    "Coumarin-6 was encapsulated as a fluorescent probe to track cellular uptake.",
    "Apoptosis was detected with Annexin V-FITC and propidium iodide staining.",
    "Tumor-bearing mice also received anti-PD-1 antibody intraperitoneally.",
    "Tumor sections were stained with an anti-CD31 antibody to count vessels.",
    "The particles also carried DiR to image their biodistribution.",
    "Membranes carrying CD47 were loaded with CD133 and SW480 cells as controls.",
    "The particles were loaded with PEG2000 and F127 as stabilizers.",
    "Expression of caspase-3, Bax and Bcl-2 was analyzed by western blot.",
    "ROS levels were measured with DCFH-DA, and glutathione was depleted.",
    "Transferrin-modified membranes enhanced the uptake.",
    "Cisplatin-resistant A2780 cells were used to test the formulation.",
    "Cells were pretreated with the autophagy inhibitor chloroquine.",
    "Tumor hypoxia was visualized by pimonidazole staining.",
    "The calreticulin exposure and HMGB1 release indicated immunogenic cell death.",
    "Doxorubicin-resistant MCF-7/ADR cells overexpress P-glycoprotein.",
    "Irinotecan given intraperitoneally only slowed tumor growth.",
]


# What the carrier delivers among drugs given beside it ("combined with anti-PD-1", "co-
# administered orally"), genes a nucleic acid encodes ("IL-12 mRNA"), proteins and adjuvants.
PAYLOAD_ROLE_WORDINGS = [
    # an effect the carrier's own drug brings about stays the drug's ("induced with")
    (
        "Here, PLGA nanoparticles were coated with red blood cell membranes. Immunogenic cell death was induced with DOX-loaded nanoparticles in CT26 cells.",
        ["doxorubicin"],
    ),
    (
        "Here, PLGA nanoparticles were coated with red blood cell membranes. Apoptosis was induced with the released doxorubicin.",
        ["doxorubicin"],
    ),
    # a Cas9 plasmid named again is no second payload; a second plasmid named as such is
    (
        "Here, PLGA nanoparticles carrying a CRISPR/Cas9 plasmid targeting PLK1 were coated with 4T1 membranes. The plasmid was released in the cytosol.",
        ["sgrna/cas9"],
    ),
    (
        "Here, PLGA nanoparticles carrying a CRISPR/Cas9 plasmid and a plasmid encoding IL-12 were coated with 4T1 membranes.",
        ["plasmid dna", "sgrna/cas9"],
    ),
    # an antibody named by what it blocks is coded by its target, as "anti-" ones are
    (
        "Here, RBC membrane-coated PLGA nanoparticles loaded with a CD47-blocking antibody treated 4T1 tumors.",
        ["anti-cd47 antibody"],
    ),
    (
        "Here, platelet membrane-coated liposomes co-delivered DOX and PD-L1 blocking mAbs.",
        ["anti-pd-l1 antibody", "doxorubicin"],
    ),
    (
        "Here, platelet membrane-coated liposomes co-delivered DOX and a CTLA-4-blocking antibody (aCTLA-4).",
        ["anti-ctla-4 antibody", "doxorubicin"],
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles were made; sections were stained with a CD8 antibody.",
        [],
    ),
    # "carrier-free" is no "free drug"; a "DOX-free" particle carries none
    (
        "Here, carrier-free paclitaxel nanoparticles were coated with 4T1 cell membranes.",
        ["paclitaxel"],
    ),
    (
        "Here, rapamycin-free PLGA nanoparticles were coated with platelet membranes as a blank.",
        [],
    ),
    # "treated" is the carrier's verb after a loading word, not a "triptolide-treated" property
    (
        "Here, erythrocyte membrane-coated nanoparticles encapsulating triptolide treated pancreatic tumors in mice.",
        ["triptolide"],
    ),
    ("Here, membranes of DOX-treated 4T1 cells were coated onto PLGA nanoparticles.", []),
    (
        "Here, RBC membrane-wrapped polypyrrole nanoparticles were used for photothermal therapy.",
        [],
    ),
    (
        "Here, outer membrane vesicles encapsulating melanin were used for photothermal therapy.",
        ["melanin"],
    ),
    (
        "Here, doxorubicin hydrochloride (DOX·HCl) was loaded into RBC membrane-coated liposomes, and DOX·HCl release was pH-dependent.",
        ["doxorubicin"],
    ),
    (
        "Here, glucose oxidase (GOD) was loaded into cancer cell membrane-coated MOFs; GOD consumed glucose.",
        ["glucose oxidase"],
    ),
    (
        "Here, cis-diamminedichloroplatinum (CDDP) was loaded into platelet membrane-coated nanoparticles.",
        ["cisplatin"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles co-loaded with 5-FU and SN38 were prepared.",
        ["fluorouracil", "sn-38"],
    ),
    (
        "Here, all-trans retinoic acid (ATRA) was loaded into macrophage membrane-coated PLGA nanoparticles.",
        ["all-trans retinoic acid"],
    ),
    (
        "Here, aPD-L1 was loaded into platelet membrane-coated nanoparticles.",
        ["anti-pd-l1 antibody"],
    ),
    (
        "Here, α-PD-1 antibody was encapsulated in neutrophil membrane-coated nanoparticles.",
        ["anti-pd-1 antibody"],
    ),
    (
        "Here, TPZ and Ce6 were co-loaded in cancer cell membrane-coated ZIF-8.",
        ["chlorin e6", "tirapazamine"],
    ),
    (
        "Here, DTX-loaded RBC membrane-coated PLGA nanoparticles (DTX-RBC-NPs) were prepared.",
        ["docetaxel"],
    ),
    (
        "Here, RAPA-loaded macrophage membrane-coated nanoparticles were prepared.",
        ["rapamycin"],
    ),
    (
        "Here, arsenic trioxide (ATO) was loaded into RBC membrane-coated nanoparticles.",
        ["arsenic trioxide"],
    ),
    (
        "Here, hydroxychloroquine (HCQ) and DOX were co-loaded into cancer cell membrane-coated MSNs.",
        ["doxorubicin", "hydroxychloroquine"],
    ),
    (
        "Here, camptothecin (CPT) prodrug nanoparticles were coated with RBC membranes.",
        ["camptothecin"],
    ),
    (
        "Here, Gem-loaded platelet membrane-coated nanoparticles were prepared.",
        ["gemcitabine"],
    ),
    (
        "Here, the photosensitizer IR-780 was loaded into RBC membrane-coated nanoparticles.",
        ["ir780"],
    ),
    (
        "Here, indocyanine green (ICG) and paclitaxel (PTX) were co-loaded (ICG/PTX) into RBC membrane-coated nanoparticles.",
        ["indocyanine green", "paclitaxel"],
    ),
    (
        "Here, curcumin (CUR) was loaded into RBC membrane-coated nanoparticles, and CUR release was sustained.",
        ["curcumin"],
    ),
    (
        "Here, celastrol (Cel) was loaded into macrophage membrane-coated nanoparticles (Cel-MM-NPs).",
        ["celastrol"],
    ),
    (
        "Here, siPD-L1 was loaded into cancer cell membrane-coated nanoparticles.",
        ["sirna"],
    ),
    (
        "Here, miR-34a was loaded into cancer cell membrane-coated nanoparticles.",
        ["mirna"],
    ),
    (
        "Here, an anti-miR-21 oligonucleotide was encapsulated in RBC membrane-coated PLGA nanoparticles, which lowered miR-21 levels in 4T1 tumors.",
        ["mirna"],
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles loaded with docetaxel lowered miR-21 and miR-155 levels in 4T1 tumors.",
        ["docetaxel"],
    ),
    (
        "Here, anti-PD-1 was loaded into platelet membrane-coated nanoparticles.",
        ["anti-pd-1 antibody"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles co-delivered docetaxel as well as the PD-L1 inhibitor BMS-202.",
        ["bms-202", "docetaxel"],
    ),
    # the field's standard short forms, undefined
    (
        "Here, SOR and QUE were co-loaded into RBC membrane-coated PLGA nanoparticles, and HCQ into platelet membrane-coated ones.",
        ["hydroxychloroquine", "quercetin", "sorafenib"],
    ),
    (
        "Here, PPa and CFZ were co-loaded into macrophage membrane-coated nanoparticles with DSF and Ola.",
        ["carfilzomib", "disulfiram", "olaparib", "pyropheophorbide a"],
    ),
    # "containing" opens a loading frame like "loaded with"
    (
        "Here, macrophage membrane-coated liposomes containing gemcitabine and the hedgehog inhibitor cyclopamine were made.",
        ["cyclopamine", "gemcitabine"],
    ),
    # hyphens are no words of the six before an agent
    (
        "Here, macrophage membrane-coated PLGA nanoparticles loaded with the anti-metastatic drug reparixin were made.",
        ["reparixin"],
    ),
    # antibodies named by their target, development codes in a loading frame
    (
        "Here, an anti-OX40 antibody was loaded into platelet membrane-coated nanoparticles.",
        ["anti-ox40 antibody"],
    ),
    (
        "Here, the anti-4-1BB monoclonal antibody and doxorubicin were co-loaded into RBC membrane-coated nanoparticles.",
        ["anti-4-1bb antibody", "doxorubicin"],
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles loaded with BEZ235 inhibited PI3K signaling.",
        ["bez235"],
    ),
    (
        "Here, macrophage membrane-coated nanoparticles co-loaded with paclitaxel and MK-2206 were made.",
        ["mk-2206", "paclitaxel"],
    ),
    (
        "Here, SHP099-loaded cancer cell membrane-coated nanoparticles reprogrammed macrophages.",
        ["shp099"],
    ),
    (
        "Here, DM1 and MMAE were co-loaded into RBC membrane-coated nanoparticles.",
        ["mertansine", "monomethyl auristatin e"],
    ),
    (
        "Here, the photosensitizer TPCS2a was loaded into macrophage membrane-coated nanoparticles.",
        ["fimaporfin"],
    ),
    (
        "Here, methotrexate (MTX) was loaded into RBC membrane-coated nanoparticles.",
        ["methotrexate"],
    ),
    (
        "Here, mitoxantrone (MTX) was loaded into RBC membrane-coated nanoparticles, and MTX release was fast.",
        ["mitoxantrone"],
    ),
    (
        "Here, IL-15 and alpha-galactosylceramide were co-loaded into dendritic cell membrane-coated nanoparticles, and cytochrome c into RBC membrane-coated ones.",
        ["alpha-galactosylceramide", "cytochrome c", "interleukin-15"],
    ),
    # a short form two drugs share means the one named (not defined) before it
    (
        "Here, mitoxantrone was loaded into NK cell membrane-coated MnO2 nanoparticles (NK-MnO2/MTX), which released MTX in tumors.",
        ["mitoxantrone"],
    ),
    (
        "Here, MTX was loaded into NK cell membrane-coated MnO2 nanoparticles, which released MTX in tumors.",
        ["methotrexate"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles loaded with docetaxel beat the positive control (5 mg/kg cisplatin).",
        ["docetaxel"],
    ),
    (
        "Here, perfluorohexane (PFH) was loaded into RBC membrane-coated nanoparticles for ultrasound imaging.",
        ["perfluorocarbon"],
    ),
    (
        "Here, DOX/siSUR-PLGA@MSCM nanoparticles were prepared by coating PLGA cores with mesenchymal stem cell membranes.",
        ["doxorubicin", "sirna"],
    ),
    (
        "Here, paclitaxel-loaded PLGA nanoparticles were coated with membranes of cisplatin-resistant A2780/DDP cells and killed A2780/DDP cells in vitro.",
        ["paclitaxel"],
    ),
    (
        "Here, curcumin-loaded liposomes were coated with MCF-7/DOX cell membranes, and MCF-7/DOX tumors in mice shrank.",
        ["curcumin"],
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles delivered the tyrosine kinase inhibitor apatinib to gastric tumors.",
        ["apatinib"],
    ),
    (
        "Here, folate receptor-targeted platelet membrane-coated liposomes encapsulating irinotecan were prepared.",
        ["irinotecan"],
    ),
    (
        "Here, Bcl-2 siRNA was encapsulated in macrophage membrane-coated nanoparticles to silence the anti-apoptotic gene.",
        ["sirna"],
    ),
    ("Here, monocyte membrane-coated ivermectin nanoparticles were prepared.", ["ivermectin"]),
    ("Here, fulvestrant nanocrystals were cloaked with RBC membranes.", ["fulvestrant"]),
    (
        "Here, platelet membrane-coated PLGA nanoparticles loaded with docetaxel were combined with anti-PD-1 antibody to treat melanoma.",
        ["docetaxel"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles delivering the pore-forming peptide melittin were developed for liver cancer.",
        ["melittin"],
    ),
    (
        "Here, we developed cancer cell membrane-coated nanoparticles co-loaded with ovalbumin (OVA) and CpG as a nanovaccine.",
        ["cpg", "ovalbumin"],
    ),
    (
        "Here, mesoporous silica nanoparticles loaded with granzyme B were camouflaged with NK cell membranes.",
        ["granzyme b"],
    ),
    (
        "Here, macrophage membrane-coated liposomes encapsulating the STING agonist cGAMP were prepared.",
        ["cgamp"],
    ),
    (
        "Here, lipid nanoparticles carrying IL-12 mRNA were coated with tumor cell membranes.",
        ["mrna"],
    ),
    (
        "Here, PLGA cores loaded with tumor lysate were wrapped with dendritic cell membranes.",
        ["tumor antigen"],
    ),
    (
        "Here, gold nanoparticles conjugated with TNF-related apoptosis-inducing ligand (TRAIL) were coated with platelet membranes.",
        ["trail"],
    ),
    (
        "Here, hollow MnO2 nanoparticles loaded with chlorin e6 were coated with cancer cell membranes, and mice also received intraperitoneal cyclophosphamide.",
        ["chlorin e6"],
    ),
    (
        "Here, we report RBC membrane-coated PLGA nanoparticles encapsulating paclitaxel, which outperformed Abraxane in a xenograft model.",
        ["paclitaxel"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles co-delivering the BRAF inhibitor vemurafenib and the MEK inhibitor trametinib were prepared.",
        ["trametinib", "vemurafenib"],
    ),
    (
        "Here, a platelet membrane-coated nanoplatform co-encapsulating indocyanine green and the hypoxia-activated prodrug tirapazamine was fabricated.",
        ["indocyanine green", "tirapazamine"],
    ),
    (
        "Here, we loaded the IDO inhibitor NLG919 into macrophage membrane-coated nanoparticles.",
        ["nlg919"],
    ),
    (
        "Here, PLGA nanoparticles loaded with the photosensitizer verteporfin were cloaked with RBC membranes.",
        ["verteporfin"],
    ),
    (
        "Here, RBC membrane-camouflaged nanoparticles loaded with 5-fluorouracil (5-FU) were prepared for colorectal cancer.",
        ["fluorouracil"],
    ),
    (
        "Here, the cells were treated with RBC membrane-coated nanoparticles or with free doxorubicin and free ICG as controls; the nanoparticles carried DOX and ICG.",
        ["doxorubicin", "indocyanine green"],
    ),
    (
        "Here, platelet membrane-coated nanoparticles loaded with bortezomib were tested; dexamethasone was co-administered orally.",
        ["bortezomib"],
    ),
    (
        "Here, we coated siRNA-loaded PLGA nanoparticles with cancer cell membranes to silence PD-L1.",
        ["sirna"],
    ),
    (
        "Here, quercetin was used in combination with doxorubicin, and both were co-encapsulated in RBC membrane-coated liposomes.",
        ["doxorubicin", "quercetin"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles loaded with DOX were given in combination with intravenous ICG.",
        ["doxorubicin"],
    ),
    ("Here, PD-L1 siRNA was loaded into cancer cell membrane-coated nanoparticles.", ["sirna"]),
    # a CRISPR/Cas9 plasmid is the editing payload, not also a plain plasmid
    (
        "Here, cancer cell membrane-coated nanoparticles were loaded with a CRISPR/Cas9 plasmid targeting KRAS.",
        ["sgrna/cas9"],
    ),
    # the comparator's drug after "outperformed"
    (
        "Here, macrophage membrane-coated nanoparticles carrying emtansine outperformed Taxol at the same paclitaxel dose.",
        ["emtansine"],
    ),
    # with no "Here, we": an opening sentence on the clinic's usual drug is the field's
    (
        "Gemcitabine is the first-line chemotherapeutic for pancreatic cancer. Platelet membrane-coated nanoparticles carrying verteporfin were tested in Panc02 tumors.",
        ["verteporfin"],
    ),
    (
        "Temozolomide remains the standard of care for glioblastoma. Platelet membrane-coated nanoparticles carrying verteporfin were tested in U87 tumors.",
        ["verteporfin"],
    ),
    (
        "Gemcitabine is standard for pancreatic cancer. Platelet membrane-coated nanoparticles carrying verteporfin were tested in Panc02 tumors.",
        ["verteporfin"],
    ),
    # ... but a loaded drug said to be the usual one is still the payload
    (
        "FDA-approved docetaxel was loaded into platelet membrane-coated PLGA nanoparticles and tested in 4T1 tumors.",
        ["docetaxel"],
    ),
    # a salt's element is no drug; a named ginsenoside is itself
    (
        "Here, RBC membrane-coated PLGA nanoparticles loaded with sodium bicarbonate were tested in 4T1 tumors.",
        [],
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles loaded with ginsenoside Rg3 were tested in 4T1 tumors.",
        ["ginsenoside rg3"],
    ),
    # the host receives the particles that name the drug
    (
        "Here, we coated PLGA nanoparticles with RBC membranes. Mice received doxorubicin-loaded nanoparticles.",
        ["doxorubicin"],
    ),
    # a second agent after its class noun, the class with a prefix, far from the load cue
    (
        "We prepared RBC membrane-camouflaged PLGA nanoparticles co-loaded with hemoglobin as well as the radiosensitizer metronidazole.",
        ["hemoglobin", "metronidazole"],
    ),
    (
        "We prepared platelet membrane-coated PLGA nanoparticles co-loaded with doxorubicin as well as the chemosensitizer tariquidar.",
        ["doxorubicin", "tariquidar"],
    ),
]


@pytest.mark.parametrize(("abstract", "payloads"), PAYLOAD_ROLE_WORDINGS)
def test_a_payload_role_wording_gets_its_payloads(nlp, abstract, payloads):
    (labels,) = _labels(nlp, [abstract])
    assert sorted(labels["payloads"]) == payloads


# Structured abstracts: the background part's drug is not the payload; a closing prospect
# ("merits in vivo evaluation", "warrants further in vivo studies") is no animal experiment.
STRUCTURED_ABSTRACTS = [
    (
        "BACKGROUND: Doxorubicin is limited by cardiotoxicity, and free drugs are cleared quickly. METHODS: We coated PLGA nanoparticles loaded with paclitaxel with platelet membranes. RESULTS: The coated nanoparticles inhibited tumor growth in 4T1 tumor-bearing mice. CONCLUSIONS: Platelet membrane coating improves paclitaxel delivery.",
        {
            "payloads": ["paclitaxel"],
            "membrane_sources": ["platelet"],
            "in_vivo": True,
            "cancer_types": ["breast"],
        },
    ),
    (
        "Purpose: Cisplatin resistance limits therapy of ovarian cancer. Methods: Red blood cell membranes were fused onto liposomes co-loaded with olaparib and a cisplatin prodrug. Results: In SKOV3 cells, the liposomes induced apoptosis. Conclusion: The platform merits in vivo evaluation.",
        {
            "payloads": ["olaparib", "cisplatin"],
            "membrane_sources": ["erythrocyte"],
            "in_vivo": False,
            "cancer_types": ["ovarian"],
        },
    ),
    (
        "Objective: To improve the treatment of glioma. Methods: Macrophage membranes were coated onto mesoporous silica loaded with temozolomide. Results: The nanoparticles crossed an in vitro blood-brain barrier model and killed U87 cells.",
        {
            "payloads": ["temozolomide"],
            "membrane_sources": ["macrophage"],
            "in_vivo": False,
            "cancer_types": ["glioma"],
        },
    ),
    (
        "Methods: Platelet membranes were coated onto PLGA nanoparticles loaded with docetaxel. Results: The particles killed A549 cells. Further animal studies showed tumor inhibition in nude mice.",
        {"in_vivo": True},
    ),
    (
        "Methods: Platelet membranes were coated onto PLGA nanoparticles loaded with docetaxel. Results: The particles killed A549 cells, which warrants further in vivo studies.",
        {"in_vivo": False},
    ),
]


@pytest.mark.parametrize(("abstract", "expected"), STRUCTURED_ABSTRACTS)
def test_a_structured_abstract_gets_the_guide_labels(nlp, abstract, expected):
    (labels,) = _labels(nlp, [abstract])
    _assert_labels(labels, expected)


@pytest.mark.parametrize("sentence", NOT_DELIVERED)
def test_an_agent_the_carrier_does_not_deliver_is_not_a_payload(nlp, sentence):
    own_work = (
        "Here, PLGA nanoparticles loaded with paclitaxel were coated with platelet membranes."
    )
    (labels,) = _labels(nlp, [f"{own_work} {sentence}"])
    assert labels["payloads"] == ["paclitaxel"]


# Cancers by name, subtype and metastasis (the primary tumor counts, not the metastatic site),
# and cell lines with the cancers they imply.
CANCER_SENTENCES = [
    # cancers named beyond the one studied: a generalization, a class's examples, a contrast,
    # a drug's known use; a closing's own cancer stays
    (
        "They inhibited 4T1 tumors. The strategy may be extended to other cancers such as liver cancer.",
        {"cancer_types": ["breast"]},
    ),
    (
        "They inhibited 4T1 tumors. The approach holds promise for glioma and other hard-to-treat tumors.",
        {"cancer_types": ["breast"]},
    ),
    (
        "They inhibited 4T1 tumors. Unlike leukemia, solid tumors have a dense stroma.",
        {"cancer_types": ["breast"]},
    ),
    (
        "They inhibited 4T1 tumors. Doxorubicin is used to treat lymphoma and leukemia.",
        {"cancer_types": ["breast"]},
    ),
    (
        "They inhibited 4T1 tumors. It is a platform for various solid tumors, including melanoma.",
        {"cancer_types": ["breast"]},
    ),
    (
        "They inhibited HeLa tumors in mice, a useful regimen for cervical cancer in the future.",
        {"cancer_types": ["cervical"]},
    ),
    # the class of a cancer named is no second cancer
    (
        "They treated melanoma, the most aggressive form of skin cancer.",
        {"cancer_types": ["melanoma"]},
    ),
    (
        "They treated osteosarcoma, the most common bone sarcoma.",
        {"cancer_types": ["osteosarcoma"]},
    ),
    ("They treated S180 sarcoma in mice.", {"cancer_types": ["other_cancer"]}),
    (
        "They inhibited lung metastasis of breast cancer in 4T1 tumor-bearing mice.",
        {"cancer_types": ["breast"]},
    ),
    ("They suppressed liver metastases of colorectal cancer.", {"cancer_types": ["colorectal"]}),
    ("They targeted brain metastases from lung cancer.", {"cancer_types": ["lung"]}),
    ("They were tested against triple-negative breast cancer.", {"cancer_types": ["breast"]}),
    ("They were tested against hepatocellular carcinoma.", {"cancer_types": ["liver"]}),
    ("They were tested against non-small cell lung cancer (NSCLC).", {"cancer_types": ["lung"]}),
    (
        "They were tested against pancreatic ductal adenocarcinoma.",
        {"cancer_types": ["pancreatic"]},
    ),
    ("They were tested against oral squamous cell carcinoma.", {"cancer_types": ["head_and_neck"]}),
    ("They were tested against acute myeloid leukemia.", {"cancer_types": ["leukemia"]}),
    ("They were tested against diffuse large B-cell lymphoma.", {"cancer_types": ["lymphoma"]}),
    ("They were tested against multiple myeloma.", {"cancer_types": ["other_cancer"]}),
    (
        "They were tested against cutaneous squamous cell carcinoma.",
        {"cancer_types": ["other_cancer"]},
    ),
    ("They were tested against neuroblastoma.", {"cancer_types": ["other_cancer"]}),
    ("They were tested against clear cell renal cell carcinoma.", {"cancer_types": ["renal"]}),
    (
        "They were tested against urothelial carcinoma of the bladder.",
        {"cancer_types": ["bladder"]},
    ),
    ("They were tested against anaplastic thyroid cancer.", {"cancer_types": ["thyroid"]}),
    (
        "They were tested against esophageal squamous cell carcinoma.",
        {"cancer_types": ["esophageal"]},
    ),
    (
        "They were tested against castration-resistant prostate cancer.",
        {"cancer_types": ["prostate"]},
    ),
    ("They were tested against uveal melanoma.", {"cancer_types": ["melanoma"]}),
    ("They were tested against Ewing sarcoma.", {"cancer_types": ["other_cancer"]}),
    (
        "They were tested in MDA-MB-231 and MCF-7 cells.",
        {"cancer_types": ["breast"], "cell_lines": ["MDA-MB-231", "MCF-7"]},
    ),
    (
        "They were tested in SMMC-7721 and Huh7 cells.",
        {"cancer_types": ["liver"], "cell_lines": ["SMMC-7721", "Huh7"]},
    ),
    ("They were tested in A375 cells.", {"cancer_types": ["melanoma"], "cell_lines": ["A375"]}),
    (
        "They were tested in HCT-116 and SW480 cells.",
        {"cancer_types": ["colorectal"], "cell_lines": ["HCT-116", "SW480"]},
    ),
    (
        "They were tested in BxPC-3 and MIA PaCa-2 cells.",
        {"cancer_types": ["pancreatic"], "cell_lines": ["BxPC-3", "MIA PaCa-2"]},
    ),
    (
        "They were tested in SGC-7901 cells.",
        {"cancer_types": ["gastric"], "cell_lines": ["SGC-7901"]},
    ),
    (
        "They were tested in LNCaP and DU145 cells.",
        {"cancer_types": ["prostate"], "cell_lines": ["LNCaP", "DU145"]},
    ),
    (
        "They were tested in 143B and MG-63 osteosarcoma cells.",
        {"cancer_types": ["osteosarcoma"], "cell_lines": ["143B", "MG-63"]},
    ),
    (
        "They were tested in CAL27 cells.",
        {"cancer_types": ["head_and_neck"], "cell_lines": ["CAL27"]},
    ),
    ("They were tested in K562 cells.", {"cancer_types": ["leukemia"], "cell_lines": ["K562"]}),
    (
        "They were tested in ID8 ovarian cancer cells.",
        {"cancer_types": ["ovarian"], "cell_lines": ["ID8"]},
    ),
    ("They were tested in EMT6 cells.", {"cancer_types": ["breast"], "cell_lines": ["EMT6"]}),
    ("They were tested in MC38 cells.", {"cancer_types": ["colorectal"], "cell_lines": ["MC38"]}),
    ("They were tested in T24 cells.", {"cancer_types": ["bladder"], "cell_lines": ["T24"]}),
]


@pytest.mark.parametrize(("sentence", "expected"), CANCER_SENTENCES)
def test_a_cancer_wording_gets_its_codes(nlp, sentence, expected):
    own_work = "Here, RBC membrane-coated PLGA nanoparticles loaded with DOX were prepared."
    (labels,) = _labels(nlp, [f"{own_work} {sentence}"])
    _assert_labels(labels, expected)


# Reviews said the field's ways, and originals that borrow review words.
STUDY_TYPE_SENTENCES = [
    # a literature search, and a review named by its kind
    (
        "We searched the literature from 2011 to 2023 and describe their applications in "
        "chemotherapy, phototherapy and immunotherapy.",
        "review",
    ),
    (
        "This overview covers preparation methods, characterization and applications in cancer "
        "therapy.",
        "review",
    ),
    (
        "In this narrative review, we discuss hybrid membrane coatings for tumor targeting.",
        "review",
    ),
    # an original that discusses its own experiments; a review that discusses the field's
    (
        "Here, we coated PLGA nanoparticles with RBC membranes and loaded doxorubicin. We discuss the mechanism of their prolonged circulation in mice.",
        "original",
    ),
    (
        "We discuss how membrane coatings prolong circulation and highlight open questions.",
        "review",
    ),
    # an adverb between the authors and their reviewing verb
    (
        "We systematically summarize the advances of erythrocyte membrane-camouflaged nanocarriers in tumor therapy.",
        "review",
    ),
    ("This review summarizes recent advances in their use for cancer therapy.", "review"),
    (
        "Herein, we provide a comprehensive overview of their design and applications in oncology.",
        "review",
    ),
    (
        "In this article, recent progress in membrane-camouflaged nanomedicine is reviewed.",
        "review",
    ),
    (
        "We discuss the challenges and future perspectives of this technology for tumor treatment.",
        "review",
    ),
    (
        "This perspective outlines the opportunities of cell membrane coating for cancer vaccines.",
        "review",
    ),
    (
        "The state of the art of this field is summarized, with emphasis on clinical translation.",
        "review",
    ),
    (
        "In this mini-review, we focus on platelet membrane-coated nanoparticles for cancer therapy.",
        "review",
    ),
    (
        "Here, we developed platelet membrane-coated PLGA nanoparticles and evaluated them in tumor-bearing mice.",
        "original",
    ),
    (
        "Here, we summarize our findings: the coated particles inhibited tumor growth by 80% in 4T1-bearing mice.",
        "original",
    ),
    (
        "This tutorial review introduces fabrication methods, characterization and applications in cancer.",
        "review",
    ),
]
REVIEW_TITLES = [
    "Recent advances in cell membrane-coated nanoparticles for cancer therapy",
    "Cell membrane-coated nanoparticles: a review of applications in cancer",
    "Biomimetic nanoparticles for cancer therapy: progress, challenges and perspectives",
    "Progress of erythrocyte membrane-camouflaged nanocarriers in tumor therapy",
    "Advances in cell membrane-coated nanoparticles for cancer immunotherapy",
    "Biomimetic nanocarriers in cancer therapy: a narrative review.",
    "Erythrocyte membrane-coated nanoparticles for the targeted delivery of chemotherapeutics "
    "to solid tumors: an overview",
]
_FIELD_SENTENCE = (
    "Cell membrane-coated nanoparticles combine synthetic cores with natural membranes."
)


@pytest.mark.parametrize(("sentence", "study_type"), STUDY_TYPE_SENTENCES)
def test_a_study_type_wording_gets_its_label(nlp, sentence, study_type):
    (labels,) = _labels(nlp, [f"{_FIELD_SENTENCE} {sentence}"])
    assert labels["study_type"] == study_type


@pytest.mark.parametrize("title", REVIEW_TITLES)
def test_a_review_title_makes_a_review(nlp, title):
    (labels,) = _labels(nlp, [_FIELD_SENTENCE], title=title)
    assert labels["study_type"] == "review"
    assert labels["in_vivo"] is None


def test_an_original_title_on_tumor_progression_stays_original(nlp):
    (labels,) = _labels(
        nlp,
        ["Here, platelet membrane-coated PLGA nanoparticles delivered DOX to 4T1 tumors."],
        title="Platelet membrane-coated nanoparticles inhibit tumor progression in mice",
    )
    assert labels["study_type"] == "original"


# Sublines are written as the paper writes them ("as written", says the guide), and keep their
# parent line's cancer.
@pytest.mark.parametrize(
    ("written", "line", "cancer"),
    [
        ("4T1-Luc", "4T1-Luc", "breast"),
        ("4T1-luc", "4T1-luc", "breast"),
        ("A2780/DDP", "A2780/DDP", "ovarian"),
        ("MCF-7/ADR", "MCF-7/ADR", "breast"),
        ("B16F10-luc", "B16F10-luc", "melanoma"),
        ("5-8F", "5-8F", "head_and_neck"),
        ("Daudi", "Daudi", "lymphoma"),
        ("HCC1806", "HCC1806", "breast"),
        # a reporter on a subline, two reporters
        ("A549/DDP-luc", "A549/DDP-luc", "lung"),
        ("4T1-Luc-GFP", "4T1-Luc-GFP", "breast"),
    ],
)
def test_a_subline_is_named_as_written_with_its_parents_cancer(nlp, written, line, cancer):
    abstract = f"Here, RBC membrane-coated PLGA nanoparticles were tested in {written} cells."
    (labels,) = _labels(nlp, [abstract])
    assert labels["cell_lines"] == [line]
    assert labels["cancer_types"] == [cancer]


# "RBC-NPs", "CCM-PLGA": a donor's short form joined to the carrier names a coated carrier;
# a cell line or a whole word so joined does not ("4T1-NPs interaction", "Macrophage-NP").
@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        ("Here, RBC-NPs loaded with DOX were prepared.", ["erythrocyte"]),
        ("Here, CCM-PLGA nanoparticles were prepared.", ["cancer_cell"]),
        ("Here, the PLT-PLGA nanoparticles were prepared.", ["platelet"]),
        ("Here, MΦ-NPs were used to neutralize endotoxins.", ["macrophage"]),
        ("Here, Treg membrane-coated PLGA nanoparticles were prepared.", ["t_cell"]),
        ("Uptake by 4T1 cells was high. The 4T1-NPs interaction was studied.", []),
        ("Macrophage-NP interactions were studied with uncoated PLGA nanoparticles.", []),
    ],
)
def test_a_donor_short_form_joined_to_its_carrier(nlp, sentence, sources):
    (labels,) = _labels(nlp, [sentence])
    assert labels["membrane_sources"] == sources


# Whole in-vitro abstracts rich in the words of animal work (blood, circulating tumor cells,
# metastatic potential, tumor microenvironment, a BBB model, a chip, a computer model), and
# animal or patient work said plainly.
IN_VIVO_ABSTRACTS = [
    # the field's premise opening an in vitro study; findings that argue for work in vivo
    (
        "Long circulation is essential for nanocarriers in vivo. PLGA nanoparticles were coated with erythrocyte membranes and loaded with docetaxel. The coating reduced uptake by J774 macrophages by 70%.",
        False,
    ),
    (
        "We coated PLGA nanoparticles with neutrophil membranes and tested their binding to activated HUVECs in a microfluidic model. These findings support neutrophil mimicry for tumor targeting in vivo.",
        False,
    ),
    (
        "We coated PLGA nanoparticles with neutrophil membranes. The in vivo results support their use: they accumulated in 4T1 tumors.",
        True,
    ),
    # what the donor's molecules do in general (not what the particles were seen to do)
    (
        "Neutrophil membrane-coated nanoparticles were characterized by proteomics, which identified adhesion molecules that mediate homing to inflamed tumors in vivo.",
        False,
    ),
    (
        "Neutrophil membrane-coated nanoparticles were prepared. The particles, which accumulated in 4T1 tumors in vivo, slowed their growth.",
        True,
    ),
    # what a property is needed for; what results lay the ground for
    (
        "We coated gold nanoparticles with RBC membranes. The coated particles retained colloidal stability in plasma for 72 h, a requirement for prolonged circulation after systemic administration.",
        False,
    ),
    (
        "Leukocyte membrane-coated silica particles were prepared and their adhesion to inflamed endothelial cells was studied in vitro. The results provide a basis for designing carriers that home to tumors in vivo.",
        False,
    ),
    (
        "Here, platelet membrane-coated nanoparticles were designed to capture circulating tumor cells (CTCs) from blood samples. The particles captured 90% of spiked MCF-7 cells in whole blood and released them for analysis.",
        False,
    ),
    (
        "Here, macrophage membrane-coated nanoparticles loaded with DOX were prepared. They inhibited the migration and invasion of 4T1 cells and reduced their metastatic potential in transwell assays.",
        False,
    ),
    (
        "Here, RBC membrane-coated nanoparticles were prepared and their stability in serum, hemocompatibility and macrophage escape were evaluated. The coating retained CD47 and reduced uptake by RAW264.7 cells by 70%.",
        False,
    ),
    (
        "Here, cancer cell membrane-coated nanoparticles targeting the tumor microenvironment were prepared. They responded to acidic pH and high glutathione levels mimicking the tumor microenvironment and released the drug.",
        False,
    ),
    (
        "Here, neutrophil membrane-coated nanoparticles were shown to cross an in vitro blood-brain barrier model made of bEnd.3 cells and to target U87 glioma cells.",
        False,
    ),
    (
        "Here, cancer cell membrane-coated gold nanoparticles were tested in a microfluidic tumor-on-a-chip model, where they penetrated deeper than uncoated particles.",
        False,
    ),
    (
        "Here, RBC membrane-coated PLGA nanoparticles carrying DOX were studied. A mathematical model predicted their biodistribution and tumor accumulation in humans.",
        False,
    ),
    (
        "Here, RBC membrane-coated nanoparticles were prepared. After systemic administration to 4T1 tumor-bearing mice, they accumulated in tumors.",
        True,
    ),
    (
        "Here, platelet membrane-coated nanoparticles loaded with DOX were prepared. Their antitumor effect was evaluated in zebrafish embryos xenografted with HeLa cells.",
        True,
    ),
    (
        "Here, macrophage membrane-coated nanoparticles were prepared and administered to patients with breast cancer in a pilot study.",
        True,
    ),
    # the field's background about lymph nodes and tumors is no host of the own work
    (
        "Dendritic cells migrate to lymph nodes to prime T cells. Here, we coated PLGA nanoparticles loaded with R848 with 4T1 cell membranes. The NPs activated BMDCs in vitro and were taken up by 4T1 cells.",
        False,
    ),
]


@pytest.mark.parametrize(("abstract", "in_vivo"), IN_VIVO_ABSTRACTS)
def test_an_in_vivo_abstract_gets_its_label(nlp, abstract, in_vivo):
    (labels,) = _labels(nlp, [abstract])
    assert labels["in_vivo"] is in_vivo


# The long tail of payloads by name: hormone therapies, vascular disrupting agents,
# autophagy/PI3K inhibitors, immunomodulators, hypoxia-activated prodrugs, oncolytic viruses.
@pytest.mark.parametrize(
    ("agent", "code"),
    [
        ("evofosfamide (TH-302)", "evofosfamide"),
        ("letrozole", "letrozole"),
        ("enzalutamide", "enzalutamide"),
        ("abiraterone acetate", "abiraterone"),
        ("celecoxib", "celecoxib"),
        ("combretastatin A4 (CA4)", "combretastatin a4"),
        ("homoharringtonine", "homoharringtonine"),
        ("3-methyladenine", "3-methyladenine"),
        ("wortmannin", "wortmannin"),
        ("the PI3Kγ inhibitor IPI-549", "ipi-549"),
        ("galunisertib", "galunisertib"),
        ("oncolytic adenoviruses", "oncolytic virus"),
        ("HPPH", "hpph"),
        ("purpurin 18", "purpurin 18"),
        ("cypate", "cypate"),
        ("tetraphenylporphyrin", "tetraphenylporphyrin"),
        # a named nitric oxide donor is itself, not the generic "NO donor"
        ("sodium nitroprusside", "sodium nitroprusside"),
        ("the NO donor nitroprusside", "sodium nitroprusside"),
    ],
)
def test_a_long_tail_payload_gets_its_code(nlp, agent, code):
    abstract = f"Here, RBC membrane-coated PLGA nanoparticles loaded with {agent} were prepared."
    (labels,) = _labels(nlp, [abstract])
    assert labels["payloads"] == [code]


# Donors of the field named before the own work are not this paper's when the own work names
# its own; "RBC@PLGA" written donor first is still a coated core.
@pytest.mark.parametrize(
    ("abstract", "sources"),
    [
        (
            "As shown by Zhang et al. in 2011, RBC membrane-coated NPs circulate long. Here, "
            "platelet membrane-coated PLGA NPs were made (ca. 100 nm) vs. bare NPs.",
            ["platelet"],
        ),
        (
            "Macrophage membrane coating helps particles reach inflamed tissue. Here, we coated "
            "PLGA nanoparticles with the membranes of RAW264.7 macrophages.",
            ["macrophage"],
        ),
        (
            "Red blood cell membranes prolong circulation and cancer cell membranes give homotypic "
            "targeting. Here, we fused the two into one coating for PLGA nanoparticles.",
            ["erythrocyte", "cancer_cell"],
        ),
        ("Here, we prepared biomimetic nanoparticles (i.e., RBC@PLGA-DOX).", ["erythrocyte"]),
    ],
)
def test_donors_of_the_background_and_donor_first_notation(nlp, abstract, sources):
    (labels,) = _labels(nlp, [abstract])
    assert sorted(labels["membrane_sources"]) == sorted(sources)


@pytest.mark.parametrize(
    ("sentence", "hybrid"),
    [
        (
            "Here, RBC membrane-coated lipid-polymer hybrid nanoparticles were prepared; platelet "
            "membrane-coated ones served as a comparison.",
            False,
        ),
        (
            "Here, RBC membrane-coated and platelet membrane-coated PLGA nanoparticles were compared.",
            False,
        ),
        ("Here, an RBC-platelet hybrid membrane was coated on PLGA nanoparticles.", True),
        (
            "Here, PLGA nanoparticles were coated with a fusion of erythrocyte and melanoma cell membranes.",
            True,
        ),
        (
            "Here, PLGA nanoparticles were dual-coated with macrophage and cancer cell membranes.",
            True,
        ),
        (
            "Here, lipid-polymer hybrid nanoparticles were coated with platelet membranes to deliver docetaxel.",
            False,
        ),
        (
            "Here, red blood cell membranes were fused with MCF-7 cell membranes, and the hybrid membrane was coated onto PLGA nanoparticles.",
            True,
        ),
        (
            "Here, hybrid nanoparticles of gold and silica were cloaked with macrophage membranes.",
            False,
        ),
        (
            "Here, a platelet-neutrophil hybrid membrane was used to camouflage PLGA nanoparticles.",
            True,
        ),
        (
            "Here, erythrocyte membrane-camouflaged nanoparticles were fused with liposomes to form hybrid vesicles.",
            False,
        ),
        (
            "Here, a dual-membrane coating of B16F10 cancer cell and RBC membranes (RBC-B16) cloaked melanin nanoparticles.",
            True,
        ),
        (
            "Here, cancer cell membrane-coated nanoparticles were mixed with platelet membrane-coated nanoparticles at a 1:1 ratio.",
            False,
        ),
        (
            "Here, macrophage and cancer cell membranes were co-extruded to form a fused membrane coating on MSNs.",
            True,
        ),
        (
            "Here, exosome-liposome hybrids were prepared by membrane fusion and loaded with paclitaxel.",
            False,
        ),
        # co-extrusion alone makes one coating of both membranes
        ("Here, platelet and neutrophil membranes were co-extruded onto PLGA cores.", True),
    ],
)
def test_a_hybrid_membrane_is_two_membranes_in_one_coating(nlp, sentence, hybrid):
    (labels,) = _labels(nlp, [sentence])
    assert labels["hybrid_membrane"] is hybrid


# A formulation the abstract names as its control or comparator is not its carrier.
@pytest.mark.parametrize(
    ("abstract", "payloads", "cores"),
    [
        (
            "Here, platelet membrane-coated NPs were loaded with DOX. DOX-loaded liposomes "
            "(Doxil) served as a clinical comparator.",
            ["doxorubicin"],
            [],
        ),
        (
            "Here, uncoated PLGA nanoparticles were used as a control for RBC membrane-coated "
            "gold nanocages.",
            [],
            ["gold"],
        ),
        (
            "Here, RBC membrane-coated PLGA NPs loaded with DOX (approx. 10 wt%) were made. Free "
            "DOX was used as a control.",
            ["doxorubicin"],
            ["plga"],
        ),
        # a comparison word two words before the core; a compared arm that is coated too
        (
            "Here, RBC-coated PLGA nanoparticles circulated longer than PEGylated liposomes.",
            [],
            ["plga"],
        ),
        (
            "Here, DOX-loaded liposomes camouflaged with 4T1 membranes were compared with "
            "DOX-loaded PLGA nanoparticles camouflaged with 4T1 membranes.",
            ["doxorubicin"],
            ["liposome", "plga"],
        ),
        (
            "Here, macrophage membrane-coated nanoparticles carrying emtansine outperformed "
            "liposomal emtansine in lung metastases.",
            ["emtansine"],
            [],
        ),
    ],
)
def test_a_control_formulation_is_not_the_carrier(nlp, abstract, payloads, cores):
    (labels,) = _labels(nlp, [abstract])
    assert (labels["payloads"], labels["cores"]) == (payloads, cores)


def test_a_gene_silencer_named_by_prefix_is_its_nucleic_acid_up_to_the_carrier(nlp):
    """ "siSUR-PLGA": the siRNA against survivin, not a span running into the carrier."""
    text = "Here, DOX/siSUR-PLGA@MSCM nanoparticles were coated with stem cell membranes."
    ((_, result),) = extract_articles(nlp, [Article(pmid="1", title="", abstract=text)])
    (silencer,) = [m for m in result.mentions if m["value"] == "sirna"]
    assert silencer["text"] == "siSUR"


# Every hand-lexicon drug in the same sentences: a rule that works for doxorubicin and not
# for "epothilone B" or "all-trans retinoic acid" is keyed to a name, not to the frame.
LOADING_FRAMES = (
    "Here, we coated {drug}-loaded PLGA nanoparticles with red blood cell membranes.",
    "Here, platelet membrane-coated silica particles were loaded with {drug}. They killed cells.",
    "Here, we fabricated stem cell membrane-coated gelatin nanoparticles encapsulating {drug}.",
)


def _drugs_of_the_hand_lexicon() -> list[tuple[str, str]]:
    from extract.nlp.lexicon import load_lexicon

    return [
        # as authors write it: "epothilone B", not "epothilone b"
        (re.sub(r" ([a-z])$", lambda m: " " + m.group(1).upper(), entry.terms[0]), entry.code)
        for entry in load_lexicon().by_field("payloads")
        if entry.extra.get("category") in {"chemo", "small_molecule"}
        and not entry.extra.get("generic")
    ]


def test_every_hand_lexicon_drug_is_the_payload_of_a_loading_frame(nlp):
    drugs = _drugs_of_the_hand_lexicon()
    assert len(drugs) > 150
    texts = [(frame.format(drug=name), code) for name, code in drugs for frame in LOADING_FRAMES]
    found = _labels(nlp, [text for text, _ in texts])
    wrong = [
        (text, labels["payloads"])
        for (text, code), labels in zip(texts, found, strict=True)
        if [p.lower() for p in labels["payloads"]] != [code.lower()]
    ]
    assert wrong == []


def _lexicon_terms(field: str) -> list[tuple[str, str]]:
    from extract.nlp.lexicon import load_lexicon

    return [(term, entry.code) for entry in load_lexicon().by_field(field) for term in entry.terms]


# Every term of the cells, cores and cancers lexicons in one sentence of its role: a term the
# matcher cannot see (a tokenization it does not survive, a longer term of another code that
# swallows it) shows here.
TERM_FRAMES = {
    "membrane_sources": "Here, PLGA nanoparticles were coated with {term} membranes to deliver "
    "doxorubicin to tumors.",
    "cores": "Here, {term} nanoparticles were coated with red blood cell membranes to deliver "
    "drugs to tumors.",
    "cancer_types": "Here, red blood cell membrane-coated PLGA nanoparticles were used to treat "
    "{term} in mice.",
}
_NAMES_ITS_OWN_MEMBRANE = ("membrane", "vesicle", "mimetic", "like", "exosom", "ghost", "omv")


@pytest.mark.parametrize("field", TERM_FRAMES)
def test_every_lexicon_term_gets_its_code_in_a_sentence_of_its_role(nlp, field):
    terms = [
        (term, code)
        for term, code in _lexicon_terms(field)
        if field != "membrane_sources"
        or not any(w in term.lower() for w in _NAMES_ITS_OWN_MEMBRANE)
    ]
    texts = [TERM_FRAMES[field].format(term=term) for term, _ in terms]
    found = _labels(nlp, texts)
    missed = [
        (term, code, labels[field])
        for (term, code), labels in zip(terms, found, strict=True)
        if code not in labels[field]
    ]
    assert missed == []


def test_every_cell_line_is_named_with_its_cancer(nlp):
    from extract.nlp.lexicon import load_lexicon

    lines = [
        (term, entry.extra.get("cancer_type"))
        for entry in load_lexicon().by_field("cell_lines")
        for term in entry.terms
    ]
    texts = [
        f"Here, red blood cell membrane-coated PLGA nanoparticles killed {term} cells in vitro."
        for term, _ in lines
    ]
    found = _labels(nlp, texts)

    def key(name: str) -> str:  # as the guide compares names: punctuation and spaces aside
        return re.sub(r"[\W_]", "", name.lower()).removesuffix("s")

    wrong = [
        (term, labels["cell_lines"], labels["cancer_types"])
        for (term, cancer), labels in zip(lines, found, strict=True)
        if key(term) not in {key(line) for line in labels["cell_lines"]}
        or (cancer is not None and cancer not in labels["cancer_types"])
    ]
    assert wrong == []


# What the closing lines plan, ask or hope for, and the examples an opening gives of a class,
# are not what the paper did: no payload, modality, cancer or animal work from them
OWN_WORK = (
    "Here, we coated PLGA nanoparticles loaded with doxorubicin with red blood cell membranes. "
    "The particles inhibited 4T1 tumor growth in mice."
)
IN_VITRO_WORK = (
    "Here, we coated PLGA nanoparticles loaded with doxorubicin with red blood cell membranes. "
    "The particles killed HeLa cells in vitro."
)
PROSPECTS_AND_EXAMPLES = [
    (
        OWN_WORK + " This strategy may be extended to other drugs such as gemcitabine.",
        {"payloads": ["doxorubicin"], "modalities": ["chemotherapy"]},
    ),
    (
        OWN_WORK + " Future studies will evaluate the platform with immune checkpoint blockade.",
        {"payloads": ["doxorubicin"], "modalities": ["chemotherapy"]},
    ),
    (
        OWN_WORK + " The particles could be further combined with radiotherapy.",
        {"modalities": ["chemotherapy"]},
    ),
    (
        IN_VITRO_WORK + " This approach may be extended to other cancers such as glioma.",
        {"cancer_types": ["cervical"]},
    ),
    (
        "Here, we coated PLGA nanoparticles loaded with doxorubicin with red blood cell membranes. "
        "Whether the coating helps patients with pancreatic cancer remains to be determined.",
        {"cancer_types": []},
    ),
    (
        IN_VITRO_WORK + " Clinical translation will require safety studies in primates.",
        {"in_vivo": False},
    ),
    # a clause's open question leaves the clause before it alone
    (
        "Macrophage membrane-coated nanoparticles were loaded with verteporfin and killed LLC "
        "cells; their performance in tumor-bearing animals remains to be determined.",
        {"cancer_types": ["lung"], "in_vivo": False},
    ),
    # an opening's examples of a class, in the present tense, with no "Here, we"
    (
        "Inorganic nanoparticles such as gold nanorods and mesoporous silica often raise safety "
        "concerns. PLGA nanoparticles loaded with doxorubicin were coated with platelet "
        "membranes and injected into 4T1 tumor-bearing mice.",
        {"cores": ["plga"]},
    ),
    # (a past-tense own-work sentence keeps its examples)
    (
        "PLGA nanoparticles loaded with drugs such as doxorubicin were coated with platelet "
        "membranes and injected into 4T1 tumor-bearing mice.",
        {"cores": ["plga"], "payloads": ["doxorubicin"]},
    ),
]


@pytest.mark.parametrize(("abstract", "expected"), PROSPECTS_AND_EXAMPLES)
def test_prospects_and_examples_are_not_the_papers_work(nlp, abstract, expected):
    (labels,) = _labels(nlp, [abstract])
    _assert_labels(labels, expected)


def test_a_hybrid_written_with_a_long_line_name_keeps_both_cells(nlp):
    (labels,) = _labels(
        nlp,
        [
            "Hybrid RBC-MDA-MB-231 membranes were fused and coated onto melanin nanoparticles "
            "for photothermal therapy of breast tumors."
        ],
    )
    assert sorted(labels["membrane_sources"]) == ["cancer_cell", "erythrocyte"]
    assert labels["hybrid_membrane"] is True


@pytest.mark.parametrize(
    ("agent", "code"),
    [
        ("zinc phthalocyanine", "zinc phthalocyanine"),
        ("silicon phthalocyanine", "silicon phthalocyanine"),
        ("aluminium phthalocyanine", "aluminum phthalocyanine"),
        ("padeliporfin", "padeliporfin"),
    ],
)
def test_a_photosensitizer_is_coded_as_named_and_implies_photodynamic_therapy(nlp, agent, code):
    (labels,) = _labels(
        nlp,
        [
            f"Here, PLGA nanoparticles loaded with {agent} were coated with 4T1 cell membranes "
            "and irradiated with a 660 nm laser to kill 4T1 tumors in mice."
        ],
    )
    assert labels["payloads"] == [code]
    assert labels["modalities"] == ["photodynamic_therapy"]


# wordings that hand-written full abstracts found mislabelled: ultrasound set against light,
# a class's examples, immune stimulation, donors after long modifiers, agents before classes
PROBED_WORDINGS = [
    # a sonosensitizer's abstract that opens with light's shallow reach is no photodynamic work
    (
        "Sonodynamic therapy penetrates deeper than light. Hematoporphyrin monomethyl ether and "
        "PLGA were formulated into nanoparticles and camouflaged with HepG2 cell membranes. Upon "
        "ultrasound exposure, the particles produced singlet oxygen and killed HepG2 cells.",
        {"modalities": ["sonodynamic_therapy"]},
    ),
    (
        "SDT overcomes the limited penetration depth of light. Ce6-loaded PLGA nanoparticles were "
        "coated with 4T1 cell membranes and activated under ultrasound to suppress 4T1 tumors.",
        {"modalities": ["sonodynamic_therapy"]},
    ),
    # (light the own work shines still makes it photodynamic)
    (
        "Ce6-loaded PLGA nanoparticles were coated with 4T1 cell membranes. Under 660 nm laser "
        "irradiation they produced singlet oxygen; ultrasound imaging monitored the tumors.",
        {"modalities": ["photodynamic_therapy"]},
    ),
    # (nor does ultrasound that images the tumors or fuses the membranes)
    (
        "Ce6-loaded PLGA nanoparticles were coated with 4T1 cell membranes and generated "
        "singlet oxygen upon irradiation. Tumor size was monitored by ultrasound imaging.",
        {"modalities": ["photodynamic_therapy"]},
    ),
    (
        "RBC and 4T1 membranes were fused by ultrasonic treatment and coated onto Ce6-loaded "
        "PLGA nanoparticles, which generated singlet oxygen upon irradiation.",
        {"modalities": ["photodynamic_therapy"]},
    ),
    # a class's examples coordinated with a payload
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with 4T1 cell membranes. This review "
        "covers nanovaccines that co-deliver tumor antigens and adjuvants such as CpG and MPLA.",
        {"payloads": ["cpg", "doxorubicin", "monophosphoryl lipid a", "tumor antigen"]},
    ),
    # immune stimulation as the therapy, not as what a stealth coating avoids
    (
        "We coated OMVs onto polymeric nanoparticles loaded with paclitaxel. Together with the "
        "immune stimulation by OMVs, the particles eradicated CT26 tumors in mice.",
        {"modalities": ["chemotherapy", "immunotherapy"]},
    ),
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with RBC membranes. The coating "
        "avoided immune stimulation and inhibited 4T1 tumor growth in mice.",
        {"modalities": ["chemotherapy"]},
    ),
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with RBC membranes, which caused "
        "minimal immune stimulation. The particles inhibited 4T1 tumor growth in mice.",
        {"modalities": ["chemotherapy"]},
    ),
    # a donor after several hyphened modifiers
    (
        "We coated PLGA nanoparticles with membranes from M1-polarized bone marrow-derived "
        "macrophages. The particles inhibited 4T1 tumor growth in mice.",
        {"membrane_sources": ["macrophage"]},
    ),
    (
        "Doxorubicin-loaded PLGA nanoparticles were camouflaged with membranes of "
        "lipopolysaccharide-stimulated, bone marrow-derived dendritic cells.",
        {"membrane_sources": ["dendritic_cell"]},
    ),
    # (cells named already: what follows them is not the donor)
    (
        "Dendrosomes isolated from bone marrow-derived dendritic cells undergoing CT26 tumor "
        "antigen stimulation were fused with oxaliplatin-loaded nanoparticles.",
        {"membrane_sources": ["dendritic_cell"], "hybrid_membrane": False},
    ),
    (
        "PLGA nanoparticles were coated with membranes of tumor-associated macrophages isolated "
        "from 4T1 tumors and inhibited 4T1 tumor growth in mice.",
        {"membrane_sources": ["macrophage"]},
    ),
    # a preposition after a loading verb is no drug
    (
        "PLGA nanoparticles were coated with 4T1 cell membranes. Gefitinib was entrapped within "
        "the PLGA matrix; the drug stayed inside the core and was loaded alongside nothing else.",
        {"payloads": ["gefitinib"]},
    ),
    # an agent right before its class replaces the class
    (
        "PLGA nanoparticles were coated with 4T1 cell membranes. We embedded the cGAMP STING "
        "agonist in the particles.",
        {"payloads": ["cgamp"]},
    ),
    (
        "PLGA nanoparticles were coated with 4T1 cell membranes. We embedded DMXAA (a STING "
        "agonist) in the particles.",
        {"payloads": ["dmxaa"]},
    ),
    # (a relative clause or an apposition after the donor names no second donor)
    (
        "We coated daunorubicin-loaded liposomes with membranes of platelets, which bind "
        "leukemia cells via P-selectin, and treated MOLM-13 leukemia in mice.",
        {"membrane_sources": ["platelet"]},
    ),
    (
        "Gemcitabine-loaded PLGA nanoparticles were coated with membranes of pancreatic stellate "
        "cells, the main stromal cells of Panc02 tumors.",
        {"membrane_sources": ["other_cell"]},
    ),
    # the first word of a class is no drug
    (
        "PLGA nanoparticles were coated with 4T1 cell membranes and loaded with the "
        "cyclin-dependent kinase inhibitor palbociclib.",
        {"payloads": ["palbociclib"]},
    ),
    # serum taken from animals for a lab assay is no animal work; a treated host's serum is
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with RBC membranes and killed 4T1 "
        "cells in vitro. Serum from mice was used to study protein corona formation.",
        {"in_vivo": False},
    ),
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with RBC membranes and killed 4T1 "
        "cells. The serum of treated mice showed normal ALT levels.",
        {"in_vivo": True},
    ),
    # an original that reports its coated carrier's result keeps a discussion's wordings
    (
        "Recent advances in membrane coating have enabled homotypic targeting. "
        "Doxorubicin-loaded PLGA nanoparticles were coated with 4T1 cell membranes and "
        "inhibited 4T1 tumor growth in mice by 80%. The underlying mechanisms are discussed.",
        {"study_type": "original", "in_vivo": True},
    ),
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with 4T1 cell membranes and "
        "inhibited 4T1 tumor growth in mice by 80%. Challenges and opportunities of this "
        "strategy are highlighted.",
        {"study_type": "original"},
    ),
    # (a review that names itself stays one, whatever results it retells)
    (
        "In this review, we summarize membrane-coated nanoparticles. RBC membrane-coated PLGA "
        "nanoparticles inhibited tumor growth by 70% in mice in early studies.",
        {"study_type": "review"},
    ),
    # a regimen the patients had before is no payload; the carrier's "X-based" therapy is
    (
        "Paclitaxel-loaded PLGA nanoparticles coated with RBC membranes were tested in mice "
        "bearing tumors from patients who had failed oxaliplatin-based chemotherapy.",
        {"payloads": ["paclitaxel"]},
    ),
    (
        "RBC membrane-coated silica nanoparticles integrated Ce6-based photodynamic therapy and "
        "DOX-based chemotherapy of 4T1 tumors.",
        {"payloads": ["chlorin e6", "doxorubicin"]},
    ),
    # a structured abstract's aim and a title's "anti-tumor effect" of an in vitro study
    (
        "Objective To prepare curcumin-loaded PLGA nanoparticles coated by macrophage membrane "
        "and investigate its anti-tumor effect on hepatocellular carcinoma. Results The "
        "particles inhibited the proliferation of HepG2 cells. Conclusion The particles have "
        "good anti-tumor effect in vitro.",
        {"in_vivo": False},
    ),
    # an siRNA that lowers PD-L1 is immunotherapy however it is worded
    (
        "Gefitinib and siRNA of PD-L1 were co-loaded in liposomes fused with platelet "
        "membranes, which down-regulate the PD-L1 expression of A549 cells.",
        {"modalities": ["chemotherapy", "gene_therapy", "immunotherapy"]},
    ),
    # a control named in brackets after its drug
    (
        "Docetaxel-loaded PLGA nanoparticles were coated with 4T1 cell membranes. Mice received "
        "the particles or doxorubicin hydrochloride (positive control).",
        {"payloads": ["docetaxel"]},
    ),
    # pharmacokinetics are measured in a host
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with 4T1 cell membranes. "
        "Pharmacokinetics showed an AUC 2.5 times that of free doxorubicin.",
        {"in_vivo": True},
    ),
    # an opening's general truths and a closing's proposals are not the paper's work
    (
        "Small interfering RNA (siRNA) can silence oncogenes, but naked siRNA is rapidly "
        "degraded in blood. Doxorubicin-loaded PLGA nanoparticles were coated with 4T1 cell "
        "membranes and inhibited 4T1 tumors in mice.",
        {"payloads": ["doxorubicin"], "modalities": ["chemotherapy"]},
    ),
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with 4T1 cell membranes and "
        "inhibited 4T1 tumors in mice. The approach might be adapted to deliver siRNA or mRNA.",
        {"payloads": ["doxorubicin"], "modalities": ["chemotherapy"]},
    ),
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with RBC membranes and inhibited 4T1 "
        "tumors in mice. Using membranes from a patient's own tumor cells may enable "
        "personalized therapy.",
        {"membrane_sources": ["erythrocyte"], "hybrid_membrane": False},
    ),
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with RBC membranes and inhibited 4T1 "
        "tumors in mice. Other membranes, for example from neutrophils or stem cells, could be "
        "used similarly.",
        {"membrane_sources": ["erythrocyte"]},
    ),
    # lexicon
    (
        "Doxorubicin-loaded poly(epsilon-caprolactone) nanoparticles were coated with RBC "
        "membranes for squamous cell carcinoma of the head and neck.",
        {"cores": ["polymer_other"], "cancer_types": ["head_and_neck"]},
    ),
    (
        "Gold nanocages loaded with 10-hydroxycamptothecin were coated with UM-SCC-7 cell "
        "membranes and tested against UM-SCC-7 and MFC tumors.",
        {
            "payloads": ["10-hydroxycamptothecin"],
            "cell_lines": ["UM-SCC-7", "MFC"],
            "cancer_types": ["head_and_neck", "gastric"],
        },
    ),
    # a polymer a drug is bound to is no conjugated (semiconducting) polymer
    (
        "Doxorubicin-conjugated polymer nanoparticles built on a PLA backbone were coated with "
        "RBC membranes and inhibited lymphoma growth in mice.",
        {"cores": ["polymer_other"], "payloads": ["doxorubicin"]},
    ),
    # a dopant named after the host is part of that core
    (
        "Glucose oxidase-loaded CaCO3 nanoparticles doped with copper were coated with platelet "
        "membranes to treat 4T1 tumors.",
        {"cores": ["calcium"], "payloads": ["glucose oxidase"]},
    ),
    # what the carrier makes the cells answer to, or gives beside itself, is no payload
    (
        "Olaparib-loaded liposomes were coated with SKOV3 cell membranes. The coated liposomes "
        "sensitized SKOV3 cells to cisplatin in vitro, and the combination of the coated "
        "liposomes with carboplatin inhibited SKOV3 xenografts in nude mice.",
        {"payloads": ["olaparib"]},
    ),
    # (unless it is loaded after all)
    (
        "Manganese carbonyl-loaded silica nanoparticles were coated with neutrophil membranes. "
        "The released CO sensitized 4T1 cells to doxorubicin, which was co-loaded.",
        {"payloads": ["manganese carbonyl", "doxorubicin"]},
    ),
    # a regimen the carrier is compared with, however long its list
    (
        "Docetaxel-loaded PLGA nanoparticles were coated with platelet membranes. They were more "
        "effective than the first-line regimen of cyclophosphamide, doxorubicin and fluorouracil "
        "in 4T1 tumor-bearing mice.",
        {"payloads": ["docetaxel"]},
    ),
    # a drug of the authors' earlier work; the same words with "here" are this work's
    (
        "Docetaxel-loaded PLGA nanoparticles were coated with platelet membranes. "
        "Paclitaxel-loaded counterparts showed similar efficacy in our previous study.",
        {"payloads": ["docetaxel"]},
    ),
    (
        "Building on our previous work, we here loaded paclitaxel into PLGA nanoparticles coated "
        "with platelet membranes.",
        {"payloads": ["paclitaxel"]},
    ),
    # a target's own membrane: damaged, crossed, an organelle's, or a property of it
    (
        "RBC membrane-coated PLGA nanoparticles carrying doxorubicin were made. ROS damaged the "
        "plasma membrane of tumor cells.",
        {"membrane_sources": ["erythrocyte"], "hybrid_membrane": False},
    ),
    (
        "RBC membrane-coated PLGA nanoparticles carrying doxorubicin were made. Lipid "
        "peroxidation destroyed the mitochondrial membrane of 4T1 cells.",
        {"membrane_sources": ["erythrocyte"]},
    ),
    (
        "RBC membrane-coated PLGA nanoparticles carrying doxorubicin were made. They crossed "
        "the membrane of tumor cells by endocytosis.",
        {"membrane_sources": ["erythrocyte"]},
    ),
    (
        "RBC membrane-coated PLGA nanoparticles carrying doxorubicin were made. Cancer cell "
        "membrane permeability was increased by mild hyperthermia.",
        {"membrane_sources": ["erythrocyte"]},
    ),
    # myeloid-derived suppressor cells, and membranes whose donor goes unnamed
    (
        "PLGA nanoparticles were coated with membranes of MDSCs and inhibited tumor growth.",
        {"membrane_sources": ["other_cell"]},
    ),
    (
        "Natural cell membranes were extracted and coated onto gold nanocages, which improved "
        "photothermal therapy of tumors in mice.",
        {"membrane_sources": ["other_cell"]},
    ),
    # a coating the carrier is measured against is the control's
    (
        "Macrophage membrane-coated PLGA nanoparticles carrying doxorubicin were made. Compared "
        "with platelet membrane-coated counterparts, they circulated longer, and unlike cancer "
        "cell membrane-coated nanoparticles they needed no cell culture.",
        {"membrane_sources": ["macrophage"], "hybrid_membrane": False},
    ),
    # (not the paper's own coating, measured against particles without it)
    (
        "Celastrol-loaded NNPs accumulated at the tumor site as compared to nanoparticles "
        "without neutrophil membrane coating.",
        {"membrane_sources": ["neutrophil"]},
    ),
    # clodronate liposomes deplete the host's macrophages: no core
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with 4T1 membranes. Mice were "
        "pretreated with clodronate liposomes to deplete macrophages.",
        {"cores": ["plga"], "in_vivo": True},
    ),
    # a flow assay that mimics the blood is no animal work
    (
        "Paclitaxel-loaded PLGA nanoparticles were coated with platelet membranes. They adhered "
        "to tumor cells under flow conditions mimicking blood circulation.",
        {"in_vivo": False},
    ),
    # the two cells fused into the hybrid cell whose membrane coats the carrier
    (
        "PLGA nanoparticles were coated with membranes of fusion cells obtained by fusing "
        "dendritic cells with 4T1 cells, and inhibited tumor growth in mice.",
        {"membrane_sources": ["dendritic_cell", "cancer_cell"], "hybrid_membrane": True},
    ),
    (
        "PLGA nanoparticles were coated with membranes of cells obtained by fusion of DCs and "
        "B16F10 cells.",
        {"membrane_sources": ["dendritic_cell", "cancer_cell"], "hybrid_membrane": True},
    ),
    # (not particles fusing with a target's membrane)
    (
        "RBC membrane-coated PLGA nanoparticles fused with the cancer cell membrane.",
        {"membrane_sources": ["erythrocyte"]},
    ),
    # a mixture of two membranes is one hybrid coating
    (
        "PLGA nanoparticles were coated with a mixture of erythrocyte and platelet membranes.",
        {"membrane_sources": ["erythrocyte", "platelet"], "hybrid_membrane": True},
    ),
    # a core's short form defined with its shape word resolves to the core
    (
        "Graphene oxide nanosheets (GO) are rapidly cleared. Here, GO were loaded with "
        "doxorubicin and coated with 4T1 cell membranes (CM@GO).",
        {"cores": ["carbon"]},
    ),
    # a statement of significance retells the field and the paper: no new values from it
    (
        "Here, IR780-loaded PLGA nanoparticles were coated with platelet membranes and, under "
        "808 nm light, eradicated 4T1 tumors in mice. STATEMENT OF SIGNIFICANCE: Cancer cell "
        "membrane-coated nanoparticles have been widely explored, and chemotherapy with "
        "doxorubicin causes cardiotoxicity in lung cancer patients.",
        {
            "membrane_sources": ["platelet"],
            "payloads": ["ir780"],
            "modalities": ["photothermal_therapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
        },
    ),
    # radiotherapy named by its dose
    (
        "Hafnium oxide cores coated with 4T1 cell membranes amplified the X-ray dose deposited "
        "in 4T1 tumors.",
        {"modalities": ["radiotherapy"]},
    ),
    # a drug the host is treated with on its own, before the carrier's work, is no payload
    (
        "Ovalbumin-loaded PLGA nanoparticles were coated with dendritic cell membranes. "
        "Tumor-bearing mice were treated with cyclophosphamide to deplete regulatory T cells "
        "before vaccination.",
        {"payloads": ["ovalbumin"], "modalities": ["immunotherapy"]},
    ),
    # an element as ions or as a drug class's metal is no core
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with 4T1 membranes. Copper ions are "
        "cofactors of many enzymes, manganese ions activate STING, and platinum-based drugs "
        "cause nephrotoxicity.",
        {"cores": ["plga"]},
    ),
    # a drug's own treatment group, a tracer dye, a mouse strain's inducer: no payloads
    (
        "Docetaxel-loaded PLGA nanoparticles were coated with platelet membranes. Mice in the "
        "paclitaxel group lost weight. The particles were loaded with the near-infrared dye DiR "
        "for in vivo imaging. Tamoxifen-inducible Cre mice were used.",
        {"payloads": ["docetaxel"], "modalities": ["chemotherapy"]},
    ),
    # in vivo as a reach not yet tried, or as a notion the sentence weighs, is no animal work
    (
        "Paclitaxel-loaded mesoporous silica nanoparticles were camouflaged with macrophage "
        "membranes and taken up by 4T1 cells. The approach could be extended to animal models "
        "of metastatic breast cancer.",
        {"in_vivo": False},
    ),
    (
        "Paclitaxel-loaded mesoporous silica nanoparticles were camouflaged with macrophage "
        "membranes and taken up by 4T1 cells. Protein corona formation, a major barrier to in "
        "vivo delivery, was reduced by the coating.",
        {"in_vivo": False},
    ),
    (
        "Paclitaxel-loaded mesoporous silica nanoparticles were camouflaged with macrophage "
        "membranes and taken up by 4T1 cells. Opsonization is a key determinant of in vivo "
        "fate and was reduced by the cloak.",
        {"in_vivo": False},
    ),
    # (a property the coating is said to give is no measurement in a host either)
    (
        "Gemcitabine-loaded PLGA nanoparticles were coated with PANC-1 cell membranes in vitro. "
        "The membrane coating endows the nanoparticles with long blood circulation and immune "
        "escape.",
        {"in_vivo": False},
    ),
    # (while a measured circulation, or treated animals, still are)
    (
        "Gemcitabine-loaded PLGA nanoparticles were coated with PANC-1 cell membranes. The "
        "coated nanoparticles showed prolonged blood circulation compared with bare ones.",
        {"in_vivo": True},
    ),
    (
        "Gemcitabine-loaded PLGA nanoparticles were coated with PANC-1 cell membranes. Tumor "
        "weight decreased by 70% after treatment.",
        {"in_vivo": True},
    ),
    # an in vitro abstract's "antitumor effects", with no animal named anywhere
    (
        "Gemcitabine-loaded PLGA nanoparticles were coated with PANC-1 cell membranes and "
        "tested in vitro. The coated nanoparticles showed enhanced homologous targeting and "
        "antitumor effects.",
        {"in_vivo": False},
    ),
    # a blood test's albumin, a drug class's resistance, an enzyme's metal, a size standard:
    # no cores
    (
        "Doxorubicin-loaded PLGA nanoparticles were coated with 4T1 membranes. Serum albumin, "
        "creatinine and urea levels remained within normal ranges. Platinum-resistant tumors "
        "responded. Manganese superoxide dismutase expression was unchanged. Polystyrene beads "
        "were used as a size standard.",
        {"cores": ["plga"]},
    ),
    # a benchmark named with an apposition between it and its verb is no payload
    (
        "Ce6-loaded PLGA nanoparticles were coated with 4T1 cell membranes. Photofrin, the "
        "clinically approved photosensitizer, served as a benchmark.",
        {"payloads": ["chlorin e6"]},
    ),
    # the cells a coated carrier reaches, named after the phrase its coating ends
    (
        "Biodistribution studies revealed that nanoparticles coated with platelet membranes "
        "accumulated in MDA-MB-231 xenografts 2.1-fold more than uncoated nanoparticles.",
        {"membrane_sources": ["platelet"], "hybrid_membrane": False},
    ),
    (
        "PLGA nanoparticles coated with platelet membranes bind circulating MDA-MB-231 cells.",
        {"membrane_sources": ["platelet"]},
    ),
    # (while a donor named after a verb of taking still is one)
    (
        "PLGA nanoparticles were coated with membranes obtained from 4T1 cells.",
        {"membrane_sources": ["cancer_cell"]},
    ),
    # an unnamed donor's membrane with its short form defined, or written as "CM"
    (
        "The cell membrane (CM) was extracted and coated onto PLGA cores to deliver DOX.",
        {"membrane_sources": ["other_cell"]},
    ),
    (
        "Cell membrane (CM)-coated PLGA nanoparticles delivered DOX to tumors.",
        {"membrane_sources": ["other_cell"]},
    ),
    (
        "CM-coated PLGA nanoparticles delivered DOX to tumors.",
        {"membrane_sources": ["other_cell"]},
    ),
    # cells fused for a coating its sentence calls "cytomembranes"
    (
        "Using the cytomembranes (FMs) of hybrid cells acquired from the fusion of cancer and "
        "dendritic cells (DCs), we built a platform for immunotherapy. FM-coated "
        "nanophotosensitizers inhibited tumors in mice.",
        {"membrane_sources": ["cancer_cell", "dendritic_cell"], "hybrid_membrane": True},
    ),
    # a review's carriers built on cells ("platelet (PLT)-based systems")
    (
        "Biomimetic nanodelivery systems have emerged. Among these, platelet (PLT)-based "
        "systems offer prolonged circulation. This review discusses PLT-based nanotechnology "
        "in cancer immunotherapy.",
        {"study_type": "review", "membrane_sources": ["platelet"], "relevant": True},
    ),
    (
        "This review summarizes platelet-based nanoplatforms for cancer therapy.",
        {"study_type": "review", "membrane_sources": ["platelet"]},
    ),
    # (and what "it further discusses" is the review's scope)
    (
        "Cancer immunotherapy is hampered by the tumor microenvironment. Platelet (PLT)-based "
        "systems evade immune clearance. This review explores the role of platelets in "
        "metastasis. It further discusses the application of PLT-based nanotechnology in "
        "cancer immunotherapy.",
        {"study_type": "review", "modalities": ["immunotherapy"]},
    ),
    # a coated carrier a drug is loaded into is no target ("loaded into X membrane-coated")
    (
        "DOX was loaded into cancer cell membrane-coated nanoparticles.",
        {"membrane_sources": ["cancer_cell"]},
    ),
    (
        "We loaded BTZ into platelet-mimetic PLGA nanoparticles that bind myeloma cells.",
        {"membrane_sources": ["platelet"]},
    ),
    # (while a membrane something is inserted into still is one)
    (
        "PLGA nanoparticles were coated with RBC membranes. The peptides were inserted into "
        "the cancer cell membrane.",
        {"membrane_sources": ["erythrocyte"]},
    ),
    # the long form of NK cells with its short form inside
    (
        "Natural killer (NK) cell membranes were coated onto polymeric nanoparticles loaded "
        "with TCPP.",
        {"membrane_sources": ["nk_cell"]},
    ),
    # rat gliomas and a mastocytoma named as lines
    (
        "Temozolomide-loaded PLGA nanoparticles were coated with 9L cell membranes and "
        "killed 9L and F98 glioma cells; P815 mastocytoma cells were used as a control.",
        {"cell_lines": ["9L", "F98", "P815"], "membrane_sources": ["cancer_cell"]},
    ),
]


@pytest.mark.parametrize(("abstract", "expected"), PROBED_WORDINGS)
def test_a_probed_wording_gets_its_labels(nlp, abstract, expected):
    (labels,) = _labels(nlp, [abstract])
    _assert_labels(labels, expected)


def test_a_titles_anti_tumor_effect_is_no_animal_work_when_the_abstract_works_in_vitro(nlp):
    title = (
        "Macrophage membrane-coated nanoparticles loaded with curcumin and its anti-tumor effect"
    )
    in_vitro = (
        "Curcumin-loaded PLGA nanoparticles were coated with macrophage membranes. They "
        "inhibited the proliferation of HepG2 cells in vitro."
    )
    in_mice = in_vitro + " They also inhibited HepG2 tumors in nude mice."
    (labels,) = _labels(nlp, [in_vitro], title=title)
    assert labels["in_vivo"] is False
    (labels,) = _labels(nlp, [in_mice], title=title)
    assert labels["in_vivo"] is True


def test_a_titles_animal_is_no_source_of_the_abstracts_first_words(nlp):
    """A title ending "...in mice": the abstract's "Serum albumin..." is not "mice serum"."""
    title = (
        "Platelet membrane-camouflaged gold nanorods for photothermal therapy of melanoma in mice"
    )
    (labels,) = _labels(nlp, ["Serum albumin was normal."], title=title)
    assert labels["in_vivo"] is True
    (labels,) = _labels(nlp, ["Platelets were collected from mice serum."], title="Coated rods")
    assert labels["in_vivo"] is False


def test_a_reviews_target_membrane_is_no_carrier(nlp):
    title = "Platelet membrane-coated nanoparticles for cancer therapy: a review"
    abstract = (
        "Platelet membrane-coated nanoparticles have emerged as carriers for cancer therapy. In "
        "this review, we summarize their preparation and applications. Photothermal agents "
        "generate heat that damages the plasma membrane of tumor cells. Challenges and "
        "perspectives are discussed."
    )
    (labels,) = _labels(nlp, [abstract], title=title)
    assert labels["study_type"] == "review"
    assert labels["membrane_sources"] == ["platelet"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Phagocytosis by RAW264.7 macrophages was reduced by 60% after coating.",
        "The coated nanoparticles were less toxic to normal L929 fibroblasts than to cancer cells.",
        "The coating delivered a CRISPR/Cas9 plasmid to SKOV3 ovarian cancer cells.",
        "The nanoparticles fused with the cancer cell membrane and released the drug.",
    ],
)
def test_cells_a_reviews_particles_reach_are_no_carriers(nlp, sentence):
    title = "Platelet membrane-coated nanoparticles for cancer therapy: a review"
    abstract = (
        "Platelet membrane-coated nanoparticles have emerged as carriers for cancer therapy. In "
        f"this review, we summarize their preparation and applications. {sentence} Challenges "
        "and perspectives are discussed."
    )
    (labels,) = _labels(nlp, [abstract], title=title)
    assert labels["study_type"] == "review"
    assert labels["membrane_sources"] == ["platelet"]


def test_a_donors_inherent_tumor_homing_is_no_animal_work(nlp):
    abstract = (
        "Mesenchymal stem cells have inherent tumor-homing ability. Doxorubicin-loaded PLGA "
        "nanoparticles were coated with MSC membranes and killed MCF-7 cells in vitro."
    )
    (labels,) = _labels(nlp, [abstract])
    assert labels["in_vivo"] is False
    (labels,) = _labels(nlp, [abstract + " They showed tumor-homing in nude mice."])
    assert labels["in_vivo"] is True
