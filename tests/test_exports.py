"""The evidence table end to end: extraction into the store, curation, re-extraction, export."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from extract.nlp.lexicon import default_lexicon_dir
from test_cli import _isolated_env, run  # noqa: F401  (temp cwd, no CMNP_*)

MEMBRANES = ["red blood cell", "platelet", "macrophage", "neutrophil", "cancer cell"]
CORES = ["PLGA", "mesoporous silica", "gold nanorod", "liposome"]
DRUGS = ["doxorubicin", "paclitaxel", "curcumin", "sorafenib"]


def synthetic_corpus(n: int = 12) -> list[dict]:
    records = []
    for i in range(n):
        membrane, core, drug = MEMBRANES[i % 5], CORES[i % 4], DRUGS[i % 4]
        records.append(
            {
                "doc_id": f"pmid:{900 + i}",
                "pmid": str(900 + i),
                "doi": f"10.0/x{i}",
                "title": f"{membrane.capitalize()} membrane-coated {core} nanoparticles, case {i}"
                + ("\nwith a second line" if i == 3 else ""),
                "abstract": f"We coated {core} cores with {membrane} membranes and loaded {drug}. "
                f"The particles inhibited 4T1 tumor growth in mice.",
                "year": 2020 + i % 4,
                "journal": 'Journal "Quoted", Inc.',
            }
        )
    return records


@pytest.fixture
def populated(monkeypatch, capsys, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in synthetic_corpus()), encoding="utf-8")
    assert run(monkeypatch, capsys, "ingest", str(corpus), "--db", "s.sqlite")[0] == 0
    code, _out, err = run(monkeypatch, capsys, "extract", "--db", "s.sqlite", "--no-screening")
    assert code == 0, err
    return tmp_path


def export(monkeypatch, capsys, *extra: str) -> pd.DataFrame:
    code, _out, err = run(monkeypatch, capsys, "export", "--db", "s.sqlite", "--out", "out", *extra)
    assert code == 0, err
    return pd.read_csv("out/latest/evidence_long.csv", dtype=str, keep_default_na=False)


def test_export_contents_and_contract(monkeypatch, capsys, populated):
    tidy = export(monkeypatch, capsys)
    wide = pd.read_csv("out/latest/evidence.csv", dtype=str, keep_default_na=False)
    assert len(wide) == 12
    required = {
        "record_id",
        "pmid",
        "doi",
        "title",
        "year",
        "journal",
        "study_type",
        "relevance_score",
        "in_vivo",
        "membrane_sources",
        "hybrid_membrane",
        "cores",
        "payloads",
        "modalities",
        "cancer_types",
        "cell_lines",
    }
    assert required <= set(wide.columns)
    assert {
        "record_id",
        "field",
        "value",
        "ontology_id",
        "evidence_text",
        "section",
        "start",
        "end",
        "source",
        "confidence",
    } <= set(tidy.columns)
    row = wide.set_index("record_id").loc["900"]
    assert row["membrane_sources"] == "erythrocyte"
    assert row["cores"] == "plga" and row["payloads"] == "doxorubicin"
    assert "with a second line" in wide.set_index("record_id").loc["903", "title"]
    machine = tidy[tidy["source"] == "machine"]
    titles = dict(zip(wide["record_id"], wide["title"], strict=True))
    for _, m in machine[machine["section"] == "title"].iterrows():
        assert titles[m["record_id"]][int(m["start"]) : int(m["end"])] == m["evidence_text"]
    parquet = pd.read_parquet("out/latest/evidence.parquet")
    assert list(parquet["record_id"]) == list(wide["record_id"])
    dictionary = pd.read_csv("out/latest/data_dictionary.csv")
    assert set(wide.columns) | set(tidy.columns) == set(dictionary["column"])
    prisma = json.loads(Path("out/latest/prisma.json").read_text())
    assert prisma["included"] == 12 and prisma["identified"] == 12
    assert prisma["duplicates_removed"] == 0


def test_csv_reads_back_like_r_read_csv(monkeypatch, capsys, populated):
    export(monkeypatch, capsys)
    with open("out/latest/evidence.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))  # RFC 4180, what R's read.csv implements
    header, body = rows[0], rows[1:]
    assert len(body) == 12 and all(len(r) == len(header) for r in body)
    journal = header.index("journal")
    assert {r[journal] for r in body} == {'Journal "Quoted", Inc.'}


def test_same_store_gives_byte_identical_files(monkeypatch, capsys, populated):
    export(monkeypatch, capsys)
    first = {n: Path(f"out/latest/{n}").read_bytes() for n in ("evidence.csv", "evidence_long.csv")}
    export(monkeypatch, capsys)
    for name, data in first.items():
        assert Path(f"out/latest/{name}").read_bytes() == data


def test_twenty_decisions_survive_reextraction_with_a_changed_lexicon(
    monkeypatch, capsys, populated
):
    code, _out, err = run(
        monkeypatch, capsys, "curate", "export", "--out", "sheet.csv", "--db", "s.sqlite", "--bom"
    )
    assert code == 0, err
    text = Path("sheet.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    decisions = 0
    for row in rows:
        if decisions >= 20:
            break
        if row["field"] == "cores" and row["machine_values"]:
            row.update(decision="reject", value=row["machine_values"].split(";")[0])
            decisions += 1
        elif row["field"] == "payloads":
            row.update(decision="add", value="tirapazamine", curator="tester")
            decisions += 1
    assert decisions == 20
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    Path("filled.csv").write_text(out.getvalue(), encoding="utf-8")
    code, _out, err = run(
        monkeypatch, capsys, "curate", "import", "filled.csv", "--db", "s.sqlite", "--curator", "ci"
    )
    assert code == 0, err
    assert "20 decisions stored" in err

    lexicon = populated / "lexicon"
    shutil.copytree(default_lexicon_dir(), lexicon)
    cores = [json.loads(x) for x in (lexicon / "cores.jsonl").read_text().splitlines()]
    for entry in cores:
        if entry["code"] == "gold":
            entry["terms"].append("nanorod")
    (lexicon / "cores.jsonl").write_text("".join(json.dumps(e) + "\n" for e in cores))
    code, _out, err = run(
        monkeypatch,
        capsys,
        "extract",
        "--db",
        "s.sqlite",
        "--no-screening",
        "--lexicon-dir",
        str(lexicon),
    )
    assert code == 0 and "12 stored records extracted" in err
    with sqlite3.connect("s.sqlite") as db:
        assert (
            db.execute(
                "SELECT count(*) FROM extractions WHERE superseded_at IS NOT NULL"
            ).fetchone()[0]
            == 12
        )

    tidy = export(monkeypatch, capsys)
    wide = pd.read_csv("out/latest/evidence.csv", dtype=str, keep_default_na=False)
    added_to = {r["record_id"].removeprefix("pmid:") for r in rows if r["decision"] == "add"}
    rejected_cores = {
        r["record_id"].removeprefix("pmid:")
        for r in rows
        if r["field"] == "cores" and r["decision"] == "reject"
    }
    assert len(added_to) + len(rejected_cores) == 20
    added = tidy[(tidy["field"] == "payloads") & (tidy["value"] == "tirapazamine")]
    assert set(added["record_id"]) == added_to and set(added["source"]) == {"curator"}
    for record_id in rejected_cores:
        cores_left = wide.set_index("record_id").loc[record_id, "cores"]
        rejected = next(
            r["value"]
            for r in rows
            if r["record_id"] == f"pmid:{record_id}"
            and r["field"] == "cores"
            and r["decision"] == "reject"
        )
        assert rejected not in cores_left.split(";")
    assert wide["curated_values"].astype(int).sum() == len(added_to)


def test_malformed_sheet_changes_nothing_and_names_the_rows(monkeypatch, capsys, populated):
    Path("bad.csv").write_text(
        "record_id,title,field,machine_values,evidence,decision,value,new_value,reason,"
        "curator,note\n"
        "pmid:900,,cores,,,reject,plga,,,,\n"
        "pmid:404,,cores,,,reject,plga,,,,\n"
        "pmid:901,,cores,,,add,unobtainium,,,,\n"
    )
    code, _out, err = run(monkeypatch, capsys, "curate", "import", "bad.csv", "--db", "s.sqlite")
    assert code == 2
    assert "row 3: unknown record 'pmid:404'" in err
    assert "row 4: unknown code 'unobtainium' for cores" in err
    assert "nothing was stored" in err
    with sqlite3.connect("s.sqlite") as db:
        assert db.execute("SELECT count(*) FROM curations").fetchone()[0] == 0


def test_second_extract_of_an_unchanged_store_does_nothing(monkeypatch, capsys, populated):
    code, _out, err = run(monkeypatch, capsys, "extract", "--db", "s.sqlite", "--no-screening")
    assert code == 0 and "0 stored records extracted" in err


def test_unknown_export_format(monkeypatch, capsys, populated):
    code, _out, err = run(monkeypatch, capsys, "export", "--db", "s.sqlite", "--format", "xlsx")
    assert code == 2 and "unknown format 'xlsx'" in err


def test_report_has_figures_and_a_sortable_table(monkeypatch, capsys, populated):
    export(monkeypatch, capsys)
    code, _out, err = run(monkeypatch, capsys, "report", "--out", "out")
    assert code == 0, err
    folder = Path("out/latest")
    for name in (
        "membrane_by_modality.png",
        "papers_per_year.png",
        "payload_frequency.png",
        "prisma.png",
    ):
        assert (folder / name).read_bytes().startswith(b"\x89PNG")
    page = (folder / "report.html").read_text(encoding="utf-8")
    assert page.count("<tr>") == 13 and page.count("data:image/png;base64") == 4
    assert "localeCompare" in page
    first = (folder / "prisma.png").read_bytes()
    assert run(monkeypatch, capsys, "report", "--out", "out")[0] == 0
    assert (folder / "prisma.png").read_bytes() == first


def test_report_without_export_is_a_usage_error(monkeypatch, capsys, tmp_path):
    code, _out, err = run(monkeypatch, capsys, "report", "--out", str(tmp_path / "none"))
    assert code == 2 and "cmnp export" in err


def test_wide_table_scores_exactly_as_extract_does(monkeypatch, capsys, populated):
    """The evidence table, read back as predictions, equals `cmnp extract` on the same records."""
    from extract.evaluation import score
    from extract.nlp.lexicon import FIELDS

    export(monkeypatch, capsys, "--include-excluded")
    wide = pd.read_csv("out/latest/evidence.csv", dtype=str, keep_default_na=False)
    from_table = {
        f"pmid:{row['record_id']}": {
            name: [v for v in row[name].split(";") if v] for name in FIELDS
        }
        for _, row in wide.iterrows()
    }
    code, _out, err = run(
        monkeypatch,
        capsys,
        "extract",
        "--input",
        "corpus.jsonl",
        "--output",
        "direct.jsonl",
        "--no-screening",
    )
    assert code == 0, err
    direct = [json.loads(x) for x in Path("direct.jsonl").read_text().splitlines()]
    gold = [{"doc_id": r["doc_id"], "labels": {**r["labels"], "relevant": True}} for r in direct]
    as_extracted = score(gold, {r["doc_id"]: r["labels"] for r in direct})
    as_exported = score(gold, {k: {**v, "relevant": True} for k, v in from_table.items()})
    assert as_exported["fields"] == as_extracted["fields"]
    assert as_exported["entity_micro"]["f1"] == 1.0
