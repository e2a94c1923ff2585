# cython: language_level=3, boundscheck=False, wraparound=False
"""C-level reader of a ``<PubmedArticle>`` element's raw fields: the parser's hot path.

It walks libxml2's tree under an lxml element directly instead of making a Python proxy
object per element (most of the pure-Python reader's cost). It returns exactly what
``extract.pubmed.xml.read_pubmed_article`` returns, and ``None`` whenever a record holds
anything unusual (entity references, CDATA, a missing PMID...): the Python reader then
decides, so both paths always agree (a test compares them on every fixture).
"""

import re

from libc.string cimport strcmp
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport _Element, import_lxml__etree
from lxml.includes.tree cimport xmlAttr, xmlNode

import_lxml__etree()

cdef bytes _MATHML = b"http://www.w3.org/1998/Math/MathML"
_XML_SPACE = re.compile(r"[ \t\n\r]+")


class Unusual(Exception):
    """Something this reader leaves to the Python one."""


cdef inline str _s(const tree.xmlChar* value):
    if value is NULL:
        return ""
    return (<const char*>value).decode("utf-8")


cdef inline bint _is(xmlNode* node, const char* name):
    return (
        node.type == tree.XML_ELEMENT_NODE
        and node.ns is NULL
        and strcmp(<const char*>node.name, name) == 0
    )


cdef inline void _check(xmlNode* node) except *:
    if node.type != tree.XML_ELEMENT_NODE and node.type != tree.XML_TEXT_NODE:
        raise Unusual()


cdef xmlNode* _child(xmlNode* parent, const char* name) except? NULL:
    cdef xmlNode* node
    if parent is NULL:
        return NULL
    node = parent.children
    while node is not NULL:
        _check(node)
        if _is(node, name):
            return node
        node = node.next
    return NULL


cdef object _attr(xmlNode* node, const char* name):
    cdef xmlAttr* attr = node.properties
    while attr is not NULL:
        if attr.ns is NULL and strcmp(<const char*>attr.name, name) == 0:
            if attr.children is NULL:
                return ""
            if attr.children.type != tree.XML_TEXT_NODE or attr.children.next is not NULL:
                raise Unusual()
            return _s(attr.children.content)
        attr = attr.next
    return None


cdef str _fold(str text):
    if "\n" in text or "\t" in text or "\r" in text or "  " in text:
        return _XML_SPACE.sub(" ", text).strip()
    return text.strip()


cdef bint _has_element_child(xmlNode* node) except -1:
    cdef xmlNode* child = node.children
    while child is not NULL:
        _check(child)
        if child.type == tree.XML_ELEMENT_NODE:
            return True
        child = child.next
    return False


cdef object _leading_text(xmlNode* node):
    """lxml's ``element.text``: the text nodes before the first child element, or None."""
    cdef xmlNode* child = node.children
    cdef list parts = []
    while child is not NULL and child.type == tree.XML_TEXT_NODE:
        parts.append(_s(child.content))
        child = child.next
    if not parts:
        return None
    return "".join(parts)


cdef bint _is_math(xmlNode* node):
    return node.ns is not NULL and node.ns.href is not NULL and (
        <bytes>(<const char*>node.ns.href) == _MATHML
    )


cdef void _collect(xmlNode* node, list parts, bint in_math) except *:
    cdef bint math = in_math or _is_math(node)
    cdef bint mtext = (<bytes>(<const char*>node.name)).endswith(b"mtext")
    cdef xmlNode* child = node.children
    cdef list run = []
    cdef bint leading = True
    cdef str text
    while True:
        if child is not NULL and child.type == tree.XML_TEXT_NODE:
            run.append(_s(child.content))
            child = child.next
            continue
        if run:
            text = "".join(run)
            if leading:
                if not (math and text.isspace() and not mtext):
                    parts.append(text)
            elif not (math and text.isspace()):
                parts.append(text)
            run = []
        if child is NULL:
            return
        _check(child)
        leading = False
        _collect(child, parts, math)
        child = child.next


cdef str _element_text(xmlNode* node):
    cdef list parts
    cdef object text
    if node is NULL:
        return ""
    if not _has_element_child(node):
        text = _leading_text(node)
        return _fold(text) if text else ""
    parts = []
    _collect(node, parts, False)
    return _fold("".join(parts))


cdef str _abstract(xmlNode* abstract):
    cdef xmlNode* part
    cdef list sections = []
    cdef str text
    cdef object label
    if abstract is NULL:
        return ""
    part = abstract.children
    while part is not NULL:
        _check(part)
        if _is(part, b"AbstractText"):
            text = _element_text(part)
            label = _attr(part, b"Label")
            label = (label or "").strip()
            if label:
                sections.append(f"{label}: {text}" if text else f"{label}:")
            elif text:
                sections.append(text)
        part = part.next
    return "\n".join(sections)


cdef object _date_texts(xmlNode* date):
    """(``findtext("Year")``, ``findtext("MedlineDate")``) of a date element, or None."""
    cdef xmlNode* year
    cdef xmlNode* medline
    if date is NULL:
        return None
    year = _child(date, b"Year")
    medline = _child(date, b"MedlineDate")
    return (
        (_leading_text(year) or "") if year is not NULL else None,
        (_leading_text(medline) or "") if medline is not NULL else None,
    )


cdef list _direct_texts(xmlNode* node, list found):
    cdef xmlNode* child = node.children
    while child is not NULL:
        _check(child)
        if child.type == tree.XML_TEXT_NODE:
            found.append(_s(child.content))
        child = child.next
    return found


cdef list _authors(xmlNode* author_list):
    cdef list authors = []
    cdef xmlNode* author
    cdef xmlNode* field
    cdef list values
    cdef object text
    cdef int slot
    if author_list is NULL:
        return authors
    author = author_list.children
    while author is not NULL:
        _check(author)
        if _is(author, b"Author"):
            values = [None, None, None, None]
            field = author.children
            while field is not NULL:
                _check(field)
                slot = -1
                if _is(field, b"LastName"):
                    slot = 0
                elif _is(field, b"ForeName"):
                    slot = 1
                elif _is(field, b"Initials"):
                    slot = 2
                elif _is(field, b"CollectiveName"):
                    slot = 3
                if slot >= 0:
                    if _has_element_child(field):
                        text = _element_text(field)
                    else:
                        text = _leading_text(field)
                    if text:
                        text = text.strip() if "\n" not in text else _fold(text)
                    values[slot] = text or None
                field = field.next
            authors.append(tuple(values))
        author = author.next
    return authors


def read_pubmed_article(_Element element):
    """Raw fields of a ``<PubmedArticle>`` (see the Python reader), or None."""
    cdef xmlNode* root = element._c_node
    cdef xmlNode* citation
    cdef xmlNode* pmid
    cdef xmlNode* article
    cdef xmlNode* journal
    cdef xmlNode* issue
    cdef xmlNode* node
    cdef xmlNode* inner
    cdef xmlNode* descriptor
    cdef xmlNode* pubmed_data
    cdef xmlNode* id_list
    cdef xmlNode* revised
    cdef dict ids = {}
    cdef object elocation_doi = None
    cdef list publication_types = []
    cdef list mesh = []
    cdef list keywords = []
    cdef list languages = []
    cdef list others = []
    cdef object date_revised = None
    cdef object id_type
    cdef str value
    try:
        citation = _child(root, b"MedlineCitation")
        if citation is NULL:
            return None
        pmid = _child(citation, b"PMID")
        if pmid is NULL:
            return None
        article = _child(citation, b"Article")
        journal = _child(article, b"Journal")
        issue = _child(journal, b"JournalIssue")
        pubmed_data = _child(root, b"PubmedData")
        id_list = _child(pubmed_data, b"ArticleIdList")
        if id_list is not NULL:
            node = id_list.children
            while node is not NULL:
                _check(node)
                if node.type == tree.XML_ELEMENT_NODE:
                    id_type = (_attr(node, b"IdType") or "").lower()
                    value = _element_text(node)
                    if id_type and value and id_type not in ids:
                        ids[id_type] = value
                node = node.next
        if article is not NULL:
            node = article.children
            while node is not NULL:
                _check(node)
                if elocation_doi is None and _is(node, b"ELocationID"):
                    if (_attr(node, b"EIdType") or "").lower() == "doi":
                        elocation_doi = _element_text(node)
                elif _is(node, b"PublicationTypeList"):
                    inner = node.children
                    while inner is not NULL:
                        _check(inner)
                        if _is(inner, b"PublicationType"):
                            _direct_texts(inner, publication_types)
                        inner = inner.next
                elif _is(node, b"PublicationType"):
                    _direct_texts(node, publication_types)
                elif _is(node, b"Language"):
                    _direct_texts(node, languages)
                node = node.next
        node = citation.children
        while node is not NULL:
            _check(node)
            if _is(node, b"MeshHeadingList"):
                inner = node.children
                while inner is not NULL:
                    _check(inner)
                    if _is(inner, b"MeshHeading"):
                        descriptor = inner.children
                        while descriptor is not NULL:
                            _check(descriptor)
                            if _is(descriptor, b"DescriptorName"):
                                _direct_texts(descriptor, mesh)
                            descriptor = descriptor.next
                    inner = inner.next
            elif _is(node, b"KeywordList"):
                inner = node.children
                while inner is not NULL:
                    _check(inner)
                    if _is(inner, b"Keyword"):
                        keywords.append(_element_text(inner))
                    inner = inner.next
            elif _is(node, b"OtherAbstract"):
                others.append(
                    (_abstract(node), _attr(node, b"Type"), _attr(node, b"Language"))
                )
            node = node.next
        revised = _child(citation, b"DateRevised")
        if revised is not NULL:
            date_revised = {}
            node = revised.children
            while node is not NULL:
                _check(node)
                if node.type == tree.XML_ELEMENT_NODE:
                    if node.ns is not NULL:
                        raise Unusual()
                    date_revised[_s(node.name)] = (_leading_text(node) or "").strip()
                node = node.next
        return (
            _element_text(pmid),
            _attr(pmid, b"Version"),
            _element_text(_child(article, b"ArticleTitle")),
            _element_text(_child(article, b"VernacularTitle")),
            _abstract(_child(article, b"Abstract")),
            ids,
            elocation_doi,
            _element_text(_child(journal, b"Title")),
            _date_texts(_child(issue, b"PubDate")),
            _date_texts(_child(article, b"ArticleDate")),
            _authors(_child(article, b"AuthorList")),
            publication_types,
            mesh,
            keywords,
            languages,
            others,
            date_revised,
        )
    except Unusual:
        return None
