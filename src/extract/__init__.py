"""cmnp-extract: a living, curated evidence table of cell membrane-coated nanoparticle research."""

__version__ = "0.1.0"
