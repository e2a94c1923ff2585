"""The E-utilities client against a real local HTTP server that answers like NCBI."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date

import pytest

from conftest import fast_settings, make_fake
from eutils_server import EutilsServer, Fault
from extract.pubmed.client import (
    DateWindow,
    EutilsClient,
    EutilsError,
    PubMedUnreachable,
    parse_eutils_date,
)
from extract.records import Article


def fetch_all(client: EutilsClient, term: str = "membrane coated", **kw: object) -> list[Article]:
    articles = []
    for batch in client.iter_fetch(term, **kw):  # type: ignore[arg-type]
        articles.extend(batch.articles)
    return articles


def test_fetches_every_record_once_in_batches(fake_pubmed):
    fake, url = fake_pubmed
    with EutilsClient(fast_settings(url)) as client:
        articles = fetch_all(client)
    pmids = [a.pmid for a in articles]
    assert len(pmids) == 450 == len(set(pmids))
    assert {int(p) for p in pmids} == set(fake.records)
    efetches = [r for r in fake.requests if r.endpoint == "efetch.fcgi"]
    assert [r.params["retmax"] for r in efetches] == ["100", "100", "100", "100", "50"]
    assert all(r.params["WebEnv"].startswith("MCID_") for r in efetches)


@pytest.mark.parametrize(
    "faults",
    [
        [Fault("429", "efetch.fcgi")],
        [Fault("500", "efetch.fcgi"), Fault("503", "efetch.fcgi")],
        [Fault("timeout", "efetch.fcgi", delay=1.0)],
        [Fault("truncate", "efetch.fcgi")],
        [Fault("error", "efetch.fcgi")],
        [Fault("json_error", "esearch.fcgi")],
        [Fault("empty", "efetch.fcgi")],
        [Fault("reset", "efetch.fcgi")],
        [Fault("truncate", "esearch.fcgi"), Fault("429"), Fault("reset"), Fault("error")],
    ],
    ids=[
        "429",
        "5xx",
        "timeout",
        "truncated",
        "error-payload",
        "json-error",
        "empty-body",
        "reset",
        "mixed",
    ],
)
def test_faults_are_retried_and_every_record_arrives_exactly_once(fake_pubmed, faults):
    fake, url = fake_pubmed
    fake.faults.extend(faults)
    with EutilsClient(fast_settings(url)) as client:
        articles = fetch_all(client)
    counts = Counter(a.pmid for a in articles)
    assert len(counts) == 450
    assert set(counts.values()) == {1}
    assert not fake.faults, "every injected fault was served"


def test_retry_after_header_is_honoured(fake_pubmed):
    fake, url = fake_pubmed
    fake.faults.append(Fault("429", "esearch.fcgi"))
    waits: list[float] = []
    with EutilsClient(
        fast_settings(url, backoff_base_s=5.0, backoff_max_s=10.0), sleep=waits.append
    ) as client:
        client.esearch("x")
    assert waits == [0.05]  # the server's Retry-After, not the 5 s back-off


def test_persistent_error_payload_gives_up_with_a_clear_error(fake_pubmed):
    fake, url = fake_pubmed
    fake.faults.extend(Fault("error", "efetch.fcgi") for _ in range(10))
    with (
        EutilsClient(fast_settings(url, max_retries=2)) as client,
        pytest.raises(EutilsError) as err,
    ):
        fetch_all(client)
    assert "efetch.fcgi failed after 3 attempts" in str(err.value)
    assert "Unable to obtain query" in str(err.value)


def test_zero_hits_fetches_nothing(fake_pubmed):
    fake, url = fake_pubmed
    with EutilsClient(fast_settings(url)) as client:
        assert fetch_all(client, term="nothing matches") == []
    assert [r.endpoint for r in fake.requests] == ["esearch.fcgi"]


def test_large_result_sets_are_split_into_date_windows():
    fake = make_fake(2_500, start=date(2021, 1, 1), span_days=300, history_cap=1_000)
    with (
        EutilsServer(fake) as url,
        EutilsClient(fast_settings(url, max_esearch_records=999, batch_size=250)) as client,
    ):
        windows = client.plan_windows("x", date(2021, 1, 1), date(2021, 12, 31))
        articles = fetch_all(client, mindate=date(2021, 1, 1), maxdate=date(2021, 12, 31))
    assert len(windows) >= 3
    assert all(w.count <= 999 for w in windows)
    assert sum(w.count for w in windows) == 2_500
    starts = sorted(w.window.start for w in windows if w.window)
    ends = sorted(w.window.end for w in windows if w.window)
    assert all(e < s for e, s in zip(ends, starts[1:], strict=False)), "windows do not overlap"
    assert Counter(a.pmid for a in articles).most_common(1)[0][1] == 1
    assert len(articles) == 2_500


def test_split_without_dates_covers_all_of_pubmed_history():
    fake = make_fake(1_500, start=date(1995, 6, 1), span_days=9000, history_cap=1_000)
    with (
        EutilsServer(fake) as url,
        EutilsClient(
            fast_settings(url, max_esearch_records=999), today=lambda: date(2026, 1, 1)
        ) as client,
    ):
        assert len(fetch_all(client)) == 1_500


def test_max_records_caps_the_fetch(fake_pubmed):
    _fake, url = fake_pubmed
    with EutilsClient(fast_settings(url)) as client:
        assert len(fetch_all(client, max_records=130)) == 130


def test_id_lists_are_posted_in_batches(fake_pubmed):
    fake, url = fake_pubmed
    ids = [str(p) for p in sorted(fake.records)[:250]]
    with EutilsClient(fast_settings(url)) as client:
        batches = list(client.efetch_ids(ids))
        posted = client.epost(ids)
    assert [len(b.articles) for b in batches] == [100, 100, 50]
    assert posted.webenv and posted.count == 250
    assert all(r.method == "POST" and r.query_string == "" for r in fake.requests)


def test_api_key_never_reaches_urls_logs_or_errors(fake_pubmed, caplog):
    fake, url = fake_pubmed
    secret = "SECRET-KEY-0123456789abcdef"
    fake.faults.extend(Fault("500") for _ in range(3))
    settings = fast_settings(url, api_key=secret, max_retries=1, email="me@example.org")
    caplog.set_level(logging.DEBUG)
    with EutilsClient(settings) as client:
        with pytest.raises(EutilsError) as err:
            client.esearch("x")
        client.esearch("x")
    assert secret not in str(err.value)
    assert secret not in caplog.text
    assert secret not in repr(settings)
    assert all(secret not in r.query_string for r in fake.requests)
    assert fake.requests[-1].params["api_key"] == secret
    assert fake.requests[-1].params["tool"] == "cmnp-extract"
    assert fake.requests[-1].params["email"] == "me@example.org"


def test_api_key_raises_the_default_rate():
    assert fast_settings("x", requests_per_second=None).rate == 3.0
    assert fast_settings("x", requests_per_second=None, api_key="k").rate == 10.0


def test_unreachable_host_fails_fast_with_its_own_error():
    settings = fast_settings("http://127.0.0.1:9/eutils/", max_retries=6)
    with EutilsClient(settings) as client, pytest.raises(PubMedUnreachable):
        client.esearch("x")
    assert client.requests_sent == 3


def test_client_error_status_is_not_retried(fake_pubmed):
    _fake, url = fake_pubmed
    with EutilsClient(fast_settings(url + "nowhere/")) as client, pytest.raises(EutilsError):
        client._request("bogus.fcgi", {}, lambda b: b)
    assert client.requests_sent == 1


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2020", False, date(2020, 1, 1)),
        ("2020", True, date(2020, 12, 31)),
        ("2020/02", True, date(2020, 2, 29)),
        ("2019/12", True, date(2019, 12, 31)),
        ("2021-03-04", False, date(2021, 3, 4)),
    ],
)
def test_eutils_dates(text, end, expected):
    assert parse_eutils_date(text, end=end) == expected


@pytest.mark.parametrize("text", ["", "yesterday", "2020/13", "2020/02/30"])
def test_bad_dates_are_rejected(text):
    with pytest.raises(ValueError, match="not a date"):
        parse_eutils_date(text, end=False)


def test_window_halves_cover_the_range_without_overlap():
    window = DateWindow(date(2020, 1, 1), date(2020, 1, 4))
    first, second = window.halves()
    assert (first.start, first.end, second.start, second.end) == (
        date(2020, 1, 1),
        date(2020, 1, 2),
        date(2020, 1, 3),
        date(2020, 1, 4),
    )
