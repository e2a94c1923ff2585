"""PubMed XML parsing: every field, every quirk, safety, and recovery from bad records."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from lxml import etree

from conftest import FIXTURES
from extract.pubmed.synthetic import article_set_xml, synthetic_article_xml, write_synthetic_file
from extract.pubmed.xml import element_text, iter_file, parse_bytes
from extract.records import Article, BadRecord, DeletedCitations


def only_articles(events) -> list[Article]:
    return [e for e in events if isinstance(e, Article)]


def one_article(xml: str) -> Article:
    events = parse_bytes(article_set_xml([xml]).encode())
    assert len(events) == 1 and isinstance(events[0], Article), events
    return events[0]


def citation(body: str, pmid: str = "123", extra: str = "", data: str = "") -> str:
    return (
        f'<PubmedArticle><MedlineCitation><PMID Version="1">{pmid}</PMID>'
        f"<Article><Journal><JournalIssue><PubDate><Year>2020</Year></PubDate></JournalIssue>"
        f"<Title>J</Title></Journal>{body}</Article>{extra}</MedlineCitation>"
        f"<PubmedData>{data}</PubmedData></PubmedArticle>"
    )


# ---------------------------------------------------------------- text flattening


def test_text_after_an_inline_tag_is_kept():
    article = one_article(
        citation(
            "<ArticleTitle>Fe<sub>3</sub>O<sub>4</sub>@PDA loaded with <i>DOX</i> works."
            "</ArticleTitle><Abstract><AbstractText>Size 10<sup>2</sup> nm; <b>bold</b> and "
            "<u>&lt;</u> 5.</AbstractText></Abstract>"
        )
    )
    assert article.title == "Fe3O4@PDA loaded with DOX works."
    assert article.abstract == "Size 102 nm; bold and < 5."


def test_inline_tags_neither_glue_nor_invent_spaces():
    assert element_text(etree.fromstring("<t>at the<i>TERT</i>gene</t>")) == "at theTERTgene"
    assert element_text(etree.fromstring("<t>at the <i>TERT</i> gene</t>")) == "at the TERT gene"


def test_mathml_is_read_as_its_tokens():
    xml = (
        '<t>uptake ( <mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML">\n'
        "   <mml:msub>\n     <mml:mi>V</mml:mi>\n     <mml:mn>2</mml:mn>\n   </mml:msub>\n"
        "   <mml:mtext> </mml:mtext>\n  </mml:math> ) of runners</t>"
    )
    assert element_text(etree.fromstring(xml)) == "uptake ( V2 ) of runners"


def test_comments_inside_text_keep_their_tail():
    assert element_text(etree.fromstring("<t>a<!-- note -->b<?pi x?>c</t>")) == "abc"


def test_structured_abstract_keeps_labels_inline_one_section_per_line():
    article = one_article(
        citation(
            "<ArticleTitle>T</ArticleTitle><Abstract>"
            '<AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">Why.</AbstractText>'
            '<AbstractText Label="RESULTS" NlmCategory="RESULTS">What.</AbstractText>'
            "<CopyrightInformation>© 2020</CopyrightInformation></Abstract>"
        )
    )
    assert article.abstract == "BACKGROUND: Why.\nRESULTS: What."


# ---------------------------------------------------------------- fields


def test_every_field_of_a_full_record():
    article = one_article(synthetic_article_xml(31234567))
    assert article.pmid == "31234567"
    assert article.doi == "10.0000/synthetic.31234567"
    assert article.pmcid == "PMC32234567"
    assert article.journal == "Journal of Synthetic Nanomedicine"
    assert article.year is not None and 2015 <= article.year <= 2025
    assert article.abstract.startswith("BACKGROUND: Biomimetic carriers")
    assert article.authors and article.authors[0].display_name.startswith("Author")
    assert article.publication_types == ("Journal Article",)
    assert article.mesh_terms[0] == "Term 0"
    assert article.keywords[0] == "biomimetic"
    assert article.languages == ("eng",)
    assert article.kind == "article"


def test_doi_falls_back_to_elocation_and_ignores_reference_ids():
    article = one_article(
        citation(
            '<ArticleTitle>T</ArticleTitle><ELocationID EIdType="doi">10.1/abc</ELocationID>',
            data='<ReferenceList><Reference><ArticleIdList><ArticleId IdType="doi">10.9/ref'
            "</ArticleId></ArticleIdList></Reference></ReferenceList>",
        )
    )
    assert article.doi == "10.1/abc"


def test_year_falls_back_to_medline_date_then_article_date():
    body = (
        "<Journal><JournalIssue><PubDate><MedlineDate>{}</MedlineDate></PubDate></JournalIssue>"
        "</Journal><ArticleTitle>T</ArticleTitle>{}"
    )
    xml = (
        "<PubmedArticle><MedlineCitation><PMID>1</PMID><Article>{}</Article>"
        "</MedlineCitation></PubmedArticle>"
    )
    assert one_article(xml.format(body.format("1998 Dec-1999 Jan", ""))).year == 1998
    article_date = '<ArticleDate DateType="Electronic"><Year>2017</Year></ArticleDate>'
    assert one_article(xml.format(body.format("Spring", article_date))).year == 2017
    assert one_article(xml.format(body.format("", ""))).year is None


def test_not_available_title_uses_vernacular_title():
    article = one_article(
        citation(
            "<ArticleTitle>[Not Available].</ArticleTitle><VernacularTitle>Titre.</VernacularTitle>"
        )
    )
    assert article.title == "Titre."


def test_collective_name_is_an_author():
    article = one_article(
        citation(
            "<ArticleTitle>T</ArticleTitle><AuthorList><Author><LastName>Li</LastName>"
            "<Initials>X</Initials></Author><Author><CollectiveName>The Group</CollectiveName>"
            "</Author><Author></Author></AuthorList>"
        )
    )
    assert [a.display_name for a in article.authors] == ["Li X", "The Group"]


def test_missing_optional_fields_never_raise():
    article = one_article(
        "<PubmedArticle><MedlineCitation><PMID>42</PMID></MedlineCitation></PubmedArticle>"
    )
    assert (article.pmid, article.title, article.abstract, article.year, article.doi) == (
        "42",
        "",
        "",
        None,
        None,
    )


def test_record_without_pmid_is_reported_not_dropped_silently():
    events = parse_bytes(
        article_set_xml(
            [
                "<PubmedArticle><MedlineCitation><Article/></MedlineCitation></PubmedArticle>",
                synthetic_article_xml(7),
            ]
        ).encode(),
        source="x.xml",
    )
    assert isinstance(events[0], BadRecord) and "PMID" in events[0].reason
    assert events[0].line == 4
    assert isinstance(events[1], Article)


def test_book_article_fixture():
    events = list(iter_file(FIXTURES / "pubmed_book_article.xml"))
    assert len(events) == 1
    book = events[0]
    assert isinstance(book, Article)
    assert book.kind == "book"
    assert book.pmid == "20301000"
    assert book.title == "Red blood cell membrane cloaking of polymeric cores"
    assert book.journal == "Biomimetic Nanocarriers: A Primer"
    assert book.year == 2021
    assert book.doi == "10.0000/book.ch3"
    assert book.abstract == (
        "INTRODUCTION: Cell membranes can camouflage synthetic cores.\n"
        "SUMMARY: This chapter reviews erythrocyte-derived coatings."
    )
    assert [a.display_name for a in book.authors] == ["Writer W", "Example Nanomedicine Consortium"]
    assert book.publication_types == ("Review",) and book.is_review
    assert book.date_revised == "2022-05-04"


def test_update_file_fixture_with_other_abstract_and_deletions():
    events = list(iter_file(FIXTURES / "pubmed_update_with_deletions.xml"))
    article, deleted = events
    assert isinstance(article, Article) and isinstance(deleted, DeletedCitations)
    assert article.pmid_version == 2
    assert article.year == 2019  # from "2019 Nov-Dec"
    assert article.doi == "10.0000/ejo.2019.001"
    assert article.title == "Platelet membrane-coated PLGA nanoparticles (revised)."
    assert (
        article.abstract == "Cores were coated with platelet membranes and loaded with docetaxel."
    )
    assert article.languages == ("eng", "fre")
    (other,) = article.other_abstracts
    assert (other.type, other.language) == ("Publisher", "fre")
    assert other.text == "Des noyaux ont été enrobés de membranes plaquettaires."
    assert deleted.pmids == ("31000002", "31000003")


# ---------------------------------------------------------------- files, safety, recovery


def test_gzip_files_stream(tmp_path: Path):
    path = tmp_path / "pubmed25n0001.xml.gz"
    write_synthetic_file(path, range(1, 1201), deleted=[5])
    events = list(iter_file(path))
    assert len(only_articles(events)) == 1200
    assert events[-1] == DeletedCitations(pmids=("5",))


def test_gzip_detected_by_magic_bytes(tmp_path: Path):
    path = tmp_path / "no_suffix.xml"
    path.write_bytes(gzip.compress(article_set_xml([synthetic_article_xml(9)]).encode()))
    assert only_articles(iter_file(path))[0].pmid == "9"


@pytest.mark.parametrize("from_file", [False, True], ids=["bytes", "file"])
def test_entities_are_not_expanded_and_nothing_is_fetched(tmp_path: Path, from_file: bool):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM "file://{secret}">'
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY remote SYSTEM "http://127.0.0.1:9/evil.dtd">]>'
        "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>"
        "<ArticleTitle>x &xxe; &b; &remote;</ArticleTitle></Article></MedlineCitation>"
        "</PubmedArticle></PubmedArticleSet>"
    )
    if from_file:
        path = tmp_path / "evil.xml"
        path.write_text(xml)
        events = list(iter_file(path))
    else:
        events = parse_bytes(xml.encode())
    text = " ".join(e.title for e in events if isinstance(e, Article))
    assert "TOP-SECRET" not in text
    assert "aaaaaaaaaa" not in text


def test_syntax_error_keeps_good_records_before_and_after(tmp_path: Path):
    good = [synthetic_article_xml(p) for p in (1, 2, 3, 4)]
    broken = synthetic_article_xml(99).replace("</ArticleTitle>", "</ArticleTitel>")
    path = tmp_path / "broken.xml"
    path.write_text(article_set_xml([good[0], good[1], broken, good[2], good[3]]))
    events = list(iter_file(path))
    assert sorted(a.pmid for a in only_articles(events)) == ["1", "2", "3", "4"]
    bad = [e for e in events if isinstance(e, BadRecord)]
    assert any(b.pmid == "99" for b in bad), bad
    assert all(b.source == "broken.xml" for b in bad)


def test_truncated_file_keeps_complete_records(tmp_path: Path):
    text = article_set_xml([synthetic_article_xml(p) for p in range(1, 6)])
    path = tmp_path / "cut.xml"
    path.write_text(text[: text.index("<PMID", text.index("<PMID") + 1) + 400])
    events = list(iter_file(path))
    assert [a.pmid for a in only_articles(events)] == ["1"]
    assert any(isinstance(e, BadRecord) for e in events)


@pytest.mark.parametrize("content", [b"", b"not xml at all", b"\x00\x01\x02", b"<a><b></a>"])
def test_garbage_gives_a_bad_record_not_an_exception(content: bytes):
    events = parse_bytes(content, source="junk.xml")
    assert events and all(isinstance(e, BadRecord) for e in events)
    assert events[0].describe().startswith("junk.xml")


def test_damaged_end_tag_does_not_swallow_the_next_record():
    text = article_set_xml([synthetic_article_xml(p) for p in (1, 2, 3)])
    first_end = text.index("</PubmedArticle>")
    damaged = text[:first_end] + "</PubmedArticl>" + text[first_end + len("</PubmedArticle>") :]
    events = parse_bytes(damaged.encode())
    assert sorted(a.pmid for a in only_articles(events)) == ["2", "3"]
    assert [e.pmid for e in events if isinstance(e, BadRecord) and e.pmid] == ["1"]


def test_recovery_across_chunk_boundaries():
    from extract.pubmed.xml import _iter_blocks

    text = article_set_xml([synthetic_article_xml(p) for p in range(1, 30)]).encode()
    blocks = list(_iter_blocks(io.BytesIO(text), chunk_size=97))
    assert len(blocks) == 29
    assert all(b.startswith(b"<PubmedArticle>") and b.endswith(b"</PubmedArticle>") for b in blocks)
