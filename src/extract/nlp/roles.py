"""Role decisions: which lexicon hits are what the annotation guide asks for.

- A cell is a membrane *source* only in a coating context ("X membrane-coated", "camouflaged
  with X membranes", "X-mimetic", "cloaked in X", "@X"), never as the target or the model.
- A drug is a *payload* unless every mention of it is a comparator ("free DOX", "compared with
  PTX"); some generic agents need a loading cue ("loaded", "encapsulated", "@").
- Modalities come from explicit phrases outside background sentences, and are implied by
  payloads (a chemo drug -> chemotherapy, siRNA -> gene therapy, a NIR dye under laser ->
  photothermal therapy) and by photothermal cores under laser.
- Cell lines imply cancer types; in vivo comes from animal-model cues.

Each accepted hit becomes a ``Mention`` with its rule and a confidence. Pure functions over a
spaCy ``Doc`` and its candidates.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Span

from extract.nlp.components import (
    QUALIFIED_SHAPES,
    Candidate,
    matches_at_literals,
    qualifies_shape,
    space_positions,
    token_bounds,
)
from extract.nlp.first_characters import guarded
from extract.nlp.normalize import SECTION_BREAK, doc_text


def _lowered_text(doc: Doc) -> str:
    """The doc text lower-cased, cached; "" when lower-casing changes its length (offsets
    would no longer line up)."""
    lowered: str | None = doc.user_data.get("cmnp_lower")
    if lowered is None:
        text = doc_text(doc)
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = ""
        doc.user_data["cmnp_lower"] = lowered
    return lowered


_ESCAPE_OR_CAPITALS = re.compile(r"\\.|[A-Z]+")


def _lower_unless_escape(match: re.Match[str]) -> str:
    """Letters lower-cased, escapes kept: "\\S" must not become "\\s"."""
    found = match.group()
    return found if found.startswith("\\") else found.lower()


class CaseFree:
    """A case-insensitive pattern run on the doc's cached lower-cased text: the same match
    as ``re.I`` at a fraction of the cost, offsets kept (falls back to ``re.I`` when
    lower-casing would change the text's length)."""

    def __init__(self, pattern: str, required: tuple[str, ...] = (), reach: int = 0) -> None:
        """``required``: lower-case literals one of which every match contains; a text with
        none of them is skipped after a few substring scans (far cheaper than the regex).
        ``reach``: with ``required``, how far a match can extend on either side of the
        literal it contains; ``finditer_doc`` then runs the regex only around the literals."""
        # (behind a lookahead of their first characters: the engine skips most positions
        # with one set test instead of trying every branch of a long alternation)
        self.lower = guarded(_ESCAPE_OR_CAPITALS.sub(_lower_unless_escape, pattern))
        self.ignorecase = guarded(pattern, re.I)
        self.required = required
        self.reach = reach if required else 0

    def _around_literals(self, lowered: str) -> Iterator[re.Match[str]]:
        """``finditer`` restricted to windows around the required literals, merged where
        they overlap and widened to whitespace, so word boundaries read as in the whole
        text and no match is cut."""
        spans = []
        for literal in self.required:
            position = lowered.find(literal)
            while position >= 0:
                start = lowered.rfind(" ", 0, max(position - self.reach, 0)) + 1
                end = lowered.find(" ", min(position + len(literal) + self.reach, len(lowered)))
                spans.append((start, len(lowered) if end < 0 else end))
                position = lowered.find(literal, position + 1)
        spans.sort()
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        for start, end in merged:
            yield from self.lower.finditer(lowered, start, end)

    def _cannot_match(self, lowered: str) -> bool:
        return bool(self.required) and not any(word in lowered for word in self.required)

    def search_doc(self, doc: Doc) -> re.Match[str] | None:
        lowered = _lowered_text(doc)
        if not lowered:
            return self.ignorecase.search(doc_text(doc))
        if self.reach:  # (no literal, no window: the scans for them are the prefilter)
            return next(self._around_literals(lowered), None)
        return None if self._cannot_match(lowered) else self.lower.search(lowered)

    def finditer_doc(self, doc: Doc) -> Iterator[re.Match[str]]:
        lowered = _lowered_text(doc)
        if not lowered:
            return self.ignorecase.finditer(doc_text(doc))
        if self.reach:  # (no literal, no window: the scans for them are the prefilter)
            return self._around_literals(lowered)
        if self._cannot_match(lowered):
            return iter(())
        return self.lower.finditer(lowered)

    def search(self, text: str) -> re.Match[str] | None:
        """A match in ``text`` lower-cased (read offsets from it, not its groups' case)."""
        lowered = text.lower()
        if len(lowered) != len(text):
            return self.ignorecase.search(text)
        return None if self._cannot_match(lowered) else self.lower.search(lowered)


def _is_word_character(char: str) -> bool:
    """What the regex ``\\w`` matches (on str patterns): letters, digits of any script, "_"."""
    return char.isalnum() or char == "_"


def _occurs_as_a_word(text: str, word: str) -> bool:
    """``re.search(r"\\b" + word + r"\\b", text)`` for a word of word characters, by
    substring scans: a short word ("ev", "ros") occurs inside many longer ones ("level",
    "micros"), and a regex led by ``\\b`` tries a match at every character of the text."""
    position = text.find(word)
    while position >= 0:
        end = position + len(word)
        if (position == 0 or not _is_word_character(text[position - 1])) and (
            end == len(text) or not _is_word_character(text[end])
        ):
            return True
        position = text.find(word, position + 1)
    return False


class Cue:
    """Whether a text mentions any of some words, case-insensitively: ``fragments`` count
    anywhere (inside longer words too), ``words`` only as whole words. Substring scans run in
    C at memory speed; the regex for ``words`` runs only when one of them occurs as a
    substring. Same answer as the alternation regex, several times faster."""

    def __init__(self, fragments: tuple[str, ...], words: tuple[str, ...] = ()) -> None:
        self.fragments = fragments
        self.words = words
        if not all(word and word.isalnum() for word in words):
            raise ValueError(f"whole-word cues must be letters and digits: {words}")

    def occurs_in(self, lowered: str) -> bool:
        if any(fragment in lowered for fragment in self.fragments):
            return True
        return any(_occurs_as_a_word(lowered, word) for word in self.words)

    def occurs_in_doc(self, doc: Doc) -> bool:
        return self.occurs_in(_lowered_text(doc) or doc_text(doc).lower())


MEMBRANE_CUES = frozenset(
    [
        "nanoghost",
        "nanoghosts",
        "membrane",
        "membranes",
        "coated",
        "coating",
        "coat",
        "coats",
        "camouflaged",
        "camouflage",
        "camouflaging",
        "cloaked",
        "cloaking",
        "cloak",
        "wrapped",
        "wrapping",
        "mimetic",
        "mimicking",
        "biomimetic",
        "ghost",
        "ghosts",
        "vesicle",
        "vesicles",
        "nanovesicle",
        "nanovesicles",
        "hybrid",
        "hybridized",
        "fused",
        "fusion",
        "disguised",
        "decorated",
        "shell",
        "enveloped",
        "camouflages",
        "biomimicking",
        "membrane-coated",
        "cm",
        "cytomembrane",
        "cytomembranes",
    ]
)
BEFORE_PREPOSITIONS = frozenset({"of", "from", "with", "by", "in", "using"})
BEFORE_CUES = frozenset(
    [
        "extruding",
        "extruded",
        "extrusion",
        "nanoghost",
        "nanoghosts",
        "membrane",
        "membranes",
        "cytomembrane",
        "cytomembranes",
        "coated",
        "coating",
        "camouflaged",
        "camouflaging",
        "cloaked",
        "cloaking",
        "wrapped",
        "wrapping",
        "derived",
        "isolated",
        "extracted",
        "disguised",
        "vesicles",
        "ghosts",
        "fused",
        "fusing",
        "coat",
        "hybrid",
    ]
)
PARTICLE_NOUNS = frozenset(
    {
        "nanoparticles",
        "nanoparticle",
        "nps",
        "np",
        "particles",
        "nanocarriers",
        "nanocarrier",
        "nanosystems",
        "nanosystem",
        "nanoplatforms",
        "nanoplatform",
        "nanoformulations",
        "nanoformulation",
        "nanovehicles",
        "nanovehicle",
        "nanocomposites",
        "nanocomposite",
    }
)
# a coordination, a comparison, another preposition, a clause break or a finite verb ends the
# phrase a coating cue governs ("coated with cell membranes were tested; neutrophils...")
STOP_BETWEEN = frozenset(
    {"and", "or", "than", "to", "in", "by", "with", "compared", "of", "from", ";", ":"}
    | {"was", "were", "is", "are", "has", "have", "had"}
    # a relative clause: "membranes of platelets, which bind leukemia cells"
    | {"which", "that", "who", "whose"}
)
TARGET_BEFORE = frozenset(
    [
        "to",
        "into",
        "toward",
        "towards",
        "against",
        "targeting",
        "target",
        "targeted",
        "kill",
        "killing",
        "killed",
        "uptake",
        "internalized",
        "phagocytosis",
    ]
)
EV_CODES = frozenset({"extracellular_vesicle"})
INHERENT_MEMBRANE = CaseFree(r"membrane|vesicle|exosom|ghost|\bOMVs?\b|\bEVs?\b|mimetic|mimick")
HYBRID_CUES = CaseFree(
    # "lipid-polymer hybrid nanoparticles" are a hybrid core, not a hybrid membrane (the
    # look-backs follow the word: a pattern whose every branch opens with a letter is searched
    # for those letters in C, one that opens with a look-back is tried at every character)
    r"hybrid(?<!lipid-polymer hybrid)(?<!polymer-lipid hybrid)(?<!organic-inorganic hybrid)|"
    r"fus(?:ed|ion|ing)|"
    r"hybridi[sz]ed|dual[- ]membrane|dual[- ]coat\w*|multi-?membrane|mixed membrane|"
    r"co-?coat|co-?extru\w*|\[[^\]]{1,30}-[^\]]{1,30}\]|"
    # "a mixture of erythrocyte and platelet membranes"
    r"mixture of (?:[\w-]+ ){1,4}membranes\b|membrane mixture"
)
LOAD_CUES = frozenset(
    [
        "loaded",
        "loading",
        "load",
        "loads",
        "encapsulated",
        "encapsulating",
        "encapsulation",
        "encapsulate",
        "deliver",
        "delivered",
        "delivering",
        "delivery",
        "co-delivery",
        "codelivery",
        "co-deliver",
        "carrying",
        "carried",
        "carry",
        "incorporated",
        "incorporating",
        "payload",
        "payloads",
        "conjugated",
        # attached to the carrier's surface ("atezolizumab was adsorbed onto", "CpG anchored")
        "adsorbed",
        "anchored",
        "grafted",
        "immobilized",
        "tethered",
        "entrapped",
        "entrapping",
        "entrap",
        "entraps",
        "entrapment",
        "containing",
        "contained",
        "@",
        "co-loaded",
        "coloaded",
        "embedded",
        "embedding",
        "co-encapsulated",
        "co-encapsulating",
        "coencapsulated",
        "laden",
        "packaged",
        "complexed",  # nucleic acids "complexed/condensed with a cationic polymer"
        "condensed",
    ]
)
# a drug given on its own: "free DOX", "systemic cisplatin", "oral capecitabine"
COMPARATOR_BEFORE = frozenset(
    {
        "free",
        "commercial",
        "clinical",
        "conventional",
        "than",
        "versus",
        "vs",
        "systemic",
        "oral",
        "intraperitoneal",
        "standard",
        "unlike",
    }
)
COMPARATOR_PHRASES = (
    "regimen of",  # "than the first-line regimen of cyclophosphamide, doxorubicin and 5-FU"
    "regimens of",
    "compared with",
    "compared to",
    "relative to",
    "in comparison with",
    "superior to",
    "outperform",  # "outperformed liposomal emtansine"
    "than that of",
    "than those of",
    "unlike",
    "in contrast to",
)
# a drug given with the carrier's treatment, not in it: "NPs loaded with DTX were combined with
# anti-PD-1 antibody" (not "curcumin was used in combination with 5-FU" in one carrier)
GIVEN_WITH_THE_CARRIER = re.compile(
    r"(?:nanoparticles?|nps?|nanoplatforms?|nanocarriers?|formulations?|treatment|therapy|"
    r"loaded|coated|camouflaged)\b[^.;]{0,40}?\b(?:combined with|in combination with)"
    r"(?: the| an?)?(?: [\w-]+)?\s*$|"  # "in combination with (intravenous) ICG"
    # "the combination of the coated liposomes with cisplatin"
    r"\bcombination of (?:the |these |our )?[^.;,]{0,40}?\b(?:nanoparticles?|nps?|liposomes?|"
    r"nanovesicles?|vesicles?|micelles?|nanoplatforms?|nanocarriers?|formulations?) with"
    r"(?: the| an?)?(?: [\w-]+)?\s*$"
)
# a drug set beside the treatment as an aside or an opening: "Combined with gemcitabine, the
# NPs...", "...loosened the stroma and, combined with gemcitabine, suppressed tumors"
GIVEN_ALONGSIDE = re.compile(
    r"(?:^|[.;]\s+|,\s*)(?:when )?(?:combined with|in combination with)(?: the| an?)?"
    r"(?: [\w-]+)?\s*$"
)
BACKGROUND = CaseFree(
    # ("not only X but also Y" adds, it does not contrast)
    r"\b(however|but(?! also)|limited|limitations?|remains?|challeng\w*|suffer\w*|side effects?|"
    r"drawbacks?|hinder\w*|restrict\w*|hampered|unsatisfactory|obstacles?|traditional|"
    r"conventional|current|currently|such as|including|compared (?:with|to)|existing|"
    r"commonly|widely|leading cause|clinical(?:ly)? (?:used|practice)|"
    # "triple-negative tumors resist chemotherapy": what the disease withstands
    r"resists?|refractory|respond(?:s)? poorly)\b"
)
# "challenged with B16 cells", "tumor challenge": an experiment, not a difficulty
# ("a major challenge", "challenges remain"; not "protected against B16F10 challenge")
_A_DIFFICULTY = (
    r"challenging|(?:an?|the|major|great|big|significant|key|main|remaining|formidable|"
    r"considerable|huge|critical|serious|many|several|these|such|grand) challenges?\b(?! with)|"
    r"challenges? (?:remains?|exists?|persists?|lies?)"
)
# "is limited by", not "with limited toxicity" (a result)
_A_LIMIT = r"(?:is|are|was|were|remains?|been|be) (?:\w+ )?limited|limited by|limitations?"
BACKGROUND_IN_VIVO = CaseFree(
    r"\b(however|nevertheless|" + _A_LIMIT + "|" + _A_DIFFICULTY + r"|suffer\w*|drawbacks?|"
    r"hinder\w*|leading cause|remains? (?:a|an)|hampered|obstacles?|"
    # "Membrane coating is often claimed to prolong circulation in vivo"
    r"claimed|(?:often|commonly|widely|generally) (?:assumed|believed|thought)|"
    # the field's premise: "Long circulation is essential for nanocarriers in vivo"
    r"(?:is|are) (?:\w+ )?(?:essential|crucial|critical|vital|necessary|a prerequisite|key) "
    r"(?:for|to))\b"
)
CHEMO_CUES = Cue(
    (
        "anticancer drug",
        "anti-cancer drug",
        "anticancer agent",
        "anti-cancer agent",
        "antitumor agent",
        "anti-tumor agent",
        "antineoplastic",
        "antitumor drug",
        "anti-tumor drug",
        "antitumour drug",
        "anti-tumour drug",
        "anticancer compound",
        "anti-cancer compound",
        "antitumor compound",
        "anti-tumor compound",
        "antitumour agent",
        "cytotoxic",
        "antiproliferative",
        # "a potent antitumor natural product"
        "antitumor natural",
        "anti-tumor natural",
        "anticancer natural",
        "anti-cancer natural",
    )
)
# "chemotherapy", "chemo-photothermal", "chemoresistance"; not "chemokine", "chemotaxis",
# "chemoattractant" (neutrophil papers name them) nor "chemodynamic" (a modality of its own)
CHEMO_WORD = CaseFree(r"chemo(?!kine|tax|tactic|attract|dynamic|sensor)", required=("chemo",))
HEAT_CUES = Cue(("hyperthermi", "heat", "photothermal", "thermotherap"))
HYPERTHERMIA = Cue(("hyperthermi", "thermotherap", "thermal ablation"))
MAGNETIC_HEATING = Cue(
    ("magnetic hyperthermi", "magnetic field", "magnetothermal", "magnetic heat")
)
# a raised temperature, not "stable at room temperature" nor "thermal stability"
HEAT_WORD = CaseFree(
    r"(?<!room )(?<!body )temperature|(?<!\w)thermal(?! stability| decomposition| analysis)",
    required=("temperature", "thermal"),
)
LIGHT_CUES = Cue(
    (
        "photothermal",
        "808",
        "1064",
        "phototherap",  # photochemotherapy, photoimmunotherapy: light is part of the therapy
        "photochemo",
    ),
)
# near-infrared light, not a dye's or an image's wavelength range ("the near-infrared dye DiR",
# "NIR fluorescence imaging" light up the tumor, they do not treat it)
NEAR_INFRARED_LIGHT = CaseFree(
    r"(?<!without )(?<!no )(?:\bnear[- ]infrared|\bnir\b)(?!\)?[- ](?:\(nir\) )?(?:ii?[- ])?"
    r"(?:dyes?|fluoro\w*|fluorescen\w*|imaging|probes?|emission|emitting|window|laser-free))",
    required=("infrared", "nir"),
    reach=30,
)
# light as a word ("under white light"), not "highlight" nor the sizing method "dynamic light
# scattering" that nearly every nanoparticle abstract names; a laser, not the confocal
# microscope's ("confocal laser scanning microscopy")
LIGHT_WORD = CaseFree(
    # not "laser-free chemotherapy", "without laser"
    r"\blights?\b(?! scattering)|"
    r"(?<!confocal )(?<!without )(?<!no )laser(?! scanning| confocal|-free)",
    required=("light", "laser"),
)
# "SPECT imaging showed tumor accumulation": what an image showed is a readout
IMAGING_SHOWED = re.compile(
    r"\s+(?:\w+\s+){0,2}(?:showed|revealed|confirmed|demonstrated|indicated|verified|"
    r"exhibited|displayed|monitored|tracked|traced|quantified)\b|"
    # "Ultrasound imaging was used to monitor the tumors": a technique of measurement
    r"\s+(?:was|were)\s+(?:\w+ly\s+)?(?:used|employed|applied|performed|conducted|carried out)"
    r"\s+to\s+(?:monitor|measure|track|follow|assess|evaluate|visuali[sz]e|quantify|determine|"
    r"examine|observe|detect|record|confirm|image)\b"
)
# "SPECT imaging of their biodistribution": where the carrier went, measured
IMAGING_OF_A_READOUT = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+|their\s+|its\s+)?(?:in vivo\s+|whole-body\s+)?"
    r"(?:bio)?distribution|\s+(?:of|for)\s+(?:the\s+|their\s+|its\s+)?(?:\w+\s+)?"
    r"(?:uptake|pharmacokinetics|circulation|clearance)\b",
    re.IGNORECASE,
)
# an imaging technique named as how something was measured, not as the paper's purpose
IMAGING_AS_MEASUREMENT = re.compile(
    r"\b(?:monitored|measured|tracked|followed|assessed|evaluated|confirmed|visualized|"
    r"recorded|quantified|determined|examined|observed|detected|imaged|analy[sz]ed) "
    r"(?:\w+ )?(?:by|with|using|via|through) (?:[\w-]+ ){0,3}$|"
    # "as revealed by ROS imaging in vitro, IR thermal imaging in vivo and PET imaging"
    r"\b(?:revealed|shown|demonstrated|evidenced|indicated|verified) by [^.;]{0,90}$",
    re.IGNORECASE,
)
PHOTODYNAMIC_CUES = Cue(("photodynamic", "singlet oxygen"), words=("pdt",))
OXYGEN_SPECIES = Cue(("singlet oxygen", "reactive oxygen"), words=("ros",))
IRRADIATION = Cue(("irradiat", "illuminat"))
IONIZING_RADIATION = Cue(
    ("x-ray", "x ray", "γ-ray", "gamma ray", "gamma-ray", "radiotherap", "radiation therap"),
    words=("gy",),
)
# a porphyrin under ultrasound is a sonosensitizer: no light, no photodynamic therapy
ULTRASOUND_CUES = Cue(("ultrasound", "ultrasonic", "sonodynamic", "sonosensiti"))
SONO_WORDS = Cue(("sonodynamic", "sonosensiti"))
# ultrasound that activates the carrier (not ultrasound imaging)
SINGLET_OXYGEN = CaseFree(
    r"\bsinglet oxygen\b|\b1o2\b|"
    # an unnamed photosensitizer switched on ("UV light to activate the photosensitizer")
    r"\b(?:activat\w*|excit\w*) (?:the |a |an )?(?:[\w-]+ )?photosensiti[sz]ers?\b|"
    r"\bphotosensiti[sz]ers? (?:was |were |is |are )?(?:\w+ )?(?:activated|excited)\b|"
    # "NPs loaded with a photosensitizer generated ROS under 660 nm light"
    r"\bphotosensiti[sz]ers?\b[^.;]{0,60}\b(?:generat|produc)\w* (?:\w+ )?(?:ros|reactive "
    r"oxygen)\b",
    required=("singlet", "1o2", "photosensiti"),
)
# heat a particle makes under light ("generated heat", "heated the tumors to 51 °C")
HEAT_MADE = CaseFree(
    r"\b(?:generat\w*|produc\w*) (?:local |localized |mild )?heat\b|"
    r"(?<!without )(?<!no )\bheat generation\b|"
    r"\bheated (?:the |up )?(?:\S+ )?tumou?rs?\b|"
    r"\b(?:raised|increased|elevated) the (?:\S+ ){0,2}temperature\b|"
    # "mild hyperthermia under 808 nm laser" (looked for only where light is)
    r"(?<!magnetic )(?<!magnetically induced )\bhyperthermi\w*",
    required=("heat", "temperature", "hyperthermi"),
    reach=40,
)


def _made(
    product: str, required: tuple[str, ...], verbs: str, words_between: int, after: str = ""
) -> CaseFree:
    """A product the own work says it makes: "<verb> ... <product>" or "<product> generation"."""
    return CaseFree(
        rf"\b(?:{verbs}) (?:\S+ ){{0,{words_between}}}?(?:{product})(?!\w)|"
        rf"\b(?:{product}){after} (?:generation|production)\b",
        required=required,
        reach=90,
    )


# reactive oxygen the own work makes, not one it detects ("generated heat and ROS")
ROS_MADE = _made(
    r"reactive oxygen species|reactive oxygen|ros",
    ("reactive oxygen", "ros"),
    r"generat\w*|produc\w*|yield\w*",
    3,
    after=r"(?: \(ros\))?(?: and heat)?",
)
# hydroxyl radicals a catalyst makes from the tumor's H2O2 ("Mn2+ catalysed hydroxyl radical
# production", "converts H2O2 into toxic .OH"): Fenton chemistry whatever it is called
HYDROXYL_MADE = _made(
    r"hydroxyl radicals?|[•·]oh",
    ("hydroxyl", "•oh", "·oh"),
    r"generat\w*|produc\w*|catalys\w*|catalyz\w*|convert\w*|yield\w*|releas\w*",
    6,
)
# what the radicals are made from: peroxide or a Fenton-type ion
FENTON_SOURCE = CaseFree(
    r"\bh2o2\b|hydrogen peroxide|\b(?:fe|mn|cu|co)(?:2\+|3\+|\+|\(ii\)|\(i\))",
    required=("h2o2", "peroxide", "fe", "mn", "cu", "co"),
)
# a radiation dose in gray ("combined with 6 Gy X-rays")
RADIATION_DOSE = CaseFree(r"\b\d+(?:\.\d+)?\s?gy\b", required=("gy",), reach=12)
SONO_ACTIVATION = CaseFree(
    r"\b(?:under|upon|with|after) (?:\w+ )?ultrasound\b(?![- ](?:imaging|guided))|"
    r"\bultrasound[- ](?:irradiat|activat|trigger|stimulat|exposure)\w*",
    required=("ultrasound",),
    reach=30,
)
# One leading word boundary for all cues: the regex engine then tries the alternatives only
# at word starts (about 7x faster than a bare alternation on an abstract, and
# "immunosuppressive tumor" no longer reads as "suppressive tumor").
# "mouse 4T1 cells", "murine RAW264.7 macrophages", "rat C6 glioma cells": the species of a
# cell line, used in vitro as much as in animals
# a cell line's name as a lower-cased word: a digit and a letter, dots and slashes inside
# ("4t1", "yumm1.7", "plc/prf/5")
_LINE_NAME = r"(?=[\w./-]*\d)(?=[\w./-]*[a-z])[a-z0-9](?:[\w-]|[./](?=\w))*"
_INJECTION_ROUTES = (
    r"intra(?:tibial|cranial|peritoneal|osseous|femoral|muscular|pleural|vesical|thecal|nasal|"
    r"dermal|arterial|lesional|cavitary)"
)
# "mouse 4T1 cells", "rat bone marrow cells": the species of cells (not "rats induced
# antigen-specific T cell responses": a verb or function word ends the phrase)
_SPECIES_OF_CELLS = (
    r"(?!(?:[- ](?!\w+ed\b|(?:and|or|of|in|with|to|were|was|are|is|by|for)\b)"
    r"[\w()/]+(?:\.[\w()/]+)*){0,4}?"
    r"[- ](?:cells?|macrophages?|lines?|blood|bone marrow|erythrocytes|platelets|rbcs|"
    r"fibroblasts?|neutrophils?|monocytes?|lymphocytes?|splenocytes|hepatocytes|serum|plasma)\b)"
)
IN_VIVO = CaseFree(
    # ("anti-mouse CD47", "goat anti-rabbit": an antibody's target species)
    # ("in vivo-like conditions", "in vivo-relevant", "in vivo-mimicking": a dish's setting)
    r"\b(?:in[- ]vivo\b(?![- ](?:like|relevan\w*|mimick\w*|mimetic|simulat\w*|situation|"
    r"setting|milieu|context)\b)|"
    r"(?<!anti-)mice\b|(?<!anti-)(?:mouse|murine|rats?)\b"
    + _SPECIES_OF_CELLS
    # ("mouse 4T1 and human MDA-MB-231 cells": each line's species)
    + r"(?! [\w()/.-]+ (?:and|or) (?:human|mouse|murine|rat|rabbit|canine)\b)"
    + r"|(?<!anti-)rabbits?\b|"
    r"zebrafish\b|tumou?r[- ]bearing|bearing (?:\S+ )?tumou?rs|xenograft|orthotopic|"
    r"(?<!without )(?<!no )animals?\b(?![- ](?:free|derived|origin))|"
    r"subcutaneous\w* tumou?r|tumou?r models?|syngeneic|intravenous\w*|i\.v\.|tail[- ]vein|pigs?\b|"
    r"primates?\b|tumou?r (?:growth|progression|inhibition|suppression|regression|eradication|"
    r"ablation|burden|volumes?|weights?)|"
    r"(?:inhibit|suppress|eradicat|eliminat|ablat|shr[iau]nk)\w* (?:the )?(?:\w+ )?"
    r"(?:tumou?rs?|metasta\w*)"
    r"(?![- ]cells?\b)|"
    r"metasta\w* (?:inhibition|suppression)|main organs|biodistribution|blood circulation|"
    r"circulation (?:time|half-life)|(?<!cell )(?<!cellular )(?<!clonogenic )survival"
    r"(?! (?:rates? )?of (?:the )?(?:\S+ )?cells?\b)(?! assays?)|"
    # (not "in the tumor compartment" of a chip)
    r"(?:homed|migrated) (?:in)?to (?:the )?(?:\S+ ){0,2}tumou?r(?:s| tissues?)\b|"
    r"(?:delay|inhibit|suppress|slow|reduc|halt|retard|restrain|arrest)\w* (?:the )?growth of "
    r"(?:the )?(?:\S+ ){0,2}tumou?rs?\b(?![- ](?:cells?|spheroids?|organoids?))|"
    r"accumulat\w* (?:in|at) (?:the )?(?:[\w-]*\d[\w-]* )?tumou?r"
    r"(?![- ](?:compartment|chamber|channel|spheroid|organoid|mimick\w*|like))|"
    r"tumou?r accumulation|(?:at|in|to) (?:the )?tumou?r sites?|"
    r"systemic(?:ally)? administ\w*|recurrence|cancer growth|"
    r"single (?:intravenous )?(?:administration|injection|dose)\b|spleens?\b(?![- ]derived)|"
    r"(?:other|major|vital|normal) organs\b|reticuloendothelial|"
    # (not a donor's nature: "stem cells have inherent tumor-homing ability")
    r"(?<!inherent )(?<!natural )(?<!intrinsic )(?<!innate )tumou?r[- ]homing|"
    r"res (?:evasion|clearance|uptake))"
)
# Rarer cues, each holding one of the ``required`` literals: searched only around those (in
# the one alternation above, tried at every word start, they cost as much as all the rest).
IN_VIVO_RARE = CaseFree(
    r"\b(?:"
    + _INJECTION_ROUTES
    + r"\w*|intratumou?ral(?:ly)? (?:injection|injected|administ\w*|delivery)|"
    r"(?:lung|pulmonary|metastatic) nodules|metasta\w* nodules?|"
    r"(?:lung|pulmonary|hepatic|liver) metasta\w*|"
    r"(?:cancer|carcinoma|glioma|glioblastoma|melanoma|lymphoma|leukemia|sarcoma|metastasis|"
    r"arthritis|colitis|sepsis|atherosclerosis|thrombosis|periodontitis|psoriasis|pneumonia|"
    r"endotoxemia|stroke|infection) models?\b|"
    # a cell line's tumor model ("in a 4T1 model", "the CT26 tumor model")
     + _LINE_NAME + r"(?<!\b2d)(?<!\b3d) "
    r"(?:tumou?r |xenograft |orthotopic |mouse |murine |ascites |metastasis |metastatic |"
    r"subcutaneous |peritoneal )?models?\b|"
    # animal or human work named by its procedure or its readout
    r"(?:oral )?gavage|(?:after|post)[- ](?:intravenous |i\.v\. )?(?:injection|administration)|"
    r"serum (?:alt|ast|creatinine|bun|alanine|aspartate)\b|hepatotoxicity|nephrotoxicity|"
    r"body weights?|(?:no|without|negligible|little|minimal) (?:obvious |significant |apparent |"
    r"noticeable )?(?:body )?weight loss|"
    r"(?:blood|plasma|elimination) half-li(?:fe|ves)|"
    r"bioluminescen\w* imaging|excised (?:tumou?rs|organs)|rechalleng\w*|"
    # organs or tumors taken from the animal, not cells primed or blood tested outside a body
    r"(?:imaged|harvested|excised|dissected|collected|organs|tumou?rs) (?:\S+ ){0,2}ex vivo|"
    r"ex vivo (?:\w+ )?(?:fluorescen\w*|imag\w*|biodistribution|distribution|organs?|"
    r"tumou?rs?|tissues?|nir|bioluminescen\w*)|"
    r"(?:cohort|series|trial|group) of \d+ (?:\w+ )?patients|"
    # "11 patients with lung cancer" (not "kills 500,000 patients each year")
    r"(?<![\d,.])\d{1,3} (?!million|thousand)(?:\w+ ){0,2}patients\b|"
    # a study in people named by its design ("In a pilot clinical study, ...")
    r"(?:pilot|prospective|open-label|single-arm|first-in-human) (?:\w+ )?(?:clinical )?"
    r"(?:study|trial)|"
    r"(?:administ\w*|given|injected) (?:\w+ )?to (?:\w+ )?patients|patients (?:received|were "
    r"treated|were enrolled)|first-in-human|"
    r"phase (?:i|ii|1|2)(?:/ii|/2)? (?:clinical )?(?:trial|study)|"
    r"pharmacokinetics? (?:stud\w+|analys[ie]s|experiments?|profiles?|parameters?|evaluation|"
    r"data|results?|behaviou?rs?)|pharmacokinetics (?:showed|revealed|indicated|demonstrated|"
    r"confirmed)|"
    r"tumou?r (?:tissue )?(?:sections?|slices?)|immunohistochemi\w*|histolog\w*|h&e|"
    r"(?:blood|serum) biochemi\w*|(?:no|negligible|minimal|without|little) (?:obvious |apparent |"
    r"significant |noticeable )?systemic toxicity|"
    # the tumor as tissue: a second tumor, the immune cells inside it, a vaccinated host
    r"distant tumou?rs?|abscopal|tumou?r[- ]infiltrating|"
    # the efficacy against tumors, not cells ("enhanced antitumor efficacy"; see CELL_WORK)
    r"anti-?tumou?r (?:efficacy|effects?|activit(?:y|ies)|performance|outcomes?|experiments?|"
    r"stud(?:y|ies))|"
    # a host's organs, blood and tolerance
    r"tissue distribution|acute toxicity|ld50|maxim(?:um|al) tolerated dose|"
    r"(?:blood|circulation) (?:residence|retention)|(?:residence|retention) time in (?:the )?"
    r"(?:blood|circulation)|metastatic foci|"
    # immune cells let into the tumor, the heated tumor, the lymph nodes that drain it
    r"(?:t[- ]cells?|t lymphocytes?|ctls?|lymphocytes?|immune cells?) infiltration|"
    r"tumou?r (?:surface )?temperatures?|(?:tumou?r[- ])?draining lymph nodes?|"
    # "eliminated primary 4T1 tumors" (tumors, not cells or spheroids, done away with)
    r"(?:eliminated|eradicated) (?:the |all )?(?:\S+ ){0,2}tumou?rs\b"
    r"(?![- ](?:cells?|spheroids?|organoids?))|infiltrat\w* (?:of (?:\S+ ){1,4})?(?:into |in )?"
    r"(?:the )?tumou?rs?\b(?! spheroids?)|tumou?r (?:re)?challenge|"
    r"protect\w* against (?:\w+ )?tumou?r|"
    # other species and strains, the chick embryo
    r"(?:beagle )?dogs\b|beagles?\b|hamsters?\b(?! ovary)|"  # not "Chinese hamster ovary cells"
    r"(?:cynomolgus |rhesus )?monkeys?\b|macaques?\b|"
    r"guinea pigs?\b|sheep\b|chorioallantoic membrane|chick embryos?\b|balb/c\b|c57bl/6\w*|"
    # a tumor that arises (or not) in a host: "delayed tumor onset", "tumor incidence"
    r"tumou?r (?:onset|incidence|occurrence|appearance)|"
    # imaging inside a living animal, a dose found per gram of its tissue ("5.2 %ID/g")
    r"intravital|\d\s?%\s?id/g|injected dose per gram|"
    # "in PDX models" (not the gene "PDX-1"), "a CAM assay", "ectopic tumors", a host's
    # blood counts
    r"pdx\b(?!-?\d)|cam (?:models?|assays?)\b|ectopic (?:tumou?rs?|xenografts?|models?)\b|"
    r"h(?:a)?ematolog\w* (?:parameters|indices|indexes|analys[ie]s|tests?|profiles?)|"
    r"complete blood counts?|routine blood (?:tests?|examinations?)|"
    r"(?:after|post)[- ]dosing|systemic circulation|"
    # immune cells counted inside a host's tumors or lymph nodes, its serum cytokines
    r"(?:proportions?|fractions?|percentages?|numbers?|frequenc\w+|counts?|ratios?) of "
    r"(?:\S+ ){0,3}(?:cells?|ctls?|tregs?|lymphocytes?|macrophages?|tams?|dcs?) (?:with)?in "
    r"(?:the )?(?:treated |distant |primary |residual )?tumou?rs?\b"
    r"(?![- ](?:spheroids?|organoids?|microenvironments?|cells?))|"
    r"(?:in|within|into|to) (?:the )?(?:inguinal |popliteal |axillary |sentinel )?lymph nodes?\b|"
    r"serum (?:levels?|concentrations?) of (?:\S+ ){0,3}(?:ifn|tnf|il-?\d|interleukin|"
    r"interferon|cytokines?)|"
    # a tumor measured or compared in a host: "tumor sizes were monitored", "the tumors of the
    # treated group were 80% smaller", "higher intratumoral drug levels" (not "tumor spheroids")
    r"tumou?r (?:sizes?|retention)\b|"
    r"intratumou?ral (?:drug |dox |ptx )?(?:levels?|concentrations?|accumulation|distribution|"
    r"retention|contents?)\b|"
    r"tumou?rs (?:\S+ ){0,6}(?:were|was|became|remained) (?:\S+ ){0,2}(?:smaller|lighter)\b)",
    required=(
        "tumor size",
        "tumour size",
        "smaller",
        "lighter",
        "lymph node",
        "proportion",
        "fraction",
        "percentage",
        "number",
        "frequenc",
        "count",
        "ratio",
        "intravital",
        "id/g",
        "injected dose",
        "pdx",
        "cam ",
        "ectopic",
        "ematolog",
        "blood count",
        "routine blood",
        "dosing",
        "systemic circulation",
        "onset",
        "incidence",
        "occurrence",
        "appearance",
        "intra",
        "gavage",
        "injection",
        "administration",
        "serum",
        "toxicity",
        "nodule",
        "metasta",
        "model",
        "weight",
        "half-li",
        "biolumin",
        "ex vivo",
        "excised",
        "rechalleng",
        "patients",
        "first-in-human",
        "pilot",
        "prospective",
        "open-label",
        "single-arm",
        "phase",
        "pharmacokinetic",
        "section",
        "slice",
        "histo",
        "h&e",
        "biochemi",
        "systemic toxicity",
        "distant",
        "temperature",
        "draining",
        "eliminated",
        "eradicated",
        "abscopal",
        "infiltrat",
        "challenge",
        "protect",
        "antitumo",
        "anti-tumo",
        "tissue distribution",
        "acute toxicity",
        "ld50",
        "tolerated dose",
        "residence",
        "retention",
        "foci",
        "dog",
        "beagle",
        "hamster",
        "monkey",
        "macaque",
        "guinea pig",
        "sheep",
        "chorioallantoic",
        "chick embryo",
        "balb/c",
        "c57bl",
    ),
    reach=60,
)
# a cell line's tumors, grown in an animal ("imaging of 4T1 tumors"; not "4T1 tumor cells"),
# apart from the rare cues: "tumors" is a common word, searched around with a short reach
LINE_TUMORS = CaseFree(
    # a line's name has a digit, but for a few ("HeLa tumors", "LLC tumors")
    r"\b(?:" + _LINE_NAME + r"|hela|llc|kb|renca|"
    r"lovo|raji|daudi|siha|caski|fadu|jurkat|ramos|namalwa|ishikawa|bewo|achn|ags|rko|kpc|"
    r"lncap|vcap|khos|b-?cpap|hpaf-ii|ccrf-cem|sk-n-sh|myc-cap)"
    r" tumou?r(?:s| tissues?)\b"
    r"(?![- ](?:cells?|spheroids?|organoids?))",
    required=(" tumors", " tumours", " tumor tissue", " tumour tissue"),
    reach=20,
)
_OWN_WORK_VERBS = (
    r"(?:develop|design|construct|fabricat|prepar|report|present|propos|engineer|synthesi[sz]|"
    r"establish|investigat|produc|explor|describ|creat|introduc|build|built|devis|coat|camouflag|"
    r"cloak|load|encapsulat|formulat|wrap|envelop|isolat|incorporat|fus|extract|generat|"
    r"assembl|integrat|conjugat|immobili[sz]|exploit|utili[sz]|employ|harness|leverag|adopt|"
    r"treat|extru[ds]|disguis|decorat|hybridi[sz]|reason|hypothesi[sz])\w*"
)
OWN_WORK_PIVOT = CaseFree(
    r"\b(?:here(?:in)?|in (?:this|the present|our) (?:study|work|paper|report)|"
    r"(?:we|the authors) (?:(?:have )?(?:now )?)" + _OWN_WORK_VERBS + "|"
    r"(?:this|the present|our) (?:study|work|paper|report|research) (?:\w+ )?"
    + _OWN_WORK_VERBS
    + "|"
    r"to (?:address|overcome|solve|tackle|circumvent) (?:this|these|such)\b|"
    # "X was developed": the simple past passive reports this paper's work ("have been
    # developed" is the field's)
    r"(?:was|were) (?:\w+ )?(?:developed|designed|constructed|fabricated|prepared|engineered|"
    r"synthesi[sz]ed|proposed)\b|"
    # a structured abstract's own part starts at its Methods (or Results) label
    r"(?:(?:materials|patients) and |main )?methods?\s*:|methodology\s*:|experimental\s*:|"
    r"(?:study |experimental )?design\s*:|approach\s*:|results?\s*:|(?:key )?findings\s*:)"
)
# Cues that name an animal or an animal experiment; the others ("inhibited tumor growth",
# "prolonged blood circulation", "at the tumor site") read as results only when stated as such.
NAMES_AN_ANIMAL = re.compile(
    r"in[- ]vivo|mice|mouse|murine|rats?\b|rabbit|zebrafish|pigs?\b|primate|tumou?r[- ]bearing|"
    r"(?:beagle )?dogs|beagle|hamster|(?:cynomolgus |rhesus )?monkey|macaque|guinea pig|sheep|"
    r"chorioallantoic|chick embryo|balb/c|c57bl|"
    r"bearing|xenograft|orthotopic|animal|subcutaneous|syngeneic|intravenous|i\.v\.|tail[- ]vein|"
    + _INJECTION_ROUTES
    + r"|main organs|other organs|major organs|vital organs|normal organs|spleen|single|systemic|"
    r"biodistribution"
)
# A sentence that looks ahead (future work, an expectation, a hope) reports no animal experiment;
# "would", "to prevent" and "potential" stay out: abstracts state results with them.
PROSPECTIVE = CaseFree(
    r"\b(?:future|warrant\w*|merits?|deserves?|calls? for|should be|needs? to be|remains? to be|"
    r"yet to be|will be|prior to in vivo|(?:is|are) (?:being )?planned|"
    # "it should evade macrophages in vivo", "is expected to benefit" (not "it should be noted")
    r"should(?! be noted)|(?:is|are) expected to|"
    # "Clinical translation will require safety studies in primates"
    r"(?:will|would) (?:still |first |also )?(?:require|need|necessitate)|"
    # "Animal studies will determine whether..."
    r"(?:stud(?:y|ies)|experiments?|work|testing|investigations?|trials?) will\b|"
    # what is not known or not done: "the in vivo fate is still unknown", "animal studies are
    # needed", "was not examined"
    # ("Their safety after systemic administration remains a concern")
    r"(?:is|are|remains?) (?:still )?(?:unknown|unclear|not known|uncertain|poorly understood|"
    r"not (?:well |fully )?understood|(?:largely )?unexplored|"
    r"(?:an? )?(?:concern|open question)\b)|little is known|"
    r"(?:is|are) (?:still )?(?:needed|required|warranted)|"
    # "We expect these nanoparticles to improve tumor accumulation after intravenous
    # administration"
    r"we (?:expect|anticipate|envision|envisage|hope)\b|"
    # "Further studies are necessary" (not "the coating is necessary for tumor accumulation")
    r"(?:stud(?:y|ies)|experiments?|evaluation|validation|testing|investigations?|work|"
    r"research|trials?) (?:[\w-]+ ){0,3}(?:is|are) (?:still )?(?:necessary|essential)|"
    r"(?:is|are) (?:currently |now )?(?:in progress|under ?way|ongoing)|next steps?\b|"
    # "is currently being investigated", "ongoing work", "we plan to test...", "our next goal"
    r"(?:is|are) (?:currently |now )?being (?:investigated|studied|evaluated|tested|explored|"
    r"examined|assessed|pursued)|ongoing (?:work|stud\w+|research|investigations?|experiments)|"
    r"(?:intends?|plans?) to|next (?:goal|aim|stage|phase)|"
    r"we will (?:\w+ )?(?:test|evaluate|investigate|explore|examine|study|assess|validate|extend|"
    r"apply|conduct|perform|verify|confirm)\b|"
    # "The approach could be extended to animal models": a reach not yet tried
    r"could (?:\w+ly )?be (?:extended|translated|generali[sz]ed|adapted|expanded|transferred) "
    r"(?:\w+ )?(?:to|into)\b|"
    # "Subsequent studies in mice will address...": work to come
    r"(?:stud(?:y|ies)|experiments?|work|testing|investigations?|trials?) (?:in |on |with )"
    r"(?:[\w-]+ ){1,3}will\b|"
    r"(?:were|was|are|is) not (?:required|needed|used|included)\b|"
    # "The platform is promising for melanoma therapy in vivo": a use foreseen
    r"(?:is|are|appears?|seems?) (?:\w+ )?promising for\b|"
    r"not (?:yet )?(?:been )?(?:examined|studied|tested|evaluated|investigated|assessed|"
    r"performed|conducted|carried out|done|undertaken|determined|measured|characteri[sz]ed|"
    r"quantified|explored|addressed)|"
    # "We did not evaluate the particles in animal models", "beyond the scope of this study",
    # "the lack of in vivo data"
    r"(?:did|do|could) not (?:\w+ )?(?:evaluate|test|study|examine|investigate|assess|perform|"
    r"conduct|include|measure|determine|use)|beyond the scope|"
    r"(?:lack|absence) of (?:[\w-]+ ){0,2}(?:in[- ]vivo|animal)|"
    # "which requires in vivo validation", "awaits confirmation in animals"
    r"(?:requir|need|await)\w* (?:\w+ ){0,2}(?:validation|confirmation|verification)|"
    # "needs further in vivo studies" (not "Further animal studies showed...")
    r"(?:need\w*|requir\w*|await\w*|support\w*|justif\w*|encourag\w*|motivat\w*|for|with) "
    r"further (?:[\w-]+ ){0,2}(?:stud|investigat|"
    r"evaluat|validat)\w*|"
    # a dish made like a body: "mimic in vivo flow", "conditions resembling the in vivo
    # tumor microenvironment", "similar to those in vivo"
    r"(?:mimic|simulat|resembl|replicat|recapitulat|reproduc|approximat)\w* "
    r"(?:the |those |that )?in[- ](?:vivo|animals?)|similar to (?:those |that |the )?in[- ]vivo|"
    # "The results support evaluation in animal models"
    r"(?:support|justif|encourag|motivat|warrant)\w* (?:the |an? )?(?:further |future )?"
    r"(?:in[- ]vivo|animal|preclinical) (?:evaluation|testing|studies|investigation|validation)|"
    r"(?:support|justif|encourag|motivat)\w* (?:the |an? )?(?:[\w-]+ ){0,2}(?:evaluation|testing|"
    r"studies|investigation|validation|translation) (?:of (?:[\w()-]+ ){1,5})?(?:to |into )?in)\b"
)
# work the abstract credits to others, wherever it stands
OTHERS_WORK = CaseFree(
    r"\bby others\b|\b(?:other|previous|earlier|prior) (?:studies|groups|reports)\b|"
    # "In our previous study, coated NPs prolonged survival of tumor-bearing mice; here..."
    r"\b(?:our|a|an|the) (?:previous|earlier|prior) (?:study|report|paper|publication)\b|"
    # "as shown for RBC-coated particles", "the prolonged circulation reported for RBC-coated
    # nanoparticles in vivo"
    # (not "as shown by IVIS imaging", "as demonstrated in tumor-bearing mice": own results)
    r"\bas (?:shown|reported|demonstrated|described) for\b|"
    r"\bas (?:previously|earlier) (?:shown|reported|demonstrated|described)\b|"
    r"\b(?:previously |widely )?reported for\b|"
    r"\b(?:previous|earlier|prior) work\b|\bpreviously (?:reported|described|published)\b|"
    # what is known ("CD47 is known to prolong circulation in vivo") and what the field's
    # products generally do ("Nanomedicines often fail because of rapid clearance in vivo")
    r"\b(?:is|are) (?:well[- ]|widely |generally )?known to\b|"
    r"\b(?:often|frequently|usually|commonly|generally) fail\b|"
    r"\b(?:reported|described|shown|published) elsewhere\b",
    required=(
        "others",
        "studies",
        "groups",
        "reports",
        "work",
        "previous",
        "earlier",
        "prior",
        "known",
        "elsewhere",
        "as shown",
        "as reported",
        "as demonstrated",
        "as described",
        "reported for",
        "fail",
    ),
    reach=20,
)
# human tissue studied outside the body: "tumor slices resected from patients"
FROM_PATIENTS = CaseFree(
    r"\b(?:resected|excised|obtained|collected|isolated|harvested|removed|taken|derived|donated) "
    r"from (?:\w+ ){0,4}patients\b|\bclinical (?:samples?|specimens?)\b|"
    # "tumor slices from patients", "human tumor slices cultured ex vivo"
    r"\b(?:slices?|sections?|specimens?|samples?|tissues?|biopsies|organoids?) "
    r"(?:\w+ ){0,2}from (?:\w+ ){0,4}patients\b|"
    r"\bhuman (?:\w+ )?tumou?r (?:tissue )?(?:slices?|sections?|specimens?|samples?|biopsies)\b",
    required=("patients", "clinical", "human"),
)
ANIMAL_IN_SENTENCE = re.compile(r"\b(?:mice|mouse|murine|rats?|rabbits?|animals?|xenografts?)\b")
_TISSUE_CUES = ("section", "slice", "histo", "immunohisto", "ex vivo", "h&e")
# "in vivo" as a purpose or a prospect ("promise for in vivo tumor therapy", "suitable for in
# vivo applications", "expected to prolong circulation in vivo"), not as an experiment done.
# Checked on the cue itself: "For in vivo imaging, mice were injected..." still has its mice.
IN_VIVO_AS_PURPOSE = re.compile(
    r"\b(?:for|towards?) (?:(?:subsequent|future|further|later|eventual|potential|successful|"
    r"clinical|preclinical) )?$",
    re.IGNORECASE,
)
# in vivo as a notion the sentence weighs: "a major barrier to in vivo delivery", "a key
# determinant of in vivo fate"
IN_VIVO_AS_A_CONCEPT = re.compile(
    r"\b(?:barriers?|obstacles?|hurdles?|challenges?|bottlenecks?|determinants?|factors?|"
    r"prerequisites?|limitations?|impediments?) (?:of|for|to|in|on) (?:the |their |its |an? |"
    r"(?:successful|efficient|effective|safe) )?$|"
    # "the adhesion of CT26 cells to endothelium, a key step of metastasis in vivo"
    r"\b(?:key|critical|crucial|major|important|essential|first|early|initial|rate-limiting) "
    r"(?:steps?|process(?:es)?|events?|stages?) (?:of|for|to|in|on) (?:[\w-]+ ){0,3}$",
    re.IGNORECASE,
)
ENDOWED_BEFORE = re.compile(
    r"\b(?:endow(?:s|ed|ing)?|confer(?:s|red|ring)?|impart(?:s|ed|ing)?)\b[^.;,]*$",
    re.IGNORECASE,
)
SUGGESTED_BEFORE = re.compile(
    r"\b(?:suggest(?:s|ing|ed)?|impl(?:y|ies|ying)|indicating|predicting)\b[^.;]*$", re.IGNORECASE
)
EXPECTATION = CaseFree(
    r"\b(?<!as )(?:expected|anticipated|hoped|hypothesi[sz]ed) (?:to|that)\b|"
    r"\bsuggest\w* (?:\w+ ){0,3}potential\b|"
    # what findings argue for: "These findings support neutrophil mimicry for tumor targeting
    # in vivo" (not "the in vivo results support...")
    r"\b(?:support|justif|encourag|motivat)\w* [^.;,]*\bin[- ]vivo\b|"
    # "The results provide a basis for designing carriers that home to tumors in vivo"
    r"\b(?:provid|offer|lay|laid|form)\w* (?:an? |the )?(?:\w+ )?(?:basis|foundation|framework|"
    r"rationale|guidance|starting point) [^.;,]*\bin[- ]vivo\b|"
    # what molecules do in general: "adhesion molecules that mediate homing to tumors in vivo"
    r"\b(?:that|which) (?:\w+ )?(?:mediate|enable|allow|drive|govern|determine|facilitate|"
    r"promote|confer|regulate|control)s? [^.;,]*\bin[- ]vivo\b|"
    # "To predict their in vivo behavior, the particles were incubated with serum"
    r"\b(?:predict|forecast|extrapolat)\w* (?:\w+ ){0,3}in[- ]vivo\b|"
    # "The potential of the particles for tumor targeting in vivo was discussed"
    r"\bpotential (?:of|for) [^.;]*\bin[- ]vivo\b"
)
# a relative clause stating what holds in general, not this paper's result: a comparator's
# property in a contrast ("Unlike liposomes, which are rapidly cleared from the blood
# circulation, the coated particles...")
GENERAL_CLAUSE_BEFORE = re.compile(
    r"\bunlike\b[^.;]*?\bwhich\b[^,;]*$|"
    # what the cells are generally used for: "4T1 cells, which are commonly used to establish
    # tumor models in mice" (not "4T1 cells, which are aggressive, were injected into mice")
    r"\b(?:which|that) (?:are|is) (?:\w+ )?(?:used|employed|applied|known)\b[^,;]*$",
    re.IGNORECASE,
)
# "could" as a prospect, an inference or a design's intent ("could serve as", "could be used
# for", "could potentially", "retained CD47, which could prolong circulation", "the membrane
# could endow the NPs with..."), not as the field's common "was able to" of a result ("the NPs
# could efficiently inhibit tumor growth", "tumor growth could be inhibited")
_COULD_AS_A_PROSPECT = (
    r"which could|could (?:potentially|possibly|theoretically|conceivably|in principle|"
    r"(?:\w+ly )?(?:serve|provide|offer|open|pave|become|help|benefit|represent|lead|find|"
    r"enable|contribute|hold|bring|shed|broaden|expand|inspire|facilitate|endow|confer|allow|"
    r"act as|function as)|"
    r"(?:\w+ly )?be (?:\w+ly )?(?:an?|used|applied|utili[sz]ed|considered|developed|extended|"
    r"translated|exploited|employed|adopted|explored|promising|useful|valuable|beneficial|"
    r"suitable|expected|potential|further|generali[sz]ed|tailored|adapted|customi[sz]ed))"
)
SPECULATIVE = CaseFree(
    r"\b(?:"
    + _COULD_AS_A_PROSPECT
    + r"|may|might|expected|anticipated|is hoped|hypothesi[sz]ed|aims? to|"
    r"hold(?:s|ing)? (?:\w+ )?promise|promising (?:for|to)|"
    r"aimed to|designed to|intended to|in order to|so as to|predict\w*)\b"
)
# cells, assays or a dish in the sentence: "antitumor activity against 4T1 cells", "MTT assays
# showed stronger antitumor effects"
CELL_WORK = CaseFree(
    r"\b(?:cells?|cytotoxic\w*|viability|assays?|mtt|cck-8|in vitro|spheroids?|organoids?|"
    r"cultur\w*|incubat\w*|colon(?:y|ies))\b"
)
# a model on a computer, not in an animal
IN_SILICO = CaseFree(
    r"\b(?:in silico|simulat\w*|mathematical models?|computational models?|pharmacokinetic "
    r"models?|pbpk)\b",
    required=("silico", "simulat", "model", "pbpk"),
)
# an animal or animal work named anywhere (mice, a xenograft, an injection route...); not "in
# vivo", which closing prospects name ("remains to be studied in vivo")
ANIMAL_NAMED = CaseFree(
    r"\b(?:mice|mouse|murine|rats?|rabbits?|zebrafish|pigs?|dogs?|monkeys?|animals?|"
    r"xenografts?|tumou?r[- ]bearing|orthotopic|subcutaneous\w*|intravenous\w*|i\.v\.|tail[- ]vein|"
    r"intraperitoneal\w*|intratumou?ral\w*|patients?)\b"
)
MODEL_IN_VITRO = CaseFree(
    r"\b3d\b|spheroid|organoid|on-a-chip|\bchips?\b|microfluidic|transwell|co-?culture",
    required=("3d", "spheroid", "organoid", "chip", "microfluidic", "transwell", "culture"),
)
# "in vitro" qualifies a model only in its own clause: "polarized macrophages in vitro and, in a
# CT26 tumor model, suppressed..." reports two settings
IN_VITRO_WORDS = CaseFree(r"\bin vitro\b")
IN_VIVO_LITERAL = re.compile(r"in[- ]vivo", re.IGNORECASE)
MAY = CaseFree(r"\b(?:may|might)\b")
RESULT_STATED = CaseFree(
    r"\b(?:showed|shown|demonstrated|revealed|confirmed|verified|indicated|proved|found|"
    r"observed|exhibited|displayed|achieved|resulted)\b"
)
# "used to prolong blood circulation", "to improve tumor accumulation": a purpose, not a result
# ("was able to enhance tumor accumulation" is a result)
PURPOSE_BEFORE = re.compile(
    r"(?<!able )(?<!shown )(?<!found )(?<!proved )(?<!proven )(?<!observed )"
    r"\bto (?:\w+ )?(?:prolong|improve|enhance|increase|achieve|extend|promote|facilitate|"
    r"enable|allow|boost|maximi[sz]e|realize|attain)\b(?: \S+){0,3} $",
    re.IGNORECASE,
)
# a lab setting modelled on the body: "under flow conditions mimicking blood circulation"
MIMICKED_BEFORE = re.compile(
    r"\b(?:mimick?\w*|simulat\w*|imitat\w*|recapitulat\w*) (?:the |a )?(?:\w+ )?$",
    re.IGNORECASE,
)
OBJECTIVE_LABEL = re.compile(
    r"\s*(?:objectives?|aims?|purposes?|goals?)\b\s*[:.]?\s+(?:to|the|this|we)\b", re.IGNORECASE
)
TITLE_PURPOSE_BEFORE = re.compile(r"\b(?:for|towards?) (?:\S+ ){0,3}$", re.IGNORECASE)
# what a closing foresees: "a promising strategy for inhibiting tumor growth", "a new avenue to
# suppress metastasis", "attractive candidates for reducing tumor burden" (not "this strategy
# inhibited tumor growth", nor "showed great potential in suppressing tumor growth", a result)
PROSPECT_BEFORE = re.compile(
    r"\b(?:strateg(?:y|ies)|avenues?|approach(?:es)?|platforms?|tools?|candidates?|options?|"
    r"paradigms?|ways?|means|prospects?|opportunit(?:y|ies)|alternatives?|solutions?|"
    r"insights?|directions?|routes?) (?:\S+ ){0,2}(?:for|to|towards?) (?:\S+ ){0,2}$",
    re.IGNORECASE,
)
# what a property is needed for, whichever cue follows: "stability in plasma, a requirement for
# prolonged circulation after systemic administration", "a prerequisite for in vivo use"
NEEDED_FOR_BEFORE = re.compile(
    r"\b(?:requirements?|prerequisites?|preconditions?|necessity|basis|foundation|rationale) "
    r"(?:for|to|of) (?:\S+ ){0,4}$",
    re.IGNORECASE,
)
# animals as the source of cells or membranes: "RBCs were collected from BALB/c mice"
_SOURCE_ANIMALS = frozenset(
    {"mice", "mouse", "rats", "rat", "rabbit", "rabbits", "murine", "animals", "animal"}
)
# an organ as one: "macrophages from the spleen" (not "tumors and spleens were excised")
SOURCE_ORGAN_BEFORE = re.compile(r"\bfrom (?:the )?(?:\S+ )?$", re.IGNORECASE)
SOURCE_ANIMAL_BEFORE = re.compile(
    r"\b(?:isolated|harvested|collected|obtained|extracted|derived|drawn|sourced|purified|"
    r"flushed|separated|generated|prepared|originat\w*|"
    # "dendritic cells from C57BL/6 mice"
    # (not "captured CTCs in the blood of mice": where the particles acted)
    r"cells|(?<!in the )(?<!in )blood|erythrocytes|rbcs|platelets|macrophages|neutrophils|"
    r"monocytes|bmdcs|bmdms|"
    r"marrow|splenocytes|membranes?) "
    r"(?:from|of) (?:the )?(?:\S+ ){0,4}$|"  # "collected from the orbital sinus of the mice"
    # "serum from mice was used to study protein corona" (not "the serum of treated mice")
    r"\b(?:serum|sera|plasma) from (?:the )?(?:\S+ ){0,2}$",
    re.IGNORECASE,
)
# an animal's blood or cells used in the lab: "rabbit red blood cells", "mouse serum"
SOURCE_ANIMAL_AFTER = re.compile(  # not across the blank line after a title ("...in mice")
    r"[^\S\n]+(?:red blood cells?|erythrocytes?|rbcs?|whole blood|blood|serum|plasma|platelets?|"
    r"bone marrow|peritoneal|macrophages?|neutrophils?|splenocytes|primary)\b",
    re.IGNORECASE,
)
# human material tested outside the body: "tested ex vivo in human plasma"
HUMAN_MATERIAL = re.compile(r"\bhuman (?:whole blood|blood|plasma|serum|tissues?|samples?)\b")
# Cues that name an animal experiment outright count even in the background part.
IN_TITLE_OR_STRONG = CaseFree(r"tumou?r[- ]bearing|xenograft|orthotopic|syngeneic|tail[- ]vein")
REVIEW = CaseFree(
    r"\b(?:this|the present|the current|our|in this|the) (?:mini-?|short |brief |systematic |"
    r"tutorial |comprehensive |critical |concise |narrative |scoping |integrative |literature |"
    r"updated )?review\b|"
    r"\ba (?:mini-?|short |brief |systematic |comprehensive |critical |concise |narrative |"
    r"scoping |integrative |literature |updated )?review (?:of|on)\b|"
    r"\bthis (?:perspective|minireview|overview)\b|"
    # the literature searched for a review: "We searched PubMed and Embase for studies..."
    r"\bsearched (?:the )?(?:literature|pubmed|medline|embase|web of science|scopus|databases?)\b|"
    r"\b(?:is|are|were) (?:\w+ )?(?:summari[sz]ed|reviewed)\b|"
    # ("We systematically summarize the advances of...")
    r"\b(?:we|the authors) (?:\w+ly )?(?:review|summari[sz]e(?! (?:our|the|these) "
    r"(?:findings|results|data))|discuss|highlight|outline|overview|survey)\b|"
    r"\breview(?:s|ed)? (?:the|recent|current)\b|\b(?:this|the) (?:article|paper|chapter|work|"
    r"study) (?:also )?(?:summari[sz]es|reviews|discusses|provides an overview|focuses on the "
    r"recent|offers an? (?:thorough|comprehensive|systematic|critical) (?:evaluation|overview|"
    r"summary|discussion))\b|"
    r"\boverview of\b|\bsystematic review\b|\bmeta-analysis\b|\bscoping review\b|"
    # a study of the literature itself
    r"\bbibliometric\b|\b(?:retrieved|screened|identified) (?:\S+ ){0,2}(?:publications|articles|"
    r"papers)\b",
    required=(
        "review",
        "overview",
        "searched",
        "meta-analysis",
        "bibliometric",
        "retrieved",
        "screened",
        "identified",
        "summari",
        "discuss",
        "highlight",
        "outline",
        "survey",
        "focuses on the recent",
        "offers a",
        "perspective",
    ),
    reach=60,
)
# In a review, the sentences that say what it covers: review phrases, and the authors
# speaking of their own text ("we also assess...", "this article describes...")
REVIEW_SCOPE = CaseFree(
    REVIEW.lower.pattern + r"|\b(?:we|it|the (?:review|article|paper|chapter)) "
    r"(?:also |further |then |finally |first |next )?(?:assess|describe|discuss|summari[sz]e|"
    r"review|highlight|introduce|explore|examine|present|focus|cover|analy[sz]e|evaluate)\w*\b|"
    r"\bthis (?:review|article|paper|chapter|work)\b",
    required=(
        *REVIEW.required,
        "we ",
        "it ",
        "the review",
        "the article",
        "the paper",
        "the chapter",
        "this ",
    ),
)
REVIEW_WEAK = CaseFree(
    r"\b(?:are|were|is|have been|has been|will be|be) (?:\w+ )?(?:discussed|summari[sz]ed|"
    r"reviewed|highlighted|outlined|introduced|described in detail)\b|"
    r"\bfuture (?:perspectives?|prospects?|directions?|outlooks?)\b|"
    r"\bchallenges and (?:future )?(?:perspectives?|opportunities|prospects?)\b|"
    r"\brecent (?:advances|progress|developments|achievements)\b|\bperspectives? (?:on|are)\b|"
    # a title that opens on the field's progress ("Progress of erythrocyte membrane-camouflaged
    # nanocarriers in tumor therapy", "Advances in...")
    r"^(?:advances|progress|developments|trends) (?:in|of|on)\b|"
    # a title's kind: "...: a narrative review", "...: an overview"
    r":\s+(?:a|an) (?:\w+ )?(?:review|overview)\b",
    required=(
        "review",
        "overview",
        "advances",
        "progress",
        "developments",
        "trends",
        "discussed",
        "summari",
        "reviewed",
        "highlighted",
        "outlined",
        "introduced",
        "described in detail",
        "future",
        "challenges and",
        "recent",
        "perspective",
    ),
    reach=60,
)
CANCER_CONTEXT = Cue(
    (
        "cancer",
        "tumor",
        "tumour",
        "carcinoma",
        "oncolog",
        "neoplas",
        "malignan",
        "melanoma",
        "glioma",
        "glioblastoma",
        "leukemia",
        "leukaemia",
        "lymphoma",
        "sarcoma",
        "metasta",
        "myeloma",
    )
)
CELL_LINE_CONTEXT = frozenset(
    [
        "cell",
        "cells",
        "line",
        "lines",
        "tumor",
        "tumors",
        "tumour",
        "tumours",
        "xenograft",
        "xenografts",
        "bearing",
        "model",
        "models",
        "glioma",
        "carcinoma",
        "cancer",
        "lymphoma",
        "melanoma",
        "sarcoma",
        "spheroids",
        "spheroid",
        "mice",
        "macrophages",
        "monocytes",
        "hepatocytes",
        "fibroblasts",
        "keratinocytes",
        "cardiomyocytes",
        "lymphocytes",
        "hepatoma",
        "neuroblastoma",
        "leukemia",
        "myeloma",
        "gliomas",
        "carcinomas",
        "lymphomas",
        "melanomas",
        "sarcomas",
        "hepatomas",
    ]
)
# what must follow a name that only looks like a cell line ("MC38 cells", "SW620 tumors")
CELL_LINE_NEXT_WORD = frozenset(
    "cell cells tumor tumors tumour tumours xenograft xenografts bearing".split()
)
# "G422 gliomas", "U251 glioblastoma": a line named by the tumors it grows into
_TUMOR_NOUNS = r"(?:gliomas?|glioblastomas?|melanomas?|carcinomas?|sarcomas?|lymphomas?)"
CELL_LINE_IN_TEXT = re.compile(
    # the capital first: most positions fail there, before the costlier lookarounds
    r"(?=[A-Z])(?<![\w-])(?P<name>(?=[A-Za-z0-9.\-/]*\d)[A-Z][A-Za-z0-9]{1,5}"
    r"(?:[-.][A-Za-z0-9]{1,5}){0,2})"
    r"(?![\w-])(?:\s*-\s*|\s+)(?:cells?|tumou?rs?|xenografts?|bearing|" + _TUMOR_NOUNS + r")\b"
)
# (the tumor nouns by their ending: a scan for a few literal first letters stays fast)
CELL_LINE_HEAD_WORD = re.compile(r"(?:cells?|tumou?rs?|xenografts?|bearing|omas?)\b")
CELL_LINE_HEAD_LITERALS = ("cell", "tumo", "xenograft", "bearing", "oma")
_LONGEST_NAME_AND_GAP = 60  # a name, a gap and "glioblast" before "oma"
_DIGIT = re.compile(r"\d")


def _cell_line_names(text: str) -> Iterator[re.Match[str]]:
    """``CELL_LINE_IN_TEXT.finditer(text)``, but tried only just before the head words
    ("cells", "tumor"...) the pattern ends with, instead of at every capital letter, and only
    where a digit (which every name holds) stands before the head word."""
    searched_to = 0
    for head in matches_at_literals(CELL_LINE_HEAD_WORD, text, CELL_LINE_HEAD_LITERALS):
        start = max(searched_to, head.start() - _LONGEST_NAME_AND_GAP)
        if _DIGIT.search(text, start, head.start()) is None:
            continue
        match = CELL_LINE_IN_TEXT.search(text, start, head.end())
        if match is not None:
            searched_to = match.end()
            yield match


NOT_CELL_LINES = re.compile(
    r"^(CD|IL|PD|TLR|HER|VEGF|TNF|IFN|TGF|CXCR|CCR|CXCL|GPX|ICAM|VCAM|MMP|HIF|EGFR|ErbB|Ki|"
    r"BCL|MUC|SLC|STAT|NF|AKT|ERK|JAK|CTLA|LAG|TIM|SIRP|FGF|PDGF|IGF|HSP|CA|SOX|KRAS|BRCA|"
    r"TP|P|COX|GLUT|ROS|ATP|NADPH|GSH|DNA|RNA|H|O|N|C|S|Fe|Mn|Cu|Zn|Au|Ag|Pt|Gd|Bi|Ti|Ce|Se|"
    r"IR|Cy|ZIF|MIL|UiO|PCN|MOF|PEG|PLGA|PLA|DSPE|DOPE|DOTAP|F|M|G|R|T|E|B|A|Ly|Gr|Nrf|"
    r"Cas|IgG|PSMA|EpCAM|Fc|COF|MSN|NP|NPs|ICG|IRDye|DiR|DiD|DiI|Ce6|IR780|TCPP)[-\d]",
)


class Mention(NamedTuple):
    """An accepted value with its evidence (offsets into the doc text) and provenance."""

    field: str
    code: str
    start_char: int
    end_char: int
    rule: str
    confidence: float
    ontology_id: str | None
    sentence_start: int
    sentence_end: int
    surface: str


@dataclass(frozen=True)
class DocDecision:
    mentions: tuple[Mention, ...]
    hybrid: Mention | None
    in_vivo: bool | None
    in_vivo_evidence: tuple[int, int] | None
    study_type: str
    review_score: float
    relevant: bool
    relevance_score: float


@dataclass
class _TokenIndex:
    """Per-doc arrays read many times by the rules: token lower forms, offsets, sentences."""

    lowers: list[str]
    offsets: list[int]
    ends: list[int]
    space_positions: list[int]  # the (few) whitespace tokens, sorted
    sentence_spans: list[tuple[int, int]]
    sentence_starts: list[int]
    sentence_tokens: dict[int, Sentence]
    coating_sentences: dict[int, bool]  # by first token: holds a membrane-context word


def _index_of(doc: Doc) -> _TokenIndex:
    index: _TokenIndex | None = doc.user_data.get("cmnp_token_index")
    if index is None:
        spans = doc.user_data.get("cmnp_sentences") or [(0, len(doc_text(doc)))]
        offsets, ends = token_bounds(doc)
        lowered = _lowered_text(doc)
        index = _TokenIndex(
            # slices of the cached lower-cased text: the same as ``token.lower_`` without a
            # Token object per read (the fallback covers texts whose length lower() changes)
            lowers=[lowered[start:end] for start, end in zip(offsets, ends, strict=True)]
            if lowered
            else [token.lower_ for token in doc],
            offsets=offsets,
            ends=ends,
            space_positions=space_positions(doc),
            sentence_spans=spans,
            sentence_starts=[start for start, _ in spans],
            sentence_tokens={},
            coating_sentences={},
        )
        doc.user_data["cmnp_token_index"] = index
    return index


class Sentence(NamedTuple):
    """A sentence as token and char bounds (a spaCy Span costs more to make than to read)."""

    start: int
    end: int
    start_char: int
    end_char: int


def _sentence_span_at(index: _TokenIndex, offset: int) -> tuple[int, int]:
    """The char span of the sentence holding a char offset."""
    return index.sentence_spans[max(bisect_right(index.sentence_starts, offset) - 1, 0)]


def _sentence_of(doc: Doc, token_index: int) -> Sentence:
    """The sentence holding a token, from the ``cmnp_sentences`` component's char spans."""
    index = _index_of(doc)
    number = max(bisect_right(index.sentence_starts, index.offsets[token_index]) - 1, 0)
    sentence = index.sentence_tokens.get(number)
    if sentence is None:
        # the tokens overlapping the sentence's characters, as char_span(mode="expand")
        start_char, end_char = index.sentence_spans[number]
        first = bisect_right(index.offsets, start_char) - 1
        if first < 0 or index.ends[first] <= start_char:
            first += 1
        last = bisect_left(index.offsets, end_char)
        if first >= last:  # no token inside (whitespace only): the token itself
            first, last = token_index, token_index + 1
        sentence = Sentence(first, last, index.offsets[first], index.ends[last - 1])
        index.sentence_tokens[number] = sentence
    return sentence


def _clause_around(sentence: str, offset: int) -> str:
    """The comma- or semicolon-bounded stretch of ``sentence`` holding ``offset``."""
    start = max(sentence.rfind(",", 0, offset), sentence.rfind(";", 0, offset)) + 1
    ends = [end for end in (sentence.find(",", offset), sentence.find(";", offset)) if end >= 0]
    return sentence[start : min(ends, default=len(sentence))]


def _text_of(doc: Doc, span: Span | Sentence) -> str:
    """A span's text cut from the doc text (``Span.text`` joins its tokens one by one)."""
    return doc_text(doc)[span.start_char : span.end_char]


def _mention(
    doc: Doc, c: Candidate, field: str, code: str, rule: str, confidence: float, oid: str | None
) -> Mention:
    sent = _sentence_of(doc, c.start)
    return Mention(
        field,
        code,
        c.start_char,
        c.end_char,
        rule,
        confidence,
        oid,
        sent.start_char,
        sent.end_char,
        doc_text(doc)[c.start_char : c.end_char],
    )


def _text_mention(
    doc: Doc, field: str, code: str, start: int, end: int, rule: str, confidence: float
) -> Mention | None:
    """A value found by a text pattern rather than a lexicon hit, with its sentence."""
    tokens = doc.char_span(start, end, alignment_mode="expand")
    if tokens is None:
        return None
    sentence = _sentence_of(doc, tokens.start)
    return Mention(
        field,
        code,
        start,
        end,
        rule,
        confidence,
        None,
        sentence.start_char,
        sentence.end_char,
        doc_text(doc)[start:end],
    )


def _window(doc: Doc, start: int, end: int, before: int, after: int) -> tuple[list[str], list[str]]:
    """Lower-cased tokens around ``[start, end)`` within the same sentence (punctuation out)."""
    sent = _sentence_of(doc, start)
    index = _index_of(doc)
    low, high = max(sent.start, start - before), min(sent.end, end + after)
    lowers = index.lowers
    space_positions = index.space_positions
    first_space = bisect_left(space_positions, low)
    if first_space == len(space_positions) or space_positions[first_space] >= high:
        return lowers[low:start], lowers[end:high]  # no whitespace token inside: slices
    spaces = set(space_positions)
    left = [lowers[i] for i in range(low, start) if i not in spaces]
    right = [lowers[i] for i in range(end, high) if i not in spaces]
    return left, right


_DETERMINERS = frozenset({"the", "a", "an", "these", "those", "this", "our", "their", "its"})
_HOW_AFTER = frozenset({"through", "via", "by", "during", "upon"})
# a cell hyphened to a second one, a long line name too, before "membranes": a hybrid
_HYBRID_CHAIN = re.compile(r"-\w+(?:-\w+){1,3} (?:cells? )?(?:hybrid )?membranes?\b")
# a cell type hyphened to these names what the particles aim at ("macrophage-targeting"; not
# the verb: "membranes of macrophages targeted tumors")
_TARGETED_AFTER = frozenset({"targeting", "targeted", "specific", "seeking", "directed"})


def _membrane_context(doc: Doc, c: Candidate) -> str | None:
    """The rule that makes this cell a membrane source, or None."""
    if c.definition is not None and INHERENT_MEMBRANE.search(c.definition):
        return "defined-abbreviation"
    surface = doc_text(doc)[c.start_char : c.end_char]
    lowers = _index_of(doc).lowers
    if INHERENT_MEMBRANE.search(surface) or surface in c.entry.extra.get(
        "membrane_abbrevs", ()
    ):  # "CCM", "RBCm": a short form of the membrane itself
        if (_acted_on(doc, c) or _acted_on_after(lowers, c)) and not _a_coated_carrier(lowers, c):
            # "peptides that disrupt the cancer cell membrane", "the cancer cell membrane was
            # disrupted by the released DOX": a target's
            return None
        if c.end < len(lowers) and lowers[c.end] in _MEMBRANE_PROPERTIES:
            return None  # "cancer cell membrane permeability was increased"
        return "membrane-term"
    if (
        c.field == "membrane_sources"
        and c.end + 1 < len(lowers)
        and lowers[c.end] in {"-", "@"}
        and _is_short_form(doc_text(doc)[c.start_char : c.end_char])
        and _names_a_carrier(doc, c.end + 1)
    ):
        return "donor-carrier-notation"  # "RBC-NPs", "CCM-PLGA", "RBC@PLGA": a coated carrier
    if not _sentence_has_coating_word(doc, c.start):
        return None  # every rule below needs one in the window, which the sentence holds
    left, right = _window(doc, c.start, c.end, 12, 5)
    if left and left[-1] == "@":
        return "core@membrane"
    if _inside_brackets_after_at(lowers, c.start, c.end):
        return "core@[hybrid]"  # "Fe3O4@PDA@[RBC-B16]": the two cells of one coating
    if "," in right:  # "engrafted with MOLM-13 cells, the coated liposomes...": a new clause
        comma = right.index(",")
        if right[comma + 1 : comma + 2] and right[comma + 1] in _CLAUSE_OPENERS:
            right = right[:comma]
    content_right = [t for t in right if t not in {"-", "(", ")", "cell", "cells", "'s"}][:3]
    for i, t in enumerate(content_right):
        # "In HeLa cells the coated nanocrystals...": a new phrase; "taken up by 4T1 cells
        # through membrane fusion": how, not what the cells gave
        if t in _DETERMINERS or t in _HOW_AFTER:
            content_right = content_right[:i]
            break
    # (not across a comma: "a bone-targeting, CCM-cloaked nanosystem")
    if left[-1:] != [","] and any(t in TARGET_BEFORE for t in left[-2:]):
        # "loaded into platelet membrane-coated NPs" still names the donor; "bound to the
        # cancer cell membrane" does not
        if (
            content_right[:1] in (["membrane"], ["membranes"])
            and content_right[1:2]
            and (content_right[1] in _COATED)
        ):
            return "membrane-cue-after"
        if _a_coated_carrier(lowers, c):
            return "membrane-cue-after"  # "loaded into platelet-mimetic PLGA nanoparticles"
        return None
    if right[:1] == ["-"] and right[1:2] and right[1] in _TARGETED_AFTER:
        return None  # "macrophage-targeting RBC membrane-coated NPs": the cells aimed at
    if right[:1] == ["-"] and _HYBRID_CHAIN.match(doc_text(doc), c.end_char):
        return "membrane-cue-after"  # "RBC-MDA-MB-231 membranes": a hybrid's first cell
    if any(t in MEMBRANE_CUES or t.endswith("mimetic") for t in content_right):
        if content_right[:1] in (["membrane"], ["membranes"]) and _acted_on(doc, c):
            return None  # "peptides that disrupt the tumor-cell membrane": a target's
        return "membrane-cue-after"
    # "Macrophages were used as the membrane donor", "served as membrane sources"
    if "membrane" in right or "membranes" in right:
        _, further = _window(doc, c.start, c.end, 0, 7)
        if any(a == "membrane" and b in _DONOR_NOUNS for a, b in itertools.pairwise(further)):
            return "membrane-donor"
        # "CAL27 cells supplied the membranes to coat..."
        if any(
            a in _GAVE and b in {"membrane", "membranes"}
            for a, b in itertools.pairwise(t for t in further if t not in {"the", "their"})
        ):
            return "membrane-donor"
    if any(t in _TAKES_THE_DONOR for t in left[-3:]):
        return "membrane-cue-before"  # "nanovesicles produced by extruding HEK293T cells"
    # "<cue> <preposition> [up to 6 modifiers] X": "coated with (the) X", "membrane of
    # PD-1-expressing X cells", "derived from X"
    for i in range(len(left) - 1, -1, -1):
        if left[i] in BEFORE_PREPOSITIONS:
            if left[i] in {"by", "in"} and i > 0 and left[i - 1] in PARTICLE_NOUNS:
                break  # "uptake of membrane-coated NPs by macrophages": the particles' target
            between = left[i + 1 :]
            if (
                # six modifiers, hyphens and commas aside: "membranes from M1-polarized, bone
                # marrow-derived macrophages"
                len(between) - between.count("-") - between.count(",") > 6
                or any(t in STOP_BETWEEN for t in between)
                # the cue's cells named already, a phrase after them: "isolated from dendritic
                # cells undergoing CT26 tumor antigen stimulation" (not a list: "a membrane of
                # red blood cells, platelets and 4T1 cells"; not a short form: "stem cells
                # (MSCs)")
                or any(
                    (a in _CELL_WORDS and b not in _AFTER_CELLS_IN_A_CUE)
                    # an apposition: "membranes of pancreatic stellate cells, the main stromal
                    # cells" describes the donor named already
                    or (a == "," and b in _DETERMINERS)
                    for a, b in itertools.pairwise(between)
                )
                or _verb_after_its_subject(between)
                or _ended_after_its_coating(between)
            ):
                break
            cue_end = i
            if cue_end and left[cue_end - 1] == ")" and "(" in left[max(0, i - 6) : i]:
                # "coated with the cell membrane (CM) of HepG2 cells": past a defined short form
                cue_end = max(j for j in range(max(0, i - 6), i) if left[j] == "(")
            if cue_end and left[cue_end - 1] in _MEMBRANE_PROPERTIES:
                break  # "the membrane integrity of 4T1 cells was disrupted": a target's
            if (
                cue_end
                and left[cue_end - 1] in _COATING_NOUNS
                and _a_target_membrane_before(left[: cue_end - 1])
            ):
                break  # "ROS damaged the plasma membrane of tumor cells"
            if left[i] == "in" and cue_end and left[cue_end - 1] in _NOUNS_NOT_CLOAKING:
                break  # "cloaked in platelet membranes in 4T1 tumors": where, not whose
            if any(t in BEFORE_CUES for t in left[max(0, cue_end - 2) : cue_end]):
                if left[i] == "in" and cue_end and left[cue_end - 1] not in BEFORE_CUES:
                    # "coated with platelet membranes accumulated in MDA-MB-231 xenografts":
                    # where the particles went (not "membranes obtained from 4T1 cells")
                    break
                if cue_end >= 2 and left[cue_end - 2] in _LAB_SURFACES:
                    break  # "a flow chamber coated with endothelial cells": not the carrier
                if (
                    cue_end >= 2
                    and left[cue_end - 1] in _TAKEN_FROM
                    and _names_cells(left[cue_end - 2])
                    and right[:1]
                    and right[0] in _TISSUES
                ):
                    break  # "membranes of macrophages isolated from 4T1 tumors": their origin
                if (
                    cue_end >= 3
                    and left[cue_end - 1] not in BEFORE_CUES
                    and left[cue_end - 3] == "-"
                ):
                    # "membrane-coated nanovaccines with OVA stimulated T cells": the compound
                    # names its donor; "with" starts the particles' own phrase
                    break
                return "membrane-cue-before"
            break
    return None


# the nouns of a coating: "RBC membranes", "platelet vesicles", "erythrocyte ghosts"
_COATING_NOUNS = frozenset({"membrane", "membranes", "vesicles", "ghosts"})
_SUBJECT_NOUNS = PARTICLE_NOUNS | _COATING_NOUNS
_NOUNS_NOT_CLOAKING = _COATING_NOUNS | {"hybrid"}


def _ended_after_its_coating(words: list[str]) -> bool:
    """ "coated with platelet membranes bind circulating MDA-MB-231 cells": the phrase the cue
    governs ended at its coating's noun, and the next word starts the clause."""
    return any(
        a in _COATING_NOUNS and b.isalpha() and b not in _SUBJECT_NOUNS
        for a, b in itertools.pairwise(words)
    )


def _verb_after_its_subject(words: list[str]) -> bool:
    """ "coated with RBC membranes treated 4T1 tumors": the phrase the cue governs ended at
    its noun, and a verb (or an adverb before one) starts the clause that names the cell."""
    return any(
        a in _SUBJECT_NOUNS and (b.endswith("ed") or b.endswith("ly"))
        for a, b in itertools.pairwise(words)
    )


def _inside_brackets_after_at(lowers: list[str], start: int, end: int) -> bool:
    for i in range(start - 1, max(start - 5, 0) - 1, -1):
        if lowers[i] == "[":
            return i > 0 and lowers[i - 1] == "@" and "]" in lowers[end : end + 5]
        if lowers[i] in {"]", "@", "(", ")"}:
            return False
    return False


_TAKEN_FROM = frozenset({"isolated", "derived", "extracted", "harvested", "collected"})
_TISSUES = frozenset({"tumor", "tumors", "tumour", "tumours", "tissue", "tissues", "xenografts"})


def _names_cells(word: str) -> bool:
    """ "cells", "macrophages", "neutrophils", "lymphocytes", "DCs": a plural of cells."""
    return word in _CELL_WORDS or word.endswith(_CELL_PLURAL_ENDINGS) or word in _CELL_PLURALS


_CELL_PLURAL_ENDINGS = ("cytes", "phages", "phils", "blasts")
_CELL_PLURALS = frozenset({"platelets", "dcs", "tams", "mscs", "rbcs", "wbcs", "nks"})


# surfaces of the lab that cells are grown on or coated onto
_LAB_SURFACES = frozenset(
    """chamber chambers plate plates dish dishes well wells flask flasks surface surfaces
    slide slides coverslip coverslips channel channels insert inserts substrate substrates
    chip chips transwell transwells""".split()
)
_ACTS_ON_A_MEMBRANE = frozenset(
    {
        "disrupt",
        "disrupts",
        "disrupting",
        "disrupted",
        "penetrate",
        "penetrates",
        "penetrating",
        "damage",
        "damages",
        "damaging",
        "destroy",
        "destroying",
        "across",
        "through",
        "permeabilize",
        "permeabilizing",
        "lyse",
        "lysing",
        "damaged",
        "destroyed",
        "destroys",
        "cross",
        "crosses",
        "crossed",
        "crossing",
        "penetrated",
        "permeabilized",
        "lysed",
        "lyses",
        "rupture",
        "ruptured",
        "rupturing",
        "perforate",
        "perforated",
        "perforating",
        "breach",
        "breached",
        "breaching",
    }
)
# membranes inside a cell, never a coating taken from it
_ORGANELLE_MEMBRANES = frozenset(
    {"mitochondrial", "nuclear", "lysosomal", "endosomal", "organelle", "inner"}
)
# words between an act and the membrane it acts on: "damaged the outer plasma membrane of"
_MEMBRANE_MODIFIERS = frozenset({"the", "a", "an", "plasma", "cell", "cellular", "outer", "-"})


def _a_target_membrane_before(words: list[str]) -> bool:
    """ "damaged the plasma membrane of", "crossed the membrane of", "the mitochondrial
    membrane of": the words before a "membrane of" name a cell's own membrane, not a coating."""
    kept = [t for t in words[-5:] if t not in _MEMBRANE_MODIFIERS and not t.isspace()]
    return bool(kept) and (kept[-1] in _ACTS_ON_A_MEMBRANE or kept[-1] in _ORGANELLE_MEMBRANES)


def _a_coated_carrier(lowers: list[str], c: Candidate) -> bool:
    """The cell or membrane names a coated carrier with the word after it or as its own
    second half ("cancer cell membrane-coated nanoparticles", "platelet-mimetic"): what
    a drug is loaded into, not a target."""
    second = lowers[c.end - 1] if c.end - c.start > 1 else ""
    following = [t for t in lowers[c.end : c.end + 2] if t != "-"]
    if following:
        second = following[0] if following[0] in _COATED else second
    return second in _COATED or second.endswith(("mimetic", "mimicking"))


def _acted_on(doc: Doc, c: Candidate) -> bool:
    """A membrane named as what something crosses, binds or breaks (a target's membrane)."""
    before = _index_of(doc).lowers[max(0, c.start - 6) : c.start]  # a "." ends the look back
    words = [t for t in before if t not in _BEFORE_A_TARGET_MEMBRANE and not t.isspace()]
    if words[-3:-1] in (["fused", "with"], ["fuse", "with"], ["fusing", "with"]) or (
        words[-2:] in (["fused", "with"], ["fuse", "with"], ["fusing", "with"])
    ):
        # "the nanoparticles fused with the cancer cell membrane": the particles, not another
        # membrane, merge with it (not "RBC membranes were fused with the 4T1 cell membrane")
        at = len(words) - 1 - words[::-1].index("with")
        return at >= 2 and words[at - 2] in PARTICLE_NOUNS
    return bool(words) and (words[-1] in _ACTS_ON_A_MEMBRANE or words[-1] in TARGET_BEFORE)


_BEFORE_A_TARGET_MEMBRANE = frozenset({"the", "a", "an", "tumor", "tumour", "target", "-"})


def _acted_on_after(lowers: list[str], c: Candidate) -> bool:
    """A membrane as the subject of a passive that breaks it ("was disrupted by")."""
    after = [t for t in lowers[c.end : c.end + 4] if not t.isspace()]
    if after[:1] not in (["was"], ["were"], ["is"], ["are"], ["being"], ["became"]):
        return False
    words = after[1:3]
    if words and words[0].endswith("ly"):  # "was severely damaged"
        words = words[1:]
    return bool(words) and words[0] in _ACTS_ON_A_MEMBRANE


def _is_short_form(surface: str) -> bool:
    return len(surface) <= 6 and sum(ch.isupper() for ch in surface) >= 2


def _names_a_carrier(doc: Doc, token: int) -> bool:
    """Whether the token is a particle noun or starts a core name."""
    if _index_of(doc).lowers[token] in PARTICLE_NOUNS:
        return True
    return any(c.field == "cores" and c.start == token for c in doc._.cmnp_candidates or [])


# what a cell's own membrane has, not a coating made of it
_MEMBRANE_PROPERTIES = frozenset(
    {
        "integrity",
        "potential",
        "permeability",
        "damage",
        "disruption",
        "rupture",
        "fluidity",
        "depolarization",
        "tension",
        "permeabilization",
    }
)
# verbs whose object is the donor cell itself
_TAKES_THE_DONOR = frozenset({"extruding"})
_DONOR_NOUNS = frozenset({"donor", "donors", "source", "sources"})
_CELL_WORDS = frozenset({"cell", "cells"})
_AFTER_CELLS_IN_A_CUE = frozenset({",", "(", "membrane", "membranes", "-"})
_GAVE = frozenset({"supplied", "provided", "donated", "furnished", "gave", "contributed"})
_CLAUSE_OPENERS = _DETERMINERS | {"which", "we", "it"}
_COATING_WORDS = MEMBRANE_CUES | BEFORE_CUES | {"@"}
_COATED = frozenset(
    {
        "coated",
        "camouflaged",
        "cloaked",
        "wrapped",
        "enveloped",
        "disguised",
        "derived",
        "based",
        "decorated",
        "functionalized",
        "functionalised",
        "encapsulated",
        "covered",
        "modified",
        "biomimetic",
        "mimetic",
        "camouflaging",
        "cloaking",
        "coating",
    }
)


def _sentence_has_coating_word(doc: Doc, token_index: int) -> bool:
    """Whether the token's sentence holds any word the membrane-context rules look for
    (most cells an abstract names are targets, in sentences with none)."""
    sentence = _sentence_of(doc, token_index)
    index = _index_of(doc)
    known = index.coating_sentences.get(sentence.start)
    if known is None:
        known = any(
            t in _COATING_WORDS or t.endswith("mimetic")
            for t in index.lowers[sentence.start : sentence.end]
        )
        index.coating_sentences[sentence.start] = known
    return known


def _based_on_the_cells(doc: Doc, c: Candidate) -> bool:
    """ "platelet (PLT)-based systems", "platelet-based nanotechnology": a review's carriers
    built on the cells."""
    _, right = _window(doc, c.start, c.end, 0, 5)
    if right[:1] == ["("] and ")" in right[1:4]:
        right = right[right.index(")") + 1 :]
    return right[:2] == ["-", "based"]


# what cells do among themselves, not what coats a carrier
_CELL_BIOLOGY_AFTER = frozenset(
    {"interaction", "interactions", "crosstalk", "adhesion", "communication", "signaling"}
)
REVIEW_CARRIER_CUES = Cue(
    (
        "membrane",
        "coat",
        "camoufl",
        "cloak",
        "mimetic",
        "engineer",
        "cell-based",
        "derived",
        "carrier",
        "vesicle",
        "exosom",
        "hitchhik",
        "delivery",
        "hybrid",  # "erythrocyte-platelet and macrophage-cancer cell hybrids"
    )
)
# a short form defined right after the membrane: "the cell membrane (CM) was extracted"
_DEFINED = r"(?: ?\([A-Za-z]{1,8}\))?"
UNNAMED_DONOR = CaseFree(
    r"\b(?:cell(?:ular)?|hybrid(?: cell)?)[- ]membranes?" + _DEFINED + r"[- ](?:coat|cloak|"
    r"camoufl|wrap|envelop|derived|vesicle|decorat|disguis|functionali[sz]|biomimetic|mimetic|"
    r"cover)\w*|"
    # the field's short form of a cell membrane: "CM-coated nanoparticles"
    r"\bCMs?-(?:coat|cloak|camoufl|wrapp)\w*|"
    r"\b(?:coat|cloak|camoufl|wrapp|envelop|disguis|cover)\w* (?:with|by|in) (?:the |a |an )?"
    r"(?:natural |native |intact )?cell(?:ular)? membranes?\b|"
    # "killer cell membranes were extracted and used to cloak gold nanorods"
    r"\bcell membranes?" + _DEFINED + r" (?:were |was )?(?:\w+ ){0,4}?to (?:coat|cloak|camoufl|"
    r"wrap|envelop|disguis|cover)\w*|"
    # "natural cell membranes were extracted and coated onto gold nanocages"
    r"\bcell membranes?" + _DEFINED + r" (?:were |was )(?:\w+ ){0,3}?(?:coated|cloaked|wrapped|"
    r"fused|camouflaged|extruded) (?:onto|on|around|with)\b|"
    # a donor no lexicon knows: "coated with membranes of cytokine-induced killer cells"
    r"\b(?:coat|cloak|camoufl|wrapp|envelop|disguis|cover)\w* (?:with|by|in) (?:the )?"
    r"(?:cell )?membranes? (?:of|from|derived from|isolated from|extracted from) (?:the )?"
    r"(?:[\w-]+ ){1,4}?cells\b|"
    # "cells genetically engineered to overexpress SIRPα were used to produce membrane
    # nanovesicles": engineered cells no name gives (the fallback runs only when no donor is
    # named, in a paper that coats)
    r"\bcells (?:were )?(?:genetically )?engineered to (?:stably )?(?:over)?express\w*"
)


# What particles do to the cells and vesicles they meet ("inhibiting microglia proliferation",
# "platelets interact with circulating tumor cells", "nanosponges neutralize exosomes"): verbs
# with an object, so the cells or vesicles after them are targets ("activated macrophages"
# can be a donor, so participles stay out)
_ACTS_ON = frozenset(
    {
        "inhibit",
        "inhibiting",
        "block",
        "blocking",
        "deplete",
        "depleting",
        "suppressing",
        "interact",
        "interacts",
        "interacting",
        "bind",
        "binds",
        "binding",
        "adhere",
        "adheres",
        "adhering",
        "recognize",
        "recognizes",
        "recognizing",
        "capture",
        "captures",
        "capturing",
        "neutralize",
        "neutralizing",
        "adsorb",
        "adsorbing",
        "remove",
        "removing",
        "scavenge",
        "scavenging",
        "sequester",
        "sequestering",
        "intercept",
        "intercepting",
        "eliminate",
        "eliminating",
        "eliminates",
        # "photothermal therapy, which destroys cancer cells by heat"
        "destroy",
        "destroys",
        "destroying",
        "kill",
        "kills",
        "killing",
    }
)
# vesicles are rarely a donor after a participle: "captured circulating exosomes"
_DONE_TO_VESICLES = _ACTS_ON | {
    "captured",
    "neutralized",
    "bound",
    "adsorbed",
    "depleted",
    "removed",
    "scavenged",
    "sequestered",
    "intercepted",
    "blocked",
}


def _vesicles_could_coat(doc: Doc, c: Candidate) -> bool:
    """Vesicles named beside a core, neither in the field's background ("Tumor-derived
    exosomes carry PD-L1 that...") nor as what the particles act on ("the nanosponges
    captured circulating exosomes")."""
    if _named_in_background(doc, c):
        return False
    left, _ = _window(doc, c.start, c.end, 5, 0)
    return not any(t in _DONE_TO_VESICLES for t in left)


# a coating named as what the carrier is measured against ("unlike cancer cell membrane-coated
# NPs", "compared with platelet membrane-coated counterparts"); not "versus", which often
# pairs two coatings the paper made
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared (?:with|to)|than|unlike|in contrast to|relative to|superior to|"
    r"outperform(?:ed|s|ing)?) (?:the |a |an |that of |those of )?(?:[\w-]+ ){0,2}$",
    re.IGNORECASE,
)


def _after_a_target_preposition(left: list[str]) -> bool:
    """The nearest preposition before a cell, past its modifiers, is one of a target ("toxic
    to normal L929 fibroblasts"); "of", "from" and the rest end the look-back."""
    for word in reversed(left):
        if word in TARGET_BEFORE:
            return True
        if word in BEFORE_PREPOSITIONS or word in _DETERMINERS:
            return False
    return False


def decide_membranes(doc: Doc, candidates: list[Candidate], review: bool = False) -> list[Mention]:
    """Membrane sources; reviews also count cells named as carriers in a coating sentence."""
    found = []
    has_core = any(c.field == "cores" for c in candidates)
    vesicles_named = VESICLES_NAMED.occurs_in_doc(doc)
    for c in candidates:
        if c.field == "membrane_sources":
            code = c.code
        elif c.field == "cell_lines" and c.entry.extra.get("donor_code"):
            code = c.entry.extra["donor_code"]
            if _differentiated_into_donor(doc, c, candidates):
                continue
        else:
            continue
        if code in EV_CODES:
            # native exosomes as carriers are not membrane coatings; EVs count when they coat,
            # are fused with, or are mimicked by a synthetic nanoparticle
            surface = doc_text(doc)[c.start_char : c.end_char].lower()
            if re.search(r"mimetic|like|biomimetic|coated|hybrid", surface):
                rule = "vesicle-mimetic"
            elif _LIKENED_TO.search(doc_text(doc), max(0, c.start_char - 30), c.start_char):
                rule = ""  # "nanovesicles, which resemble exosomes": a comparison
            elif not _vesicles_could_coat(doc, c) or not _sentence_has_coating_word(doc, c.start):
                rule = ""  # "exosomes released by the treated tumor cells": not a coating
            elif has_core:
                rule = _membrane_context(doc, c) or "vesicle-with-core"
            else:
                rule = _membrane_context(doc, c) or ""
        elif vesicles_named and _preceded_by_vesicles(doc, c):
            continue  # the vesicles' own mention carries the coating
        else:
            rule = _membrane_context(doc, c) or ""
            if not rule and review and c.field == "membrane_sources":
                sentence = _sentence_of(doc, c.start)
                left, _ = _window(doc, c.start, c.end, 8, 0)
                # "homing to", "affinity for tumor cells", "interact with circulating tumor
                # cells": the target; "bacterial infection": a disease
                _, right = _window(doc, c.start, c.end, 0, 1)
                targeted = (
                    any(t in TARGET_BEFORE or t == "for" for t in left[-2:])
                    # "less toxic to normal L929 fibroblasts": the cells exposed to particles
                    or _after_a_target_preposition(left[-4:])
                    or any(t in _ACTS_ON for t in left[-3:])
                    # "phagocytosis by RAW264.7 macrophages": the cells that take particles up
                    or any(
                        a in TARGET_BEFORE and b == "by" for a, b in itertools.pairwise(left[-4:])
                    )
                    # "ROS damaged the plasma membrane of tumor cells", "the nanoparticles
                    # fused with the cancer cell membrane"
                    or _acted_on(doc, c)
                    or (
                        left[-1:] == ["of"]
                        and left[-2:-1] in (["membrane"], ["membranes"])
                        and _a_target_membrane_before(left[:-2])
                    )
                    or right[:1] in (["infection"], ["infections"])
                    # "the biology of platelet-tumor cell interactions"
                    or (bool(right) and right[0] in _CELL_BIOLOGY_AFTER)
                )
                if not targeted and (
                    sentence.start == 0
                    or REVIEW_CARRIER_CUES.occurs_in(_text_of(doc, sentence).lower())
                    or _based_on_the_cells(doc, c)
                ):
                    rule = "review-carrier-sentence"
            if rule and code != "bacterium" and _followed_by_vesicles(doc, c):
                found.append(
                    _mention(
                        doc,
                        c,
                        "membrane_sources",
                        "extracellular_vesicle",
                        "cell-derived-vesicles",
                        0.8,
                        None,
                    )
                )
                continue
        compared = (
            _COMPARED_BEFORE.search(doc_text(doc), max(0, c.start_char - 60), c.start_char)
            if rule and not review
            else None
        )
        if compared and " without " not in compared.group():
            # "circulated longer than platelet membrane-coated NPs": the control's (not
            # "compared to nanoparticles without neutrophil membrane coating")
            continue
        if rule:
            oid = c.entry.ontology_id if c.field == "membrane_sources" else None
            confidence = (
                0.9 if rule in {"membrane-term", "defined-abbreviation", "core@membrane"} else 0.75
            )
            found.append(_mention(doc, c, "membrane_sources", code, rule, confidence, oid))
    found.extend(_coordinated(doc, candidates, found))
    found.extend(_donors_of_their_membranes(doc, candidates, found))
    found.extend(_cells_fused_for_the_membrane(doc, candidates, found))
    if not review:
        found = _without_background_lists(doc, found)
        if {m.code for m in found} & SPECIFIC_LEUKOCYTES:
            # "leukocyte-derived vesicles" made from J774 macrophages: the type the text names
            found = [m for m in found if m.code != "leukocyte"]
    if not found and not review:
        for match in UNNAMED_DONOR.finditer_doc(doc):
            mention = _text_mention(
                doc,
                "membrane_sources",
                "other_cell",
                match.start(),
                match.end(),
                "unnamed-donor",
                0.5,
            )
            # not a coating the text only proposes ("argue for cell membrane coatings in
            # future designs")
            if mention and not PROSPECTIVE.search(
                doc_text(doc)[mention.sentence_start : mention.sentence_end]
            ):
                found.append(mention)
                break
    return found


# cells fused into one hybrid cell whose membrane coats the carrier: "fusing dendritic cells
# with 4T1 cells", "fusion of DCs and cancer cells"
_FUSING = re.compile(r"\bfus(?:ing|ed|ion of|ion between)\s+", re.IGNORECASE)
# what may stand between the fused cells: their modifiers and the word joining them
_BETWEEN_FUSED = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:cells?\s+)?(?:with|and)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)


def _cells_fused_for_the_membrane(
    doc: Doc, candidates: list[Candidate], found: list[Mention]
) -> list[Mention]:
    """Two cells fused into a hybrid cell in a sentence about its membrane coating: both are
    donors ("coated with membranes of fusion cells made by fusing DCs with 4T1 cells")."""
    text = doc_text(doc)
    if "fus" not in text:
        return []
    added: list[Mention] = []
    for match in _FUSING.finditer(text):
        sentence = _sentence_span_at(_index_of(doc), match.start())
        if not _COATED_CARRIER_WORDS.search(text, sentence[0], sentence[1]):
            continue
        cells = [
            c
            for c in candidates
            if match.end() <= c.start_char < min(sentence[1], match.end() + 40)
            and (c.field == "membrane_sources" or c.entry.extra.get("donor_code"))
        ]
        if len(cells) < 2:
            continue
        first, second = cells[0], cells[1]
        between = text[first.end_char : second.start_char]
        if between.strip() not in {"-", "/", "–"} and not _BETWEEN_FUSED.fullmatch(between):
            continue
        if text[match.end() : first.start_char].strip():
            continue  # the first cell right after the fusing word
        known = {m.start_char for m in found}
        for c in (first, second):
            if c.start_char in known:
                continue
            code = c.code if c.field == "membrane_sources" else c.entry.extra["donor_code"]
            oid = c.entry.ontology_id if c.field == "membrane_sources" else None
            added.append(_mention(doc, c, "membrane_sources", code, "fused-cells", 0.7, oid))
    return added


_COATED_CARRIER_WORDS = re.compile(
    r"\b(?:(?:cyto)?membranes?|coat\w*|cloak\w*|camouflag\w*)\b", re.I
)


_LIKENED_TO = re.compile(
    r"\b(?:resembl\w*|similar to|compared (?:with|to)|unlike|than|instead of|rather than|"
    r"as opposed to|alternatives? to)\s+(?:(?:the|natural|native|conventional)\s+)?$",
    re.IGNORECASE,
)
_DERIVED_AFTER = re.compile(r"[\s-]*(?:derived|differentiated)[\s-]+", re.IGNORECASE)


def _differentiated_into_donor(doc: Doc, c: Candidate, candidates: list[Candidate]) -> bool:
    """ "HL-60-derived neutrophil-like cells", "macrophages differentiated from THP-1 cells",
    "neutrophil-like HL-60 cells": the line is where the donor cells came from; the cell type
    named is the donor."""
    derived = _DERIVED_AFTER.match(doc_text(doc), c.end_char)
    if derived is not None:
        return any(
            other.field == "membrane_sources" and other.start_char == derived.end()
            for other in candidates
        )
    if _type_made_of_the_line(doc, c, candidates) is not None:
        return True
    left, _ = _window(doc, c.start, c.end, 2, 0)
    return left == ["differentiated", "from"]


def _type_made_of_the_line(doc: Doc, c: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """ "a neutrophil-like HL-60 membrane": the cell type named just before the line, which
    the line was made into."""
    left, _ = _window(doc, c.start, c.end, 2, 0)
    if left[-1:] == ["like"]:
        like = c.start - 1
    elif left == ["like", "differentiated"]:
        like = c.start - 2  # "neutrophil-like differentiated HL-60 cells"
    else:
        return None
    return next(
        (
            other
            for other in candidates
            if other.field == "membrane_sources" and other.end in (like + 1, like - 1)
        ),
        None,
    )


# the white blood cells the guide codes by type; "leukocyte" is for one left unspecified
SPECIFIC_LEUKOCYTES = frozenset(
    {"macrophage", "neutrophil", "monocyte", "t_cell", "nk_cell", "dendritic_cell"}
)


# "We engineered HEK293T cells to express PD-1 and used their membranes to coat...": the
# cells named last before the pronoun are the donor (not "CD44 on their membranes")
THEIR_MEMBRANES_AT = re.compile(
    r"(?:their|whose) (?:cell |cellular |plasma )?membranes?\b"
    r"(?=[^.;]{0,80}\b(?:coat|cloak|camoufl|wrap|envelop|disguis|fus)\w*)"
)
_LOCATING_WORDS = frozenset({"on", "in", "of", "into", "across"})


THE_MEMBRANES_AT = re.compile(
    r"\bthe (?:(?:resulting|obtained|isolated|extracted|purified|collected|harvested) )?"
    r"(?:cell |plasma )?membranes?\b"
    r"(?=\s+(?:were|was)\s+(?:then\s+|subsequently\s+)?(?:coat|cloak|camoufl|wrap|envelop|"
    r"disguis|fus|used to (?:coat|cloak|camouflage|wrap))\w*)"
)
# "...and the membrane vesicles harvested from them were used to wrap": the same, told after
MEMBRANES_FROM_THEM = re.compile(
    r"\bfrom (?:them|these cells|the (?:engineered |transfected |activated )?cells)\b"
    r"(?=[^.;]{0,80}\b(?:coat|cloak|camoufl|wrap|envelop|disguis|fus)\w*)"
)
_MEMBRANE_BEFORE_FROM = re.compile(r"(?:membranes?|vesicles|nanovesicles|ghosts)\s+(?:\w+\s+)?$")


def _their_membranes(lowered: str) -> Iterator[re.Match[str]]:
    """``THEIR_MEMBRANES_AT`` tried only where "their"/"whose" starts a word (a scan of
    the whole text costs more than every other membrane rule)."""
    if "the membrane" in lowered or "the cell membrane" in lowered or "the isolated" in lowered:
        # "Erythrocytes collected from mice were lysed, and the membranes were coated onto"
        yield from THE_MEMBRANES_AT.finditer(lowered)
    if "from the" in lowered and (" them" in lowered or " cells" in lowered):
        for told_after in MEMBRANES_FROM_THEM.finditer(lowered):
            start = told_after.start()
            if _MEMBRANE_BEFORE_FROM.search(lowered, max(0, start - 40), start):
                yield told_after
    for pronoun in ("their ", "whose "):
        position = lowered.find(pronoun)
        while position >= 0:
            if position == 0 or not lowered[position - 1].isalnum():
                before = lowered[max(0, position - 8) : position].split()
                match = THEIR_MEMBRANES_AT.match(lowered, position)
                if match is not None and not (before and before[-1] in _LOCATING_WORDS):
                    yield match
            position = lowered.find(pronoun, position + 1)


def _donors_of_their_membranes(
    doc: Doc, candidates: list[Candidate], accepted: list[Mention]
) -> list[Mention]:
    found: list[Mention] = []
    lowered = _lowered_text(doc)
    if not lowered:
        return found
    for match in _their_membranes(lowered):
        before = [
            c
            for c in candidates
            if c.end_char <= match.start()
            and (c.field == "membrane_sources" or c.entry.extra.get("donor_code"))
        ]
        if not before:
            continue
        donor = max(before, key=lambda c: c.end_char)
        same_sentence = _sentence_of(doc, donor.start)
        if not same_sentence.start_char <= match.start() < same_sentence.end_char:
            continue
        code = donor.code if donor.field == "membrane_sources" else donor.entry.extra["donor_code"]
        if any(m.code == code for m in accepted):
            continue
        oid = donor.entry.ontology_id if donor.field == "membrane_sources" else None
        found.append(_mention(doc, donor, "membrane_sources", code, "their-membranes", 0.7, oid))
    return found


_ENUMERATION = CaseFree(r"\b(?:such as|including|e\.g\.|for example|namely)\b")


def _without_background_lists(doc: Doc, found: list[Mention]) -> list[Mention]:
    """An original paper's background often lists the field's donors ("cell membranes,
    including erythrocyte, platelet and cancer cell membranes, have been used..."): not this
    paper's coating unless named again outside that list."""
    own_work = own_work_start(doc)
    text = doc_text(doc)
    # "We previously reported platelet membrane-coated nanoparticles for atherosclerosis":
    # the authors' earlier work is background wherever it is told, and so is the field's
    # ("RBC and macrophage membranes have been widely used", in a closing significance note)
    lowered = _lowered_text(doc) or text.lower()
    earlier = (
        {
            start
            for start, end in {(m.sentence_start, m.sentence_end) for m in found}
            if PRIOR_WORK.search(text, start, end) is not None
            or FIELD_STATEMENT.search(text, start, end) is not None
        }
        if any(word in lowered for word in ("previous", "prior work", "earlier", " been "))
        else set()
    )
    # and so are donors the closing lines only propose: "Membranes from a patient's own tumor
    # cells may enable personalized therapy", "Other membranes could be used similarly"
    title_end = text.find(SECTION_BREAK)
    earlier |= {
        start
        for start, end in {(m.sentence_start, m.sentence_end) for m in found}
        if start > title_end
        and (_plans_within(doc, start, end) or DONOR_PROPOSED.search(text, start, end))
    }
    if (own_work == 0 and not earlier) or not found:
        return found
    codes_by_sentence: dict[int, set[str]] = {}
    for m in found:
        codes_by_sentence.setdefault(m.sentence_start, set()).add(m.code)

    def in_background(m: Mention) -> bool:
        return title_end <= m.start_char < own_work or m.sentence_start in earlier

    def listed(m: Mention) -> bool:
        if not in_background(m):
            return False
        if m.sentence_start in earlier or len(codes_by_sentence[m.sentence_start]) >= 3:
            return True
        return _ENUMERATION.search(text[m.sentence_start : m.start_char]) is not None

    kept_codes = {m.code for m in found if not listed(m)}
    # "As Zhang et al. showed, RBC membrane-coated NPs circulate long. Here, platelet...": when
    # the own work (or the title) names donors, one named only before it is the field's
    own_codes = {m.code for m in found if not in_background(m)}
    if own_codes:
        kept_codes &= own_codes
    return [m for m in found if m.code in kept_codes]


DONOR_PROPOSED = re.compile(
    r"\b(?:may|might|could) (?:also |further |potentially |thus |therefore )?(?:enable|allow|"
    r"permit|facilitate|be used|be applied|be extended|be adapted|be employed|be explored)\b|"
    r"\b(?:other|different|additional) (?:cell |cellular |source )?membranes\b",
    re.IGNORECASE,
)
PRIOR_WORK = re.compile(
    r"\b(?:we (?:have )?previously|previously,? we|our (?:previous|prior|earlier) "
    r"(?:work|stud(?:y|ies)|reports?|findings))\b",
    re.IGNORECASE,
)
# the sentence turns from the earlier work to this one: "Building on our previous work, we
# here loaded..."
THIS_WORK = re.compile(
    r"\b(?:here|herein|hereby|now|this (?:study|work|paper)|the present (?:study|work))\b",
    re.IGNORECASE,
)
FIELD_STATEMENT = re.compile(
    r"\b(?:have|has) been (?:widely|extensively|commonly|increasingly|broadly|frequently) "
    r"(?:used|applied|studied|explored|investigated|reported|employed|developed)\b",
    re.IGNORECASE,
)
_CONJUNCTIONS = r"(?:and|or|as well as)"
_CONJUNCTION_BEFORE = re.compile(r"(?:,\s*|\s+)" + _CONJUNCTIONS + r"\s+$|,\s*$")


# "U87 cells and brain endothelial cells", "RBCs and mouse platelets": a donor after one or
# two modifiers (not a verb: "coated with RBC membranes and targeted cancer cells")
_CONJUNCTION_MODIFIERS_BEFORE = re.compile(
    r"\s+" + _CONJUNCTIONS + r"\s+(?:(?![\w-]*(?:ed|ly|s)\s)[a-z][\w-]*\s+){1,2}$"
)


# "X and the STING agonist c": an agent after its class noun
_CONJUNCTION_CLASS_BEFORE = re.compile(
    r"(?:,\s*|\s+)" + _CONJUNCTIONS + r"\s+(?:(?:the|a|an)\s+(?:[\w/-]+\s+){0,2}"
    # (with a prefix: "radiosensitizer", "immunoadjuvant", "chemosensitizer")
    r"(?:radio|chemo|immuno)?(?:inhibitor|agonist|antagonist|antigen|adjuvant|antibody|"
    r"photosensiti[sz]er|sensiti[sz]er|drug|agent|compound|enzyme|peptide|oligonucleotide|"
    r"cytokine|prodrug|dye)\s+|"
    # "co-deliver tumor antigens and adjuvants such as CpG": the class's examples
    r"(?:[\w/-]+\s+)?(?:radio|chemo|immuno)?(?:inhibitor|agonist|antagonist|adjuvant|antibodie|"
    r"photosensiti[sz]er|sensiti[sz]er|drug|agent|compound|enzyme|cytokine|prodrug|dye)s,?\s+"
    r"(?:such as|including|like|e\.g\.,?)\s+)$",
    re.IGNORECASE,
)


def _follows_conjunction_after(
    doc: Doc,
    c: Candidate,
    ends: list[int],
    after_class: bool = False,
    after_modifiers: bool = False,
) -> bool:
    """Whether ``c`` is the second member of a coordination ("X and c", "X, c") whose first
    member ends at one of ``ends`` (a closing "(abbreviation)" may sit between); with
    ``after_class``, also "X and the TLR7 agonist c"; with ``after_modifiers``, also "X cells
    and brain endothelial cells"."""
    text = doc_text(doc)
    before = text[max(0, c.start_char - 20) : c.start_char]
    conjunction = _CONJUNCTION_BEFORE.search(before)
    if conjunction is None and after_class:
        before = text[max(0, c.start_char - 60) : c.start_char]
        conjunction = _CONJUNCTION_CLASS_BEFORE.search(before)
    if conjunction is None and after_modifiers:
        before = text[max(0, c.start_char - 40) : c.start_char]
        conjunction = _CONJUNCTION_MODIFIERS_BEFORE.search(before)
    if conjunction is None:
        return False
    joint = c.start_char - len(before) + conjunction.start()
    return any(0 <= joint - end <= 8 for end in ends)


# "c and X", "c, X", "c (ABBR) and the photosensitizer X": the first member of a coordination
_CONJUNCTION_AFTER = re.compile(
    # "an anti-miR-21 oligonucleotide and the photosensitizer MB": the member's head noun
    r"(?:[\s-]+(?:oligonucleotides?|inhibitors?|mimics?|molecules?|agents?|drugs?))?"
    r"(?:(?:\s*\([^()]{1,12}\))?(?:\s*,)?\s+" + _CONJUNCTIONS + r"\s+|\s*,\s*)"
    r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?"
)


def _precedes_conjunction_before(doc: Doc, c: Candidate, starts: list[int]) -> bool:
    """Whether ``c`` is the first member of a coordination whose second member starts at
    one of ``starts`` (after a determiner and a class noun, if any)."""
    if not starts:
        return False
    text = doc_text(doc)
    conjunction = _CONJUNCTION_AFTER.match(text, c.end_char)
    if conjunction is None:
        return False
    # the regex's optional words may or may not be the member's own first word
    return any(conjunction.start() < s <= conjunction.end() for s in starts)


def _coordinated(doc: Doc, candidates: list[Candidate], accepted: list[Mention]) -> list[Mention]:
    """ "membranes derived from macrophage and cancer cells", "a hybrid membrane of
    erythrocytes and MCF-7 cells": the second cell of a coordination shares the first one's
    role (a cell line as the donor of its cell type)."""
    ends = [m.end_char for m in accepted]
    starts = {m.start_char for m in accepted}
    # "fused erythrocyte and B16F10 cell membranes": the first cell shares the head noun the
    # second one is a donor by
    headed = [m.start_char for m in accepted if m.rule == "membrane-cue-after"]
    extra = []
    for c in candidates:
        if c.field == "membrane_sources":
            code, oid = c.code, c.entry.ontology_id
        elif c.field == "cell_lines" and c.entry.extra.get("donor_code"):
            code, oid = c.entry.extra["donor_code"], None
        else:
            continue
        if c.start_char in starts:
            continue
        if _follows_conjunction_after(
            doc, c, ends, after_modifiers=True
        ) or _precedes_conjunction_before(doc, c, headed):
            extra.append(_mention(doc, c, "membrane_sources", code, "coordinated", 0.7, oid))
            starts.add(c.start_char)
    return extra


_VESICLE_WORDS = frozenset({"exosomes", "exosome", "evs", "ev", "sevs", "microvesicles"})
VESICLES_NAMED = Cue(
    ("exosom", "microvesicle", "extracellular vesicle"), words=("evs", "ev", "sevs")
)
_SOURCE_VERBS = frozenset({"secreted", "derived", "released", "isolated", "obtained", "produced"})


def _preceded_by_vesicles(doc: Doc, c: Candidate) -> bool:
    """ "exosomes secreted by HepG2 cells", "EVs derived from M1 macrophages": the cell is the
    vesicles' source, and the vesicles coat the carrier."""
    left, _ = _window(doc, c.start, c.end, 6, 0)
    for i in range(len(left) - 1, 0, -1):
        if left[i] in {"from", "by", "of"}:
            at = i - 1
            if left[at] in _SOURCE_VERBS and at > 0:
                at -= 1
            # "extracellular vesicles released by activated platelets"
            extracellular = left[at] == "vesicles" and left[at - 1 : at] == ["extracellular"]
            # "exosome membranes from 4T1 cells": the vesicles' own membrane
            if left[at] in {"membrane", "membranes"} and at > 0 and left[at - 1] in _VESICLE_WORDS:
                return True
            return left[at] in _VESICLE_WORDS or extracellular
    return False


def _followed_by_vesicles(doc: Doc, c: Candidate) -> bool:
    _, right = _window(doc, c.start, c.end, 0, 5)
    words = [t for t in right if t not in {"-", "derived", "secreted", "released"}]
    return bool(words) and (words[0] in _VESICLE_WORDS or words[:2] == EXTRACELLULAR_VESICLES)


EXTRACELLULAR_VESICLES = ["extracellular", "vesicles"]


# "\bpoly" written as "p(?<!\wp)oly": a pattern that starts with a literal is scanned for in C
NAMED_POLYMER = re.compile(
    # poly(ethylene glycol) is a coating of the particle, not its core; poly(ADP-ribose) and
    # poly(I:C) are biomolecules (an enzyme's product, an adjuvant), not polymers of a carrier
    r"p(?<!\wp)oly\s?(?:\((?!lactic|lactide|latic|D,L-lactide|ethylene (?:glycol|oxide)|"
    r"ADP-ribose|[IAU]:[CU]\))"
    r"[^()]{2,40}\)|\[[^\]]{2,40}\])"
)


# "lipid multichambered nanoparticles", "lipid-based nanocarriers": lipid particles the lexicon
# does not name ("lipid-coated" calcium phosphate is a calcium core)
LIPID_CARRIER = CaseFree(
    r"\blipid(?:-based)? (?:[a-z]+ ){0,2}?(?:nano-?[a-z]+|nps?)\b", required=("lipid",), reach=40
)
# a formula's dopants or composition before its shape word: "NaYF4:Yb,Tm nanocrystals"
_DOPANTS = re.compile(r"[:@/,.\-+\w]{1,30} ")
# "palladium hydride (PdH) nanocrystals": a word and the short form between
_NAME_AND_SHORT_FORM = re.compile(r" [\w-]{1,20} \([^()]{1,20}\) ")


def decide_cores(doc: Doc, candidates: list[Candidate]) -> list[Mention]:
    cores = [c for c in candidates if c.field == "cores"]
    agents = [c for c in candidates if c.field == "payloads"]
    found = []
    text = doc_text(doc)
    for match, code in itertools.chain(
        ((m, "polymer_other") for m in NAMED_POLYMER.finditer(text)),
        ((m, "liposome") for m in LIPID_CARRIER.finditer_doc(doc)),
    ):
        if any(c.start_char <= match.start() < c.end_char for c in cores):
            continue
        mention = _text_mention(
            doc, "cores", code, match.start(), match.end(), f"named-{code}", 0.6
        )
        if mention:
            found.append(mention)
    for c in cores:
        text = doc_text(doc)[c.start_char : c.end_char].lower()
        if c.code == "gold" and doc_text(doc)[c.end_char : c.end_char + 9].lower() == " standard":
            continue
        # "CdSe quantum dots", "Cu2-xSe nanocrystals": a generic shape word right after
        # another core describes that core
        if c.code in QUALIFIED_SHAPES and any(
            o is not c
            and qualifies_shape(o, c)
            and c.start >= o.end
            and (
                c.start - o.end <= 3
                or _DOPANTS.fullmatch(doc_text(doc), o.end_char, c.start_char)
                or _NAME_AND_SHORT_FORM.fullmatch(doc_text(doc), o.end_char, c.start_char)
            )
            for o in cores
        ):
            continue
        if _modifies_another_core(doc, c, cores) or _dopes_another_core(doc, c, cores):
            continue  # "chitosan-modified liposomes": a surface modification of the core
        if c.code == "other_inorganic" and any(
            o.code == "quantum_dot" and o.start == c.end for o in cores
        ):
            continue  # "CdSe/ZnS quantum dots", "InP/ZnS QDs": the shell of the dots
        if _names_a_lab_material(doc, c):
            continue  # "copper grids", "a silica gel column", "albumin adsorption"
        if (
            c.code == "semiconducting_polymer"
            and text.startswith("conjugated")
            and doc_text(doc)[c.start_char - 1 : c.start_char] == "-"
        ):
            continue  # "doxorubicin-conjugated polymer": a polymer a drug is bound to
        if any(
            p.start_char <= c.start_char
            and c.end_char <= p.end_char
            and p.end_char - p.start_char > c.end_char - c.start_char
            for p in agents
        ):
            continue  # "manganese carbonyl", "zinc phthalocyanine": a drug named by its metal
        confidence = 0.85 if c.rule == "lexicon" else 0.75
        rule = "lexicon:" + text
        if _named_in_background(doc, c):
            rule, confidence = "background", 0.4
        elif _is_comparator(doc, c) and not _coated_itself(doc, c):
            rule, confidence = "comparator", 0.4  # "compared with conventional liposomes"
        found.append(_mention(doc, c, "cores", c.code, rule, confidence, c.entry.ontology_id))
    kept = {m.code for m in found if m.rule not in {"background", "comparator"}}
    if kept & NAMED_POLYMER_CORES and all(
        VAGUE_POLYMER.fullmatch(m.surface)
        for m in found
        if m.code == "polymer_other" and m.rule not in {"background", "comparator"}
    ):
        # "polymeric nanoparticles" in the title, "PLGA" in the abstract: one core, named
        kept.discard("polymer_other")
    if "drug_nanocrystal" in kept and len(kept) > 1:
        # "palladium hydride nanocrystals ... the nanocrystals": a crystal of the other core
        # unless a drug names it ("cabazitaxel nanocrystals")
        drug_ends = {c.end_char for c in candidates if c.field == "payloads"}
        if not any(
            m.code == "drug_nanocrystal"
            and (m.surface.lower() not in BARE_NANOCRYSTAL or m.start_char - 1 in drug_ends)
            for m in found
        ):
            kept.discard("drug_nanocrystal")
    return [m for m in found if m.code in kept]


BARE_NANOCRYSTAL = frozenset({"nanocrystal", "nanocrystals"})


NAMED_POLYMER_CORES = frozenset({"plga", "semiconducting_polymer"})
VAGUE_POLYMER = re.compile(
    r"polymer(?:ic)?(?:[ -](?:nano-?particles?|NPs?|cores?|nano-?(?:carrier|platform|system|"
    r"formulation|sphere|vehicle|composite)s?|carriers?))?",
    re.IGNORECASE,
)


# a material named for the lab's use of it or for its biology, not as the carrier
# ("carbon-coated copper grids", "a silica gel column", "albumin adsorption", "iron levels")
_NO_PARTICLE_AFTER = frozenset(
    {
        "grid",
        "grids",
        "gel",
        "column",
        "columns",
        "adsorption",
        "binding",
        "level",
        "levels",
        "content",
        "flux",
        "concentration",
        "concentrations",
        "staining",
        "standard",
        "standards",
        "electrode",
        "electrodes",
        "substrate",
        "substrates",
        "foil",
        "wafer",
        "plate",
        "plates",
        # the element's biology, not a particle ("copper-dependent cell death", "iron
        # chelators", "iron overload")
        "dependent",
        "chelating",
        "chelator",
        "chelators",
        "chelation",
        "overload",
        "deficiency",
        "homeostasis",
        "metabolism",
        # a drug class's resistance, not a particle ("platinum-resistant ovarian cancer")
        "resistant",
        "resistance",
        "refractory",
        # an enzyme named by its metal ("manganese superoxide dismutase")
        "superoxide",
    }
)
# a blood test's markers beside albumin ("serum albumin, creatinine and urea levels")
_BLOOD_CHEMISTRY = (
    "creatinine",
    "urea",
    "bilirubin",
    "globulin",
    "biochemi",
    "liver function",
    "kidney function",
    "renal function",
    "hepatic function",
)
# what a size standard is called ("polystyrene beads ... used as a size standard")
_SIZE_STANDARDS = ("calibrat", "size standard", "size marker", "size reference")


def _names_a_lab_material(doc: Doc, c: Candidate) -> bool:
    lowers = _index_of(doc).lowers
    following = [t for t in lowers[c.end : c.end + 2] if t != "-"]
    if bool(following) and following[0] in _NO_PARTICLE_AFTER:
        return True
    # "copper ions are cofactors", "platinum-based drugs": an element as ions or as the metal
    # of a drug class, no particle (the lexicon's "manganese-based" holds its "based")
    if c.code in _ION_FORMING_CORES:
        after = [t for t in lowers[c.end : c.end + 4] if t != "-"]
        if after[:1] == ["based"] and lowers[c.end - 1] != "based":
            after = after[1:]
        if after[:1] in (["ions"], ["ion"]) or (after and after[0] in _DRUG_CLASS_NOUNS):
            return True
    text = doc_text(doc)
    lowered = _lowered_text(doc) or text.lower()
    # "a ruthenium(II) polypyridyl complex", "a platinum(IV) prodrug": a molecule around a
    # metal ion, no particle
    if (
        lowered.find("complex", c.end_char, c.end_char + 40) >= 0
        or lowered.find("prodrug", c.end_char, c.end_char + 40) >= 0
    ) and METAL_COMPLEX_AFTER.match(text, c.end_char):
        return True
    # "mice were pretreated with clodronate liposomes": the reagent that depletes macrophages
    around = lowered[max(0, c.start_char - 30) : c.end_char + 25]
    if c.code == "liposome" and "clodronate" in around:
        return True
    # "serum albumin, creatinine and urea levels were normal": a blood test, no carrier
    if c.code == "albumin" and following[:1] in ([","], ["and"], ["/"], ["were"], ["was"], []):
        sentence = _sentence_of(doc, c.start)
        said = lowered[sentence.start_char : sentence.end_char]
        if any(marker in said for marker in _BLOOD_CHEMISTRY):
            return True
    # "polystyrene beads of known size were used to calibrate the flow cytometer"
    if not any(word in lowered for word in _SIZE_STANDARDS):
        return False
    sentence = _sentence_of(doc, c.start)
    return any(
        lowered.find(word, sentence.start_char, sentence.end_char) >= 0 for word in _SIZE_STANDARDS
    )


_ION_FORMING_CORES = frozenset(
    {"copper", "manganese", "platinum", "gold", "calcium", "other_inorganic"}
)
_DRUG_CLASS_NOUNS = frozenset(
    {"drugs", "drug", "chemotherapy", "chemotherapeutics", "agents", "regimens", "regimen"}
)


METAL_COMPLEX_AFTER = re.compile(
    r"(?:\s*\((?:I|II|III|IV|V|VI|0)\))?(?:[\s-]+[\w-]+){0,2}?[\s-]+"
    r"(?:complex(?:es)?|prodrugs?)\b",
    re.IGNORECASE,  # a title's "Ruthenium(II) Complex"
)


# "chitosan-modified liposomes", "manganese-based MOF", "Mn-doped CaCO3": the other core is it
_MODIFYING = frozenset(
    {
        "modified",
        "functionalized",
        "functionalised",
        "decorated",
        "conjugated",
        "grafted",
        "capped",
        "based",
        "doped",
    }
)


def _modifies_another_core(doc: Doc, c: Candidate, cores: list[Candidate]) -> bool:
    lowers = _index_of(doc).lowers
    if c.end - c.start >= 3 and lowers[c.end - 2] == "-" and lowers[c.end - 1] in _MODIFYING:
        after = c.end  # the lexicon term holds the word: "manganese-based"
    elif c.end + 2 < len(lowers) and lowers[c.end] == "-" and lowers[c.end + 1] in _MODIFYING:
        after = c.end + 2
    else:
        return False
    if lowers[after - 1] == "decorated" and c.code in _METAL_NANOPARTICLE_CORES:
        return False  # "platinum-decorated ceria": metal particles on the core, a part of it
    return any(o.code != c.code and 0 <= o.start - after <= 1 for o in cores)


_METAL_NANOPARTICLE_CORES = frozenset({"gold", "platinum", "copper", "bismuth", "other_inorganic"})


def _dopes_another_core(doc: Doc, c: Candidate, cores: list[Candidate]) -> bool:
    """A dopant is part of the core named before it ("CaCO3 nanoparticles doped with copper"),
    as in "Cu-doped CaCO3", which ``_modifies_another_core`` reads."""
    lowers = _index_of(doc).lowers
    if c.start < 2 or lowers[c.start - 1] not in {"with", "by"}:
        return False
    if lowers[c.start - 2] not in {"doped", "co-doped", "codoped"}:
        return False
    sentence = _sentence_of(doc, c.start)
    return any(
        o.code != c.code and sentence.start <= o.start and o.end <= c.start - 2 for o in cores
    )


_CARRIED_AFTER = frozenset({"loaded", "encapsulated", "laden", "containing", "incorporated"})


def _names_a_control(doc: Doc) -> bool:
    """Whether the abstract uses a word of ``AS_A_CONTROL`` at all (once per doc)."""
    known: bool | None = doc.user_data.get("cmnp_names_a_control")
    if known is None:
        lowered = _lowered_text(doc) or doc_text(doc).lower()
        known = any(word in lowered for word in AS_A_CONTROL.required)
        doc.user_data["cmnp_names_a_control"] = known
    return known


_APPOSITION_AFTER = re.compile(r",\s(?:the|a|an)\s[^,;()]{1,60},")
AS_A_CONTROL = CaseFree(
    # "... served as a clinical comparator", or right after the drug: "received gemcitabine
    # as a standard-of-care control"
    r"(?:\b(?:served|serving|used|were used|was used|acted|included) as|^\s*(?:\([^()]{1,20}\)"
    r"\s*)?as) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:controls?|comparators?|references?|"
    r"benchmarks?)\b|"
    # "gemcitabine was given to a reference group"
    r"\b(?:given|administered|injected) to (?:a |an |the )?(?:[\w-]+ )?(?:control|reference|"
    r"comparator) (?:groups?|arms?|cohorts?)\b|"
    # "doxorubicin hydrochloride (positive control)": the control named in brackets
    r"^(?:\s*[\w-]+){0,2}\s*\((?:as )?(?:a |an |the )?(?:[\w-]+ )?(?:controls?|comparators?|"
    r"references?|benchmarks?)\)",
    required=("control", "comparator", "reference", "benchmark"),
)


def _given_on_its_own(doc: Doc, c: Candidate, left: list[str], right: list[str]) -> bool:
    """An agent the text gives beside the carrier, by its own route or as its own step."""
    text = doc_text(doc)
    # "NPs carrying R848 were co-administered", "NPs loaded with the CSF1R inhibitor BLZ945 were
    # injected intraperitoneally": the particles are given, the agent is in them
    clause = left[-6:]
    if ";" in clause:  # "...loaded with bortezomib were tested; dexamethasone was co-administered"
        clause = clause[len(clause) - clause[::-1].index(";") :]
    loaded = any(t in LOAD_CUES for t in clause)
    if not loaded and GIVEN_ON_ITS_OWN_AFTER.match(text, c.end_char):
        return True  # "dexamethasone was co-administered orally"
    if not loaded and any("".join(left[-i:]) in _GIVEN_BESIDE for i in (1, 3)):
        return True  # "we co-administered CA4P with coated liposomes carrying TPZ"
    if (
        not loaded
        and left[-2:-1] in (["subsequently"], ["separately"], ["then"], ["later"])
        and left[-1] in {"injected", "administered", "given"}
    ):
        return True  # "the penetration of subsequently injected gemcitabine"
    if not loaded and _HOST_RECEIVED.fullmatch(" ".join(left[-4:])) and not _names_particles(right):
        return True  # "mice received cyclophosphamide to deplete Tregs": the host's own dose
    # "after CA4P treatment", "followed by paclitaxel chemotherapy": a step of its own
    return bool(
        (left[-1:] in (["after"], ["following"], ["plus"]) or left[-2:] == ["followed", "by"])
        and right[:1]
        and right[0] in _OWN_TREATMENT_AFTER
    )


def _is_comparator(
    doc: Doc, c: Candidate, window: tuple[list[str], list[str]] | None = None
) -> bool:
    """``window``: the words around ``c`` if the caller has them (the last word before and
    the first two after are read)."""
    left, right = window or _window(doc, c.start, c.end, 4, 2)
    # (not "carrier-free paclitaxel": the drug is the particle)
    if left and left[-1] in COMPARATOR_BEFORE and left[-2:-1] != ["-"]:
        return True
    if left[-2:-1] in (["than"], ["versus"], ["vs"]) and left[-1].isalpha():
        return True  # "longer than PEGylated liposomes", "versus bare PLGA"
    if right[:1] == ["alone"]:
        return True  # "31 days for capecitabine alone": the drug's own group
    if right[:2] == ["-", "free"]:
        return True  # "DOX-free nanoparticles" carry none
    if (
        right[:2] == ["-", "based"]
        and any(word in _GIVEN_BEFORE for word in left)
        and _A_REGIMEN_AFTER.match(doc_text(doc), c.end_char)
    ):
        # "patients who had failed oxaliplatin-based chemotherapy": a regimen given before
        # (not "Ce6-based photodynamic therapy and DOX-based chemotherapy" of the carrier)
        return True
    if "(" in left:
        # "the positive control (5 mg/kg cisplatin)": the control's own drug
        opening = len(left) - 1 - left[::-1].index("(")
        if opening and left[opening - 1] in _CONTROL_NOUNS and ")" not in left[opening:]:
            return True
    if _names_a_control(doc):
        sentence = _sentence_of(doc, c.start)
        text = doc_text(doc)
        # past an apposition: "Photofrin, the clinically approved photosensitizer, served..."
        apposition = _APPOSITION_AFTER.match(text, c.end_char, sentence.end_char)
        start = apposition.end() if apposition else c.end_char
        after = text[start : min(sentence.end_char, start + 60)].split(";")[0]
        if AS_A_CONTROL.search(after):
            return True  # "DOX-loaded liposomes (Doxil) served as a clinical comparator"
    # "Compared with free GEM, GEM-loaded NPs...", "than free DOX, DOX@RBC...": carried
    if right and (
        right[0] == "@" or (right[0] == "-" and right[1:2] and right[1] in _CARRIED_AFTER)
    ):
        return False
    if _given_on_its_own(doc, c, left, right):
        return True
    text = doc_text(doc)
    before = _clause_before(text, c.start_char, 40)
    if any(phrase in before for phrase in COMPARATOR_PHRASES) or _listed_after_a_comparison(
        text, c
    ):
        return True
    if _SENSITIZED_TO.search(before) and not _LOADED_AFTER.match(text, c.end_char):
        return True  # "sensitized SKOV3/DDP cells to cisplatin": the drug the cells now answer
    if "combin" in before:
        if "combination ind" in before:
            return True  # "combination index values with tamoxifen": a synergy assay's drug
        if right[:1] and right[0] in _OWN_TREATMENT_AFTER:
            return True  # "combined with paclitaxel chemotherapy": given as its own treatment
        return _combined_with_the_treatment(text, c)
    if "combination of" in text[max(0, c.start_char - 100) : c.start_char].lower():
        return _combined_with_the_treatment(text, c)  # "combination of the NPs with cisplatin"
    return False


# the members before a drug in a list: "cyclophosphamide, doxorubicin and "
_LIST_BEFORE = re.compile(r"(?:\s*(?:free )?[\w()-]+(?: [\w()-]+)?\s*(?:,|,? and|,? or))+\s*$")


def _clause_before(text: str, end: int, reach: int) -> str:
    """The lower-cased text of the clause before ``end``, at most ``reach`` characters back."""
    before = text[max(0, end - reach) : end].lower()
    return before[max(before.rfind(". "), before.rfind("; ")) + 1 :]


def _listed_after_a_comparison(text: str, c: Candidate) -> bool:
    """A later member of a list that a comparison opens ("than the regimen of
    cyclophosphamide, doxorubicin and fluorouracil"), past the clause look-back's reach."""
    before = _clause_before(text, c.start_char, 100)
    ends = [before.rfind(phrase) + len(phrase) for phrase in COMPARATOR_PHRASES if phrase in before]
    return bool(ends) and _LIST_BEFORE.fullmatch(before, max(ends)) is not None


# what the carrier makes cells or tumors answer to, in the same clause ("sensitized the
# resistant cells to", "restored the sensitivity of tumors to"): given on its own
_SENSITIZED_TO = re.compile(
    r"\b(?:re-?)?sensiti[sz](?:ed|es|e|ing)\b[^,;]{0,30}\bto(?: the| an?)?\s*$|"
    r"\bsensitivity of\b[^,;]{0,30}\bto(?: the| an?)?\s*$"
)

# "...to doxorubicin, which was co-loaded": the carrier holds it after all
_LOADED_AFTER = re.compile(
    r"[^.;]{0,25}?\b(?:co-?)?(?:loaded|laden|encapsulated|delivered|entrapped|incorporated|"
    r"carried)\b",
    re.IGNORECASE,
)


def _combined_with_the_treatment(text: str, c: Candidate) -> bool:
    """ "NPs ... were combined with anti-PD-1", "Combined with gemcitabine, the NPs...": given
    beside the carrier, not in it."""
    clause = text[max(0, c.start_char - 100) : c.start_char].lower()
    return bool(GIVEN_WITH_THE_CARRIER.search(clause) or GIVEN_ALONGSIDE.search(clause))


_GIVEN_BEFORE = frozenset(
    """failed failing after prior previous previously received receiving refractory following
    underwent undergoing""".split()
)
_A_REGIMEN_AFTER = re.compile(
    r"-based (?:[\w-]+ )?(?:chemo(?:radio)?therap(?:y|ies)|regimens?|treatments?|therap(?:y|ies)|"
    r"first-line|standard)\b",
    re.IGNORECASE,
)
_CONTROL_NOUNS = frozenset({"control", "controls", "reference", "benchmark", "comparator"})
# the host dosed with the agent itself: "mice received X", "rats were pretreated with X"
_HOST_RECEIVED = re.compile(
    r"(?:.* )?(?:mice|rats|animals|patients|rabbits|hosts) (?:(?:had |then |first )?received|"
    r"were (?:first |then )?(?:given|pretreated with|pre-treated with|dosed with|treated with))"
)


def _names_particles(right: list[str]) -> bool:
    """The agent names the particles it is in ("received DOX-loaded NPs", "DOX@RBC")."""
    return bool(right) and (
        right[0] in {"-", "@", "/", "loaded", "np", "nps", "liposomes", "micelles", "particles"}
        or right[0].startswith("nano")
    )


_GIVEN_BESIDE = frozenset(
    {"co-administered", "coadministered", "co-administering", "co-injected", "coinjected"}
)
_OWN_TREATMENT_AFTER = frozenset(
    {
        "chemotherapy",
        "chemotherapeutic",
        "treatment",
        "therapy",
        "monotherapy",
        "injection",
        "injections",
    }
)
# a drug given beside the carrier, not in it
GIVEN_ON_ITS_OWN_AFTER = re.compile(
    r"\s*(?:\([^()]{1,15}\)\s*)?(?:(?:was|were)\s+)?(?:\w+ly\s+)?(?:co-?administered|"
    r"(?:given|administered|injected)\s+(?:orally|intraperitoneally|separately|alone))",
    re.IGNORECASE,
)


_TOOL_AFTER = frozenset(
    {
        "resistant",
        "labeled",
        "labelled",
        "stained",
        "sensitive",
        "pretreatment",
        "pre-treatment",
        "inducible",  # "tamoxifen-inducible Cre mice"
        "pretreated",  # "membranes of DOX-pretreated cancer cells"
        "pre-treated",
        "treated",
    }
)
# what a drug-like word names when a target noun follows ("tyrosine kinase inhibitor",
# "folate receptor", "glutamine metabolism"): the target, not an agent
_TARGET_AFTER = frozenset(
    {
        "kinase",
        "kinases",
        "receptor",
        "receptors",
        "transporter",
        "transporters",
        "synthase",
        "hydroxylase",
        "phosphatase",
        "deaminase",
        "reductase",
        "dehydrogenase",
        "channel",
        "channels",
        "metabolism",
        "pathway",
        "pathways",
    }
)
# the gene a nucleic acid encodes or silences ("IL-12 mRNA", "PD-L1 siRNA"): the nucleic acid
# is the payload, the protein is not
_NUCLEIC_AFTER = frozenset({"mrna", "sirna", "shrna", "plasmid", "plasmids", "pdna"})
_RESPONSE_NOUNS = frozenset(
    {
        "sensitivity",
        "sensitive",
        "sensitized",
        "resistance",
        "resistant",
        "refractory",
        "insensitive",
        "response",
        "responsiveness",
    }
)
_TOOL_VERBS = frozenset(
    {
        "labeled",
        "labelled",
        "stained",
        "pretreated",
        "pre-treated",
        "preincubated",
        "pre-incubated",
        "tagged",
    }
)


def _labeled_earlier(doc: Doc, c: Candidate) -> bool:
    """ "We (radio)labeled the coated NPs with iodine-131": a radionuclide's loading cue."""
    sentence = _sentence_of(doc, c.start)
    return "label" in doc_text(doc)[sentence.start_char : c.start_char].lower()


# a radionuclide "labeled" onto a carrier for internal radiotherapy is its payload
RADIOTHERAPY_PURPOSE = Cue(
    (
        "radiotherapy",
        "radiation therapy",
        "internal radiation",
        "radioisotope therapy",
        "brachytherapy",
        "radioimmunotherapy",
        "radionuclide therapy",
    )
)


def _introduced_by_a_load_word(left: list[str]) -> bool:
    """ "encapsulating X", "loaded with X", "carrying the drug X": the words before a drug
    name the carrier's loading."""
    words = [t for t in left[-3:] if t not in {"with", "the", "a", "an", "drug", "agent"}]
    return bool(words) and words[-1] in LOAD_CUES


def _names_a_tool(left: list[str], right: list[str]) -> bool:
    """A drug or dye named as a property of cells or particles, or as an assay reagent: not
    what the carrier delivers. ``left``: up to six words before it; ``right``: two after."""
    after = [t for t in right if t != "-"]
    if after and (after[0] in _TOOL_AFTER or after[0] in _TARGET_AFTER):
        # "NPs encapsulating triptolide treated pancreatic cancer": the carrier's verb, not a
        # "triptolide-treated" property (written with its hyphen)
        return not (
            right[:1] != ["-"] and after[0] in _GIVEN_TO_CELLS and _introduced_by_a_load_word(left)
        )
    if right[:2] == ["-", "induced"]:
        return True  # "cisplatin-induced kidney injury": the insult a model is made with
    if after and after[0] in _RESPONSE_NOUNS:
        return True  # "restored tamoxifen sensitivity", "cisplatin-resistant cells"
    if after[:1] == ["to"] and after[1:2] and after[1] in _TRACKING_VERBS:
        return True  # "and DiR to image biodistribution": a dye for watching the carrier
    if left and left[-1] in _BREAKS_DOWN:
        return True  # "intratumoral bacteria degrade gemcitabine": what happens to the drug
    if any(t in _IN_A_MEDIUM and left[i - 1] in _MEDIA for i, t in enumerate(left) if i > 0):
        return True  # "fed a diet containing doxycycline", "medium supplemented with"
    if any(t in _ENCODING for t in left[-3:]):
        # "a plasmid encoding TRAIL", "mRNA encoding the tumor antigen TRP2": the gene, the
        # nucleic acid is the payload
        return True
    if left and left[-1] in _REPORTERS:
        return True  # "a luciferase plasmid": a reporter the cells were given, not a payload
    if left and left[-1] in {"gene", "genes"}:
        return True  # "a plasmid encoding the suicide gene HSV-TK": the gene, not an agent
    if len(left) >= 2 and left[-1] == "to" and left[-2] in _RESPONSE_NOUNS:
        return True  # "increasing their sensitivity to temozolomide": a drug given to test it
    # "labeled with DiR", "pretreated with the autophagy inhibitor chloroquine"
    for i in range(len(left) - 1, 0, -1):
        if left[i] == "with":
            carried = bool(after) and (after[0] in {"@", "-"} or after[0] in LOAD_CUES)
            verb = left[i - 1]
            if left[i - 2 : i - 1] == ["pre"]:
                verb = "pre-" + verb  # "pre-treated", "pre-incubated" (read without the hyphen)
            made_with = verb in _MODEL_MADE_WITH and not _CARRIED_BEFORE & set(left[i + 1 :])
            if verb in _TOOL_VERBS or ((verb in _TRANSFECTED or made_with) and not carried):
                # "cells were transfected with a plasmid" (not "with siRNA-loaded"),
                # "immunosuppression was induced with cyclophosphamide", "macrophages were
                # depleted with clodronate liposomes", "anesthetized with ketamine"
                return True
            # "CT26 cells were first treated with mitoxantrone": given to cells, not carried
            # (not "cells were treated with DOX-loaded NPs")
            return (
                left[i - 1] in _GIVEN_TO_CELLS
                and any(t in {"cells", "cell", "line", "lines"} for t in left[: i - 1])
                and not carried
            )
    return False


# what a model or a host is made with, not what the carrier delivers
_MODEL_MADE_WITH = frozenset(
    {"induced", "depleted", "anesthetized", "anaesthetized", "sedated", "immunosuppressed"}
)
# ("induced with the released doxorubicin": the carrier's drug)
_CARRIED_BEFORE = frozenset({"released", "delivered", "loaded", "encapsulated", "carried"})
_ENCODING = frozenset({"encoding", "encodes", "encoded", "expressing"})
_TRACKING_VERBS = frozenset(
    {"image", "track", "trace", "visualize", "visualise", "monitor", "label", "follow"}
)
_BREAKS_DOWN = frozenset(
    {
        "degrade",
        "degrades",
        "degraded",
        "degrading",
        "metabolize",
        "metabolizes",
        "metabolized",
        "metabolise",
        "metabolises",
        "metabolised",
        "inactivate",
        "inactivates",
        "inactivated",
        "deaminate",
        "deaminates",
        "deaminated",
    }
)
# what animals eat or drink and what cells grow in, not a carrier
# (not "a solution containing DOX", which may be how the carrier was loaded)
_MEDIA = frozenset({"diet", "chow", "food", "feed", "water", "medium", "media", "broth"})
_IN_A_MEDIUM = frozenset({"containing", "contained", "supplemented"})
# a gene's level measured ("downregulated miR-21", "miR-155 expression")
_LEVEL_CHANGED = frozenset(
    {
        "lowered",
        "decreased",
        "reduced",
        "downregulated",
        "down-regulated",
        "upregulated",
        "up-regulated",
        "increased",
        "elevated",
        "restored",
        "silenced",
        "suppressed",
        "inhibited",
        "high",
        "low",
    }
)
_LEVEL_NOUNS = frozenset({"expression", "level", "levels", "abundance", "upregulation"})
_REPORTERS = frozenset({"luciferase", "gfp", "egfp", "reporter", "luc", "mcherry", "rfp"})
_TRANSFECTED = frozenset({"transfected", "transduced"})
_GIVEN_TO_CELLS = frozenset({"treated", "incubated", "stimulated", "exposed"})


# The long tail of payloads: a drug-looking word in a loading frame ("X-loaded", "loaded with
# X", "encapsulating the natural product X") that no lexicon knows.
# a drug word, a natural product acid ("glycyrrhetinic acid") or a development code
# ("bez235", "mk-2206"; read as written by ``_is_development_code``)
_DRUG_NAME = r"(?P<drug>[a-z]{2,5}-?\d{3,6}[a-z]?(?![\w-])|[a-z][a-z0-9]{4,}(?: acid)?)"
SUFFIX_FRAME = re.compile(r"\b" + _DRUG_NAME + r"-(?:loaded|encapsulated|laden)\b")
SUFFIX_FRAME_CUES = ("-loaded", "-encapsulated", "-laden")
# the verbs of a loading frame ("loaded with X", "entrapping the inhibitor X")
_FRAME_VERBS = (
    r"(?:loaded|encapsulat\w+|co-?loaded|carr(?:ying|ied|ies)|deliver(?:ing|ed|s)?|"
    r"containing|entrap(?:ping|ped|s)?)"
)
VERB_FRAME = re.compile(
    r"\b" + _FRAME_VERBS + r" "
    r"(?:with |of )?"
    r"(?:the |a )?(?:(?:anti-?cancer|anti-?tumou?r|chemotherapeutic|natural|hydrophobic|"
    r"traditional chinese|herbal) )*(?:drug |agent |compound |product |medicine )?"
    + _DRUG_NAME
    + r"\b"
)
# "loaded with X, Y and Z": the agents coordinated with a frame's drug share its loading
# (a noun phrase ends there: "and alleviate hypoxia" is a verb and its object)
COORDINATED_DRUG = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+" + _CONJUNCTIONS + r"\s+)"
    # "and the hedgehog inhibitor X": the agent after its class, a code name too ("and the
    # PD-L1 inhibitor BMS-202")
    r"(?P<cls>(?:the|a)\s+(?:[a-z0-9/-]+\s+){0,2}(?:inhibitor|agonist|antagonist|drug|agent|"
    r"photosensitizer|sensitizer|compound|alkaloid|flavonoid|antibiotic)\s+)?"
    r"(?(cls)(?P<code>[a-z0-9]+(?:-[a-z0-9]+)*)|" + _DRUG_NAME + ")"
    r"(?=\s*[,.;:()\n]|\s*$|\s+(?:and|or|into|in|to|for|were|was|are|is|as|with|within|by|"
    r"from|on|at)\b)"
)
VERB_FRAME_CUES = ("loaded", "encapsulat", "coloaded", "carr", "deliver", "containing", "entrap")
_DRUG_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _word_start(text: str, position: int) -> int:
    """Where the drug word ending at ``position`` begins."""
    while position > 0 and text[position - 1] in _DRUG_WORD_CHARS:
        position -= 1
    return position


def _frame_matches(text: str) -> list[re.Match[str]]:
    """Both frames' ``finditer`` matches, found by trying the patterns only where they can
    start: at a verb cue, or at the word before a "-loaded" cue (a regex scan tries every
    position of the abstract)."""
    starts: dict[re.Pattern[str], set[int]] = {VERB_FRAME: set(), SUFFIX_FRAME: set()}
    for cues, pattern in ((VERB_FRAME_CUES, VERB_FRAME), (SUFFIX_FRAME_CUES, SUFFIX_FRAME)):
        for cue in cues:
            position = text.find(cue)
            while position >= 0:
                start = position
                if pattern is SUFFIX_FRAME:  # back to the start of the word before
                    start = _word_start(text, position)
                    if start > 0 and text[start - 1 : position] == " acid":  # "X acid-loaded"
                        starts[pattern].add(_word_start(text, start - 1))
                elif cue == "loaded" and position >= 3 and text.startswith("co-", position - 3):
                    starts[pattern].add(position - 3)
                starts[pattern].add(start)
                position = text.find(cue, position + 1)
    matches = []
    for pattern, positions in starts.items():
        reached = 0  # finditer's matches do not overlap: the leftmost one wins
        for start in sorted(positions):
            if start < reached:
                continue
            match = pattern.match(text, start)
            if match is not None:
                matches.append(match)
                reached = match.end()
    return matches


DRUG_LIKE_ENDINGS = (
    "in",
    "ine",
    "ol",
    "one",
    "ide",
    "ate",
    "ib",
    "ab",
    "il",
    "ole",
    "oid",
    "ene",
    "xel",
    "cin",
    "rin",
    "tin",
    "sin",
    "lin",
    "din",
    "ium",
    "stat",
    "mod",
)
NOT_DRUGS = frozenset(
    """protein proteins albumin gelatin insulin fibrin ferritin melanin hemoglobin
    haemoglobin nanoparticles particles nanocarriers drugs agents molecules cargo cargos
    medicine therapeutics chemotherapeutics antigen antigens membrane membranes vesicles
    exosomes cells tumor tumors tumour glucose oxygen iron calcium manganese copper gold
    silica polymer polymers lipid lipids liposome liposomes micelles platelets erythrocytes
    macrophages neutrophils photosensitizer photosensitizers dye dyes fluorescein coumarin
    rhodamine plasmid peptide peptides enzyme enzymes nanozyme nanozymes both various multiple
    different these those their hydrophobic hydrophilic cholesterol lecithin heparin
    transferrin lactoferrin glutathione dopamine mannitol ethanol methanol glycerol
    phospholipid phospholipids lipoprotein collagen fibronectin hemoglobin vitamin
    protamine spermine polyethylenimine polylysine lysine cysteine histidine glycine iodine
    coated modified conjugated cocktail cocktails mixture combination
    sodium potassium magnesium lithium ammonium barium gadolinium selenium tellurium titanium
    cerium platinum palladium ruthenium iridium aluminium aluminum zinc
    within therein wherein herein inside outside alongside beside alone none certain again
    main separate appropriate adequate moderate accurate ultimate immediate""".split()
)
# acids that build, coat or target a carrier rather than treat
NOT_DRUG_ACIDS = frozenset(
    """hyaluronic folic nucleic lactic glycolic polylactic oleic stearic linoleic palmitic
    phenylboronic sialic ribonucleic deoxyribonucleic tannic alginic polyacrylic polyglutamic
    polyaspartic citric acetic""".split()
)


def _is_drug_name(name: str) -> bool:
    if name.endswith(" acid"):
        head = name[: -len(" acid")]
        return head.endswith("ic") and head not in NOT_DRUG_ACIDS
    return name not in NOT_DRUGS and name.endswith(DRUG_LIKE_ENDINGS)


_NEXT_WORD = re.compile(r"[\s-]+([a-z]+)")


# "loaded with the HSP90 inhibitor 17-AAG": an agent named after its class, often by a code
CLASS_AGENT_FRAME = re.compile(
    r"\b" + _FRAME_VERBS + r" "
    r"(?:with |of )?(?:the |a |an )?(?:[a-z0-9/-]+ ){0,2}?"
    r"(?:inhibitor|agonist|antagonist|activator|blocker) \(?"
    r"(?P<drug>[a-z0-9]+(?:-[a-z0-9]+)*)\b"
)
_AGENT_CLASSES = ("inhibitor", "agonist", "activator", "blocker")  # "agonist" in "antagonist"


def _agent_group(match: re.Match[str]) -> str:
    """The group holding the agent's name: ``code`` where a coordinated class named one."""
    return "code" if "code" in match.re.groupindex and match.group("code") else "drug"


def _is_code(name: str) -> bool:
    """A development code: letters and digits ("17-aag", "plx3397", "ly294002")."""
    return any(ch.isdigit() for ch in name) and any(ch.isalpha() for ch in name) and len(name) >= 3


# "loaded with BEZ235": a development code in capitals ("MK-2206", "SHP099"); not a cell
# line's, a marker's or a polymer's name, nor cells, tumors or lysates of a line
_DEVELOPMENT_CODE = re.compile(r"(?P<letters>[A-Z]{2,5})-?\d{3,6}[A-Z]?")
_NOT_CODE_LETTERS = frozenset(
    "CD PEG HLA TLR IL SW NCI MDA MCF HT HCT SK LS SGC MGC BGC KB DSPE PF HSP".split()
)
_NOT_AGENT_AFTER = frozenset(
    "cell cells tumor tumors tumour tumours lysate lysates membrane membranes xenograft "
    "xenografts bearing line lines".split()
)


_CLASS_AFTER = frozenset(
    "kinase kinases inhibitor inhibitors receptor receptors agonist agonists antagonist "
    "antagonists pathway signaling".split()
    # "the cyclin-dependent kinase inhibitor palbociclib": a compound's first word
    + "dependent activated related associated mediated targeting specific like".split()
)


def _is_development_code(original: str, following: str) -> bool:
    match = _DEVELOPMENT_CODE.fullmatch(original)
    if match is None or match.group("letters") in _NOT_CODE_LETTERS:
        return False
    next_word = _NEXT_WORD.match(following)
    return next_word is None or next_word.group(1) not in _NOT_AGENT_AFTER


def _loading_frame_payloads(doc: Doc, candidates: list[Candidate]) -> list[Mention]:
    known = [(c.start_char, c.end_char) for c in candidates]
    found = []
    # lower-cased, so "the traditional Chinese medicine X" and "Curcumin-loaded" read alike
    text = _lowered_text(doc) or doc_text(doc).lower()
    original = doc_text(doc)

    def development_code(start: int, end: int) -> bool:
        return _is_development_code(original[start:end], text[end : end + 20])

    names: list[re.Match[str]] = []
    coded = set()
    for match in _frame_matches(text):
        names.append(match)
        following = COORDINATED_DRUG.match(text, match.end())
        while following is not None:
            code = following.group("code")
            name = code or following.group("drug")
            if not (
                _is_drug_name(name)
                or (code and _is_code(code))
                or development_code(*following.span(_agent_group(following)))
            ):
                break
            names.append(following)
            if code:
                coded.add(following.start("code"))
            following = COORDINATED_DRUG.match(text, following.end())
    class_named = any(word in text for word in _AGENT_CLASSES)
    for match in CLASS_AGENT_FRAME.finditer(text) if class_named else ():
        names.append(match)
        coded.add(match.start("drug"))
    taken: set[int] = set()
    for match in sorted(names, key=lambda m: m.start(_agent_group(m))):
        group = _agent_group(match)
        word, start, end = match.group(group), match.start(group), match.end(group)
        if start in taken or not (
            _is_drug_name(word)
            or (start in coded and _is_code(word))
            or development_code(start, end)
        ):
            continue
        if any(s < end and start < e for s, e in known):
            continue
        next_word = _NEXT_WORD.match(text, end)
        if next_word and next_word.group(1) in _NUCLEIC_AFTER:
            continue  # "survivin siRNA": the gene the nucleic acid silences
        if next_word and next_word.group(1) in _CLASS_AFTER:
            continue  # "the tyrosine kinase inhibitor X": a word of the agent's class
        mention = _text_mention(doc, "payloads", word, start, end, "loading-frame", 0.5)
        if mention:
            taken.add(start)
            found.append(mention)
    return found


# The name right after a class name ("the STING agonist MSA-2", "the NO donor BNN6"): a code
# (letters with a digit) or a drug-looking word; the agent itself is the payload.
NAME_AFTER_CLASS = re.compile(
    r"\s+\(?(?P<name>(?=[A-Za-z][A-Za-z0-9-]*\d)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|"
    r"[a-z][a-z0-9]{4,}(?:-[a-z0-9]+)?)\b"
)


# "the STING agonist (cGAMP)", "a Pt(IV) prodrug of cisplatin"
_CLASS_NAME_GAP = re.compile(r"\s+of\s+|\s+\(?")
# the agent right before its class: "cGAMP STING agonist", "DMXAA (a STING agonist)"
_AGENT_BEFORE_CLASS = re.compile(r"\s+|\s*[(,]\s*(?:a |an |the )?")


def _named_agents_for_classes(
    doc: Doc, found: list[Mention], candidates: list[Candidate]
) -> list[Mention]:
    """A class name followed by the agent's own name gives way to the agent: a known one
    (already found) or the name as written."""
    classes = {c.code for c in candidates if c.field == "payloads" and c.entry.extra.get("generic")}
    if not classes:
        return found
    text = doc_text(doc)
    starts = {m.start_char for m in found if m.code not in classes}
    ends = {m.end_char for m in found if m.code not in classes}
    # known agents not yet taken (one that needs a cue gets it from its class's)
    known = {c.start_char: c for c in candidates if c.field == "payloads"}
    kept = []
    named_classes = set()  # classes whose agent the abstract names somewhere
    for m in found:
        if m.code not in classes:
            kept.append(m)
            continue
        if any(_AGENT_BEFORE_CLASS.fullmatch(text, end, m.start_char) for end in ends):
            named_classes.add(m.code)
            continue  # "the cGAMP STING agonist", "DMXAA (a STING agonist)"
        gap = _CLASS_NAME_GAP.match(text, m.end_char)
        if gap is not None and gap.end() in starts:
            named_classes.add(m.code)
            continue  # "the TLR agonist CpG": a known agent, whatever its spelling
        if gap is not None and gap.end() in known:
            # "encapsulated peptides and the STING agonist cGAMP"
            named = known[gap.end()]
            if named.code != m.code:  # not "the radionuclide iodine-131", one entry's terms
                named_classes.add(m.code)
            kept.append(
                _mention(
                    doc,
                    named,
                    "payloads",
                    named.code,
                    m.rule,
                    m.confidence,
                    named.entry.ontology_id,
                )
            )
            starts.add(named.start_char)
            continue
        after = NAME_AFTER_CLASS.match(text, m.end_char)
        if after is None:
            kept.append(m)
            continue
        start, end = after.start("name"), after.end("name")
        if start in starts:
            continue  # the agent is a payload already
        name = after.group("name")
        if name.isalpha() and not _is_drug_name(name):
            kept.append(m)
            continue
        agent = _text_mention(doc, "payloads", name.lower(), start, end, m.rule, m.confidence)
        if agent is not None:
            named_classes.add(m.code)
        kept.append(agent or m)
    # "TLR7/8 agonist nanoparticles" in the title: the agent named elsewhere
    return [m for m in kept if m.code not in named_classes]


def _core_materials(candidates: list[Candidate]) -> set[str]:
    """Payload codes named inside a longer core term ("polypyrrole" in "polypyrrole
    nanoparticles")."""
    # (a lexicon's core term, not a defined short form: "DOX@PNGs" holds its cargo's name)
    cores = [
        (c.start_char, c.end_char)
        for c in candidates
        if c.field == "cores" and c.rule in {"lexicon", "abbreviation:standard"}
    ]
    if not cores:
        return set()
    return {
        c.code
        for c in candidates
        if c.field == "payloads"
        and any(
            start <= c.start_char and c.end_char <= end and end - start > c.end_char - c.start_char
            for start, end in cores
        )
    }


def decide_payloads(doc: Doc, candidates: list[Candidate], review: bool = False) -> list[Mention]:
    """Payloads; a review's only where it says they are loaded or delivered (its drugs are
    mostly the field's examples: "chemotherapeutics such as cisplatin cause side effects")."""
    found = _loading_frame_payloads(doc, candidates)
    waiting = []
    lines = [(c.start_char, c.end_char) for c in candidates if c.field == "cell_lines"]
    # "polypyrrole nanoparticles", "melanin nanoparticles (Melanin@RBC)": an agent the
    # particle is made of is its core, wherever the text names it
    made_of = _core_materials(candidates)
    text = doc_text(doc)
    for c in candidates:
        if c.field != "payloads" or c.code in made_of:
            continue
        if lines and any(
            start <= c.start_char and (c.end_char <= end or text[end : c.start_char] == "/")
            for start, end in lines
        ):
            continue  # "A549/Taxol", "MCF-7/DOX": a resistant subline's name
        # one window serves the load cue (6 words before, 4 after) and the checks below
        window = _window(doc, c.start, c.end, 6, 4)
        cued = (
            any(t in LOAD_CUES for t in window[0] + window[1])
            or ("-" in window[0] and _cued_past_hyphens(doc, c))
            or _names_its_particles(window)
            or _particles_with(window)
            or _on_the_surface(window)
            or (c.entry.extra.get("category") == "radio" and _labeled_earlier(doc, c))
        )
        coordinated = False
        if (review or c.entry.extra.get("needs_cue")) and not cued:
            # "embedding glucose oxidase (GOx) and catalase": an agent that needs a cue,
            # coordinated with a payload already accepted, shares its loading
            # (not after the field's drug: "resistance to gemcitabine and nab-paclitaxel")
            carried_ends = [m.end_char for m in found if m.rule not in _NOT_CARRIED]
            coordinated = _follows_conjunction_after(doc, c, carried_ends, after_class=True)
            if not coordinated:
                waiting.append((c, window))
                continue
        mention = _payload_mention(doc, c, window, cued, coordinated)
        if mention is not None:
            found.append(mention)
    # "X and paclitaxel were co-encapsulated": the first member of a coordination, whose
    # cue comes after the second
    carried = [m for m in found if m.rule not in _NOT_CARRIED]
    for c, window in waiting:
        coordinated = _precedes_conjunction_before(doc, c, [m.start_char for m in carried])
        if coordinated or _loaded_after_apposition(doc, c):
            mention = _payload_mention(doc, c, window, not coordinated, coordinated)
            if mention is not None:
                found.append(mention)
    found = _named_agents_for_classes(doc, found, candidates)
    found = _short_forms_share_roles(text, found)
    found = _cas9_plasmid_named_again(text, found)
    found = [
        m._replace(rule="background", confidence=0.4) if _beyond_the_payloads(doc, m) else m
        for m in found
    ]
    by_code: dict[str, list[Mention]] = {}
    for m in found:
        by_code.setdefault(m.code, []).append(m)
    return [
        m
        for ms in by_code.values()
        if any(_carried(doc, x, ms) for x in ms)
        for m in ms
        if m.rule not in _GIVEN_BESIDE_THE_CARRIER
    ]


# work the closing lines plan rather than report: "Future studies will evaluate...", "...will
# be combined with...", "could be further combined with immune checkpoint blockade"
FUTURE_PLAN = CaseFree(
    r"\bfuture (?:stud(?:y|ies)|work|research|investigations?|experiments?|efforts?|trials?)\b|"
    r"\b(?:stud(?:y|ies)|work|experiments?|investigations?|research) (?:[\w-]+ ){0,3}will\b|"
    r"\bwill (?:further |also |next )?(?:be )?(?:evaluat|test|explor|investigat|combin|examin|"
    r"assess|stud|address|determin|integrat)\w*|\b(?:plans?|intends?) to\b|\bnext steps?\b|"
    r"\b(?:could|may|might|can) (?:also )?(?:potentially )?be (?:further )?(?:combined|"
    r"integrated|extended|expanded|applied) (?:with|to|into)\b|"
    # "The approach might be adapted to deliver siRNA or mRNA"
    r"\b(?:could|may|might) (?:also )?(?:potentially |readily |easily )?be (?:further |readily |"
    r"easily )?(?:adapted|tailored|repurposed|used|employed|exploited) (?:to|for)\b",
    required=(
        "future",
        "will",
        "plan",
        "intend",
        "next step",
        "combined",
        "integrated",
        "extended",
        "expanded",
        "applied",
        "adapted",
        "tailored",
        "repurposed",
        "used",
        "employed",
        "exploited",
    ),
    reach=60,
)


def _plans(doc: Doc) -> list[tuple[int, int]]:
    """Where the text plans work to come (FUTURE_PLAN's matches), found once per doc."""
    cached: list[tuple[int, int]] | None = doc.user_data.get("cmnp_plans")
    if cached is None:
        cached = [match.span() for match in FUTURE_PLAN.finditer_doc(doc)]
        doc.user_data["cmnp_plans"] = cached
    return cached


def _plans_within(doc: Doc, start: int, end: int) -> bool:
    return any(start <= first and last <= end for first, last in _plans(doc))


# agents the closing lines hope to carry: "to other drugs such as gemcitabine"
_OTHER_AGENTS_BEFORE = re.compile(
    r"\b(?:other|various|diverse|different|many|multiple|additional|more) (?:[\w-]+ ){0,2}"
    r"(?:drugs|agents|therapeutics|payloads|cargos|cargoes|chemotherapeutics|photosensitizers|"
    r"molecules|compounds)\b,? (?:such as|including|like|e\.g\.,?)[^.;]*$",
    re.IGNORECASE,
)


def _beyond_the_payloads(doc: Doc, m: Mention) -> bool:
    """A payload named in the own work's plans or as an example of other agents the carrier
    could take: what the paper hopes to deliver, not what it delivered."""
    if m.rule in _NOT_CARRIED or m.sentence_start == 0:
        return False
    if _plans_within(doc, m.sentence_start, m.sentence_end):
        return True
    text = doc_text(doc)
    if (
        PRIOR_WORK.search(text, m.sentence_start, m.sentence_end)
        and THIS_WORK.search(text, m.sentence_start, m.sentence_end) is None
    ):
        return True  # "PTX-loaded counterparts were as effective in our previous study"
    before = text[m.sentence_start : m.start_char]
    return any(word in before for word in ("such as", "including", "like", "e.g.")) and bool(
        _OTHER_AGENTS_BEFORE.search(before)
    )


def _cas9_plasmid_named_again(text: str, found: list[Mention]) -> list[Mention]:
    """ "a CRISPR/Cas9 plasmid targeting PLK1 ... The plasmid was released": the same plasmid
    named again, not a second payload."""
    cas9 = [m.start_char for m in found if m.code == "sgrna/cas9"]
    if not cas9:
        return found
    first = min(cas9)
    return [
        m
        for m in found
        if not (
            m.code == "plasmid dna"
            and m.start_char > first
            and _ANAPHOR_BEFORE.search(text, max(0, m.start_char - 8), m.start_char)
        )
    ]


_ANAPHOR_BEFORE = re.compile(r"\b(?:the|this|these|such)\s+$", re.IGNORECASE)
_GIVEN_BESIDE_THE_CARRIER = frozenset({"comparator", "given-separately"})
_NOT_CARRIED = _GIVEN_BESIDE_THE_CARRIER | {"background"}


def _carried(doc: Doc, m: Mention, same_code: list[Mention]) -> bool:
    """A mention that says the carrier delivers the agent. Once the text gives the agent on
    its own ("then administered gemcitabine intravenously"), a bare mention in a sentence
    that loads nothing ("gemcitabine uptake rose") is that one, not a load."""
    if m.rule in _NOT_CARRIED:
        return False
    if (
        m.rule == "drug-mention"
        and m.confidence < 0.9
        and any(x.rule == "given-separately" for x in same_code)
    ):
        sentence = doc_text(doc)[m.sentence_start : m.sentence_end].lower()
        return bool(_LOAD_CUE_WORD.search(sentence))
    return True


_LOAD_CUE_WORD = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(cue) for cue in sorted(LOAD_CUES)) + r")(?![\w-])|@"
)


def _words_before(doc: Doc, c: Candidate) -> list[str]:
    """The six words before a candidate, hyphens no words ("loaded with the anti-metastatic
    drug reparixin", "labeled with the near-infrared dye DiR")."""
    wide_left, _ = _window(doc, c.start, c.end, 10, 0)
    return [t for t in wide_left if t != "-"][-6:]


def _cued_past_hyphens(doc: Doc, c: Candidate) -> bool:
    return any(t in LOAD_CUES for t in _words_before(doc, c))


# "rapamycin nanoparticles", "paclitaxel nanosuspensions", "curcumin-liposomes": particles of
# the agent carry it
_CARRIED_IN = PARTICLE_NOUNS | {
    "nanospheres",
    "nanosphere",
    "nanosuspensions",
    "nanosuspension",
    "nanocrystals",
    "nanocrystal",
    "micelles",
    "liposomes",
    "nanoassemblies",
    "prodrug",
    "nanovaccines",
    "nanovaccine",
}


# "combined the vaccine with anti-PD-1", "compared the nanovaccines with free OVA"
_SET_BESIDE = frozenset(
    """combined combining combine combination compared comparing compare versus plus
    together treated treating""".split()
)
_VACCINES = frozenset({"nanovaccines", "nanovaccine", "vaccines", "vaccine"})


def _particles_with(window: tuple[list[str], list[str]]) -> bool:
    """ "nanovaccines with OVA and CpG": a vaccine's antigen and adjuvant. Not any particle
    "with" an agent: "a nanosystem with ATP-responsive release" names a trigger."""
    left = window[0]
    return (
        len(left) >= 2
        and left[-1] == "with"
        and left[-2] in _VACCINES
        and not any(t in _SET_BESIDE for t in left)
    )


# an agent attached to the surface is carried too ("decorated with anti-PD-L1", "GOx-
# functionalized membranes"), but "membrane-decorated" is the coating, not a load
_SURFACE_CUES = frozenset({"decorated", "functionalized", "functionalised"})


def _on_the_surface(window: tuple[list[str], list[str]]) -> bool:
    left, right = window
    after = [t for t in right[:2] if t != "-"]
    if after and after[0] in _SURFACE_CUES:
        return True
    for i, t in enumerate(left):
        if t in _SURFACE_CUES and (i == 0 or left[i - 1] != "-"):
            rest = left[i + 1 :]
            # "decorated with", "decorated the surface with" (not "-decorated NPs with")
            if "with" in rest and all(w in _SURFACE_WORDS for w in rest[: rest.index("with")]):
                return True
    return False


_SURFACE_WORDS = frozenset({"the", "its", "their", "surface", "surfaces", "further", "then"})
# "compared with DOX-loaded PLGA nanoparticles camouflaged with 4T1 membranes": the other arm
# is a coated carrier of the paper too
_COATED_AFTER = re.compile(
    r"(?:[\s-]+[\w-]+){0,2}?(?:[\s-]+membrane-(?:coated|camouflaged|cloaked|wrapped)\b|"
    r"\s+(?:coated|camouflaged|cloaked|wrapped|disguised) (?:with|in|by) (?:[\w-]+ ){0,3}?"
    r"(?:cell )?(?:membranes?|vesicles|ghosts)\b|\s*@)",
    re.IGNORECASE,
)


def _coated_itself(doc: Doc, c: Candidate) -> bool:
    return _COATED_AFTER.match(doc_text(doc), c.end_char) is not None


def _names_its_particles(window: tuple[list[str], list[str]]) -> bool:
    after = [t for t in window[1][:3] if t != "-"]
    if after[:1] == ["nano"]:  # "melanin nano-particles"
        after = ["nano" + "".join(after[1:2])]
    return bool(after) and after[0] in _CARRIED_IN


# "X, a natural flavonoid, was encapsulated": the cue after an apposition to the agent
_VERB_AFTER_APPOSITION = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*,[^,;.()]{3,80},\s*(?:which\s+)?"
    r"(?:was|were|is|are|has been|have been)\s+(?:\w+ly\s+)?(?P<verb>[\w-]+)"
)


def _loaded_after_apposition(doc: Doc, c: Candidate) -> bool:
    match = _VERB_AFTER_APPOSITION.match(doc_text(doc), c.end_char)
    return match is not None and match.group("verb").lower() in LOAD_CUES


def _payload_mention(
    doc: Doc,
    c: Candidate,
    window: tuple[list[str], list[str]],
    cued: bool,
    coordinated: bool,
) -> Mention | None:
    """A payload candidate's mention with its role, or None for a tool of the assay."""
    left, right = window
    text = doc_text(doc)
    if "-" in left and text.find("with", max(0, c.start_char - 70), c.start_char) >= 0:
        words_before = _words_before(doc, c)
    else:
        words_before = left[-6:]
    if _names_a_tool(words_before, right[:2]) and not (
        c.entry.extra.get("category") == "radio" and RADIOTHERAPY_PURPOSE.occurs_in_doc(doc)
    ):
        return None  # "cisplatin-resistant cells", "DiR-labeled", "pretreated with chloroquine"
    if right[:1] and right[0] in _NUCLEIC_AFTER and c.entry.extra.get("category") != "nucleic":
        return None  # "IL-12 mRNA": the gene, not the agent
    if _AS_A_TARGETING_LIGAND.match(text, c.end_char):
        return None  # "anti-EGFR antibody was conjugated ... as a targeting ligand": an address
    if c.rule == "gene-prefix" and (
        (left and left[-1] in _LEVEL_CHANGED) or (right[:1] and right[0] in _LEVEL_NOUNS)
    ):
        return None  # "lowered miR-21 and miR-155 levels": a gene measured, not delivered
    if c.entry.extra.get("category") == "imaging_agent" and _FOR_WATCHING.match(text, c.end_char):
        return None  # "loaded with the near-infrared dye DiR for in vivo imaging": a tracer
    # "mice in the paclitaxel group": the free drug's own group
    comparator = right[:1] in (["group"], ["groups"]) or _is_comparator(doc, c, window)
    # "DOX is widely used but cardiotoxic. Here, we...": the field's drug
    background = not comparator and _named_in_background(doc, c)
    confidence = 0.4 if comparator or background else (0.9 if cued else 0.7)
    rule = (
        ("given-separately" if _given_on_its_own(doc, c, *window) else "comparator")
        if comparator
        else "background"
        if background
        else "coordinated"
        if coordinated
        else "drug-mention"
    )
    return _mention(doc, c, "payloads", c.code, rule, confidence, c.entry.ontology_id)


# what a tracer dye is loaded for: watching the particles, not treating
_FOR_WATCHING = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:for|to) (?:the )?(?:in vivo |in vitro |ex vivo )?(?:\w+ ){0,2}?"
    r"(?:imag\w*|track\w*|trac(?:e|ed|ing)|visuali[sz]\w*|label\w*|monitor\w*)\b",
    re.IGNORECASE,
)


# what the agent is for, said later in its clause: the particles' address, not their cargo
_AS_A_TARGETING_LIGAND = re.compile(
    r"[^.;]{0,80}?\bas (?:an? |the )?(?:\w+ )?(?:targeting|homing) (?:ligands?|moiet(?:y|ies)|"
    r"molecules?|groups?|units?)\b",
    re.IGNORECASE,
)


def _named_in_background(doc: Doc, c: Candidate) -> bool:
    """Named before the abstract turns to its own work ("Here, we..."), not in the title."""
    return 0 < c.start_char < own_work_start(doc) and _sentence_of(doc, c.start).start > 0


_IMMUNE_PROTEIN_BEFORE = re.compile(r"[\s-]*(?:(?:encoding|expressing)[\s-]+)?$")
_IMMUNE_PROTEIN_AFTER = re.compile(
    r"\s+(?:encoding|expressing|for)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$"
)


def _encodes_an_immune_protein(doc: Doc, c: Candidate, candidates: list[Candidate]) -> bool:
    """A nucleic acid written with the cytokine or antigen it encodes beside it ("IL-12 mRNA",
    "mRNA encoding the tumor antigen TRP2"): an immune therapy as well as a gene therapy."""
    text = doc_text(doc)
    for other in candidates:
        if other.field != "payloads" or not other.entry.extra.get("immune_protein"):
            continue
        before = 0 <= c.start_char - other.end_char <= 12 and _IMMUNE_PROTEIN_BEFORE.fullmatch(
            text, other.end_char, c.start_char
        )
        after = 0 <= other.start_char - c.end_char <= 50 and _IMMUNE_PROTEIN_AFTER.fullmatch(
            text, c.end_char, other.start_char
        )
        if before or after:
            return True
    return False


_IMPLIED_BY_CATEGORY = {
    "chemo": ("chemotherapy",),
    "photosensitizer": ("photodynamic_therapy",),
    "nucleic": ("gene_therapy",),
    "immuno": ("immunotherapy",),
    "starvation": ("starvation_therapy",),
    "gas": ("gas_therapy",),
    "chemodynamic": ("chemodynamic_therapy",),
    "radio": ("radiotherapy",),
    "ferroptosis": ("ferroptosis",),
}
PHOTOTHERMAL_CORES = frozenset(
    {
        "gold",
        "polydopamine",
        "prussian_blue",
        "black_phosphorus",
        "copper",
        "bismuth",
        "semiconducting_polymer",
        "carbon",
    }
)


_NEGATIONS = frozenset({"not", "no", "without", "neither", "nor", "never"})
# what a stealth coating says of the immune system it leaves alone
_IMMUNITY_SPARED = frozenset(
    """avoid avoids avoided avoiding evade evades evaded evading minimal minimum minimized
    minimised negligible little low lower less reduced weak""".split()
)


def _negated(left: list[str]) -> bool:
    """A negation among the words before ("did not induce", "without"), not "not only"."""
    return any(
        word in _NEGATIONS and not (word == "not" and left[i + 1 : i + 2] == ["only"])
        for i, word in enumerate(left)
    )


def decide_modalities(
    doc: Doc,
    candidates: list[Candidate],
    payloads: list[Mention],
    cores: list[Mention],
    review: bool = False,
) -> list[Mention]:
    """Explicit modality phrases, then implied ones; a review's modalities are only those of
    its title and of the sentences that state what it reviews."""
    found = []
    for c in candidates:
        if c.field != "modalities":
            continue
        sent = _sentence_of(doc, c.start)
        if c.code == "imaging" and (
            IMAGING_AS_MEASUREMENT.search(
                doc_text(doc), max(sent.start_char, c.start_char - 100), c.start_char
            )
            or IMAGING_SHOWED.match(doc_text(doc), c.end_char)
            or IMAGING_OF_A_READOUT.match(doc_text(doc), c.end_char)
        ):
            continue  # "tumor volume was monitored by magnetic resonance imaging": a readout
        left = _window(doc, c.start, c.end, 3, 0)[0]
        if _negated(left):
            continue  # "did not elicit an antitumor immune response"
        if c.code == "immunotherapy" and any(word in _IMMUNITY_SPARED for word in left):
            continue  # "the RBC coating avoided immune stimulation": stealth, not therapy
        sentence_text = _text_of(doc, sent)
        if review:
            if (
                sent.start == 0
                or REVIEW_SCOPE.search(sentence_text)
                # "these biomimetic nanocarriers in combination with photothermal therapy"
                or REVIEW_CARRIER_CUES.occurs_in(sentence_text.lower())
            ):
                found.append(
                    _mention(doc, c, "modalities", c.code, "review-scope", 0.7, c.entry.ontology_id)
                )
            continue
        # before the abstract turns to its own work, or an early sentence with a background
        # cue ("however", "conventional"...); never the title
        background = (
            _named_in_background(doc, c)
            or (
                0 < sent.start < 3 * len(doc) // 10
                and bool(BACKGROUND.search(sentence_text))
                # not the paper's coated carrier at work ("coated nanoparticles were compared
                # with ferumoxytol for MRI")
                and not _states_the_coated_carrier(sentence_text)
            )
            # work to come: "Future studies will combine the platform with checkpoint blockade"
            or (sent.start > 0 and _plans_within(doc, sent.start_char, sent.end_char))
        )
        confidence = 0.5 if background else 0.9
        found.append(
            _mention(
                doc,
                c,
                "modalities",
                c.code,
                "background" if background else "modality-phrase",
                confidence,
                c.entry.ontology_id,
            )
        )
    if review:
        return found
    # "irradiation" is light unless the abstract irradiates with X-rays
    # ultrasound that treats (not an ultrasound image, nor sonication that fuses membranes)
    ultrasound = bool(SONO_WORDS.occurs_in_doc(doc) or SONO_ACTIVATION.search_doc(doc))
    light = (
        LIGHT_CUES.occurs_in_doc(doc)
        or _light_named(doc, NEAR_INFRARED_LIGHT, ultrasound)
        or _light_named(doc, LIGHT_WORD, ultrasound)
        or (
            IRRADIATION.occurs_in_doc(doc)
            and not IONIZING_RADIATION.occurs_in_doc(doc)
            and not ultrasound  # "ultrasound irradiation"
        )
    )
    # "photodynamic" in the field's background ("PDT is limited by hypoxia") does not make
    # the paper's ICG a photosensitizer
    photodynamic = _occurs_in_own_work(doc, PHOTODYNAMIC_CUES)
    heat = HEAT_CUES.occurs_in_doc(doc) or bool(HEAT_WORD.search_doc(doc))
    chemo_context = CHEMO_CUES.occurs_in_doc(doc) or bool(CHEMO_WORD.search_doc(doc))
    payload_entries = {(p.code): p for p in payloads}
    for c in candidates:
        if c.field != "payloads" or c.code not in payload_entries:
            continue
        category = c.entry.extra.get("category", "")
        implied = list(_IMPLIED_BY_CATEGORY.get(category, ()))
        if category == "photosensitizer" and not light and ultrasound:
            # a porphyrin under ultrasound is a sonosensitizer ("Ce6 ... under ultrasound")
            implied = ["sonodynamic_therapy"] if SONO_ACTIVATION.search_doc(doc) else []
        if category == "photothermal" and light:
            implied.append("photothermal_therapy")
        if category == "photothermal_photodynamic":
            if heat or (light and not photodynamic):
                implied.append("photothermal_therapy")
            # "the photosensitizer IR780 ... under laser generated heat and ROS": both of its
            # effects (not ROS made only to turn L-arginine into NO)
            if photodynamic or (
                light
                and heat
                and "photosensiti" in (_lowered_text(doc) or doc_text(doc).lower())
                and _own_work_match(doc, ROS_MADE) is not None
            ):
                implied.append("photodynamic_therapy")
        if category == "small_molecule" and chemo_context:
            implied.append("chemotherapy")
        if category == "nucleic" and _encodes_an_immune_protein(doc, c, candidates):
            implied.append("immunotherapy")  # "IL-12 mRNA", "a plasmid encoding GM-CSF"
        for code in implied:
            found.append(
                _mention(doc, c, "modalities", code, f"implied-by-payload:{c.code}", 0.7, None)
            )
    found.extend(_combined_chemotherapy(doc, candidates, payload_entries))
    # a sonosensitizer's reactive oxygen under ultrasound, as a photosensitizer's under light
    if photodynamic or _occurs_in_own_work(doc, OXYGEN_SPECIES):
        activation = SONO_ACTIVATION.search_doc(doc)
        sono = activation and _text_mention(
            doc,
            "modalities",
            "sonodynamic_therapy",
            activation.start(),
            activation.end(),
            "implied-by-ultrasound",
            0.6,
        )
        if sono:
            found.append(sono)
    # a modality by definition where the own work states what it does: "under light, PCN-224
    # generated singlet oxygen" (a photosensitizer core or one no lexicon names), "combined
    # with 6 Gy X-rays" (whatever the beam is called), "under 1064 nm irradiation, the
    # nanosheets generated heat" (whatever the core)
    stated = {m.code for m in found if m.rule != "background"}
    for applies, code, pattern, rule in (
        (light, "photodynamic_therapy", SINGLET_OXYGEN, "implied-by-singlet-oxygen-under-light"),
        ("Gy" in doc_text(doc), "radiotherapy", RADIATION_DOSE, "implied-by-dose"),
        (light, "photothermal_therapy", HEAT_MADE, "implied-by-heat-under-light"),
        (True, "chemodynamic_therapy", HYDROXYL_MADE, "implied-by-hydroxyl-radicals"),
    ):
        if not applies or code in stated:
            continue
        match = _own_work_match(doc, pattern)
        if match and code == "chemodynamic_therapy" and not FENTON_SOURCE.search_doc(doc):
            continue  # radicals not made from peroxide or a Fenton ion (a type I photoreaction)
        mention = match and _text_mention(
            doc, "modalities", code, match.start(), match.end(), rule, 0.6
        )
        if mention:
            found.append(mention)
    # a photothermal core said to heat ("gold nanocages with hyperthermia-triggered release")
    # is photothermal therapy even where the light goes unsaid
    # (or made of a photothermal agent: "polypyrrole nanoparticles", "melanin nanoparticles")
    agents = [
        (c.start_char, c.end_char)
        for c in candidates
        if c.field == "payloads" and c.entry.extra.get("category") == "photothermal"
    ]
    photothermal_cores = [
        core
        for core in cores
        if core.code in PHOTOTHERMAL_CORES
        or any(core.start_char <= start and end <= core.end_char for start, end in agents)
    ]
    if photothermal_cores and (
        # light in the own work: not "particles have been explored for photothermal therapy";
        # visible light said to work through a photosensitizer (no heat, no NIR) is PDT alone
        (
            light
            and _light_in_own_work(doc)
            and (heat or not photodynamic or _near_infrared_light(doc))
        )
        or (HYPERTHERMIA.occurs_in_doc(doc) and not MAGNETIC_HEATING.occurs_in_doc(doc))
    ):
        for core in photothermal_cores:
            found.append(
                Mention(
                    "modalities",
                    "photothermal_therapy",
                    core.start_char,
                    core.end_char,
                    f"implied-by-core:{core.code}",
                    0.6,
                    None,
                    core.sentence_start,
                    core.sentence_end,
                    core.surface,
                )
            )
    if "chemotherapy" not in {m.code for m in found if m.rule != "background"}:
        alone = not any(m.rule != "background" for m in found)
        found.extend(_the_only_therapy(doc, candidates, payload_entries, alone))
    by_code: dict[str, list[Mention]] = {}
    for m in found:
        by_code.setdefault(m.code, []).append(m)
    return [m for ms in by_code.values() if any(x.rule != "background" for x in ms) for m in ms]


def _combined_chemotherapy(
    doc: Doc, candidates: list[Candidate], payload_entries: dict[str, Mention]
) -> list[Mention]:
    """A cytotoxic drug the own work gives beside the carrier ("combined with gemcitabine,
    the NPs suppressed tumors") is no payload, but the tumor is still treated by chemotherapy."""
    text = doc_text(doc)
    for c in candidates:
        if (
            c.field == "payloads"
            and c.code not in payload_entries
            and c.entry.extra.get("category") == "chemo"
            and "combin" in text[max(0, c.start_char - 100) : c.start_char].lower()
            and _combined_with_the_treatment(text, c)
            and not _named_in_background(doc, c)
        ):
            return [
                _mention(doc, c, "modalities", "chemotherapy", f"combined-drug:{c.code}", 0.6, None)
            ]
    return []


# what the own work says a drug did to the tumor or its cells
ANTITUMOR_EFFECT = CaseFree(
    r"\banti-?(?:tumou?r|cancer|proliferative) (?:activity|activities|effects?|efficacy)|"
    r"\b(?:inhibit|suppress|reduc|slow|delay|retard)\w* (?:the )?(?:(?:\S+ ){0,2}tumou?r "
    r"(?:growth|progression)|(?:growth|progression) of (?:\S+ ){0,2}tumou?rs?\b)|"
    r"\bkill\w* (?:\S+ ){0,3}(?:cancer |tumou?r )?cells|\bcytotoxicity|\bshr[ua]nk\w* |"
    # "suppressed glioma", "inhibited 4T1 tumors", "inhibiting breast cancer metastasis"
    r"\b(?:inhibit|suppress|eradicat|eliminat)\w* (?:the )?(?:\S+ ){0,2}(?:tumou?rs?|gliomas?|"
    r"glioblastomas?|melanomas?|carcinomas?|cancers?|metasta\w*|xenografts?)\b|"
    # "inhibited growth of S180 sarcoma", "reduced the volume of A549 xenografts"
    r"\b(?:inhibit|suppress|reduc|slow|delay|retard|decreas|halv|prevent)\w* (?:the )?"
    r"(?:growth|progression|volume|weight|burden|recurrence|size|number) of (?:\S+ ){0,3}"
    r"(?:tumou?rs?|xenografts?|[a-z]+omas?|cancers?|nodules|metasta\w*)\b|"
    # "halved tumor volume", "reduced the tumor burden", "reduced tumor number"
    r"\b(?:reduc|decreas|halv|lower|diminish)\w* (?:the )?(?:\S+ )?tumou?r "
    r"(?:volumes?|weights?|burden|sizes?|numbers?)\b|"
    # "a tumor inhibition rate of 75%", "tumor regression", "tumor growth was inhibited"
    r"\btumou?r (?:growth )?(?:inhibition|regression)\b|\btumou?r (?:growth|volumes?) "
    r"(?:was|were) (?:\S+ )?(?:inhibited|suppressed|reduced|delayed|retarded)\b|"
    # survival of hosts with a tumor: "prolonged the survival of mice bearing gliomas",
    # "median survival of tumor-bearing mice was prolonged" (not of septic mice)
    r"\b(?:prolong|extend|improv|increas)\w* (?:the )?(?:median |overall )?survival(?: time)? "
    r"of (?:\S+ ){0,4}(?:tumou?r|cancer|[a-z]+oma)|\bsurvival(?: time)? of (?:\S+ ){0,4}"
    r"(?:tumou?r|cancer|[a-z]+oma)\S* (?:\S+ ){0,5}(?:was|were) (?:\S+ )?(?:prolonged|"
    r"extended|improved|increased)\b",
    required=(
        "anti",
        "tumo",
        "kill",
        "cytotox",
        "shr",
        "oma",
        "cancer",
        "metasta",
        "xenograft",
    ),
)
# what the own work did to cells, kept when the cells are a tumor's (see ``_tumor_cells_hit``)
CELL_EFFECT = CaseFree(
    r"\b(?:reduc|decreas|lower|inhibit|suppress|impair)\w* (?:the |their )?(?:cell )?"
    r"(?:viability|proliferation|growth) of ((?:\S+ ){0,3})cell(?:s| lines?)\b|"
    r"\b(?:induc|promot|trigger|caus)\w* (?:\S+ ){0,3}apoptosis (?:of|in) "
    r"((?:\S+ ){0,3})cell(?:s| lines?)\b|"
    r"\b(?:more |highly |selectively )?(?:cyto)?toxic (?:to|against|for) "
    r"((?:\S+ ){0,3})cell(?:s| lines?)\b",
    required=("viab", "prolif", "growth", "apopto", "toxic"),
)
TUMOR_WORD = re.compile(r"\b(?:tumou?r|cancer|[a-z]+omas?|leuka?emi\w*|neoplastic)\b", re.I)


def _the_only_therapy(
    doc: Doc, candidates: list[Candidate], payload_entries: dict[str, Mention], alone: bool
) -> list[Mention]:
    """ "curcumin-loaded NPs inhibited CT26 tumor growth": a drug of no named class that the
    carrier delivers, with no other modality in the paper (``alone``), is the chemotherapy
    (beside radiotherapy or an immune therapy it is an adjuvant, and the other modality is
    named) - unless the drug itself is said to kill ("while tegafur killed tumor cells")."""
    text = doc_text(doc)
    effect = alone and (
        _own_work_match(doc, ANTITUMOR_EFFECT) is not None or _tumor_cells_hit(doc, candidates)
    )
    for c in candidates:
        if (
            c.field == "payloads"
            and c.code in payload_entries
            and c.entry.extra.get("category") in {"small_molecule", "drug"}
            and (effect or DRUG_KILLS.match(text, c.end_char))
        ):
            return [
                _mention(doc, c, "modalities", "chemotherapy", f"implied-alone:{c.code}", 0.6, None)
            ]
    return []


def _tumor_cells_hit(doc: Doc, candidates: list[Candidate]) -> bool:
    """ "reduced the viability of HeLa cells", "induced apoptosis of 4T1 cells": an effect on
    cells counts when they are a tumor's, by name or by a cell line (not "inflammatory cells")."""
    lines = [c.start_char for c in candidates if c.field == "cell_lines"]
    for match in _own_work_matches(doc, CELL_EFFECT):
        group = next(g for g in (1, 2, 3) if match.group(g) is not None)  # the cells named
        start, end = match.span(group)
        if TUMOR_WORD.search(doc_text(doc), start, end + len("cell")) or any(
            start <= line < end for line in lines
        ):
            return True
    return False


# the drug as the agent of a cytotoxic effect: "tegafur killed tumor cells"
DRUG_KILLS = re.compile(
    r"\s+(?:\w+\s+)?(?:killed|kills|killing|induced apoptosis|inhibited (?:the )?(?:growth|"
    r"proliferation)|(?:was|is|were|are) cytotoxic)\b",
    re.IGNORECASE,
)


def _near_infrared_light(doc: Doc) -> bool:
    """NIR light by name or wavelength ("808 nm laser", "NIR irradiation", "1064 nm")."""
    return bool(NEAR_INFRARED_LIGHT.search_doc(doc)) or NIR_WAVELENGTH.search_doc(doc) is not None


# a wavelength in the first or second NIR window (700-1350 nm)
NIR_WAVELENGTH = CaseFree(r"\b(?:[7-9]\d\d|1[0-3]\d\d)[- ]?nm\b", required=("nm",), reach=8)


def _light_in_own_work(doc: Doc) -> bool:
    return (
        _occurs_in_own_work(doc, LIGHT_CUES)
        or _own_work_match(doc, NEAR_INFRARED_LIGHT) is not None
        or _own_work_match(doc, LIGHT_WORD) is not None
        or _occurs_in_own_work(doc, IRRADIATION)
    )


def _short_forms_share_roles(text: str, found: list[Mention]) -> list[Mention]:
    """ "combretastatin A4 phosphate (CA4P)": a short form defined in parentheses has the role
    of the long form just before it (a comparator's short form is a comparator's)."""
    shared = []
    for m in found:
        opening = text.rfind("(", max(0, m.start_char - 3), m.start_char)
        if opening >= 0 and not text[opening + 1 : m.start_char].strip():
            long_forms = [
                other
                for other in found
                if other.code == m.code
                and other.end_char <= opening
                and TRAILING_WORDS.fullmatch(text, other.end_char, opening)
            ]
            if long_forms:
                long_form = max(long_forms, key=lambda other: other.end_char)
                m = m._replace(rule=long_form.rule, confidence=long_form.confidence)
        shared.append(m)
    return shared


TRAILING_WORDS = re.compile(r"(?:\s*[\w-]+){0,2}\s*")


def decide_cell_lines(doc: Doc, candidates: list[Candidate]) -> list[Mention]:
    found = []
    for c in candidates:
        if c.field != "cell_lines":
            continue
        surface = doc_text(doc)[c.start_char : c.end_char]
        # names that are also words or other things ("C6" dye, "KB", "LLC", "A20" protein)
        # need context; a short code with a digit ("4T1", "H22") is a cell line as it stands
        short_word = len(surface) <= 3 and not any(ch.isdigit() for ch in surface)
        ambiguous = short_word or surface in c.entry.extra.get("ambiguous_terms", ())
        # a line named after its mouse model ("KPC cells" from "KPC mice") is a line only
        # before a cell word; "KPC mice" are animals
        strict = bool(c.entry.extra.get("mouse_model_name"))
        if ambiguous and not _cell_line_context(doc, c.start, c.end, strict=strict):
            continue
        mention = _mention(
            doc, c, "cell_lines", c.code, "cell-line-lexicon", 0.85, c.entry.ontology_id
        )
        variant = LINE_VARIANT.match(doc_text(doc), c.end_char)
        if variant:  # "4T1-Luc", "A2780/DDP": the line as written
            end = variant.end()
            mention = mention._replace(
                code=c.code + variant.group(0),
                end_char=end,
                surface=doc_text(doc)[c.start_char : end],
            )
        found.append(mention)
    text = doc_text(doc)
    for match in _cell_line_names(text):
        name = match.group("name")
        start, end = match.start("name"), match.end("name")
        if NOT_CELL_LINES.match(name) or any(
            m.start_char <= start < m.end_char or start <= m.start_char < end for m in found
        ):
            continue
        by_pattern = _text_mention(doc, "cell_lines", name, start, end, "cell-line-pattern", 0.5)
        if by_pattern:
            found.append(by_pattern)
    return found


# a reporter-tagged or drug-resistant subline written after its parent line
LINE_VARIANT = re.compile(
    # one or more ("4T1-Luc-GFP")
    r"(?:-(?:[Ll]uc2?|LUC|GFP|gfp|OVA|ova|RFP|mCherry)|"
    r"/(?:ADR|DDP|DOX|PTX|Taxol|MDR|CDDP|5-?FU|GEM|TR|TMZ|OXA|L-OHP|VCR|ADM|CIS|GR|TAMR|TamR|"
    r"CP70|DTX|SOR|MTX|CPT)|"
    # a metastasis-selected subline ("MDA-MB-231-BR" brain-seeking, "-LM2" lung)
    r"-(?:BR|LM2|LM3|BoM))+"
    r"(?![\w-])"
)


def _cell_line_context(doc: Doc, start: int, end: int, strict: bool = False) -> bool:
    left, right = _window(doc, start, end, 2, 3)
    words = [t for t in right if t not in {"-", "(", ")"}]
    if strict:
        return bool(words) and words[0] in CELL_LINE_NEXT_WORD
    if words[:1] in (["and"], ["or"], [","]):
        # "NB4 and HL-60 cells": the first of two lines shares the second's head word
        second = _SECOND_LINE.match(doc_text(doc), _index_of(doc).ends[end - 1])
        if second is not None and second.group(1).lower() not in _NOT_A_SECOND_LINE:
            return True
    return any(t in CELL_LINE_CONTEXT for t in words[:2]) or (bool(left) and left[-1] in {"@"})


_SECOND_LINE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(\S+)\s+(?:cells?|lines?)\b")
_NOT_A_SECOND_LINE = frozenset(
    {"other", "tumor", "tumour", "cancer", "normal", "immune", "the", "their", "stem", "t"}
)


def cancers_of_lines(
    doc: Doc, candidates: list[Candidate], membranes: list[Mention]
) -> dict[str, str]:
    """Each named line's cancer, but none for a line standing in for a normal cell type whose
    membrane coats the carrier ("Jurkat T cells" as the T-cell donor, "HL-60-derived
    neutrophil-like cells"): it names no cancer the paper treats."""
    normal_donors = [m for m in membranes if m.code != "cancer_cell"]
    donor_codes = {m.code for m in normal_donors}
    text = doc_text(doc)
    return {
        c.entry.code: ""
        if c.entry.extra.get("donor_code") in donor_codes
        or any(_names_the_origin_of(text, c.end_char, m.start_char) for m in normal_donors)
        or _among_donors(_type_made_of_the_line(doc, c, candidates), normal_donors)
        else c.entry.extra.get("cancer_type") or ""
        for c in candidates
        if c.field == "cell_lines"
    }


_ORIGIN_GAP = re.compile(r"[\s-]*(?:derived|differentiated|induced)?[\s-]*")


def _names_the_origin_of(text: str, line_end: int, donor_start: int) -> bool:
    """A line written right before a donor cell type: "HL-60-derived neutrophil-like cells"."""
    return 0 <= donor_start - line_end <= 16 and bool(
        _ORIGIN_GAP.fullmatch(text, line_end, donor_start)
    )


def _among_donors(c: Candidate | None, donors: list[Mention]) -> bool:
    return c is not None and any(m.start_char == c.start_char for m in donors)


def decide_cancers(
    doc: Doc,
    candidates: list[Candidate],
    cell_lines: list[Mention],
    lexicon_cancer: dict[str, str],
    review: bool = False,
) -> list[Mention]:
    found = []
    for c in candidates:
        if c.field != "cancer_types":
            continue
        _, right = _window(doc, c.start, c.end, 0, 2)
        if (
            right
            and right[0] in {"metastasis", "metastases", "metastatic"}
            and c.code in {"lung", "liver", "bone", "osteosarcoma"}
        ):
            continue
        found.append(
            _mention(doc, c, "cancer_types", c.code, "cancer-lexicon", 0.85, c.entry.ontology_id)
        )
    for m in cell_lines:
        code = lexicon_cancer.get(m.code)
        if not code:  # "4T1-Luc-GFP", "A549/DDP-luc": the line the variant was made from
            code = next(
                (
                    lexicon_cancer[m.code[:end]]
                    for end in range(len(m.code) - 1, 0, -1)  # the longest line first
                    if m.code[:end] in lexicon_cancer and LINE_VARIANT.fullmatch(m.code, end)
                ),
                None,
            )
        if code:
            found.append(
                Mention(
                    "cancer_types",
                    code,
                    m.start_char,
                    m.end_char,
                    f"implied-by-cell-line:{m.code}",
                    0.7,
                    None,
                    m.sentence_start,
                    m.sentence_end,
                    m.surface,
                )
            )
    if any(m.code != "other_cancer" for m in found):
        # "peritoneal carcinomatosis from gastric cancer": the spread of a cancer named
        # ... and "melanoma, the most aggressive skin cancer", "osteosarcoma, a bone sarcoma":
        # the class of a cancer named, not a second one
        codes = {m.code for m in found}
        found = [
            m
            for m in found
            if not (
                m.code == "other_cancer"
                and (
                    _SPREAD.search(m.surface)
                    or any(code in codes and cls.search(m.surface) for cls, code in _CLASS_OF)
                )
            )
        ]
    # a cancer named only as one the work may be extended to is none the paper studied (nor
    # a review's subject)
    title_end = doc_text(doc).find(SECTION_BREAK)
    hoped = {m for m in found if m.start_char >= title_end and _hoped_for(doc, m)}
    hoped_only = {m.code for m in found} - {m.code for m in found if m not in hoped}
    found = [m for m in found if m.code not in hoped_only]
    if review:
        return found
    # "ATO is effective against leukemia but toxic...": a drug's known use in the background
    # is not the cancer the paper studies, when its own work names one
    own_work = own_work_start(doc)
    studied = {
        m.code
        for m in found
        if m.start_char < title_end
        or (
            m.start_char >= own_work
            and not _in_a_concession(doc, m)
            and not _named_beyond_the_study(doc, m)
            and m not in hoped
        )
    }
    if studied:
        found = [m for m in found if m.code in studied]
    return found


_SPREAD = re.compile(r"carcinomatos[ie]s", re.IGNORECASE)
_CLASS_OF = (
    (re.compile(r"^skin (?:cancers?|carcinomas?|tumou?rs?)$", re.IGNORECASE), "melanoma"),
    (re.compile(r"^sarcomas?$", re.IGNORECASE), "osteosarcoma"),
)
# "Although trastuzumab has transformed breast cancer therapy, we focused on glioblastoma"
_CONCESSION_BEFORE = re.compile(
    r"^\W*(?:although|though|while|whereas|despite|even though)\b[^,;]*$", re.IGNORECASE
)


# Cancers the text names beyond the ones it studies: those it hopes to reach ("may be extended
# to other cancers such as lung cancer"; not a closing's "for cervical cancer in the future",
# which is mostly the paper's own), examples of a class ("various solid tumors, including
# melanoma", "glioma and other tumors"), a contrast ("Unlike leukemia, ...") and a drug's known
# use ("is used to treat lymphoma")
_EXTENDED_TO_OTHERS = (
    r"\b(?:extend\w*|appl(?:y|ied|ying|icable|ication)|expand\w*|generali[sz]\w*|translat\w*|"
    r"adapt\w*)\b[^.;]{0,40}\b(?:other|various|diverse|different|many|multiple|additional|"
    r"a (?:wide|broad) (?:range|variety|spectrum))\b[^.;]*$"
)
_BEYOND_THE_STUDY_BEFORE = re.compile(
    _EXTENDED_TO_OTHERS + r"|"
    r"\b(?:other|various|diverse|different|many|multiple|additional) (?:[\w-]+ ){0,2}"
    r"(?:cancers|tumou?rs|malignancies|(?:cancer|tumou?r) types)\b,? "
    r"(?:such as|including|like|e\.g\.,?)[^.;]*$|"
    r"\bunlike (?:[\w-]+ ){0,2}$|"
    r"\b(?:is|are) (?:\w+ )?(?:used|approved|indicated) (?:to treat|for|against|in)\b[^.;]*$",
    re.IGNORECASE,
)
_BEYOND_THE_STUDY_AFTER = re.compile(
    r"\W*(?:[\w-]+ ){0,2}?(?:and|or) other (?:[\w-]+ ){0,2}(?:cancers|tumou?rs|malignancies)\b",
    re.IGNORECASE,
)


# the cancers a closing hopes to reach: "may be extended to other cancers such as glioma",
# "breast cancer and other solid tumors"
_HOPED_FOR_BEFORE = re.compile(_EXTENDED_TO_OTHERS, re.IGNORECASE)


# an open question: "Whether the coating works in pancreatic cancer remains to be determined"
OPEN_QUESTION = re.compile(
    r"^\W*whether\b|\b(?:remains?|is|are) (?:still )?(?:yet )?to be (?:determined|seen|tested|"
    r"established|investigated|explored|elucidated|clarified|confirmed|validated)\b",
    re.IGNORECASE,
)


def _hoped_for(doc: Doc, m: Mention) -> bool:
    """Named only as where the work may go: extended to other cancers, planned, or asked."""
    text = doc_text(doc)
    # in the clause that names it ("killed LLC cells; their fate in mice remains to be seen")
    start = max(text.rfind(";", m.sentence_start, m.start_char) + 1, m.sentence_start)
    end = text.find(";", m.end_char, m.sentence_end)
    end = m.sentence_end if end < 0 else end
    if _plans_within(doc, start, end):
        return True
    lowered = _lowered_text(doc) or text.lower()
    if any(word in lowered[start:end] for word in ("whether", "to be ")) and OPEN_QUESTION.search(
        text[start:end]
    ):
        return True
    return any(
        word in lowered[m.sentence_start : m.start_char] for word in _HOPED_FOR_WORDS
    ) and bool(_HOPED_FOR_BEFORE.search(text, m.sentence_start, m.start_char))


_HOPED_FOR_WORDS = ("extend", "appl", "expand", "generali", "translat", "adapt")


def _named_beyond_the_study(doc: Doc, m: Mention) -> bool:
    text = doc_text(doc)
    return bool(
        _BEYOND_THE_STUDY_BEFORE.search(text, m.sentence_start, m.start_char)
        or _BEYOND_THE_STUDY_AFTER.match(text, m.end_char, m.sentence_end)
    )


def _in_a_concession(doc: Doc, m: Mention) -> bool:
    """Named in the clause a sentence opens by conceding, before its main clause."""
    return bool(_CONCESSION_BEFORE.search(doc_text(doc)[m.sentence_start : m.start_char]))


def decide_hybrid(doc: Doc, membranes: list[Mention]) -> Mention | None:
    codes = {m.code for m in membranes}
    unnamed_hybrid = [
        m for m in membranes if m.rule == "unnamed-donor" and m.surface.lower().startswith("hybrid")
    ]
    if unnamed_hybrid:  # "the hybrid membrane coating" whose cells go unnamed
        m = unnamed_hybrid[0]
        return Mention(
            "hybrid_membrane",
            "true",
            m.start_char,
            m.end_char,
            "hybrid-unnamed-donors",
            0.6,
            None,
            m.sentence_start,
            m.sentence_end,
            m.surface,
        )
    if len(codes) < 2:
        return None
    for m in membranes:
        sentence = doc_text(doc)[m.sentence_start : m.sentence_end]
        match = HYBRID_CUES.search(sentence)
        if match:
            return Mention(
                "hybrid_membrane",
                "true",
                m.sentence_start + match.start(),
                m.sentence_start + match.end(),
                "hybrid-cue",
                0.8,
                None,
                m.sentence_start,
                m.sentence_end,
                sentence[match.start() : match.end()],
            )
    return None


# the authors' own experiments: what a review does not report
OWN_EXPERIMENT = CaseFree(
    r"\bwe (?:\w+ly )?(?:developed|prepared|synthesi[sz]ed|fabricated|constructed|engineered|"
    r"designed|coated|loaded|demonstrated?|showed|found|observed|established|generated|"
    r"isolated|measured|treated|injected)\b",
    required=("we ",),
)
# a review that says it is one
SELF_NAMED_REVIEW = re.compile(
    r"\breview\b(?! (?:the|recent|current)\b)|overview|perspective|meta-analysis|bibliometric|"
    r"searched|retrieved|screened|identified"
)
# a result the paper's coated carrier gave, with a number or a host: "the coated NPs inhibited
# 4T1 tumor growth by 80%", "...prolonged the survival of mice"
_OWN_RESULT_DETAIL = re.compile(
    r"\d\s*%|\d-fold|\bfold\b|\b(?:mice|rats|in vivo|in vitro|xenografts?|tumou?r-bearing)\b"
)
# one of which every ``_OWN_RESULT_DETAIL`` match holds
_OWN_RESULT_LITERALS = ("%", "fold", "mice", "rats", "in vivo", "in vitro", "xenograft", "bearing")


def _reports_its_own_result(doc: Doc) -> bool:
    """A sentence past the title where the coated carrier did something, told with a number
    or a host (others' findings are "were shown", "have been reported")."""
    text = doc_text(doc)
    title_end = text.find(SECTION_BREAK)
    lowered_text = _lowered_text(doc)
    for start, end in _index_of(doc).sentence_spans:
        if start < title_end:
            continue
        lowered = lowered_text[start:end] if lowered_text else text[start:end].lower()
        if (
            # (substring scans first: most sentences hold none of the detail's literals)
            any(literal in lowered for literal in _OWN_RESULT_LITERALS)
            and _OWN_RESULT_DETAIL.search(lowered)
            and PAST_RESULT.search(lowered)
            and _names_the_coated_carrier(lowered)
            and not PRIOR_FINDING.search(lowered)
        ):
            return True
    return False


# the coated carrier in other words: "NPs were coated with 4T1 cell membranes", "the
# camouflaged nanoparticles"
_COATED_CARRIER = re.compile(
    r"\b(?:coated|camouflaged|cloaked|wrapped|disguised|enveloped) (?:with|in|by) "
    r"(?:[\w-]+ ){0,4}(?:membranes?|vesicles)\b|"
    r"\b(?:coated|camouflaged|cloaked|wrapped|disguised|biomimetic) (?:nano)?(?:particles|"
    r"nps|liposomes|micelles|nanocarriers|nanosystems?|nanoplatforms?)\b"
)


def _names_the_coated_carrier(lowered: str) -> bool:
    """ "RBC membrane-coated NPs", "camouflaged", or in other words "NPs were coated with 4T1
    cell membranes" (a lower-cased sentence)."""
    return CARRIER_MEMBRANE.occurs_in(lowered) or _COATED_CARRIER.search(lowered) is not None


_AUTHORS_DISCUSS = re.compile(r"(?:we|the authors) (?:\w+ly )?(?:discuss|highlight|outline)", re.I)


def decide_study(doc: Doc, publication_types: Iterable[str] = ()) -> tuple[str, float]:
    types = set(publication_types)
    if types & {"Review", "Systematic Review", "Meta-Analysis", "Scoping Review"}:
        return "review", 0.99
    strong_matches = [match.group(0) for match in REVIEW.finditer_doc(doc)]
    weak_starts = [match.start() for match in REVIEW_WEAK.finditer_doc(doc)]
    title_end = doc_text(doc).find(SECTION_BREAK)
    if (strong_matches or weak_starts) and _reports_its_own_result(doc):
        # "Coated NPs inhibited 4T1 tumors by 80% in mice. The mechanisms are discussed.": an
        # original's discussion; only a review that names itself stays one
        strong_matches = [m for m in strong_matches if SELF_NAMED_REVIEW.search(m)]
        weak_starts = [start for start in weak_starts if start < title_end]
    elif strong_matches and OWN_EXPERIMENT.search_doc(doc):
        # "Here, we coated PLGA NPs... We discuss the mechanism": an original's discussion
        strong_matches = [m for m in strong_matches if not _AUTHORS_DISCUSS.match(m)]
    strong = len(strong_matches)
    # a title of the "Recent advances in..." or "...: challenges and perspectives" kind
    strong += sum(1 for start in weak_starts if start < title_end)
    weak = len(weak_starts)
    score = min(0.99, 0.35 * strong + 0.2 * weak)
    if strong or weak >= 2:
        return "review", max(score, 0.6)
    return "original", score


CONCLUSION = re.compile(
    r"(?i)(?:in (?:conclusion|summary|short|brief)|overall|taken together|collectively|together|"
    r"altogether|these (?:results|findings|data))\b"
)


def _only_an_in_vitro_model(doc: Doc) -> bool:
    """An in vitro model named and no animal: computed once per doc (each tumor cue asks)."""
    cached: bool | None = doc.user_data.get("cmnp_in_vitro_only")
    if cached is None:
        cached = bool(MODEL_IN_VITRO.search_doc(doc)) and not _names_an_animal(doc)
        doc.user_data["cmnp_in_vitro_only"] = cached
    return cached


def _names_an_animal(doc: Doc) -> bool:
    """An animal, a route or a patient named outside a look ahead ("animal studies are
    needed") and not as the source of cells or blood ("blood collected from the mice")."""
    text = doc_text(doc)
    for match in ANIMAL_NAMED.finditer_doc(doc):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        sentence = _sentence_of(doc, span.start)
        if PROSPECTIVE.search(_text_of(doc, sentence)):
            continue
        if _an_animal_as_a_source(text, match, sentence.start_char):
            continue
        return True
    return False


def _an_animal_as_a_source(text: str, match: re.Match[str], sentence_start: int) -> bool:
    """The animal cells or blood came from ("RBCs collected from BALB/c mice"), not the one
    treated."""
    cue = match.group(0).lower()
    if cue not in _SOURCE_ANIMALS and not cue.startswith(("balb/c", "c57bl")):
        return False
    before = text[max(match.start() - 50, sentence_start) : match.start()]
    return bool(SOURCE_ANIMAL_BEFORE.search(before) or SOURCE_ANIMAL_AFTER.match(text, match.end()))


def own_work_start(doc: Doc) -> int:
    """Where the abstract turns from background to the authors' own work ("Here, we...").

    Claims before that pivot describe the field ("membrane-coated particles circulate
    longer", "in vivo use of PTT agents is limited"), not experiments of this paper. With no
    pivot the whole text counts. Computed once per doc (four rules ask).
    """
    cached: int | None = doc.user_data.get("cmnp_own_work")
    if cached is not None:
        return cached
    start = 0
    text = doc_text(doc)
    index = _index_of(doc)
    for match in OWN_WORK_PIVOT.finditer_doc(doc):
        sentence_start, sentence_end = _sentence_span_at(index, match.start())
        # "X was developed" pivots only when X is the coated carrier ("a tumor model was
        # established" belongs to the results)
        if match.group(0)[:4].lower() in {"was ", "were"} and not COATING_WORDS.occurs_in(
            text[sentence_start:sentence_end].lower()
        ):
            continue
        # a first "we ..." in the closing lines is a conclusion, not a pivot, unless the
        # abstract is a few sentences long and that one does not open as a conclusion
        in_closing_lines = match.start() > 0.7 * len(text)
        short = len(index.sentence_spans) <= 5
        if not in_closing_lines or (short and not CONCLUSION.match(text, sentence_start)):
            start = sentence_start
        break
    else:
        start = _past_leading_background(doc)
    doc.user_data["cmnp_own_work"] = start
    return start


def _own_work_matches(doc: Doc, pattern: CaseFree) -> Iterator[re.Match[str]]:
    """The matches in the title or from the paper's own work on."""
    own_work = own_work_start(doc)
    title_end = doc_text(doc).find(SECTION_BREAK)
    for match in pattern.finditer_doc(doc):
        if match.start() < title_end or match.start() >= own_work:
            yield match


def _own_work_match(doc: Doc, pattern: CaseFree) -> re.Match[str] | None:
    """The first match in the title or from the paper's own work on."""
    return next(_own_work_matches(doc, pattern), None)


# light that ultrasound is set against: "SDT penetrates deeper than light", "overcomes the
# limited penetration depth of light"
LIGHT_LIMITED = re.compile(r"\bpenetrat\w*|\bdepths?\b", re.IGNORECASE)
LIGHT_COMPARED = re.compile(
    r"\b(?:than|unlike|instead of|rather than|compared (?:with|to))\b", re.IGNORECASE
)


def _light_named(doc: Doc, pattern: CaseFree, ultrasound: bool) -> bool:
    """Light or a laser named; in an abstract about ultrasound, not only where ultrasound is
    set against light (a sonosensitizer's abstract opens with light's shallow reach)."""
    if not ultrasound:
        return pattern.search_doc(doc) is not None
    text = doc_text(doc)
    index = _index_of(doc)
    for match in pattern.finditer_doc(doc):
        start, end = _sentence_span_at(index, match.start())
        if not (
            LIGHT_LIMITED.search(text, start, end)
            or (
                LIGHT_COMPARED.search(text, start, end)
                and ULTRASOUND_CUES.occurs_in(text[start:end].lower())
            )
        ):
            return True
    return False


def _occurs_in_own_work(doc: Doc, cue: Cue) -> bool:
    """The cue in the title or from the paper's own work on (not in its background)."""
    text = _lowered_text(doc) or doc_text(doc).lower()
    own_work = own_work_start(doc)
    if not own_work:
        return cue.occurs_in(text)
    title_end = max(text.find(SECTION_BREAK), 0)
    return cue.occurs_in(text[:title_end]) or cue.occurs_in(text[own_work:])


def _past_leading_background(doc: Doc) -> int:
    """With no pivot ("Here, we..."), the abstract's opening sentences that read as the
    field's background ("Conventional chemotherapeutics such as cisplatin cause severe side
    effects") still are; the paper's own work starts at the first one that does not."""
    text = doc_text(doc)
    title_end = text.find(SECTION_BREAK)
    spans = _index_of(doc).sentence_spans
    opening = [(s, e) for s, e in spans if s >= title_end]
    for number, (sentence_start, sentence_end) in enumerate(opening):
        sentence = text[sentence_start:sentence_end]
        if _states_the_coated_carrier(sentence, PAST_RESULT) or not (
            LEADING_BACKGROUND.search(sentence)
            or (
                USUAL_TREATMENT.search(sentence) and not _names_the_coated_carrier(sentence.lower())
            )
            or (
                PRESENT_EXAMPLES.search(sentence)
                and not PAST_RESULT.search(sentence)
                and not PAST_PASSIVE.search(sentence)
                and REVIEW.search_doc(doc) is None  # a review's examples are its subjects
            )
        ):
            return 0 if number == 0 else sentence_start
    return 0


# the clinic's usual treatment ("Gemcitabine is the first-line chemotherapeutic for pancreatic
# cancer"); read only where no coated carrier is named ("FDA-approved PLGA was coated with...")
USUAL_TREATMENT = CaseFree(
    r"\b(?:first-line|front-?line|standard[- ]of[- ]care|gold standard|mainstay|"
    r"standard (?:treatment|therapy|therapies|chemotherapy|drugs?|regimens?|care)|"
    r"(?:is|are|remains?) (?:the |a )?standard\b|"  # "Gemcitabine is standard for..."
    r"(?:fda|clinically)[- ]approved|approved (?:by|for)|"
    r"(?:widely|commonly|frequently|extensively|clinically|routinely) used)\b"
)


# a result in the past tense: "the coated nanoparticles kept their circulation time"
PAST_RESULT = re.compile(
    r"\b(?:kept|retained|showed|exhibited|displayed|inhibited|suppressed|reduced|increased|"
    r"improved|enhanced|prolonged|extended|achieved|accumulated|outperformed|eradicated)\b"
)
PAST_PASSIVE = re.compile(r"\b(?:was|were) (?:\w+ly )?\w+ed\b")


def _states_the_coated_carrier(sentence: str, verb: re.Pattern[str] = PAST_PASSIVE) -> bool:
    """A sentence in the past tense about a membrane-coated carrier, not others' findings:
    "coated nanoparticles were compared with ferumoxytol for MRI" (``PAST_PASSIVE``);
    "Unlike conventional liposomes, RBC membrane-coated PLGA nanoparticles (or PLGA
    nanoparticles coated with RBC membranes) kept their circulation time" (``PAST_RESULT``:
    what it did, despite a contrast word)."""
    lowered = sentence.lower()
    return (
        _names_the_coated_carrier(lowered)
        and verb.search(lowered) is not None
        and not PRIOR_FINDING.search(lowered)
    )


# what others found before: "have been shown", "were shown to deliver", "has emerged"
PRIOR_FINDING = re.compile(
    r"\b(?:ha(?:ve|s|d) been|ha(?:ve|s|d) (?:\w+ )?(?:shown|emerged|demonstrated)|"
    r"(?:was|were) (?:\w+ )?shown|previous\w*|reported)\b"
)


# what a field's opening sentence says: a limitation, a difficulty, the usual treatment
LEADING_BACKGROUND = CaseFree(
    # (a difficulty, not "protected mice from lethal toxin challenge")
    r"\b(?:however|nevertheless|limit(?:s|ed|ations?)|" + _A_DIFFICULTY + r"|suffers?|suffering|"
    r"side effects?|drawbacks?|hinders?|hindered|hampered|obstacles?|leading cause|"
    r"remains? (?:a|an)|is (?:a|an|the) (?:most|major|leading)|"
    # "Melanoma is the deadliest form of skin cancer", "naked siRNA is rapidly degraded"
    r"deadl(?:y|iest)|most (?:common|lethal|aggressive|prevalent|frequent)|"
    r"rapidly (?:degraded|cleared|eliminated)|"
    # not a comparison the paper makes ("was compared with conventional doxorubicin")
    r"(?<!compared with )(?<!compared to )(?<!than )(?<!versus )(?<!vs\. )conventional|"
    r"poor (?:solubility|bioavailability|targeting|selectivity|delivery|prognosis)|"
    r"ha(?:ve|s) been (?:\w+ )?(?:studied|used|explored|developed|investigated|applied|"
    r"reported|employed)|ha(?:ve|s) emerged|attract\w* (?:\w+ )?attention|"
    # "... often raise safety concerns"
    r"(?:safety|toxicity|biosafety|clinical) concerns?|rais\w* (?:\w+ )?concerns?)\b"
)
# "Inorganic nanoparticles such as gold nanorods are ...": examples of a class, said in the
# present tense, open an abstract as its background (not "NPs loaded with drugs such as DOX
# were coated", a past-tense own-work sentence)
PRESENT_EXAMPLES = CaseFree(r"\bsuch as\b", required=("such as",))


def decide_in_vivo(doc: Doc, study_type: str) -> tuple[bool | None, tuple[int, int] | None]:
    if study_type == "review":
        return None, None
    own_work = own_work_start(doc)
    # the title states the paper's own work ("... suppress tumor growth in mice")
    text = doc_text(doc)
    title_end = text.find(SECTION_BREAK)
    # the rare cues are looked for only when no common one is stated as a result: the answer
    # is the same, the evidence may be a later phrase
    cues = itertools.chain.from_iterable(
        cue.finditer_doc(doc) for cue in (IN_VIVO, IN_VIVO_RARE, LINE_TUMORS)
    )
    for match in cues:
        in_background = title_end <= match.start() < own_work
        if in_background and not IN_TITLE_OR_STRONG.search(match.group(0)):
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        sentence_span = _sentence_of(doc, span.start)
        sentence = _text_of(doc, sentence_span)
        # past a found pivot, "however" and "limited" contrast results ("however, in vivo
        # the coated particles..."); without one they may mark the field's background
        if (own_work == 0 or in_background) and BACKGROUND_IN_VIVO.search(sentence):
            continue
        if PROSPECTIVE.search(sentence) or IN_SILICO.search(sentence):
            continue
        if OTHERS_WORK.search(sentence):
            continue  # "...has been characterized extensively by others": not this paper's
        cue = match.group(0).lower()
        in_vitro_able = (
            cue.endswith(("model", "models", "tumors", "tumours", "tissue", "tissues"))
            or "infiltrat" in cue
            or cue.startswith(
                (
                    "tumo",
                    "inhibit",
                    "suppress",
                    "eradicat",
                    "eliminat",
                    "ablat",
                    "shr",
                    "delay",
                    "slow",
                    "reduc",
                    "halt",
                    "retard",
                    "restrain",
                    "arrest",
                    "accumulat",
                    "penetrat",
                )
            )
        )
        if in_vitro_able and (
            MODEL_IN_VITRO.search(sentence)
            or IN_VITRO_WORDS.search(
                _clause_around(sentence, match.start() - sentence_span.start_char)
            )
            # "A tumor-on-a-chip was used... near MDA-MB-231 tumor tissue": the tissue of an
            # in vitro model the abstract named, where it names no animal
            or _only_an_in_vitro_model(doc)
        ):
            continue  # "an in vitro breast cancer model", "infiltration in 3D co-cultures"
        line_model = (
            cue.endswith(("model", "models")) and any(ch.isdigit() for ch in cue)
        ) or (  # "4T1 tumors" (not "bearing CT26 tumors", found as such)
            cue.endswith(("tumors", "tumours", "tissue", "tissues"))
            and any(ch.isdigit() for ch in cue.split()[0])
        )
        if line_model and not _starts_a_cell_line(doc, match.start()):
            continue  # "a 4T1 model" is a tumor model, "a PD-1 model" is not
        before = text[max(match.start() - 50, sentence_span.start_char) : match.start()]
        if NEEDED_FOR_BEFORE.search(before) or GENERAL_CLAUSE_BEFORE.search(
            text, sentence_span.start_char, match.start()
        ):
            continue
        if not NAMES_AN_ANIMAL.match(match.group(0)) and (
            SPECULATIVE.search(sentence)
            or PURPOSE_BEFORE.search(before)
            or MIMICKED_BEFORE.search(before)
            # a property the coating is said to give ("endows the NPs with long blood
            # circulation"), not one measured in a host
            or ENDOWED_BEFORE.search(before)
            # a structured abstract's aim: "Objective To prepare ... and investigate its
            # anti-tumor effect on hepatocellular carcinoma"
            or OBJECTIVE_LABEL.match(sentence)
            or PROSPECT_BEFORE.search(before)
            # a title's aim: "gold nanocages for photothermal ablation of tumors"
            or (match.start() < title_end and TITLE_PURPOSE_BEFORE.search(before))
        ):
            continue
        if _an_animal_as_a_source(text, match, sentence_span.start_char):
            continue
        if (
            cue == "ex vivo"
            and HUMAN_MATERIAL.search(sentence.lower())
            and not ANIMAL_IN_SENTENCE.search(sentence.lower())
        ):
            continue  # human blood or tissue studied outside the body
        if cue.startswith("spleen") and SOURCE_ORGAN_BEFORE.search(before):
            continue
        if cue.startswith("anti") and (
            CELL_WORK.search(sentence)
            or TITLE_PURPOSE_BEFORE.search(before)
            # "...and its anti-tumor effect" in a title, or "showed enhanced antitumor
            # effects", where the abstract works in vitro and names no animal anywhere
            or (IN_VITRO_WORDS.search_doc(doc) is not None and not _names_an_animal(doc))
        ):
            continue  # efficacy on cells, or one a design is for ("NPs for enhanced ...")
        if (
            (any(word in cue for word in _TISSUE_CUES) or "patients" in cue)
            and FROM_PATIENTS.search(sentence)
            and not ANIMAL_IN_SENTENCE.search(sentence.lower())
        ):
            continue  # a patient's tumor studied in a dish ("organoids derived from patients")
        literal = bool(IN_VIVO_LITERAL.fullmatch(cue))
        if literal and EXPECTATION.search(sentence):
            continue
        # "protein corona formation in vivo may alter targeting": a possibility, unless a
        # result is stated ("in vivo results showed that the NPs may serve as...")
        if literal and MAY.search(sentence) and not RESULT_STATED.search(sentence):
            continue
        if not IN_TITLE_OR_STRONG.search(match.group(0)) and SUGGESTED_BEFORE.search(
            text, sentence_span.start_char, match.start()
        ):
            continue  # "..., suggesting prolonged circulation in vivo": an inference
        # "promise for in vivo therapy", "blood compatibility for intravenous administration"
        if (literal or cue.startswith("intravenous")) and (
            IN_VIVO_AS_PURPOSE.search(text[max(0, match.start() - 24) : match.start()])
        ):
            continue
        if literal and IN_VIVO_AS_A_CONCEPT.search(before):
            continue
        return True, (match.start(), match.end())
    return False, None


def _starts_a_cell_line(doc: Doc, start_char: int) -> bool:
    return any(
        c.field == "cell_lines" and c.start_char == start_char for c in doc._.cmnp_candidates or []
    )


def in_vivo_mention(doc: Doc, span: tuple[int, int]) -> Mention | None:
    return _text_mention(doc, "in_vivo", "true", span[0], span[1], "in-vivo-cue", 0.8)


COATING_WORDS = Cue(("membrane", "mimetic", "camouflag", "cloak", "vesicle", "exosom"))
# a membrane that coats or makes the carrier, not any membrane ("disrupt the cell membrane",
# "membrane proteins of cancer cells")
CARRIER_MEMBRANE = Cue(
    (
        "membrane-coat",
        "membrane coat",
        "membrane-camouflag",
        "membrane camouflag",
        "membrane-cloak",
        "membrane-wrap",
        "membrane-envelop",
        "membrane-derived",
        "membrane-based",
        "membrane vesicle",
        "membrane-fus",
        "membrane-decorat",
        "membrane-functionali",
        "membrane-disguis",
        "membrane-modified",
        "membrane-covered",
        "membrane-encapsulated",
        "membrane decorat",
        "membrane functionali",
        "hybrid membrane",
        "camouflag",
        "cloak",
        "mimetic",
        "mimick",
    )
)


# any coating or fusing said, of vesicles too ("exosomes were coated onto gold nanorods")
COATING_SAID = Cue(
    (
        "coat",
        "cloak",
        "camouflag",
        "wrap",
        "hybrid",
        "envelop",
        "mimetic",
        "membrane-decorat",
        "membrane-functionali",
        "disguis",
        "-fus",  # "membrane-fused"
    ),
    # whole words: "diffusion" and "infusion" say no fusing
    words=("fuse", "fused", "fuses", "fusing", "fusion"),
)


def coatings_of_an_off_topic_paper(doc: Doc, membranes: list[Mention]) -> list[Mention]:
    """Native vesicles that carry a drug, with no coating said, leave no membrane source."""
    if membranes and not COATING_SAID.occurs_in_doc(doc):
        return [m for m in membranes if m.code not in EV_CODES]
    return membranes


def decide_relevance(doc: Doc, membranes: list[Mention]) -> tuple[bool, float]:
    """Cell-membrane carriers against cancer; native exosomes loaded with a drug are not
    membrane coatings (the guide's annotators leave them out) unless a coating is said."""
    cancer = CANCER_CONTEXT.occurs_in_doc(doc)
    coated = CARRIER_MEMBRANE.occurs_in_doc(doc)
    only_vesicles = bool(membranes) and all(m.code in EV_CODES for m in membranes)
    if membranes and cancer and (coated or not only_vesicles):
        return True, 0.9
    if coated and cancer:
        return True, 0.6
    return False, 0.1 if not membranes else 0.3
