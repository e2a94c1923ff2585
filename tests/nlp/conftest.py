from __future__ import annotations

import pytest

from extract.nlp.pipeline import build_nlp


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()
