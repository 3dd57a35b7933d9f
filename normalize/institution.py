"""Which organisation a unit belongs to, when no site profile says: what the page's metadata, breadcrumbs
and chrome (logo, header and footer) name as the site's owner, written out in full."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from normalize.full_names import NAME_PARTS, preferred_form, spelled_out, without_town, written_out
from normalize.phrases import DOMAIN, HOME, HOME_ITEM, REGION
from normalize.text import ABBREVIATIONS, BRACKETED_ACRONYM, SMALL_WORDS, abbreviates, clean_line, is_acronym
from normalize.unit import (
    MEMORY_INSTITUTION,
    is_generic_heading,
    is_page_heading,
    is_proper_name,
    is_unit_name,
    unit_type,
)

_LOGO = (
    "//a[contains(@class, 'logo') or contains(@id, 'logo') or @rel='home'"
    " or .//img[contains(@src, 'logo') or contains(@class, 'logo')]]"
)
# What a logo link says besides the name: "KTH:s logotyp", "Till startsidan för Mittuniversitetet",
# "Örebro universitet, startsida", "UiB logo".
_LOGO_WORDS = re.compile(
    rf"^(?:logo\s(?:der|des|of|for|til|för|af|van)|about|om|über|kontakta|kontakt|contact|go\sto|gå\still?"
    rf"|(?:go\s)?to\s(?:the\s)?(?:{HOME})(?:\sof)?|till\s(?:{HOME})\s(?:för|av)|til\s(?:{HOME})\s(?:for|til)"
    rf"|zur\s(?:{HOME})\s(?:der|des|von))\s+"
    rf"|(?::s|'s)?(?:\s+|\s*[-–|,]\s*)(?:(?:til|to|till|zur)\s+(?:the\s+)?)?(?:logo|logotyp|logotype|{HOME})$",
    re.IGNORECASE,
)
# What stands around a name in a footer line: "© 2002-2025", "Copyright", a postcode before it ("00014
# University of Helsinki") or with its town after it ("EPFL CH-1015 Lausanne"), and a company form, with its
# seat ("AB", "Limited", "GmbH Mannheim", "e. V.").
_LEGAL = re.compile(
    r"^(?:©|\(c\)|copyright)?\s*(?:(?:[A-Z]{1,2}-)?\d{4,5}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"|\s+(?-i:(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÆØÅÄÖÜ][\w-]+"
    r"|(?:AB|AS|ASA|Ltd|Limited|g?GmbH|plc|A/S|e\.\s?V)\.?(?:\s+[A-ZÆØÅÄÖÜ][\w-]+|\s+[–—-]\s+.+)?)$",
    re.IGNORECASE,
)
# Where a footer line's parts meet: not at a comma inside a name ("... innovasjon, forskning og utdanning").
_FOOTER_PART = re.compile(  # "... Hydrology. Registered charity number ..."; not "St. Olavs hospital"
    r",(?=\s*[A-ZÆØÅ0-9])|[·|•]|(?<!\b[A-ZÆØÅa-zæøå])" + "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS) + r"\.\s"
)
# A footer sentence about the owner: "The University of Glasgow is a registered Scottish charity".
_OWNER_SENTENCE = re.compile(r"^(?:The\s+)?(.{3,80}?)\s+(?:is|er|är|ist)\s")
_LOGO_MAX_WORDS = 12
_PART_MAX_WORDS = 10
# A society of institutes above an institute ("Max-Planck-Gesellschaft", "Helmholtz Association"): no institution.
_UMBRELLA = re.compile(r"(?:\b|-)(?:Gesellschaft|Gemeinschaft|Association|Society)\b")
# A logo that names a faculty, department or group is a sub-site's, not the owner's.
_SUB_UNITS = ("faculty", "school", "division", "department", "research_group", "network", "programme")


def is_institution(name: str) -> bool:
    """A university or hospital by its name; a school or college too when it is not one of a university's
    ("School of Law"): "London School of Economics", "Royal Veterinary College", "Hochschule Darmstadt"; and a
    museum, archive or library ("Naturhistorisk Museum Aarhus", "Jærmuseet"), and a folk high school."""
    kind = unit_type(name)
    return kind in ("university", "hospital") or bool(
        re.search(r"[A-ZÆØÅ][\w']+\s+(?:\w+\s+)?(?:School|College)\b", name)  # "Royal Veterinary College"
        # a university of applied sciences: "Hochschule Darmstadt", "Fachhochschule Kiel"; not "Institut ... der Hochschule X"
        or re.search(r"\w*[Hh]ochschule\b", name) and not re.search(r"\s(?:der|des)\s", name)
        or re.search(rf"\b(?:{MEMORY_INSTITUTION})\b", name, re.IGNORECASE)
        or re.search(r"folke?h[øoö][gj]sk", name, re.IGNORECASE)  # a folk high school stands alone: "Manger folkehøgskule"
    )


def is_umbrella(name: str) -> bool:
    """A society of institutes ("Max-Planck-Gesellschaft", "Helmholtz Association"), above an institution."""
    return bool(_UMBRELLA.search(name))


def _without_acronym(name: str) -> str:
    """'Royal Veterinary College, RVC', 'SiS, Statens institutionsstyrelse': the name without its acronym."""
    parts = [part.strip() for part in name.split(",")]
    if len(parts) == 2 and is_acronym(parts[0]) and len(parts[1].split()) > 1:
        return parts[1]
    if len(parts) == 2 and is_acronym(parts[1]) and len(parts[0].split()) > 1:
        return parts[0]
    return name


def _owner_name(text: str) -> str:
    """'INRAE - Institut national ...' -> the full name; 'Charité – Universitätsmedizin Berlin' stays whole; a
    logo's "Zur Startseite" or a domain ("Mestring.no") names nobody."""
    text = _LOGO_WORDS.sub("", clean_line(text))
    if text.lower() in _LINK_WORDS or DOMAIN.fullmatch(text):
        return ""
    parts = [_LEGAL.sub("", clean_line(part)) for part in NAME_PARTS.split(text)]
    if len(parts) == 2 and any(_acronym_like(part) for part in parts):
        short, longer = sorted(parts, key=lambda part: len(part.split()))
        # "INRAE - Institut national ...", "i3S - Instituto de ...": the full name; not a slogan beside the
        # acronym ("CNIO - Stop Cancer", "VITO - vision on technology").
        named = longer[:1].isupper() and len(longer.split()) > 1 and (
            len(longer.split()) > 2 or bool(unit_type(longer)) or abbreviates(short, longer)
        )
        return longer if named else short
    name = spelled_out(_without_acronym(_LEGAL.sub("", text)))
    arm = _RESEARCH_ARM.sub("", name)
    if arm != name and is_institution(arm):
        return arm  # "Ospedale San Raffaele Research": the hospital's research site
    words = name.split()
    if len(words) > 2 and words[-1].isupper() and abbreviates(words[-1], " ".join(words[:-1])):
        return " ".join(words[:-1])  # "Kriminalomsorgens høgskole og utdanningssenter KRUS"; but "RISE Research ..."
    return name


_RESEARCH_ARM = re.compile(r"(?<!&)(?<!\band)\s+(?:Research|Forschung|Forskning|Forsking)$")
_LINK_WORDS = frozenset("zur zum to til till back tilbake".split())


def _acronym_like(part: str) -> bool:
    """An acronym in capitals or a short form with a digit: 'VITO', 'i3S'."""
    return part.isupper() or " " not in part and len(part) <= 7 and any(c.isdigit() for c in part)


def _looks_like_a_name(text: str) -> bool:
    """An organisation's name, not a slogan ("Kunnskap for ei betre verd"): a kind of unit, an acronym, or
    mostly capitalised words."""
    return bool(unit_type(text)) or text.isupper() or is_proper_name(text)


@dataclass
class SiteOwner:
    """Who the site's chrome says owns it: ``named`` organisations best first, and every short name the
    logo and footer ``mention`` (to write out a short form found elsewhere: "Helse Stavanger HF")."""

    named: list[str] = field(default_factory=list)
    mentioned: list[str] = field(default_factory=list)


def site_owners(doc: HtmlElement, chrome: dict[HtmlElement, str]) -> SiteOwner:
    """The organisations the site's chrome names as its owner, read before the chrome goes: the text or
    image text of the logo link ("Albert-Ludwigs-Universität Freiburg"; of "INRAE - Institut national ...",
    the full name), the first part of a footer line that names a university or hospital, then one that
    names an institute ("Danmarks Meteorologiske Institut, Lyngbyvej 100"), and the subject of a footer
    sentence ("The University of Glasgow is a registered charity"). A logo that gives only an acronym
    ("SMHI") comes after a full name in the footer."""
    logos = []
    for link in doc.xpath(_LOGO):
        said = [link.text_content(), link.get("title") or "", link.get("aria-label") or "", *link.xpath(".//img/@alt")]
        text = next((clean_line(t) for t in said if clean_line(t)), "")
        name = _owner_name(text)
        # "SNF – Samfunns- og næringslivsforskning": a name its acronym beside it vouches for.
        vouched = any(part.isupper() and part != name and abbreviates(part, name) for part in NAME_PARTS.split(text))
        if name and len(name.split()) <= _LOGO_MAX_WORDS and not is_generic_heading(name) and (
            _looks_like_a_name(name) or vouched
        ):
            if (unit_type(name) not in _SUB_UNITS or is_institution(name)) and name not in logos:
                logos.append(name)
    footers = [element for element, kind in chrome.items() if kind == "footer"]
    # A link above the page's heading to a front page, naming a university or hospital: a faculty's site
    # under its university ("Universitetet i Oslo" on www.hf.uio.no).
    for element in doc.iter("a", "h1"):
        if element.tag == "h1":
            break
        name, href = _owner_name(element.text_content()), element.get("href") or "#"
        if not href.startswith("#") and urlsplit(href).path in ("", "/") and unit_type(name) in ("university", "hospital"):
            logos.append(name)
    lines = [clean_line(str(text)) for footer in footers for text in footer.xpath(".//text()")]
    parts = [_owner_name(part) for line in lines for part in _FOOTER_PART.split(line)]
    parts = [p for p in parts if p and len(p.split()) <= _PART_MAX_WORDS and not _OWNER_SENTENCE.match(p)
             and p.split()[0] not in SMALL_WORDS  # a name's second line: "of the Austrian Academy of Sciences"
             and not re.search(r"@|www\.|https?:", p)]  # "post@revmatismesykehuset.no" names no one
    parts += [m.group(1) for line in lines if (m := _OWNER_SENTENCE.match(line))]
    footer = [p for kinds in (("university", "hospital"), ("institute",)) for p in parts if unit_type(p) in kinds]
    logos = list(dict.fromkeys(logos))
    full = [name for name in logos if not name.isupper()]
    return SiteOwner(list(dict.fromkeys([*full, *footer, *logos])), list(dict.fromkeys([*logos, *parts])))


def institution_from_page(
    site_name: str | None,
    title_segments: list[str],
    jsonld: list[dict[str, Any]],
    crumbs: list[tuple[str, str | None]],
    owner: SiteOwner,
    unit_name: str,
) -> str | None:
    """The organisation a page without a profile belongs to: JSON-LD's parent organisation, else a
    university or hospital that og:site_name, the title's last segments or the breadcrumbs name, else the
    organisation the site's logo or footer names (see site_owners) that is not the unit itself, else what
    og:site_name or the title gives. A short form is written out when the chrome gives the full name."""
    found = _institution(site_name, title_segments, jsonld, crumbs, owner, unit_name)
    return BRACKETED_ACRONYM.sub("", found).strip() or None if found else None  # "... Center (DKFZ)"


def written_out_in_text(acronym: str, text: str) -> str | None:
    """The name the page's text gives for the institution's acronym: "users of the European Synchrotron
    Radiation Facility (ESRF)" for "ESRF"."""
    if not (acronym.isupper() or is_acronym(acronym)):
        return None
    small = "|".join(sorted(SMALL_WORDS))
    match = re.search(
        rf"((?-i:[A-ZÆØÅÄÖÜ])[\w'’-]+(?:\s+(?:(?:{small})\s+)*(?-i:[A-ZÆØÅÄÖÜ])[\w'’-]+)+)\s+\({re.escape(acronym)}\)", text
    )
    return match.group(1) if match else None


def _first(value: Any) -> Any:
    """JSON-LD gives one parent organisation or a list of them (joint owners): the first is the owner."""
    return value[0] if isinstance(value, list) and value else value


def _institution(
    site_name: str | None,
    title_segments: list[str],
    jsonld: list[dict[str, Any]],
    crumbs: list[tuple[str, str | None]],
    owner: SiteOwner,
    unit_name: str,
) -> str | None:
    declared = None
    for item in jsonld:
        parent = _first(item.get("parentOrganization"))
        while isinstance(parent, dict) and isinstance(parent.get("name"), str):
            if is_umbrella(parent["name"]) and declared:
                break  # the institute, not the society of institutes above it
            declared = spelled_out(_LEGAL.sub("", clean_line(parent["name"])))  # the outermost
            parent = _first(parent.get("parentOrganization"))
    if declared and unit_type(declared) in ("faculty", "department", "division"):
        declared = None  # a faculty named as the parent: the institution is above it
    others = [o for o in owner.named if o.lower() not in unit_name.lower() and unit_name.lower() not in o.lower()]
    # A centre's logo beside its university's footer: the university owns the site ("Stockholm Resilience
    # Centre" and "Stockholms universitet").
    if others and unit_type(others[0]) in (*_SUB_UNITS, "centre"):
        others.sort(key=lambda o: unit_type(o) != "university")
    # The site name and the title's last segments; and an acronym that leads the title ("BfG - Forschungsgruppe X").
    leading = title_segments[:1] if title_segments and is_acronym(title_segments[0]) else []
    metadata = [c for c in (_without_acronym(clean_line(c)) for c in [site_name or "", *reversed(title_segments[1:]), *leading])
                if c and not DOMAIN.fullmatch(c)]  # not "Mestring.no"
    trail = [name for name, _ in crumbs if not HOME_ITEM.match(name)]
    typed = [c for c in [*metadata, *trail]  # not an about page's crumb: "Om museet"
             if is_institution(c) and unit_name.lower() not in c.lower() and not is_page_heading(c)]
    # A county hospital in the breadcrumbs of a Swedish region's site ("Centrallasarettet Växjö" on Region
    # Kronoberg's): the region, which the logo or footer names, runs it; a university hospital
    # ("Skånes universitetssjukhus") is the institution of its own research units.
    regions = [o for o in owner.named if re.match(REGION, o)]
    if regions and typed and typed[0] in trail and typed[0] not in metadata and unit_type(typed[0]) == "hospital" and (
        not re.search(r"universitetssjukhus", typed[0], re.IGNORECASE)
    ):
        typed = regions
    untyped = [c for c in metadata if not is_unit_name(c)]
    # Last of all the owner even when it is the unit: an institute's own "Om institutet" page.
    # A site named like an organisation in the title's last segment: "... - Plymouth Marine Laboratory".
    sited = [c for c in metadata if len(c.split()) > 1 and is_proper_name(c) and c.lower() not in unit_name.lower()]
    found = ([declared] if declared else typed or untyped or others or sited or owner.named or [None])[0]
    if found is None:
        return None
    full = [o for o in others if len(o) > len(found) and not o.isupper()]
    if full and (is_acronym(found) or len(found.split()) == 1 and abbreviates(found, full[0])):
        found = full[0]  # "SMHI", "Crick" or "Udir" in the title, the full name in the logo or footer
    else:
        found = written_out(found, owner.named, owner.mentioned) or found
    return without_town(preferred_form(found, owner.named, owner.mentioned), metadata)  # the title's form

