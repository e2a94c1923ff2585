"""Wordings of the field written for these tests (not taken from any abstract): each must
yield the labels the annotation guide gives it. A regression net for generality: the dev
corpus shows only some of the ways authors name membranes, cores and payloads."""

from __future__ import annotations

import pytest

from extract.extraction import extract_articles
from extract.records import Article

CORE_WORDINGS = {
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
        {"membrane_sources": ["nk_cell"], "payloads": ["porphyrin"]},
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


# Whole abstracts in the field's usual shape: background, own work, results, outlook.
LABELLED_ABSTRACTS = [
    (
        "Biomimetic hybrid nanovesicles for chemo-photothermal therapy of triple-negative breast cancer",
        "Triple-negative breast cancer (TNBC) lacks effective targeted therapies, and chemotherapy with paclitaxel or cisplatin is hampered by systemic toxicity. Photothermal agents such as gold nanorods and polydopamine have emerged, but rapid clearance by the reticuloendothelial system limits their accumulation. Here, we fused red blood cell membranes with MDA-MB-231 cell membranes to obtain a hybrid coating, which was used to cloak hollow mesoporous Prussian blue nanoparticles co-loaded with gemcitabine. The hybrid-membrane-camouflaged nanoparticles (HM-PB/Gem) showed prolonged circulation and homotypic targeting. Under 808 nm laser irradiation, HM-PB/Gem raised the tumor temperature to 52 °C and released gemcitabine. In orthotopic MDA-MB-231 tumor-bearing nude mice, the combination suppressed tumor growth by 91.3% and reduced lung metastasis, compared with free gemcitabine. This platform offers a promising strategy for TNBC.",
        {
            "membrane_sources": ["erythrocyte", "cancer_cell"],
            "hybrid_membrane": True,
            "cores": ["prussian_blue"],
            "payloads": ["gemcitabine"],
            "modalities": ["chemotherapy", "photothermal_therapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["MDA-MB-231"],
            "in_vivo": True,
        },
    ),
    (
        "Macrophage-derived vesicle-coated nanoparticles for siRNA delivery in hepatocellular carcinoma",
        "Gene silencing with small interfering RNA holds promise, but siRNA is unstable in blood. We report a nanoplatform in which a cationic polymer core complexed with siRNA against polo-like kinase 1 (siPLK1) is wrapped by membranes isolated from RAW264.7 macrophages. The membrane coating reduced uptake by Kupffer cells, increased accumulation in HepG2 cells, and silenced PLK1 by 78%. In vitro, the particles induced apoptosis of HepG2 and Huh7 cells without affecting normal L02 cells. These results suggest that the biomimetic system could be used for gene therapy of liver cancer in the future.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["polymer_other"],
            "payloads": ["sirna"],
            "modalities": ["gene_therapy"],
            "cancer_types": ["liver"],
            "cell_lines": ["RAW264.7", "HepG2", "Huh7", "L02"],
            "in_vivo": False,
        },
    ),
    (
        "Platelet membrane-coated nanoparticles deliver TRAIL and doxorubicin",
        "Circulating tumor cells seed metastases. Herein, we prepared platelet membrane-coated silica nanoparticles that display TRAIL and carry doxorubicin. The particles bound to circulating tumor cells through P-selectin and killed them. After intravenous injection into mice bearing 4T1 tumors, the nanoparticles reduced the number of lung metastatic nodules by 87%.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["mesoporous_silica"],
            "payloads": ["trail", "doxorubicin"],
            "modalities": ["chemotherapy", "immunotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "Cancer cell membrane-coated nanoparticles as an anticancer vaccine",
        "Cancer vaccines must deliver antigen and adjuvant to the same antigen-presenting cells. We coated PLGA nanoparticles loaded with the Toll-like receptor 7 agonist imiquimod (R837) with B16-OVA cancer cell membranes. The nanovaccine was taken up by bone marrow-derived dendritic cells and promoted their maturation. Vaccination of C57BL/6 mice delayed tumor growth after challenge with B16-OVA cells and, combined with anti-PD-1 antibody, prolonged survival.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["imiquimod"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
            "in_vivo": True,
        },
    ),
    (
        "Neutrophil membrane-camouflaged nanoparticles for glioblastoma chemotherapy",
        "BACKGROUND: Glioblastoma (GBM) recurs after surgery, and temozolomide has modest benefit. METHODS: Paclitaxel-loaded PLGA nanoparticles were coated with neutrophil membranes (NM-PTX-NPs) and characterized. Uptake was tested in U87 cells, and brain accumulation was imaged in orthotopic U87 glioma-bearing mice. RESULTS: NM-PTX-NPs had a size of 142 nm and crossed the blood-brain barrier, accumulated in inflamed brain tumors, and prolonged median survival to 41 days versus 28 days for free PTX. CONCLUSIONS: Neutrophil membrane coating improved glioma-targeted delivery of paclitaxel.",
        {
            "membrane_sources": ["neutrophil"],
            "cores": ["plga"],
            "payloads": ["paclitaxel"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["glioma"],
            "cell_lines": ["U87"],
            "in_vivo": True,
            "study_type": "original",
        },
    ),
    (
        "Cell membrane-coated nanoparticles in cancer therapy: recent advances",
        "Cell membrane coating has emerged as a versatile approach to endow synthetic nanoparticles with the functions of natural cells. In this review, we summarize membranes derived from erythrocytes, platelets, cancer cells, immune cells and stem cells, and hybrid membranes, and their applications to chemotherapy, phototherapy and immunotherapy. Cores including PLGA, mesoporous silica and gold are discussed. Finally, challenges for clinical translation are outlined.",
        {
            "membrane_sources": ["erythrocyte", "platelet", "cancer_cell", "stem_cell"],
            "study_type": "review",
            "in_vivo": None,
        },
    ),
    (
        "Thermosensitive liposomes co-delivering doxorubicin and ICG for breast cancer",
        "Here, thermosensitive liposomes were loaded with doxorubicin and indocyanine green. Upon NIR irradiation the liposomes released DOX and heated MCF-7 cells, producing synergistic chemo-photothermal killing in vitro.",
        {
            "membrane_sources": [],
            "cores": ["liposome"],
            "payloads": ["doxorubicin", "indocyanine green"],
            "modalities": ["chemotherapy", "photothermal_therapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["MCF-7"],
            "in_vivo": False,
        },
    ),
    (
        "Bacterial outer membrane vesicle-coated nanoparticles for tumor immunotherapy",
        "Here, outer membrane vesicles (OMVs) from attenuated Salmonella were coated onto polymeric nanoparticles carrying the TLR7/8 agonist R848. The OMV-coated particles drained to lymph nodes and activated dendritic cells. In mice bearing CT26 colon tumors, the treatment induced tumor regression and long-term immune memory.",
        {
            "membrane_sources": ["bacterium"],
            "cores": ["polymer_other"],
            "payloads": ["r848"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "Stem cell membrane-coated nanoparticles",
        "Here, mesenchymal stem cell membranes were coated onto gelatin nanogels loaded with doxorubicin (DOX). The coated nanogels targeted HeLa cells and exhibited tumor-targeting capability in a HeLa xenograft model.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["polymer_other"],
            "payloads": ["doxorubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["cervical"],
            "cell_lines": ["HeLa"],
            "in_vivo": True,
        },
    ),
    (
        "Homologous cancer cell membrane-camouflaged nanoparticles for chemotherapy of lung metastasis",
        "Doxorubicin (DOX) is a first-line chemotherapeutic drug, but its cardiotoxicity limits its use. Albumin-bound paclitaxel (Abraxane) improved tolerability but not targeting. Herein, we coated DOX-loaded PLGA nanoparticles with 4T1 cell membranes (CM-DOX-NPs) to exploit homologous targeting. CM-DOX-NPs were preferentially taken up by 4T1 cells compared with RAW264.7 macrophages. In an orthotopic 4T1 breast cancer model, CM-DOX-NPs reduced lung metastatic nodules by 85% compared with free DOX and Abraxane, without cardiotoxicity. Fluorescence imaging showed that the nanoparticles accumulated in the lungs.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["doxorubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1", "RAW264.7"],
            "in_vivo": True,
        },
    ),
    (
        "Platelet-mimicking nanoparticles co-delivering siRNA and chemotherapy",
        "Here, a cationic lipid-polymer hybrid nanoparticle was complexed with siRNA targeting PD-L1 (siPD-L1) and loaded with docetaxel, then cloaked in platelet membrane. The platelet-mimicking nanoparticles bound to circulating tumor cells via P-selectin, silenced PD-L1 expression in MC38 cells by 70%, and, in C57BL/6 mice bearing MC38 tumors, increased CD8+ T cell infiltration and suppressed tumor growth.",
        {
            "membrane_sources": ["platelet"],
            "payloads": ["sirna", "docetaxel"],
            "modalities": ["gene_therapy", "chemotherapy", "immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["MC38"],
            "in_vivo": True,
        },
    ),
    (
        "A red blood cell membrane-coated photosensitizer nanoplatform",
        "Photodynamic therapy (PDT) is limited by hypoxia and poor photosensitizer solubility. We encapsulated the photosensitizer hypocrellin B and the oxygen carrier perfluorotributylamine in PLGA nanoparticles and wrapped them with erythrocyte membranes. Under 635 nm irradiation the nanoparticles generated singlet oxygen and killed HeLa cells more efficiently than free hypocrellin B. These findings suggest that the platform may be applied to hypoxic tumors.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["plga"],
            "payloads": ["hypocrellin", "perfluorocarbon"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["cervical"],
            "cell_lines": ["HeLa"],
            "in_vivo": False,
        },
    ),
    (
        "Macrophage membrane-coated nanoparticles for MRI-guided therapy of glioma",
        "OBJECTIVE: To cross the blood-brain barrier. METHODS: Superparamagnetic iron oxide nanoparticles were loaded with temozolomide and coated with membranes of M1 macrophages. Targeting was studied in U251 cells and in mice bearing orthotopic U251 gliomas by magnetic resonance imaging. RESULTS: The coated particles enhanced T2-weighted MRI contrast in the tumor and extended median survival from 24 to 39 days. CONCLUSION: This theranostic platform enables MRI-guided chemotherapy of glioma.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["iron_oxide"],
            "payloads": ["temozolomide"],
            "modalities": ["chemotherapy", "imaging"],
            "cancer_types": ["glioma"],
            "cell_lines": ["U251"],
            "in_vivo": True,
        },
    ),
    (
        "Stem cell membrane-coated gold nanocages",
        "Mesenchymal stem cells home to tumors. Here, gold nanocages were cloaked with membranes of bone marrow-derived mesenchymal stem cells and irradiated with an 808 nm laser. The coated nanocages accumulated in subcutaneous SKOV3 xenografts and ablated the tumors.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["gold"],
            "payloads": [],
            "modalities": ["photothermal_therapy"],
            "cancer_types": ["ovarian"],
            "cell_lines": ["SKOV3"],
            "in_vivo": True,
        },
    ),
    (
        "Erythrocyte membrane-cloaked ZIF-8 for starvation and chemodynamic therapy",
        "Tumors depend on glucose. Here, glucose oxidase (GOx) and hemin were co-loaded into zeolitic imidazolate framework-8 (ZIF-8) nanoparticles, which were then cloaked with red blood cell membranes (RBCm). GOx consumed glucose to produce H2O2, which hemin converted into hydroxyl radicals. In 4T1 tumor-bearing mice, the nanoparticles suppressed tumor growth by 81.4%.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["mof"],
            "payloads": ["glucose oxidase", "hemin"],
            "modalities": ["starvation_therapy", "chemodynamic_therapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "Cancer cell membrane-coated hollow MnO2 for oxygen-boosted photodynamic therapy",
        "Here, hollow manganese dioxide nanoshells were loaded with chlorin e6 (Ce6) and coated with B16F10 cell membranes. In the acidic tumor microenvironment MnO2 decomposed H2O2 into oxygen, relieving hypoxia, and released Mn2+ for T1-weighted magnetic resonance imaging. Under 660 nm laser irradiation, the nanoshells produced singlet oxygen and, guided by MRI, eradicated B16F10 melanoma in mice.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["manganese"],
            "payloads": ["chlorin e6"],
            "modalities": ["photodynamic_therapy", "imaging"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "Leukocyte membrane-coated mesoporous silica for paclitaxel delivery",
        "Here, mesoporous silica nanoparticles (MSNs) loaded with paclitaxel (PTX) were coated with leukocyte membranes isolated from human blood. Compared with uncoated MSNs and commercial Taxol, the coated particles showed reduced uptake by phagocytes and greater toxicity to MDA-MB-231 cells in vitro.",
        {
            "membrane_sources": ["leukocyte"],
            "cores": ["mesoporous_silica"],
            "payloads": ["paclitaxel"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["MDA-MB-231"],
            "in_vivo": False,
        },
    ),
    (
        "T cell membrane-coated nanoparticles loaded with a PD-1 antibody",
        "Here, we engineered PLGA nanoparticles coated with membranes of activated CD8+ T cells and loaded with anti-PD-1 antibody. The nanoparticles bound to PD-L1 on A549 cells, and in nude mice bearing A549 xenografts they inhibited tumor growth.",
        {
            "membrane_sources": ["t_cell"],
            "cores": ["plga"],
            "payloads": ["anti-pd-1 antibody"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["lung"],
            "cell_lines": ["A549"],
            "in_vivo": True,
        },
    ),
    (
        "Biomimetic nanoparticles for glioblastoma",
        "Glioblastoma is the most aggressive brain tumor, and temozolomide (TMZ) therapy is limited by the blood-brain barrier. Macrophages and neutrophils can cross the barrier. In this work, we coated TMZ-loaded PLGA nanoparticles with membranes from U87 cells to exploit homotypic targeting. The coated nanoparticles showed 3-fold higher uptake by U87 cells than uncoated ones and reduced cell viability to 30%. These results suggest a promising strategy for glioblastoma treatment, which will be validated in orthotopic models.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["temozolomide"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["glioma"],
            "cell_lines": ["U87"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "BACKGROUND: Photodynamic therapy (PDT) suffers from hypoxia. METHODS: We fabricated catalase-loaded hollow MnO2 nanoparticles carrying Ce6, camouflaged with B16F10 melanoma cell membranes. RESULTS: The nanoparticles relieved hypoxia and enhanced singlet oxygen generation. In B16F10 tumor-bearing C57BL/6 mice, the treatment inhibited tumor growth by 85%. CONCLUSIONS: This platform improves PDT of melanoma.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["manganese"],
            "payloads": ["catalase", "chlorin e6"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Chemotherapy with paclitaxel causes severe side effects, and free PTX has poor solubility. Platelets naturally adhere to circulating tumor cells. Herein, platelet membrane-cloaked PLGA nanoparticles loaded with PTX were developed to eliminate circulating tumor cells and prevent metastasis of breast cancer. In mice injected with 4T1-luc cells, the nanoparticles reduced lung metastatic foci by 90% compared with Taxol.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["plga"],
            "payloads": ["paclitaxel"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Cell membrane coating has emerged as a powerful strategy to improve nanoparticle delivery. Red blood cells, platelets, leukocytes, cancer cells and stem cells have all been used as membrane sources. In this review, we summarize the preparation and characterization of cell membrane-coated nanoparticles and discuss their applications in cancer chemotherapy, phototherapy and immunotherapy.",
        {
            "study_type": "review",
            "in_vivo": None,
            "membrane_sources": [
                "erythrocyte",
                "platelet",
                "leukocyte",
                "cancer_cell",
                "stem_cell",
            ],
        },
    ),
    (
        "",
        "Sonodynamic therapy (SDT) offers deep tissue penetration. Here, we developed a hybrid membrane of cancer cells and red blood cells to coat hollow titanium dioxide nanoparticles loaded with the sonosensitizer hematoporphyrin monomethyl ether (HMME). Under ultrasound, the nanoparticles generated reactive oxygen species and killed HeLa cells. Intravenous injection into HeLa tumor-bearing nude mice led to complete tumor regression.",
        {
            "membrane_sources": ["cancer_cell", "erythrocyte"],
            "hybrid_membrane": True,
            "cores": ["titanium"],
            "payloads": ["hematoporphyrin monomethyl ether"],
            "modalities": ["sonodynamic_therapy"],
            "cancer_types": ["cervical"],
            "cell_lines": ["HeLa"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Tumor-associated macrophages promote tumor progression. Here we engineered M1 macrophage membrane-coated nanoparticles to repolarize tumor-associated macrophages. The particles carried the TLR7/8 agonist resiquimod (R848) and induced M2-to-M1 polarization of bone marrow-derived macrophages in vitro. In a CT26 colon cancer model, they increased CD8+ T cell infiltration and suppressed tumor growth.",
        {
            "membrane_sources": ["macrophage"],
            "payloads": ["r848"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Ferroptosis is a promising cell death pathway for cancer therapy. We report erythrocyte membrane-camouflaged Fe3O4 nanoparticles loaded with sulfasalazine that induced ferroptosis in 4T1 cells by depleting glutathione. The nanoparticles increased lipid peroxidation and decreased GPX4 expression in vitro.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["iron_oxide"],
            "payloads": ["sulfasalazine"],
            "modalities": ["ferroptosis"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Starvation therapy by glucose depletion is limited by hypoxia. Herein, glucose oxidase (GOx) and the hypoxia-activated prodrug tirapazamine were co-encapsulated into ZIF-8, which was then coated with cancer cell membranes. GOx consumed glucose and oxygen, aggravating hypoxia to activate TPZ. This cascade enhanced cytotoxicity against 4T1 cells and inhibited orthotopic breast tumors.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["mof"],
            "payloads": ["glucose oxidase", "tirapazamine"],
            "modalities": ["starvation_therapy", "chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "Neutrophil membrane-coated nanoparticles for postoperative glioma therapy",
        "Purpose: Residual glioma cells after surgery cause recurrence. Methods: Paclitaxel (PTX)-loaded poly(ε-caprolactone) nanoparticles were cloaked with neutrophil membranes (NM-PCL-PTX). Their inflammation-tropism was examined in a postoperative C6 glioma model in Sprague-Dawley rats. Results: NM-PCL-PTX crossed the inflamed blood-brain barrier and delayed recurrence, prolonging median survival to 46 days. Conclusion: Neutrophil mimicry is a promising strategy for postoperative glioma chemotherapy.",
        {
            "membrane_sources": ["neutrophil"],
            "cores": ["polymer_other"],
            "payloads": ["paclitaxel"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["glioma"],
            "cell_lines": ["C6"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Immune checkpoint blockade benefits only a minority of patients with colorectal cancer. We engineered a hybrid membrane from dendritic cells and CT26 tumor cells and coated it onto PLGA nanoparticles encapsulating the TLR agonist CpG. The resulting nanovaccine promoted dendritic cell maturation in vitro and, combined with anti-PD-1 antibody, eradicated established CT26 tumors and induced long-term immune memory in mice.",
        {
            "membrane_sources": ["dendritic_cell", "cancer_cell"],
            "hybrid_membrane": True,
            "cores": ["plga"],
            "payloads": ["cpg"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Hypoxia limits the efficacy of radiotherapy. Here, we report red blood cell membrane-camouflaged perfluorocarbon nanoemulsions that deliver oxygen to tumors. After intravenous injection into A549 tumor-bearing nude mice, the nanoemulsions relieved tumor hypoxia and markedly enhanced the efficacy of X-ray radiotherapy.",
        {
            "membrane_sources": ["erythrocyte"],
            "payloads": ["perfluorocarbon"],
            "modalities": ["radiotherapy"],
            "cancer_types": ["lung"],
            "cell_lines": ["A549"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Macrophage-derived microvesicles were used to coat gold nanoshells, forming biomimetic photothermal agents. The coated nanoshells were internalized less by RAW264.7 macrophages and more by MCF-7 breast cancer cells. Under 808 nm laser irradiation, they killed MCF-7 cells efficiently, suggesting potential for photothermal therapy in vivo.",
        {
            "membrane_sources": ["extracellular_vesicle"],
            "cores": ["gold"],
            "modalities": ["photothermal_therapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["RAW264.7", "MCF-7"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Platelets interact with circulating tumor cells during metastasis. Taking advantage of this, we decorated platelet membrane-coated silica particles with TRAIL and loaded them with doxorubicin. In a mouse model of breast cancer lung metastasis established with MDA-MB-231 cells, the particles reduced the number of metastatic foci by 87%.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["mesoporous_silica"],
            "payloads": ["doxorubicin", "trail"],
            "modalities": ["chemotherapy", "immunotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["MDA-MB-231"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Nanoparticles are rapidly cleared by the mononuclear phagocyte system. In this study, stem cell membrane-coated gelatin nanogels loaded with doxorubicin were prepared and characterized. The coating reduced macrophage uptake by 60% and enhanced uptake by HepG2 cells. Cytotoxicity against HepG2 cells was higher than that of uncoated nanogels.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["polymer_other"],
            "payloads": ["doxorubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["liver"],
            "cell_lines": ["HepG2"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Cancer stem cells drive tumor relapse. We coated salinomycin-loaded PLGA nanoparticles with membranes of cancer stem cells isolated from 4T1 tumors, and showed that the particles homed to tumors and killed cancer stem cells more efficiently than uncoated particles in 4T1 tumor-bearing mice.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["salinomycin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "A multifunctional nanoplatform was constructed by loading indocyanine green into hollow mesoporous Prussian blue nanoparticles and coating them with a hybrid of B16F10 cancer cell and red blood cell membranes. The platform enabled photoacoustic imaging-guided photothermal therapy of melanoma, achieving complete ablation of B16F10 tumors in C57BL/6 mice without recurrence.",
        {
            "membrane_sources": ["cancer_cell", "erythrocyte"],
            "hybrid_membrane": True,
            "cores": ["prussian_blue"],
            "payloads": ["indocyanine green"],
            "modalities": ["imaging", "photothermal_therapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Various cell membranes, including erythrocyte, platelet, macrophage and cancer cell membranes, have been used to camouflage nanoparticles. However, single membranes have limited functions. This study developed a neutrophil membrane-coated PLGA nanoparticle loaded with docetaxel.",
        {"membrane_sources": ["neutrophil"], "cores": ["plga"], "payloads": ["docetaxel"]},
    ),
    (
        "",
        "Various cell membranes, including erythrocyte, platelet, macrophage and cancer cell membranes, have been used to camouflage nanoparticles. However, single membranes have limited functions. A neutrophil membrane-coated PLGA nanoparticle loaded with docetaxel was developed.",
        {"membrane_sources": ["neutrophil"], "cores": ["plga"], "payloads": ["docetaxel"]},
    ),
    (
        "",
        "Various cell membranes, including erythrocyte, platelet, macrophage and cancer cell membranes, have been used to camouflage nanoparticles. However, single membranes have limited functions. To address this, neutrophil membranes were coated onto docetaxel-loaded PLGA nanoparticles.",
        {"membrane_sources": ["neutrophil"], "cores": ["plga"], "payloads": ["docetaxel"]},
    ),
    (
        "",
        "Various cell membranes, including erythrocyte, platelet, macrophage and cancer cell membranes, have been used to camouflage nanoparticles. However, single membranes have limited functions. Therefore, we fabricated neutrophil membrane-coated PLGA nanoparticles loaded with docetaxel.",
        {"membrane_sources": ["neutrophil"], "cores": ["plga"], "payloads": ["docetaxel"]},
    ),
    (
        "",
        "Doxorubicin and paclitaxel are widely used but cause severe toxicity. Liposomes and micelles have improved their delivery. This work reports neutrophil membrane-coated gold nanocages carrying docetaxel.",
        {"payloads": ["docetaxel"], "cores": ["gold"], "membrane_sources": ["neutrophil"]},
    ),
    (
        "",
        "Photothermal therapy with gold nanorods or ICG suffers from rapid clearance. Herein, platelet membranes were used to camouflage polydopamine nanoparticles for photothermal therapy of breast cancer.",
        {"payloads": [], "cores": ["polydopamine"], "membrane_sources": ["platelet"]},
    ),
    (
        "",
        "Triple-negative breast cancer (TNBC) lacks effective targeted therapy. In this work, a biomimetic nanoplatform (DTX@HMSN@CM) was constructed by loading docetaxel into hollow mesoporous silica nanoparticles and camouflaging them with 4T1 cell membranes. The results showed that DTX@HMSN@CM had good stability and homologous targeting ability. Moreover, DTX@HMSN@CM significantly inhibited the growth of orthotopic 4T1 tumors with negligible side effects.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["mesoporous_silica"],
            "payloads": ["docetaxel"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Photodynamic therapy is limited by the poor tumor accumulation of photosensitizers. Herein, we developed red blood cell membrane-coated metal-organic framework nanoparticles loaded with the photosensitizer protoporphyrin IX (PpIX). The nanoparticles generated abundant ROS under 630 nm light irradiation and effectively killed CT26 cells in vitro. In addition, in vivo fluorescence imaging showed long-term tumor retention.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["mof"],
            "payloads": ["protoporphyrin ix"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "To improve the treatment of hepatocellular carcinoma, sorafenib and the STAT3 inhibitor cryptotanshinone were co-encapsulated in PLGA nanoparticles, which were further coated with platelet membranes. The platelet membrane-coated nanoparticles showed enhanced uptake by Huh7 cells and synergistic cytotoxicity.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["plga"],
            "payloads": ["sorafenib", "cryptotanshinone"],
            "cancer_types": ["liver"],
            "cell_lines": ["Huh7"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Herein, an engineered exosome-liposome hybrid was prepared by fusing macrophage-derived exosomes with liposomes loaded with paclitaxel. The hybrid nanovesicles showed prolonged blood circulation and inhibited the growth of ovarian tumors in SKOV3 xenograft mice.",
        {
            "membrane_sources": ["extracellular_vesicle"],
            "cores": ["liposome"],
            "payloads": ["paclitaxel"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["ovarian"],
            "cell_lines": ["SKOV3"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "In this study, we prepared cancer cell membrane-coated upconversion nanoparticles (CC-UCNPs) for tumor imaging. CC-UCNPs exhibited homologous targeting to MDA-MB-435 cells and enabled upconversion luminescence imaging of tumors in nude mice.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["upconversion"],
            "modalities": ["imaging"],
            "cell_lines": ["MDA-MB-435"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Multidrug resistance is a major obstacle in chemotherapy. Here, we designed a macrophage membrane-coated nanoplatform co-delivering doxorubicin and the P-glycoprotein inhibitor tariquidar to overcome resistance in MCF-7/ADR cells. The nanoplatform increased intracellular DOX accumulation by 4-fold and reversed resistance in MCF-7/ADR xenografts.",
        {
            "membrane_sources": ["macrophage"],
            "payloads": ["doxorubicin", "tariquidar"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Here, we coated Cu2O nanoparticles with platelet membranes for chemodynamic therapy. The Cu+ ions catalyzed the Fenton-like conversion of H2O2 into hydroxyl radicals, which killed 4T1 cells.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["copper"],
            "modalities": ["chemodynamic_therapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Bone metastasis of prostate cancer causes severe pain. Herein, we developed a bone-targeting, cancer cell membrane-cloaked nanosystem loaded with cabazitaxel. The nanosystem selectively accumulated in bone metastatic lesions in a PC-3 intratibial model and relieved bone destruction.",
        {
            "membrane_sources": ["cancer_cell"],
            "payloads": ["cabazitaxel"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["prostate"],
            "cell_lines": ["PC-3"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Here, exosome membrane-coated PLGA nanoparticles loaded with doxorubicin were prepared by extrusion. Compared with uncoated nanoparticles, they were internalized more efficiently by HeLa cells.",
        {
            "membrane_sources": ["extracellular_vesicle"],
            "cores": ["plga"],
            "payloads": ["doxorubicin"],
            "cancer_types": ["cervical"],
            "cell_lines": ["HeLa"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Here, we coated gold nanoparticles with outer membrane vesicles of Escherichia coli to elicit antitumor immune responses. Vaccination of mice with the coated particles protected them from B16F10 melanoma challenge.",
        {
            "membrane_sources": ["bacterium"],
            "cores": ["gold"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Here, a triple-hybrid membrane of red blood cells, platelets and 4T1 cells was used to coat PLGA nanoparticles.",
        {
            "membrane_sources": ["erythrocyte", "platelet", "cancer_cell"],
            "hybrid_membrane": True,
            "cores": ["plga"],
            "cell_lines": ["4T1"],
        },
    ),
    (
        "",
        "Here, cancer cell membrane-coated iron oxide nanoparticles were developed as MRI contrast agents for the diagnosis of glioma. The coated nanoparticles enhanced T2-weighted MRI contrast in U87 cells.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["iron_oxide"],
            "modalities": ["imaging"],
            "cancer_types": ["glioma"],
            "cell_lines": ["U87"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Here, leukocyte membrane-coated nanoporous silicon particles (LeukoLike Vectors) were developed. They avoided opsonization and delayed uptake by the mononuclear phagocyte system, and accumulated in tumors of mice.",
        {"membrane_sources": ["leukocyte"], "cores": ["other_inorganic"], "in_vivo": True},
    ),
    (
        "",
        "Here, platelet membrane-coated nanoparticles delivering the thrombolytic enzyme tissue plasminogen activator (tPA) were designed; in addition, their efficacy against lung metastasis was evaluated in mice.",
        {"membrane_sources": ["platelet"], "in_vivo": True},
    ),
    (
        "",
        "Red blood cell membrane-coated nanoparticles have been used to deliver drugs. In this study, we compared the protein corona of RBC membrane-coated and PEGylated PLGA nanoparticles in human plasma.",
        {"membrane_sources": ["erythrocyte"], "cores": ["plga"], "in_vivo": False},
    ),
    (
        "Platelet Membrane-Camouflaged Nanoparticles for Targeted Chemotherapy of Breast Cancer",
        "Herein, biomimetic PLGA nanoparticles loaded with doxorubicin were developed. They showed prolonged circulation and inhibited 4T1 tumor growth in mice by 80%.",
        {
            "relevant": True,
            "membrane_sources": ["platelet"],
            "cores": ["plga"],
            "payloads": ["doxorubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Objective: To improve glioma targeting. Materials and methods: Angiopep-2-modified liposomes loaded with paclitaxel were coated with macrophage membranes. Findings: The liposomes crossed the blood-brain barrier in an in vitro model and killed U251 cells. Significance: This strategy may benefit glioma patients.",
        {
            "relevant": True,
            "membrane_sources": ["macrophage"],
            "cores": ["liposome"],
            "payloads": ["paclitaxel"],
            "cancer_types": ["glioma"],
            "cell_lines": ["U251"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "PEGylated liposomes loaded with doxorubicin were compared with free doxorubicin in 4T1 tumor-bearing mice. The liposomes reduced cardiotoxicity and improved tumor inhibition.",
        {"relevant": False},
    ),
    (
        "",
        "Cell-penetrating peptides that disrupt the cancer cell membrane were conjugated to gold nanoparticles to kill HeLa cells.",
        {"relevant": False},
    ),
    (
        "",
        "Here, red blood cell membrane-coated and PEG-coated PLGA nanoparticles were compared. The RBC membrane-coated nanoparticles circulated longer than the PEGylated ones in mice.",
        {
            "relevant": False,
            "membrane_sources": ["erythrocyte"],
            "cores": ["plga"],
            "in_vivo": True,
        },
    ),
    (
        "Cancer cell membrane-coated nanoparticles",
        "Here, we report the preparation of 4T1 cell membrane-coated PLGA nanoparticles that carry the tumor antigens of their source cells and act as an anticancer vaccine.",
        {
            "relevant": True,
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
        },
    ),
    (
        "",
        "Tumor-derived exosomes were loaded with doxorubicin and used as natural carriers to treat 4T1 tumors in mice.",
        {"relevant": False},
    ),
    (
        "",
        "Here, exosome membrane-coated PLGA nanoparticles loaded with doxorubicin treated 4T1 tumors in mice.",
        {"relevant": True, "membrane_sources": ["extracellular_vesicle"]},
    ),
    (
        "Cell membrane-coated nanoparticles for cancer therapy: a review",
        "Cell membrane coating technology endows synthetic nanoparticles with the functions of natural cells. Membranes from red blood cells, platelets, macrophages, neutrophils, cancer cells and stem cells have been coated onto polymeric, inorganic and metal-organic framework cores. In this review, we summarize their applications in chemotherapy, photothermal therapy, photodynamic therapy and immunotherapy, and discuss the challenges of clinical translation.",
        {
            "study_type": "review",
            "in_vivo": None,
            "membrane_sources": [
                "erythrocyte",
                "platelet",
                "macrophage",
                "neutrophil",
                "cancer_cell",
                "stem_cell",
            ],
            "modalities": [
                "chemotherapy",
                "photothermal_therapy",
                "photodynamic_therapy",
                "immunotherapy",
            ],
        },
    ),
    (
        "",
        "Platelet membrane-coated nanoparticles exploit the natural affinity of platelets for tumor cells. This review introduces the preparation of platelet membrane vesicles, the coating of PLGA and gold cores, and their use in targeted chemotherapy and immunotherapy of cancer.",
        {
            "study_type": "review",
            "in_vivo": None,
            "membrane_sources": ["platelet"],
            "modalities": ["chemotherapy", "immunotherapy"],
        },
    ),
    (
        "Hybrid cell membrane-coated nanoparticles: a multifunctional biomimetic platform for cancer diagnosis and therapy",
        "Hybrid membranes fused from two cell types, such as erythrocyte-platelet and erythrocyte-cancer cell hybrids, combine the functions of both sources. We review recent advances in hybrid membrane-coated nanoparticles for imaging-guided phototherapy and cancer vaccines.",
        {
            "study_type": "review",
            "in_vivo": None,
            "membrane_sources": ["erythrocyte", "platelet", "cancer_cell"],
            "hybrid_membrane": True,
        },
    ),
    (
        "Erythrocyte membrane-camouflaged nanozymes for tumor catalytic therapy",
        "Nanozymes with peroxidase-like activity can convert H2O2 into hydroxyl radicals, but they are rapidly cleared from blood. We coated Fe3O4 nanozymes with erythrocyte membranes. The coated nanozymes escaped macrophage uptake, accumulated in HepG2 xenografts and suppressed tumor growth through chemodynamic therapy.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["iron_oxide"],
            "modalities": ["chemodynamic_therapy"],
            "cancer_types": ["liver"],
            "cell_lines": ["HepG2"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Background: Gastric cancer has a poor prognosis. Aim: To develop a targeted nanomedicine. Methods: Apatinib was loaded into PLGA nanoparticles which were then camouflaged with SGC-7901 cell membranes. Results: The nanoparticles showed homologous targeting and inhibited SGC-7901 xenograft growth by 72.4%. Conclusion: Cancer cell membrane coating enhances the efficacy of apatinib.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["apatinib"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["gastric"],
            "cell_lines": ["SGC-7901"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Neutrophils are recruited to inflamed tumor sites after radiotherapy. Inspired by this, neutrophil membrane-coated albumin nanoparticles carrying paclitaxel were administered after local irradiation of 4T1 tumors, which improved drug accumulation and suppressed tumor recurrence.",
        {
            "membrane_sources": ["neutrophil"],
            "cores": ["albumin"],
            "payloads": ["paclitaxel"],
            "modalities": ["chemotherapy", "radiotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Gene therapy with siRNA is limited by poor delivery. A lipid nanoparticle encapsulating siRNA against VEGF was wrapped with macrophage membranes. The particles silenced VEGF in A549 cells and reduced tumor angiogenesis in A549-bearing nude mice.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["liposome"],
            "payloads": ["sirna"],
            "modalities": ["gene_therapy"],
            "cancer_types": ["lung"],
            "cell_lines": ["A549"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Here, a manganese-based metal-organic framework was loaded with the STING agonist cGAMP and coated with dendritic cell membranes. Mn2+ amplified STING activation, and the nanovaccine elicited strong antitumor immunity against B16-OVA melanoma.",
        {
            "membrane_sources": ["dendritic_cell"],
            "cores": ["mof"],
            "payloads": ["cgamp"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16-OVA"],
        },
    ),
    (
        "",
        "Here, Bi2S3 nanorods were coated with cancer cell membranes and used as radiosensitizers and CT contrast agents. Under X-ray irradiation, they increased DNA damage in CT26 cells and enabled CT imaging-guided radiotherapy.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["bismuth"],
            "modalities": ["radiotherapy", "imaging"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Colorectal cancer liver metastasis remains lethal. We engineered CT26 cancer cell membrane-coated mesoporous polydopamine nanoparticles co-loaded with oxaliplatin and the immune adjuvant imiquimod. Upon 808 nm laser irradiation, the nanoparticles ablated primary CT26 tumors and, with anti-PD-1 therapy, suppressed liver metastases in mice.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["polydopamine"],
            "payloads": ["oxaliplatin", "imiquimod"],
            "modalities": ["chemotherapy", "photothermal_therapy", "immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Osteosarcoma frequently metastasizes to the lungs. Here, we fabricated mesenchymal stem cell membrane-coated gelatin nanoparticles encapsulating doxorubicin. The nanoparticles targeted 143B osteosarcoma cells in vitro and reduced lung metastases in an orthotopic 143B model.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["polymer_other"],
            "payloads": ["doxorubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["osteosarcoma"],
            "cell_lines": ["143B"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Here, we report a leukemia cell membrane-coated nanoplatform loaded with the BCL-2 inhibitor venetoclax for acute myeloid leukemia. The nanoplatform homed to the bone marrow of MOLM-13 engrafted NSG mice and prolonged their survival.",
        {
            "membrane_sources": ["cancer_cell"],
            "payloads": ["venetoclax"],
            "cancer_types": ["leukemia"],
            "cell_lines": ["MOLM-13"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Cervical cancer cells overexpress folate receptors. Here, HeLa cell membrane-camouflaged PLGA nanoparticles co-delivering cisplatin and siRNA against survivin were prepared. The nanoparticles silenced survivin and enhanced cisplatin-induced apoptosis of HeLa cells.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["cisplatin", "sirna"],
            "modalities": ["chemotherapy", "gene_therapy"],
            "cancer_types": ["cervical"],
            "cell_lines": ["HeLa"],
            "in_vivo": False,
        },
    ),
    # session 6: carriers of the long tail, donors that are vesicles' sources or stand-in lines
    (
        "Neutrophil membrane-camouflaged nanoparticles deliver carfilzomib to inflamed tumor vasculature",
        "Postoperative inflammation recruits neutrophils to the resection cavity of glioblastoma. Taking advantage of this, we coated PLGA nanoparticles loaded with the proteasome inhibitor carfilzomib with membranes of activated neutrophils (NM-PLGA/CFZ). The coated nanoparticles retained CD11b and adhered to inflamed endothelial cells in vitro. After intravenous injection into mice bearing orthotopic U87 gliomas resected surgically, NM-PLGA/CFZ accumulated in the residual tumor and delayed recurrence, extending median survival from 24 to 41 days compared with free carfilzomib.",
        {
            "membrane_sources": ["neutrophil"],
            "cores": ["plga"],
            "payloads": ["carfilzomib"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["glioma"],
            "cell_lines": ["U87"],
            "in_vivo": True,
            "hybrid_membrane": False,
            "study_type": "original",
        },
    ),
    (
        "A red blood cell-cancer cell hybrid membrane-coated Prussian blue nanoplatform for photoacoustic imaging-guided photothermal therapy of ovarian cancer",
        "Here, erythrocyte and ID8 ovarian cancer cell membranes were fused and coated onto Prussian blue nanoparticles (PB@[RBC-ID8]). The hybrid coating prolonged circulation and enabled homotypic targeting of ID8 cells. Under 808 nm laser irradiation, PB@[RBC-ID8] raised tumor temperature to 52 °C. Photoacoustic imaging guided the timing of irradiation, and the treatment eradicated subcutaneous ID8 tumors in C57BL/6 mice without systemic toxicity.",
        {
            "membrane_sources": ["erythrocyte", "cancer_cell"],
            "cores": ["prussian_blue"],
            "payloads": [],
            "modalities": ["photothermal_therapy", "imaging"],
            "cancer_types": ["ovarian"],
            "cell_lines": ["ID8"],
            "in_vivo": True,
            "hybrid_membrane": True,
            "study_type": "original",
        },
    ),
    (
        "Macrophage membrane-coated liposomes co-delivering siRNA against PD-L1 and the IDO inhibitor epacadostat",
        "Immune checkpoint blockade benefits few patients with colorectal cancer. We prepared cationic liposomes carrying PD-L1 siRNA and epacadostat and camouflaged them with RAW264.7 macrophage membranes. In CT26 cells, the liposomes silenced PD-L1 by 70%. In vitro co-culture with T cells increased interferon-γ secretion. These results support further in vivo evaluation of the platform.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["liposome"],
            "payloads": ["sirna", "epacadostat"],
            "modalities": ["gene_therapy", "immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["RAW264.7", "CT26"],
            "in_vivo": False,
            "hybrid_membrane": False,
            "study_type": "original",
        },
    ),
    (
        "Platelet membrane-cloaked hollow mesoporous silica nanoparticles for sequential delivery of TRAIL and doxorubicin",
        "Circulating tumor cells seed metastases. Here, hollow mesoporous silica nanoparticles loaded with doxorubicin were cloaked with platelet membranes decorated with TRAIL. The nanoparticles bound MDA-MB-231 cells under flow, induced apoptosis and, in a lung metastasis model of breast cancer in nude mice, reduced the number of metastatic nodules by 85%.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["mesoporous_silica"],
            "payloads": ["doxorubicin", "trail"],
            "cancer_types": ["breast"],
            "cell_lines": ["MDA-MB-231"],
            "in_vivo": True,
            "hybrid_membrane": False,
        },
    ),
    (
        "Cell membrane-coated nanoparticles in cancer immunotherapy: a review",
        "Cell membrane-coated nanoparticles combine the functions of natural membranes with synthetic cores. This review summarizes how membranes from cancer cells, dendritic cells and bacteria have been used to build nanovaccines, and how red blood cell and platelet membranes prolong circulation of immunomodulators. We discuss manufacturing challenges and clinical translation.",
        {"study_type": "review", "in_vivo": None},
    ),
    (
        "Stem cell membrane-coated upconversion nanoparticles for NIR-triggered photodynamic therapy of osteosarcoma",
        "Here, upconversion nanoparticles loaded with the photosensitizer zinc phthalocyanine were coated with bone marrow mesenchymal stem cell membranes. Under 980 nm irradiation, the nanoparticles generated singlet oxygen and killed 143B osteosarcoma cells. In 143B tumor-bearing mice, tumor growth was suppressed by 76%.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["upconversion"],
            "payloads": ["zinc phthalocyanine"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["osteosarcoma"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Tumor hypoxia limits photodynamic therapy. Catalase and the photosensitizer chlorin e6 were co-loaded into PLGA nanoparticles, which were then camouflaged with 4T1 cell membranes (CM-PLGA/CAT/Ce6). The catalase decomposed endogenous H2O2 into oxygen, relieving hypoxia. Upon 660 nm irradiation, CM-PLGA/CAT/Ce6 produced more singlet oxygen than PLGA/Ce6 in 4T1 cells. In orthotopic 4T1 tumors, the treatment inhibited tumor growth and lung metastasis.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["catalase", "chlorin e6"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "Biomimetic nanodecoys: exosome-coated gold nanorods",
        "Exosomes secreted by HepG2 cells were coated onto gold nanorods by extrusion. The exosome-coated nanorods were internalized by HepG2 cells more efficiently than PEGylated nanorods, and under NIR laser irradiation they killed the cells in vitro.",
        {
            "membrane_sources": ["extracellular_vesicle"],
            "cores": ["gold"],
            "payloads": [],
            "modalities": ["photothermal_therapy"],
            "cancer_types": ["liver"],
            "cell_lines": ["HepG2"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Gemcitabine resistance remains a major obstacle in pancreatic cancer. Here, we developed cancer-associated fibroblast membrane-coated albumin nanoparticles carrying gemcitabine and the hedgehog inhibitor vismodegib. The coating improved penetration into desmoplastic stroma of 3D spheroids composed of PANC-1 cells and fibroblasts. In a KPC mouse model, the nanoparticles prolonged survival.",
        {
            "membrane_sources": ["fibroblast"],
            "cores": ["albumin"],
            "payloads": ["gemcitabine", "vismodegib"],
            "cancer_types": ["pancreatic"],
            "cell_lines": ["PANC-1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "We report a T-cell membrane-coated nanoparticle that neutralizes TGF-β. Jurkat T cells were engineered to overexpress TGF-β receptor II, and their membranes were coated onto PLGA cores loaded with the STING agonist diABZI. The nanoparticles restored cytotoxic T cell activity in the presence of TGF-β in vitro and, in B16F10 melanoma-bearing mice, elicited tumor regression.",
        {
            "membrane_sources": ["t_cell"],
            "cores": ["plga"],
            "payloads": ["diabzi"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["Jurkat", "B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "Cancer cell membrane-cloaked polydopamine nanoparticles loaded with SN-38 for chemo-photothermal therapy of colorectal cancer",
        "SN-38 is potent but insoluble. We loaded SN-38 onto polydopamine nanoparticles and coated them with HCT116 cell membranes (PDA-SN38@CM). The coating enabled homologous targeting of HCT116 cells, and near-infrared irradiation triggered drug release. In HCT116 xenografts, PDA-SN38@CM plus laser eliminated tumors, whereas irinotecan given intraperitoneally only slowed their growth.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["polydopamine"],
            "payloads": ["sn-38"],
            "modalities": ["chemotherapy", "photothermal_therapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["HCT116"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Dendritic cell membranes presenting tumor antigens were coated onto PLGA nanoparticles loaded with the TLR9 agonist CpG. The nanovaccine activated T cells directly and, in mice bearing B16-OVA melanoma, combined with anti-PD-1 antibody, inhibited tumor growth.",
        {
            "membrane_sources": ["dendritic_cell"],
            "cores": ["plga"],
            "payloads": ["cpg"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16-OVA"],
            "in_vivo": True,
        },
    ),
    (
        "Erythrocyte membrane-enveloped perfluorocarbon nanoemulsions relieve tumor hypoxia to enhance radiotherapy",
        "Hypoxia causes radioresistance. We enveloped perfluorocarbon nanoemulsions with red blood cell membranes to deliver oxygen to tumors. After intravenous injection into CT26 tumor-bearing mice, the nanoemulsions raised tumor oxygenation and, combined with X-ray irradiation, delayed tumor growth.",
        {
            "membrane_sources": ["erythrocyte"],
            "payloads": ["perfluorocarbon"],
            "modalities": ["radiotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Here we describe a simple method to coat silica nanoparticles with platelet membranes and characterize the protein content of the coating by proteomics. CD47, CD41 and P-selectin were retained. The coated particles bound collagen and evaded uptake by THP-1 macrophages in vitro.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["mesoporous_silica"],
            "payloads": [],
            "cancer_types": [],
            "cell_lines": ["THP-1"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Leukemia stem cells hide in the bone marrow. We coated daunorubicin-loaded liposomes with membranes of bone marrow stromal cells, which home to the marrow niche. In NSG mice engrafted with MOLM-13 cells, the coated liposomes reduced leukemic burden and prolonged survival.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["liposome"],
            "payloads": ["daunorubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["leukemia"],
            "cell_lines": ["MOLM-13"],
            "in_vivo": True,
        },
    ),
    (
        "Hybrid platelet-leukocyte membrane camouflage for capturing circulating tumor cells",
        "Circulating tumor cells (CTCs) are rare. We coated magnetic beads with a hybrid membrane of platelets and white blood cells to capture CTCs from blood of patients with breast cancer while reducing leukocyte adhesion. Capture efficiency reached 91% in spiked samples of MCF-7 cells, and CTCs were detected in 18 of 20 patient samples.",
        {
            "membrane_sources": ["platelet", "leukocyte"],
            "cores": ["iron_oxide"],
            "payloads": [],
            "cancer_types": ["breast"],
            "cell_lines": ["MCF-7"],
            "hybrid_membrane": True,
        },
    ),
    (
        "",
        "Cisplatin causes nephrotoxicity. Here, a cisplatin prodrug was conjugated to the surface of polymeric micelles that were subsequently camouflaged with membranes from A2780 ovarian cancer cells. The micelles accumulated in A2780 tumors in mice, reduced kidney injury markers relative to cisplatin, and suppressed tumor growth.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["polymer_other"],
            "payloads": ["cisplatin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["ovarian"],
            "cell_lines": ["A2780"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "We review recent progress in biomimetic nanoparticles for glioma therapy, covering red blood cell, platelet, macrophage, neutrophil and cancer cell membrane coatings, and discuss how they cross the blood-brain barrier.",
        {"study_type": "review", "in_vivo": None, "cancer_types": ["glioma"]},
    ),
    (
        "",
        "To overcome multidrug resistance in breast cancer, doxorubicin and the P-glycoprotein inhibitor zosuquidar were co-encapsulated into PLGA nanoparticles coated with MCF-7/ADR cell membranes. The coated nanoparticles accumulated more doxorubicin in MCF-7/ADR cells than free doxorubicin did and reversed resistance in vitro.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["doxorubicin", "zosuquidar"],
            "cancer_types": ["breast"],
            "cell_lines": ["MCF-7/ADR"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Here, we engineered macrophage membranes overexpressing SIRPα and used them to cloak gold nanocages loaded with the chemotherapeutic agent camptothecin. The SIRPα-rich coating blocked CD47 on 4T1 cells, restoring phagocytosis, while laser irradiation of the nanocages released camptothecin. Combined chemo-photothermal immunotherapy eradicated primary 4T1 tumors and inhibited lung metastasis in BALB/c mice.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["gold"],
            "payloads": ["camptothecin"],
            "modalities": ["chemotherapy", "photothermal_therapy", "immunotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Bacterial outer membrane vesicles from Escherichia coli were coated onto photothermal polymer nanoparticles. The OMV coating recruited neutrophils and dendritic cells, and after NIR irradiation the nanoparticles induced immunogenic cell death of CT26 cells. In CT26-bearing mice, treatment eliminated primary tumors and protected against rechallenge.",
        {
            "membrane_sources": ["bacterium"],
            "cores": ["polymer_other"],
            "modalities": ["photothermal_therapy", "immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Glutathione-responsive nanogels loaded with docetaxel were coated with membranes derived from prostate cancer PC-3 cells. The coated nanogels selectively accumulated in PC-3 cells over LNCaP cells in co-culture and released docetaxel in response to intracellular glutathione.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["polymer_other"],
            "payloads": ["docetaxel"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["prostate"],
            "cell_lines": ["PC-3", "LNCaP"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Tumor-associated macrophages (TAMs) of the M2 type support tumor growth. We loaded the CSF-1R inhibitor pexidartinib into liposomes and fused them with membranes of M1 macrophages. The hybrid vesicles repolarized TAMs toward M1 in co-culture with 4T1 cells and, in 4T1 tumor-bearing mice, reduced TAM infiltration and tumor volume.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["liposome"],
            "payloads": ["pexidartinib"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
            "hybrid_membrane": False,
        },
    ),
    (
        "Red blood cell membrane-coated nanoparticles for detoxification of pore-forming toxins",
        "RBC membrane-coated PLGA nanoparticles absorbed α-hemolysin and protected mice from toxin-induced lethality.",
        {"membrane_sources": ["erythrocyte"], "cores": ["plga"], "payloads": [], "relevant": False},
    ),
    (
        "",
        "Photodynamic therapy of bladder cancer is limited by light penetration. We coated upconversion nanoparticles carrying the photosensitizer rose bengal with membranes of T24 bladder cancer cells. Under 980 nm light, the nanoparticles generated reactive oxygen species in T24 cells and, after intravesical instillation in an orthotopic rat model, reduced tumor burden.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["upconversion"],
            "payloads": ["rose bengal"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["bladder"],
            "cell_lines": ["T24"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Cancer stem cells (CSCs) drive relapse of head and neck squamous cell carcinoma. Membranes of CSCs isolated from Cal27 cells were coated onto mesoporous silica nanoparticles loaded with salinomycin. The CSC membrane-coated particles were taken up preferentially by Cal27 spheres and reduced their self-renewal in vitro.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["mesoporous_silica"],
            "payloads": ["salinomycin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["head_and_neck"],
            "cell_lines": ["Cal27"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "A neutrophil-mimicking nanoplatform was built by coating PLGA nanoparticles loaded with the anti-inflammatory drug celecoxib and the chemotherapeutic carboplatin with HL-60-derived neutrophil-like cell membranes. The particles targeted inflamed postoperative tumor beds in a 4T1 model.",
        {
            "membrane_sources": ["neutrophil"],
            "cores": ["plga"],
            "payloads": ["celecoxib", "carboplatin"],
            "cancer_types": ["breast"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "We designed a biomimetic nanozyme by coating Pt-doped Prussian blue nanoparticles with membranes of B16F10 melanoma cells. The nanozyme catalyzed H2O2 decomposition to oxygen and, under 808 nm irradiation, heated tumors above 50 °C. Homologous targeting led to high accumulation in B16F10 tumors in C57BL/6 mice, where photothermal treatment caused complete regression in 4 of 6 mice.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["prussian_blue"],
            "modalities": ["photothermal_therapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Lung cancer metastasizes to the brain. Membranes of brain-metastatic PC-9 cells were coated onto lipid nanoparticles carrying osimertinib. The coated lipid nanoparticles crossed an in vitro blood-brain barrier model more efficiently than uncoated ones and inhibited PC-9 proliferation.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["liposome"],
            "payloads": ["osimertinib"],
            "cancer_types": ["lung"],
            "cell_lines": ["PC-9"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Monocytes home to tumors. Here, membranes from human monocytes were coated onto doxorubicin-loaded PLGA nanoparticles. The coated nanoparticles showed higher uptake by MDA-MB-468 cells and lower uptake by macrophages than uncoated ones.",
        {
            "membrane_sources": ["monocyte"],
            "cores": ["plga"],
            "payloads": ["doxorubicin"],
            "cancer_types": ["breast"],
            "cell_lines": ["MDA-MB-468"],
            "in_vivo": False,
        },
    ),
    (
        "Liposomal doxorubicin in metastatic breast cancer: a phase II trial",
        "We treated 40 patients with PEGylated liposomal doxorubicin. The objective response rate was 32%.",
        {"relevant": False, "membrane_sources": [], "in_vivo": True},
    ),
    (
        "",
        "Red blood cell membranes were used to coat PLGA nanoparticles for the treatment of MRSA infection in a murine skin model.",
        {"relevant": False, "membrane_sources": ["erythrocyte"]},
    ),
    (
        "",
        "Cancer cell-derived exosomes loaded with paclitaxel were administered to mice bearing 4T1 tumors and suppressed tumor growth.",
        {"relevant": False, "membrane_sources": []},
    ),
    (
        "Biomimetic nanoparticles in oncology: a systematic review and meta-analysis of preclinical studies",
        "We searched PubMed and Embase for studies of cell membrane-coated nanoparticles in tumor-bearing animals and pooled tumor inhibition rates across 84 studies.",
        {"study_type": "review", "in_vivo": None, "relevant": True},
    ),
    (
        "",
        "Ferroptosis inducers are promising against drug-resistant tumors. Here, the GPX4 inhibitor RSL3 and iron oxide nanoparticles were co-encapsulated in PLGA and cloaked with membranes of 4T1 cells. The nanoparticles depleted glutathione, raised lipid peroxidation and triggered ferroptosis of 4T1 cells in vitro.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga", "iron_oxide"],
            "payloads": ["rsl3"],
            "modalities": ["ferroptosis"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Radiosensitization with high-Z elements can reduce the radiation dose. Bismuth sulfide nanorods were coated with red blood cell membranes, prolonging their circulation. Combined with 6 Gy X-ray irradiation, the coated nanorods shrank 4T1 tumors in mice more than radiation alone.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["bismuth"],
            "payloads": [],
            "modalities": ["radiotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Glucose oxidase and the prodrug tirapazamine were loaded into ZIF-8 nanoparticles coated with cancer cell membranes. Glucose consumption starved the tumor cells and deepened hypoxia, which activated tirapazamine.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["mof"],
            "payloads": ["glucose oxidase", "tirapazamine"],
            "modalities": ["starvation_therapy", "chemotherapy"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Triple-negative breast cancer lacks targeted therapies. We fabricated platelet-mimicking nanoparticles by coating PLGA cores loaded with the PARP inhibitor talazoparib with platelet membranes. The nanoparticles bound MDA-MB-231 cells through P-selectin and, in an orthotopic MDA-MB-231 model, reduced tumor growth by 68% without weight loss.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["plga"],
            "payloads": ["talazoparib"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["MDA-MB-231"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Sonodynamic therapy penetrates deeper than light. Here, titanium dioxide nanoparticles were camouflaged with membranes of U251 glioma cells. Under ultrasound, the coated nanoparticles generated reactive oxygen species and killed U251 cells; in orthotopic U251 gliomas in nude mice, they extended survival.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["titanium"],
            "payloads": [],
            "modalities": ["sonodynamic_therapy"],
            "cancer_types": ["glioma"],
            "cell_lines": ["U251"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Here, we fused membranes of dendritic cells pulsed with tumor lysate with membranes of 4T1 cells and coated the hybrid onto PLGA nanoparticles carrying the adjuvant monophosphoryl lipid A. The vaccine primed T cells in vitro and, given before tumor inoculation, prevented 4T1 tumor growth in 60% of mice.",
        {
            "membrane_sources": ["dendritic_cell", "cancer_cell"],
            "cores": ["plga"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
            "hybrid_membrane": True,
        },
    ),
    (
        "",
        "Chemotherapy-induced immunosuppression limits combination therapy. Here, oxaliplatin and the TLR7 agonist imiquimod were co-loaded into liposomes that were then coated with membranes of CT26 cells. The liposomes induced immunogenic cell death in CT26 cells, matured dendritic cells in vitro, and in CT26-bearing mice inhibited primary and distant tumors.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["liposome"],
            "payloads": ["oxaliplatin", "imiquimod"],
            "modalities": ["chemotherapy", "immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "We investigated how the source of the membrane affects protein corona formation on coated nanoparticles. Silica nanoparticles were coated with membranes of erythrocytes, platelets or macrophages, incubated in human plasma, and analyzed by proteomics. Coated particles adsorbed fewer opsonins than bare particles.",
        {
            "membrane_sources": ["erythrocyte", "platelet", "macrophage"],
            "cores": ["mesoporous_silica"],
            "payloads": [],
            "hybrid_membrane": False,
            "in_vivo": False,
        },
    ),
    (
        "Erythrocyte ghost-wrapped nanocrystals of a poorly soluble kinase inhibitor",
        "Lapatinib is poorly water soluble, which limits its oral bioavailability. We prepared lapatinib nanocrystals by antisolvent precipitation and wrapped them in erythrocyte ghosts obtained by hypotonic lysis. The ghost-wrapped nanocrystals (RBC-LapNC) had a mean diameter of 210 nm and released the drug over 72 h. Compared with the lapatinib suspension, RBC-LapNC showed stronger inhibition of SK-BR-3 and BT-474 cell proliferation. Following tail vein injection in rats, the area under the curve increased 3.4-fold.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["drug_nanocrystal"],
            "payloads": ["lapatinib"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["SK-BR-3", "BT-474"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Natural killer (NK) cells recognize tumor cells through activating receptors such as NKG2D. Inspired by this, we coated photosensitizer-loaded polymeric micelles with NK-92 cell membranes. The NK membrane-cloaked micelles (NK-M/Ce6) accumulated in MCF-7 cells more than uncoated micelles and, upon 660 nm irradiation, generated singlet oxygen that killed the cells. In MCF-7 xenografts, NK-M/Ce6 plus irradiation suppressed tumor growth and polarized macrophages toward the M1 phenotype.",
        {
            "membrane_sources": ["nk_cell"],
            "cores": ["polymer_other"],
            "payloads": ["chlorin e6"],
            "modalities": ["photodynamic_therapy", "immunotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["NK-92", "MCF-7"],
            "in_vivo": True,
        },
    ),
    (
        "Dendritic cell membrane-coated nanovaccine",
        "Mature dendritic cells (DCs) present antigen and provide co-stimulation to T cells. We isolated membranes from DCs pulsed with tumor lysate and used them to coat PLGA nanoparticles encapsulating the adjuvant monophosphoryl lipid A (MPLA). The resulting nanovaccine directly activated antigen-specific T cells in vitro. In mice bearing B16F10 melanoma, the nanovaccine elicited cytotoxic T lymphocyte responses and inhibited tumor growth, and it prevented lung metastasis in a rechallenge model.",
        {
            "membrane_sources": ["dendritic_cell"],
            "cores": ["plga"],
            "payloads": ["monophosphoryl lipid a"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Hypoxia in solid tumors limits the efficacy of photodynamic therapy. Here, we engineered a biomimetic oxygen-generating nanosystem by loading catalase and the photosensitizer methylene blue into hollow mesoporous silica nanoparticles, followed by coating with membranes of mesenchymal stem cells (MSCs). The MSC membrane enabled tumor tropism. Catalase decomposed endogenous H2O2 into oxygen, relieving hypoxia and enhancing singlet oxygen generation under 665 nm light. The nanosystem showed negligible dark toxicity toward A549 cells.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["mesoporous_silica"],
            "payloads": ["catalase", "methylene blue"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["lung"],
            "cell_lines": ["A549"],
            "in_vivo": False,
        },
    ),
    (
        "Cancer-associated fibroblast membrane-camouflaged nanoparticles for photothermal-immunotherapy",
        "Cancer-associated fibroblasts (CAFs) are abundant in the stroma of pancreatic cancer. We camouflaged semiconducting polymer nanoparticles with CAF membranes, which allowed homologous targeting of CAFs. Under NIR-II laser irradiation, the nanoparticles ablated CAFs and tumor cells, and the released tumor antigens, together with the co-loaded TLR agonist resiquimod, primed antitumor immunity. In a Panc02 subcutaneous model, the treatment eradicated primary tumors and inhibited distant tumors.",
        {
            "membrane_sources": ["fibroblast"],
            "cores": ["semiconducting_polymer"],
            "payloads": ["r848"],
            "modalities": ["photothermal_therapy", "immunotherapy"],
            "cancer_types": ["pancreatic"],
            "cell_lines": ["Panc02"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Tumor vasculature expresses markers shared with proliferating endothelium. We therefore coated gold nanocages with membranes derived from human umbilical vein endothelial cells (HUVECs) and loaded them with the anti-angiogenic agent combretastatin A4. HUVEC membrane-coated gold nanocages released the drug upon near-infrared heating and disrupted tube formation in vitro.",
        {
            "membrane_sources": ["endothelial_cell"],
            "cores": ["gold"],
            "payloads": ["combretastatin a4"],
            "cell_lines": ["HUVEC"],
            "in_vivo": False,
        },
    ),
    (
        "Leukocyte-mimicking liposomes against inflamed tumor vasculature",
        "Leukocytes adhere to inflamed endothelium through integrins. We incorporated membrane proteins extracted from murine leukocytes into the lipid bilayer of liposomes (leukosomes) loaded with dexamethasone. In a 4T1 orthotopic breast cancer model, leukosomes accumulated in the tumor at 2.5 times the level of plain liposomes and reduced tumor volume.",
        {
            "membrane_sources": ["leukocyte"],
            "cores": ["liposome"],
            "payloads": ["dexamethasone"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Chimeric antigen receptor T cells have limited efficacy in solid tumors. Here, membranes of CAR-T cells targeting glypican-3 were coated onto mesoporous silica nanoparticles loaded with IR780. The CAR-T membrane-coated particles specifically recognized GPC3-positive HepG2 cells but not GPC3-negative A549 cells. In HepG2 tumor-bearing mice, a single laser irradiation after injection ablated the tumors.",
        {
            "membrane_sources": ["t_cell"],
            "cores": ["mesoporous_silica"],
            "payloads": ["ir780"],
            "modalities": ["photothermal_therapy"],
            "cancer_types": ["liver", "lung"],
            "cell_lines": ["HepG2", "A549"],
            "in_vivo": True,
        },
    ),
    (
        "Platelet-mimetic nanoparticles loaded with a PARP inhibitor",
        "BRCA-mutant ovarian cancers respond to poly(ADP-ribose) polymerase inhibitors, yet systemic exposure causes myelosuppression. We encapsulated olaparib in PLGA nanoparticles and coated them with platelet membranes (PM-Ola-NPs). PM-Ola-NPs adhered to tumor cells through P-selectin and inhibited the growth of ID8 cells. In mice with disseminated ID8 peritoneal tumors, PM-Ola-NPs reduced ascites and extended survival compared with free olaparib.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["plga"],
            "payloads": ["olaparib"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["ovarian"],
            "cell_lines": ["ID8"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Bacterial outer membrane vesicles (OMVs) are potent immunostimulants. We coated polymeric nanoparticles with OMVs from attenuated Escherichia coli and loaded them with the IDO inhibitor epacadostat. The OMV-coated nanoparticles activated dendritic cells and, in CT26 tumor-bearing mice, increased intratumoral CD8+ T cells and suppressed tumor growth without systemic inflammation.",
        {
            "membrane_sources": ["bacterium"],
            "cores": ["polymer_other"],
            "payloads": ["epacadostat"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "Red blood cell membrane-enveloped upconversion nanoparticles for NIR-triggered PDT",
        "Upconversion nanoparticles (UCNPs) convert 980 nm light into visible emission that can excite photosensitizers in deep tissue. We loaded merocyanine 540 onto NaYF4:Yb,Er UCNPs and enveloped them in red blood cell membranes. The RBC-UCNPs avoided macrophage uptake, and under 980 nm irradiation they produced reactive oxygen species that killed HeLa cells. Tumor growth in HeLa xenograft mice was delayed by 70%.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["upconversion"],
            "payloads": ["merocyanine 540"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["cervical"],
            "cell_lines": ["HeLa"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Homotypic targeting by cancer cell membranes has been widely explored. In this work, membranes from SW480 colon cancer cells were used to coat zeolitic imidazolate framework-8 nanoparticles co-loaded with 5-fluorouracil and leucovorin. Drug release was accelerated at pH 5.5. The coated particles were preferentially internalized by SW480 cells compared with HUVECs and showed synergistic cytotoxicity.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["mof"],
            "payloads": ["fluorouracil", "leucovorin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["SW480", "HUVEC"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Multidrug resistance remains a major obstacle to breast cancer chemotherapy, and anthracyclines such as doxorubicin and epirubicin are pumped out by P-glycoprotein. To overcome this, we co-delivered the P-gp inhibitor tariquidar and mitoxantrone using gelatin nanoparticles cloaked with MCF-7/ADR cell membranes. The membrane coat enabled homologous targeting of resistant cells, and intracellular mitoxantrone increased 4-fold compared with the free drug. In MCF-7/ADR xenografts, tumor growth was inhibited by 82%.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["polymer_other"],
            "payloads": ["tariquidar", "mitoxantrone"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["MCF-7/ADR"],
            "in_vivo": True,
        },
    ),
    (
        "Platelet membrane-coated nanoparticles combined with checkpoint blockade",
        "We coated polydopamine nanoparticles with platelet membranes and loaded them with the STING agonist DMXAA. After intravenous injection, the particles accumulated in surgical wound beds of 4T1 tumors where platelets are recruited. Combined with systemic anti-PD-1 antibody, photothermal treatment of the residual tumor prevented recurrence in 80% of mice.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["polydopamine"],
            "payloads": ["dmxaa"],
            "modalities": ["photothermal_therapy", "immunotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Abraxane, an albumin-bound formulation of paclitaxel, is approved for several cancers. Here, we wrapped albumin nanoparticles carrying paclitaxel in membranes of 4T1 cancer cells and compared them with Abraxane. The coated particles were taken up more efficiently by 4T1 cells, and in an orthotopic 4T1 model they reduced lung metastases more than Abraxane did.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["albumin"],
            "payloads": ["paclitaxel"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "Erythrocyte membrane-camouflaged nanoparticles evaluated in zebrafish",
        "We prepared erythrocyte membrane-camouflaged PLGA nanoparticles loaded with the fluorescent dye DiD and the anticancer drug etoposide. Circulation was monitored in transgenic zebrafish larvae, where coated particles stayed in the bloodstream longer than PEGylated particles. The particles inhibited the proliferation of SH-SY5Y neuroblastoma cells.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["plga"],
            "payloads": ["etoposide"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["other_cancer"],
            "cell_lines": ["SH-SY5Y"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Macrophages rapidly clear most intravenously injected nanoparticles. To evade this, we coated magnetic Fe3O4 nanoparticles with red blood cell membranes. Uptake by RAW264.7 macrophages fell by 70% after coating. Hemolysis assays with fresh mouse blood showed good compatibility. The coated particles served as T2 contrast agents for MRI-guided magnetic hyperthermia of U251 glioma cells in vitro.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["iron_oxide"],
            "payloads": [],
            "modalities": ["imaging"],
            "cancer_types": ["glioma"],
            "cell_lines": ["RAW264.7", "U251"],
            "in_vivo": False,
        },
    ),
    (
        "Cancer cell membrane-coated nanoparticles in patient-derived xenografts",
        "Homologous targeting is often shown with cell lines rather than patient tumors. We isolated membranes from primary tumor cells of patients with head and neck squamous cell carcinoma and coated cisplatin-loaded PLGA nanoparticles with them. In patient-derived xenograft models, the autologous membrane coating increased tumor accumulation and inhibited growth more than a mismatched coating.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["cisplatin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["head_and_neck"],
            "cell_lines": [],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Sorafenib is the standard first-line therapy for advanced hepatocellular carcinoma, but its efficacy is limited. We designed a hybrid membrane composed of RBC and Hepa1-6 cell membranes to coat mesoporous silica nanoparticles loaded with the ferroptosis inducer RSL3. The hybrid membrane prolonged circulation and targeted Hepa1-6 tumors in mice, where the particles triggered lipid peroxidation and suppressed tumor growth more effectively than sorafenib.",
        {
            "membrane_sources": ["erythrocyte", "cancer_cell"],
            "hybrid_membrane": True,
            "cores": ["mesoporous_silica"],
            "payloads": ["rsl3"],
            "modalities": ["ferroptosis"],
            "cancer_types": ["liver"],
            "cell_lines": ["Hepa1-6"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Small extracellular vesicles are natural carriers of RNA. We fused exosomes derived from HEK293T cells with liposomes and used the hybrid vesicles to deliver a CRISPR/Cas9 plasmid targeting the oncogene MYC to SKOV3 ovarian cancer cells. Gene editing reduced MYC expression and inhibited cell proliferation by 60%. Intraperitoneal administration in an SKOV3 xenograft model reduced tumor weight.",
        {
            "membrane_sources": ["extracellular_vesicle"],
            "cores": ["liposome"],
            "payloads": ["sgrna/cas9"],
            "modalities": ["gene_therapy"],
            "cancer_types": ["ovarian"],
            "cell_lines": ["HEK293T", "SKOV3"],
            "in_vivo": True,
        },
    ),
    (
        "Macrophage membrane-cloaked nanoparticles for photodynamic therapy of lung metastases",
        "Macrophages are recruited by metastatic niches. Here, a zinc phthalocyanine-loaded polymeric nanoparticle was cloaked in the membrane of J774A.1 macrophages. The cloaked nanoparticles crossed the endothelium in a transwell model and accumulated in B16F10 lung metastases after intravenous injection. Light irradiation of the lungs reduced metastatic nodules by 65%.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["polymer_other"],
            "payloads": ["zinc phthalocyanine"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["J774A.1", "B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Glioblastoma is protected by the blood-brain barrier. Inspired by the ability of monocytes to cross it, we camouflaged temozolomide-loaded solid lipid nanoparticles with membranes of THP-1 monocytes. The camouflaged particles crossed an in vitro blood-brain barrier model composed of bEnd.3 cells and were internalized by U87MG cells more efficiently than bare particles. Their cytotoxicity against U87MG cells was twice that of free temozolomide.",
        {
            "membrane_sources": ["monocyte"],
            "cores": ["liposome"],
            "payloads": ["temozolomide"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["glioma"],
            "cell_lines": ["THP-1", "bEnd.3", "U87MG"],
            "in_vivo": False,
        },
    ),
    (
        "Red blood cell-mimicking nanoparticles deliver oxygen for radiotherapy",
        "Tumor hypoxia causes resistance to radiotherapy. We loaded perfluorocarbon into albumin nanoparticles and coated them with red blood cell membranes to obtain an artificial oxygen carrier. After intravenous injection into mice bearing CT26 tumors, the particles relieved tumor hypoxia, and X-ray irradiation then delayed tumor growth more than radiotherapy alone.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["albumin"],
            "payloads": ["perfluorocarbon"],
            "modalities": ["radiotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "Cell membrane-camouflaged nanoparticles for cancer therapy: progress and perspectives",
        "Cell membrane coating has emerged as a top-down strategy to endow synthetic nanoparticles with the biological functions of natural cells. Membranes from erythrocytes, platelets, leukocytes, cancer cells and stem cells have been coated onto polymeric, silica and metallic cores. In this review, we summarize preparation and characterization methods, discuss applications in chemotherapy, phototherapy and immunotherapy, and outline the challenges for clinical translation.",
        {
            "relevant": True,
            "study_type": "review",
            "in_vivo": None,
        },
    ),
    (
        "",
        "Liposomal doxorubicin reduces cardiotoxicity but accumulates poorly in tumors. We prepared thermosensitive liposomes loaded with doxorubicin and triggered release with focused ultrasound hyperthermia in rabbits bearing VX2 tumors. Drug concentration in the heated tumors was 3-fold higher than with non-thermosensitive liposomes.",
        {
            "relevant": False,
            "membrane_sources": [],
            "cores": ["liposome"],
            "payloads": ["doxorubicin"],
            "in_vivo": True,
        },
    ),
    (
        "Macrophage membrane-coated nanoparticles for sepsis",
        "Sepsis is driven by endotoxin and cytokine storms. We coated PLGA nanoparticles with macrophage membranes to act as decoys that neutralize lipopolysaccharide and sequester proinflammatory cytokines. In a mouse model of endotoxemia, the nanoparticles reduced cytokine levels and improved survival.",
        {
            "relevant": False,
            "membrane_sources": ["macrophage"],
            "cores": ["plga"],
            "payloads": [],
            "cancer_types": [],
            "in_vivo": True,
        },
    ),
    (
        "",
        "We report DOX@ZIF-8@CM, in which doxorubicin (DOX) is encapsulated in zeolitic imidazolate framework-8 (ZIF-8) and coated with the cell membrane (CM) of HepG2 cells. DOX@ZIF-8@CM released DOX rapidly at pH 5.0 and selectively entered HepG2 cells. Compared with free DOX and DOX@ZIF-8, it showed the highest cytotoxicity against HepG2 cells and the lowest against L02 hepatocytes.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["mof"],
            "payloads": ["doxorubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["liver"],
            "cell_lines": ["HepG2", "L02"],
            "in_vivo": False,
        },
    ),
    (
        "ICG/PTX@RBCm nanoparticles for chemo-photothermal therapy",
        "Here we present ICG/PTX@RBCm, a nanosystem in which indocyanine green and paclitaxel self-assemble into carrier-free nanoparticles coated with RBC membrane (RBCm). Under 808 nm laser irradiation, ICG/PTX@RBCm raised the temperature of tumors in A549-bearing mice to 50 °C and released paclitaxel, achieving complete tumor ablation in four of six mice.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["drug_nanocrystal"],
            "payloads": ["indocyanine green", "paclitaxel"],
            "modalities": ["chemotherapy", "photothermal_therapy"],
            "cancer_types": ["lung"],
            "cell_lines": ["A549"],
            "in_vivo": True,
        },
    ),
    (
        "Biomimetic nanoparticles co-delivering siRNA and a chemotherapeutic",
        "Survivin is overexpressed in prostate cancer and confers resistance to docetaxel. We co-encapsulated survivin siRNA and docetaxel in lipid-polymer hybrid nanoparticles, which were then coated with PC-3 cell membranes. The particles silenced survivin, enhanced docetaxel-induced apoptosis in PC-3 cells and, in PC-3 xenografts, inhibited tumor growth by 76%.",
        {
            "membrane_sources": ["cancer_cell"],
            "payloads": ["sirna", "docetaxel"],
            "modalities": ["chemotherapy", "gene_therapy"],
            "cancer_types": ["prostate"],
            "cell_lines": ["PC-3"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Photoacoustic imaging can delineate tumor margins. Here, we coated melanin nanoparticles with membranes of B16F10 melanoma cells to obtain a homotypic-targeting photoacoustic contrast agent. Photoacoustic imaging after intravenous injection delineated B16F10 tumors in mice for 24 h, and subsequent 808 nm irradiation ablated the tumors.",
        {
            "membrane_sources": ["cancer_cell"],
            "modalities": ["imaging", "photothermal_therapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "Stem cell membrane-coated gelatin nanogels for targeted delivery",
        "Adipose-derived stem cells home to tumors. We coated gelatin nanogels with membranes of adipose-derived stem cells and loaded them with the natural product triptolide. The coated nanogels released triptolide in response to matrix metalloproteinase-2 and showed higher uptake by SGC-7901 gastric cancer cells than uncoated nanogels.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["polymer_other"],
            "payloads": ["triptolide"],
            "cancer_types": ["gastric"],
            "cell_lines": ["SGC-7901"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Bladder cancer recurs frequently after resection. We coated chitosan nanoparticles with membranes of T24 bladder cancer cells and loaded them with the anthracycline pirarubicin for intravesical instillation. In an orthotopic rat bladder tumor model, the coated particles adhered to the urothelium and reduced tumor recurrence compared with free pirarubicin instillation.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["polymer_other"],
            "payloads": ["pirarubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["bladder"],
            "cell_lines": ["T24"],
            "in_vivo": True,
        },
    ),
    (
        "Erythrocyte membrane-coated copper sulfide nanoparticles for renal cell carcinoma",
        "Renal cell carcinoma responds poorly to chemotherapy. We coated hollow copper sulfide nanoparticles loaded with the tyrosine kinase inhibitor sunitinib with erythrocyte membranes. In 786-O cells, NIR irradiation of the particles released sunitinib and generated heat, and in 786-O xenografts the combined treatment reduced tumor volume by 88%.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["copper"],
            "payloads": ["sunitinib"],
            "modalities": ["chemotherapy", "photothermal_therapy"],
            "cancer_types": ["renal"],
            "cell_lines": ["786-O"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Anaplastic thyroid carcinoma is lethal and lacks effective treatment. Here, membranes of 8505C thyroid cancer cells were used to coat bismuth sulfide nanorods for CT imaging-guided radiotherapy. The coated nanorods accumulated in 8505C tumors in nude mice, enhanced CT contrast, and sensitized the tumors to X-ray irradiation.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["bismuth"],
            "payloads": [],
            "modalities": ["imaging", "radiotherapy"],
            "cancer_types": ["thyroid"],
            "cell_lines": ["8505C"],
            "in_vivo": True,
        },
    ),
    (
        "4T1 cytomembrane-coated nanoparticles for metastatic breast cancer",
        "We prepared nanoparticles by coating a paclitaxel-loaded poly(caprolactone) core with 4T1 cytomembranes. The cytomembrane coat conferred self-recognition, and the particles accumulated in primary tumors and lung metastases of 4T1-bearing mice, reducing metastatic nodules by 90%.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["polymer_other"],
            "payloads": ["paclitaxel"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Mesenchymal stem cell-derived nanoghosts retain the tumor-homing surface proteins of their parent cells. We loaded nanoghosts prepared from bone marrow MSCs with a plasmid encoding the pro-apoptotic TRAIL gene. The nanoghosts transfected PC-3 prostate cancer cells, and intratumoral TRAIL expression after systemic administration inhibited PC-3 tumor growth in mice.",
        {
            "membrane_sources": ["stem_cell"],
            "payloads": ["plasmid dna"],
            "modalities": ["gene_therapy"],
            "cancer_types": ["prostate"],
            "cell_lines": ["PC-3"],
            "in_vivo": True,
        },
    ),
    (
        "Leukemia cell membrane-coated nanoparticles for acute myeloid leukemia",
        "Acute myeloid leukemia cells home to the bone marrow. We coated liposomes loaded with daunorubicin with membranes of HL-60 leukemia cells. The coated liposomes targeted leukemic cells in the bone marrow of mice engrafted with HL-60 cells and prolonged their survival to 45 days, compared with 31 days for free daunorubicin.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["liposome"],
            "payloads": ["daunorubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["leukemia"],
            "cell_lines": ["HL-60"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Programmed death-1 (PD-1) on T cells binds PD-L1 on tumor cells. We engineered HEK293T cells to overexpress PD-1 and used their membranes to coat PLGA nanoparticles carrying the IDO inhibitor NLG919. The PD-1 membrane-coated nanoparticles blocked the PD-1/PD-L1 axis, released NLG919 in the tumor, and in B16F10 tumor-bearing mice increased the infiltration of cytotoxic T lymphocytes.",
        {
            "membrane_sources": ["other_cell"],
            "cores": ["plga"],
            "payloads": ["nlg919"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["HEK293T", "B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "Platelet-leukocyte hybrid membrane-coated nanoparticles",
        "Circulating tumor cells interact with both platelets and leukocytes. We fused platelet membranes with leukocyte membranes and coated the hybrid onto immunomagnetic beads to capture circulating tumor cells from the blood of patients with breast cancer. The hybrid membrane coating reduced leukocyte adhesion and improved capture purity.",
        {
            "membrane_sources": ["platelet", "leukocyte"],
            "hybrid_membrane": True,
            "cores": ["iron_oxide"],
            "payloads": [],
            "cancer_types": ["breast"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Cytotoxic T lymphocytes kill tumor cells through the T cell receptor. We coated photothermal Prussian blue nanoparticles with membranes of activated cytotoxic T lymphocytes (CTLs). The CTL membrane-coated particles homed to gastric tumors in mice bearing MKN-45 xenografts, and laser irradiation combined with low-dose paclitaxel pretreatment eradicated 60% of the tumors.",
        {
            "membrane_sources": ["t_cell"],
            "cores": ["prussian_blue"],
            "modalities": ["photothermal_therapy"],
            "cancer_types": ["gastric"],
            "cell_lines": ["MKN-45"],
            "in_vivo": True,
        },
    ),
    (
        "Erythrocyte-liposome hybrid nanovesicles",
        "We fused erythrocyte membranes with synthetic lipids to form hybrid nanovesicles loaded with the photosensitizer verteporfin. Compared with plain liposomes, the hybrid nanovesicles circulated longer in rats. Upon 690 nm irradiation, they induced phototoxicity in CT26 cells.",
        {
            "membrane_sources": ["erythrocyte"],
            "hybrid_membrane": False,
            "cores": ["liposome"],
            "payloads": ["verteporfin"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "M1 macrophages exert antitumor activity. We extracted nanovesicles from M1-polarized macrophage membranes and used them to coat albumin nanoparticles loaded with the CSF-1R inhibitor BLZ945. The coated particles repolarized tumor-associated macrophages and, in a Lewis lung carcinoma model, reduced tumor growth.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["albumin"],
            "payloads": ["blz945"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["lung"],
            "in_vivo": True,
        },
    ),
    (
        "Yeast-derived membrane capsules for oral delivery",
        "Oral chemotherapy suffers from low bioavailability. We coated doxorubicin-loaded PLGA nanoparticles with yeast cell membranes, which are recognized by Dectin-1 on intestinal M cells. After oral gavage, the coated particles crossed the intestinal epithelium and inhibited the growth of orthotopic colon tumors in mice.",
        {
            "membrane_sources": ["other_cell"],
            "cores": ["plga"],
            "payloads": ["doxorubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["colorectal"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Glioma stem cells drive recurrence. We prepared membrane vesicles from GL261 glioma cells and fused them with membranes of bone marrow-derived dendritic cells to obtain a hybrid vaccine that was coated onto CpG-loaded nanoparticles. The vaccine extended the median survival of mice with orthotopic GL261 gliomas from 23 to 38 days.",
        {
            "membrane_sources": ["cancer_cell", "dendritic_cell"],
            "hybrid_membrane": True,
            "payloads": ["cpg"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["glioma"],
            "cell_lines": ["GL261"],
            "in_vivo": True,
        },
    ),
    (
        "Brown adipocyte membrane-coated nanoparticles",
        "Cancer cells consume large amounts of glucose. We coated mesoporous silica nanoparticles with membranes of brown adipocytes and loaded them with the glycolysis inhibitor 2-deoxy-D-glucose. The coated particles reduced glucose uptake and ATP production in MDA-MB-231 cells.",
        {
            "membrane_sources": ["other_cell"],
            "cores": ["mesoporous_silica"],
            "payloads": ["2-deoxy-d-glucose"],
            "cancer_types": ["breast"],
            "cell_lines": ["MDA-MB-231"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Eosinophils infiltrate some tumors. Here we report eosinophil membrane-camouflaged gold nanostars loaded with the chemotherapeutic irinotecan for treating colorectal cancer. The particles targeted HCT116 spheroids and, under NIR laser, released irinotecan and generated heat.",
        {
            "membrane_sources": ["other_cell"],
            "cores": ["gold"],
            "payloads": ["irinotecan"],
            "modalities": ["chemotherapy", "photothermal_therapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["HCT116"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Red blood cell membrane-coated PLGA nanoparticles loaded with bortezomib were prepared for multiple myeloma. The particles were stable in serum for 7 days and induced apoptosis of RPMI 8226 cells. These findings lay the groundwork for future in vivo studies of the formulation.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["plga"],
            "payloads": ["bortezomib"],
            "cancer_types": ["other_cancer"],
            "cell_lines": ["RPMI 8226"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "We coated gold nanoparticles with membranes of MC38 colon cancer cells and loaded them with the immunostimulatory cytokine interleukin-12. Organs were harvested 24 h after tail-vein injection and imaged ex vivo, showing that the coated particles accumulated in tumors at twice the level of PEGylated particles.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["gold"],
            "payloads": ["interleukin-12"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["MC38"],
            "in_vivo": True,
        },
    ),
    (
        "Platelet membrane-coated nanoparticles: pharmacokinetics",
        "Platelet membrane-coated mesoporous silica nanoparticles carrying vincristine were developed for lymphoma. After a single intravenous dose in Sprague-Dawley rats, the elimination half-life was 18.2 h compared with 2.1 h for free vincristine. The coated particles killed Raji cells in vitro.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["mesoporous_silica"],
            "payloads": ["vincristine"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["lymphoma"],
            "cell_lines": ["Raji"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Cancer cell membrane-cloaked nanoparticles loaded with the photosensitizer protoporphyrin IX were tested on tumor tissue slices freshly resected from patients with oral squamous cell carcinoma. The particles penetrated the slices and, after red light exposure, killed tumor cells while sparing stroma. Hemocompatibility was confirmed with human whole blood.",
        {
            "membrane_sources": ["cancer_cell"],
            "payloads": ["protoporphyrin ix"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["head_and_neck"],
            "in_vivo": False,
        },
    ),
    (
        "Macrophage membrane-coated nanoparticles in an orthotopic pancreatic cancer model",
        "Macrophage membrane-coated liposomes loaded with gemcitabine and the hedgehog inhibitor cyclopamine were evaluated in an orthotopic KPC pancreatic tumor model. The coated liposomes depleted tumor stroma, increased gemcitabine delivery and extended median survival from 26 to 44 days.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["liposome"],
            "payloads": ["gemcitabine", "cyclopamine"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["pancreatic"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Three-dimensional tumor spheroids better mimic solid tumors than monolayers. We evaluated erythrocyte membrane-coated polydopamine nanoparticles loaded with SN-38 in HT-29 spheroids. The coated particles penetrated deeper into the spheroids and, under 808 nm irradiation, reduced spheroid volume by 80%. The results support evaluation in animal models.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["polydopamine"],
            "payloads": ["sn-38"],
            "modalities": ["chemotherapy", "photothermal_therapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["HT-29"],
            "in_vivo": False,
        },
    ),
    (
        "Neutrophil-mimicking nanoparticles in a postoperative model",
        "Surgery induces inflammation that attracts neutrophils. We developed neutrophil membrane-coated PLGA nanoparticles carrying the CDK4/6 inhibitor palbociclib. In mice whose primary 4T1 tumors had been resected, the nanoparticles accumulated at the surgical site and reduced local recurrence and lung metastasis.",
        {
            "membrane_sources": ["neutrophil"],
            "cores": ["plga"],
            "payloads": ["palbociclib"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Esophageal squamous cell carcinoma has a poor prognosis. Membranes from KYSE-150 cells were used to coat calcium phosphate nanoparticles loaded with the antisense oligonucleotide against EGFR. The coated particles silenced EGFR in KYSE-150 cells, and their antitumor activity was confirmed in a subcutaneous KYSE-150 model in BALB/c nude mice.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["calcium"],
            "modalities": ["gene_therapy"],
            "cancer_types": ["esophageal"],
            "cell_lines": ["KYSE-150"],
            "in_vivo": True,
        },
    ),
    (
        "Biomimetic nanoparticles for imaging of thyroid cancer",
        "We coated NaGdF4 nanoparticles with membranes of TPC-1 thyroid cancer cells for magnetic resonance imaging of thyroid cancer. The coated particles gave higher T1 relaxivity than Gd-DTPA and accumulated in TPC-1 cells. Their ability to delineate tumors in vivo remains to be tested.",
        {
            "membrane_sources": ["cancer_cell"],
            "modalities": ["imaging"],
            "cancer_types": ["thyroid"],
            "cell_lines": ["TPC-1"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Osteosarcoma frequently metastasizes to the lungs. We coated zoledronic acid-loaded hydroxyapatite nanoparticles with platelet membranes. In a model of intratibial 143B osteosarcoma in nude mice, the particles reduced osteolysis and pulmonary metastases.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["calcium"],
            "payloads": ["zoledronic acid"],
            "cancer_types": ["osteosarcoma"],
            "cell_lines": ["143B"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Neoantigen vaccines require efficient co-delivery of peptides and adjuvants to lymph nodes. We encapsulated personalized neoantigen peptides and the STING agonist cGAMP in liposomes, which were coated with membranes of mature dendritic cells. The nanovaccine migrated to lymph nodes, expanded neoantigen-specific T cells, and in mice bearing MC38 tumors inhibited tumor growth and prolonged survival in combination with anti-PD-1 antibody.",
        {
            "membrane_sources": ["dendritic_cell"],
            "cores": ["liposome"],
            "payloads": ["tumor antigen", "cgamp"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["MC38"],
            "in_vivo": True,
        },
    ),
    (
        "Cancer cell membrane-coated nanoparticles delivering an anti-PD-L1 antibody",
        "Systemic checkpoint blockade causes immune-related adverse events. We loaded anti-PD-L1 antibody into hollow manganese dioxide nanoparticles and coated them with B16F10 cell membranes. Manganese ions released in the acidic tumor activated the cGAS-STING pathway, and the antibody blocked PD-L1 locally. In B16F10-bearing mice, the treatment inhibited tumor growth with fewer adverse events than systemic antibody.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["manganese"],
            "payloads": ["anti-pd-l1 antibody"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Nitric oxide (NO) at high concentrations kills cancer cells. We co-loaded L-arginine and the photosensitizer IR780 into mesoporous polydopamine nanoparticles coated with macrophage membranes. Under NIR light, IR780 produced reactive oxygen species that oxidized L-arginine into NO, and the nanoparticles eradicated 4T1 tumors in mice through combined gas therapy and photodynamic therapy.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["polydopamine"],
            "payloads": ["l-arginine", "ir780"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "Biomimetic cascade nanoreactors for starvation and chemodynamic therapy",
        "We constructed a cascade nanoreactor by loading glucose oxidase into iron-based metal-organic frameworks and cloaking them with cancer cell membranes. Glucose oxidase consumed intratumoral glucose to starve the tumor and produced H2O2, which the iron nodes converted to hydroxyl radicals by the Fenton reaction. The nanoreactor suppressed the growth of HeLa tumors in nude mice.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["mof"],
            "payloads": ["glucose oxidase"],
            "modalities": ["starvation_therapy", "chemodynamic_therapy"],
            "cancer_types": ["cervical"],
            "cell_lines": ["HeLa"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Interleukin-2 expands effector T cells but has a short half-life. We encapsulated recombinant IL-2 in PLGA nanoparticles coated with platelet membranes to target the tumor vasculature. The coated particles extended the circulation of IL-2 and, in mice bearing B16F10 melanoma, increased the ratio of CD8+ T cells to regulatory T cells in tumors.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["plga"],
            "payloads": ["interleukin-2"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "Exosome-coated nanoparticles for miRNA delivery to glioblastoma",
        "MicroRNA-21 promotes glioblastoma growth. We coated gold nanoparticles conjugated with anti-miR-21 oligonucleotides with exosomes derived from U87 glioma cells. The exosome coating allowed the particles to cross an in vitro blood-brain barrier model and silence miR-21 in U87 cells, increasing their sensitivity to temozolomide.",
        {
            "membrane_sources": ["extracellular_vesicle"],
            "cores": ["gold"],
            "payloads": ["mirna"],
            "modalities": ["gene_therapy"],
            "cancer_types": ["glioma"],
            "cell_lines": ["U87"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Chemotherapy often fails against hypoxic tumors. Here, the hypoxia-activated prodrug tirapazamine and the photosensitizer chlorin e6 were co-loaded into zeolitic imidazolate framework-8 nanoparticles camouflaged with 4T1 cell membranes. Photodynamic therapy consumed oxygen and aggravated hypoxia, which activated tirapazamine. In 4T1 tumor-bearing mice, the combination achieved a tumor inhibition rate of 91%.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["mof"],
            "payloads": ["chlorin e6", "tirapazamine"],
            "modalities": ["chemotherapy", "photodynamic_therapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "Red blood cell membrane-camouflaged nanoparticles carrying an oncolytic adenovirus",
        "Neutralizing antibodies limit intravenous oncolytic virotherapy. We coated an oncolytic adenovirus with red blood cell membranes. The coating shielded the virus from neutralizing antibodies in serum while preserving its infectivity toward A549 cells, and after intravenous injection into A549 tumor-bearing nude mice, the coated virus inhibited tumor growth.",
        {
            "membrane_sources": ["erythrocyte"],
            "payloads": ["oncolytic virus"],
            "cancer_types": ["lung"],
            "cell_lines": ["A549"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Radiotherapy is limited by radioresistance. We labeled macrophage membrane-coated PLGA nanoparticles with the radionuclide iodine-131 for internal radiotherapy of breast cancer. The particles accumulated in 4T1 tumors for 72 h, delivering a high radiation dose, and reduced tumor growth by 70% without damaging normal organs.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["plga"],
            "payloads": ["radionuclide"],
            "modalities": ["radiotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "Stem cell membrane-coated nanoparticles delivering TRAIL plasmid and paclitaxel",
        "Mesenchymal stem cell membranes were coated onto poly(beta-amino ester) nanoparticles co-loaded with paclitaxel and a plasmid encoding TRAIL. The nanoparticles transfected A2780 ovarian cancer cells and induced apoptosis. In mice with A2780 intraperitoneal tumors, they reduced tumor burden more than either agent alone.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["polymer_other"],
            "payloads": ["paclitaxel", "plasmid dna"],
            "modalities": ["chemotherapy", "gene_therapy"],
            "cancer_types": ["ovarian"],
            "cell_lines": ["A2780"],
            "in_vivo": True,
        },
    ),
    (
        "Homologous-targeting biomimetic nanoplatform (CM@MSN-DOX/Ce6) for synergistic chemo-photodynamic therapy of oral squamous cell carcinoma",
        "Oral squamous cell carcinoma (OSCC) is the most common malignancy of the head and neck. In this study, a biomimetic nanoplatform (CM@MSN-DOX/Ce6) was constructed by coating mesoporous silica nanoparticles (MSN) co-loaded with doxorubicin (DOX) and chlorin e6 (Ce6) with the cell membrane (CM) of CAL27 cells. CM@MSN-DOX/Ce6 showed specific homologous targeting to CAL27 cells. Upon 660 nm laser irradiation, it generated abundant ROS and released DOX, producing a combination index of 0.42. In CAL27 tumor-bearing mice, CM@MSN-DOX/Ce6 plus laser achieved the highest tumor inhibition without obvious systemic toxicity.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["mesoporous_silica"],
            "payloads": ["doxorubicin", "chlorin e6"],
            "modalities": ["chemotherapy", "photodynamic_therapy"],
            "cancer_types": ["head_and_neck"],
            "cell_lines": ["CAL27"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Background: Nasopharyngeal carcinoma (NPC) is treated with cisplatin-based chemoradiotherapy, but distant metastasis remains common. Methods: We prepared PLGA nanoparticles loaded with the HSP90 inhibitor 17-AAG and camouflaged them with a hybrid membrane of platelets and CNE-2 cells (PC-NPs). Targeting, cytotoxicity and radiosensitization were examined in CNE-2 cells and in a CNE-2 xenograft model. Results: PC-NPs bound CNE-2 cells and circulating platelets, and combined with X-ray irradiation delayed tumor growth. Conclusion: Hybrid membrane camouflage is a promising strategy for NPC.",
        {
            "membrane_sources": ["platelet", "cancer_cell"],
            "hybrid_membrane": True,
            "cores": ["plga"],
            "payloads": ["17-aag"],
            "cancer_types": ["head_and_neck"],
            "cell_lines": ["CNE-2"],
            "in_vivo": True,
        },
    ),
    (
        "Erythrocyte membrane-camouflaged PLGA nanoparticles (RBC-NPs) for sustained release of docetaxel in lung cancer",
        "RBC-NPs were prepared by extruding docetaxel-loaded PLGA cores with RBC membrane vesicles. Compared with uncoated NPs, RBC-NPs exhibited reduced macrophage uptake, a longer circulation half-life and higher accumulation in LLC tumors. RBC-NPs suppressed tumor growth more effectively than Taxotere at the same dose.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["plga"],
            "payloads": ["docetaxel"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["lung"],
            "cell_lines": ["LLC"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "We describe a macrophage membrane-coated, MnO2-gated mesoporous silica nanoplatform (MM@MSN-MnO2) carrying the photosensitizer hematoporphyrin monomethyl ether (HMME). MnO2 was degraded by glutathione to release Mn2+, which catalyzed a Fenton-like reaction and served as an MRI contrast agent. Under ultrasound, HMME generated singlet oxygen. The platform enabled MRI-guided sonodynamic/chemodynamic therapy of orthotopic liver tumors in rats.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["mesoporous_silica", "manganese"],
            "payloads": ["hematoporphyrin monomethyl ether"],
            "modalities": ["sonodynamic_therapy", "chemodynamic_therapy", "imaging"],
            "cancer_types": ["liver"],
            "in_vivo": True,
        },
    ),
    (
        "T cell membrane-coated nanoparticles neutralize PD-L1 and deliver chemotherapy",
        "Tumor-infiltrating lymphocytes are exhausted by PD-L1. We coated docetaxel-loaded PLGA cores with membranes of activated T cells, which express PD-1 and thereby act as decoys for PD-L1 on tumor cells. The T cell membrane-coated nanoparticles (TNPs) restored T cell function in co-culture with MC38 cells and, in MC38 tumor-bearing mice, inhibited tumor growth by 79% while increasing CD8+ T cell infiltration.",
        {
            "membrane_sources": ["t_cell"],
            "cores": ["plga"],
            "payloads": ["docetaxel"],
            "modalities": ["chemotherapy", "immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["MC38"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Gastric cancer cell membrane-coated black phosphorus quantum dots (BPQDs@GCCM) were developed for photothermal therapy. The BPQDs had a photothermal conversion efficiency of 28.4%, and the GCCM coating increased their uptake by MGC-803 cells 3-fold. BPQDs@GCCM ablated MGC-803 cells under 808 nm irradiation, whereas BPQDs without coating were less effective.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["black_phosphorus"],
            "payloads": [],
            "modalities": ["photothermal_therapy"],
            "cancer_types": ["gastric"],
            "cell_lines": ["MGC-803"],
            "in_vivo": False,
        },
    ),
    (
        "Platelet-derived extracellular vesicles coated onto nanoparticles for thrombosis-targeted tumor therapy",
        "Tumor vessels contain microthrombi. We fused platelet-derived extracellular vesicles onto iron oxide nanoparticles loaded with the thrombolytic urokinase and the anticancer agent gambogic acid. The coated particles targeted tumor microthrombi, dissolved them to improve perfusion, and enhanced the delivery of gambogic acid to SMMC-7721 hepatoma xenografts in nude mice.",
        {
            "cores": ["iron_oxide"],
            "payloads": ["urokinase", "gambogic acid"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["liver"],
            "cell_lines": ["SMMC-7721"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Tumor-associated macrophages (TAMs) promote immunosuppression. We designed a nanoparticle in which a polymeric core carrying the CSF-1R inhibitor PLX3397 was coated with membranes of M2 macrophages. The particles depleted TAMs in 4T1 tumors, increased M1/M2 ratios, and when combined with paclitaxel chemotherapy suppressed tumor growth.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["polymer_other"],
            "payloads": ["pexidartinib"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "Membrane vesicles from Lactobacillus coated on nanoparticles for colorectal cancer",
        "Probiotic-derived membrane vesicles modulate the gut. We coated oxaliplatin-loaded chitosan nanoparticles with membrane vesicles of Lactobacillus rhamnosus. After oral administration to mice with azoxymethane/dextran sodium sulfate-induced colorectal tumors, the coated particles reduced tumor number and restored gut microbiota diversity.",
        {
            "membrane_sources": ["bacterium"],
            "cores": ["polymer_other"],
            "payloads": ["oxaliplatin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["colorectal"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Ferroptosis is an iron-dependent form of cell death. Here we coated Fe3O4 nanoclusters with membranes of Huh-7 cells and loaded them with sorafenib, which inhibits system xc-. The coated clusters released iron and sorafenib in Huh-7 cells, depleting glutathione and inactivating GPX4. In orthotopic Huh-7 tumors, they triggered lipid peroxidation and tumor regression.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["iron_oxide"],
            "payloads": ["sorafenib"],
            "modalities": ["chemotherapy", "ferroptosis"],
            "cancer_types": ["liver"],
            "cell_lines": ["Huh-7"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Cancer cells overexpress CD47, a 'don't eat me' signal that inhibits phagocytosis by macrophages. We coated PLGA nanoparticles loaded with the CD47 inhibitor RRx-001 with red blood cell membranes. The nanoparticles blocked CD47 on A549 cells, enhanced their phagocytosis by bone marrow-derived macrophages, and activated T cells in co-culture.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["plga"],
            "cell_lines": ["A549"],
            "in_vivo": False,
        },
    ),
    (
        "Comparison of erythrocyte and platelet membrane coatings",
        "Which membrane coating best prolongs circulation remains unclear. We coated identical PLGA cores carrying paclitaxel with either erythrocyte membranes or platelet membranes and compared their pharmacokinetics in mice. Platelet membrane-coated particles accumulated more in CT26 tumors, whereas erythrocyte membrane-coated particles circulated longer.",
        {
            "membrane_sources": ["erythrocyte", "platelet"],
            "hybrid_membrane": False,
            "cores": ["plga"],
            "payloads": ["paclitaxel"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Kupffer cells in the liver capture most nanoparticles. Cancer cell membrane-coated gold nanorods escaped phagocytosis by Kupffer cells and RAW264.7 macrophages and accumulated in SW620 tumors after intravenous injection, where NIR irradiation induced complete tumor regression.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["gold"],
            "payloads": [],
            "modalities": ["photothermal_therapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["RAW264.7", "SW620"],
            "in_vivo": True,
        },
    ),
    (
        "Neutrophil hitchhiking for drug delivery to inflamed tumors",
        "Circulating neutrophils migrate into tumors after radiotherapy. We developed albumin nanoparticles loaded with paclitaxel that are taken up by circulating neutrophils in vivo, so that the neutrophils carry them into irradiated tumors. In 4T1 tumor-bearing mice, the hitchhiking nanoparticles delayed tumor regrowth after local irradiation.",
        {
            "membrane_sources": [],
            "cores": ["albumin"],
            "payloads": ["paclitaxel"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Natural killer cells are key effectors of antitumor immunity, but the tumor microenvironment suppresses them. We coated mesoporous silica nanoparticles carrying the TGF-beta inhibitor galunisertib with 4T1 cancer cell membranes. By relieving TGF-beta signaling, the particles restored the cytotoxicity of NK cells and CD8+ T cells in 4T1 tumors and reduced lung metastasis.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["mesoporous_silica"],
            "payloads": ["galunisertib"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "Cancer cell membrane-coated nanoparticles disrupt tumor cell membranes",
        "Membrane-disrupting peptides kill cancer cells regardless of drug resistance. We loaded the lytic peptide melittin into PLGA nanoparticles coated with membranes of HCT116 cells. The coated particles released melittin inside HCT116 spheroids, where it permeabilized the plasma membranes of tumor cells.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["melittin"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["HCT116"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Dendritic cells capture antigens from dying tumor cells. Here, PLGA nanoparticles containing the photosensitizer pheophorbide A were coated with membranes of CT26 cells. Photodynamic therapy with these particles released tumor antigens that were taken up by dendritic cells, which then primed T cells in draining lymph nodes of CT26-bearing mice.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["pheophorbide a"],
            "modalities": ["photodynamic_therapy", "immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "Engineered platelets carry anti-PD-L1 to the surgical bed",
        "Platelets accumulate at wounds. We conjugated anti-PD-L1 antibody to the surface of live platelets, which released the antibody as platelet-derived microparticles upon activation at the surgical bed of B16F10 melanoma. The engineered platelets reduced recurrence after surgery in mice.",
        {
            "payloads": ["anti-pd-l1 antibody"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Glioma cells secrete factors that recruit mesenchymal stem cells. We coated superparamagnetic iron oxide nanoparticles with MSC membranes to image glioma by MRI. The coated particles crossed the blood-brain barrier in rats with C6 gliomas and produced strong T2 contrast in the tumor, enabling tumor delineation.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["iron_oxide"],
            "payloads": [],
            "modalities": ["imaging"],
            "cancer_types": ["glioma"],
            "cell_lines": ["C6"],
            "in_vivo": True,
        },
    ),
    (
        "Biomimetic nanoparticles for pancreatic cancer",
        "The dense stroma of pancreatic ductal adenocarcinoma (PDAC) blocks drug delivery. We coated gemcitabine-loaded PLGA nanoparticles with membranes of pancreatic stellate cells, which home to the tumor stroma. In orthotopic PANC-1 tumors, the coated particles penetrated the stroma and reduced tumor weight by 65%.",
        {
            "membrane_sources": ["other_cell"],
            "cores": ["plga"],
            "payloads": ["gemcitabine"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["pancreatic"],
            "cell_lines": ["PANC-1"],
            "in_vivo": True,
        },
    ),
    (
        "Cell membrane-coated nanoparticles for brain tumors: a review",
        "Cell membrane-coated nanoparticles can cross the blood-brain barrier. This review summarizes erythrocyte, platelet and neutrophil membrane-coated nanoparticles for glioma therapy, including coated nanoparticles that act by inhibiting microglia proliferation and blocking monocyte infiltration into the tumor.",
        {
            "study_type": "review",
            "membrane_sources": ["erythrocyte", "platelet", "neutrophil"],
            "cancer_types": ["glioma"],
            "in_vivo": None,
        },
    ),
    (
        "Macrophage membrane-coated nanoparticles for atherosclerosis",
        "Atherosclerotic plaques recruit monocytes and macrophages. We coated rapamycin-loaded PLGA nanoparticles with macrophage membranes, which targeted inflamed endothelium and reduced plaque area in ApoE-/- mice fed a high-fat diet.",
        {
            "relevant": False,
            "membrane_sources": ["macrophage"],
            "cores": ["plga"],
            "payloads": ["rapamycin"],
            "cancer_types": [],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Methicillin-resistant Staphylococcus aureus secretes pore-forming toxins. Red blood cell membrane-coated nanosponges absorbed alpha-toxin and, loaded with vancomycin, cleared MRSA skin infection in mice.",
        {
            "relevant": False,
            "membrane_sources": ["erythrocyte"],
            "payloads": ["vancomycin"],
            "cancer_types": [],
            "in_vivo": True,
        },
    ),
    (
        "PEGylated liposomal irinotecan for pancreatic cancer",
        "We optimized PEGylated liposomes encapsulating irinotecan by remote loading with sucrose octasulfate. The liposomes had a drug-to-lipid ratio of 0.5 and extended irinotecan exposure in mice bearing AsPC-1 pancreatic tumors compared with free irinotecan.",
        {
            "relevant": False,
            "membrane_sources": [],
            "cores": ["liposome"],
            "payloads": ["irinotecan"],
            "cancer_types": ["pancreatic"],
            "cell_lines": ["AsPC-1"],
            "in_vivo": True,
        },
    ),
    (
        "Platelet membrane-coated nanoparticles for myocardial infarction",
        "Platelets adhere to injured myocardium. We coated cardiac stromal cell-secreted factor-loaded microparticles with platelet membranes; after intravenous injection into rats with ischemia-reperfusion injury, they reduced infarct size.",
        {
            "relevant": False,
            "membrane_sources": ["platelet"],
            "cancer_types": [],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Platelet membrane-cloaked nanoparticles carrying tissue plasminogen activator were designed for targeted thrombolysis. In a mouse model of pulmonary embolism, they dissolved clots more effectively than free tPA and reduced bleeding.",
        {
            "relevant": False,
            "membrane_sources": ["platelet"],
            "cancer_types": [],
            "in_vivo": True,
        },
    ),
    (
        "Cancer cell membrane-coated nanoparticles as a tumor vaccine",
        "We coated CpG-loaded PLGA nanoparticles with B16F10 membranes. Vaccinated mice resisted B16F10 challenge.",
        {
            "relevant": True,
            "study_type": "original",
        },
    ),
    (
        "Recent advances in biomimetic nanomedicine for tumor-targeted delivery",
        "Biomimetic strategies help nanoparticles evade the immune system and home to tumors. This article reviews nanoparticles camouflaged with natural cell membranes, including red blood cells, platelets, macrophages, and cancer cells, and discusses their use for chemotherapy, photothermal therapy and cancer immunotherapy.",
        {
            "relevant": True,
            "study_type": "review",
            "in_vivo": None,
        },
    ),
    (
        "",
        "Neutrophil membrane-coated nanoparticles loaded with an anti-inflammatory drug alleviated rheumatoid arthritis in a collagen-induced arthritis model by neutralizing proinflammatory cytokines and targeting inflamed synovium.",
        {
            "relevant": False,
            "membrane_sources": ["neutrophil"],
            "cancer_types": [],
            "in_vivo": True,
        },
    ),
    (
        "Platelet membrane (PM)-coated nanoparticles for targeted delivery to circulating tumor cells",
        "We prepared PM-coated PLGA nanoparticles (PM@PLGA) loaded with the kinase inhibitor dasatinib. PM@PLGA bound MDA-MB-231 cells under flow and reduced the number of metastatic foci in the lungs of mice injected with MDA-MB-231 cells.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["plga"],
            "payloads": ["dasatinib"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["MDA-MB-231"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Leukocyte-like vectors (LLVs) were generated by coating nanoporous silicon particles with leukocyte membranes. LLVs avoided opsonization, delayed liver uptake and transported doxorubicin across inflamed endothelium to tumors in mice with B16 melanoma.",
        {
            "membrane_sources": ["leukocyte"],
            "cores": ["other_inorganic"],
            "payloads": ["doxorubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16"],
            "in_vivo": True,
        },
    ),
    (
        "Bone marrow stromal cell membrane-coated nanoparticles for multiple myeloma",
        "Myeloma cells home to the bone marrow niche. We coated bortezomib-loaded PLGA nanoparticles with membranes of bone marrow stromal cells (BMSCs). BMSC membrane-coated nanoparticles homed to the bone marrow of mice engrafted with 5TGM1 myeloma cells and reduced tumor burden.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["plga"],
            "payloads": ["bortezomib"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["other_cancer"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "We fused RAW264.7 macrophage membranes with 4T1 cancer cell membranes to form a hybrid membrane (RAW-4T1) that was coated onto doxorubicin-loaded mesoporous silica nanoparticles. The hybrid membrane conferred both metastasis targeting and homotypic binding. In a 4T1 lung metastasis model, DOX@MSN@[RAW-4T1] inhibited metastatic nodules by 88.9%.",
        {
            "membrane_sources": ["macrophage", "cancer_cell"],
            "hybrid_membrane": True,
            "cores": ["mesoporous_silica"],
            "payloads": ["doxorubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["RAW264.7", "4T1"],
            "in_vivo": True,
        },
    ),
    (
        "Erythrocyte-mimetic nanosponges neutralize tumor-derived exosomes",
        "Tumor-derived exosomes carry PD-L1 that suppresses T cells systemically. We developed erythrocyte-mimetic nanosponges by coating PLGA cores with red blood cell membranes engineered to display anti-PD-L1 antibodies. The nanosponges captured circulating exosomes and restored T cell activity in mice bearing B16F10 tumors.",
        {
            "membrane_sources": ["erythrocyte"],
            "cores": ["plga"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Membrane vesicles derived from tumor cells share antigens with the parent tumor. Here, membrane vesicles from irradiated MC38 cells were used to coat manganese-doped calcium phosphate nanoparticles, which act as adjuvants by activating the STING pathway. The nanovaccine induced potent MC38-specific immunity and prevented tumor growth in 80% of vaccinated mice.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["calcium"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["MC38"],
            "in_vivo": True,
        },
    ),
    (
        "Red blood cell-platelet hybrid membrane-coated nanoparticles",
        "RBC-platelet hybrid membrane-coated nanoparticles ([RBC-P]NPs) were prepared by fusing RBC membranes with platelet membranes and coating PLGA cores. [RBC-P]NPs retained proteins of both source cells, circulated longer than platelet membrane-coated NPs and adhered to damaged vasculature.",
        {
            "membrane_sources": ["erythrocyte", "platelet"],
            "hybrid_membrane": True,
            "cores": ["plga"],
        },
    ),
    (
        "",
        "Human umbilical cord mesenchymal stem cells (hUC-MSCs) home to inflamed tumors. We coated mesoporous Prussian blue nanoparticles with hUC-MSC membranes and loaded them with the chemotherapeutic drug 10-hydroxycamptothecin. Under 808 nm laser irradiation, the coated particles released the drug and heated HepG2 tumors in nude mice to 55 °C.",
        {
            "membrane_sources": ["stem_cell"],
            "cores": ["prussian_blue"],
            "payloads": ["hydroxycamptothecin"],
            "modalities": ["chemotherapy", "photothermal_therapy"],
            "cancer_types": ["liver"],
            "cell_lines": ["HepG2"],
            "in_vivo": True,
        },
    ),
    (
        "Cancer stem cell-like membrane coating",
        "We coated upconversion nanoparticles loaded with the photosensitizer zinc phthalocyanine with membranes of CD44+ cancer stem-like cells enriched from SUM159 cells. Near-infrared irradiation killed the cancer stem-like cells in vitro, and the coated particles reduced tumor-initiating frequency in mice.",
        {
            "cores": ["upconversion"],
            "payloads": ["zinc phthalocyanine"],
            "modalities": ["photodynamic_therapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["SUM159"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Chemotherapeutics such as doxorubicin, paclitaxel and cisplatin suffer from poor tumor selectivity. Here, we encapsulated paclitaxel in PLGA nanoparticles coated with 4T1 cell membranes. The coated nanoparticles showed higher cytotoxicity toward 4T1 cells than free paclitaxel and Taxol.",
        {
            "payloads": ["paclitaxel"],
            "modalities": ["chemotherapy"],
        },
    ),
    (
        "",
        "Gemcitabine (GEM) was loaded into platelet membrane-coated mesoporous silica nanoparticles (GEM@MSN@PM). Compared with GEM alone and GEM@MSN, GEM@MSN@PM more strongly inhibited PANC-1 cell proliferation and, in mice, reduced tumor volume; cisplatin (5 mg/kg) served as a positive control.",
        {
            "payloads": ["gemcitabine"],
            "cores": ["mesoporous_silica"],
        },
    ),
    (
        "",
        "To obtain membranes enriched in calreticulin, CT26 cells were first treated with mitoxantrone to induce immunogenic cell death, and their membranes were then coated onto PLGA nanoparticles loaded with the TLR9 agonist CpG. The nanovaccine protected mice against CT26 challenge.",
        {
            "payloads": ["cpg"],
            "membrane_sources": ["cancer_cell"],
            "modalities": ["immunotherapy"],
        },
    ),
    (
        "",
        "Paclitaxel-resistant A549/Taxol cells overexpress P-glycoprotein. We coated PLGA nanoparticles co-loaded with docetaxel and the P-gp inhibitor tariquidar with A549/Taxol cell membranes, which reversed resistance in vitro.",
        {
            "payloads": ["docetaxel", "tariquidar"],
            "cell_lines": ["A549/Taxol"],
            "cancer_types": ["lung"],
        },
    ),
    (
        "",
        "Here, oxaliplatin-loaded liposomes were camouflaged with macrophage membranes. Oxaliplatin-induced immunogenic cell death of CT26 cells released damage-associated molecular patterns, and the combination with anti-PD-L1 antibody cured 40% of mice.",
        {
            "payloads": ["oxaliplatin"],
            "modalities": ["chemotherapy", "immunotherapy"],
        },
    ),
    (
        "",
        "Doxil, the PEGylated liposomal doxorubicin, was used as a benchmark. Our erythrocyte membrane-coated gold nanocages carried doxorubicin and released it upon NIR irradiation, outperforming Doxil in MDA-MB-231 xenografts.",
        {
            "payloads": ["doxorubicin"],
            "cores": ["gold"],
            "modalities": ["chemotherapy", "photothermal_therapy"],
        },
    ),
    (
        "",
        "Curcumin is a natural polyphenol with anticancer activity but poor solubility. Curcumin was encapsulated in albumin nanoparticles camouflaged with HepG2 cell membranes, and its uptake was compared with that of free curcumin and curcumin-loaded uncoated nanoparticles.",
        {
            "payloads": ["curcumin"],
            "cores": ["albumin"],
        },
    ),
    (
        "",
        "Mice bearing B16F10 tumors were treated with saline, free ICG, ICG-loaded uncoated nanoparticles or ICG-loaded RBC membrane-coated nanoparticles, followed by laser irradiation. The coated nanoparticles achieved the highest tumor temperature.",
        {
            "payloads": ["indocyanine green"],
            "modalities": ["photothermal_therapy"],
        },
    ),
    (
        "",
        "We coated PLGA nanoparticles with platelet membranes and loaded them with vancomycin to treat MRSA bacteremia; daptomycin was used as a clinical comparator.",
        {
            "payloads": ["vancomycin"],
        },
    ),
    (
        "Biomimetic nanoplatform camouflaged by hybrid membranes for enhanced chemo-immunotherapy of colorectal cancer liver metastasis",
        "Colorectal cancer (CRC) is the third most common cancer worldwide, and nearly half of patients develop liver metastases. Although oxaliplatin (OXA)-based regimens such as FOLFOX remain the standard of care, their efficacy is limited by systemic toxicity and the immunosuppressive tumor microenvironment, in which myeloid-derived suppressor cells (MDSCs) and regulatory T cells (Tregs) inhibit effector T cells. Nanoparticles offer a means to concentrate drugs in tumors, but most are cleared by Kupffer cells in the liver before reaching metastatic lesions. Herein, we fused membranes of CT26 cancer cells and red blood cells to obtain a hybrid membrane (RC) and used it to coat poly(lactic-co-glycolic acid) nanoparticles co-loaded with an OXA prodrug and the IDO1 inhibitor NLG919 (RC@PLGA-OXA/NLG). The hybrid coating combined prolonged circulation with homologous targeting: RC@PLGA-OXA/NLG showed a blood half-life of 9.8 h and 2.7-fold higher accumulation in liver metastases than PEGylated nanoparticles. OXA triggered immunogenic cell death of CT26 cells, releasing calreticulin and HMGB1, while NLG919 reversed IDO1-mediated immunosuppression. In mice with intrasplenically established CT26 liver metastases, RC@PLGA-OXA/NLG reduced the metastatic burden by 85%, increased CD8+ T cell infiltration and decreased Tregs, and prolonged median survival to 52 days compared with 31 days for free OXA. Hematoxylin and eosin staining showed no damage to major organs. This hybrid membrane-camouflaged nanoplatform offers a promising strategy for chemo-immunotherapy of CRC liver metastasis.",
        {
            "membrane_sources": ["cancer_cell", "erythrocyte"],
            "hybrid_membrane": True,
            "cores": ["plga"],
            "payloads": ["oxaliplatin", "nlg919"],
            "modalities": ["chemotherapy", "immunotherapy"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Glioblastoma (GBM) is the most lethal primary brain tumor. The blood-brain barrier (BBB) and blood-brain tumor barrier (BBTB) prevent most chemotherapeutics, including doxorubicin, cisplatin and carmustine, from reaching the tumor, and temozolomide (TMZ), the first-line drug, is limited by O6-methylguanine-DNA methyltransferase (MGMT)-mediated resistance. Inflammatory neutrophils, monocytes and macrophages are recruited to GBM and can cross the BBB. Inspired by this, we developed a macrophage membrane-camouflaged, pH-responsive zeolitic imidazolate framework-8 nanoplatform co-delivering TMZ and the MGMT inhibitor O6-benzylguanine (O6-BG) (MM@ZIF-8/TMZ/BG). The nanoplatform had a diameter of 132 nm and a zeta potential of -18.6 mV, and released over 80% of both drugs at pH 5.0 within 24 h. The macrophage membrane retained integrin alpha4 and Mac-1, which allowed MM@ZIF-8/TMZ/BG to cross an in vitro BBB model of bEnd.3 cells and to accumulate in TMZ-resistant U251/TR cells. O6-BG depleted MGMT and restored TMZ sensitivity, reducing the IC50 of TMZ from 356 to 41 µM. In orthotopic U251/TR glioma-bearing nude mice, intravenous MM@ZIF-8/TMZ/BG extended median survival to 47 days versus 29 days for free TMZ, with no obvious systemic toxicity. These findings indicate that the biomimetic nanoplatform is a promising strategy for overcoming TMZ resistance in GBM.",
        {
            "membrane_sources": ["macrophage"],
            "cores": ["mof"],
            "payloads": ["temozolomide", "o6-benzylguanine"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["glioma"],
            "cell_lines": ["bEnd.3", "U251/TR"],
            "in_vivo": True,
        },
    ),
    (
        "Neutrophil-mimicking nanoparticles for post-operative triple-negative breast cancer",
        "Surgical resection remains the primary treatment for triple-negative breast cancer (TNBC), yet residual tumor cells cause local recurrence and distant metastasis. After surgery, inflammatory cytokines such as IL-8 and CXCL1 attract neutrophils to the wound. We therefore coated hollow mesoporous Prussian blue nanoparticles loaded with the PI3K inhibitor BKM120 with membranes of neutrophils isolated from mouse bone marrow (NM-HPB/BKM). NM-HPB/BKM bound to inflamed endothelial cells (bEnd.3) activated with TNF-alpha and homed to the surgical site of 4T1 tumors. Under 808 nm laser irradiation, NM-HPB/BKM produced local hyperthermia (48 °C), which ablated residual cancer cells and promoted drug release. In a post-surgical 4T1 model, NM-HPB/BKM plus laser inhibited recurrence in 5 of 6 mice and reduced lung metastatic nodules by 92% compared with the surgery-only group. Furthermore, the treatment repolarized tumor-associated macrophages toward the M1 phenotype and increased the proportion of mature dendritic cells in draining lymph nodes.",
        {
            "membrane_sources": ["neutrophil"],
            "cores": ["prussian_blue"],
            "payloads": ["bkm120"],
            "modalities": ["photothermal_therapy", "immunotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["bEnd.3", "4T1"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Acute myeloid leukemia (AML) stem cells reside in the bone marrow niche and drive relapse after chemotherapy with cytarabine and daunorubicin. Platelets interact with leukemia cells through P-selectin and CLEC-2. In the present study, platelet membrane-wrapped liposomes co-encapsulating the BCL-2 inhibitor venetoclax and the hypomethylating agent decitabine (PM-Lip/VD) were prepared by extrusion. Western blotting confirmed the presence of P-selectin and GPIb on PM-Lip/VD. PM-Lip/VD were preferentially internalized by MOLM-13 and THP-1 leukemia cells compared with normal CD34+ hematopoietic stem and progenitor cells from healthy donors, and synergistically induced apoptosis with a combination index of 0.35. In NOD/SCID mice engrafted with MOLM-13-luc cells, PM-Lip/VD reduced the leukemic burden in bone marrow, as monitored by bioluminescence imaging, and extended survival by 40% relative to the free drug combination.",
        {
            "membrane_sources": ["platelet"],
            "cores": ["liposome"],
            "payloads": ["venetoclax", "decitabine"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["leukemia"],
            "cell_lines": ["MOLM-13", "THP-1", "MOLM-13-luc"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Aggregation-induced emission luminogens (AIEgens) are bright photosensitizers in the aggregated state. We encapsulated an AIE photosensitizer (TPETS) in PLGA nanoparticles coated with 4T1 cell membranes. Under white light, the particles generated singlet oxygen that killed 4T1 cells, and in 4T1-bearing mice they enabled fluorescence imaging-guided photodynamic therapy.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["aggregation-induced emission"],
            "modalities": ["imaging", "photodynamic_therapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["4T1"],
            "in_vivo": True,
        },
    ),
    (
        "Cell membrane-coated micromotors",
        "Self-propelled micromotors can actively penetrate tissue. We coated magnesium-based micromotors with platelet membranes and loaded them with doxorubicin. The micromotors propelled in simulated gastric fluid and bound to MKN-45 gastric cancer cells, releasing doxorubicin.",
        {
            "membrane_sources": ["platelet"],
            "payloads": ["doxorubicin"],
            "modalities": ["chemotherapy"],
            "cancer_types": ["gastric"],
            "cell_lines": ["MKN-45"],
            "in_vivo": False,
        },
    ),
    (
        "",
        "Tumor-colonizing bacteria are promising vectors but trigger strong inflammation. We coated attenuated Salmonella typhimurium VNP20009 with red blood cell membranes. The membrane-coated bacteria escaped phagocytosis, colonized CT26 tumors in mice with reduced systemic cytokine release, and suppressed tumor growth.",
        {
            "membrane_sources": ["erythrocyte"],
            "cancer_types": ["colorectal"],
            "cell_lines": ["CT26"],
            "in_vivo": True,
        },
    ),
    (
        "Pyroptosis-inducing biomimetic nanoparticles",
        "Pyroptosis is an inflammatory form of programmed cell death that can boost antitumor immunity. We coated arsenic trioxide-loaded mesoporous silica nanoparticles with membranes of EMT-6 cells. The nanoparticles activated caspase-3 and gasdermin E in EMT-6 cells, induced pyroptosis, and in EMT-6 tumor-bearing mice promoted infiltration of cytotoxic T cells.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["mesoporous_silica"],
            "payloads": ["arsenic trioxide"],
            "modalities": ["chemotherapy", "immunotherapy"],
            "cancer_types": ["breast"],
            "cell_lines": ["EMT-6"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Whole tumor cell lysates contain the full spectrum of tumor antigens. We loaded B16F10 tumor lysate and the adjuvant CpG into PLGA nanoparticles, which were then coated with membranes of B16F10 cells. Immunization of mice induced antigen-specific T cell responses and protected them against subsequent B16F10 challenge.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["plga"],
            "payloads": ["tumor antigen", "cpg"],
            "modalities": ["immunotherapy"],
            "cancer_types": ["melanoma"],
            "cell_lines": ["B16F10"],
            "in_vivo": True,
        },
    ),
    (
        "Biomimetic nanozymes for catalytic tumor therapy",
        "Nanozymes with peroxidase-like activity convert H2O2 into hydroxyl radicals. We coated Pt-doped Prussian blue nanozymes with SKOV3 cell membranes. The nanozymes catalyzed the decomposition of endogenous H2O2 in SKOV3 cells and, under 808 nm irradiation, combined catalytic therapy with photothermal therapy, eradicating SKOV3 xenografts in four of five mice.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["prussian_blue"],
            "payloads": [],
            "modalities": ["chemodynamic_therapy", "photothermal_therapy"],
            "cancer_types": ["ovarian"],
            "cell_lines": ["SKOV3"],
            "in_vivo": True,
        },
    ),
    (
        "",
        "Lysosomal sequestration of siRNA limits gene silencing. We coated calcium phosphate nanoparticles carrying siRNA against the oncogene KRAS with membranes of Panc-1 cells. Calcium phosphate dissolved in endosomes, releasing siRNA into the cytosol and reducing KRAS expression by 75%. In orthotopic Panc-1 tumors, the particles inhibited tumor growth.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["calcium"],
            "payloads": ["sirna"],
            "modalities": ["gene_therapy"],
            "cancer_types": ["pancreatic"],
            "cell_lines": ["Panc-1"],
            "in_vivo": True,
        },
    ),
    (
        "Membrane-coated mRNA lipid nanoparticles",
        "Lipid nanoparticles deliver mRNA efficiently but accumulate in the liver. Coating mRNA-loaded lipid nanoparticles encoding the tumor suppressor PTEN with membranes of PC-3 cells redirected them to PC-3 tumors, where PTEN expression was restored and tumor growth slowed in mice.",
        {
            "membrane_sources": ["cancer_cell"],
            "cores": ["liposome"],
            "payloads": ["mrna"],
            "modalities": ["gene_therapy"],
            "cancer_types": ["prostate"],
            "cell_lines": ["PC-3"],
            "in_vivo": True,
        },
    ),
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
    # a sonosensitizer's reactive oxygen under ultrasound; ultrasound that only images is not
    (
        "Here, RBC membrane-coated TiO2 nanoparticles generated ROS upon ultrasound irradiation.",
        ["sonodynamic_therapy"],
    ),
    (
        "Here, RBC membrane-coated nanoparticles were imaged by ultrasound; ROS levels were measured in cells.",
        [],
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
    ("Here, RBC membrane-coated nanoparticles loaded with siRNA silenced PD-L1.", ["gene_therapy"]),
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
]


@pytest.mark.parametrize(("abstract", "modalities"), MODALITY_WORDINGS)
def test_a_modality_wording_gets_its_codes(nlp, abstract, modalities):
    (labels,) = _labels(nlp, [abstract])
    assert sorted(labels["modalities"]) == sorted(modalities)


CANCER_WORDINGS = {
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
]


@pytest.mark.parametrize(("abstract", "sources"), MEMBRANE_WORDINGS)
def test_a_membrane_donor_wording_gets_its_code(nlp, abstract, sources):
    (labels,) = _labels(nlp, [abstract])
    assert sorted(labels["membrane_sources"]) == sorted(sources)


# the field's compact "payload@core@membrane" notation
NOTATIONS = [
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
        {"membrane_sources": ["nk_cell"], "payloads": ["porphyrin"]},
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
        "Here, methotrexate (MTX) was loaded into RBC membrane-coated nanoparticles.",
        ["methotrexate"],
    ),
    (
        "Here, mitoxantrone (MTX) was loaded into RBC membrane-coated nanoparticles, and MTX release was fast.",
        ["mitoxantrone"],
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
