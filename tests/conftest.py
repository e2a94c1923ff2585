"""Shared fixtures. Tests run offline; those needing ../shared are skipped when it is absent."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from extract.config import EutilsSettings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CMNP_SHARED", ROOT.parent / "shared"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"

sys.path.insert(0, str(ROOT / "tests"))

from eutils_server import EutilsServer, FakePubMed  # noqa: E402


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "annotation-guide.md").exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


def make_fake(
    n: int, start: date = date(2020, 1, 1), span_days: int = 365, **kw: object
) -> FakePubMed:
    """``n`` records with PMIDs 30000001.. spread over ``span_days`` Entrez dates."""
    records = {30_000_001 + i: start + timedelta(days=i % span_days) for i in range(n)}
    return FakePubMed(records=records, **kw)  # type: ignore[arg-type]


@pytest.fixture
def fake_pubmed() -> Iterator[tuple[FakePubMed, str]]:
    fake = make_fake(450)
    with EutilsServer(fake) as url:
        yield fake, url


def fast_settings(url: str, **kw: object) -> EutilsSettings:
    """Client settings for tests: quick back-off, short timeout, generous rate."""
    values: dict[str, object] = {
        "base_url": url,
        "batch_size": 100,
        "timeout_s": 0.5,
        "max_retries": 4,
        "backoff_base_s": 0.01,
        "backoff_max_s": 0.1,
        "requests_per_second": 200.0,
    }
    values.update(kw)
    return EutilsSettings(**values)  # type: ignore[arg-type]
