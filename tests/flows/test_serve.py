"""A served deployment on a schedule: runs by itself, and the second run is incremental."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta

import pytest

from conftest import ROOT, make_fake
from eutils_server import EutilsServer

pytestmark = pytest.mark.slow


def finished_runs(db) -> list[tuple[str, dict]]:
    if not db.exists():
        return []
    try:
        with sqlite3.connect(db) as conn:
            rows = conn.execute(
                "SELECT status, counts FROM runs WHERE finished_at IS NOT NULL ORDER BY started_at"
            ).fetchall()
    except sqlite3.OperationalError:
        return []
    return [(status, json.loads(counts or "{}")) for status, counts in rows]


def test_served_deployment_runs_on_schedule_and_incrementally(tmp_path):
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    fake = make_fake(25, start=date.today() - timedelta(days=30), span_days=25)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "CMNP_"))}
    env.update(
        PREFECT_HOME=str(tmp_path / "prefect"),
        CMNP_MODELS=str(tmp_path / "models"),
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120",
    )
    with EutilsServer(fake) as url:
        env["CMNP_EUTILS_URL"] = url
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "extract",
                "serve",
                "--interval",
                "4",
                "--db",
                "db.sqlite",
                "--out",
                "out",
            ],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(tmp_path / "serve.log", "w"),  # noqa: SIM115
        )
        try:
            deadline = time.monotonic() + 240
            while time.monotonic() < deadline and len(finished_runs(tmp_path / "db.sqlite")) < 2:
                assert process.poll() is None, (tmp_path / "serve.log").read_text()[-2000:]
                time.sleep(1)
        finally:
            process.terminate()
            process.wait(timeout=60)
    runs = finished_runs(tmp_path / "db.sqlite")
    assert len(runs) >= 2, (tmp_path / "serve.log").read_text()[-3000:]
    (first_status, first), (second_status, second) = runs[:2]
    assert (first_status, second_status) == ("ok", "ok")
    assert first["added"] >= 25
    assert second["added"] == 0 and second["extracted"] == 0
    assert (tmp_path / "out" / "latest" / "evidence.csv").exists()
