"""The ``cmnp`` command line: fetch, ingest, records; exit codes and messages."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from conftest import FIXTURES, make_fake
from eutils_server import EutilsServer, Fault
from extract.cli import main
from extract.pubmed.synthetic import write_synthetic_file


def run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["cmnp", *args])
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    for name in ("CMNP_DB", "CMNP_EUTILS_URL", "NCBI_API_KEY", "CMNP_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_fetch_with_faults_stores_every_record_once_and_rerun_adds_nothing(
    monkeypatch, capsys, tmp_path
):
    fake = make_fake(320)
    fake.faults.extend(
        [
            Fault("429", "efetch.fcgi"),
            Fault("truncate", "efetch.fcgi"),
            Fault("500", "esearch.fcgi"),
            Fault("error", "efetch.fcgi"),
        ]
    )
    db = tmp_path / "store.sqlite"
    with EutilsServer(fake) as url:
        monkeypatch.setenv("CMNP_EUTILS_URL", url)
        code, _out, err = run(
            monkeypatch, capsys, "fetch", "--query", "cmnp", "--db", str(db), "--batch-size", "50"
        )
        assert code == 0, err
        assert "320 added" in err
        code, _out, err = run(monkeypatch, capsys, "fetch", "--query", "cmnp", "--db", str(db))
        assert code == 0, err
        assert "320 unchanged" in err and "added" not in err
    code, out, _err = run(monkeypatch, capsys, "records", "--db", str(db))
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 320 == len({r["pmid"] for r in rows})
    assert set(rows[0]) >= {"doc_id", "pmid", "doi", "title", "abstract", "year", "journal"}


def test_fetch_with_dates_and_max(monkeypatch, capsys, tmp_path):
    with EutilsServer(make_fake(300)) as url:
        code, _out, err = run(
            monkeypatch,
            capsys,
            "fetch",
            "-q",
            "x",
            "--mindate",
            "2020/01/01",
            "--maxdate",
            "2020/03",
            "--max",
            "40",
            "--eutils-url",
            url,
        )
    assert code == 0, err
    assert "40 added" in err
    assert (tmp_path / "outputs" / "cmnp.sqlite").exists(), "default store under outputs/"


def test_fetch_offline_says_so_in_one_line(monkeypatch, capsys):
    code, _out, err = run(
        monkeypatch, capsys, "fetch", "-q", "x", "--eutils-url", "http://127.0.0.1:9/eutils/"
    )
    assert code == 2
    assert "PubMed cannot be reached" in err and "cmnp ingest" in err
    assert "Traceback" not in err


def test_bad_date_is_a_usage_error(monkeypatch, capsys):
    code, _out, err = run(monkeypatch, capsys, "fetch", "-q", "x", "--mindate", "soon")
    assert code == 2 and "not a date" in err


def test_ingest_names_bad_records_and_keeps_good_ones(monkeypatch, capsys, tmp_path):
    good = tmp_path / "good.xml.gz"
    write_synthetic_file(good, range(1, 51))
    broken = tmp_path / "broken.xml"
    text = (FIXTURES / "pubmed_update_with_deletions.xml").read_text()
    broken.write_text(text.replace("</ArticleTitle>", "</ArticleTitl>"))
    code, _out, err = run(monkeypatch, capsys, "ingest", str(good), str(broken), "--db", "s.sqlite")
    assert code == 2
    assert "good.xml.gz: 50 added" in err
    assert "broken.xml" in err and "PMID 31000001" in err
    code, out, _ = run(monkeypatch, capsys, "records", "--db", "s.sqlite", "--format", "csv")
    assert code == 0
    assert len(list(csv.DictReader(io.StringIO(out)))) == 50


def test_ingest_missing_file_is_exit_2_without_traceback(monkeypatch, capsys):
    code, _out, err = run(monkeypatch, capsys, "ingest", "nope.xml")
    assert code == 2
    assert "nope.xml: no such file" in err and "Traceback" not in err


def test_records_csv_round_trips_awkward_titles(monkeypatch, capsys, tmp_path):
    path = tmp_path / "r.jsonl"
    title = 'Comma, "quotes"\nand a newline'
    path.write_text(
        json.dumps({"doc_id": "doi:10.1/z", "doi": "10.1/z", "title": title, "abstract": "=1+2"})
        + "\n"
    )
    assert run(monkeypatch, capsys, "ingest", str(path), "--db", "s.sqlite")[0] == 0
    code, _out, _ = run(
        monkeypatch, capsys, "records", "--db", "s.sqlite", "--format", "csv", "--out", "r.csv"
    )
    rows = list(csv.DictReader((tmp_path / "r.csv").open(newline="", encoding="utf-8")))
    assert code == 0 and rows[0]["title"] == title and rows[0]["doc_id"] == "doi:10.1/z"


def test_unknown_format_is_a_usage_error(monkeypatch, capsys):
    code, _out, err = run(monkeypatch, capsys, "records", "--format", "xlsx")
    assert code == 2 and "csv or jsonl" in err


@pytest.mark.shared
def test_ingest_every_shared_file(monkeypatch, capsys, shared_dir):
    files = sorted(str(p) for p in (shared_dir / "pubmed-xml").glob("*.xml"))
    code, _out, err = run(monkeypatch, capsys, "ingest", *files, "--db", "s.sqlite")
    assert code == 0, err
    assert "store holds 14 records" in err


def test_python_dash_m_entry_point(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "extract", "--help"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0
    for command in ("fetch", "ingest", "records"):
        assert command in result.stdout
