"""Breadcrumbs: read them (they give a unit's parents), then take them out of the text."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from lxml.html import HtmlElement

from normalize.text import clean_line

_TRAILS = (
    "//nav[contains(translate(@aria-label, 'BRCUMDØSL', 'brcumdøsl'), 'breadcrumb')"
    " or contains(translate(@aria-label, 'BRØDSMULE', 'brødsmule'), 'brødsmule')]"
    " | //*[contains(translate(@class, 'BREADCRUMB', 'breadcrumb'), 'breadcrumb')"
    " or contains(translate(@id, 'BREADCRUMB', 'breadcrumb'), 'breadcrumb')]"
    " | //*[contains(@itemtype, 'BreadcrumbList')]"
)

Crumb = tuple[str, str | None]


def _read_trail(trail: HtmlElement, url: str) -> list[Crumb]:
    items = trail.xpath(".//li") or trail.xpath(".//a | .//span[not(.//a)][normalize-space()]")
    crumbs: list[Crumb] = []
    for item in items:
        name = clean_line(item.text_content()).strip(" >/›»|")
        link = item if item.tag == "a" else next(iter(item.xpath(".//a[@href]")), None)
        href = link.get("href") if link is not None else None
        if name and name not in {c[0] for c in crumbs}:
            crumbs.append((name, urljoin(url, href) if href and not href.startswith("#") else None))
    return crumbs


def _from_jsonld(jsonld: list[dict[str, Any]], url: str) -> list[Crumb]:
    for item in jsonld:
        if item.get("@type") == "BreadcrumbList" and isinstance(item.get("itemListElement"), list):
            crumbs: list[Crumb] = []
            for entry in sorted(item["itemListElement"], key=lambda e: e.get("position", 0) if isinstance(e, dict) else 0):
                if not isinstance(entry, dict):
                    continue
                target = entry.get("item")
                name = entry.get("name") or (target.get("name") if isinstance(target, dict) else None)
                link = target.get("@id") if isinstance(target, dict) else target
                if isinstance(name, str) and clean_line(name):
                    crumbs.append((clean_line(name), urljoin(url, link) if isinstance(link, str) else None))
            return crumbs
    return []


def take_breadcrumbs(doc: HtmlElement, url: str, jsonld: list[dict[str, Any]]) -> list[Crumb]:
    """The page's breadcrumb trail (outermost first), removed from ``doc``."""
    crumbs: list[Crumb] = []
    for trail in doc.xpath(_TRAILS):
        if trail.getparent() is None or trail.tag in ("html", "body", "main"):
            continue
        if not crumbs:
            crumbs = _read_trail(trail, url)
        if not trail.xpath(".//h1"):
            trail.drop_tree()
    return crumbs or _from_jsonld(jsonld, url)
