"""Scoring as the annotation guide defines it, plus folds for honest development figures.

Entity fields: per record, predicted set vs gold set; micro-averaged precision/recall/F1 over
records whose gold ``relevant`` is true. Payload names and cell lines are compared ignoring
case, spaces and punctuation. ``relevant`` and ``study_type`` are accuracies over all records;
``in_vivo`` and ``hybrid_membrane`` accuracies over relevant records. Outcomes match as
(quantity, value) pairs within 1% relative or 0.01 absolute.

Folds are assigned by a hash of ``doc_id`` (stable as the corpus grows). Fold 0 is kept unread:
lexicon and rule changes are made while reading errors of folds 1-4 only.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from extract.nlp.lexicon import ENTITY_FIELDS, FIELDS

SET_FIELDS = FIELDS
LOOSE_FIELDS = frozenset({"payloads", "cell_lines"})
# The fold never read while tuning: scores reported, errors never listed where kept.
HELD_OUT_FOLD = 0
_PUNCT = re.compile(r"[\W_]+")


def fold_of(doc_id: str, folds: int = 5) -> int:
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % folds


def _key(field_name: str, value: str) -> str:
    value = str(value)
    return _PUNCT.sub("", value.lower()) if field_name in LOOSE_FIELDS else value


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set[str], gold: set[str]) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def as_dict(self) -> dict[str, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def value(self) -> float:
        return round(self.right / self.total, 4) if self.total else 1.0


@dataclass
class RecordErrors:
    doc_id: str
    errors: int = 0
    details: dict[str, dict[str, list[str]]] = field(default_factory=dict)


def outcome_matches(predicted: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    if predicted.get("quantity") != gold.get("quantity"):
        return False
    p, g = float(predicted["value"]), float(gold["value"])
    return abs(p - g) <= 0.01 or abs(p - g) <= 0.01 * abs(g)


def score(
    gold_records: Iterable[Mapping[str, Any]], predictions: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """``predictions``: doc_id -> predicted ``labels``. Returns the full report."""
    counts = {f: Counts() for f in SET_FIELDS}
    entity_total = Counts()
    outcomes = Counts()
    accuracy = {
        name: Accuracy() for name in ("relevant", "study_type", "in_vivo", "hybrid_membrane")
    }
    per_record: list[RecordErrors] = []
    missing = 0
    for gold in gold_records:
        doc_id = gold["doc_id"]
        predicted = predictions.get(doc_id)
        if predicted is None:
            missing += 1
            continue
        labels = gold["labels"]
        accuracy["relevant"].add(bool(predicted.get("relevant")) == bool(labels.get("relevant")))
        accuracy["study_type"].add(predicted.get("study_type") == labels.get("study_type"))
        record = RecordErrors(doc_id)
        if labels.get("relevant"):
            accuracy["in_vivo"].add(predicted.get("in_vivo") == labels.get("in_vivo"))
            accuracy["hybrid_membrane"].add(
                bool(predicted.get("hybrid_membrane")) == bool(labels.get("hybrid_membrane"))
            )
            for name in SET_FIELDS:
                p = {_key(name, v) for v in predicted.get(name) or []}
                g = {_key(name, v) for v in labels.get(name) or []}
                counts[name].add(p, g)
                if name in ENTITY_FIELDS:
                    entity_total.add(p, g)
                if p != g:
                    record.errors += len(p ^ g)
                    record.details[name] = {"missed": sorted(g - p), "extra": sorted(p - g)}
            _score_outcomes(predicted.get("outcomes") or [], labels.get("outcomes") or [], outcomes)
        per_record.append(record)
    worst = sorted((r for r in per_record if r.errors), key=lambda r: (-r.errors, r.doc_id))[:10]
    return {
        "records": len(per_record),
        "missing_predictions": missing,
        "fields": {name: c.as_dict() for name, c in counts.items()},
        "entity_micro": entity_total.as_dict(),
        "accuracy": {name: a.value for name, a in accuracy.items()},
        "outcomes": outcomes.as_dict(),
        "worst_records": [
            {"doc_id": r.doc_id, "errors": r.errors, "details": r.details} for r in worst
        ],
    }


def _score_outcomes(
    predicted: list[Mapping[str, Any]], gold: list[Mapping[str, Any]], counts: Counts
) -> None:
    unmatched = list(gold)
    for p in predicted:
        hit = next((g for g in unmatched if outcome_matches(p, g)), None)
        if hit is None:
            counts.fp += 1
        else:
            counts.tp += 1
            unmatched.remove(hit)
    counts.fn += len(unmatched)


def evaluate_corpus(
    nlp: Any,
    records: list[dict[str, Any]],
    with_folds: bool = True,
    n_process: int = 1,
    screening: Any = None,
) -> dict[str, Any]:
    """Extract every gold record's text and score it, overall and per fold.

    ``screening`` (optional) scores relevance and study type; pass out-of-fold scores when the
    screening models were trained on these very records.
    """
    from extract.extraction import extract_articles
    from extract.guide_jsonl import article_from_guide

    articles = [article_from_guide(r) for r in records]
    predictions = {
        record["doc_id"]: result.labels
        for record, (_article, result) in zip(
            records,
            extract_articles(nlp, articles, n_process=n_process, screening=screening),
            strict=True,
        )
    }
    report: dict[str, Any] = {"overall": score(records, predictions)}
    if with_folds:
        report["folds"] = {
            str(k): score([r for r in records if fold_of(r["doc_id"]) == k], predictions)
            for k in range(5)
        }
    return report


def hide_fold_errors(report: dict[str, Any], fold: int) -> None:
    """Drop one fold's records from every worst-records listing of an ``evaluate_corpus``
    report, in place: the fold kept for a final, unread measurement stays unread."""
    for part in [report["overall"], *(report.get("folds") or {}).values()]:
        part["worst_records"] = [r for r in part["worst_records"] if fold_of(r["doc_id"]) != fold]
    report["errors_hidden_for_fold"] = fold
