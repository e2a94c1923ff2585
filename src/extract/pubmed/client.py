"""NCBI E-utilities client: esearch (history server, date windows), epost and batched efetch.

The only network I/O of the project. Every request:
- waits for the shared ``RateLimiter`` (3 req/s, 10 with an API key, across threads);
- is sent as a form POST, which NCBI accepts on every E-utility; parameters (the API key among
  them) therefore never appear in a URL, a log line or an error message;
- is retried with exponential back-off on 429 (honouring ``Retry-After``), 5xx, timeouts,
  connection resets, error payloads inside HTTP 200 (``<ERROR>``, ``{"error": ...}``) and
  truncated or malformed XML. A batch is handed on only once it parsed completely.

ESearch returns at most the first 10,000 PMIDs of a query, so larger result sets are split into
Entrez-date windows (halving the date range) until every window fits.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

import httpx
from lxml import etree

from extract.config import EutilsSettings
from extract.pubmed.ratelimit import RateLimiter
from extract.pubmed.xml import element_text, parse_record
from extract.records import Article, ParseEvent

log = logging.getLogger(__name__)
T = TypeVar("T")

EARLIEST_PUBMED_DATE = date(1781, 1, 1)


class EutilsError(RuntimeError):
    """E-utilities failed for good (bad request, or retries exhausted). Message is key-free."""


class PubMedUnreachable(EutilsError):
    """The E-utilities host cannot be connected to at all (offline, DNS, firewall)."""


class _Transient(Exception):
    """A failure worth retrying; ``retry_after`` comes from the server when it said so."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class DateWindow:
    start: date
    end: date

    def __str__(self) -> str:
        return f"{self.start:%Y/%m/%d}-{self.end:%Y/%m/%d}"

    def halves(self) -> tuple[DateWindow, DateWindow]:
        middle = self.start + (self.end - self.start) // 2
        return DateWindow(self.start, middle), DateWindow(middle + timedelta(days=1), self.end)


@dataclass(frozen=True)
class SearchResult:
    count: int
    webenv: str | None
    query_key: str | None
    ids: tuple[str, ...] = ()
    window: DateWindow | None = None


@dataclass(frozen=True)
class FetchedBatch:
    """One efetch reply, fully parsed: the unit that is stored (never a partial one)."""

    events: tuple[ParseEvent, ...]
    window: DateWindow | None
    retstart: int
    expected: int

    @property
    def articles(self) -> list[Article]:
        return [e for e in self.events if isinstance(e, Article)]


def parse_eutils_date(text: str, *, end: bool) -> date:
    """``YYYY``, ``YYYY/MM`` or ``YYYY/MM/DD`` (also with ``-``); ``end`` picks the last day."""
    parts = [p for p in text.replace("-", "/").split("/") if p]
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            return date(numbers[0], 12, 31) if end else date(numbers[0], 1, 1)
        if len(numbers) == 2:
            year, month = numbers
            if not end:
                return date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            return following - timedelta(days=1)
        if len(numbers) == 3:
            return date(*numbers)
    except ValueError:
        pass
    raise ValueError(f"not a date: {text!r} (use YYYY, YYYY/MM or YYYY/MM/DD)")


class EutilsClient:
    """E-utilities over an injected ``httpx.Client``; see the module docstring."""

    def __init__(
        self,
        settings: EutilsSettings,
        http: httpx.Client | None = None,
        limiter: RateLimiter | None = None,
        sleep: Callable[[float], None] = time.sleep,
        today: Callable[[], date] = date.today,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self._http = http or httpx.Client(timeout=settings.timeout_s)
        self._owns_http = http is None
        self._limiter = limiter or RateLimiter(settings.rate)
        self._sleep = sleep
        self._today = today
        self._rng = rng or random.Random(0)
        self.requests_sent = 0

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> EutilsClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transport

    def _common_params(self) -> dict[str, str]:
        params = {"tool": self.settings.tool}
        if self.settings.email:
            params["email"] = self.settings.email
        if self.settings.api_key:
            params["api_key"] = self.settings.api_key
        return params

    def _url(self, endpoint: str) -> str:
        return self.settings.base_url.rstrip("/") + "/" + endpoint

    def _request(self, endpoint: str, params: dict[str, str], parse: Callable[[bytes], T]) -> T:
        data = {**self._common_params(), **params}
        attempts = self.settings.max_retries + 1
        last_problem = "no attempt made"
        connect_failures = 0
        for attempt in range(attempts):
            self._limiter.acquire()
            self.requests_sent += 1
            try:
                response = self._http.post(self._url(endpoint), data=data)
                body = self._check_status(response)
                return parse(body)
            except _Transient as problem:
                last_problem = str(problem)
                delay = problem.retry_after
            except httpx.ConnectError as err:
                connect_failures += 1
                if connect_failures > 2:
                    raise PubMedUnreachable(
                        f"cannot connect to {self.settings.base_url} ({type(err).__name__})"
                    ) from None
                last_problem = "cannot connect"
                delay = None
            except httpx.TimeoutException:
                last_problem = "timed out"
                delay = None
            except httpx.TransportError as err:
                last_problem = f"connection problem ({type(err).__name__})"
                delay = None
            if attempt + 1 == attempts:
                break
            wait = self._backoff(attempt, delay)
            log.warning(
                "%s: %s; retry %d/%d in %.1fs",
                endpoint,
                last_problem,
                attempt + 1,
                attempts - 1,
                wait,
            )
            self._sleep(wait)
        raise EutilsError(f"{endpoint} failed after {attempts} attempts: {last_problem}")

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.settings.backoff_max_s)
        ceiling = min(self.settings.backoff_max_s, self.settings.backoff_base_s * 2.0**attempt)
        return ceiling * (0.5 + 0.5 * self._rng.random())

    @staticmethod
    def _check_status(response: httpx.Response) -> bytes:
        status = response.status_code
        if status == 429:
            raise _Transient("HTTP 429 (rate limited)", _retry_after(response))
        if status >= 500:
            raise _Transient(f"HTTP {status}", _retry_after(response))
        if status >= 400:
            snippet = response.text[:200].strip().replace("\n", " ")
            raise EutilsError(f"HTTP {status} from E-utilities: {snippet}")
        body = response.content
        if body.lstrip()[:1] == b"{" and b'"error"' in body[:2000]:
            raise _Transient(f"error payload: {body[:200].decode('utf-8', 'replace')}")
        return body

    # ------------------------------------------------------------------ esearch / epost

    def esearch(
        self,
        term: str,
        window: DateWindow | None = None,
        retmax: int = 0,
        usehistory: bool = True,
    ) -> SearchResult:
        params = {"db": "pubmed", "term": term, "retmax": str(retmax), "retmode": "xml"}
        if usehistory:
            params["usehistory"] = "y"
        if window is not None:
            params.update(
                datetype="edat",
                mindate=f"{window.start:%Y/%m/%d}",
                maxdate=f"{window.end:%Y/%m/%d}",
            )
        return self._request("esearch.fcgi", params, lambda b: _parse_search_reply(b, window))

    def epost(self, ids: Sequence[str]) -> SearchResult:
        """Put PMIDs on the history server (a long list travels in the POST body)."""
        reply = self._request(
            "epost.fcgi",
            {"db": "pubmed", "id": ",".join(ids)},
            lambda b: _parse_search_reply(b, None),
        )
        return SearchResult(count=len(ids), webenv=reply.webenv, query_key=reply.query_key)

    def plan_windows(
        self, term: str, mindate: date | None = None, maxdate: date | None = None
    ) -> list[SearchResult]:
        """History-server searches that together cover the query, each within ESearch's limit."""
        limit = self.settings.max_esearch_records
        whole = None
        if mindate is not None or maxdate is not None:
            whole = DateWindow(mindate or EARLIEST_PUBMED_DATE, maxdate or self._today())
        first = self.esearch(term, whole)
        if first.count <= limit:
            return [first] if first.count else []
        pending = [whole or DateWindow(EARLIEST_PUBMED_DATE, self._today())]
        planned: list[SearchResult] = []
        while pending:
            window = pending.pop(0)
            if window.start > window.end:
                continue
            result = self.esearch(term, window)
            if result.count <= limit:
                if result.count:
                    planned.append(result)
            elif window.start == window.end:
                log.warning(
                    "%d records share the Entrez date %s; only the first %d can be fetched",
                    result.count,
                    window,
                    limit,
                )
                planned.append(result)
            else:
                pending[:0] = list(window.halves())
        log.info("query split into %d date windows (%d records)", len(planned), first.count)
        return planned

    # ------------------------------------------------------------------ efetch

    def efetch_history(self, search: SearchResult, retstart: int, retmax: int) -> FetchedBatch:
        if not search.webenv or not search.query_key:
            raise EutilsError("efetch from history needs a WebEnv and query_key (usehistory=y)")
        params = {
            "db": "pubmed",
            "WebEnv": search.webenv,
            "query_key": search.query_key,
            "retstart": str(retstart),
            "retmax": str(retmax),
            "retmode": "xml",
        }
        expected = max(0, min(retmax, search.count - retstart))
        events = self._request("efetch.fcgi", params, _parse_fetch_reply)
        return FetchedBatch(
            events=events, window=search.window, retstart=retstart, expected=expected
        )

    def efetch_ids(self, ids: Sequence[str]) -> Iterator[FetchedBatch]:
        """Fetch known PMIDs in batches (IDs in the POST body, so lists of any length work)."""
        size = self.settings.batch_size
        for start in range(0, len(ids), size):
            chunk = ids[start : start + size]
            params = {"db": "pubmed", "id": ",".join(chunk), "retmode": "xml"}
            events = self._request("efetch.fcgi", params, _parse_fetch_reply)
            yield FetchedBatch(events=events, window=None, retstart=start, expected=len(chunk))

    def iter_fetch(
        self,
        term: str,
        mindate: date | None = None,
        maxdate: date | None = None,
        max_records: int | None = None,
        on_plan: Callable[[int], None] | None = None,
    ) -> Iterator[FetchedBatch]:
        """Every record of a query once, batch by batch, window by window."""
        windows = self.plan_windows(term, mindate, maxdate)
        total = sum(min(w.count, self.settings.max_esearch_records) for w in windows)
        if max_records is not None:
            total = min(total, max_records)
        if on_plan is not None:
            on_plan(total)
        remaining = total
        size = self.settings.batch_size
        for window in windows:
            available = min(window.count, self.settings.max_esearch_records)
            for retstart in range(0, available, size):
                if remaining <= 0:
                    return
                retmax = min(size, remaining, available - retstart)
                batch = self.efetch_history(window, retstart, retmax)
                if len(batch.events) < batch.expected:
                    log.warning(
                        "window %s offset %d: %d records returned, %d expected",
                        window.window,
                        retstart,
                        len(batch.events),
                        batch.expected,
                    )
                remaining -= retmax
                yield batch


# ---------------------------------------------------------------------- reply parsing


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )


def _parse_xml_reply(body: bytes) -> etree._Element:
    if not body.strip():
        raise _Transient("empty reply body")
    try:
        root = etree.fromstring(body, _safe_parser())
    except etree.XMLSyntaxError as err:
        raise _Transient(f"truncated or malformed XML ({err.msg})") from None
    error = root if root.tag == "ERROR" else root.find("ERROR")
    if error is not None:
        message = element_text(error) or "unspecified error"
        raise _Transient(f"<ERROR> payload: {message[:200]}")
    return root


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _parse_search_reply(body: bytes, window: DateWindow | None) -> SearchResult:
    root = _parse_xml_reply(body)
    if root.tag not in {"eSearchResult", "ePostResult"}:
        raise _Transient(f"unexpected reply root <{root.tag}>")
    count_text = (root.findtext("Count") or "").strip()
    if root.tag == "eSearchResult" and not count_text.isdigit():
        raise _Transient("esearch reply without a Count")
    return SearchResult(
        count=int(count_text) if count_text.isdigit() else 0,
        webenv=(root.findtext("WebEnv") or "").strip() or None,
        query_key=(root.findtext("QueryKey") or "").strip() or None,
        ids=tuple((node.text or "").strip() for node in root.iterfind("IdList/Id")),
        window=window,
    )


def _parse_fetch_reply(body: bytes) -> tuple[ParseEvent, ...]:
    root = _parse_xml_reply(body)
    if root.tag != "PubmedArticleSet":
        raise _Transient(f"unexpected efetch root <{root.tag}>")
    events: list[ParseEvent] = []
    for element in root:
        if isinstance(element.tag, str):
            events.append(parse_record(element, source="efetch"))
    return tuple(events)
