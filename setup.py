"""Builds the optional compiled PubMed reader; everything else is in pyproject.toml.

Without Cython or a compiler the package still installs: the pure-Python reader is used.
"""

from setuptools import Extension, setup


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


setup(ext_modules=compiled_reader())
