"""Ingesting files: formats, reports, bad records kept out but named, deletions applied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from extract.ingest import InputError, detect_format, ingest_path
from extract.pubmed.synthetic import write_synthetic_file
from extract.store import Outcome, Store


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "cmnp.sqlite") as opened:
        yield opened


def test_update_file_deletions_are_applied(store, tmp_path):
    baseline = tmp_path / "base.xml.gz"
    write_synthetic_file(baseline, [31000002, 31000003, 31000004])
    assert ingest_path(store, baseline).outcomes[Outcome.ADDED] == 3
    report = ingest_path(store, FIXTURES / "pubmed_update_with_deletions.xml")
    assert report.outcomes[Outcome.ADDED] == 1
    assert (report.deleted, report.delete_requests) == (2, 2)
    assert {r.record_id for r in store.iter_records()} == {"pmid:31000001", "pmid:31000004"}
    assert "2 deleted (2 PMIDs listed)" in report.summary()


def test_guide_jsonl_with_bad_lines(store, tmp_path):
    path = tmp_path / "records.jsonl"
    good = {
        "doc_id": "doi:10.1/a",
        "pmid": None,
        "doi": "10.1/a",
        "title": "T",
        "abstract": "A",
        "year": 2020,
        "journal": "J",
        "source_url": "https://example.org/a",
        "labels": {},
    }
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps([1, 2]),
        "",
        json.dumps({**good, "doc_id": "pmid:12", "pmid": 12, "doi": None}),
        json.dumps({**good, "pmid": "abc"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = ingest_path(store, path)
    assert report.outcomes[Outcome.ADDED] == 2
    assert [(b.line, b.source) for b in report.bad] == [
        (2, "records.jsonl"),
        (3, "records.jsonl"),
        (6, "records.jsonl"),
    ]
    assert "invalid JSON" in report.bad[0].reason
    assert {r.record_id for r in store.iter_records()} == {"doi:10.1/a", "pmid:12"}


def test_format_detection(tmp_path):
    sniffed = tmp_path / "download"
    sniffed.write_text('{"title": "x"}\n')
    assert detect_format(sniffed) == "guide-jsonl"
    sniffed.write_text("<?xml version='1.0'?><PubmedArticleSet/>")
    assert detect_format(sniffed) == "pubmed-xml"
    sniffed.write_text("PMID- 123\nTI  - MEDLINE text format\n")
    with pytest.raises(InputError, match="unknown format"):
        detect_format(sniffed)
    with pytest.raises(InputError, match="no such file"):
        detect_format(tmp_path / "missing.xml")
    with pytest.raises(InputError, match="directory"):
        detect_format(tmp_path)


def test_reingest_changes_nothing(store, tmp_path):
    path = tmp_path / "a.xml"
    write_synthetic_file(path, range(1, 501))
    assert ingest_path(store, path).outcomes == {Outcome.ADDED: 500}
    assert ingest_path(store, path).outcomes == {Outcome.UNCHANGED: 500}
