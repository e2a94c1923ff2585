"""Reported numbers a meta-analysis pools (the guide's ``outcomes``), found by patterns.

Per sentence: find the quantity phrases ("encapsulation efficiency", "zeta potential") and the
numbers with a unit that fits them ("85.2%", "-25.6 mV", "152.3 ± 4.1 nm", "100-150 nm",
"0.2 µm"). When k phrases come before k numbers ("EE and DL were 88.7% and 7.9%") they pair in
order; otherwise each number takes the nearest phrase before it. Units are normalized (µm ->
nm, min -> h); "mean ± sd" keeps the mean; a range keeps its bounds and midpoint. Fold changes,
p-values and doses are not outcomes and are never matched (no quantity phrase accepts them).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_NUMBER = r"[-−–]?\s?\d+(?:[.,]\d+)?"
# "μg/mL", "μg mL-1", "μg·mL−1" (a mass per volume written with a slash, a space or a dot);
# PubMed's older records spell the micro sign out ("microg/mL", "microM", "mum" for μm)
_MASS_PER_MILLILITRE = r"(?:[μµu]g|microg|mg) ?[/·⋅ ] ?m[Ll](?:[-−]1)?"
_UNIT = (
    r"wt\.? ?%|%|nm|μm|µm|um|mum|mV|mv|hours?|hrs?|h|min(?:utes?)?|days?|d|"
    + _MASS_PER_MILLILITRE
    + r"|μM|µM|uM|microM|nM|mM"
)
_VALUE = re.compile(
    rf"(?<!±)(?<!± )(?P<cmp>[<>~≈≤≥]|approximately |about |around |nearly |up to |over |only )?"
    rf"(?P<low>{_NUMBER})"
    rf"(?:\s?(?:%|nm|mV|h|days?)?\s?(?:-|–|to|~)\s?(?P<high>\d+(?:\.\d+)?))?"
    rf"(?:\s?%?\s?±\s?\d+(?:\.\d+)?)?"
    rf"\s?(?P<unit>{_UNIT})(?![A-Za-z])"
)
# "were 0.52 and 1.83 μg/mL, respectively": a number sharing the unit written after the
# list's last one (looked for only where "respectively" pairs values with names)
_LISTED_VALUE = re.compile(
    rf"(?<![\d.,±])(?<!± )(?<!between )(?P<low>{_NUMBER})(?P<high>(?!))?"
    rf"(?=(?:\s?(?:, ?and|,|and|or)\s?\d+(?:\.\d+)?)+\s?(?P<unit>{_UNIT})(?![A-Za-z]))"
)


@dataclass(frozen=True)
class Quantity:
    """``words``: case-folded literals one of which every ``phrase`` match contains, so a
    sentence without any is skipped by substring scans instead of a case-insensitive regex."""

    name: str
    phrase: re.Pattern[str]
    units: frozenset[str]
    words: tuple[str, ...]

    def phrases_in(self, sentence: str, folded: str | None) -> Iterator[re.Match[str]]:
        """``phrase.finditer(sentence)``; ``folded`` is the sentence case-folded (None when
        folding changed its length: then the regex runs)."""
        if folded is not None and not any(word in folded for word in self.words):
            return iter(())
        return self.phrase.finditer(sentence)


def _q(name: str, phrase: str, units: set[str], words: tuple[str, ...]) -> Quantity:
    return Quantity(name, re.compile(phrase, re.I), frozenset(units), words)


QUANTITIES = (
    _q(
        "particle_size",
        r"\b(?:hydrodynamic )?(?:diameters?|particle sizes?|sizes?|sized)\b",
        {"nm", "μm"},
        ("diameter", "size"),
    ),
    _q(
        "zeta_potential",
        r"\bzeta[- ]potentials?\b|\bζ[- ]potentials?\b|\bsurface charges?\b",
        {"mV"},
        ("zeta", "ζ", "surface charge"),
    ),
    _q(
        "encapsulation_efficiency",
        r"\b(?:encapsulation|entrapment)(?: (?:efficienc(?:y|ies)|rates?|ratios?))?\b|\bEE\b",
        {"%"},
        ("encapsulation", "entrapment", "ee"),
    ),
    _q(
        "drug_loading",
        r"\b(?:drug[- ])?loading (?:contents?|capacit(?:y|ies)|rates?|levels?|"
        r"efficienc(?:y|ies)|percentages?)\b|\bdrug[- ]loading\b|\bDLC?\b|"
        # "a DOX loading of 9.8%"
        r"\bloading(?= of\b)",
        {"%"},
        ("loading", "dl"),
    ),
    _q(
        "tumor_inhibition",
        r"\btumou?r (?:growth )?(?:inhibition|suppression)(?: rates?| ratios?| "
        r"efficienc(?:y|ies))?\b|\b(?:inhibit|suppress)(?:ed|ing|s)? (?:the )?(?:\w+ )?"
        r"tumou?r growth\b|\btumou?r growth (?:was|were) (?:\w+ )?(?:inhibited|suppressed)\b|"
        r"\btumou?r inhibitory rates?\b|\banti-?(?:metasta\w+|tumou?r) efficac(?:y|ies)\b|"
        # "the tumor volume was reduced by 82%", "reduced tumor weight by 70%" (not "to 20%")
        r"\btumou?r (?:volumes?|weights?|burden)\b(?=[^.;]{0,60}?\b(?:reduc|decreas|inhibit|"
        r"suppress|lower)\w* by\b)|"
        r"\b(?:reduc|decreas|lower)\w* (?:the )?(?:\w+ )?tumou?r (?:volumes?|weights?|burden) by\b|"
        r"\binhibition rates?\b",
        {"%"},
        ("tumo", "metasta", "inhibition rate"),
    ),
    # not "the survival rate at 60 days was 80%": a rate is a share, not a time
    _q(
        "survival",
        r"\bsurviv(?:al|ed)\b(?! (?:rates?|ratios?|percentages?|fractions?)\b)",
        {"days"},
        ("surviv",),
    ),
    _q("half_life", r"\bhalf[- ]li(?:fe|ves)\b|\bt1/2\b", {"h"}, ("half", "t1/2")),
    _q(
        "photothermal_conversion",
        r"\bphotothermal conversion(?: (?:efficienc(?:y|ies)|rates?))?\b|"
        r"\bconversion efficienc(?:y|ies)\b",
        {"%"},
        ("conversion",),
    ),
    _q(
        "ic50",
        r"\bIC50s?\b|\bIC ?\(?50\)?|\bhalf[- ]maximal inhibitory concentrations?\b",
        {"μg/mL", "μM", "nM", "mg/mL", "mM"},
        ("ic", "half"),
    ),
)

_DRUG_LOADING = next(q for q in QUANTITIES if q.name == "drug_loading")
_PARTICLE_SIZE = next(q for q in QUANTITIES if q.name == "particle_size")
# a size written beside the particle it measures, with no "size" word: "RBC-NPs (150 ± 12 nm)",
# "nanoparticles of ~100 nm", "120 nm nanoparticles"
_PARTICLE_NOUN = (
    r"(?:nano(?:particles?|spheres?|vesicles?|carriers?|capsules?|gels?|composites?|"
    r"platforms?|formulations?|vaccines?|decoys?|sponges?|clusters?|assemblies|complexes|"
    r"cages?|crystals?|rods?|systems?)|particles?|vesicles?|micelles?|liposomes?|"
    r"[\w@/-]*NPs?)"
)
_NOUN_BEFORE_SIZE = re.compile(rf"\b{_PARTICLE_NOUN}\s*(?:\(\s*|of\s*)$")
_NOUN_AFTER_SIZE = re.compile(rf"\s?-?\s?(?:sized?\s+)?{_PARTICLE_NOUN}\b")
_CLOSES_THE_ASIDE = re.compile(r"\s*[),;]")
# a wavelength is written the same way ("upconversion NPs (980 nm excitation)", "660 nm
# light-activated nanoparticles")
_LIGHT_WORDS = re.compile(
    r"\b(?:laser|light|wavelength|irradiat|excit|emi[st]|nir|absor|upconver)", re.I
)
# "Gold nanoparticles (15 nm) were coated with ...": the bare core's size, before the coating
_THEN_COATED = re.compile(
    r"\)?\s*(?:were|was)\s+(?:\w+ly\s+|then\s+|further\s+)?(?:coated|cloaked|camouflaged|"
    r"wrapped|fused|covered|enveloped|disguised|decorated)\b",
    re.I,
)
# the start of the noun phrase a size is written beside ("Bare NPs (90 nm) and RBC-NPs (")
_PHRASE_BREAK = re.compile(r".*(?:[,;)]|\band\b|\bor\b|\bversus\b|\bvs\b)", re.S)
_UNIT_ALIASES = {
    "%": "%",
    "wt%": "wt%",
    "nm": "nm",
    "μm": "μm",
    "µm": "μm",
    "um": "μm",
    "mum": "μm",
    "mV": "mV",
    "mv": "mV",
    "h": "h",
    "hr": "h",
    "hrs": "h",
    "hour": "h",
    "hours": "h",
    "min": "min",
    "mins": "min",
    "minute": "min",
    "minutes": "min",
    "day": "days",
    "days": "days",
    "d": "days",
    "μg/mL": "μg/mL",
    "mg/mL": "mg/mL",
    "μM": "μM",
    "µM": "μM",
    "uM": "μM",
    "microM": "μM",
    "nM": "nM",
    "mM": "mM",
}
_PER_MILLILITRE = re.compile(_MASS_PER_MILLILITRE)


def _unit_of(raw: str) -> str:
    """The unit's one spelling: "µg·mL−1" -> "μg/mL", "wt. %" -> "wt%", "hrs" -> "h"."""
    if _PER_MILLILITRE.fullmatch(raw):
        return "mg/mL" if raw.startswith("mg") else "μg/mL"
    if raw.startswith("wt"):
        return "wt%"
    return _UNIT_ALIASES.get(raw, raw)


# a number followed by a unit
_HAS_NUMBER = re.compile(
    r"\d\s?(?:%|wt|nm|μm|µm|um|mum|mV|h|min|days?|d|μg|µg|ug|microg|mg|μM|µM|uM|microM|nM|mM)"
)
# a sentence: runs of non-terminators, where "." before a digit ("85.2") or a percent sign
# ("9.8 wt.%") is not an end;
# written as an unrolled loop (a character-at-a-time alternation is ~6x slower)
_SENTENCE = re.compile(r"(?=[^.;!?]|\.[\d%])[^.;!?]*(?:\.(?=[\d%])[^.;!?]*)*(?:[.;!?]|$)")
_TARGETS = re.compile(
    r"\b(target|threshold|less than|below|required|should|cut-?off|dose|doses|dosage|"
    r"mg/kg|irradiat\w*|laser|power density)\b",
    re.I,
)

_CHANGE_VERB = (
    r"\b(?:increas|decreas|chang|grew|grow|rose|rise|rising|shift|enlarg|reduc|went|prolong|"
    r"extend)\w*(?: \w+)?"
)
# "the size increased from 95 nm to 110 nm after coating", "prolonged the median survival from
# 24 to 41 days": a change, not a range
_CHANGED_FROM = re.compile(_CHANGE_VERB + r"(?: \w+){0,2}\s+from\s*\+?$", re.I)
# "10 nm larger than that of bare NPs": a difference between two values, not one
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:larger|smaller|bigger|higher|lower|longer|shorter|greater|thicker|thinner|more|less)"
    r"\s+than\b",
    re.I,
)
# "... by", "... by approximately": what comes right before an amount of change
_BY_AN_AMOUNT = r" by\s*(?:approximately |about |nearly |~\s?)?$"
# "enhanced the tumor inhibition rate by 30%": a gain over another group, not the rate
_RAISED_BY = re.compile(
    # (the raise's own object: not "increased apoptosis and reduced tumor volume by 62%")
    r"\b(?:increas|enhanc|improv|boost|rais|elevat|augment)\w*"
    r"(?: (?!(?:and|or|but|while|reduc\w*|decreas\w*|inhibit(?:ed|s|ing)?|"
    r"suppress(?:ed|es|ing)?|lower(?:ed|s|ing)?)\b)\S+){0,5}" + _BY_AN_AMOUNT,
    re.I,
)
# "the diameter increased by 20 nm": a difference
_CHANGED_BY = re.compile(_CHANGE_VERB + _BY_AN_AMOUNT, re.I)
# "longer than that of the PEGylated ones (t1/2 = 9.8 h)": a comparator's value; "higher
# than 90%" (a number right after) still reports this formulation's
_COMPARED_WITH = re.compile(
    r"\b(?:than|versus|vs\.?|compared (?:with|to))\s+(?![<>~≈]|approximately|about|[-−]?\d)\S",
    re.I,
)


@dataclass(frozen=True)
class Outcome:
    quantity: str
    value: float
    unit: str
    low: float | None
    high: float | None
    evidence: str
    # where the evidence lies in the text read (not part of the guide's record shape)
    start: int = field(default=-1, compare=False, repr=False)
    end: int = field(default=-1, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        # by hand: ``dataclasses.asdict`` deep-copies every value (a tenth of finalizing)
        return {
            "quantity": self.quantity,
            "value": self.value,
            "unit": self.unit,
            "low": self.low,
            "high": self.high,
            "evidence": self.evidence,
        }


def _number(text: str) -> float:
    return float(text.replace("−", "-").replace("–", "-").replace(" ", "").replace(",", "."))


def _normalize(
    quantity: Quantity, unit: str, low: float, high: float | None
) -> tuple[str, float, float | None] | None:
    unit = _unit_of(unit)
    if quantity.name == "particle_size" and unit == "μm":
        return "nm", low * 1000, high * 1000 if high is not None else None
    if quantity.name == "half_life" and unit == "min":
        return "h", low / 60, high / 60 if high is not None else None
    if unit == "wt%" and quantity.name == "drug_loading":
        return "%", low, high
    if unit not in quantity.units:
        return None
    return unit, low, high


def _sentences(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _SENTENCE.finditer(text)]


def extract_outcomes(text: str) -> list[Outcome]:
    """Every reported value of the guide's quantities in ``text`` (see the module docstring)."""
    found: list[Outcome] = []
    seen: set[tuple[str, float]] = set()
    text = text.replace("\u00b5", "μ")
    # one scan of the text for a number with a unit, rather than one per sentence
    numbers = [m.start() for m in _HAS_NUMBER.finditer(text)]
    if not numbers:
        return found
    for offset, sentence in _sentences(text):
        first = bisect_left(numbers, offset)
        if first == len(numbers) or numbers[first] >= offset + len(sentence):
            continue
        values = [m for m in _VALUE.finditer(sentence) if m.group("unit")]
        if not values:
            continue
        if "respectively" in sentence:
            values = sorted([*values, *_LISTED_VALUE.finditer(sentence)], key=lambda v: v.start())
        folded = sentence.casefold()
        unfolded = folded if len(folded) == len(sentence) else None
        phrases: list[tuple[int, int, Quantity]] = [
            (m.start(), m.end(), q) for q in QUANTITIES for m in q.phrases_in(sentence, unfolded)
        ]
        # "doxorubicin (39.1 wt%)": a weight percentage of a cargo is its loading
        phrases += [
            (v.start(), v.start(), _DRUG_LOADING)
            for v in values
            if _unit_of(v.group("unit")) == "wt%"
        ]
        if "nm" in sentence or "μm" in sentence:
            phrases += [
                (v.start(), v.start(), _PARTICLE_SIZE)
                for v in values
                if _sized_beside_its_particle(sentence, v)
            ]
        phrases.sort(key=lambda item: item[0])
        if not phrases:
            continue
        pairs = _pair(phrases, values)
        for (p_start, _p_end, quantity), value in pairs:
            before = sentence[max(0, value.start() - 30) : value.start()]
            clause = sentence[max(0, value.start() - 60) : value.start()]
            clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1 :]
            if _TARGETS.search(before) or (_may_compare(clause) and _COMPARED_WITH.search(clause)):
                continue
            if " by" in before and (
                _RAISED_BY.search(clause)
                if quantity.name == "tumor_inhibition"
                else _CHANGED_BY.search(before)
            ):
                # a difference, not a size (tumor growth inhibited by X% is one); and an
                # inhibition raised by a share ("improved the antitumor efficacy by 35%")
                continue
            if _DIFFERENCE_AFTER.match(sentence, value.end()):
                continue
            low = _number(value.group("low"))
            high = _number(value.group("high")) if value.group("high") else None
            if high is not None and "from" in before and _follows_a_change_from(clause):
                low, high = high, None  # "increased from 95 to 110 nm": the value after
            if (
                value.group("low").lstrip().startswith(("-", "−", "–"))
                and quantity.name != "zeta_potential"
            ):
                continue
            normalized = _normalize(quantity, value.group("unit"), low, high)
            if normalized is None:
                continue
            unit, low, high = normalized
            mean = (low + high) / 2 if high is not None else low
            key = (quantity.name, round(mean, 4))
            if key in seen:
                continue
            seen.add(key)
            raw = sentence[min(p_start, value.start()) : value.end()]
            evidence = raw.strip()
            start = offset + min(p_start, value.start()) + (len(raw) - len(raw.lstrip()))
            found.append(
                Outcome(
                    quantity.name,
                    round(mean, 4),
                    unit,
                    low if high is not None else None,
                    high,
                    evidence,
                    start,
                    start + len(evidence),
                )
            )
    return found


def _sized_beside_its_particle(sentence: str, value: re.Match[str]) -> bool:
    """A length written right after its particle ("NPs (150 ± 12 nm)", "nanoparticles of 100
    nm") or right before it ("120 nm nanoparticles"), not a wavelength, a comparator's or a
    bare core's before its coating."""
    if _unit_of(value.group("unit")) not in {"nm", "μm"}:
        return False
    before = sentence[max(0, value.start() - 60) : value.start()]
    noun = _NOUN_BEFORE_SIZE.search(before)
    if noun is not None:
        if "(" in noun.group(0) and not _CLOSES_THE_ASIDE.match(sentence, value.end()):
            return False  # "NPs (40 nm × 10 nm)", "NPs (808 nm laser)"
        if _THEN_COATED.match(sentence, value.end()):
            return False
        around = before[max(0, noun.start() - 25) :] + sentence[value.end() : value.end() + 15]
    elif _NOUN_AFTER_SIZE.match(sentence, value.end()):
        around = before[-25:] + sentence[value.end() : value.end() + 30]
    else:
        return False
    phrase_break = _PHRASE_BREAK.match(before)
    clause = before[phrase_break.end() :] if phrase_break else before
    return not _LIGHT_WORDS.search(around) and not _names_a_comparator(clause)


def _may_compare(clause: str) -> bool:
    """A substring pre-check for ``_COMPARED_WITH`` (most clauses compare nothing)."""
    return any(word in clause for word in ("than", "vs", "ersus", "ompared"))


def _changed_from(value: re.Match[str]) -> bool:
    """The first value of a change ("changed from -30 mV to -18 mV"): not the one reported."""
    before = value.string[max(0, value.start() - 60) : value.start()]
    return value.group("high") is None and _follows_a_change_from(before)


def _follows_a_change_from(before: str) -> bool:
    """``before`` ends with a change's "from" ("prolonged the median survival from")."""
    return "from" in before and bool(_CHANGED_FROM.search(before))


def _fits(quantity: Quantity, value: re.Match[str]) -> bool:
    return _normalize(quantity, value.group("unit"), 1.0, None) is not None


def _pair(
    phrases: list[tuple[int, int, Quantity]], values: list[re.Match[str]]
) -> list[tuple[tuple[int, int, Quantity], re.Match[str]]]:
    """Runs of values with no quantity phrase between them ("were 88.7% and 7.9%") take the
    same number of phrases before them in order ("EE and DL were ..."); a lone value takes the
    nearest fitting phrase before it (or right after it)."""
    fitting = [
        v for v in values if any(_fits(q, v) for _s, _e, q in phrases) and not _changed_from(v)
    ]
    runs: list[list[re.Match[str]]] = []
    for value in fitting:
        if runs and not any(runs[-1][-1].end() <= p[0] < value.start() for p in phrases):
            runs[-1].append(value)
        else:
            runs.append([value])
    pairs: list[tuple[tuple[int, int, Quantity], re.Match[str]]] = []
    previous_end = 0
    used: set[int] = set()  # a phrase reports one value unless a run pairs several in order
    for run in runs:
        before = [p for p in phrases if previous_end <= p[1] <= run[0].start()]
        distinct: list[tuple[int, int, Quantity]] = []
        for p in before:
            if p[2].name not in {d[2].name for d in distinct}:
                distinct.append(p)
        if len(run) > 1 and len(distinct) >= len(run):
            chosen = distinct[-len(run) :]
            if all(_fits(p[2], v) for p, v in zip(chosen, run, strict=True)):
                pairs.extend(zip(chosen, run, strict=True))
                previous_end = run[-1].end()
                continue
        if len(run) > 1 and distinct and all(_fits(distinct[-1][2], v) for v in run):
            own = _respective_values(distinct[-1], run)
            if own is not None:
                pairs.extend((distinct[-1], v) for v in own)
                used.add(distinct[-1][0])
                previous_end = run[-1].end()
                continue
        for value in run:
            fit_before = [
                p
                for p in phrases
                if p[1] <= value.start() and _fits(p[2], value) and p[0] not in used
            ]
            if fit_before and value.start() - fit_before[-1][1] <= 120:
                pairs.append((fit_before[-1], value))
                used.add(fit_before[-1][0])
                continue
            after = [
                p
                for p in phrases
                if p[0] >= value.end()
                and _fits(p[2], value)
                and p[0] not in used
                and not _has_its_own_value(p, values)
            ]
            if after and after[0][0] - value.end() <= 25:
                pairs.append((after[0], value))
                used.add(after[0][0])
        previous_end = run[-1].end()
    return pairs


def _has_its_own_value(phrase: tuple[int, int, Quantity], values: list[re.Match[str]]) -> bool:
    """ "a shell of 10 nm and an overall size of 98 nm": the size phrase reports the value
    right after it, not the one before ("76% tumor growth inhibition, compared with 41%" is
    the value before: a comparison follows)."""
    for v in values:
        if v.start() < phrase[1]:
            continue
        gap = v.string[phrase[1] : v.start()]
        if len(gap) <= 20 and "," not in gap and not _may_compare(gap) and _fits(phrase[2], v):
            return True
    return False


# "The IC50 values of DOX@RBC-NPs and free DOX were ...": the names a "respectively" list
# pairs with its values, after "of"/"for"/"in" and before the verb
_NAMES_BEFORE = re.compile(
    r"\b(?:of|for|in|by)\s+(?P<names>[^;:]+?)\s*,?\s+(?:were|was|are|is|reached|showed|"
    r"exhibited|achieved|gave|had)\b"
)
# "... were 85.3% and 76.1% for DOX and ICG, respectively"
_NAMES_AFTER = re.compile(r"\s*(?:for|in|of)\s+(?P<names>[^;:]+?)\s*,?\s*respectively")
_NAME_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_GROUP_WORD = re.compile(r"^(?:the\s+)|\s+(?:groups?|formulations?|treatments?)$", re.I)
# names of what a study compares its formulation with
_COMPARATOR_WORDS = frozenset(
    "free pbs saline control controls bare uncoated naked blank untreated empty".split()
)


def _names_a_comparator(name: str) -> bool:
    """ "free DOX", "the PBS group", "bare NPs": what a study compares its formulation with."""
    return bool(set(re.findall(r"\w+", name.casefold())) & _COMPARATOR_WORDS)


def _respective_values(
    phrase: tuple[int, int, Quantity], run: list[re.Match[str]]
) -> list[re.Match[str]] | None:
    """One quantity, several values "respectively": the values of the names that are not a
    comparator ("free DOX", "PBS", the bare "NPs" beside "RBC-NPs"), perhaps none; None when
    the sentence does not name one thing per value."""
    sentence = run[0].string
    end = run[-1].end()
    if "respectively" not in sentence[end : end + 40]:
        return None
    names = None
    before = _NAMES_BEFORE.search(sentence, phrase[1], run[0].start())
    if before is not None and run[0].start() - before.end() <= 20:  # "were" then the values
        names = _split_names(before.group("names"))
    if names is None or len(names) != len(run):
        after = _NAMES_AFTER.match(sentence, end)
        names = _split_names(after.group("names")) if after is not None else None
    if names is None or len(names) != len(run):
        return None
    folded = [name.casefold() for name in names]
    singular = [name.removesuffix("s") for name in folded]  # "NPs" beside "RBC-NPs"
    own = [
        value
        for name, one, value in zip(folded, singular, run, strict=True)
        if not _names_a_comparator(name)
        and not any(one != other and one in other for other in singular)
    ]
    return own


def _split_names(listed: str) -> list[str]:
    return [_GROUP_WORD.sub("", name.strip()) for name in _NAME_SEPARATOR.split(listed) if name]
