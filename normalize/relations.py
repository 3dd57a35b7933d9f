"""Where a unit sits: its institution, its ancestors (parents) and the units it lists as parts."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from normalize.text import clean_line, sentences
from normalize.unit import is_generic_heading, is_unit_name, unit_type

Link = dict[str, str | None]

# "Home", and a home item named after the site ("UCL Home", "Trinity Home").
_HOME = re.compile(r"^(\S+\s)?(home|hjem|forside|startside|hem|startseite|accueil|front page)$", re.IGNORECASE)
_CONNECTORS = frozenset("and og och und et en & +".split())

# "a department within the University of Oslo and Oslo University Hospital",
# "operates within the framework of the Research strategy of the Division of ...".
# An organisation's name: capitalised words joined by small words, plus the lower-case head nouns
# of Nordic names ("Oslo universitetssykehus").
_CAP = r"[A-ZÆØÅ][\w'’-]*"
_LOWER_HEAD = r"\w*(?:sykehus|sjukehus|universitet|fakultet|institutt|senter|klinikk|avdeling)\w*"
_ORG = rf"(?:the\s+)?({_CAP}(?:\s+(?:of|for|and|on|i|og|ved)\s+{_CAP}|\s+{_CAP}|\s+{_LOWER_HEAD})*)"
_WITHIN = re.compile(
    r"\b(?:department|institute|unit|centre|center|group|faculty|division|part|section|enhet|institutt|avdeling)\s+"
    rf"(?:within|of|at|under|in|ved|under|i)\s+{_ORG}",
)
_FRAMEWORK = re.compile(
    rf"\b(?:within the framework of (?:the\s+)?[\w\s]*?\bof|innenfor rammene? av [\w\s]*?\b(?:til|for))\s+{_ORG}"
)


def _split_orgs(phrase: str) -> list[str]:
    """'University of Oslo and Oslo University Hospital' -> both; 'Cardiovascular and Pulmonary Diseases' stays."""
    names: list[str] = []
    pieces = re.split(r"\s+(and|og)\s+", phrase)
    for i in range(0, len(pieces), 2):
        part = pieces[i]
        if names and not is_unit_name(part):
            names[-1] = f"{names[-1]} {pieces[i - 1]} {part}"
        else:
            names.append(part)
    return [n.strip() for n in names if is_unit_name(n)]


def parents_in_text(text: str) -> list[str]:
    """Organisations a unit's own sentences say it belongs to."""
    found: list[str] = []
    for sentence in sentences(text[:4000]):
        for pattern in (_WITHIN, _FRAMEWORK):
            for match in pattern.finditer(sentence):
                found.extend(n for n in _split_orgs(clean_line(match.group(1))) if n not in found)
    return found


def parents(
    crumbs: list[tuple[str, str | None]],
    unit_name: str,
    title: str,
    institution: tuple[str, str | None] | None,
    text: str,
    aliases: tuple[str, ...] = (),
) -> list[Link]:
    """Ancestors, outermost first: the institution, breadcrumbs above the unit, then those the text names."""
    chain: list[Link] = []
    same_as_institution = {a.lower() for a in aliases}

    def add(name: str, url: str | None) -> None:
        key = name.lower()
        if chain and key in same_as_institution:
            return  # the institution under another of its names ("Universitetet i Oslo", "UiO")
        if key == unit_name.lower() or any(p["name"].lower() == key for p in chain if p["name"]):
            return
        chain.append({"name": name, "url": url})

    if institution:
        add(institution[0], None)
    own = next((i for i, (name, _) in enumerate(crumbs) if name.lower() == unit_name.lower()), len(crumbs))
    for name, url in crumbs[:own]:
        if _HOME.match(name) or is_generic_heading(name) or name.lower() == title.lower() or _is_listing(name):
            continue
        if name.lower() in unit_name.lower() or unit_name.lower() in name.lower():
            continue  # the unit itself, under a shorter or longer name ("Hochdruckverbrennung")
        add(name, url)
    for name in parents_in_text(text):
        add(name, None)
    return chain


def _is_listing(name: str) -> bool:
    """A breadcrumb item that files units by kind or is a section page, not an ancestor: "Abteilungen",
    "Institutes and centres", "Om fakultetet"."""
    words = re.findall(r"[^\W\d_]+|&", name.lower())
    return bool(words) and all(w in _CONNECTORS or unit_type(w) or is_generic_heading(w) for w in words)


def institution_from_page(
    site_name: str | None, title_segments: list[str], jsonld: list[dict[str, Any]], owner: str | None = None
) -> str | None:
    """The organisation a page without a profile belongs to: JSON-LD, og:site_name, the title's last
    segment, else the organisation the site's logo or footer names (``owner``, see site_owner)."""
    for item in jsonld:
        parent = item.get("parentOrganization")
        if isinstance(parent, dict) and isinstance(parent.get("name"), str):
            return clean_line(parent["name"])
    for candidate in [site_name or "", *reversed(title_segments[1:])]:
        if unit_type(candidate) in ("university", "hospital") or (candidate and not is_unit_name(candidate)):
            return clean_line(candidate) or None
    return owner


def kind_listed_under(crumbs: list[tuple[str, str | None]], url: str, own_name: str) -> str | None:
    """The kind of unit a page is filed under, for a unit named only by its topic ("Arbetsliv och
    rörlighet"): the breadcrumb item above it, else its URL's parent folder, names a plural of units
    ("Forskningsgrupper", "Departments", ".../forskningsgrupper/fiskehelse/")."""
    above = [name for name, _ in crumbs if name and name.lower() != own_name.lower()]
    folders = [part for part in urlsplit(url).path.split("/") if part]
    parent_folder = [folders[-2].replace("-", " ").replace("_", " ")] if len(folders) > 1 else []
    candidates = above[-1:] + parent_folder
    for candidate in candidates:
        if (kind := unit_type(candidate)) and kind not in ("university", "hospital"):
            return kind
    return None


_LOGO = "//a[contains(@class, 'logo') or contains(@id, 'logo') or @rel='home']"
_FOOTERS = "//footer | //*[@id='footer'] | //*[contains(concat(' ', normalize-space(@class), ' '), ' footer ')]"
_LOGO_WORDS = re.compile(r"\s*(?:[-–|]\s*)?(?:logo|home|hjem|forside|startseite)$", re.IGNORECASE)
_FOOTER_PART = re.compile(r"[,·|•]")
_OWNER_MAX_WORDS = 7
_OWNERS = ("university", "hospital", "institute", "centre")


def site_owner(doc: HtmlElement) -> str | None:
    """The organisation a site belongs to as its chrome names it, read before the chrome goes: the text
    or image text of the logo link ("Albert-Ludwigs-Universität Freiburg"), else the first part of a
    footer line that names a university or hospital, then one that names an institute ("Danmarks
    Meteorologiske Institut, Lyngbyvej 100")."""
    for link in doc.xpath(_LOGO):
        name = _LOGO_WORDS.sub("", clean_line(link.text_content()) or clean_line(" ".join(link.xpath(".//img/@alt"))))
        if name and len(name.split()) <= _OWNER_MAX_WORDS and unit_type(name) in _OWNERS:
            return name
    parts = [clean_line(part) for footer in doc.xpath(_FOOTERS) for text in footer.xpath(".//text()")
             for part in _FOOTER_PART.split(str(text))]
    parts = [part for part in parts if part and len(part.split()) <= _OWNER_MAX_WORDS]
    for kinds in (("university", "hospital"), ("institute",)):
        found = next((part for part in parts if unit_type(part) in kinds), None)
        if found:
            return found
    return None


def subunits(main: HtmlElement, url: str, exclude: set[str]) -> list[Link]:
    """Units the page lists as its parts: list items that link to a unit by name."""
    found: list[Link] = []
    seen = {e.lower() for e in exclude}
    for link in main.xpath(".//li//a[@href]"):
        name = clean_line(link.text_content())
        if not is_unit_name(name) or name.lower() in seen or len(name.split()) > 12:
            continue
        seen.add(name.lower())
        found.append({"name": name, "url": urljoin(url, link.get("href"))})
    return found
