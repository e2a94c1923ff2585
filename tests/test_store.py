"""The SQLite store: idempotent upserts, revisions, re-keying, deletions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extract.records import Article
from extract.store import Outcome, Store


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "sub" / "cmnp.sqlite") as opened:
        yield opened


def art(pmid: str | None = "100", **kw) -> Article:
    values = {"title": "Membrane-coated nanoparticles", "abstract": "Text.", "doi": "10.1/x"}
    values.update(kw)
    return Article(pmid=pmid, **values)


def test_same_record_twice_changes_nothing(store):
    assert store.upsert(art(), "a.xml") is Outcome.ADDED
    assert store.upsert(art(), "b.xml") is Outcome.UNCHANGED
    assert store.count() == 1


def test_revised_content_replaces_and_is_counted(store):
    store.upsert(art(), "a")
    assert store.upsert(art(abstract="Revised text."), "b") is Outcome.UPDATED
    assert store.get("pmid:100").article.abstract == "Revised text."


def test_new_version_replaces_older_version_is_ignored(store):
    store.upsert(art(pmid_version=2, abstract="v2"), "a")
    assert store.upsert(art(pmid_version=1, abstract="v1"), "b") is Outcome.STALE
    assert store.upsert(art(pmid_version=3, abstract="v3"), "c") is Outcome.UPDATED
    assert store.get("pmid:100").article.abstract == "v3"


def test_older_revision_of_same_version_is_stale(store):
    store.upsert(art(date_revised="2024-01-02", abstract="new"), "a")
    assert store.upsert(art(date_revised="2018-02-22", abstract="old"), "b") is Outcome.STALE
    assert store.get("pmid:100").article.abstract == "new"


def test_doi_only_record_is_rekeyed_when_its_pmid_arrives(store):
    store.upsert(art(pmid=None, doi="10.1/ABC"), "guide.jsonl")
    assert store.get("doi:10.1/ABC") is not None
    assert store.upsert(art(pmid="555", doi="10.1/abc"), "efetch") is Outcome.UPDATED
    assert store.count() == 1
    assert store.get("pmid:555") is not None and store.get("doi:10.1/ABC") is None
    assert store.upsert(art(pmid=None, doi="10.1/abc"), "guide.jsonl") is Outcome.UNCHANGED
    assert store.get("pmid:555").article.pmid == "555"


def test_deletions_are_soft_and_reversible(store):
    store.upsert_many([art("1"), art("2"), art("3")], "a")
    assert store.apply_deletions(["2", "999"]) == 1
    assert store.count() == 2 and store.count(include_deleted=True) == 3
    assert [r.record_id for r in store.iter_records()] == ["pmid:1", "pmid:3"]
    assert store.upsert(art("2"), "a") is Outcome.UPDATED  # re-published: restored
    assert store.count() == 3


def test_round_trip_keeps_every_field(store):
    from extract.pubmed.synthetic import article_set_xml, synthetic_article_xml
    from extract.pubmed.xml import parse_bytes

    (article,) = parse_bytes(article_set_xml([synthetic_article_xml(77)]).encode())
    store.upsert(article, "x")
    assert store.get("pmid:77").article == article


def test_reopening_keeps_data_and_schema(tmp_path: Path):
    path = tmp_path / "db.sqlite"
    with Store(path) as first:
        first.upsert(art(), "a")
    with Store(path) as second:
        assert second.count() == 1
        assert second.known_pmids() == {"100"}


def test_content_hash_ignores_provenance():
    assert art(source_url="a").content_hash() == art(source_url="b").content_hash()
    assert art().content_hash() != replace(art(), title="Other").content_hash()


def test_same_paper_from_another_source_counts_as_a_duplicate(store):
    store.upsert(art(), "baseline.xml")
    store.upsert(art(), "baseline.xml")  # the same file again is not a duplicate
    assert store.duplicate_count() == 0
    store.upsert(art(), "efetch")
    store.upsert(art(pmid=None, doi="10.1/x"), "guide.jsonl")
    assert store.duplicate_count() == 2
    assert store.count() == 1


def test_merging_shards_equals_upserting_directly(tmp_path):
    """The SQL fast path of merge gives the same store and counts as record-by-record upserts."""
    first = [art(str(p), abstract=f"v1 {p}") for p in range(1, 6)]
    second = [art("3", abstract="v1 3"), art("4", abstract="revised 4"), art("9")]
    direct = Store(tmp_path / "direct.sqlite")
    merged = Store(tmp_path / "merged.sqlite")
    for number, batch in enumerate((first, second)):
        direct_counts = direct.upsert_many(batch, f"f{number}")
        with Store(tmp_path / f"shard{number}.sqlite") as shard:
            shard.upsert_many(batch, "parse")
            shard.apply_deletions(["5"] if number else [])
        merged_counts, _deleted = merged.merge(tmp_path / f"shard{number}.sqlite", f"f{number}")
        assert merged_counts == direct_counts
    direct.apply_deletions(["5"])

    def snapshot(store):
        return [(r.record_id, r.content_hash, r.deleted) for r in store.iter_records(True)]

    assert snapshot(merged) == snapshot(direct)
    assert merged.duplicate_count() == direct.duplicate_count() == 2
    direct.close()
    merged.close()
