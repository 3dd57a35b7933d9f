"""Other language versions of a page: hreflang links and language-switch links."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from normalize import phrases
from normalize.removal import Removal, removal
from normalize.urls import normalize_url

# What a switch link's wording says about its target when it carries no lang attribute.
_NAMED = (
    (re.compile(r"nynorsk", re.I), "nn"),
    (re.compile(r"norwegian|norsk|bokmål", re.I), "nb"),
    (re.compile(r"english|engelsk|englische|engelse", re.I), "en"),
    (re.compile(r"swedish|svensk", re.I), "sv"),
    (re.compile(r"danish|dansk", re.I), "da"),
    (re.compile(r"german|deutsch|tysk", re.I), "de"),
    (re.compile(r"french|français|fransk", re.I), "fr"),
    (re.compile(r"dutch|nederlands", re.I), "nl"),
)


def language_tag(tag: str) -> str | None:
    """A declared tag as the record writes it: lower-case primary subtag; Norwegian 'no' as 'nb'.

    Norwegian sites declare Bokmål as plain 'no' (Vortex, EPiServer defaults);
    Nynorsk is always declared as 'nn'.
    """
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    if not re.fullmatch(r"[a-z]{2,3}", primary):
        return None
    return {"no": "nb", "nob": "nb", "nno": "nn"}.get(primary, primary)


def take_language_switch(doc: HtmlElement, url: str, removed: list[Removal]) -> dict[str, str]:
    """Targets of language-switch links (tag -> absolute URL); the links are removed from ``doc``."""
    found: dict[str, str] = {}
    for link in doc.xpath("//body//a[@href]"):
        text = " ".join(link.text_content().split())
        declared = link.get("hreflang") or link.get("lang")
        if not phrases.LANGUAGE_SWITCH.match(text) or link.getparent() is None:
            continue
        tag = language_tag(declared) if declared else next((t for p, t in _NAMED if p.search(text)), None)
        if tag:
            found.setdefault(tag, urljoin(url, link.get("href")))
        removed.append(removal(link, "language-switch", text))
    return found


def alternates(hreflang: dict[str, str], switch: dict[str, str], own_url: str, own_language: str) -> dict[str, str]:
    """Other language versions, tag -> URL, without this page itself and without x-default."""
    own = normalize_url(own_url)
    result: dict[str, str] = {}
    for raw, target in [*hreflang.items(), *switch.items()]:
        tag = language_tag(raw) if raw.lower() != "x-default" else None
        is_home = urlsplit(target).path in ("", "/") and urlsplit(own_url).path not in ("", "/")
        if tag and tag != own_language and normalize_url(target) != own and not is_home:
            result.setdefault(tag, normalize_url(target))
    return dict(sorted(result.items()))
