"""One Prefect test harness for the flow tests, with PREFECT_HOME in a temporary folder.

Scoped to this package, not the session: the temporary server stops once the flow tests are
done instead of running beside every later test (Prefect's client code draws retry jitter from
the global ``random`` state, which Hypothesis tests check is left alone while they generate).
"""

from __future__ import annotations

import os
import tempfile

import pytest


@pytest.fixture(scope="package", autouse=True)
def prefect_harness():
    home = tempfile.mkdtemp(prefix="prefect-home-")
    os.environ["PREFECT_HOME"] = home
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
