"""Whole dev corpus (needs ../shared): exact evidence offsets and a regression floor."""

from __future__ import annotations

import json

import pytest

from extract.evaluation import evaluate_corpus
from extract.extraction import extract_articles
from extract.guide_jsonl import article_from_guide

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def corpus(shared_dir):
    path = shared_dir / "corpus" / "dev.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_every_mention_has_exact_offsets_and_its_sentence(nlp, corpus):
    articles = [article_from_guide(r) for r in corpus]
    checked = 0
    for article, result in extract_articles(nlp, articles):
        for m in result.mentions:
            section = article.title if m["section"] == "title" else article.abstract
            assert section[m["start"] : m["end"]] == m["text"], (article.doc_id, m)
            assert m["text"] in m["sentence"]
            checked += 1
        for values in result.evidence.values():
            for surface in values.values():
                assert surface in article.title + "\n\n" + article.abstract
    assert checked > 1000


def test_scores_do_not_regress(nlp, corpus):
    """Floors a little under the figures in models/extractor/card.md (not a target)."""
    report = evaluate_corpus(nlp, corpus)
    overall = report["overall"]
    assert overall["entity_micro"]["f1"] >= 0.92
    assert overall["fields"]["cell_lines"]["f1"] >= 0.90
    assert overall["accuracy"]["study_type"] >= 0.95
    assert report["folds"]["0"]["entity_micro"]["f1"] >= 0.88
