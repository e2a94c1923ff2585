"""A real HTTP server on 127.0.0.1 that answers like NCBI E-utilities, with injectable faults.

It serves esearch (history server, Entrez-date windows, the 10,000-record cap), epost and efetch
(by WebEnv/query_key or by id list, GET or POST) from generated records, and can be told to
answer the next matching request with a fault: 429 with Retry-After, 500/503, a timeout, a body
cut mid-XML, an ``<ERROR>`` or ``{"error": ...}`` payload inside HTTP 200, an empty body, or a
reset connection.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from extract.pubmed.synthetic import article_set_xml, synthetic_article_xml

FAULTS = {"429", "500", "503", "timeout", "truncate", "error", "json_error", "empty", "reset"}


@dataclass
class Fault:
    kind: str
    endpoint: str = ""  # "" matches any endpoint
    delay: float = 2.0  # for "timeout"

    def __post_init__(self) -> None:
        if self.kind not in FAULTS:
            raise ValueError(f"unknown fault {self.kind!r}")


@dataclass
class RequestLog:
    method: str
    endpoint: str
    params: dict[str, str]
    query_string: str


@dataclass
class FakePubMed:
    """The server's data: PMID -> Entrez date, plus history sessions and queued faults."""

    records: dict[int, date]
    history_cap: int = 10_000
    faults: list[Fault] = field(default_factory=list)
    requests: list[RequestLog] = field(default_factory=list)
    sessions: dict[str, list[int]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _ids: Iterator[int] = field(default_factory=itertools.count)

    def next_fault(self, endpoint: str) -> Fault | None:
        with self.lock:
            for i, fault in enumerate(self.faults):
                if not fault.endpoint or fault.endpoint == endpoint:
                    return self.faults.pop(i)
        return None

    def search(self, params: dict[str, str]) -> list[int]:
        if "nothing" in params.get("term", ""):
            return []
        low = _date(params.get("mindate"), date.min)
        high = _date(params.get("maxdate"), date.max)
        # PubMed lists newest first; ties by PMID descending.
        hits = [p for p, d in self.records.items() if low <= d <= high]
        return sorted(hits, key=lambda p: (self.records[p], p), reverse=True)

    def new_session(self, pmids: list[int]) -> str:
        with self.lock:
            webenv = f"MCID_fake_{next(self._ids)}"
            self.sessions[webenv] = pmids[: self.history_cap]
        return webenv


def _date(text: str | None, default: date) -> date:
    if not text:
        return default
    year, month, day = (int(x) for x in text.split("/"))
    return date(year, month, day)


def _esearch_xml(count: int, ids: list[int], webenv: str | None, retstart: int) -> str:
    history = f"<QueryKey>1</QueryKey><WebEnv>{webenv}</WebEnv>" if webenv else ""
    id_list = "".join(f"<Id>{p}</Id>" for p in ids)
    return (
        '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD '
        'esearch 20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">'
        f"\n<eSearchResult><Count>{count}</Count><RetMax>{len(ids)}</RetMax>"
        f"<RetStart>{retstart}</RetStart>{history}<IdList>{id_list}</IdList>"
        "<TranslationSet/><QueryTranslation>fake</QueryTranslation></eSearchResult>\n"
    )


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, *_args: object) -> None:  # keep test output clean
        return

    def do_GET(self) -> None:
        self._handle("GET", urlparse(self.path).query)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self._handle("POST", self.rfile.read(length).decode())

    def _handle(self, method: str, form: str) -> None:
        url = urlparse(self.path)
        endpoint = url.path.rsplit("/", 1)[-1]
        params = {k: v[-1] for k, v in parse_qs(form).items()}
        fake = self.server.fake
        with fake.lock:
            fake.requests.append(RequestLog(method, endpoint, params, url.query))
        fault = fake.next_fault(endpoint)
        if fault is not None and self._inject(fault, endpoint, params):
            return
        status, body = self._answer(endpoint, params)
        self._send(status, body)

    def _answer(self, endpoint: str, params: dict[str, str]) -> tuple[int, bytes]:
        fake = self.server.fake
        if endpoint == "esearch.fcgi":
            hits = fake.search(params)
            retstart = int(params.get("retstart", 0))
            if retstart >= fake.history_cap:
                return 200, (
                    b"<eSearchResult><ERROR>Search Backend failed: cannot retrieve"
                    b" beyond the record limit</ERROR></eSearchResult>"
                )
            webenv = fake.new_session(hits) if params.get("usehistory") == "y" else None
            ids = hits[retstart : retstart + int(params.get("retmax", 20))]
            return 200, _esearch_xml(len(hits), ids, webenv, retstart).encode()
        if endpoint == "epost.fcgi":
            pmids = [int(p) for p in params.get("id", "").split(",") if p]
            webenv = fake.new_session(pmids)
            return 200, (
                f"<ePostResult><QueryKey>1</QueryKey><WebEnv>{webenv}</WebEnv></ePostResult>"
            ).encode()
        if endpoint == "efetch.fcgi":
            if "id" in params:
                pmids = [int(p) for p in params["id"].split(",") if p]
            else:
                session = fake.sessions.get(params.get("WebEnv", ""))
                if session is None:
                    return (
                        200,
                        b"<eFetchResult><ERROR>Cannot retrieve history data</ERROR></eFetchResult>",
                    )
                start = int(params.get("retstart", 0))
                pmids = session[start : start + int(params.get("retmax", 20))]
            if not pmids:
                return (
                    200,
                    b"<eFetchResult><ERROR>Empty result - nothing to do</ERROR></eFetchResult>",
                )
            body = article_set_xml(synthetic_article_xml(p, fake.records.get(p)) for p in pmids)
            return 200, body.encode()
        return 404, b"unknown endpoint"

    def _inject(self, fault: Fault, endpoint: str, params: dict[str, str]) -> bool:
        """Answer with ``fault``; returns False when the fault lets the real answer through."""
        kind = fault.kind
        if kind == "reset":
            self.close_connection = True
            self.connection.close()
            return True
        if kind == "timeout":
            time.sleep(fault.delay)
            return False
        if kind == "429":
            self._send(
                429,
                b'{"error":"API rate limit exceeded","count":"11"}',
                {"Retry-After": "0.05"},
                content_type="application/json",
            )
        elif kind in {"500", "503"}:
            self._send(
                int(kind),
                b"<html><body>Service unavailable</body></html>",
                content_type="text/html",
            )
        elif kind == "error":
            self._send(
                200, b"<eFetchResult><ERROR>Unable to obtain query #1</ERROR></eFetchResult>"
            )
        elif kind == "json_error":
            self._send(200, b'{"error":"API rate limit exceeded"}', content_type="application/json")
        elif kind == "empty":
            self._send(200, b"")
        elif kind == "truncate":
            _status, body = self._answer(endpoint, params)
            self._send(200, body[: max(1, len(body) // 2)])
        return True

    def _send(
        self,
        status: int,
        body: bytes,
        headers: dict[str, str] | None = None,
        content_type: str = "text/xml; charset=UTF-8",
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakePubMed


class EutilsServer:
    """Context manager: ``with EutilsServer(fake) as url: ...``."""

    def __init__(self, fake: FakePubMed) -> None:
        self.fake = fake
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = fake
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/entrez/eutils/"

    def __enter__(self) -> str:
        self._thread.start()
        return self.url

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
