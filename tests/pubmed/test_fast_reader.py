"""The compiled reader returns exactly what the Python reader does, or hands over (None).

Skipped (with its reason) when the extension is not built: the Python reader then runs
alone and the rest of the suite covers it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from extract.pubmed import xml as pubmed_xml
from extract.pubmed.synthetic import article_set_xml, synthetic_article_xml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
fast = pubmed_xml.read_pubmed_article_fast
pytestmark = pytest.mark.skipif(fast is None, reason="compiled reader not built")


def articles(data: bytes) -> list[etree._Element]:
    parser = etree.XMLParser(**pubmed_xml._parser_kwargs())  # type: ignore[arg-type]
    root = etree.fromstring(data, parser)
    return list(root.iter("PubmedArticle"))


def python_reading(element: etree._Element) -> object:
    try:
        return pubmed_xml.read_pubmed_article_python(element)
    except pubmed_xml.RecordError as err:
        return err


def assert_agree(element: etree._Element) -> bool:
    """True when the compiled reader answered (rather than handing over)."""
    assert fast is not None
    raw = fast(element)
    expected = python_reading(element)
    if raw is None:
        return False
    assert raw == expected
    return True


def test_generated_records_agree_and_are_read_in_c():
    data = article_set_xml([synthetic_article_xml(p) for p in range(1, 60)]).encode()
    answered = [assert_agree(element) for element in articles(data)]
    assert all(answered)


def test_markup_mathml_labels_and_odd_fields_agree():
    record = b"""<PubmedArticleSet><PubmedArticle><MedlineCitation>
    <PMID Version="2">77</PMID>
    <DateRevised><Year>2020</Year><Month>1</Month><Day>31</Day></DateRevised>
    <Article><Journal><JournalIssue><PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate>
    </PubDate></JournalIssue><Title>  J\n Test </Title></Journal>
    <ArticleTitle>[Not Available].</ArticleTitle>
    <VernacularTitle>Titre <i>en</i> fran\xc3\xa7ais</VernacularTitle>
    <ELocationID EIdType="pii">x1</ELocationID><ELocationID EIdType="doi">doi:10.1/ab</ELocationID>
    <Abstract><AbstractText Label="AIM">Ratio <math xmlns="http://www.w3.org/1998/Math/MathML">
      <mi>x</mi> <mo>=</mo> <mtext> a b </mtext></math> kept<sup>2</sup> after.</AbstractText>
      <AbstractText Label="  ">Unlabelled.</AbstractText><AbstractText/></Abstract>
    <AuthorList><Author><LastName>Doe</LastName><Initials>J</Initials></Author>
      <Author><CollectiveName>The <i>CMNP</i>\n Group</CollectiveName></Author>
      <Author><AffiliationInfo><Affiliation>Nowhere</Affiliation></AffiliationInfo></Author>
    </AuthorList>
    <Language>eng</Language><Language>fre</Language>
    <PublicationTypeList><PublicationType>Journal Article</PublicationType>
      <PublicationType> Review </PublicationType></PublicationTypeList></Article>
    <MeshHeadingList><MeshHeading><DescriptorName>Nanoparticles</DescriptorName>
    </MeshHeading></MeshHeadingList>
    <OtherAbstract Type="Publisher" Language="fre">
    <AbstractText>R\xc3\xa9sum\xc3\xa9.</AbstractText></OtherAbstract>
    <KeywordList><Keyword>membrane</Keyword><Keyword> </Keyword></KeywordList>
    </MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pubmed">77</ArticleId>
    <ArticleId IdType="pmc">PMC9</ArticleId></ArticleIdList></PubmedData></PubmedArticle>
    </PubmedArticleSet>"""
    (element,) = articles(record)
    assert assert_agree(element)
    article = pubmed_xml.parse_pubmed_article(element)
    assert article.title == "Titre en français"
    assert article.year == 1998
    assert article.doi == "10.1/ab"
    assert [a.display_name for a in article.authors] == ["Doe J", "The CMNP Group"]


def test_unusual_records_are_handed_to_the_python_reader():
    no_pmid = b"<S><PubmedArticle><MedlineCitation><Article/></MedlineCitation></PubmedArticle></S>"
    (element,) = articles(no_pmid)
    assert fast is not None and fast(element) is None
    with pytest.raises(pubmed_xml.RecordError):
        pubmed_xml.parse_pubmed_article(element)
    entity = (
        b'<!DOCTYPE S [<!ENTITY co "company">]><S><PubmedArticle><MedlineCitation>'
        b"<PMID>5</PMID><Article><ArticleTitle>A &co; B</ArticleTitle></Article>"
        b"</MedlineCitation></PubmedArticle></S>"
    )
    (element,) = articles(entity)
    assert fast(element) is None  # an unexpanded entity reference
    assert pubmed_xml.parse_pubmed_article(element).pmid == "5"


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.xml")), ids=lambda p: p.name)
def test_fixture_files_agree(path: Path):
    for element in articles(path.read_bytes()):
        assert_agree(element)


@pytest.mark.shared
def test_shared_files_agree(shared_dir: Path):
    answered = 0
    for path in sorted((shared_dir / "pubmed-xml").glob("*.xml")):
        try:
            elements = articles(path.read_bytes())
        except etree.XMLSyntaxError:
            continue  # a deliberately broken file: the recovery path reads it
        answered += sum(assert_agree(element) for element in elements)
    assert answered > 10


text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="<>&"), max_size=12
)


@settings(max_examples=150, deadline=None)
@given(
    title=text,
    label=text,
    tags=st.lists(st.sampled_from(["i", "b", "sup", "sub"]), max_size=3),
    spaces=st.sampled_from(["", " ", "\n  ", "\t"]),
    version=st.sampled_from(["", "1", "x", "3"]),
)
def test_random_fields_agree(title, label, tags, spaces, version):
    marked = "".join(f"<{t}>{title}</{t}>{spaces}" for t in tags) + title
    xml = (
        f'<S><PubmedArticle><MedlineCitation><PMID Version="{version}">9</PMID><Article>'
        f"<ArticleTitle>{spaces}{marked}{spaces}</ArticleTitle><Abstract>"
        f'<AbstractText Label="{label}">{marked}</AbstractText></Abstract>'
        f"<AuthorList><Author><LastName>{spaces}{title}</LastName></Author></AuthorList>"
        f"<Language>{title}</Language></Article><KeywordList><Keyword>{marked}</Keyword>"
        f"</KeywordList></MedlineCitation></PubmedArticle></S>"
    )
    try:
        (element,) = articles(xml.encode())
    except etree.XMLSyntaxError:
        return
    assert_agree(element)
