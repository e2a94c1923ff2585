"""Outcome numbers: the quantities, units and pairings of the annotation guide."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.evaluation import outcome_matches
from extract.outcomes import extract_outcomes


def found(text: str) -> set[tuple[str, float, str]]:
    return {(o.quantity, o.value, o.unit) for o in extract_outcomes(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The particles had a hydrodynamic diameter of 152.3 ± 4.1 nm.",
            ("particle_size", 152.3, "nm"),
        ),
        ("Nanoparticles were about 0.2 µm in size.", ("particle_size", 200.0, "nm")),
        ("with a zeta potential of -25.6 mV after coating", ("zeta_potential", -25.6, "mV")),
        ("The drug loading content of 12.5% was achieved.", ("drug_loading", 12.5, "%")),
        ("a size of 85 nm and a DOX loading of 9.8%", ("drug_loading", 9.8, "%")),
        ("showing an encapsulation efficiency of 85.2%.", ("encapsulation_efficiency", 85.2, "%")),
        ("The tumor inhibition rate of 89.2% was the highest.", ("tumor_inhibition", 89.2, "%")),
        ("The treatment suppressed tumor growth by 75%.", ("tumor_inhibition", 75.0, "%")),
        ("extended the median survival of 48 days", ("survival", 48.0, "days")),
        ("a circulation half-life of 39.6 h in mice", ("half_life", 39.6, "h")),
        ("an elimination half-life of 30 min", ("half_life", 0.5, "h")),
        (
            "a photothermal conversion efficiency of 41.6% under 808 nm",
            ("photothermal_conversion", 41.6, "%"),
        ),
        ("with an IC50 of 0.45 µg/mL against 4T1", ("ic50", 0.45, "μg/mL")),
        # the same units in their other spellings
        ("The IC50 was 2.3 μg·mL−1 in 4T1 cells.", ("ic50", 2.3, "μg/mL")),
        ("The IC50 was 0.45 ug/ml.", ("ic50", 0.45, "μg/mL")),
        # PubMed's older records spell the micro sign out
        ("The IC50 was 2.5 microg/mL.", ("ic50", 2.5, "μg/mL")),
        ("The IC50 was 0.8 microM against 4T1 cells.", ("ic50", 0.8, "μM")),
        ("The particles were about 0.15 mum in size.", ("particle_size", 150.0, "nm")),
        ("an IC50 of 1.2 mg mL-1", ("ic50", 1.2, "mg/mL")),
        ("The drug loading was 9.8 wt.%.", ("drug_loading", 9.8, "%")),
    ],
)
def test_single_values(text, expected):
    assert expected in found(text)


def test_range_keeps_bounds_and_midpoint():
    (outcome,) = extract_outcomes("Particle size ranged over 100-150 nm.")
    assert (outcome.low, outcome.high, outcome.value) == (100.0, 150.0, 125.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After coating, the size increased from 95 nm to 110 nm.",
            {("particle_size", 110.0, "nm")},
        ),
        (
            "The zeta potential changed from −30.2 mV (bare) to −18.5 mV (coated).",
            {("zeta_potential", -18.5, "mV")},
        ),
        ("The particle size ranged from 100 to 150 nm.", {("particle_size", 125.0, "nm")}),
        (
            "The nanoparticles prolonged the median survival from 24 to 41 days.",
            {("survival", 41.0, "days")},
        ),
        (
            "The zeta potential shifted from +15 mV to -20 mV after coating.",
            {("zeta_potential", -20.0, "mV")},
        ),
    ],
)
def test_a_change_reports_the_value_after_it_and_a_range_its_midpoint(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comparator's value, named after "than that of", is not an outcome
        (
            "The half-life of the RBC-coated nanoparticles (t1/2 = 25.6 h) was longer than that "
            "of the PEGylated ones (t1/2 = 9.8 h).",
            {("half_life", 25.6, "h")},
        ),
        # a comparison in an earlier clause does not touch this formulation's value
        (
            "Compared with free DOX, the NPs inhibited tumor growth by 85%.",
            {("tumor_inhibition", 85.0, "%")},
        ),
        # "higher than 90%" reports the formulation's own (lower-bound) value
        ("The EE was higher than 90%.", {("encapsulation_efficiency", 90.0, "%")}),
        # a change "by" an amount is a difference, except for tumor growth inhibited by X%
        (
            "The average hydrodynamic diameter increased by approximately 20 nm after coating.",
            set(),
        ),
        ("Tumor growth was inhibited by approximately 90%.", {("tumor_inhibition", 90.0, "%")}),
        # a value followed by "larger than" is the difference between two
        ("The particle size of RBC-NPs was 10 nm larger than that of bare NPs.", set()),
        (
            "The RBC-NPs had a half-life of 28 h, longer than that of bare NPs.",
            {("half_life", 28.0, "h")},
        ),
        (
            "Mice treated with the nanoparticles survived for more than 60 days.",
            {("survival", 60.0, "days")},
        ),
    ],
)
def test_comparisons_and_differences(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two cargos of one formulation: both values are its own
        (
            "Encapsulation efficiencies of DOX and ICG were 85.3% and 76.1%, respectively.",
            {("encapsulation_efficiency", 85.3, "%"), ("encapsulation_efficiency", 76.1, "%")},
        ),
        (
            "The encapsulation efficiencies were 85.3% and 76.1% for DOX and ICG, respectively.",
            {("encapsulation_efficiency", 85.3, "%"), ("encapsulation_efficiency", 76.1, "%")},
        ),
        # groups with comparators: the free drug and the bare particles' values are not
        (
            "The tumor inhibition rates of the free DOX, NP and RBC-NP groups were 32.1%, "
            "58.4% and 86.7%, respectively.",
            {("tumor_inhibition", 86.7, "%")},
        ),
        (
            "The tumor inhibition rates of PBS, NPs and RBC-NPs were 0%, 41.2% and 79.5%, "
            "respectively.",
            {("tumor_inhibition", 79.5, "%")},
        ),
        # a unit written once after the list
        (
            "The IC50 values of DOX@RBC-NPs and free DOX were 0.52 and 1.83 μg/mL, respectively.",
            {("ic50", 0.52, "μg/mL")},
        ),
    ],
)
def test_respectively_pairs_one_quantity_with_the_formulations_not_the_comparators(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TEM revealed a membrane shell of 10 nm and an overall size of 98 nm for the coated "
            "nanoparticles.",
            {("particle_size", 98.0, "nm")},
        ),
        (
            "PLK1 editing efficiency reached 35% and tumor growth was inhibited by 70%.",
            {("tumor_inhibition", 70.0, "%")},
        ),
        # the phrase after a value still takes it when a comparison follows the phrase
        (
            "Treated mice showed 76% tumor growth inhibition, compared with 41% for the free drug.",
            {("tumor_inhibition", 76.0, "%")},
        ),
    ],
)
def test_a_phrase_followed_by_its_own_value_is_not_taken_by_the_value_before(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The RBC membrane-coated nanoparticles (150 ± 12 nm) were stable for a week.",
            {("particle_size", 150.0, "nm")},
        ),
        (
            "Platelet membrane-coated PLGA nanoparticles (~120 nm) were made.",
            {("particle_size", 120.0, "nm")},
        ),
        ("Spherical nanoparticles of 100 nm were obtained.", {("particle_size", 100.0, "nm")}),
        ("We obtained RBC-NPs of ~110 nm in size.", {("particle_size", 110.0, "nm")}),
        ("Coating PLGA cores gave 120 nm nanoparticles.", {("particle_size", 120.0, "nm")}),
        # the comparator's size beside the formulation's is not reported
        ("Bare NPs (90 nm) and RBC-NPs (110 nm) were compared.", {("particle_size", 110.0, "nm")}),
        (
            "The RBC-NPs (110 nm) were larger than bare NPs (90 nm).",
            {("particle_size", 110.0, "nm")},
        ),
        # wavelengths and shapes written beside a particle are not its size
        ("Upconversion nanoparticles (980 nm) were coated with membranes.", set()),
        ("The nanoparticles (808 nm laser, 1 W/cm2) heated the tumor.", set()),
        ("660 nm light-activated nanoparticles were coated.", set()),
        ("Gold nanorods (40 nm × 10 nm) were coated with RBC membranes.", set()),
        # the bare core's size, before the coating
        ("Gold nanoparticles (15 nm) were coated with erythrocyte membranes.", set()),
    ],
)
def test_a_size_written_beside_its_particle_is_its_size(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tumor volume of the RBC-NP group was reduced by 82.4% compared with PBS.",
            {("tumor_inhibition", 82.4, "%")},
        ),
        ("The treatment reduced the tumor weight by 70.5%.", {("tumor_inhibition", 70.5, "%")}),
        ("Tumor weights decreased by 65% relative to saline.", {("tumor_inhibition", 65.0, "%")}),
        # what is left of the tumor, and a growth, are not an inhibition
        ("The tumor volume was reduced to 20% of the control.", set()),
        ("The tumor volume increased by 300% in the PBS group.", set()),
        # the antitumor efficacy as a share; a gain in it over another group is no rate
        (
            "The antitumor efficacy reached 93.5% in 4T1-bearing mice.",
            {("tumor_inhibition", 93.5, "%")},
        ),
        ("The coating improved the antitumor efficacy by 35% over bare NPs.", set()),
        ("The membrane increased the tumor inhibition rate by 30%.", set()),
        (
            "The NPs increased apoptosis and reduced tumor volume by 62% relative to saline.",
            {("tumor_inhibition", 62.0, "%")},
        ),
        (
            "The NPs suppressed tumor growth by 75% and improved survival.",
            {("tumor_inhibition", 75.0, "%")},
        ),
    ],
)
def test_a_tumor_reduced_by_a_share_is_its_inhibition(text, expected):
    assert found(text) == expected


def test_respectively_pairs_in_order():
    text = (
        "The encapsulation efficiency and drug loading of the NPs were 88.7% ± 4.8% and "
        "7.9% ± 0.4%, respectively."
    )
    assert found(text) == {("encapsulation_efficiency", 88.7, "%"), ("drug_loading", 7.9, "%")}


@pytest.mark.parametrize(
    "text",
    [
        "Tumors were irradiated with an 808 nm laser at 1.0 W/cm2 for 5 min.",
        "Mice received 5 mg/kg doxorubicin every 3 days.",
        "Uptake increased 3.2-fold (P < 0.05).",
        "The drug loading should exceed 10% to be useful.",
        # a survival rate is a share of the animals at a time point, not a survival time
        "The survival rate at 60 days was 80% in the treated group.",
        "",
    ],
)
def test_doses_settings_fold_changes_and_targets_are_not_outcomes(text):
    assert found(text) == set()


def test_evidence_is_a_substring():
    text = "The zeta potential was −18.2 mV and the size 120 nm."
    for outcome in extract_outcomes(text):
        assert outcome.evidence in text.replace("\u00b5", "μ")


def test_scoring_tolerance():
    gold = {"quantity": "particle_size", "value": 152.3}
    assert outcome_matches({"quantity": "particle_size", "value": 153.0}, gold)
    assert not outcome_matches({"quantity": "particle_size", "value": 160.0}, gold)
    assert not outcome_matches({"quantity": "zeta_potential", "value": 152.3}, gold)


def test_respectively_after_an_earlier_value_in_the_same_sentence():
    text = (
        "The mean size was 165.6±15.7 nm, and the encapsulation efficiency percentage and drug "
        "loading percentage of the NPs were 88.7%±4.8% and 7.9%±0.4%, respectively."
    )
    assert found(text) == {
        ("particle_size", 165.6, "nm"),
        ("encapsulation_efficiency", 88.7, "%"),
        ("drug_loading", 7.9, "%"),
    }


def test_standard_deviation_after_plus_minus_is_not_a_value():
    assert found("Zeta potential of 29mV±1mV was measured.") == {("zeta_potential", 29.0, "mV")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "co-loaded with doxorubicin (Dox) (39.1 wt%) and chlorin e6 (21.1 wt%)",
            {("drug_loading", 39.1, "%"), ("drug_loading", 21.1, "%")},
        ),
        ("with an IC(50) = 2.47 µM in 4T1 cells", {("ic50", 2.47, "μM")}),
        (
            "rates of drug loading and encapsulation is 13% and 74%",
            {("drug_loading", 13.0, "%"), ("encapsulation_efficiency", 74.0, "%")},
        ),
        (
            "high photothermal conversion (η = 47.69%) and reduced the gap by 57%",
            {("photothermal_conversion", 47.69, "%")},
        ),
    ],
)
def test_pubmed_style_variants(text, expected):
    assert found(text) == expected


def test_offsets_locate_the_evidence():
    text = "Particles were made. The zeta potential was −18.2 mV and the size 120 nm."
    outcomes = extract_outcomes(text)
    assert outcomes
    for outcome in outcomes:
        assert text[outcome.start : outcome.end] == outcome.evidence
        assert "start" not in outcome.to_dict()


# Property tests: the parser reads any number the guide's phrasing can carry, and never breaks.

_TEMPLATES = [
    ("The encapsulation efficiency was {v}%.", "encapsulation_efficiency", "%", 1.0),
    ("with a drug loading content of {v}%", "drug_loading", "%", 1.0),
    ("showed a hydrodynamic diameter of {v} nm", "particle_size", "nm", 1.0),
    ("Their size was about {v} µm.", "particle_size", "nm", 1000.0),
    ("a circulation half-life of {v} h", "half_life", "h", 1.0),
    ("an elimination half-life of {v} min", "half_life", "h", 1 / 60),
    ("The tumor inhibition rate reached {v}%.", "tumor_inhibition", "%", 1.0),
    ("with a median survival of {v} days", "survival", "days", 1.0),
    ("a photothermal conversion efficiency of {v}%", "photothermal_conversion", "%", 1.0),
]
_VALUES = st.decimals(min_value="0.1", max_value="99.9", places=1).map(str)


@given(template=st.sampled_from(_TEMPLATES), value=_VALUES)
def test_any_reported_number_is_read_in_its_unit(template, value):
    text, quantity, unit, scale = template
    (outcome,) = extract_outcomes(text.format(v=value))
    assert (outcome.quantity, outcome.unit) == (quantity, unit)
    assert outcome.value == pytest.approx(round(float(value) * scale, 4))


@given(value=_VALUES, sd=_VALUES)
def test_a_negative_zeta_potential_keeps_its_sign_and_drops_the_sd(value, sd):
    (outcome,) = extract_outcomes(f"The zeta potential was −{value} ± {sd} mV.")
    assert outcome.value == pytest.approx(-float(value))


@given(st.text(max_size=300))
def test_any_text_gives_outcomes_whose_evidence_is_where_they_say(text):
    for outcome in extract_outcomes(text):
        assert text.replace("\u00b5", "μ")[outcome.start : outcome.end] == outcome.evidence
