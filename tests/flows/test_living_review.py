"""The Prefect flows end to end: from files, from a local E-utilities server, resumed after a
crash, incremental, and on a Dask cluster."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import ROOT, make_fake
from eutils_server import EutilsServer
from extract.pubmed.synthetic import write_synthetic_file
from flows.living_review import ingest_files, ingest_files_on_dask, living_review


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    for name in ("CMNP_DB", "CMNP_EUTILS_URL", "CMNP_MODELS", "NCBI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def stored(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT record_id, content_hash FROM records WHERE deleted_at IS NULL ORDER BY 1"
        ).fetchall()


def test_run_from_files_twice_changes_no_output_byte(workdir):
    source = workdir / "batch.xml"
    write_synthetic_file(source, range(40_000_001, 40_000_031))
    first = living_review(sources=[str(source)], db="db.sqlite", out="out")
    assert (first["added"], first["extracted"]) == (30, 30)
    latest = workdir / "out" / "latest"
    before = {p.name: p.read_bytes() for p in latest.iterdir()}
    second = living_review(sources=[str(source)], db="db.sqlite", out="out")
    assert (second["added"], second["unchanged"], second["extracted"]) == (0, 30, 0)
    after = {p.name: p.read_bytes() for p in latest.iterdir()}
    assert before == after
    with sqlite3.connect("db.sqlite") as conn:
        runs = conn.execute("SELECT status FROM runs ORDER BY started_at").fetchall()
    assert runs == [("ok",), ("ok",)]


def test_crash_midway_then_resume_loses_and_duplicates_nothing(workdir, monkeypatch):
    source = workdir / "batch.xml.gz"
    write_synthetic_file(source, range(40_000_101, 40_000_161))
    from extract.store import Store

    original = Store.save_extraction
    calls = {"n": 0}

    def crashing(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] > 25:
            raise RuntimeError("simulated crash after 25 records")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "save_extraction", crashing)
    with pytest.raises(RuntimeError, match="simulated crash"):
        living_review(sources=[str(source)], db="db.sqlite", out="out")
    monkeypatch.setattr(Store, "save_extraction", original)
    resumed = living_review(sources=[str(source)], db="db.sqlite", out="out")
    assert resumed["extracted"] == 35
    records = stored(workdir / "db.sqlite")
    assert len(records) == 60 == len({r for r, _ in records})
    with sqlite3.connect("db.sqlite") as conn:
        assert conn.execute("SELECT count(DISTINCT record_id) FROM extractions").fetchone() == (60,)
        statuses = [s for (s,) in conn.execute("SELECT status FROM runs ORDER BY started_at")]
    assert statuses == ["failed", "ok"]


def test_incremental_runs_against_a_local_eutils_server(workdir, monkeypatch):
    today = date.today()
    fake = make_fake(40, start=today - timedelta(days=60), span_days=40)
    with EutilsServer(fake) as url:
        first = living_review(db="db.sqlite", out="out", eutils_url=url)
        assert first["added"] >= 40  # the scope's seed PMID comes along (fetched by id)
        for i in range(7):
            fake.records[31_000_001 + i] = today
        fake.requests.clear()
        second = living_review(db="db.sqlite", out="out", eutils_url=url)
    assert second["added"] == 7
    searches = [r for r in fake.requests if r.endpoint == "esearch.fcgi"]
    assert searches and all(
        r.params.get("mindate") == f"{today - timedelta(days=1):%Y/%m/%d}" for r in searches
    )


def test_ingest_files_on_dask_gives_the_same_store_as_sequential(workdir):
    files = []
    for i in range(3):
        path = workdir / f"part{i}.xml"
        write_synthetic_file(
            path,
            range(41_000_000 + i * 100, 41_000_000 + i * 100 + 80),
            deleted=[41_000_000 + (i - 1) * 100 + 5] if i else [],
        )
        files.append(str(path))
    sequential = ingest_files(files, db=str(workdir / "seq.sqlite"))
    parallel = ingest_files_on_dask(files, db=str(workdir / "par.sqlite"), workers=2)
    assert sequential["summary"] == parallel["summary"]
    assert stored(workdir / "seq.sqlite") == stored(workdir / "par.sqlite")
    assert len(stored(workdir / "seq.sqlite")) == 240 - 2


def test_outputs_match_the_column_contract(workdir):
    source = workdir / "batch.xml"
    write_synthetic_file(source, range(40_000_201, 40_000_206))
    living_review(sources=[str(source)], db="db.sqlite", out="out")
    prisma = json.loads((workdir / "out" / "latest" / "prisma.json").read_text())
    assert prisma["screened"] == 5
    assert (workdir / "out" / "latest" / "report.html").exists()


def test_cli_ingest_with_workers_runs_the_dask_flow(workdir, monkeypatch, capsys):
    from test_cli import run

    paths = []
    for i in range(2):
        path = workdir / f"f{i}.xml"
        write_synthetic_file(path, range(42_000_000 + i * 50, 42_000_000 + i * 50 + 50))
        paths.append(str(path))
    code, _out, err = run(
        monkeypatch, capsys, "ingest", *paths, "--db", "w.sqlite", "--workers", "2"
    )
    assert code == 0, err
    assert "100 added" in err
    assert len(stored(workdir / "w.sqlite")) == 100
