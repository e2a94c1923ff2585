"""Property tests: the parser never crashes and never invents or loses good records."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.pubmed.synthetic import article_set_xml, synthetic_article_xml
from extract.pubmed.xml import element_text, parse_bytes
from extract.records import Article, BadRecord, DeletedCitations, SkippedRecord

DOCUMENT = article_set_xml([synthetic_article_xml(p) for p in (11, 12, 13)]).encode()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cut=st.integers(min_value=0, max_value=len(DOCUMENT)),
    insert=st.binary(max_size=20),
)
def test_mangled_documents_never_raise(cut: int, insert: bytes):
    mangled = DOCUMENT[:cut] + insert + DOCUMENT[cut:]
    events = parse_bytes(mangled, source="m.xml")
    for event in events:
        assert isinstance(event, Article | BadRecord | DeletedCitations | SkippedRecord)
    pmids = [e.pmid for e in events if isinstance(e, Article)]
    assert len(pmids) == len(set(pmids)), "no record is reported twice"
    assert set(pmids) <= {"11", "12", "13"}


@settings(max_examples=200, deadline=None)
@given(deleted=st.integers(min_value=0, max_value=len(DOCUMENT) - 1), length=st.integers(1, 50))
def test_records_untouched_by_damage_are_kept(deleted: int, length: int):
    mangled = DOCUMENT[:deleted] + DOCUMENT[deleted + length :]
    events = parse_bytes(mangled)
    starts = [DOCUMENT.index(f'<PMID Version="1">{p}</PMID>'.encode()) for p in (11, 12, 13)]
    record_spans = []
    for pmid, start in zip((11, 12, 13), starts, strict=True):
        begin = DOCUMENT.rindex(b"<PubmedArticle>", 0, start)
        end = DOCUMENT.index(b"</PubmedArticle>", start) + len(b"</PubmedArticle>")
        record_spans.append((str(pmid), begin, end))
    kept = {e.pmid for e in events if isinstance(e, Article)}
    for pmid, begin, end in record_spans:
        untouched = end <= deleted or begin >= deleted + length
        if untouched:
            assert pmid in kept, f"lost untouched record {pmid}"


text_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="<>&\x00")


@given(
    st.lists(
        st.tuples(st.sampled_from(["i", "b", "sub", "sup", "u"]), st.text(text_chars)), max_size=6
    ),
    st.text(text_chars),
)
def test_flattening_keeps_every_non_space_character(parts, tail):
    from lxml import etree

    def clean(s: str) -> str:
        return "".join(ch for ch in s if ch.isprintable() and not ch.isspace())

    try:
        xml = "<t>" + "".join(f"<{tag}>{text}</{tag}>x" for tag, text in parts) + tail + "</t>"
        element = etree.fromstring(xml.encode())
    except etree.XMLSyntaxError:
        return  # characters XML itself forbids
    expected = "".join(text + "x" for _, text in parts) + tail
    assert clean(element_text(element)) == clean(expected)
