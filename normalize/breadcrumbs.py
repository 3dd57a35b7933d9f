"""Breadcrumbs: read them (they give a unit's parents), then take them out of the text."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from lxml.html import HtmlElement

from normalize.removal import Removal, removal
from normalize.text import clean_line
from normalize.tree import is_attached

_TRAILS = (
    "//nav[contains(translate(@aria-label, 'BRCUMDØSL', 'brcumdøsl'), 'breadcrumb')"
    " or contains(translate(@aria-label, 'BRØDSMULE', 'brødsmule'), 'brødsmule')]"
    " | //*[contains(translate(@class, 'BREADCRUMB', 'breadcrumb'), 'breadcrumb')"
    " or contains(translate(@id, 'BREADCRUMB', 'breadcrumb'), 'breadcrumb')]"
    " | //*[contains(@itemtype, 'BreadcrumbList')]"
)

Crumb = tuple[str, str | None]
# A trail with no telling markup: links joined by ">" "›" "»" or "/", and at most the current page's
# name unlinked at the end ("Accueil > Le laboratoire > Présentation").
_SEPARATOR = re.compile(r"^\s*[>›»/]\s*$")
# The current page's name after the last link ("> Senter for dialektforsking"), and the label before
# the trail ("Du er her:").
_CURRENT = re.compile(r"^\s*[>›»/]\s*[^<>›»/]{1,120}$")
_HERE = re.compile(
    r"^\s*(you are here|du er her|du är här|du befinder dig her|sie sind hier|vous êtes ici|u bent hier)\s*:?\s*$",
    re.IGNORECASE,
)
_SHAPE_MAX_CHARS = 250


def _is_trail_shaped(element: HtmlElement) -> bool:
    """Links (the last item may be the unlinked current page) with only separators between them, after
    an optional "You are here:"."""
    items = list(element)
    links = [item for item in items if item.tag == "a"]
    label = (element.text or "").strip()
    if len(links) < 2 or items[:-1] != links[: len(items) - 1] or label and not _HERE.match(label):
        return False
    between = [item.tail or "" for item in items[:-1]]
    last = (items[-1].tail or "").strip()
    return all(_SEPARATOR.match(gap) for gap in between) and (not last or bool(_CURRENT.match(last)))


def _shaped_trails(doc: HtmlElement) -> list[HtmlElement]:
    return [
        element
        for element in doc.xpath("//body//*[self::p or self::div or self::span][count(a) >= 2]")
        if len(element.text_content()) < _SHAPE_MAX_CHARS and _is_trail_shaped(element)
    ]


def _read_trail(trail: HtmlElement, url: str) -> list[Crumb]:
    items = trail.xpath(".//li") or trail.xpath(".//a | .//span[not(.//a)][normalize-space()]")
    crumbs: list[Crumb] = []
    for item in items:
        name = clean_line(item.text_content()).strip(" >/›»|")
        link = item if item.tag == "a" else next(iter(item.xpath(".//a[@href]")), None)
        href = link.get("href") if link is not None else None
        if name and not _HERE.match(name) and name not in {c[0] for c in crumbs}:
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


def take_breadcrumbs(doc: HtmlElement, url: str, jsonld: list[dict[str, Any]], removed: list[Removal]) -> list[Crumb]:
    """The page's breadcrumb trail (outermost first); the trail is removed from ``doc``."""
    crumbs: list[Crumb] = []
    trails = [*doc.xpath(_TRAILS), *_shaped_trails(doc)]
    # Items marked one by one (<li class="nav-breadcrumb">) stand for their list.
    trails = list(dict.fromkeys(t.getparent() if t.tag == "li" and t.getparent() is not None else t for t in trails))
    for trail in trails:
        if trail.tag in ("html", "body", "main") or not is_attached(trail, doc):
            continue
        if not crumbs:
            crumbs = _read_trail(trail, url)
        if not trail.xpath(".//h1"):
            removed.append(removal(trail, "breadcrumbs", trail.tag))
    return crumbs or _from_jsonld(jsonld, url)
