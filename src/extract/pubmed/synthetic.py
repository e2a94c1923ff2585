"""Generated PubMed XML of realistic shape, for the local E-utilities test server and benchmarks.

Records are deterministic in their PMID (same PMID -> same bytes), carry the fields a real
baseline record carries (structured abstract with inline markup, authors, MeSH, keywords,
ArticleIdList, History) and contain no third-party text.
"""

from __future__ import annotations

import gzip
import random
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

_CORES = ["PLGA", "mesoporous silica", "gold nanorod", "Fe<sub>3</sub>O<sub>4</sub>", "ZIF-8"]
_MEMBRANES = ["red blood cell", "platelet", "4T1 cancer cell", "macrophage", "neutrophil"]
_DRUGS = ["doxorubicin", "paclitaxel", "indocyanine green", "chlorin e6", "siRNA"]


def _entrez_date(pmid: int, start: date, span_days: int) -> date:
    return start + timedelta(days=pmid % span_days)


def synthetic_article_xml(pmid: int, edat: date | None = None, version: int = 1) -> str:
    """One ``<PubmedArticle>`` element as text."""
    rng = random.Random(pmid)
    core, membrane, drug = rng.choice(_CORES), rng.choice(_MEMBRANES), rng.choice(_DRUGS)
    edat = edat or date(2015, 1, 1) + timedelta(days=pmid % 3650)
    authors = "".join(
        f'<Author ValidYN="Y"><LastName>Author{pmid % 97 + i}</LastName><ForeName>Alex</ForeName>'
        f"<Initials>A</Initials><AffiliationInfo><Affiliation>Department {i}, Example University."
        f"</Affiliation></AffiliationInfo></Author>"
        for i in range(rng.randint(3, 8))
    )
    mesh = "".join(
        f'<MeshHeading><DescriptorName UI="D{pmid % 1000 + i:06d}" MajorTopicYN="N">'
        f'Term {i}</DescriptorName><QualifierName UI="Q000{i}" MajorTopicYN="N">therapy'
        f"</QualifierName></MeshHeading>"
        for i in range(rng.randint(4, 10))
    )
    size = rng.randint(80, 200)
    return (
        f'<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">'
        f'<PMID Version="{version}">{pmid}</PMID>'
        f"<DateRevised><Year>{edat.year + 1}</Year><Month>01</Month><Day>15</Day></DateRevised>"
        f'<Article PubModel="Print-Electronic"><Journal>'
        f'<ISSN IssnType="Electronic">0000-0000</ISSN><JournalIssue CitedMedium="Internet">'
        f"<Volume>{pmid % 40}</Volume><Issue>{pmid % 12}</Issue>"
        f"<PubDate><Year>{edat.year}</Year><Month>Jan</Month></PubDate></JournalIssue>"
        f"<Title>Journal of Synthetic Nanomedicine</Title><ISOAbbreviation>J Synth Nanomed"
        f"</ISOAbbreviation></Journal>"
        f"<ArticleTitle>{escape(membrane.title())} membrane-coated {core} nanoparticles deliver "
        f"<i>{drug}</i> (record {pmid}).</ArticleTitle>"
        f'<ELocationID EIdType="doi" ValidYN="Y">10.0000/synthetic.{pmid}</ELocationID>'
        f"<Abstract>"
        f'<AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">Biomimetic carriers cloaked '
        f"in {membrane} membranes evade clearance.</AbstractText>"
        f'<AbstractText Label="METHODS" NlmCategory="METHODS">{core} cores ({size} nm) were '
        f"loaded with {drug} and coated with {membrane} membrane (CM-NPs); zeta potential was "
        f"-{size % 30} mV and encapsulation efficiency {50 + size % 40}%.</AbstractText>"
        f'<AbstractText Label="RESULTS" NlmCategory="RESULTS">In 4T1 tumor-bearing mice the '
        f"CM-NPs inhibited tumor growth by {40 + size % 50}% (<i>P</i> &lt; 0.01) with a "
        f"half-life of {size / 10:.1f} h.</AbstractText>"
        f'<AbstractText Label="CONCLUSIONS" NlmCategory="CONCLUSIONS">The platform merits further '
        f"study.</AbstractText></Abstract>"
        f'<AuthorList CompleteYN="Y">{authors}</AuthorList><Language>eng</Language>'
        f'<PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType>'
        f"</PublicationTypeList></Article>"
        f"<MedlineJournalInfo><Country>England</Country><MedlineTA>J Synth Nanomed</MedlineTA>"
        f"</MedlineJournalInfo><MeshHeadingList>{mesh}</MeshHeadingList>"
        f'<KeywordList Owner="NOTNLM"><Keyword MajorTopicYN="N">biomimetic</Keyword>'
        f'<Keyword MajorTopicYN="N">{escape(membrane)}</Keyword></KeywordList></MedlineCitation>'
        f'<PubmedData><History><PubMedPubDate PubStatus="entrez"><Year>{edat.year}</Year>'
        f"<Month>{edat.month}</Month><Day>{edat.day}</Day></PubMedPubDate></History>"
        f"<PublicationStatus>ppublish</PublicationStatus><ArticleIdList>"
        f'<ArticleId IdType="pubmed">{pmid}</ArticleId>'
        f'<ArticleId IdType="doi">10.0000/synthetic.{pmid}</ArticleId>'
        f'<ArticleId IdType="pmc">PMC{pmid + 1000000}</ArticleId></ArticleIdList></PubmedData>'
        f"</PubmedArticle>"
    )


_HEADER = (
    '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
    '1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
    "<PubmedArticleSet>\n"
)
_FOOTER = "</PubmedArticleSet>\n"


def _delete_citation(deleted: Iterable[int]) -> str:
    pmids = "".join(f'<PMID Version="1">{p}</PMID>' for p in deleted)
    return f"<DeleteCitation>{pmids}</DeleteCitation>\n" if pmids else ""


def article_set_xml(articles: Iterable[str], deleted: Iterable[int] = ()) -> str:
    """A whole ``PubmedArticleSet`` document (an efetch reply or an update file)."""
    return _HEADER + "\n".join(articles) + "\n" + _delete_citation(deleted) + _FOOTER


def write_synthetic_file(
    path: Path, pmids: Iterable[int], deleted: Iterable[int] = (), chunk: int = 1000
) -> int:
    """Write a baseline-style file (gzip when the name ends in .gz); returns records written."""
    opener = gzip.open if path.suffix == ".gz" else open
    count = 0
    with opener(path, "wt", encoding="utf-8") as out:
        out.write(_HEADER)
        buffer: list[str] = []
        for pmid in pmids:
            buffer.append(synthetic_article_xml(pmid))
            count += 1
            if len(buffer) >= chunk:
                out.write("\n".join(buffer) + "\n")
                buffer.clear()
        out.write("\n".join(buffer) + "\n")
        out.write(_delete_citation(deleted) + _FOOTER)
    return count
