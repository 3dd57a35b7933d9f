"""Boilerplate removal on the parsed tree, before text extraction.

Each rule removes elements and says so (:class:`Removal`), so a maintainer can
see in the run report why text disappeared. Rules by markup come first (consent
managers, page furniture), then rules by wording for what has no telling
markup (site-made cookie banners, skip links, "Loading ...", photo credits).
No rule may remove ``html``, ``body``, ``main`` or anything holding the page's
``h1`` or main element: a class token such as ``cookie`` on ``<body>`` must
never cost the page its content.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from cssselect import GenericTranslator
from lxml.etree import XPath
from lxml.html import HtmlElement

from normalize import phrases
from normalize.consent import CONSENT_MANAGERS

_NS = {"re": "http://exslt.org/regular-expressions"}
_BANNER_MAX_CHARS = 1500
_CONTROLS = {"button", "a", "input", "label"}


@dataclass(frozen=True)
class Removal:
    """One element removed: by which rule, and what it was (consent manager, matched wording...)."""

    rule: str
    detail: str


def _tokens(*words: str) -> str:
    """XPath test: an id or class token (split on space, - or _) equal to one of ``words``."""
    alternatives = "|".join(words)
    pattern = f"(^|[\\s_-])({alternatives})([\\s_-]|$)"
    return f"re:test(@class, '{pattern}', 'i') or re:test(@id, '{pattern}', 'i')"


# Page furniture by markup: (rule, xpath). Breadcrumbs and language switches are
# read before this runs (normalize.relations, normalize.alternates).
_FURNITURE: tuple[tuple[str, str], ...] = (
    ("footer", f"//footer | //*[@role='contentinfo'] | //*[{_tokens('footer', 'site-footer', 'page-footer')}]"),
    ("navigation", f"//nav | //*[@role='navigation'] | //*[{_tokens('menu', 'navbar', 'mainmenu', 'megamenu')}]"),
    ("header", f"//header | //*[@role='banner'] | //*[{_tokens('site-header', 'page-header', 'masthead')}]"),
    ("share", f"//*[{_tokens('share', 'sharing', 'social', 'some', 'addthis', 'print', 'share-at-component')}]"),
    ("related", f"//*[{_tokens('related', 'teaser', 'teasers', 'feed', 'news-list', 'newsletter', 'subscribe')}]"),
    ("caption", f"//figcaption | //*[{_tokens('caption', 'credit', 'photo-credit', 'image-credit', 'byline')}]"),
    ("search", "//form[@role='search'] | //*[@role='search']"),
    ("hidden", "//*[@aria-hidden='true'] | //template | //noscript"),
)


def _protected(doc: HtmlElement) -> set[HtmlElement]:
    """Elements no rule may remove: the document's frame and every ancestor of h1 and main."""
    keep: set[HtmlElement] = set()
    for anchor in doc.xpath("//h1 | //main | //*[@role='main'] | //body"):
        keep.update(anchor.iterancestors())
        keep.add(anchor)
    return keep


def _removable(element: HtmlElement, keep: set[HtmlElement]) -> bool:
    """Not protected, and still in the document (not inside something already removed)."""
    if element in keep:
        return False
    top = element
    for top in element.iterancestors():
        pass
    return top.tag == "html" and element.getparent() is not None


def _drop(element: HtmlElement) -> None:
    """Remove an element but keep the text that follows it (its tail) in place."""
    parent = element.getparent()
    element.drop_tree()
    # A wrapper left with nothing in it (a <li>, <p> or <div> around a removed link) goes too.
    while parent is not None and parent.tag in ("li", "p", "div", "span", "ul") and not len(parent):
        if (parent.text or "").strip():
            break
        grandparent = parent.getparent()
        if grandparent is None or parent.tag == "body":
            break
        parent.drop_tree()
        parent = grandparent


@lru_cache(maxsize=256)
def _css(selector: str) -> XPath:
    return XPath(GenericTranslator().css_to_xpath(selector))


def _by_selectors(doc: HtmlElement, keep: set[HtmlElement], rule: str, named: Iterable[tuple[str, str]]) -> list[Removal]:
    removed = []
    for detail, selector in named:
        for element in _css(selector)(doc):
            if _removable(element, keep):
                _drop(element)
                removed.append(Removal(rule, detail))
    return removed


def _consent_by_markup(doc: HtmlElement, keep: set[HtmlElement]) -> list[Removal]:
    return _by_selectors(
        doc, keep, "consent", ((name, sel) for name, selectors in CONSENT_MANAGERS.items() for sel in selectors)
    )


def _is_choice(element: HtmlElement) -> bool:
    if element.tag not in _CONTROLS and element.get("role") != "button":
        return False
    label = element.text_content() or element.get("value") or ""
    return len(label) < 60 and bool(phrases.CONSENT_CHOICE.search(label))


def _consent_by_wording(doc: HtmlElement, keep: set[HtmlElement]) -> list[Removal]:
    """Site-made banners: the smallest element that asks for consent and offers a choice."""
    removed = []
    for text in doc.xpath("//body//text()[re:test(., $p, 'i')]", namespaces=_NS, p=phrases.CONSENT.pattern):
        element = text.getparent()
        banner = None
        while element is not None and element not in keep:
            if len(element.text_content()) > _BANNER_MAX_CHARS:
                break
            if any(_is_choice(e) for e in element.iter()):
                banner = element
                break
            element = element.getparent()
        if banner is None or not _removable(banner, keep):
            continue
        # Take the wrapper too when it holds nothing else.
        size = len(banner.text_content())
        while (parent := banner.getparent()) is not None and parent not in keep:
            if len(parent.text_content()) > size + 40:
                break
            banner = parent
        _drop(banner)
        removed.append(Removal("consent", "site-made banner (by wording)"))
    return removed


def _by_wording(doc: HtmlElement, keep: set[HtmlElement]) -> list[Removal]:
    """Short elements whose whole text is a skip link, "Loading ...", a photo credit or a share label."""
    removed = []
    for element in doc.xpath("//body//*[not(self::script or self::style)][string-length(normalize-space()) < 120]"):
        if not _removable(element, keep):
            continue
        line = " ".join(element.text_content().split())
        if not line:
            continue
        kind = phrases.is_boilerplate_line(line)
        if kind == "language-switch" and not _standalone_link(element, line):
            continue
        if kind:
            _drop(element)
            removed.append(Removal(kind, line))
    return removed


def _standalone_link(element: HtmlElement, line: str) -> bool:
    """A language name is a switch only as a link of its own, not as a word inside a sentence."""
    if element.tag != "a":
        return False
    parent = element.getparent()
    return bool(element.get("hreflang") or element.get("lang")) or " ".join(parent.text_content().split()) == line


def _see_also(doc: HtmlElement, keep: set[HtmlElement]) -> list[Removal]:
    """A paragraph that is nothing but a "See ..." / "Read more ..." link."""
    removed = []
    for para in doc.xpath("//p[count(a) = 1][a/@href]"):
        line = " ".join(para.text_content().split())
        link = " ".join(para.find("a").text_content().split())
        if line == link and phrases.SEE_ALSO.match(line) and _removable(para, keep):
            _drop(para)
            removed.append(Removal("see-also-link", line))
    return removed


def _unwrap_accordion_labels(doc: HtmlElement) -> None:
    """An accordion's toggle button inside a heading is the heading's text: keep it as text."""
    for button in doc.xpath("//h1//button | //h2//button | //h3//button | //h4//button | //h5//button | //h6//button"):
        button.drop_tag()


def remove_boilerplate(doc: HtmlElement, extra_selectors: Iterable[str] = ()) -> list[Removal]:
    """Remove boilerplate from ``doc`` in place; return what was removed and why."""
    _unwrap_accordion_labels(doc)
    keep = _protected(doc)
    removed = _consent_by_markup(doc, keep)
    removed += _consent_by_wording(doc, keep)
    removed += _by_selectors(doc, keep, "profile", ((sel, sel) for sel in extra_selectors))
    for rule, xpath in _FURNITURE:
        for element in doc.xpath(xpath, namespaces=_NS):
            if _removable(element, keep):
                _drop(element)
                removed.append(Removal(rule, element.tag))
    removed += _by_wording(doc, keep)
    removed += _see_also(doc, keep)
    return removed
