"""Parse a page once and read what its <head> and structured data declare.

Everything downstream works on the one tree returned by :func:`parse`; the
facts here are read before cleaning, because cleaning removes some of the
elements they come from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from extruct.jsonld import JsonLdExtractor
from lxml.html import HtmlElement, document_fromstring
from trafilatura import load_html

from normalize.text import clean_line

_JSONLD = JsonLdExtractor()
_MARKUP = re.compile(r"<[a-zA-Z][^>]*>")


class UnparsableHtml(ValueError):
    """The body is not an HTML document (empty, binary, or not markup at all)."""


def parse(html: str) -> HtmlElement:
    """The page's tree (a fragment such as ``<p>...</p>`` gets the html and body around it).
    Raises :class:`UnparsableHtml` when there is no markup to read."""
    tree = load_html(html) if html and html.strip() else None
    if (tree is None or tree.find("body") is None) and html and _MARKUP.search(html) and "\x00" not in html:
        tree = document_fromstring(html)
    if tree is None or tree.find("body") is None:
        raise UnparsableHtml("no HTML document in the response body")
    return tree


@dataclass
class Head:
    """Facts the page declares about itself."""

    title: str = ""
    description: str | None = None
    og_title: str | None = None
    og_type: str | None = None
    site_name: str | None = None
    canonical: str | None = None
    lang: str | None = None
    hreflang: dict[str, str] = field(default_factory=dict)
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None

    def jsonld_types(self) -> set[str]:
        types: set[str] = set()
        for item in self.jsonld:
            kind = item.get("@type")
            types.update(kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else [])
        return types


def _meta(doc: HtmlElement, *names: str) -> str | None:
    for name in names:
        for node in doc.xpath("//meta[@property=$n or @name=$n]", n=name):
            value = clean_line(node.get("content"))
            if value:
                return value
    return None


def _flatten(items: list[Any]) -> list[dict[str, Any]]:
    flat: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            flat.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                flat.extend(_flatten(graph))
    return flat


def read_head(doc: HtmlElement, url: str) -> Head:
    """Title, description, Open Graph, canonical, language, hreflang, JSON-LD and meta dates."""
    head = Head()
    title = doc.find(".//title")
    head.title = clean_line(title.text_content()) if title is not None else ""
    head.description = _meta(doc, "description", "og:description")
    head.og_title = _meta(doc, "og:title")
    head.og_type = _meta(doc, "og:type")
    head.site_name = _meta(doc, "og:site_name")
    head.published = _meta(doc, "article:published_time", "DC.date.issued", "dcterms.created")
    head.modified = _meta(doc, "article:modified_time", "og:updated_time", "dcterms.modified")
    for link in doc.xpath("//link[@href][@rel]"):
        rel = link.get("rel", "").lower().split()
        href = urljoin(url, link.get("href", "").strip())
        if "canonical" in rel and head.canonical is None:
            head.canonical = href
        elif "alternate" in rel and link.get("hreflang"):
            head.hreflang.setdefault(link.get("hreflang", "").strip(), href)
    lang = doc.get("lang") or doc.get("{http://www.w3.org/XML/1998/namespace}lang")
    head.lang = lang.strip() if lang and lang.strip() else None
    try:
        head.jsonld = _flatten(_JSONLD.extract_items(doc))
    except ValueError:
        head.jsonld = []  # a broken JSON-LD block says nothing; the page itself still counts
    return head
