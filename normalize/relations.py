"""Where a unit sits: its institution, its ancestors (parents) and the units it lists as parts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from normalize.clean import site_chrome
from normalize.phrases import HOME
from normalize.text import clean_line, sentences
from normalize.unit import is_generic_heading, is_unit_name, unit_type

Link = dict[str, str | None]

# "Home", and a home item named after the site ("UCL Home", "Trinity Home").
_HOME = re.compile(rf"^(\S+\s)?({HOME})$", re.IGNORECASE)

# What introduces the organisations a unit belongs to, in its own sentences: "a department within the
# University of Oslo and Oslo University Hospital", "is part of the College of Science & Engineering at
# the University of Glasgow", "er et senter ved NIVA og Universitetet i Bergen", "ingår i divisionen ...",
# "eine zentrale Einrichtung der Humboldt-Universität zu Berlin".
_KINDS = (
    r"(?:department|institute|unit|centre|center|group|lab|laboratory|school|faculty|college|division|section|facility"
    r"|network|programme|\w*(?:senter|sentre|center|centrum|institutt|institut|institution|avdeling|avdelning|afdeling"
    r"|enhet|enhed|gruppe|grupp|gruppa|nettverk|netværk|nätverk|program|fakultet|einrichtung|zentrum|abteilung"
    r"|instituten|einrichtungen))(?:et|en|a|e)?"
)
_BELONGS = re.compile(
    rf"\b(?:part of|hosted by|belongs to|one of the [\w\s-]{{0,40}}? of"
    rf"|(?:et|en|ett|ein|eit|eines|eine) (?:av|af|von) (?:[\w-]+\s+){{1,3}}?(?:i|ved|vid|på|der|des|inom|innen|innenfor)"
    rf"|forankr(?:et|a) (?:i|ved)|anchored in|knytt(?:et|a)? til|verankert (?:in|an)|verksam(?:t|ma)? vid|tätig an"
    rf"|(?:er|is|är|ist) (?:et|en|ett|ein|eit|a|an|eine?) (?!del )(?:[\w()-]+\s+){{1,6}}?(?:ved|vid|at|within|an der)"
    rf"|(?-i:(?=[a-zæøå]))(?:{_KINDS}) (?:of|in the|within|under|ved|vid|på|inom|under|der|des|an der|am)"
    rf"|(?-i:(?:Einrichtung|Einrichtungen|Institut|Institute|Instituten|Zentrum|Zentren|Abteilung|Arbeitsgruppe|Teil"
    rf"|Fakultät|Fakultäten)) (?:der|des)"
    rf"|(?:er|är|ist) (?:en|ein|et|ett) del (?:av|af)|del (?:av|af)|tilknyttet|knyttet til|hører (?:inn )?under"
    rf"|h(?:ø|ö)y?rer til|tillhör|tilhører|høyrer inn under|gehört zu|belongs to"
    rf"|ingår i|inngår i|teil (?:der|des)|within the framework of (?:the\s+)?[\w\s]*?\bof"
    rf"|innenfor rammene? av [\w\s]*?\b(?:til|for))\s+(?:the\s+|den\s+|det\s+|der\s+|des\s+)?",
    re.IGNORECASE,
)
# Where the organisations' names end: a clause that goes on ("og ble opprettet", "where we").
_CLAUSE = re.compile(
    r"[.;:!?(]|,\s(?!(?-i:[A-ZÆØÅ]))(?!(?:\S+\s){0,2}?(?:og|och|and|und)\s)|\sand (?-i:[a-z])|\s(?:investigating|working|studying|focusing"
    r"|developing|using|conducting|providing|bringing|combining)\b|\s(?:og|och|und) (?:ble|har|er|är|ist|vi|wir|vår|sine?|held|ligg|ligger|holder|[a-zæøå]+(?:er|ar|te|de))\b"
    r"|\s(?:is|are|er|är|ist|om|about|über|which|that|where|since|som|hvor|där|die|das|siden|sedan|seit|with|med|mit|together|sammen"
    r"|tillsammans|for å|för att|um|to|til|till|who)\b"
)
# Chains of organisations, inner first: "Fakulteten för ... vid Sveriges lantbruksuniversitet".
# "Institutt for X, Fakultet for Y ved NTNU": a comma before another unit's kind is a link too.
_CHAIN = re.compile(
    r"\s(?:ved|vid|at|på|an der|am|within|in the)\s+(?:the\s+)?|,\s+(?=(?-i:[A-ZÆØÅ])(?:" + _KINDS + r")\b)",
    re.IGNORECASE,
)
# Where a unit is, not what it belongs to: "based in the Bute Building", "centrum i Trollhättan", "Based in
# Whitechapel". Only a unit's name counts after these.
_LOCATED = re.compile(
    r"\b(?:based|housed|located|situated) (?:in|at)\s+(?:the\s+)?|(?-i:(?=[a-zæøå]))(?:"
    + _KINDS + r") (?:at|i)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_ACRONYM_AFTER = re.compile(r"\s*\([A-ZÆØÅ][\w&\s-]{0,12}\)")
_KIND_FIRST = re.compile(rf"^(?-i:(?=[a-zæøå]))(?:{_KINDS})\s+(?-i:(?=[A-ZÆØÅ]))", re.IGNORECASE)
_MAX_ORG_WORDS = 24
_PLACE = re.compile(r"\b(building|campus|bygning|bygget|huset|gebäude|haus|byggnad|hall)\b", re.IGNORECASE)
# A line that names the host unit: "Vertsfakultet: Det teknisk-naturvitenskapelige fakultet".
_HOST_LABEL = re.compile(
    r"^(?:vertsfakultet|vertsinstitusjon|vertsinstitutt|host (?:faculty|department|institution)|tilhører"
    r"|del av|part of)\s*:\s*(.{3,100})$",
    re.IGNORECASE,
)


def _split_orgs(phrase: str) -> list[str]:
    """'University of Oslo and Oslo University Hospital' -> both; 'Cardiovascular and Pulmonary Diseases' stays."""
    names: list[str] = []
    pieces = re.split(r"\s+(and|og|och|und|&)\s+", phrase)
    for i in range(0, len(pieces), 2):
        part = pieces[i]
        if names and (not is_unit_name(part) or len(names[-1].split()) == 1 and not is_unit_name(names[-1])):
            names[-1] = f"{names[-1]} {pieces[i - 1]} {part}"  # "Herlev og Gentofte Hospital"
        else:
            names.append(part)
    return [n.strip() for n in names if is_unit_name(n) or _is_proper(n) and any(is_unit_name(m) for m in names)]


def _organisations(phrase: str) -> list[str]:
    """The organisations after a phrase of belonging, outermost first: 'Institut for X og Institut for Y
    på Aalborg Universitet' -> ['Aalborg Universitet', 'Institut for X', 'Institut for Y']."""
    phrase = _CLAUSE.split(_ACRONYM_AFTER.sub("", phrase), maxsplit=1)[0].strip()
    kind_first = _KIND_FIRST.match(phrase)  # "divisionen Material och produktion"
    phrase = phrase[kind_first.end():] if kind_first else phrase
    if not phrase[:1].isupper() or len(phrase.split()) > _MAX_ORG_WORDS:
        return []
    found: list[str] = []
    for link in reversed(_CHAIN.split(phrase)):
        names = _split_orgs(link) or ([link] if kind_first or _is_proper(link) else [])
        names = names or [p for p in re.split(r"\s+(?:and|og|och|und|&)\s+", link) if _is_proper(p)]
        found.extend(n for n in names if not _PLACE.search(n))
    return found


def _is_proper(name: str) -> bool:
    """A name written as one: 'Simula Research Laboratory', "King's College London", 'Fraunhofer-Gesellschaft'."""
    words = name.split()
    return bool(words) and words[0][:1].isupper() and sum(w[:1].isupper() for w in words) * 2 > len(words)


def parents_in_text(text: str) -> list[str]:
    """Organisations a unit's own sentences say it belongs to, outermost first per sentence."""
    found: list[str] = []
    for sentence in sentences(text[:4000]):
        label = _HOST_LABEL.match(sentence)
        names = [clean_line(label.group(1))] if label else []
        for match in _BELONGS.finditer(sentence):
            names += _organisations(clean_line(sentence[match.end():]))
        for match in _LOCATED.finditer(sentence):
            located = _organisations(clean_line(sentence[match.end():]))
            names += located if located and is_unit_name(located[-1]) else []  # the innermost names a unit
        found.extend(n for n in names if n not in found)
    return found


# A fact box's label for the unit it belongs to: "Fakultet: Fakultet for samfunnsvitenskap".
_HOST_KIND = re.compile(
    r"^(faculty|fakultet|fakultät|department|institutt|institut|institution|school|division|avdeling|avdelning"
    r"|afdeling|abteilung|host institution|vertsinstitusjon|part of|del av|tilhører|parent unit)\s*:?$",
    re.IGNORECASE,
)


def host_labels(doc: HtmlElement) -> list[str]:
    """The units a fact box names as the page's hosts, read before the sidebars go: a definition list or
    table whose label is a kind of unit ("Fakultet" / "Fakultet for samfunnsvitenskap")."""
    found = []
    for label in doc.xpath("//dt | //th | //tr/td[1]"):
        value = label.getnext()
        if value is not None and value.tag in ("dd", "td") and _HOST_KIND.match(clean_line(label.text_content())):
            name = clean_line(value.text_content())
            if name and is_unit_name(name) and len(name.split()) <= _MAX_ORG_WORDS:
                found.append(name)
    return found


def parents(
    crumbs: list[tuple[str, str | None]],
    unit_name: str,
    title: str,
    text: str,
    profile_institution: str | None = None,
    aliases: tuple[str, ...] = (),
    hosts: tuple[str, ...] = (),
) -> list[Link]:
    """Ancestors, outermost first, as the page shows them: breadcrumb items above the unit, then the
    organisations its sentences say it belongs to. A site profile's institution stands first; an
    institution read from the page's metadata is in ``institution``, and a parent only when shown."""
    chain: list[Link] = []
    same_as_institution = {a.lower() for a in aliases}

    def add(name: str, url: str | None) -> None:
        key = name.lower()
        if key in same_as_institution and any(p["name"].lower() in same_as_institution for p in chain):
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
    for name in [*hosts, *parents_in_text(text)]:
        add(name, None)
    return chain


# Breadcrumb items that are a section of a site, not a unit: "Forskning ved IBV", "Om FHI", "What we do",
# "Instituttets forskning", and items made only of section words and kinds of unit ("Alle grupper",
# "Kliniken & Institute", "Netwerken en samenwerking").
_SECTION_START = re.compile(
    r"^((research|forskning|forsking|forschung|onderzoek)\b(?!\s+(?:program\w*|group|centre|center|unit|institute))"
    r"|(about|om|über|fag|what we do|vad vi gör|hvad vi laver|wat we doen|was wir tun|meet|møt|möt|mød|treffen sie"
    r"|explore|discover|utforsk|upptäck|entdecken)\b)",
    re.IGNORECASE,
)
_OWN_RESEARCH = re.compile(r"^\w+s\s+(forskning|forsking|research|forschung)$", re.IGNORECASE)
_CONNECTORS = frozenset("and og och und et en & +".split())
_SECTION_WORDS = _CONNECTORS | frozenset(
    "all alle våre vores our unsere onze alla expertise profil forschungsprofil directory ydelser services tjenester"
    " tjänster leistungen organisering organisation technology technologies teknologi structure governance academic"
    " innovasjon innovation innovatie innovation samarbeid samarbejde samarbete samenwerking collaboration"
    " zusammenarbeit ledning leiing ledelse leitung management leadership kliniken clinics klinikker".split()
)
# Kinds of unit in the plural, which unit_type does not read as names: "Forskningsenheder", "Sentra våre",
# "Fakulteter", "Avdelingar", "Forschungsprogramme", "Core facilities".
_KIND_PLURAL = re.compile(
    r"\w*(?:enheder|enheter|enheterna|fakultäten|départements|centra|sentra|sentre|sentrene|centre|institutioner"
    r"|institutionerna|institutter|instituter|netwerken|infrastruktur|infrastrukturer|infrastructures?|einrichtungen|zentren"
    r"|core|colleges|faculties|facultés)$"
)
_PLURAL_ENDINGS = ("erne", "erna", "ene", "ane", "ar", "er", "es", "s", "en", "n", "e")


def _is_plural_kind(word: str) -> bool:
    return bool(_KIND_PLURAL.match(word)) or any(
        word.endswith(end) and len(word) > len(end) + 3 and unit_type(word[: -len(end)]) for end in _PLURAL_ENDINGS
    )


def _is_kind(word: str) -> bool:
    return bool(unit_type(word)) or _is_plural_kind(word)


def is_listing_heading(heading: str) -> bool:
    """A heading that names kinds of unit in the plural and nothing else: a listing page ("Arbeitsgruppen",
    "Våre forskningsgrupper", "Research centres and institutes", "Institute der Fakultät VI")."""
    words = re.findall(r"[^\W\d_]+|&", heading.lower())
    return _is_section(heading) and any(_is_plural_kind(w) for w in words) or bool(_PLURAL_OF.match(heading))


# "Institute der Fakultät VI", "Departments of the Faculty of Arts", "Forskningsgrupper ved instituttet".
_PLURAL_OF = re.compile(
    r"^(?:(?:institute|abteilungen|arbeitsgruppen|forschungsgruppen|zentren|einrichtungen|lehrstühle|professuren)"
    r"\s+(?:der|des|am|an)|(?:departments|institutes|research groups|working groups|centres|centers|schools|labs"
    r"|laboratories|research units|units)\s+(?:of|at|in)"
    r"|(?:forskningsgrupper|forskargrupper|institutter|enheter|enheder|avdelinger|avdelingar|afdelinger|sentre|sentra"
    r"|institutioner)\s+(?:ved|vid|i|på))\b",
    re.IGNORECASE,
)


def _is_section(name: str) -> bool:
    """A crumb made of section words and kinds of unit in the plural; a kind alone in the singular
    ("Forskningsenheten") names a unit."""
    if _SECTION_START.match(name) or _OWN_RESEARCH.match(name):
        return True
    words = re.findall(r"[^\W\d_]+|&", name.lower())
    if len(words) == 1 and (unit_type(words[0]) or _is_plural_kind(words[0])):
        return not _is_definite_kind(words[0])  # "Forskningsprogram", "Abteilungen"; but "Forskningsenheten"
    return bool(words) and all(w in _SECTION_WORDS or _is_kind(w) or is_generic_heading(w) for w in words) and any(
        _is_plural_kind(w) or w in _SECTION_WORDS and w not in _CONNECTORS or is_generic_heading(w) for w in words
    )


# A Nordic kind of unit in the definite singular names one unit: "Forskningsenheten", "Senteret", "Gruppa"
# (German plurals look alike: "Arbeitsgruppen", "Forschungsgruppen").
_DEFINITE = re.compile(
    r"(?!arbeits|forschungs)\w*(?:enhet|enhed|senter|sentr|center|centr|grupp|gruppe|avdeling|avdelning|afdeling|institutt|nettverk|nätverk"
    r"|netværk|program|fakultet|klinikk|seksjon|sektion)(?:en|et|a|n)$"
)


def _is_definite_kind(word: str) -> bool:
    return bool(_DEFINITE.match(word)) and bool(unit_type(word))


def kind_listed_under(crumbs: list[tuple[str, str | None]], url: str, own_name: str) -> str | None:
    """The kind of unit a page is filed under, for a unit named only by its topic ("Arbetsliv och
    rörlighet"): the breadcrumb item above it, else its URL's parent folder, names a plural of units
    ("Forskningsgrupper", "Departments", ".../forskningsgrupper/fiskehelse/")."""
    above = [name for name, _ in crumbs if name and name.lower() != own_name.lower()]
    folders = [part.replace("-", " ").replace("_", " ") for part in urlsplit(url).path.split("/") if part][:-1]
    # The item or folder just above, or the one above that ("Forskningsmiljöer > Livsmedel och ... > the unit").
    candidates = above[-1:] + folders[-1:] + above[-2:-1] + folders[-2:-1]
    for candidate in candidates:
        kind = unit_type(candidate)
        if kind and kind not in ("university", "hospital") and _is_section(candidate):
            return kind  # a listing of units ("Forskningsgrupper"), not a unit ("Seksjon for forsking")
    return None


_LOGO = (
    "//a[contains(@class, 'logo') or contains(@id, 'logo') or @rel='home'"
    " or .//img[contains(@src, 'logo') or contains(@class, 'logo')]]"
)
# What a logo link says besides the name: "KTH:s logotyp", "Till startsidan för Mittuniversitetet",
# "Örebro universitet, startsida", "UiB logo".
_LOGO_WORDS = re.compile(
    rf"^(?:logo\s(?:der|des|of|for|til|för|af|van)|about|om|über|kontakta|contact|go\sto|gå\still?|(?:go\s)?to\s(?:the\s)?(?:{HOME})"
    rf"(?:\sof)?|till\s(?:{HOME})\s(?:för|av)|til\s(?:{HOME})\s(?:for|til)|zur\s(?:{HOME})\s(?:der|des|von))\s+"
    rf"|(?::s|'s)?\s*(?:[-–|,]\s*)?(?:(?:til|to|till|zur)\s+(?:the\s+)?)?(?:{HOME})$|(?::s|'s)?\s*(?:[-–|,]\s*)?(?:logo|logotyp|logotype|{HOME})$",
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
    """'INRAE - Institut national ...' -> the full name; 'Charité – Universitätsmedizin Berlin' stays whole."""
    text = _LOGO_WORDS.sub("", clean_line(text))
    parts = [_LEGAL.sub("", clean_line(part)) for part in _NAME_PARTS.split(text)]
    if len(parts) == 2 and (parts[0].isupper() or parts[1].isupper()):
        return max(parts, key=lambda part: len(part.split()))
    return _LEGAL.sub("", text)


def _looks_like_a_name(text: str) -> bool:
    """An organisation's name, not a slogan ("Kunnskap for ei betre verd"): a kind of unit, an acronym, or
    mostly capitalised words."""
    return bool(unit_type(text)) or text.isupper() or _is_proper(text)


@dataclass
class SiteOwner:
    """Who the site's chrome says owns it: ``named`` organisations best first, and every short name the
    logo and footer ``mention`` (to write out a short form found elsewhere: "Helse Stavanger HF")."""

    named: list[str] = field(default_factory=list)
    mentioned: list[str] = field(default_factory=list)


def site_owners(doc: HtmlElement, chrome: dict[HtmlElement, str] | None = None) -> SiteOwner:
    """The organisations the site's chrome names as its owner, read before the chrome goes: the text or
    image text of the logo link ("Albert-Ludwigs-Universität Freiburg"; of "INRAE - Institut national ...",
    the full name), the first part of a footer line that names a university or hospital, then one that
    names an institute ("Danmarks Meteorologiske Institut, Lyngbyvej 100"), and the subject of a footer
    sentence ("The University of Glasgow is a registered charity"). A logo that gives only an acronym
    ("SMHI") comes after a full name in the footer."""
    logos = []
    for link in doc.xpath(_LOGO):
        said = [link.text_content(), link.get("title") or "", link.get("aria-label") or "", *link.xpath(".//img/@alt")]
        name = _owner_name(next((clean_line(t) for t in said if clean_line(t)), ""))
        if name and len(name.split()) <= _LOGO_MAX_WORDS and not is_generic_heading(name) and _looks_like_a_name(name):
            if unit_type(name) not in _SUB_UNITS and name not in logos:
                logos.append(name)
    chrome = site_chrome(doc) if chrome is None else chrome
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
    parts = [p for p in parts if p and len(p.split()) <= _PART_MAX_WORDS and not _OWNER_SENTENCE.match(p)]
    parts += [m.group(1) for line in lines if (m := _OWNER_SENTENCE.match(line))]
    footer = [p for kinds in (("university", "hospital"), ("institute",)) for p in parts if unit_type(p) in kinds]
    logos = list(dict.fromkeys(logos))
    full = [name for name in logos if not name.isupper()]
    return SiteOwner(list(dict.fromkeys([*full, *footer, *logos])), list(dict.fromkeys([*logos, *parts])))


_SMALL_WORDS = frozenset("i og och and of for für und de du the".split())


def _initials(name: str) -> str:
    """'Ludwig-Maximilians-Universität München' -> 'LMUM'; 'Norges geologiske undersøkelse' -> 'NGU'."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word and word.lower() not in _SMALL_WORDS).upper()


def _is_acronym(text: str) -> bool:
    """'SMHI', 'KHiO', 'UiB': a short word of mostly capitals."""
    return bool(re.fullmatch(r"[A-ZÆØÅ][A-Za-zæøå]{1,6}", text)) and sum(c.isupper() for c in text) >= 2


def _written_out(short: str, owner: SiteOwner) -> str | None:
    """The full form of a short name the chrome gives: 'LMU Munich', 'TU Dresden', 'NGU' -> the name their
    acronym abbreviates; 'Universität Tübingen' -> the logo's or footer's 'Eberhard Karls Universität
    Tübingen'; 'Universitätsmedizin Berlin' -> 'Charité – Universitätsmedizin Berlin'."""
    acronyms = [w.upper() for w in short.split() if _is_acronym(w)]
    for name in [*owner.named, *owner.mentioned]:
        if len(name) <= len(short) or name.isupper():
            continue
        longer = name in owner.named and len(name.split()) - len(short.split()) <= 3
        if longer and re.search(r"[\s-]" + re.escape(short.lower()) + "$", name.lower()):
            return name
        if any(_initials(name).startswith(a) or name.startswith(a + " ") for a in acronyms):
            return name  # "LMU Munich" -> "Ludwig-Maximilians-Universität München", "NORCE" -> "NORCE Norwegian ..."
    return None


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
    return _ACRONYM_AFTER.sub("", found).strip() or None if found else None  # "... Center (DKFZ)"


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
        parent = item.get("parentOrganization")
        while isinstance(parent, dict) and isinstance(parent.get("name"), str):
            declared, parent = clean_line(parent["name"]), parent.get("parentOrganization")  # the outermost
    others = [o for o in owner.named if o.lower() not in unit_name.lower() and unit_name.lower() not in o.lower()]
    metadata = [c for c in (clean_line(c) for c in [site_name or "", *reversed(title_segments[1:])]) if c]
    trail = [name for name, _ in crumbs if not _HOME.match(name)]
    typed = [c for c in [*metadata, *trail] if unit_type(c) in ("university", "hospital")]
    untyped = [c for c in metadata if not is_unit_name(c)]
    # Last of all the owner even when it is the unit: an institute's own "Om institutet" page.
    found = ([declared] if declared else typed or untyped or others or owner.named or [None])[0]
    if found is None:
        return None
    full = [o for o in others if len(o) > len(found) and not o.isupper()]
    if full and (_is_acronym(found) or len(found.split()) == 1 and found.lower() in full[0].lower()):
        return full[0]  # "SMHI" or "Crick" in the title, the full name in the logo or footer
    return _written_out(found, owner) or found


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
