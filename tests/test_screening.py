"""Screening models: determinism, persistence with checks, publication types, ranking, WSS."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from extract import screening as S
from extract.records import Article

TOPICS = {
    (True, False): "Red blood cell membrane-coated PLGA nanoparticles delivered doxorubicin to "
    "4T1 tumors in mice; we developed the platform herein.",
    (True, True): "In this review we summarize platelet membrane camouflaged nanocarriers for "
    "cancer therapy; future perspectives are discussed.",
    (False, False): "Liposomes loaded with vancomycin treated sepsis and wound infection in "
    "rats; we designed the formulation.",
    (False, True): "This review discusses exosomes in arthritis and inflammation; recent "
    "advances are highlighted.",
}
FILLER = (
    "stability release uptake size charge serum protein stealth circulation imaging "
    "toxicity formulation synthesis analysis targeting dose"
).split()


def synthetic_records(n_per_kind: int = 12, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for (relevant, review), core in TOPICS.items():
        for i in range(n_per_kind):
            noise = " ".join(rng.choice(FILLER) for _ in range(25))
            records.append(
                {
                    "doc_id": f"doi:10.0/{int(relevant)}{int(review)}-{i}",
                    "title": core.split(";")[0],
                    "abstract": f"{core} {noise}.",
                    "labels": {
                        "relevant": relevant,
                        "study_type": "review" if review else "original",
                    },
                }
            )
    return records


@pytest.fixture(scope="module")
def examples():
    return S.examples_from_guide(synthetic_records())


@pytest.fixture(scope="module")
def trained(examples):
    return S.train(examples, "0" * 64, "synthetic.jsonl")


def test_training_is_deterministic(examples, trained):
    again = S.train(list(reversed(examples)), "0" * 64, "synthetic.jsonl")
    assert again.card["metrics"] == trained.card["metrics"]


def test_separable_data_is_learned(trained):
    assert trained.card["metrics"]["relevant"]["accuracy"] >= 0.95
    assert trained.card["metrics"]["study_type"]["roc_auc"] >= 0.95
    assert trained.card["training_data"] == {
        "name": "synthetic.jsonl",
        "sha256": "0" * 64,
        "records": 48,
        "relevant": 24,
        "reviews": 24,
    }


def test_save_load_round_trip(tmp_path, trained, examples):
    S.save(trained, tmp_path)
    loaded = S.load(tmp_path)
    texts = [e.text for e in examples]
    assert loaded.predict(texts) == trained.predict(texts)
    assert "| relevant |" in (tmp_path / "card.md").read_text()


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [("format_version", 99, "format 99"), ("libraries", {"scikit-learn": "0.1.0"}, "0.1.0")],
)
def test_incompatible_model_is_refused_with_a_clear_message(tmp_path, trained, key, value, message):
    S.save(trained, tmp_path)
    card = json.loads((tmp_path / "card.json").read_text())
    card[key] = value
    (tmp_path / "card.json").write_text(json.dumps(card))
    with pytest.raises(S.IncompatibleModel, match=message):
        S.load(tmp_path)


def test_missing_model_says_how_to_make_one(tmp_path):
    with pytest.raises(S.IncompatibleModel, match="cmnp train"):
        S.load(tmp_path)


def test_publication_type_decides_study_type_when_present(trained):
    text = TOPICS[(True, False)]
    (by_model,) = trained.predict([text])
    (by_type,) = trained.predict([text], [("Review", "Journal Article")])
    assert (by_model["study_type"], by_model["decided_by"]) == ("original", "model")
    assert (by_type["study_type"], by_type["decided_by"]) == ("review", "publication_type")


def test_rank_by_relevance_and_uncertainty(trained):
    records = [
        ("pmid:1", Article(pmid="1", title="", abstract=TOPICS[(True, False)])),
        ("pmid:2", Article(pmid="2", title="", abstract=TOPICS[(False, False)])),
        ("pmid:3", Article(pmid="3", title="", abstract="Nanoparticles were studied.")),
    ]
    by_relevance = [r["record_id"] for r in S.rank_records(trained, records, by="relevance")]
    assert by_relevance[0] == "pmid:1" and by_relevance[-1] == "pmid:2"
    by_uncertainty = S.rank_records(trained, records, by="uncertainty")
    gaps = [abs(r["relevance_score"] - 0.5) for r in by_uncertainty]
    assert gaps == sorted(gaps)


def test_wss_reaches_most_of_its_ceiling_on_separable_data(examples):
    result = S.simulate_wss(examples)
    assert result["ceiling"] == pytest.approx((48 - 23) / 48 - 0.05, abs=1e-3)
    assert result["wss_at_95"] >= 0.6 * result["ceiling"]


def test_out_of_fold_scores_cover_every_record(examples):
    scores = S.out_of_fold_scores(examples)
    assert set(scores.by_doc_id) == {e.doc_id for e in examples}
    assert all(0 <= s["relevance_score"] <= 1 for s in scores.by_doc_id.values())


def test_domain_cues_are_literal_and_fast_to_compute():
    cues = S.DomainCues().transform(["Membrane-COATED nanoparticles in MICE", ""])
    names = list(S.DomainCues().get_feature_names_out())
    row = dict(zip(names, cues[0], strict=True))
    assert row["cue_membrane"] == row["cue_coating"] == row["cue_in_vivo"] == 1.0
    assert row["cue_off_topic"] == 0.0
    assert not np.any(cues[1])


def test_calibration_is_chosen_by_cross_validated_brier_and_recorded(trained):
    calibration = trained.card["calibration"]
    briers = calibration["cross_validated_brier"]
    assert set(briers) == set(S.CALIBRATIONS)
    best = min(sum(by_task.values()) for by_task in briers.values())
    assert sum(briers[calibration["chosen"]].values()) == best
    assert trained.card["metrics"]["relevant"]["brier"] == briers[calibration["chosen"]]["relevant"]
    assert "Calibration:" in S.card_markdown(trained.card)


@pytest.mark.parametrize("method", ["sigmoid", "isotonic"])
def test_calibrated_models_save_and_load_through_skops(tmp_path, trained, examples, method):
    texts = [e.text for e in examples]
    truth = np.column_stack([[e.relevant for e in examples], [e.review for e in examples]])
    model = S.build_joint_pipeline(method).fit(texts, truth)
    calibrated = S.ScreeningModels(model=model, card=dict(trained.card))
    S.save(calibrated, tmp_path)
    loaded = S.load(tmp_path)
    assert loaded.predict(texts) == calibrated.predict(texts)


def test_unknown_calibration_is_refused():
    with pytest.raises(ValueError, match="unknown calibration"):
        S.build_pipeline("platt-ish")
