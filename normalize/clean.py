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

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from cssselect import GenericTranslator
from lxml import etree
from lxml.etree import XPath
from lxml.html import HtmlElement

from normalize import phrases
from normalize.consent import CONSENT_MANAGERS, loaded_manager
from normalize.removal import Removal, removal
from normalize.tree import main_landmark, short_lines, text_lengths

_BANNER_MAX_CHARS = 1500
_NAMED_BANNER_MAX_CHARS = 5000
_SIGN_UP_MAX_CHARS = 400
_SETTINGS_LINK_MAX_CHARS = 40
_CONTROLS = {"button", "a", "input", "label"}
# A rule by class name never takes more than this share of the main region's text: a class such as
# "feed" or "social" on the element that holds the page's content is a naming accident, not furniture.
_CLASS_RULE_MAX_SHARE = 0.5
_CLASS_RULE_MIN_CHARS = 300


class _MarkupTable:
    """Ids, classes and id prefixes that name something (a consent manager), for a one-pass lookup.

    Selectors are the simple forms consent-manager rule files use: ``#id``, ``.class`` and
    ``[id^='prefix']``; anything else is refused when the table is built, not silently ignored.
    """

    _SELECTOR = re.compile(r"^(?:#(?P<id>[\w-]+)|\.(?P<cls>[\w-]+)|[a-z]*\[id\^='(?P<prefix>[\w-]+)'\])$")

    def __init__(self, named: dict[str, tuple[str, ...]]) -> None:
        self.ids: dict[str, str] = {}
        self.classes: dict[str, str] = {}
        self.prefixes: list[tuple[str, str]] = []
        for name, selectors in named.items():
            for selector in selectors:
                match = self._SELECTOR.match(selector)
                if match is None:
                    raise ValueError(f"{name}: unsupported selector {selector!r}")
                if match["id"]:
                    self.ids[match["id"]] = name
                elif match["cls"]:
                    self.classes[match["cls"]] = name
                else:
                    self.prefixes.append((match["prefix"], name))

    def match(self, element: HtmlElement) -> str | None:
        ident = element.get("id")
        if ident:
            if ident in self.ids:
                return self.ids[ident]
            for prefix, name in self.prefixes:
                if ident.startswith(prefix):
                    return name
        for token in (element.get("class") or "").split():
            if token in self.classes:
                return self.classes[token]
        return None


_CONSENT_TABLE = _MarkupTable(CONSENT_MANAGERS)
_BANNER_NAME = re.compile(
    r"consent|gdpr|(cookies?|cmp|privacy)[-_]?(bar|banner|notice|notification|popup|overlay|modal|dialog|alert|message"
    r"|law|box|wall|strip|prompt|info)",
    re.IGNORECASE,
)

# Page furniture by class or id: a token that is the word, optionally with one prefix or suffix part
# ("site-footer", "footer-wrap", "vrtx-social-components" -> social), never a longer compound
# ("wsite-not-footer" is not a footer). Breadcrumbs and language switches are read before this runs.
_FURNITURE_WORDS: dict[str, tuple[str, ...]] = {
    "footer": ("footer", "site-footer", "page-footer"),
    "navigation": ("menu", "navbar", "mainmenu", "megamenu"),
    "header": ("site-header", "page-header", "masthead"),
    # Divi names its modules "et_pb_<module>": its social links, sign-up and call to action are listed here.
    "share": ("share", "sharing", "social", "some", "addthis", "print", "share-at-component", "feedback",
              "et_pb_social_media_follow"),
    "related": ("related", "teasers", "feed", "news-list", "newsletter", "subscribe", "et_pb_signup"),
    "promo": ("promo", "promotion", "cta", "call-to-action", "calltoaction", "et_pb_promo"),
    "caption": ("caption", "credit", "photo-credit", "image-credit", "byline", "imagetext", "imagedescription",
                "image-text", "image-description", "legende", "legend", "bildtext", "bildetekst", "billedtekst",
                "bildunterschrift", "onderschrift", "photo"),
}
_WORD_RULE = {word: rule for rule, words in _FURNITURE_WORDS.items() for word in words}
_FURNITURE_TOKEN = re.compile(
    r"^(?:[a-z0-9]+[-_]{1,2})?(" + "|".join(sorted(map(re.escape, _WORD_RULE), key=len, reverse=True))
    + r")(?:[-_]{1,2}[a-z0-9]+)?$",
    re.IGNORECASE,
)
# Furniture by element or ARIA role. A <header> inside the content is an article's or a card's head.
_FURNITURE_TAGS = {"footer": "footer", "nav": "navigation", "figcaption": "caption", "template": "hidden",
                   "noscript": "hidden"}
_FURNITURE_ROLES = {"contentinfo": "footer", "navigation": "navigation", "banner": "header", "search": "search"}
_CONTENT_CONTAINERS = {"main", "article", "section"}


def _heads_a_section(header: HtmlElement) -> bool:
    """A ``<header>`` that wraps a section heading (TYPO3 and others write ``<header><h2>``), not a site header."""
    headings = header.xpath("h2 | h3 | h4 | h5 | h6 | */h2 | */h3 | */h4")
    if not headings:
        return False
    heading_chars = sum(len(" ".join(h.text_content().split())) for h in headings)
    return heading_chars >= 0.5 * len(" ".join(header.text_content().split()))


# A CSS module's generated class: "promo-module--card--Zx81k" (Gatsby), "Promo_card__Zx81k" (Next.js).
_CSS_MODULE = re.compile(r"^(?P<file>[A-Za-z0-9]+)(?:-module--|_)(?P<name>[A-Za-z0-9-]+)(?:--|__)[A-Za-z0-9_-]{5}$")


def _name_tokens(element: HtmlElement) -> list[str]:
    """The words an element is named by: its class tokens and id, and the file and class names inside
    a CSS module's generated class."""
    tokens = [*(element.get("class") or "").split(), element.get("id") or ""]
    modules = [match for token in tokens if (match := _CSS_MODULE.match(token))]
    return tokens + [part for match in modules for part in (match["file"], match["name"])]


def _furniture(element: HtmlElement) -> tuple[str, bool] | None:
    """The furniture rule an element falls under, and whether only its class or id said so."""
    tag = element.tag
    if tag == "footer" and any(a.tag in ("blockquote", "figure") for a in element.iterancestors()):
        return None  # a quote's attribution, not the page's footer
    if tag == "figcaption" and element.xpath("parent::figure[.//blockquote][not(.//img or .//picture or .//video)]"):
        return None  # a pull quote's attribution, not a photo's caption
    if tag in _FURNITURE_TAGS:
        return _FURNITURE_TAGS[tag], False
    role = element.get("role")
    if role in _FURNITURE_ROLES:
        return _FURNITURE_ROLES[role], False
    if tag == "header" and not _heads_a_section(element) and not any(
        a.tag in _CONTENT_CONTAINERS for a in element.iterancestors()
    ):
        return "header", False
    for token in _name_tokens(element):
        match = _FURNITURE_TOKEN.match(token)
        if match:
            return _WORD_RULE[match[1].lower()], True
    return None


def _chrome_kind(element: HtmlElement) -> str | None:
    furniture = _furniture(element)
    if furniture and furniture[0] in ("footer", "navigation", "header"):
        return furniture[0]
    return "consent" if any(_BANNER_NAME.search(token) for token in _name_tokens(element)) else None


def site_chrome(doc: HtmlElement) -> dict[HtmlElement, str]:
    """The site's chrome, outermost elements only, each with its kind: 'footer', 'navigation' or 'header'
    by tag, role or name, 'consent' for a banner named so. Readers of facts that chrome repeats on every
    page (contacts, the site's owner) ask this before cleaning has run; one walk over the tree."""
    found: dict[HtmlElement, str] = {}
    stack = [doc]
    while stack:  # depth first, not entering what is found
        element = stack.pop()
        kind = _chrome_kind(element) if element.tag not in ("html", "body") else None
        if kind:
            found[element] = kind
        else:
            stack.extend(child for child in reversed(element) if isinstance(child.tag, str))
    return found


def in_consent_banner(element: HtmlElement) -> bool:
    """Whether the element sits in a consent container: a consent manager's (by its rule table), or a
    dialog or box whose class names consent."""
    return any(_CONSENT_TABLE.match(a) or _says_consent(a) for a in element.iterancestors())


def _protected(doc: HtmlElement, banner_headings: bool = True) -> set[HtmlElement]:
    """Elements no rule may remove: the document's frame and every ancestor of h1 and main.

    With ``banner_headings=False`` an h1 inside a consent container (a consent manager's, or a
    dialog or box whose class names consent: Civic's "Your choice regarding cookies on this site")
    protects nothing: it is the banner's heading, and the consent rules may take the banner with
    it. main and body stay protected in any case.
    """
    keep: set[HtmlElement] = set()
    for anchor in doc.xpath("//h1 | //main | //*[@role='main'] | //body"):
        if anchor.tag == "h1" and not banner_headings and in_consent_banner(anchor):
            continue
        keep.update(anchor.iterancestors())
        keep.add(anchor)
    return keep


def _removable(element: HtmlElement, keep: set[HtmlElement]) -> bool:
    """Not protected, and still in the document (not inside something already removed)."""
    if element in keep:
        return False
    *_, top = (element, *element.iterancestors())
    return top.tag == "html" and element is not top


@lru_cache(maxsize=256)
def _css(selector: str) -> XPath:
    return XPath(GenericTranslator().css_to_xpath(selector))


@dataclass
class _Marked:
    """What one walk over the tree found by markup, removed in turn: consent first, furniture last."""

    consent: list[tuple[HtmlElement, str]] = field(default_factory=list)
    furniture: list[tuple[HtmlElement, str, bool]] = field(default_factory=list)


def _mark(doc: HtmlElement, keep: set[HtmlElement], consent_keep: set[HtmlElement]) -> _Marked:
    """Consent managers' containers and page furniture, found in one walk over the tree."""
    marked = _Marked()
    loader = loaded_manager(doc.xpath("//script/@src"))
    for element in doc.iter(tag=etree.Element):
        if element in consent_keep:
            continue
        if manager := _CONSENT_TABLE.match(element):
            marked.consent.append((element, manager))
        elif element.tag == "noscript" and phrases.CONSENT.search(element.text_content()):
            marked.consent.append((element, loader or "noscript fallback"))
        elif element not in keep and (found := _furniture(element)):
            marked.furniture.append((element, *found))
    return marked


def _consent_by_markup(marked: _Marked, keep: set[HtmlElement]) -> list[Removal]:
    removed = []
    for element, manager in marked.consent:
        if _removable(element, keep):
            removed.append(removal(element, "consent", manager))
    return removed


def _class_rule_limit(doc: HtmlElement, lengths: dict[HtmlElement, int]) -> float:
    """The most text a rule by class name may take: half of the main region's (or the body's), 300 at least."""
    landmark = main_landmark(doc)
    region = lengths.get(landmark if landmark is not None else doc.find("body"), 0)
    return max(_CLASS_RULE_MAX_SHARE * region, _CLASS_RULE_MIN_CHARS)


def _furniture_by_markup(doc: HtmlElement, marked: _Marked, keep: set[HtmlElement]) -> list[Removal]:
    removed: list[Removal] = []
    if not marked.furniture:
        return removed
    lengths = text_lengths(doc)
    limit = _class_rule_limit(doc, lengths)
    for element, rule, by_class in marked.furniture:
        if not _removable(element, keep):
            continue
        if by_class and lengths.get(element, 0) > limit:
            continue
        removed.append(removal(element, rule, element.tag))
    return removed


def _is_choice(element: HtmlElement) -> bool:
    if element.tag not in _CONTROLS and element.get("role") != "button":
        return False
    label = element.text_content() or element.get("value") or ""
    return len(label) < 60 and bool(phrases.CONSENT_CHOICE.search(label))


def _assumes_consent(element: HtmlElement) -> bool:
    """It takes consent as given ("Ved at fortsætte accepterer du dette"): a notice that offers no choice."""
    return bool(phrases.IMPLIED_CONSENT.search(" ".join(element.text_content().split())))


def _says_consent(element: HtmlElement) -> bool:
    """Its class or id names a consent banner ("spicy-consent-bar", "cookie-notice", "gdpr-overlay"),
    not a page about cookies ("cookie-policy", "cookie-table")."""
    return bool(_BANNER_NAME.search(f"{element.get('class') or ''} {element.get('id') or ''}"))


def _consent_by_wording(doc: HtmlElement, keep: set[HtmlElement]) -> list[Removal]:
    """Site-made banners: the smallest element around consent wording that offers a choice, takes
    consent as given, or whose class names a consent banner."""
    removed = []
    texts = doc.xpath("//body//text()[not(parent::script or parent::style)]")
    for text in [t for t in texts if phrases.may_ask_consent(t) and phrases.CONSENT.search(t)]:
        element = text.getparent()
        banner = None
        while element is not None and element not in keep:
            size = _chars(element)
            # A banner that lists the purposes of the consent it asks for is longer; then its class says so.
            if size > _NAMED_BANNER_MAX_CHARS:
                break
            if _says_consent(element) or size <= _BANNER_MAX_CHARS and (
                _assumes_consent(element) or any(_is_choice(e) for e in element.iter())
            ):
                banner = element
                break
            element = element.getparent()
        if banner is None or not _removable(banner, keep):
            continue
        # Take the wrapper too when it holds nothing else.
        size = _chars(banner)
        while (parent := banner.getparent()) is not None and parent not in keep:
            if _chars(parent) > size + 40:
                break
            banner = parent
        # A lone "Cookie settings" link (in a footer, say) reopens a banner; it is not one.
        kind = "consent settings link" if _chars(banner) < _SETTINGS_LINK_MAX_CHARS else "site-made banner (by wording)"
        removed.append(removal(banner, "consent", kind))
    return removed


def _chars(element: HtmlElement) -> int:
    """Length of the element's text as read, whitespace collapsed."""
    return len(" ".join(element.text_content().split()))


def _sign_up_forms(doc: HtmlElement, keep: set[HtmlElement]) -> list[Removal]:
    """Newsletter sign-ups: the box around an e-mail field, with its heading and its one-line pitch."""
    removed = []
    for email in doc.xpath("//input[@type='email' or contains(@name, 'mail') or contains(@id, 'mail')]"):
        box = None
        element = email.getparent()
        while element is not None and element not in keep and _chars(element) < _SIGN_UP_MAX_CHARS:
            box, element = element, element.getparent()
        if box is not None and _removable(box, keep):
            removed.append(removal(box, "newsletter", box.tag))
    return removed


def _teaser_lists(doc: HtmlElement, keep: set[HtmlElement]) -> list[Removal]:
    """A news or events heading and the list of dated links under it: teasers of other pages."""
    removed = []
    for heading in doc.xpath("//h2 | //h3 | //h4 | //b | //strong"):
        title = " ".join(heading.text_content().split())
        if not phrases.NEWS_HEADING.match(title) or not _removable(heading, keep):
            continue
        following = heading.getnext()
        if heading.tag in ("b", "strong"):  # an old page's bold label heads the links in the same cell
            following = heading.getparent()
            if following is None or following in keep or len(following.xpath(".//a")) < 2:
                continue
            removed.append(removal(following, "related", title))
            continue
        if following is not None and following not in keep and following.xpath(".//a"):
            removed.append(removal(following, "related", title))
        removed.append(removal(heading, "related", title))
    return removed


def _by_profile(doc: HtmlElement, keep: set[HtmlElement], selectors: Iterable[str]) -> list[Removal]:
    removed = []
    for selector in selectors:
        for element in _css(selector)(doc):
            if _removable(element, keep):
                removed.append(removal(element, "profile", selector))
    return removed


def _by_wording(doc: HtmlElement, keep: set[HtmlElement]) -> list[Removal]:
    """Short elements whose whole text is a skip link, "Loading ...", a photo credit or a share label."""
    removed = []
    body = doc.find("body")
    for element, line in short_lines(body, 120):
        if element in keep:
            continue
        kind = phrases.is_boilerplate_line(line)
        if kind == "language-switch" and not _standalone_link(element, line):
            continue
        if kind:
            removed.append(removal(element, kind, line))
    return removed


def _standalone_link(element: HtmlElement, line: str) -> bool:
    """A language name is a switch only as a link of its own or an item of a language menu (the current
    language is often not a link), not as a word inside a sentence."""
    if element.tag != "a":
        menu = [element.getparent(), *(element.getparent().iterancestors())][:2] if element.getparent() is not None else []
        return element.tag in ("li", "span") and any(
            _LANGUAGE_MENU.search(f"{m.get('class') or ''} {m.get('id') or ''}") for m in menu
        )
    parent = element.getparent()
    return bool(element.get("hreflang") or element.get("lang")) or " ".join(parent.text_content().split()) == line


def _see_also(doc: HtmlElement, keep: set[HtmlElement]) -> list[Removal]:
    """A paragraph that is nothing but a "See ..." / "Read more ..." link."""
    removed = []
    for para in doc.xpath("//p[count(a) = 1][a/@href]"):
        line = " ".join(para.text_content().split())
        link = " ".join(para.find("a").text_content().split())
        if line == link and phrases.SEE_ALSO.match(line) and _removable(para, keep):
            removed.append(removal(para, "see-also-link", line))
    return removed


def _unwrap_accordion_labels(doc: HtmlElement) -> None:
    """An accordion's toggle button inside a heading is the heading's text: keep it as text."""
    for button in doc.xpath("//h1//button | //h2//button | //h3//button | //h4//button | //h5//button | //h6//button"):
        button.drop_tag()


_GRID_COLUMN = re.compile(r"^col-(?:(?:xs|sm|md|lg|xl|xxl)-)?(\d{1,2})$")
# A layout column named without a width: "col1", "col-2", "column3".
_COLUMN_NAME = re.compile(r"^(col|column)[-_]?\d$", re.IGNORECASE)
_FACT_BOX = re.compile(
    r"(?<![a-z])fact|fakta|key ?figures|nøkkelt(all|al)|nyckeltal|nøgletal|kennzahlen|in zahlen|en chiffres|in numbers"
    r"|\bi (tall|tal|siffer|siffror)\b|at a glance|på ett ungefär|kort fortalt|i korte trekk",
    re.IGNORECASE,
)
_SIDEBAR_WORDS = re.compile(
    r"^(?:[a-z0-9]+[-_]{1,2})?(sidebar|side-bar|sidecol|side-col|side-column|aside|rightcol|right-column"
    r"|column-right|col-right|col-last|additional-content|complementary)(?:[-_]{1,2}[a-z0-9]+)?$",
    re.IGNORECASE,
)
_FIGURE_FRAMES = 3
_FIGURE_MAX_CHARS = 250
_LANGUAGE_MENU = re.compile(r"lang|spr[aåo]k|sprog|sprache|langue|taal", re.IGNORECASE)


def _grid_width(element: HtmlElement) -> int | None:
    for token in (element.get("class") or "").split():
        if match := _GRID_COLUMN.match(token):
            return int(match[1])
    return None


def _side_columns(doc: HtmlElement, keep: set[HtmlElement]) -> list[HtmlElement]:
    """Columns beside the one that holds the h1: narrower than it (Bootstrap's col-md-4 next to
    col-md-8), or, where the columns state no width (YAML's #col1 and #col2 beside #col3), holding
    less than a third of its text."""
    found = []
    for column in [e for e in keep if _is_column(e)]:
        width, size = _grid_width(column), _chars(column)
        for sibling in column.getparent():
            if sibling is column or sibling in keep or not _is_column(sibling):
                continue
            other = _grid_width(sibling)
            if other is not None and width is not None:
                narrower = other < width
            else:
                narrower = width is None and other is None and _chars(sibling) * 3 < size
            if narrower:
                found.append(sibling)
    return found


def _is_column(element: HtmlElement) -> bool:
    return _grid_width(element) is not None or any(_COLUMN_NAME.match(t) for t in _name_tokens(element))


def _is_fact_box(element: HtmlElement) -> bool:
    """A box of the unit's key figures or facts ("Fakultetet i tall", class ``factbox``): content set
    apart, not a sidebar."""
    heading = element.xpath("(.//h2 | .//h3 | .//h4)[1]")
    label = " ".join([element.get("class") or "", element.get("id") or "", element.get("aria-label") or "",
                      heading[0].text_content() if heading else ""])
    return bool(_FACT_BOX.search(label))


def _is_sidebar(element: HtmlElement) -> bool:
    if _is_fact_box(element):
        return False
    if element.tag == "aside" or element.get("role") == "complementary":
        return True
    return any(_SIDEBAR_WORDS.match(t) for t in _name_tokens(element))


def remove_sidebars(doc: HtmlElement) -> list[Removal]:
    """Sidebars: asides, complementary regions, boxes named as sidebars, and narrow grid columns beside
    the content, but not fact boxes. Run after the contact boxes are read: a unit's contact person
    often sits in one."""
    keep = _protected(doc)
    lengths = text_lengths(doc)
    limit = _class_rule_limit(doc, lengths)
    removed = []
    for box in doc.xpath("//aside"):
        if _is_fact_box(box):
            box.tag = "section"  # content set apart, which the extractor would drop as an aside
    candidates = [e for e in doc.iter(tag=etree.Element) if e not in keep and _is_sidebar(e)]
    for element in [*candidates, *_side_columns(doc, keep)]:
        if _removable(element, keep) and lengths.get(element, 0) <= limit:
            removed.append(removal(element, "sidebar", element.tag))
    return removed


def _figures(doc: HtmlElement, keep: set[HtmlElement]) -> list[Removal]:
    """The text of a figure without <figure>: a box with one image and a line or two of text, no links or
    headings (Vortex's image with its description, K-Sup's photo with its legend and credit)."""
    removed = []
    for image in doc.xpath("//body//img"):
        box = image.getparent()
        # Page builders wrap the image in a few empty frames of its own before the box with the text.
        # A <figure> is the image's whole box: its caption went with the captions, and the text beside it
        # (TYPO3's text-with-image element) is the page's.
        for _ in range(_FIGURE_FRAMES):
            if box is None or _chars(box) or box.tag in ("a", "p", "li", "td", "figure"):
                break
            box = box.getparent()
        if box is None or box in keep or box.tag in ("a", "p", "li", "td", "body"):
            continue
        text = _chars(box)
        if 0 < text <= _FIGURE_MAX_CHARS and len(box.xpath(".//img")) == 1 and not box.xpath(
            ".//a | .//h1 | .//h2 | .//h3 | .//h4 | .//li"
        ) and _removable(box, keep):
            removed.append(removal(box, "caption", "figure"))
    return removed


def remove_boilerplate(doc: HtmlElement, extra_selectors: Iterable[str] = ()) -> list[Removal]:
    """Remove boilerplate from ``doc`` in place; return what was removed and why."""
    _unwrap_accordion_labels(doc)
    keep = _protected(doc)
    consent_keep = _protected(doc, banner_headings=False)
    marked = _mark(doc, keep, consent_keep)
    removed = _consent_by_markup(marked, consent_keep)
    removed += _consent_by_wording(doc, consent_keep)
    removed += _sign_up_forms(doc, keep)
    removed += _teaser_lists(doc, keep)
    removed += _by_profile(doc, keep, extra_selectors)
    removed += _furniture_by_markup(doc, marked, keep)
    removed += _figures(doc, keep)
    removed += _by_wording(doc, keep)
    removed += _see_also(doc, keep)
    return removed
