"""The mypyc-compiled hot path: used only while it matches its source, and it decides
exactly what the Python source decides.

The parity and rebuild tests need the compiled build (`pip install -e .` with a C compiler;
CI has one) and skip without it; the rest runs everywhere."""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import extract
from extract.compiled import (
    MANIFEST_NAME,
    PURE_PYTHON_ENV,
    SourceOnlyFinder,
    compiled_state,
)

PACKAGE_DIR = Path(extract.__file__).resolve().parent
WRITTEN_ABSTRACTS = Path(__file__).parent / "fixtures" / "labelled_abstracts.jsonl"
needs_compiled = pytest.mark.skipif(
    not extract.COMPILED.use_compiled,
    reason=f"the compiled hot path is not in use here ({extract.COMPILED.status})",
)
EXTENSION = importlib.machinery.EXTENSION_SUFFIXES[0]


def _package(tmp_path: Path, compiled: bool, sources: dict[str, str]) -> Path:
    """A package ``pkgx`` with modules, a manifest of their hashes and, optionally, files
    standing for their compiled twins."""
    package = tmp_path / "pkgx"
    package.mkdir()
    (package / "__init__.py").write_text("")
    hashes = {}
    for name, body in sources.items():
        (package / f"{name}.py").write_text(body)
        hashes[f"pkgx.{name}"] = hashlib.sha256(body.encode()).hexdigest()
        if compiled:
            (package / f"{name}{EXTENSION}").write_bytes(b"not a shared object")
    (package / MANIFEST_NAME).write_text(json.dumps(hashes))
    return package


def test_no_manifest_means_nothing_was_compiled(tmp_path):
    (tmp_path / "pkgx").mkdir()
    assert compiled_state(tmp_path / "pkgx", environ={}).status == "absent"


def test_matching_sources_with_their_compiled_twins_use_them(tmp_path):
    package = _package(tmp_path, compiled=True, sources={"rules": "X = 1\n", "more": "Y = 2\n"})
    state = compiled_state(package, environ={})
    assert state.status == "compiled" and state.use_compiled
    assert state.modules == {
        "pkgx.rules": package / "rules.py",
        "pkgx.more": package / "more.py",
    }


def test_an_edited_source_makes_the_build_stale(tmp_path):
    package = _package(tmp_path, compiled=True, sources={"rules": "X = 1\n", "more": "Y = 2\n"})
    (package / "more.py").write_text("Y = 3\n")
    state = compiled_state(package, environ={})
    assert state.status == "stale" and not state.use_compiled
    assert set(state.modules) == {"pkgx.rules", "pkgx.more"}  # all of them load from source


def test_a_missing_compiled_module_makes_the_build_incomplete(tmp_path):
    package = _package(tmp_path, compiled=True, sources={"rules": "X = 1\n", "more": "Y = 2\n"})
    (package / f"more{EXTENSION}").unlink()
    assert compiled_state(package, environ={}).status == "incomplete"


def test_compiled_files_no_manifest_vouches_for_are_stale(tmp_path):
    package = _package(tmp_path, compiled=True, sources={"rules": "X = 1\n", "more": "Y = 2\n"})
    (package / MANIFEST_NAME).write_text(json.dumps({}))  # built by something else
    assert compiled_state(package, environ={}).status == "stale"
    (package / MANIFEST_NAME).unlink()
    state = compiled_state(package, environ={})
    assert state.status == "stale" and set(state.modules) == {"pkgx.rules", "pkgx.more"}


def test_the_environment_can_ask_for_the_source(tmp_path):
    package = _package(tmp_path, compiled=True, sources={"rules": "X = 1\n"})
    assert compiled_state(package, environ={PURE_PYTHON_ENV: "1"}).status == "disabled"


def test_an_unreadable_manifest_is_stale_not_a_crash(tmp_path):
    package = _package(tmp_path, compiled=True, sources={"rules": "X = 1\n"})
    (package / MANIFEST_NAME).write_text("{not json")
    state = compiled_state(package, environ={})
    assert state.status == "stale" and set(state.modules) == {"pkgx.rules"}


def test_the_finder_loads_the_source_ahead_of_a_compiled_twin(tmp_path):
    package = _package(tmp_path, compiled=True, sources={"rules": "X = 'from source'\n"})
    sys.path.insert(0, str(tmp_path))
    try:
        with pytest.raises(ImportError):  # the import system prefers the (broken) twin
            importlib.import_module("pkgx.rules")
        sys.modules.pop("pkgx.rules", None)
        finder = SourceOnlyFinder({"pkgx.rules": package / "rules.py"})
        sys.meta_path.insert(0, finder)
        try:
            assert importlib.import_module("pkgx.rules").X == "from source"
        finally:
            sys.meta_path.remove(finder)
    finally:
        sys.path.remove(str(tmp_path))
        for name in ("pkgx", "pkgx.rules"):
            sys.modules.pop(name, None)


EXTRACT_ALL = """
import json, sys
import extract
from extract.extraction import extract_articles
from extract.nlp import roles
from extract.nlp.pipeline import build_nlp
from extract.records import Article
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
articles = [
    Article(pmid=str(i + 1), title=r["title"], abstract=r["abstract"]) for i, r in enumerate(rows)
]
print(json.dumps({"status": extract.COMPILED.status, "roles": roles.__file__}))
for article, extraction in extract_articles(build_nlp(), articles):
    print(json.dumps(extraction.to_record(article), sort_keys=True))
"""


def _extract_in_child(path: Path, environ: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    out = subprocess.run(
        [sys.executable, "-c", EXTRACT_ALL, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=environ,
        timeout=600,
    )
    first, *records = out.stdout.splitlines()
    return json.loads(first), records


@needs_compiled
def test_compiled_and_source_decide_the_same_on_every_written_abstract():
    """Labels, evidence offsets, rules, confidences and outcomes, record by record."""
    source_env = {**os.environ, PURE_PYTHON_ENV: "1"}
    compiled_env = {k: v for k, v in os.environ.items() if k != PURE_PYTHON_ENV}
    source_info, from_source = _extract_in_child(WRITTEN_ABSTRACTS, source_env)
    compiled_info, from_compiled = _extract_in_child(WRITTEN_ABSTRACTS, compiled_env)
    assert source_info["roles"].endswith(".py")
    assert compiled_info["status"] == "compiled" and not compiled_info["roles"].endswith(".py")
    assert len(from_compiled) == len(from_source) == sum(1 for _ in WRITTEN_ABSTRACTS.open())
    pairs = zip(from_source, from_compiled, strict=True)
    assert [i for i, (source, compiled) in enumerate(pairs) if source != compiled] == []


@needs_compiled
def test_an_edit_after_the_build_runs_the_source_and_says_so(tmp_path):
    copy = tmp_path / "extract"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    roles = copy / "nlp" / "roles.py"
    roles.write_text(roles.read_text() + "\nEDITED_AFTER_THE_BUILD = True\n")
    probe = (
        "import extract, extract.nlp.roles as r, extract.outcomes as o; "
        "print(extract.COMPILED.status, r.EDITED_AFTER_THE_BUILD, o.__file__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        cwd=tmp_path,
    )
    status, edited, outcomes_file = out.stdout.split()
    assert (status, edited) == ("stale", "True")
    assert outcomes_file == str(copy / "outcomes.py")  # all or none: untouched ones too
    assert "pip install -e ." in out.stderr
