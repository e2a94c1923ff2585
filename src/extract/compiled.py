"""Use the mypyc-compiled hot path only while it matches its source.

``setup.py`` compiles the extraction's hot path from the package's own ``.py`` files and
records each one's source hash in ``_compiled.json``. Python's import system prefers a
compiled module to its ``.py`` twin, so after an edit or a pull the old compiled rules would
run silently. On import of the package this checks the hashes: when any module no longer
matches, or a compiled module is missing, all of them load from source (compiled modules call
one another natively, so it is all or none) and a warning says how to rebuild.
``CMNP_PURE_PYTHON=1`` asks for the source on purpose (profiling, debugging, comparing).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

PURE_PYTHON_ENV = "CMNP_PURE_PYTHON"
MANIFEST_NAME = "_compiled.json"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CompiledState:
    """What the import system will load for the hot path, and why."""

    status: str  # "compiled", "absent" (never built), "stale", "incomplete", "disabled"
    modules: dict[str, Path]  # module name -> its .py source

    @property
    def use_compiled(self) -> bool:
        return self.status == "compiled"


def _compiled_file(source: Path) -> Path | None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        candidate = source.with_suffix(suffix)
        if candidate.exists():
            return candidate
    return None


def _compiled_twins(package_dir: Path) -> dict[str, Path]:
    """Every ``.py`` module of the package that has a compiled file beside it."""
    root = package_dir.parent
    return {
        ".".join(source.relative_to(root).with_suffix("").parts): source
        for source in sorted(package_dir.rglob("*.py"))
        if _compiled_file(source) is not None
    }


def compiled_state(package_dir: Path, environ: dict[str, str] | None = None) -> CompiledState:
    """Read the manifest beside the package and compare it with the sources there. Compiled
    files the manifest does not vouch for (no manifest, an unreadable one, a module it does
    not list) count as stale, so they never shadow their source."""
    twins = _compiled_twins(package_dir)
    manifest = package_dir / MANIFEST_NAME
    if not manifest.exists():
        return CompiledState("stale", twins) if twins else CompiledState("absent", {})
    try:
        hashes: dict[str, str] = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return CompiledState("stale", twins)
    root = package_dir.parent
    listed = {name: root / (name.replace(".", "/") + ".py") for name in hashes}
    modules = {**twins, **listed}
    if (environ if environ is not None else os.environ).get(PURE_PYTHON_ENV):
        return CompiledState("disabled", modules)
    if set(twins) - set(listed):
        return CompiledState("stale", modules)
    for name, source in listed.items():
        if not source.exists() or hashlib.sha256(source.read_bytes()).hexdigest() != hashes[name]:
            return CompiledState("stale", modules)
    if set(listed) - set(twins):
        return CompiledState("incomplete", modules)
    return CompiledState("compiled", modules)


class SourceOnlyFinder(importlib.abc.MetaPathFinder):
    """Finds the listed modules' ``.py`` files, ahead of their compiled twins."""

    def __init__(self, modules: dict[str, Path]) -> None:
        self.modules = modules

    def find_spec(
        self,
        fullname: str,
        path: object = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        source = self.modules.get(fullname)
        if source is None or not source.exists():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def load_sources_when_stale(package_dir: Path) -> CompiledState:
    """Called once by ``extract/__init__.py``, before any hot-path module is imported."""
    state = compiled_state(package_dir)
    if state.modules and not state.use_compiled:
        if not any(isinstance(f, SourceOnlyFinder) for f in sys.meta_path):
            sys.meta_path.insert(0, SourceOnlyFinder(state.modules))
        if state.status in {"stale", "incomplete"}:
            log.warning(
                "the compiled extraction modules are %s (%s): running the Python source, "
                "about 1.2x slower; `pip install -e .` rebuilds them",
                state.status,
                "a source changed since the build"
                if state.status == "stale"
                else "some failed to build",
            )
    return state
