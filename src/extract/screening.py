"""Title/abstract screening with scikit-learn: ``relevant`` and ``study_type``.

Each model is a ``Pipeline``: word (1-2 gram) and character (3-5 gram) TF-IDF plus a handful of
domain cues (membrane-coating language, cancer context, off-topic diseases, review phrasing),
then a logistic regression (its probabilities scored a better cross-validated Brier score than
Platt-calibrated ones on the dev corpus; the card reports the Brier score). Training is
deterministic (fixed ``random_state``, sorted input), so the same data gives the same card.

Study type: PubMed's PublicationType decides when the record has a review type; the model
decides otherwise; ``decided_by`` records which.

Models are saved with ``skops`` (never pickle) next to a card (``card.json`` + ``card.md``);
loading checks the card first and refuses a model built by an incompatible scikit-learn or
format version with a clear message, and loads only types it expects.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (
    accuracy_score,
    brier_score_loss,
    precision_score,
    recall_score,
    roc_auc_score,
)
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.multioutput import MultiOutputClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

from extract import __version__
from extract.records import REVIEW_PUBLICATION_TYPES, Article

FORMAT_VERSION = 1
# Final scores are weight x model + (1 - weight) x the extraction rules' score. Chosen by
# 5-fold cross-validation on the dev corpus (relevant: 0.5 gave accuracy 0.985 vs 0.932 model
# alone and 0.962 rules alone; study type: 0.3 kept the rules' 0.985 and raised ROC AUC).
BLEND_WEIGHTS = {"relevant": 0.5, "study_type": 0.3}
TASKS = ("relevant", "study_type")
RANDOM_STATE = 0

# Literal substrings of the lower-cased text (C-speed ``in`` checks, no regex): screening
# has to score thousands of records a second.
_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("membrane", ("membrane",)),
    ("coating", ("coat", "cloak", "camoufl", "disguis", "wrap")),
    ("mimetic", ("mimetic", "mimick")),
    ("cancer", ("cancer", "tumor", "tumour", "carcinoma", "oncolog", "metasta")),
    ("vesicles", ("exosom", "vesicle")),
    ("liposome", ("liposom",)),
    (
        "cell_types",
        (
            "red blood cell",
            "erythrocyte",
            "platelet",
            "macrophage",
            "neutrophil",
            "leukocyte",
            "stem cell",
            "cancer cell membrane",
            "t cell",
            "dendritic",
        ),
    ),
    (
        "off_topic",
        (
            "sepsis",
            "atheroscl",
            "arthritis",
            "infect",
            "inflamm",
            "wound",
            "diabet",
            "alzheimer",
            "stroke",
        ),
    ),
    (
        "review_strong",
        (
            "this review",
            "this mini-review",
            "this minireview",
            "we review",
            "we summarize",
            "we summarise",
            "we discuss",
            "we highlight",
            "current review",
        ),
    ),
    (
        "review_weak",
        (
            "summarized",
            "summarised",
            "discussed",
            "highlighted",
            "future perspective",
            "prospects",
            "recent advances",
            "recent progress",
        ),
    ),
    (
        "original",
        (
            "we developed",
            "we designed",
            "we prepared",
            "we report",
            "we fabricated",
            "we constructed",
            "we synthesized",
            "we synthesised",
            "we engineered",
            "herein",
            "in this study",
            "in this work",
        ),
    ),
    ("in_vivo", ("mice", "in vivo", "xenograft")),
)


class DomainCues(BaseEstimator, TransformerMixin):  # type: ignore[misc]
    """One 0/1 feature per cue: does the lower-cased text contain any of its substrings."""

    def __init__(self, weight: float = 1.0) -> None:
        self.weight = weight

    def fit(self, texts: Sequence[str], y: Any = None) -> DomainCues:
        return self

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        rows = []
        for text in texts:
            lowered = text.lower()
            rows.append([any(s in lowered for s in subs) for _name, subs in _CUES])
        return np.asarray(rows, dtype=float) * self.weight

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.asarray([f"cue_{name}" for name, _subs in _CUES], dtype=object)


def build_features() -> FeatureUnion:
    # unigrams: bigrams scored the same under cross-validation at 60% of the speed
    return FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 1), min_df=2, sublinear_tf=True)),
            ("cues", DomainCues()),
        ]
    )


CALIBRATIONS = ("none", "sigmoid", "isotonic")
"""Candidate probability calibrations: logistic regression's own probabilities, or Platt /
isotonic calibration on inner folds. ``train`` keeps the one with the lowest
cross-validated Brier score (first listed wins a tie) and the card records all three."""


def build_pipeline(calibration: str = "none") -> Pipeline:
    """One task's pipeline (used for cross-validation)."""
    return Pipeline([("features", build_features()), ("classifier", _classifier(calibration))])


def _classifier(calibration: str = "none") -> LogisticRegression | CalibratedClassifierCV:
    regression = LogisticRegression(
        C=10.0, class_weight="balanced", max_iter=3000, random_state=RANDOM_STATE
    )
    if calibration == "none":
        return regression
    if calibration not in CALIBRATIONS:
        raise ValueError(f"unknown calibration {calibration!r}; one of {CALIBRATIONS}")
    return CalibratedClassifierCV(regression, method=calibration, cv=3)


def build_joint_pipeline(calibration: str = "none") -> Pipeline:
    """Both tasks on one feature computation: columns (relevant, review)."""
    return Pipeline(
        [
            ("features", build_features()),
            ("classifier", MultiOutputClassifier(_classifier(calibration))),
        ]
    )


def screening_text(title: str, abstract: str) -> str:
    return f"{title}\n\n{abstract}"


@dataclass(frozen=True)
class Example:
    doc_id: str
    text: str
    relevant: bool
    review: bool


def examples_from_guide(records: Iterable[dict[str, Any]]) -> list[Example]:
    """Labelled examples, sorted by doc_id so training order never depends on file order."""
    found = [
        Example(
            doc_id=r["doc_id"],
            text=screening_text(r.get("title") or "", r.get("abstract") or ""),
            relevant=bool(r["labels"]["relevant"]),
            review=r["labels"]["study_type"] == "review",
        )
        for r in records
        if r.get("labels") and r["labels"].get("study_type") in {"original", "review"}
    ]
    return sorted(found, key=lambda e: e.doc_id)


def examples_from_curations(
    records: Iterable[tuple[str, Article]], decisions: Iterable[dict[str, Any]]
) -> list[Example]:
    """Screening labels a person gave in the store: include/exclude decides ``relevant``, a
    study_type decision decides the type. Records without a record-level decision are left out
    (a machine guess is not a label)."""
    relevant: dict[str, bool] = {}
    review: dict[str, bool] = {}
    for d in decisions:
        if d["field"] == "record":
            relevant[d["record_id"]] = d["action"] == "include"
        elif d["field"] == "study_type" and d["action"] in {"replace", "add", "accept"}:
            value = d.get("new_value") if d["action"] == "replace" else d.get("value")
            review[d["record_id"]] = str(value).lower() == "review"
    found = []
    for record_id, article in records:
        if record_id not in relevant:
            continue
        is_review = review.get(record_id, bool(article.is_review))
        found.append(
            Example(
                record_id,
                screening_text(article.title, article.abstract),
                relevant[record_id],
                is_review,
            )
        )
    return sorted(found, key=lambda e: e.doc_id)


def _metrics(truth: np.ndarray, probability: np.ndarray) -> dict[str, float]:
    predicted = probability >= 0.5
    metrics = {
        "accuracy": accuracy_score(truth, predicted),
        "brier": brier_score_loss(truth, probability),
        "roc_auc": roc_auc_score(truth, probability) if len(set(truth)) > 1 else float("nan"),
        "precision": precision_score(truth, predicted, zero_division=0),
        "recall": recall_score(truth, predicted, zero_division=0),
    }
    return {k: round(float(v), 4) for k, v in metrics.items()}


def cross_validated_probabilities(
    examples: Sequence[Example], task: str, calibration: str = "none"
) -> np.ndarray:
    """Out-of-fold probabilities (stratified 5-fold): what the metrics and eval report."""
    texts = [e.text for e in examples]
    truth = _truth(examples, task)
    folds = StratifiedKFold(5, shuffle=True, random_state=RANDOM_STATE)
    pipeline = build_pipeline(calibration)
    return np.asarray(
        cross_val_predict(pipeline, texts, truth, cv=folds, method="predict_proba")[:, 1]
    )


def choose_calibration(examples: Sequence[Example]) -> tuple[str, dict[str, dict[str, float]]]:
    """The calibration with the lowest mean cross-validated Brier score over both tasks, and
    every candidate's scores (for the card)."""
    briers = {
        method: {
            task: round(
                float(
                    brier_score_loss(
                        _truth(examples, task),
                        cross_validated_probabilities(examples, task, method),
                    )
                ),
                4,
            )
            for task in TASKS
        }
        for method in CALIBRATIONS
    }
    chosen = min(CALIBRATIONS, key=lambda m: (sum(briers[m].values()), CALIBRATIONS.index(m)))
    return chosen, briers


def _truth(examples: Sequence[Example], task: str) -> np.ndarray:
    if task == "relevant":
        return np.asarray([e.relevant for e in examples])
    return np.asarray([e.review for e in examples])


@dataclass
class ScreeningModels:
    """The two fitted pipelines and their card."""

    model: Pipeline  # joint: predict_proba gives [relevant, review]
    card: dict[str, Any]

    def weight(self, task: str) -> float:
        """How much the model counts against the rules' score (chosen by cross-validation)."""
        return float(self.card.get("blend_weights", {}).get(task, 1.0))

    def score_articles(self, articles: Sequence[Article]) -> list[dict[str, Any]]:
        return self.predict(
            [screening_text(a.title, a.abstract) for a in articles],
            [a.publication_types for a in articles],
        )

    def predict(
        self, texts: Sequence[str], publication_types: Sequence[Iterable[str]] | None = None
    ) -> list[dict[str, Any]]:
        """Per text: relevance_score, relevant, study_type, review_score, decided_by."""
        relevance_proba, review_proba = self.model.predict_proba(list(texts))
        relevance, review = relevance_proba[:, 1], review_proba[:, 1]
        results = []
        for i, _text in enumerate(texts):
            types = set(publication_types[i]) if publication_types else set()
            by_type = bool(types & REVIEW_PUBLICATION_TYPES)
            results.append(
                {
                    "relevance_score": round(float(relevance[i]), 4),
                    "relevant": bool(relevance[i] >= 0.5),
                    "review_score": round(float(review[i]), 4),
                    "study_type": "review" if by_type or review[i] >= 0.5 else "original",
                    "decided_by": "publication_type" if by_type else "model",
                }
            )
        return results


class Screener(Protocol):
    """What extraction needs from screening: scores per article and blend weights."""

    def score_articles(self, articles: Sequence[Article]) -> list[dict[str, Any]]: ...

    def weight(self, task: str) -> float: ...


@dataclass
class OutOfFoldScores:
    """Scores from models that never saw the record (cross-validation), for honest `eval` on
    the corpus the saved models were trained on."""

    by_doc_id: dict[str, dict[str, Any]]
    weights: dict[str, float]

    def score_articles(self, articles: Sequence[Article]) -> list[dict[str, Any]]:
        found = []
        for article in articles:
            score = dict(self.by_doc_id[article.doc_id])
            if article.is_review:
                score.update(study_type="review", decided_by="publication_type")
            found.append(score)
        return found

    def weight(self, task: str) -> float:
        return self.weights.get(task, 1.0)


def out_of_fold_scores(examples: Sequence[Example], calibration: str = "none") -> OutOfFoldScores:
    relevance = cross_validated_probabilities(examples, "relevant", calibration)
    review = cross_validated_probabilities(examples, "study_type", calibration)
    return OutOfFoldScores(
        by_doc_id={
            e.doc_id: {
                "relevance_score": round(float(relevance[i]), 4),
                "relevant": bool(relevance[i] >= 0.5),
                "review_score": round(float(review[i]), 4),
                "study_type": "review" if review[i] >= 0.5 else "original",
                "decided_by": "model",
            }
            for i, e in enumerate(examples)
        },
        weights=dict(BLEND_WEIGHTS),
    )


def train(
    examples: Sequence[Example],
    data_sha256: str,
    data_name: str,
    rule_scores: dict[str, np.ndarray] | None = None,
) -> ScreeningModels:
    """Cross-validate, then fit both models on all examples; returns models + card."""
    metrics: dict[str, Any] = {}
    texts = [e.text for e in examples]
    calibration, briers = choose_calibration(examples)
    learned_by_task = {
        task: cross_validated_probabilities(examples, task, calibration) for task in TASKS
    }
    for task in TASKS:
        metrics[task] = _metrics(_truth(examples, task), learned_by_task[task])
    joint_truth = np.column_stack([_truth(examples, task) for task in TASKS])
    model = build_joint_pipeline(calibration).fit(texts, joint_truth)
    metrics["wss_at_95"] = simulate_wss(examples)
    if rule_scores is not None:
        metrics["blended"] = {}
        for task in TASKS:
            truth = _truth(examples, task)
            learned = learned_by_task[task]
            weight = BLEND_WEIGHTS[task]
            blended = weight * learned + (1 - weight) * rule_scores[task]
            metrics["blended"][task] = _metrics(truth, blended)
    card = {
        "name": "cmnp-extract screening models",
        "format_version": FORMAT_VERSION,
        "cmnp_extract_version": __version__,
        "tasks": list(TASKS),
        "training_data": {
            "name": data_name,
            "sha256": data_sha256,
            "records": len(examples),
            "relevant": int(sum(e.relevant for e in examples)),
            "reviews": int(sum(e.review for e in examples)),
        },
        "features": "word unigram TF-IDF + domain cues " + ", ".join(name for name, _subs in _CUES),
        "classifier": "LogisticRegression(C=10, class_weight=balanced)"
        + ("" if calibration == "none" else f", {calibration} calibration (3 inner folds)"),
        "calibration": {"chosen": calibration, "cross_validated_brier": briers},
        "cross_validation": "stratified 5-fold, shuffled, random_state=0",
        "metrics": metrics,
        "blend_weights": dict(BLEND_WEIGHTS),
        "libraries": _versions(),
        "date": datetime.now(UTC).date().isoformat(),
    }
    return ScreeningModels(model=model, card=card)


def rank_records(
    models: ScreeningModels, records: Sequence[tuple[str, Article]], by: str = "uncertainty"
) -> list[dict[str, Any]]:
    """Records in screening order: most uncertain first (|p - 0.5| smallest, what a person's
    decision teaches the model most), or most likely relevant first. Ties by record id."""
    scores = models.score_articles([article for _id, article in records])
    rows = [
        {"record_id": record_id, "title": article.title, **score}
        for (record_id, article), score in zip(records, scores, strict=True)
    ]
    if by == "relevance":
        return sorted(rows, key=lambda r: (-r["relevance_score"], r["record_id"]))
    return sorted(rows, key=lambda r: (abs(r["relevance_score"] - 0.5), r["record_id"]))


def simulate_wss(examples: Sequence[Example], recall_target: float = 0.95) -> dict[str, float]:
    """ASReview-style simulation: start from one relevant and one irrelevant record, retrain
    after each decision, always screen the highest-ranked record next.

    WSS@95 = fraction of records not screened when 95% of the relevant ones are found, minus
    0.05. Its ceiling is 0.95 - prevalence x 0.95: with most records relevant, it is small.
    """
    truth = np.asarray([e.relevant for e in examples])
    texts = [e.text for e in examples]
    total, wanted = len(examples), int(np.ceil(recall_target * truth.sum()))
    if truth.sum() == 0 or truth.all():
        return {"wss_at_95": 0.0, "ceiling": 0.0, "screened": float(total)}
    screened = [int(np.argmax(truth)), int(np.argmin(truth))]
    while truth[screened].sum() < wanted:
        # one record at a time, the model retrained after each decision (as ASReview does),
        # with the screening features (no min_df: the labelled set starts at two records)
        remaining = [i for i in range(total) if i not in set(screened)]
        model = Pipeline(
            [
                (
                    "features",
                    FeatureUnion(
                        [
                            ("words", TfidfVectorizer(sublinear_tf=True)),
                            ("cues", DomainCues()),
                        ]
                    ),
                ),
                ("classifier", _classifier()),
            ]
        )
        model.fit([texts[i] for i in screened], truth[screened])
        scores = model.predict_proba([texts[i] for i in remaining])[:, 1]
        screened.append(remaining[int(np.argmax(scores))])
    wss = (total - len(screened)) / total - (1 - recall_target)
    ceiling = (total - wanted) / total - (1 - recall_target)
    return {
        "wss_at_95": round(wss, 4),
        "ceiling": round(ceiling, 4),
        "screened": float(len(screened)),
    }


def _versions() -> dict[str, str]:
    from extract.cards import library_versions

    return library_versions("scikit-learn", "numpy", "scipy", "skops")


# ----------------------------------------------------------------------------- persistence


class IncompatibleModel(RuntimeError):
    """The saved model cannot be used with this installation; the message says why."""


_TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "builtins.", "extract.screening.")


def save(models: ScreeningModels, directory: Path) -> None:
    import skops.io as sio

    from extract.cards import write_atomic

    directory.mkdir(parents=True, exist_ok=True)
    target = directory / "screening.skops"
    temporary = target.with_suffix(".skops.tmp")
    sio.dump(models.model, temporary)
    temporary.replace(target)
    write_atomic(directory / "card.json", json.dumps(models.card, indent=2, sort_keys=True) + "\n")
    write_atomic(directory / "card.md", card_markdown(models.card))


def load(directory: Path) -> ScreeningModels:
    """Load after checking the card: format version and scikit-learn major.minor must match."""
    import skops.io as sio

    card_path = directory / "card.json"
    if not card_path.exists():
        raise IncompatibleModel(f"no screening model in {directory} (run `cmnp train` first)")
    card = json.loads(card_path.read_text(encoding="utf-8"))
    if card.get("format_version") != FORMAT_VERSION:
        raise IncompatibleModel(
            f"{directory} holds format {card.get('format_version')}, this version reads "
            f"{FORMAT_VERSION}: retrain with `cmnp train`"
        )
    built = card.get("libraries", {}).get("scikit-learn", "")
    here = _versions()["scikit-learn"]
    if built.split(".")[:2] != here.split(".")[:2]:
        raise IncompatibleModel(
            f"{directory} was built with scikit-learn {built}, this is {here}: retrain with "
            "`cmnp train`"
        )
    path = directory / "screening.skops"
    untrusted = sio.get_untrusted_types(file=path)
    refused = [t for t in untrusted if not t.startswith(_TRUSTED_PREFIXES)]
    if refused:
        raise IncompatibleModel(f"{path} contains unexpected types: {', '.join(refused)}")
    return ScreeningModels(model=sio.load(path, trusted=untrusted), card=card)


def load_optional(directory: Path, warn: Callable[[str], None]) -> ScreeningModels | None:
    """The models in ``directory`` if there are any that fit this installation, else None
    (with a warning when models are there but cannot be used)."""
    if not (directory / "card.json").exists():
        return None
    try:
        return load(directory)
    except IncompatibleModel as err:
        warn(f"screening models not used: {err}")
        return None


def _calibration_lines(card: dict[str, Any]) -> list[str]:
    calibration = card.get("calibration")
    if not calibration:
        return []
    scores = "; ".join(
        f"{method}: " + ", ".join(f"{task} {value:.3f}" for task, value in by_task.items())
        for method, by_task in calibration["cross_validated_brier"].items()
    )
    return [
        f"Calibration: {calibration['chosen']} (lowest cross-validated Brier score of: {scores})."
    ]


def card_markdown(card: dict[str, Any]) -> str:
    data = card["training_data"]
    lines = [
        f"# {card['name']} (format {card['format_version']})",
        "",
        f"Trained on `{data['name']}` (sha256 `{data['sha256'][:16]}…`): {data['records']} "
        f"records, {data['relevant']} relevant, {data['reviews']} reviews; {card['date']}.",
        "",
        f"Features: {card['features']}.",
        f"Classifier: {card['classifier']}. Cross-validation: {card['cross_validation']}.",
        *_calibration_lines(card),
        "",
        "| task | accuracy | ROC AUC | precision | recall | Brier |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for task in card["tasks"]:
        m = card["metrics"][task]
        lines.append(
            f"| {task} | {m['accuracy']:.3f} | {m['roc_auc']:.3f} | "
            f"{m['precision']:.3f} | {m['recall']:.3f} | {m['brier']:.3f} |"
        )
    for task, m in card["metrics"].get("blended", {}).items():
        lines.append(
            f"| {task} (blended with rules, weight {card['blend_weights'][task]}) | "
            f"{m['accuracy']:.3f} | {m['roc_auc']:.3f} | {m['precision']:.3f} | "
            f"{m['recall']:.3f} | {m['brier']:.3f} |"
        )
    wss = card["metrics"]["wss_at_95"]
    lines += [
        "",
        f"Prioritised screening (simulated): WSS@95 = {wss['wss_at_95']:.3f} "
        f"(ceiling for this corpus {wss['ceiling']:.3f}; {wss['screened']:.0f} records screened).",
        "",
        "Libraries: " + ", ".join(f"{k} {v}" for k, v in card["libraries"].items()) + ".",
        "",
    ]
    return "\n".join(lines)
