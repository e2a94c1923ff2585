from typing import Any

from lxml import etree

class Unusual(Exception): ...

def read_pubmed_article(element: etree._Element) -> tuple[Any, ...] | None: ...
