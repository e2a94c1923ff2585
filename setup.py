"""Builds the optional compiled parts; everything else is in pyproject.toml.

- The PubMed reader's fast path (Cython, ``extract.pubmed._fastxml``).
- The extraction hot path compiled with mypyc from the very same ``.py`` files (the role
  rules, the matcher, outcomes...): about 1.2x the throughput. Each module's source hash goes
  into ``src/extract/_compiled.json``; ``extract.compiled`` runs the ``.py`` files instead
  whenever one of them no longer matches (an edit, a pull), so the compiled code is never stale.

Without Cython, mypy or a compiler the package still installs and runs as pure Python;
``CMNP_PURE_PYTHON=1`` skips the mypyc step (and, at run time, the compiled modules).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import Extension, setup

ROOT = Path(__file__).resolve().parent
# what one abstract's extraction runs through (bench/bench_extract.py); the manifest carries
# this list to run time, so it is kept here only
COMPILED_MODULES = (
    "extract.nlp.roles",
    "extract.nlp.components",
    "extract.nlp.abbreviations",
    "extract.nlp.normalize",
    "extract.nlp.long_tail",
    "extract.nlp.pipeline",
    "extract.nlp.tokenizer",
    "extract.outcomes",
    "extract.extraction",
)
MANIFEST = ROOT / "src" / "extract" / "_compiled.json"
RELAXED_FOR_THE_BUILD = (
    "--ignore-missing-imports",
    "--follow-imports=silent",
    "--allow-untyped-decorators",
    "--allow-subclassing-any",
    "--allow-untyped-calls",
    "--no-warn-unused-ignores",
    "--no-warn-return-any",
)


def compiled_reader() -> list[Extension]:
    try:
        import lxml
        from Cython.Build import cythonize
    except ImportError:
        return []
    extension = Extension(
        "extract.pubmed._fastxml",
        ["src/extract/pubmed/_fastxml.pyx"],
        include_dirs=lxml.get_include(),
    )
    return cythonize([extension], language_level=3, quiet=True)


def source_of(module: str) -> Path:
    return ROOT / "src" / (module.replace(".", "/") + ".py")


# the setup.py commands that build extensions; pip also runs setup.py for metadata only
# (egg_info, dist_info), where compiling would only cost time
BUILDING = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def compiled_hot_path() -> list[Extension]:
    if not BUILDING & set(sys.argv[1:]):
        return []
    MANIFEST.unlink(missing_ok=True)
    if os.environ.get("CMNP_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("mypyc not available: the extraction runs as pure Python", file=sys.stderr)
        return []
    paths = [str(source_of(m).relative_to(ROOT)) for m in COMPILED_MODULES]
    try:
        extensions = mypycify(
            # the build environment lacks the runtime packages (spaCy, typed or not, is Any to
            # the compiler either way), so strictness about them is relaxed here; modules that
            # are only imported are not compiled, so their errors do not matter
            [*RELAXED_FOR_THE_BUILD, *paths],
            group_name="extract._hot_path",
            opt_level="3",
        )
    except (Exception, SystemExit) as err:  # a type error mypyc refuses: run pure Python
        print(f"mypyc failed ({err}): the extraction runs as pure Python", file=sys.stderr)
        return []
    for extension in extensions:
        extension.optional = True  # no compiler: the package still installs
    hashes = {m: hashlib.sha256(source_of(m).read_bytes()).hexdigest() for m in COMPILED_MODULES}
    MANIFEST.write_text(json.dumps(hashes, indent=1) + "\n")
    return extensions


setup(ext_modules=compiled_reader() + compiled_hot_path())
