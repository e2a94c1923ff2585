"""cmnp-extract: a living, curated evidence table of cell membrane-coated nanoparticle research."""

from pathlib import Path

from extract.compiled import load_sources_when_stale

__version__ = "0.1.0"
COMPILED = load_sources_when_stale(Path(__file__).resolve().parent)
