"""Does a statistical ``in_vivo`` classifier beat the rules on held-out folds?

TF-IDF (word 1-2 grams + char 3-5 grams) + logistic regression, 5 folds by record
(fold = sha1(doc_id) % 5), on the dev corpus's original studies; compared with the rules and
with their AND/OR. The extractor keeps whichever wins (the rules, as of the model card).

    python bench/statistical_vs_rules.py [--gold ../shared/corpus/dev.jsonl]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union

from extract.evaluation import fold_of
from extract.extraction import extract_articles
from extract.guide_jsonl import article_from_guide
from extract.nlp.pipeline import build_nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"
    parser.add_argument("--gold", type=Path, default=default)
    args = parser.parse_args()
    records = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x]
    studies = [r for r in records if r["labels"]["in_vivo"] is not None]
    texts = [r["title"] + "\n\n" + r["abstract"] for r in studies]
    gold = np.array([r["labels"]["in_vivo"] for r in studies])
    folds = np.array([fold_of(r["doc_id"]) for r in studies])
    nlp = build_nlp()
    articles = [article_from_guide(r) for r in studies]
    rules = np.array([e.labels["in_vivo"] is True for _a, e in extract_articles(nlp, articles)])
    probability = np.zeros(len(gold))
    for k in range(5):
        train, test = np.where(folds != k)[0], np.where(folds == k)[0]
        model = make_pipeline(
            make_union(
                TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True
                ),
            ),
            LogisticRegression(max_iter=2000, class_weight="balanced", random_state=0),
        )
        model.fit([texts[i] for i in train], gold[train])
        probability[test] = model.predict_proba([texts[i] for i in test])[:, 1]
    learned = probability >= 0.5
    print(f"{len(gold)} original studies, {gold.mean():.0%} in vivo")
    print(f"rules accuracy           {(rules == gold).mean():.3f}")
    print(f"classifier accuracy (CV) {(learned == gold).mean():.3f}")
    print(f"rules AND classifier     {((rules & learned) == gold).mean():.3f}")
    print(f"rules OR classifier      {((rules | learned) == gold).mean():.3f}")


if __name__ == "__main__":
    main()
