"""Main text with trafilatura, kept as blocks (headings, paragraphs, lists) so sections can be built."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from lxml import etree
from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.xpaths import OVERALL_DISCARD_XPATH, TEASER_DISCARD_XPATH

from normalize import phrases
from normalize.dates import read_date_line
from normalize.removal import Removal
from normalize.text import clean_line
from normalize.tree import main_landmark
from normalize.unit import is_unit_name

_REGION_SHARE = 0.6
_PROSE_TAGS = ("p", "li", "dd")
_LEAD_MIN_WORDS = 8
_COVER_SHARE = 0.5
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LABEL_MAX_CHARS = 150
# A block that may hold the lead: a paragraph, or a div of text whose class says so (Vortex's
# "vrtx-introduction", Plone's "documentDescription"); the first three such blocks after the h1.
_LEAD_BLOCK = (
    "self::p or self::div[normalize-space(text())][contains(@class, 'intro') or contains(@class, 'lead')"
    " or contains(@class, 'ingress') or contains(@class, 'escription')]"
)
_LEAD_BLOCKS = f"(//body//h1)[1]/following::*[{_LEAD_BLOCK}][position() <= 3]"
_BLOCK_CHILD = ".//p | .//div | .//ul | .//ol | .//dl | .//table | .//h2 | .//h3 | .//h4 | .//section"
_ARTICLE_PAGE = (
    "//meta[@property='og:type'][@content='article'] | //script[@type='application/ld+json']"
    "[contains(., 'NewsArticle') or contains(., 'BlogPosting') or contains(., '\"Article\"')]"
)
# The block just before a list, in reading order, even when a page builder wraps the heading and the
# list in widgets of their own: a heading over it, or a sentence that introduces it.
_LIST_LEAD = (
    "preceding::*[self::h2 or self::h3 or self::h4 or self::h5 or self::p or self::li or self::dt or self::dd"
    " or self::td or self::th][1]"
)
# Headings of lists that are the unit's own facts even when every item is a link.
_FACT_LIST_HEADING = re.compile(
    r"partner|collaborat|samarbei|samarbej|samarbet|kooperation|zusammenarbeit|partenaire|member|medlem|mitglied"
    r"|leden|funder|funding|finansier|förder|financ|project|prosjekt|projekt|projet|tema|theme|topic"
    r"|research area|forskningsområ|focus area|satsingsområ|schwerpunkt|thème|onderzoekslijn"
    r"|\bunits\b|eining|enhet|enhed|einheiten|eenheden|unités|facilit|infrastru|testb[eæä]d|\blabb?s?\b|labor",
    re.IGNORECASE,
)
# The attributes trafilatura's discard rules read.
_DISCARD_ATTRIBUTES = ("class", "id", "role", "style", "aria-hidden", "data-component", "data-lp-replacement-content")


@dataclass
class Block:
    """One piece of main text. List items keep their nesting depth (0 = top level)."""

    kind: Literal["heading", "paragraph", "list"]
    text: str = ""
    level: int = 0
    items: list[tuple[int, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [text for _, text in self.items] if self.kind == "list" else [self.text]


def _own_text(element: _Element) -> str:
    """Text of an element without its nested lists."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != "list":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return clean_line(" ".join(parts)).rstrip()


def _items(listing: _Element, depth: int) -> list[tuple[int, str]]:
    items: list[tuple[int, str]] = []
    for item in listing.iterchildren("item"):
        text = _own_text(item)
        if text:
            items.append((depth, text))
        for nested in item.iterchildren("list"):
            items.extend(_items(nested, depth + 1))
    return items


def _blocks(body: _Element) -> list[Block]:
    blocks: list[Block] = []
    for element in body:
        if element.tag == "head":
            rend = element.get("rend") or "h3"
            level = int(rend[1]) if len(rend) == 2 and rend[1].isdigit() else 3
            blocks.append(Block("heading", clean_line("".join(element.itertext())), level=level))
        elif element.tag == "list":
            blocks.append(Block("list", items=_items(element, 0)))
        elif element.tag == "table":
            rows = [" | ".join(filter(None, (clean_line("".join(c.itertext())) for c in row))) for row in element.iter("row")]
            blocks.append(Block("list", items=[(0, r) for r in rows if r]))
        else:
            blocks.append(Block("paragraph", clean_line(" ".join(element.itertext()))))
    return [b for b in blocks if b.text or b.items]


def _boilerplate(line: str) -> str | None:
    if read_date_line(line) is not None:
        return "date-line"
    return phrases.is_boilerplate_line(line)


def _backstop(blocks: list[Block], removed: list[Removal]) -> list[Block]:
    """Drop whole lines that are boilerplate which the markup did not give away."""
    kept: list[Block] = []
    for block in blocks:
        if block.kind == "list":
            items = []
            for depth, text in block.items:
                kind = _boilerplate(text)
                if kind:
                    removed.append(Removal(f"text:{kind}", text, text))
                else:
                    items.append((depth, text))
            if items:
                kept.append(Block("list", items=items))
        elif kind := _boilerplate(block.text):
            removed.append(Removal(f"text:{kind}", block.text, block.text))
        else:
            kept.append(block)
    return kept


def _drop_empty_sections(blocks: list[Block], removed: list[Removal]) -> list[Block]:
    """A heading with nothing under it is a widget's label ("Selected Projects", "Contact person")."""
    kept: list[Block] = []  # built from the end, so a heading left empty by a dropped one goes too
    for block in reversed(blocks):
        following = kept[-1] if kept else None
        if block.kind == "heading" and (
            following is None or (following.kind == "heading" and following.level <= block.level)
        ):
            removed.append(Removal("empty-section", block.text, block.text))
            continue
        kept.append(block)
    return kept[::-1]


def _prose(element: HtmlElement) -> int:
    """Characters of running text under ``element``: paragraphs, and the items of lists that are not
    links, which carry much of a unit page's text (its themes, members, tasks). Lists of links are
    navigation or teasers as often as content, so they do not count."""
    return sum(_own_prose(block) for block in element.iter(*_PROSE_TAGS))


def _own_prose(block: HtmlElement) -> int:
    size = len(block.text_content())
    return size if block.tag == "p" else size - sum(len(a.text_content()) for a in block.iter("a"))


def _heading_region(doc: HtmlElement) -> HtmlElement | None:
    """The smallest ancestor of the page's single h1 that holds most of its paragraph text; None when the
    h1 is off in a header away from the text."""
    headings = doc.xpath("//body//h1")
    if len(headings) != 1:
        return None
    prose = _prose(doc)
    for ancestor in headings[0].iterancestors():
        if ancestor.tag in ("body", "html"):
            return None
        if _prose(ancestor) >= _REGION_SHARE * prose:
            return ancestor
    return None


def _prose_region(doc: HtmlElement) -> HtmlElement | None:
    """The smallest element that holds most of the page's paragraph text (the content column of a page
    whose h1 stands above it, in a banner or header band)."""
    share: dict[HtmlElement, int] = {}
    total = 0
    for para in doc.iter(*_PROSE_TAGS):
        size = _own_prose(para)
        total += size
        for ancestor in para.iterancestors():
            share[ancestor] = share.get(ancestor, 0) + size
    if not total:
        return None
    candidates = [e for e, size in share.items() if size >= _REGION_SHARE * total and e.tag not in ("body", "html")]
    return max(candidates, key=lambda e: sum(1 for _ in e.iterancestors()), default=None)


def _lead(doc: HtmlElement) -> str | None:
    """The first real paragraph after the h1 (or a div of text named as the lead, such as Vortex's
    introduction): the lead, which a page's own text always includes."""
    for para in doc.xpath(_LEAD_BLOCKS):
        text = clean_line(para.text_content())
        if len(text.split()) >= _LEAD_MIN_WORDS:
            return text
    return None


def _discarded_by_trafilatura(element: HtmlElement) -> bool:
    """Whether trafilatura's discard rules match this element by its own tag and attributes."""
    probe = etree.Element("div")
    attributes = {name: element.get(name) for name in _DISCARD_ATTRIBUTES if element.get(name) is not None}
    etree.SubElement(probe, element.tag, attrib=attributes)
    return any(xpath(probe) for xpath in (*OVERALL_DISCARD_XPATH, *TEASER_DISCARD_XPATH))


def _is_fact_heading(heading: str) -> bool:
    """A heading over a list of the unit's own facts: its parts, partners, projects or themes ("Research
    groups", "Samarbejdspartnere", "Prosjekter")."""
    return is_unit_name(heading) or bool(_FACT_LIST_HEADING.search(heading))


def _names_units(listing: HtmlElement) -> bool:
    """Most of the list's links name units."""
    names = [link.text_content() for link in listing.xpath("li//a")]
    return bool(names) and sum(map(is_unit_name, names)) * 2 > len(names)


def _headed(listing: HtmlElement) -> bool:
    """A list of the unit's own facts: under a heading that names them (or over links that name units),
    or introduced by a sentence of the text ("The group has three working groups:")."""
    lead = listing.xpath(_LIST_LEAD)
    if not lead:
        return False
    text = " ".join(lead[0].text_content().split())
    if lead[0].tag in ("h2", "h3", "h4", "h5"):
        return _is_fact_heading(text) or _names_units(listing)
    return lead[0].tag == "p" and text.endswith(":")


def _list_boxes(listing: HtmlElement, scope: HtmlElement) -> list[HtmlElement]:
    """The wrappers holding nothing but a headed list and its heading, which a CMS may name like a menu
    (TYPO3's "frame-type-menu_subpages")."""
    size = len(_flat(listing)) + len(_flat(listing.xpath(_LIST_LEAD)[0]))
    boxes = []
    for wrapper in listing.iterancestors():
        if wrapper is scope or len(_flat(wrapper)) > size:
            break
        boxes.append(wrapper)
    return boxes


def _flat(element: HtmlElement) -> str:
    return "".join(element.text_content().split())


def _hidden(doc: HtmlElement, scope: HtmlElement | None, headed: list[HtmlElement]) -> set[HtmlElement]:
    """The elements whose class and id trafilatura must not read (see _shielded)."""
    chain = {a for anchor in doc.xpath("//h1 | //main | //*[@role='main']") for a in anchor.iterancestors()}
    chain -= {doc, doc.find("body")}
    if scope is None:
        return {e for e in chain if _discarded_by_trafilatura(e)}
    leads = {e for xpath in TEASER_DISCARD_XPATH for e in xpath(scope) if not e.xpath(".//a")}
    # A quote's attribution ("author" in its class) is part of the quote, not the page's byline.
    quoted = set(
        scope.xpath(".//blockquote//*[@class or @id] | .//blockquote/following-sibling::*[1][self::p][@class or @id]")
    )
    wrappers = {box for listing in headed for box in _list_boxes(listing, scope)}
    # The h1's block sits among blocks of its kind (Liferay's portlets, HubSpot's modules): the same
    # class, the same fate.
    kinds = {e.get("class") for e in chain if e.get("class") and scope in e.iterancestors()}
    alike = {e for e in scope.iter() if e.get("class") in kinds}
    return {e for e in chain | quoted | wrappers | alike if _discarded_by_trafilatura(e)} | leads


def _renamed(scope: HtmlElement | None, headed: list[HtmlElement]) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The links that are the unit's own facts, and the cards that link to its units (see _shielded)."""
    if scope is None:
        return [], []
    links = [link for listing in headed for link in listing.xpath("li//a")]
    # An e-mail address or phone number is the unit's contact, never navigation.
    links += scope.xpath(".//a[starts-with(@href, 'mailto:') and contains(@href, '@') or starts-with(@href, 'tel:')]")
    # A card that links to a unit (an <a> around the unit's heading and a line about it) is a block.
    cards = [
        card for card in scope.xpath(".//a[h2 or h3 or h4]") if is_unit_name(card.xpath("h2 | h3 | h4")[0].text_content())
    ]
    return links, cards


@contextmanager
def _shielded(doc: HtmlElement, region: HtmlElement | None) -> Iterator[None]:
    """Hide, while trafilatura runs, what would make its rules take content that cleaning has
    already judged.

    Hidden classes and ids: a wrapper of the h1 or the main region whose class contains a word such
    as "banner" or "sidebar" (a ``page-banner`` title block would take the h1 and the lead with it),
    and the blocks in the main region of the same kind as the h1's block; a "teaser" block inside
    the main region that links nowhere (a lead paragraph, not a teaser of another page); a quote's
    attribution, whose class says "author"; a box holding only a headed list and its heading.
    Links renamed to text, in the main region: the links to units in a list under a heading (a
    faculty's institutes, a department's groups) or as cards, the links of a list that a sentence
    introduces, and e-mail and phone links, which trafilatura's link-density test would drop as
    navigation.
    """
    scope = region if region is not None else _heading_region(doc)
    headed = [] if scope is None else [listing for listing in scope.xpath(".//ul | .//ol") if _headed(listing)]
    saved = [(e, e.attrib.pop("class", None), e.attrib.pop("id", None)) for e in _hidden(doc, scope, headed)]
    links, cards = _renamed(scope, headed)
    for link in links:
        link.tag = "span"
    for card in cards:
        card.tag = "div"
    try:
        yield
    finally:
        for element, cls, ident in saved:
            if cls is not None:
                element.set("class", cls)
            if ident is not None:
                element.set("id", ident)
        for link in [*links, *cards]:
            link.tag = "a"


def _extract(doc: HtmlElement, url: str | None, region: HtmlElement | None) -> Any:
    with _shielded(doc, region):
        return bare_extraction(
            doc,
            url=url,
            with_metadata=False,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )


def _text(element: _Element) -> str:
    return clean_line("".join(element.itertext()))


def _plain_blocks(doc: HtmlElement) -> None:
    """Tables used for page layout (their cells hold headings, paragraphs, lists or other tables) become
    plain blocks, so the extractor sees the page's text as text, not as one big table. Data tables
    inside them stay tables. So does an old page's ``<font>`` around blocks, a quote's attribution in
    a ``<footer>``, a pull quote in a ``<figure>``, a tab's or an accordion's label, which becomes
    the heading of its panel, headings written as styled divs or paragraphs, and lists written as div
    rows."""
    layout = doc.xpath("//body//table[./tr/td | ./*/tr/td][(./tr/td | ./*/tr/td)//*[self::h1 or self::h2"
                       " or self::h3 or self::p or self::ul or self::table]]")
    for table in layout:
        rows = table.xpath("./tr | ./*/tr")
        for element in [table, *table.xpath("./tbody | ./thead | ./tfoot"), *rows, *(c for r in rows for c in r)]:
            element.tag = "div"
    # An old page's <font> around whole sections is a block too.
    for font in doc.xpath("//body//font[h1 or h2 or h3 or h4 or p or ul or ol or dl or table or div]"):
        font.tag = "div"
    _styled_headings(doc)
    _label_headings(doc)
    _row_lists(doc)
    # A quote's attribution sits in a <footer> that the extractor would drop with the page's footers,
    # and a pull quote in a <figure> that it would drop with the images.
    pull_quote = "//figure[.//blockquote][not(.//img or .//picture or .//video)]"
    for attribution in doc.xpath(f"//blockquote//footer | {pull_quote} | {pull_quote}/figcaption"):
        attribution.tag = "div"


def _row_lists(doc: HtmlElement) -> None:
    """A list built of div rows (one topic or member per row, each row a line of text of one class) is
    a list: the extractor would drop the short lines of text one by one."""
    for box in doc.xpath("//body//div[count(div) >= 2][not(p or ul or ol or table or h2 or h3 or h4)]"):
        rows = list(box)
        kinds = {row.get("class") for row in rows}
        if len(kinds) != 1 or None in kinds or any(row.tag != "div" or row.xpath(_BLOCK_CHILD) for row in rows):
            continue
        if (box.text or "").strip() or any((row.tail or "").strip() for row in rows):
            continue
        if all(0 < len(_text(row)) <= _LABEL_MAX_CHARS for row in rows):
            box.tag = "ul"
            for row in rows:
                row.tag = "li"


def _styled_headings(doc: HtmlElement) -> None:
    """A heading written as a div with an ARIA heading role, or as a paragraph styled as one ("h3"), is
    a heading."""
    styled = " or ".join(f"contains(concat(' ', @class, ' '), ' h{n} ')" for n in (2, 3, 4))
    for heading in doc.xpath(f"//body//*[self::div or self::span or self::p][@role='heading'] | //body//p[{styled}]"):
        classes = (heading.get("class") or "").split()
        level = heading.get("aria-level") or next((t[1] for t in classes if t in ("h2", "h3", "h4")), "2")
        if not heading.xpath(_BLOCK_CHILD) and level.isdigit() and 1 < int(level) < 7:
            heading.tag = f"h{level}"


def _label_headings(doc: HtmlElement) -> None:
    """A tab's or an accordion's label is its panel's heading, one level below the heading before it:
    put it where the text reads in order. A closed panel's text is the page's text too."""
    labels: list[tuple[HtmlElement, str, bool]] = []  # (where, label, whether it replaces ``where``)
    for panel in doc.xpath("//*[@role='tabpanel'][@aria-labelledby or @id]"):
        tabs = doc.xpath(
            "//*[@id=$label] | //*[@role='tab'][@aria-controls=$id or @href=concat('#', $id)]",
            label=panel.get("aria-labelledby", ""), id=panel.get("id", ""),
        )
        first = next(iter(panel), None)
        label = _text(tabs[0]) if tabs else ""
        if label and (first is None or first.tag not in _HEADING_TAGS or _text(first) != label):
            labels.append((panel, label, False))
    for toggle in doc.xpath("//body//summary | //body//*[@aria-expanded]"):
        panel = toggle.getparent() if toggle.tag == "summary" else _panel(doc, toggle)
        label = _text(toggle)
        if panel is None or not label or len(label) > _LABEL_MAX_CHARS or not _prose(panel):
            continue
        inside_heading = toggle.xpath("ancestor::h1 | ancestor::h2 | ancestor::h3 | ancestor::h4")
        if not toggle.xpath(_BLOCK_CHILD) and not inside_heading:
            labels.append((toggle, label, True))
    # Levels first, from the page's own headings, so that a label does not count the one put before it.
    levels = [_level_below(where) for where, _, _ in labels]
    for (where, label, replaces), level in zip(labels, levels, strict=True):
        heading = where.makeelement(f"h{level}", {})
        heading.text = label
        if replaces:
            heading.tail = where.tail
            where.getparent().replace(where, heading)
        else:
            heading.tail, where.text = where.text, None
            where.insert(0, heading)


def _level_below(element: HtmlElement) -> int:
    """One level below the heading before ``element`` (h3 when there is none)."""
    before = element.xpath("preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5][1]")
    return int(before[0].tag[1]) + 1 if before else 3


def _panel(doc: HtmlElement, toggle: HtmlElement) -> HtmlElement | None:
    """The panel a toggle opens: the element it names in aria-controls, else the one right after it."""
    named = doc.xpath("//*[@id=$id]", id=toggle.get("aria-controls", "")) if toggle.get("aria-controls") else []
    return named[0] if named else toggle.getnext()


def _kept_text(result: Any) -> str:
    return "".join("".join(result.body.itertext()).split()) if result is not None and result.body is not None else ""


def _kept_headings(result: Any) -> set[str]:
    """The headings of the extracted text. trafilatura's fallback extractors keep a heading's words as a
    plain paragraph: that is a section lost too, since the record's sections are built from headings."""
    body = None if result is None else result.body
    return set() if body is None else {"".join("".join(h.itertext()).split()) for h in body.iter("head")}


def _lost_headings(region: HtmlElement, result: Any) -> tuple[int, int]:
    """How many of the region's section headings are missing from the extracted headings, and of how many."""
    kept = _kept_headings(result)
    headings = [h for h in (_flat(e) for e in region.xpath(".//h2 | .//h3")) if h]
    return sum(h not in kept for h in headings), len(headings)


def _covers(new: str, old: str) -> bool:
    """``new`` is longer than ``old`` and holds much of it (compared as runs of 40 characters): the same
    content found again with more around it, not another part of the page."""
    pieces = [old[i : i + 40] for i in range(0, max(len(old) - 40, 0) + 1, 40)] if old else []
    return len(new) > len(old) and sum(p in new for p in pieces) >= _COVER_SHARE * len(pieces)


def _recover(doc: HtmlElement, url: str | None, result: Any) -> Any:
    """Without a landmark, trafilatura guesses the content first. When its guess lost the lead or most
    sections of the h1's region, that region is the main region and it runs again; when the h1 stands
    apart from the text (a banner above the columns) and the lead or a section was lost, the element
    holding most of the paragraphs is."""
    kept = _kept_text(result)
    lead = _lead(doc)
    lead_lost = bool(lead) and "".join(lead.split()) not in kept
    # An article's sections are rarely what its first guess lost: the lost headings are its sidebar's
    # widgets ("Related Articles", "Polls"). Only a lost lead sends an article back.
    article = bool(doc.xpath(_ARTICLE_PAGE))
    region = _heading_region(doc)
    if region is not None:
        lost, headings = _lost_headings(region, result)
        if not (lead_lost or not article and headings >= 2 and lost * 2 > headings):
            return result
        region.set("itemprop", "articleBody")
        return _extract(doc, url, region)
    # A page whose sections stand straight in <body> has no smaller region: what cleaning left of the
    # body is. Not for articles, whose body holds teasers of other articles.
    region = _prose_region(doc)
    scope = region if region is not None else (None if article else doc.find("body"))
    if scope is None or not (lead_lost or not article and _lost_headings(scope, result)[0]):
        return result
    region = _wrapped(scope) if region is None else region
    region.set("itemprop", "articleBody")
    again = _extract(doc, url, region)
    # Only to win back what was lost: the new text must hold much of what the first guess had, and more.
    return again if _covers(_kept_text(again), kept) else result


def _wrapped(body: HtmlElement) -> HtmlElement:
    """The body's content in a wrapper of its own, which trafilatura takes as the main region (it does
    not take <body> itself)."""
    wrapper = body.makeelement("div", {})
    wrapper.extend(list(body))
    wrapper.text, body.text = body.text, None
    body.append(wrapper)
    return wrapper


def _page_opening(doc: HtmlElement) -> list[Block]:
    """The page's single h1 and the lead blocks right after it (paragraphs, or a div named as the lead:
    a hero band's intro, a Plone description), which open its text even when they stand above the
    content column in a banner or header band. Not for pages that declare themselves articles: a news
    item's headline is its title, not its text."""
    headings = doc.xpath("//body//h1")
    if len(headings) != 1 or doc.xpath(_ARTICLE_PAGE):
        return []
    heading = clean_line(headings[0].text_content())
    if not heading:
        return []
    opening = [Block("heading", heading, level=1)]
    for sibling in headings[0].itersiblings():
        if sibling.xpath(_LEAD_BLOCK):
            opening.append(Block("paragraph", _text(sibling)))
        elif sibling.tag != "div":  # a byline's remains may stand between; a heading or a list ends the opening
            break
    return opening


def extract_blocks(doc: HtmlElement, url: str | None, removed: list[Removal]) -> list[Block]:
    """The main text of a cleaned tree as blocks; boilerplate lines found on the way go to ``removed``."""
    _plain_blocks(doc)
    # Where the page declares its main region, trafilatura starts from it (schema.org's articleBody
    # is the first thing it looks for) instead of guessing a container inside it and losing the
    # h1 and lead paragraph that sit outside that container. Without a landmark, see _recover.
    region = main_landmark(doc)
    if region is not None:
        region.set("itemprop", "articleBody")
    result = _extract(doc, url, region)
    if region is None:
        result = _recover(doc, url, result)
    if result is None or result.body is None:
        return []
    blocks = _headings_restored(_blocks(result.body), doc)
    opening = _page_opening(doc)
    if opening and not any(opening[0].text in block.lines() for block in blocks[:3]):
        present = {line for block in blocks for line in block.lines()}
        blocks[:0] = [block for block in opening if block.text and block.text not in present]
    kept = "".join("".join(line.split()) for block in blocks for line in block.lines())
    if opening and (lead := _lead(doc)) and "".join(lead.split()) not in kept:
        # The lead stands apart from the text the extractor kept (a Plone description in the title's header).
        after = next((i + 1 for i, block in enumerate(blocks[:3]) if block.text == opening[0].text), 0)
        blocks.insert(after, Block("paragraph", lead))
    return _drop_empty_sections(_backstop(blocks, removed), removed)


def _headings_restored(blocks: list[Block], doc: HtmlElement) -> list[Block]:
    """trafilatura's fallback extractors keep a heading's words as a plain paragraph; a paragraph that is
    exactly one of the page's headings is that heading again, so the record keeps its sections."""
    headings = doc.xpath("//body//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")
    levels = {_text(h): int(h.tag[1]) for h in headings}
    return [
        Block("heading", block.text, level=levels[block.text])
        if block.kind == "paragraph" and block.text in levels
        else block
        for block in blocks
    ]


def render_text(blocks: list[Block]) -> str:
    """The record's text: paragraphs separated by a blank line, list items one per line."""
    return "\n\n".join("\n".join(block.lines()) for block in blocks)
