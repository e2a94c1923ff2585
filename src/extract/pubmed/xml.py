"""Pure, streaming parsing of PubMed XML (efetch output, baseline and update files).

Design notes
- ``iterparse`` over the three record elements with each element cleared (and its earlier
  siblings dropped) once parsed, so memory stays flat on a 1 GB baseline file.
- Safe by construction: no DTD loading, no network, no entity expansion (billion-laughs and XXE
  inputs cannot reach the file system or the network).
- Text flattening keeps every character of mixed content (``<i>``, ``<sub>``, ``<sup>``, ``<u>``,
  ``<b>``) including the text *after* an inline tag (a known bug in several PubMed parsers), and
  reads MathML as its leaf tokens without the indentation between them.
- A syntax error does not lose the good records after it: the rest of the file is re-read record
  by record, and each record that cannot be parsed is reported as a ``BadRecord``.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from lxml import etree

from extract.records import (
    Article,
    Author,
    BadRecord,
    DeletedCitations,
    OtherAbstract,
    ParseEvent,
    SkippedRecord,
)

FastReader = Callable[[etree._Element], "tuple[Any, ...] | None"]
read_pubmed_article_fast: FastReader | None
try:  # the compiled reader; the pure-Python one stands in when it is not built
    from extract.pubmed._fastxml import read_pubmed_article as read_pubmed_article_fast
except ImportError:  # pragma: no cover - depends on the installation
    read_pubmed_article_fast = None

RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle", "DeleteCitation")
_MATHML_NS = "{http://www.w3.org/1998/Math/MathML}"
_XML_SPACE = re.compile(r"[ \t\n\r]+")
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_NOT_AVAILABLE = {"", "[not available].", "[not available]", "not available"}
_RECORD_START = re.compile(rb"<(?:PubmedArticle|PubmedBookArticle|DeleteCitation)[\s>]")
_RECORD_END = re.compile(rb"</(?:PubmedArticle|PubmedBookArticle|DeleteCitation)\s*>")
_MAX_RECORD_BYTES = 64 << 20
_PMID_IN_BYTES = re.compile(rb"<PMID[^>]*>\s*(\d+)\s*</PMID>")


class RecordError(ValueError):
    """A record element lacks something every citation must have (e.g. a PMID)."""


# --------------------------------------------------------------------------- text helpers


def element_text(element: etree._Element | None) -> str:
    """All text of ``element`` and its descendants, whitespace folded, nothing dropped."""
    if element is None:
        return ""
    if not len(element):  # a leaf: the common case, kept cheap for baseline-sized files
        return fold(element.text) if element.text else ""
    parts: list[str] = []
    _collect_text(element, parts, in_math=False)
    return fold("".join(parts))


def fold(text: str) -> str:
    """Collapse XML whitespace runs to one space and strip (other characters untouched)."""
    if "\n" in text or "\t" in text or "\r" in text or "  " in text:
        return _XML_SPACE.sub(" ", text).strip()
    return text.strip()


def _collect_text(element: etree._Element, parts: list[str], in_math: bool) -> None:
    tag = element.tag
    if not isinstance(tag, str):  # comment or processing instruction: its tail is handled above
        return
    math = in_math or tag.startswith(_MATHML_NS)
    text = element.text
    if text and not (math and text.isspace() and not tag.endswith("mtext")):
        parts.append(text)
    for child in element:
        _collect_text(child, parts, math)
        tail = child.tail
        if tail and not (math and tail.isspace()):
            parts.append(tail)


def _text_or_none(element: etree._Element | None) -> str | None:
    text = element_text(element)
    return text or None


# --------------------------------------------------------------------------- field parsers
#
# Records are read by walking children once into a tag index rather than by many ``find``
# calls: each lxml path lookup costs microseconds, and a baseline file has 30,000 records.

Children = dict[str, list[etree._Element]]


def _index(element: etree._Element | None, *tags: str) -> Children:
    """Children by tag; only ``tags`` (filtered in C, so others never become objects)."""
    index: Children = {}
    if element is not None:
        for child in element.iterchildren(*tags):
            index.setdefault(child.tag, []).append(child)
    return index


_TOP = ("MedlineCitation", "PubmedData")
_CITATION = ("PMID", "DateRevised", "Article", "KeywordList", "OtherAbstract")
_ARTICLE = (
    "Journal",
    "ArticleTitle",
    "VernacularTitle",
    "ELocationID",
    "Abstract",
    "AuthorList",
    "ArticleDate",
)


def _first(index: Children, tag: str) -> etree._Element | None:
    found = index.get(tag)
    return found[0] if found else None


def _parse_pmid(index: Children) -> tuple[str, int]:
    node = _first(index, "PMID")
    if node is None:
        raise RecordError("missing or non-numeric PMID ('')")
    return _checked_pmid(element_text(node), node.get("Version"))


def _checked_pmid(pmid: str, version: str | None) -> tuple[str, int]:
    """PMID and version number; a record without a numeric PMID is refused."""
    if not pmid.isdigit():
        raise RecordError(f"missing or non-numeric PMID ({pmid!r})")
    version = "1" if version is None else version
    return pmid, int(version) if version.isdigit() else 1


def not_available(title: str) -> bool:
    """PubMed's placeholder for a title only given in the original language."""
    return title.lower() in _NOT_AVAILABLE


def year_from_medline_date(text: str) -> int | None:
    """First plausible year in a free-text ``MedlineDate`` ("1998 Dec-1999 Jan" -> 1998)."""
    match = _YEAR.search(text)
    return int(match.group(1)) if match else None


def _parse_title(index: Children, fallback: etree._Element | None = None) -> str:
    return _chosen_title(
        element_text(_first(index, "ArticleTitle")),
        element_text(_first(index, "VernacularTitle")),
        element_text(fallback),
    )


def _chosen_title(title: str, vernacular: str, fallback: str = "") -> str:
    """ArticleTitle; "[Not Available]." and empty titles fall back to VernacularTitle."""
    if not not_available(title):
        return title
    return vernacular or fallback


def _parse_abstract(abstract: etree._Element | None) -> str:
    """Structured sections are joined one per line, each with its label kept inline."""
    if abstract is None:
        return ""
    sections = []
    for part in abstract.iterchildren("AbstractText"):
        text = element_text(part)
        label = (part.get("Label") or "").strip()
        if label:
            sections.append(f"{label}: {text}" if text else f"{label}:")
        elif text:
            sections.append(text)
    return "\n".join(sections)


def _parse_other_abstracts(index: Children) -> tuple[OtherAbstract, ...]:
    found = []
    for other in index.get("OtherAbstract", ()):
        text = _parse_abstract(other)
        if text:
            found.append(
                OtherAbstract(text=text, type=other.get("Type"), language=other.get("Language"))
            )
    return tuple(found)


def _parse_article_ids(*id_lists: etree._Element | None) -> dict[str, str]:
    ids: dict[str, str] = {}
    for id_list in id_lists:
        if id_list is None:
            continue
        for node in id_list:
            id_type = (node.get("IdType") or "").lower()
            value = element_text(node)
            if id_type and value and id_type not in ids:
                ids[id_type] = value
    return ids


def normalize_doi(doi: str | None) -> str | None:
    if not doi:
        return None
    doi = doi.strip()
    for prefix in ("https://doi.org/", "http://dx.doi.org/", "doi:"):
        if doi.lower().startswith(prefix):
            doi = doi[len(prefix) :]
    return doi or None


def _doi_of(ids: dict[str, str], elocation_doi: str | None) -> str | None:
    """ArticleIdList first (NLM-checked), else the first ``ELocationID`` of type doi."""
    return normalize_doi(ids.get("doi", elocation_doi))


def pmcid_from(ids: dict[str, str]) -> str | None:
    pmc = ids.get("pmc")
    if not pmc:
        return None
    return pmc if pmc.upper().startswith("PMC") else f"PMC{pmc}"


_AUTHOR_FIELDS = ("LastName", "ForeName", "Initials", "CollectiveName")


def _parse_authors(*author_lists: etree._Element | None) -> tuple[Author, ...]:
    """Personal and collective authors of the first non-empty list (books have two)."""
    for author_list in author_lists:
        # fields are None or non-empty, so "any" is "has a display name"
        authors = tuple(Author(*values) for values in _raw_authors(author_list) if any(values))
        if authors:
            return authors
    return ()


# Leaf fields that never hold markup: one compiled XPath call instead of a Python loop.
_MESH = etree.XPath("MeshHeadingList/MeshHeading/DescriptorName/text()", smart_strings=False)
_PUBLICATION_TYPES = etree.XPath(
    "PublicationTypeList/PublicationType/text() | PublicationType/text()", smart_strings=False
)
_LANGUAGES = etree.XPath("Language/text()", smart_strings=False)


def _texts(nodes: list[etree._Element]) -> tuple[str, ...]:
    """Distinct non-empty texts, in order."""
    return tuple(dict.fromkeys(t for t in (element_text(n) for n in nodes) if t))


def _grandchildren(index: Children, parent_tag: str, tag: str) -> list[etree._Element]:
    return [node for parent in index.get(parent_tag, ()) for node in parent.iterchildren(tag)]


# --------------------------------------------------------------------------- records


RawArticle = tuple[Any, ...]
"""What a reader takes from a ``<PubmedArticle>``, before any interpretation (in order):
PMID text, its Version attribute, ArticleTitle, VernacularTitle, abstract, ArticleIdList
ids, the first doi-type ELocationID's text, journal Title, PubDate and ArticleDate as
(Year text, MedlineDate text), authors as (last, fore, initials, collective) tuples, the
raw text nodes of PublicationType, MeSH DescriptorName and Language, Keyword texts,
OtherAbstracts as (text, Type, Language), DateRevised children by tag."""


def _date_texts(date: etree._Element | None) -> tuple[str | None, str | None] | None:
    if date is None:
        return None
    year, medline = _first_child(date, "Year"), _first_child(date, "MedlineDate")
    return (
        (year.text or "") if year is not None else None,
        (medline.text or "") if medline is not None else None,
    )


def _first_child(element: etree._Element, tag: str) -> etree._Element | None:
    return next(element.iterchildren(tag), None)


def _raw_authors(author_list: etree._Element | None) -> list[tuple[str | None, ...]]:
    """Author fields as read (hot path: ``iterchildren`` filters tags in C)."""
    if author_list is None:
        return []
    authors = []
    for node in author_list.iterchildren("Author"):
        values: list[str | None] = [None, None, None, None]
        for child in node.iterchildren(*_AUTHOR_FIELDS):
            text = child.text if not len(child) else element_text(child)
            if text:
                text = text.strip() if "\n" not in text else fold(text)
            values[_AUTHOR_FIELDS.index(child.tag)] = text or None
        authors.append(tuple(values))
    return authors


def _first_doi_location(index: Children) -> str | None:
    for location in index.get("ELocationID", ()):
        if (location.get("EIdType") or "").lower() == "doi":
            return element_text(location)
    return None


def read_pubmed_article_python(element: etree._Element) -> RawArticle:
    """The reference reader (lxml's element API); raises RecordError without a PMID."""
    top = _index(element, *_TOP)
    citation_node = _first(top, "MedlineCitation")
    if citation_node is None:
        raise RecordError("PubmedArticle without MedlineCitation")
    citation = _index(citation_node, *_CITATION)
    pmid = _first(citation, "PMID")
    if pmid is None:
        raise RecordError("missing or non-numeric PMID ('')")
    article_node = _first(citation, "Article")
    article = _index(article_node, *_ARTICLE)
    journal = _index(_first(article, "Journal"), "JournalIssue", "Title")
    issue = _index(_first(journal, "JournalIssue"), "PubDate")
    id_list = _first(_index(_first(top, "PubmedData"), "ArticleIdList"), "ArticleIdList")
    revised = _first(citation, "DateRevised")
    return (
        element_text(pmid),
        pmid.get("Version"),
        element_text(_first(article, "ArticleTitle")),
        element_text(_first(article, "VernacularTitle")),
        _parse_abstract(_first(article, "Abstract")),
        _parse_article_ids(id_list),
        _first_doi_location(article),
        element_text(_first(journal, "Title")),
        _date_texts(_first(issue, "PubDate")),
        _date_texts(_first(article, "ArticleDate")),
        _raw_authors(_first(article, "AuthorList")),
        _raw_texts(article_node, _PUBLICATION_TYPES),
        _raw_texts(citation_node, _MESH),
        [element_text(n) for n in _grandchildren(citation, "KeywordList", "Keyword")],
        _raw_texts(article_node, _LANGUAGES),
        [
            (_parse_abstract(other), other.get("Type"), other.get("Language"))
            for other in citation.get("OtherAbstract", ())
        ],
        None if revised is None else {child.tag: (child.text or "").strip() for child in revised},
    )


def _raw_texts(element: etree._Element | None, xpath: etree.XPath) -> list[str]:
    found = xpath(element) if element is not None else []
    return [str(x) for x in found] if isinstance(found, list) else []


def _distinct_folded(texts: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in (fold(x) for x in texts) if t))


def _year_of(*dates: tuple[str | None, str | None] | None) -> int | None:
    """First usable year: a ``<Year>``, else the first year in a ``<MedlineDate>``."""
    for date in dates:
        if date is None:
            continue
        year = (date[0] or "").strip()
        if year.isdigit():
            return int(year)
        year_in_text = year_from_medline_date(date[1] or "")
        if year_in_text is not None:
            return year_in_text
    return None


def _date_parts(node: etree._Element | None) -> dict[str, str] | None:
    """A date element's children by tag (the last of a repeated tag wins)."""
    if node is None:
        return None
    return {str(child.tag): (child.text or "").strip() for child in node}


def _iso_date(parts: dict[str, str] | None) -> str | None:
    if parts is None:
        return None
    year, month, day = parts.get("Year", ""), parts.get("Month", ""), parts.get("Day", "")
    if not (year.isdigit() and month.isdigit() and day.isdigit()):
        return None
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def assemble_article(raw: RawArticle) -> Article:
    """Interpret what a reader took: one place for every rule, whichever reader ran."""
    (
        pmid,
        version,
        title,
        vernacular,
        abstract,
        ids,
        elocation_doi,
        journal,
        pub_date,
        article_date,
        authors,
        publication_types,
        mesh,
        keywords,
        languages,
        others,
        revised,
    ) = raw
    pmid, pmid_version = _checked_pmid(pmid, version)
    return Article(
        pmid=pmid,
        pmid_version=pmid_version,
        title=_chosen_title(title, vernacular),
        abstract=abstract,
        doi=_doi_of(ids, elocation_doi),
        pmcid=pmcid_from(ids),
        journal=journal or None,
        year=_year_of(pub_date, article_date),
        # fields are None or non-empty, so "any" is "has a display name"
        authors=tuple(Author(*values) for values in authors if any(values)),
        publication_types=_distinct_folded(publication_types),
        mesh_terms=_distinct_folded(mesh),
        keywords=tuple(dict.fromkeys(k for k in keywords if k)),
        languages=_distinct_folded(languages),
        other_abstracts=tuple(
            OtherAbstract(text=text, type=kind, language=language)
            for text, kind, language in others
            if text
        ),
        date_revised=_iso_date(revised),
        kind="article",
    )


def parse_pubmed_article(element: etree._Element) -> Article:
    """``<PubmedArticle>`` -> Article. Raises RecordError when there is no PMID.

    The compiled reader (``_fastxml``, when built) reads libxml2's tree directly; it hands
    anything unusual to the Python reader, and both feed the same ``assemble_article``.
    """
    fast = read_pubmed_article_fast
    raw = fast(element) if fast is not None else None
    return assemble_article(raw if raw is not None else read_pubmed_article_python(element))


def parse_book_article(element: etree._Element) -> Article:
    """``<PubmedBookArticle>`` (NCBI Bookshelf chapter or book) -> Article."""
    top = _index(element)
    document_node = _first(top, "BookDocument")
    document = _index(document_node)
    if not document:
        raise RecordError("PubmedBookArticle without BookDocument")
    pmid, version = _parse_pmid(document)
    book = _index(_first(document, "Book"))
    ids = _parse_article_ids(
        _first(_index(_first(top, "PubmedBookData")), "ArticleIdList"),
        _first(document, "ArticleIdList"),
    )
    book_title = _first(book, "BookTitle")
    revised = _first(document, "DateRevised")
    return Article(
        pmid=pmid,
        pmid_version=version,
        title=_parse_title(document, fallback=book_title),
        abstract=_parse_abstract(_first(document, "Abstract")),
        doi=_doi_of(ids, _first_doi_location(document)),
        pmcid=pmcid_from(ids),
        journal=_text_or_none(book_title),
        year=_year_of(_date_texts(_first(book, "PubDate")), _date_texts(revised)),
        authors=_parse_authors(_first(document, "AuthorList"), _first(book, "AuthorList")),
        publication_types=_distinct_folded(_raw_texts(document_node, _PUBLICATION_TYPES)),
        mesh_terms=(),
        keywords=_texts(_grandchildren(document, "KeywordList", "Keyword")),
        languages=_distinct_folded(_raw_texts(document_node, _LANGUAGES)),
        other_abstracts=_parse_other_abstracts(document),
        date_revised=_iso_date(_date_parts(revised)),
        kind="book",
    )


def parse_delete_citation(element: etree._Element) -> DeletedCitations:
    return DeletedCitations(pmids=_texts([node for node in element if node.tag == "PMID"]))


def parse_record(element: etree._Element, source: str) -> ParseEvent:
    """One record element -> one event; problems become a ``BadRecord``, never an exception."""
    tag = element.tag
    try:
        if tag == "PubmedArticle":
            return parse_pubmed_article(element)
        if tag == "PubmedBookArticle":
            return parse_book_article(element)
        if tag == "DeleteCitation":
            return parse_delete_citation(element)
    except RecordError as err:
        line = element.sourceline
        return BadRecord(
            source=source, reason=str(err), line=line if isinstance(line, int) else None
        )
    return SkippedRecord(source=source, kind=str(tag))


# --------------------------------------------------------------------------- streams and files


def _parser_kwargs() -> dict[str, object]:
    return {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "dtd_validation": False,
        "remove_comments": True,
        "remove_pis": True,
    }


def iter_stream(stream: IO[bytes] | str, source: str) -> Iterator[ParseEvent]:
    """Parse a PubMed XML byte stream (or a plain file's path: libxml2 then reads it itself,
    which is markedly faster); on a syntax error yield a BadRecord and stop."""
    context = etree.iterparse(stream, events=("end",), tag=RECORD_TAGS, **_parser_kwargs())
    try:
        for _event, element in context:
            yield parse_record(element, source)
            element.clear(keep_tail=True)
            parent = element.getparent()
            if parent is not None:
                while element.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as err:
        line = err.lineno if isinstance(err.lineno, int) else None
        yield BadRecord(source=source, reason=f"XML syntax error: {err.msg}", line=line)


def iter_records(
    opener: Callable[[], IO[bytes]], source: str, plain_path: Path | None = None
) -> Iterator[ParseEvent]:
    """Stream records; after a syntax error, recover the remaining good records one by one.

    ``opener`` returns a fresh binary stream each call, so recovery can re-read the input;
    ``plain_path`` (an uncompressed file) lets the first pass read the file directly.
    """
    seen_pmids: set[str] = set()
    failed = False
    with contextlib.ExitStack() as stack:
        first: IO[bytes] | str = str(plain_path) if plain_path else stack.enter_context(opener())
        for event in iter_stream(first, source):
            if isinstance(event, BadRecord) and event.reason.startswith("XML syntax error"):
                failed = True
            elif isinstance(event, Article) and event.pmid:
                seen_pmids.add(event.pmid)
            yield event
    if failed:
        with opener() as stream:
            yield from _recover(stream, source, seen_pmids)


def _split_blocks(buffer: bytes, final: bool) -> tuple[list[bytes], int]:
    """Record-sized blocks of ``buffer`` and how much of it they consumed.

    A record whose end tag is damaged ends where the next record starts, so one broken
    record never swallows the good one after it.
    """
    blocks: list[bytes] = []
    position = 0
    while True:
        start = _RECORD_START.search(buffer, position)
        if start is None:
            return blocks, len(buffer) if final else max(position, len(buffer) - 64)
        following = _RECORD_START.search(buffer, start.end())
        end = _RECORD_END.search(buffer, start.end())
        if end is not None and (following is None or end.start() < following.start()):
            blocks.append(buffer[start.start() : end.end()])
            position = end.end()
        elif following is not None:
            blocks.append(buffer[start.start() : following.start()])
            position = following.start()
        elif final or len(buffer) - start.start() > _MAX_RECORD_BYTES:
            blocks.append(buffer[start.start() :])
            return blocks, len(buffer)
        else:
            return blocks, start.start()


def _iter_blocks(stream: IO[bytes], chunk_size: int = 1 << 20) -> Iterator[bytes]:
    """Record-sized byte blocks found by their tags, reading the stream in chunks."""
    buffer = b""
    while True:
        chunk = stream.read(chunk_size)
        buffer += chunk
        blocks, consumed = _split_blocks(buffer, final=not chunk)
        yield from blocks
        buffer = buffer[consumed:]
        if not chunk:
            return


def _recover(stream: IO[bytes], source: str, seen_pmids: set[str]) -> Iterator[ParseEvent]:
    parser = etree.XMLParser(**_parser_kwargs())  # type: ignore[arg-type]
    for block in _iter_blocks(stream):
        pmid_match = _PMID_IN_BYTES.search(block)
        pmid = pmid_match.group(1).decode() if pmid_match else None
        if pmid and pmid in seen_pmids and not block.startswith(b"<DeleteCitation"):
            continue
        try:
            element = etree.fromstring(block, parser)
        except etree.XMLSyntaxError as err:
            yield BadRecord(source=source, reason=f"unparseable record: {err.msg}", pmid=pmid)
            continue
        event = parse_record(element, source)
        if isinstance(event, BadRecord) and pmid and event.pmid is None:
            event = BadRecord(source=source, reason=event.reason, pmid=pmid, line=event.line)
        yield event


def open_xml(path: Path) -> IO[bytes]:
    """Open ``.xml`` or ``.xml.gz`` (by magic bytes, not only by name)."""
    handle = path.open("rb")
    magic = handle.read(2)
    handle.seek(0)
    if magic == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=handle, mode="rb")  # type: ignore[return-value]
    return handle


def iter_file(path: Path) -> Iterator[ParseEvent]:
    """Every event of a PubMed XML file (``.xml`` or ``.xml.gz``)."""
    with path.open("rb") as handle:
        compressed = handle.read(2) == b"\x1f\x8b"
    return iter_records(
        lambda: open_xml(path), source=path.name, plain_path=None if compressed else path
    )


def parse_bytes(data: bytes, source: str = "<bytes>") -> list[ParseEvent]:
    """Every event of an in-memory PubMed XML document (e.g. an efetch reply)."""
    return list(iter_records(lambda: io.BytesIO(data), source=source))
