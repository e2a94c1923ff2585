"""``cmnp extract`` and ``cmnp eval`` end to end."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES
from test_cli import _isolated_env, run  # noqa: F401  (same isolation: temp cwd, no CMNP_*)

GUIDE_RECORD = {
    "doc_id": "doi:10.0000/example",
    "pmid": None,
    "doi": "10.0000/example",
    "title": "Platelet membrane-coated PLGA nanoparticles for breast cancer",
    "abstract": (
        "Platelet membrane (PM)-coated PLGA nanoparticles loaded with docetaxel were given to "
        "4T1 tumor-bearing mice and inhibited tumor growth by 78%."
    ),
    "year": 2020,
    "journal": "Example Journal",
    "source_url": None,
    "labels": {
        "relevant": True,
        "study_type": "original",
        "membrane_sources": ["platelet"],
        "hybrid_membrane": False,
        "cores": ["plga"],
        "payloads": ["docetaxel"],
        "modalities": ["chemotherapy"],
        "cancer_types": ["breast"],
        "cell_lines": ["4T1"],
        "in_vivo": True,
        "outcomes": [
            {
                "quantity": "tumor_inhibition",
                "value": 78,
                "unit": "%",
                "low": None,
                "high": None,
                "evidence": "inhibited tumor growth by 78%",
            }
        ],
    },
    "evidence": {},
}


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GUIDE_RECORD) + "\n", encoding="utf-8")
    return path


def test_extract_writes_guide_records_with_mentions(monkeypatch, capsys, tmp_path, gold_file):
    out = tmp_path / "out" / "extracted.jsonl"
    code, _out, err = run(
        monkeypatch, capsys, "extract", "--input", str(gold_file), "--output", str(out)
    )
    assert code == 0, err
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["doc_id"] == "doi:10.0000/example"
    labels = record["labels"]
    assert labels["membrane_sources"] == ["platelet"]
    assert labels["payloads"] == ["docetaxel"]
    assert labels["cell_lines"] == ["4T1"]
    assert labels["outcomes"][0]["value"] == 78
    assert record["evidence"]["payloads"] == {"docetaxel": "docetaxel"}
    for mention in record["mentions"]:
        section = record["title"] if mention["section"] == "title" else record["abstract"]
        assert section[mention["start"] : mention["end"]] == mention["text"]
    assert not out.with_name(out.name + ".partial").exists()


def test_extract_from_pubmed_xml(monkeypatch, capsys, tmp_path):
    out = tmp_path / "x.jsonl"
    code, _out, err = run(
        monkeypatch,
        capsys,
        "extract",
        "-i",
        str(FIXTURES / "pubmed_update_with_deletions.xml"),
        "-o",
        str(out),
    )
    assert code == 0, err
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["pmid"] == "31000001"
    assert record["labels"]["membrane_sources"] == ["platelet"]
    assert record["labels"]["payloads"] == ["docetaxel"]


def test_eval_json_scores_a_perfect_record(monkeypatch, capsys, gold_file):
    code, out, err = run(monkeypatch, capsys, "eval", "--gold", str(gold_file), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["overall"]["entity_micro"]["f1"] == 1.0
    assert report["overall"]["outcomes"]["f1"] == 1.0
    assert set(report["folds"]) == {"0", "1", "2", "3", "4"}


def test_eval_table(monkeypatch, capsys, gold_file):
    code, out, _err = run(monkeypatch, capsys, "eval", "--gold", str(gold_file))
    assert code == 0
    assert "entity micro" in out and "membrane_sources" in out


def test_eval_missing_file_is_a_usage_error(monkeypatch, capsys, tmp_path):
    code, _out, err = run(monkeypatch, capsys, "eval", "--gold", str(tmp_path / "nope.jsonl"))
    assert code == 2 and "cannot read" in err


def test_train_screen_and_eval_use_out_of_fold_scores(monkeypatch, capsys, tmp_path):
    from test_screening import synthetic_records

    corpus = tmp_path / "corpus.jsonl"
    records = synthetic_records()
    for r in records:
        r["labels"].update(
            {
                k: []
                for k in (
                    "membrane_sources",
                    "cores",
                    "payloads",
                    "modalities",
                    "cancer_types",
                    "cell_lines",
                )
            }
        )
        r["labels"].update(hybrid_membrane=False, in_vivo=None, outcomes=[])
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    models = tmp_path / "models"
    monkeypatch.setenv("CMNP_MODELS", str(models))
    code, out, err = run(monkeypatch, capsys, "train", "--corpus", str(corpus))
    assert code == 0, err
    assert (models / "screening" / "screening.skops").exists()
    assert "WSS@95" in out
    code, out, err = run(monkeypatch, capsys, "eval", "--gold", str(corpus), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["screening"] == "OutOfFoldScores"
    assert report["overall"]["accuracy"]["relevant"] >= 0.9
    assert run(monkeypatch, capsys, "ingest", str(corpus), "--db", "s.sqlite")[0] == 0
    code, out, err = run(
        monkeypatch,
        capsys,
        "screen",
        "--db",
        "s.sqlite",
        "--format",
        "csv",
        "--rank",
        "relevance",
        "--limit",
        "5",
    )
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[0] == "record_id,relevance_score,study_type,title" and len(lines) == 6
    assert lines[1].startswith("doi:10.0/1")


def test_screen_without_models_is_a_usage_error(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("CMNP_MODELS", str(tmp_path / "none"))
    code, _out, err = run(monkeypatch, capsys, "screen")
    assert code == 2 and "cmnp train" in err


def test_train_learns_from_curator_decisions(monkeypatch, capsys, tmp_path):
    from extract.store import Store
    from test_screening import TOPICS, synthetic_records

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in synthetic_records()), "utf-8")
    from extract.records import Article

    with Store(tmp_path / "curated.sqlite") as store:
        for i in range(6):
            relevant = i % 2 == 0
            text = TOPICS[(relevant, False)]
            store.upsert(Article(pmid=str(7000 + i), title="", abstract=text), "test")
        store.add_curations(
            {
                "record_id": f"pmid:{7000 + i}",
                "field": "record",
                "action": "include" if i % 2 == 0 else "exclude",
                "reason": None if i % 2 == 0 else "off topic",
            }
            for i in range(5)  # the sixth record has no decision: not a label
        )
    monkeypatch.setenv("CMNP_MODELS", str(tmp_path / "models"))
    code, _out, err = run(
        monkeypatch,
        capsys,
        "train",
        "--corpus",
        str(corpus),
        "--curations",
        str(tmp_path / "curated.sqlite"),
    )
    assert code == 0, err
    assert "5 curated records added to 48 corpus records" in err
    card = json.loads((tmp_path / "models" / "screening" / "card.json").read_text())
    assert card["training_data"]["records"] == 53


def test_eval_keeps_a_held_out_fold_out_of_the_error_listings(monkeypatch, capsys, tmp_path):
    from extract.evaluation import fold_of

    records = []
    for n in range(12):  # every record wrong: gold says erythrocyte, the text says platelet
        labels = {**GUIDE_RECORD["labels"], "membrane_sources": ["erythrocyte"]}
        records.append({**GUIDE_RECORD, "doc_id": f"doi:10.0000/held-{n}", "labels": labels})
    folds = {fold_of(r["doc_id"]) for r in records}
    held_out = min(folds)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records))

    code, out, err = run(monkeypatch, capsys, "eval", "--gold", str(gold), "--json")
    assert code == 0, err
    listed = {w["doc_id"] for w in json.loads(out)["overall"]["worst_records"]}
    assert any(fold_of(d) == held_out for d in listed)

    code, out, err = run(
        monkeypatch, capsys, "eval", "--gold", str(gold), "--json", "--held-out-fold", str(held_out)
    )
    assert code == 0, err
    report = json.loads(out)
    listed = {w["doc_id"] for w in report["overall"]["worst_records"]}
    assert listed and all(fold_of(d) != held_out for d in listed)
    assert report["folds"][str(held_out)]["worst_records"] == []
    assert report["folds"][str(held_out)]["records"] > 0  # still scored
    assert report["errors_hidden_for_fold"] == held_out


def test_rebuilding_the_card_prints_no_error_listing_of_its_held_out_fold(
    monkeypatch, capsys, tmp_path
):
    """The card rebuild is part of tuning: its printed report hides fold 0's errors too."""
    from extract.evaluation import HELD_OUT_FOLD, fold_of

    records = []
    for n in range(20):  # every record wrong: gold says erythrocyte, the text says platelet
        labels = {**GUIDE_RECORD["labels"], "membrane_sources": ["erythrocyte"]}
        records.append({**GUIDE_RECORD, "doc_id": f"doi:10.0000/rebuild-{n}", "labels": labels})
    assert any(fold_of(r["doc_id"]) == HELD_OUT_FOLD for r in records)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records))

    code, out, err = run(
        monkeypatch,
        capsys,
        "eval",
        "--gold",
        str(gold),
        "--no-screening",
        "--card",
        str(tmp_path / "card"),
    )
    assert code == 0, err
    shown = [r["doc_id"] for r in records if r["doc_id"] in out]
    assert shown and all(fold_of(d) != HELD_OUT_FOLD for d in shown)
    assert (tmp_path / "card" / "card.json").exists()


def test_the_extractor_card_keeps_no_error_listing_of_the_held_out_fold(tmp_path):
    from extract.cards import extractor_card
    from extract.evaluation import HELD_OUT_FOLD, fold_of
    from extract.nlp.lexicon import load_lexicon

    ids = [f"doi:10.0000/card-{n}" for n in range(12)]
    worst = [{"doc_id": d, "errors": 1, "details": {}} for d in ids]
    report = {
        "overall": {"records": 12, "worst_records": worst},
        "folds": {
            str(k): {"worst_records": [w for w in worst if fold_of(w["doc_id"]) == k]}
            for k in range(5)
        },
    }
    assert any(fold_of(d) == HELD_OUT_FOLD for d in ids)
    corpus = tmp_path / "gold.jsonl"
    corpus.write_text("{}\n")
    card = extractor_card(report, load_lexicon(), corpus)
    kept = card["metrics"]["overall"]["worst_records"]
    assert kept and all(fold_of(w["doc_id"]) != HELD_OUT_FOLD for w in kept)
    assert card["metrics"]["folds"][str(HELD_OUT_FOLD)]["worst_records"] == []
    assert len(report["overall"]["worst_records"]) == 12  # the caller's report is untouched
