"""Where a unit sits: its institution, its ancestors (parents) and the units it lists as parts."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from normalize.phrases import HOME
from normalize.text import clean_line, sentences
from normalize.unit import is_generic_heading, is_unit_name, unit_type

Link = dict[str, str | None]

# "Home", and a home item named after the site ("UCL Home", "Trinity Home").
_HOME = re.compile(rf"^(\S+\s)?({HOME})$", re.IGNORECASE)

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
    text: str,
    profile_institution: str | None = None,
    aliases: tuple[str, ...] = (),
) -> list[Link]:
    """Ancestors, outermost first, as the page shows them: breadcrumb items above the unit, then the
    organisations its sentences say it belongs to. A site profile's institution stands first; an
    institution read from the page's metadata is in ``institution``, and a parent only when shown."""
    chain: list[Link] = []
    same_as_institution = {a.lower() for a in aliases}

    def add(name: str, url: str | None) -> None:
        key = name.lower()
        if chain and key in same_as_institution:
            return  # the institution under another of its names ("Universitetet i Oslo", "UiO")
        if key == unit_name.lower() or any(p["name"].lower() == key for p in chain if p["name"]):
            return
        chain.append({"name": name, "url": url})

    if profile_institution:
        add(profile_institution, None)
    own = next((i for i, (name, _) in enumerate(crumbs) if name.lower() == unit_name.lower()), len(crumbs))
    if own == len(crumbs) and crumbs and crumbs[-1][1] is None:
        own -= 1  # the unlinked last item is the page itself, under another name ("Eleanor Voss")
    for name, url in crumbs[:own]:
        if _HOME.match(name) or is_generic_heading(name) or name.lower() == title.lower() or _is_section(name):
            continue
        if name.lower() in unit_name.lower() or unit_name.lower() in name.lower():
            continue  # the unit itself, under a shorter or longer name ("Hochdruckverbrennung")
        add(name, url)
    for name in parents_in_text(text):
        add(name, None)
    return chain


# Breadcrumb items that are a section of a site, not a unit: "Forskning ved IBV", "Om FHI", "What we do",
# "Instituttets forskning", and items made only of section words and kinds of unit ("Alle grupper",
# "Kliniken & Institute", "Netwerken en samenwerking").
_SECTION_START = re.compile(
    r"^(research|forskning|forsking|forschung|onderzoek|about|om|über|fag|what we do|vad vi gör|hvad vi laver"
    r"|wat we doen|was wir tun)\b",
    re.IGNORECASE,
)
_OWN_RESEARCH = re.compile(r"^\w+s\s+(forskning|forsking|research|forschung)$", re.IGNORECASE)
_SECTION_WORDS = frozenset(
    "and og och und et en & + all alle våre vores our unsere onze alla expertise profil forschungsprofil directory"
    " innovasjon innovation innovatie innovation samarbeid samarbejde samarbete samenwerking collaboration"
    " zusammenarbeit ledning leiing ledelse leitung management leadership kliniken clinics klinikker".split()
)
# Kinds of unit in the plural, which unit_type does not read as names: "Forskningsenheder", "Sentra våre".
_KIND_PLURAL = re.compile(
    r"\w*(?:enheder|enheter|enheterna|fakultäten|départements|centra|sentra|sentre|sentrene|institutioner"
    r"|institutionerna|institutter|instituter|netwerken|infrastruktur|infrastrukturer|infrastructures?)$"
)


def _is_section(name: str) -> bool:
    if _SECTION_START.match(name) or _OWN_RESEARCH.match(name):
        return True
    words = re.findall(r"[^\W\d_]+|&", name.lower())
    return bool(words) and all(
        w in _SECTION_WORDS or _KIND_PLURAL.match(w) or unit_type(w) or is_generic_heading(w) for w in words
    )


def institution_from_page(
    site_name: str | None, title_segments: list[str], jsonld: list[dict[str, Any]], owners: list[str], unit_name: str
) -> str | None:
    """The organisation a page without a profile belongs to: JSON-LD, og:site_name, the title's last
    segment, else the organisation the site's logo or footer names (``owners``, see site_owners) that is
    not the unit itself. The owner's full name wins over a short form of it in the metadata ("UKE")."""
    for item in jsonld:
        parent = item.get("parentOrganization")
        if isinstance(parent, dict) and isinstance(parent.get("name"), str):
            return clean_line(parent["name"])
    owner = next((o for o in owners if o.lower() not in unit_name.lower() and unit_name.lower() not in o.lower()), None)
    for candidate in [site_name or "", *reversed(title_segments[1:])]:
        candidate = clean_line(candidate)
        if unit_type(candidate) in ("university", "hospital") or (candidate and not is_unit_name(candidate)):
            if owner and len(owner) > len(candidate) and (candidate.isupper() or candidate.lower() in owner.lower()):
                return owner
            return candidate
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


_LOGO = (
    "//a[contains(@class, 'logo') or contains(@id, 'logo') or @rel='home'"
    " or .//img[contains(@src, 'logo') or contains(@class, 'logo')]]"
)
_FOOTERS = "//footer | //*[@id='footer'] | //*[contains(concat(' ', normalize-space(@class), ' '), ' footer ')]"
# What a logo link says besides the name: "KTH:s logotyp", "Till startsidan för Mittuniversitetet",
# "Örebro universitet, startsida", "UiB logo".
_LOGO_WORDS = re.compile(
    rf"^(?:(?:go\s)?to\s(?:the\s)?(?:{HOME})(?:\sof)?|till\s(?:{HOME})\s(?:för|av)|til\s(?:{HOME})\s(?:for|til)"
    rf"|zur\s(?:{HOME})\s(?:der|des|von))\s+|(?::s|'s)?\s*(?:[-–|,]\s*)?(?:logo|logotyp|logotype|{HOME})$",
    re.IGNORECASE,
)
# "INRAE - Institut national de recherche ...": an image text giving the short and the full name.
_NAME_PARTS = re.compile(r"\s+[-–|:]\s+")
# What stands around a name in a footer line: "© 2024", "Copyright", and a company form ("AB", "Limited").
_LEGAL = re.compile(
    r"^(?:©|\(c\)|copyright)?\s*(?:\d{4}\s*)?|\s+(?:AB|AS|ASA|Ltd|Limited|GmbH|plc|A/S)\.?$", re.IGNORECASE
)
_FOOTER_PART = re.compile(r"[,·|•]")
# A footer sentence about the owner: "The University of Glasgow is a registered Scottish charity".
_OWNER_SENTENCE = re.compile(r"^(?:The\s+)?(.{3,80}?)\s+(?:is|er|är|ist)\s")
_LOGO_MAX_WORDS = 12
_PART_MAX_WORDS = 8
# A logo that names a faculty, department or group is a sub-site's, not the owner's.
_SUB_UNITS = ("faculty", "school", "division", "department", "research_group", "network", "programme")


def _owner_name(text: str) -> str:
    parts = [_LEGAL.sub("", clean_line(part)) for part in _NAME_PARTS.split(_LOGO_WORDS.sub("", clean_line(text)))]
    return max(parts, key=lambda part: len(part.split()))


def site_owners(doc: HtmlElement) -> list[str]:
    """The organisations the site's chrome names as its owner, best first, read before the chrome goes:
    the text or image text of the logo link ("Albert-Ludwigs-Universität Freiburg"; of "INRAE - Institut
    national ...", the full name), the first part of a footer line that names a university or hospital,
    then one that names an institute ("Danmarks Meteorologiske Institut, Lyngbyvej 100"), and the subject
    of a footer sentence ("The University of Glasgow is a registered charity"). A logo that gives only
    an acronym ("SMHI") comes after a full name in the footer."""
    logos = []
    for link in doc.xpath(_LOGO):
        name = _owner_name(clean_line(link.text_content()) or clean_line(" ".join(link.xpath(".//img/@alt"))))
        if name and len(name.split()) <= _LOGO_MAX_WORDS and not is_generic_heading(name):
            if unit_type(name) not in _SUB_UNITS and name not in logos:
                logos.append(name)
    lines = [clean_line(str(text)) for footer in doc.xpath(_FOOTERS) for text in footer.xpath(".//text()")]
    parts = [_LEGAL.sub("", clean_line(part)) for line in lines for part in _FOOTER_PART.split(line)]
    parts = [part for part in parts if part and len(part.split()) <= _PART_MAX_WORDS]
    parts += [m.group(1) for line in lines if (m := _OWNER_SENTENCE.match(line))]
    footer = [part for kinds in (("university", "hospital"), ("institute",)) for part in parts if unit_type(part) in kinds]
    full = [name for name in logos if not name.isupper()]
    return list(dict.fromkeys([*full, *footer, *logos]))


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
