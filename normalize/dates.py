"""Publication and modification dates stated on the page.

"Published Jan. 19, 2022 12:23 PM - Last modified Sep. 5, 2023 1:34 PM",
"Publisert 19. jan. 2022 - Sist endret 5. sep. 2023", "Senast uppdaterad:
2024-02-01": such lines are read into ``published`` / ``modified`` and taken
out of the text. Meta tags and JSON-LD are the fallback.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from lxml.html import HtmlElement

from normalize import phrases
from normalize.removal import Removal, removal
from normalize.tree import br_lines, short_lines

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "mär": 3, "apr": 4, "may": 5, "mai": 5, "maj": 5, "mei": 5, "jun": 6, "jui": 7,
    "jul": 7, "aug": 8, "aoû": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12, "des": 12, "dez": 12,
    "déc": 12, "fév": 2, "avr": 4, "maa": 3, "juin": 6, "juil": 7,
}
_MONTH = r"(?P<month>[a-zA-ZæøåäöüéûÆØÅÄÖÜÉ]{3,10})\.?"
_DATE = (
    rf"(?:{_MONTH}\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"  # Jan. 19, 2022
    rf"|(?P<d2>\d{{1,2}})\.?\s+{_MONTH.replace('month', 'month2')}\s+(?P<y2>\d{{4}})"  # 19. jan. 2022 / 19 January 2022
    r"|(?P<d3>\d{1,2})[./](?P<m3>\d{1,2})[./](?P<y3>\d{4})"  # 12.03.2024
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2}))"  # 2024-02-01
)
_TIME = r"(?:,?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Uhr|CET|CEST|UTC|GMT))?)?"
_PUBLISHED = (
    r"published|publisert|publisered|publiceret|publicerad|publiserad|veröffentlicht|erstellt|posted|created"
    r"|opprettet|oppretta|publié le|publié|gepubliceerd|date published"
)
_MODIFIED = (
    r"last modified|last updated|last changed|updated|modified|sist endret|sist endra|sist oppdatert|sist oppdatert"
    r"|sidst opdateret|senest opdateret|redaktionen afsluttet|sidst ændret|senest ændret|senast uppdaterad|senast ändrad|uppdaterades"
    r"|uppdaterad|ändrad|letzte änderung|letzte aktualisierung|zuletzt bearbeitet|zuletzt geändert|zuletzt verändert|zuletzt aktualisiert|aktualisiert|geändert|verändert|stand|dernière mise à jour|mis à jour|dernière modification|modifié"
    r"|laatst gewijzigd|laatst bijgewerkt|bijgewerkt|page last updated|this page was last (?:updated|modified|reviewed)"
    r"|page last reviewed|last reviewed|sist revidert|sist kontrollert|senast granskad|senest revideret"
    r"|last revised|revised|revideret|revidert|oppdatert|opdateret|uppdaterat"
    r"|zuletzt überprüft|dernière révision|laatst gecontroleerd"
)
# A weekday before the date: "Last revised: Thu 6 Mar 2025", "Oppdatert tirsdag 5. mars 2024".
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun|man|tir|ons|tor|fre|lør|søn|mån|tis|lör|sön|mo|di|mi|do|fr|sa|so)[a-zæøåäö]*\.?,?\s+)?"
_STATED = re.compile(
    rf"(?P<label>{_MODIFIED}|{_PUBLISHED})\s*(?:on|den|am|le|op|:)?\s*:?\s*{_WEEKDAY}{_DATE}{_TIME}"
    r"(?:\s+(?:by|av|af|von|door|par)\s+[^|·]{1,80}$)?",  # "Last updated 11 January 2024 by School of ..."
    re.IGNORECASE,
)
_YEAR = re.compile(r"\d{4}")  # every date form above has one: a cheap first test
_LABEL_HINT = re.compile(rf"{_MODIFIED}|{_PUBLISHED}", re.IGNORECASE)
_MODIFIED_LABEL = re.compile(rf"^(?:{_MODIFIED})$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-–—|·,;:()]+")


def _month(name: str) -> int | None:
    key = name.lower()
    return _MONTHS.get(key[:4]) or _MONTHS.get(key[:3])


def _to_iso(match: re.Match[str]) -> str | None:
    g = match.groupdict()
    try:
        if g["y1"]:
            month, day, year = _month(g["month"]), int(g["d1"]), int(g["y1"])
        elif g["y2"]:
            month, day, year = _month(g["month2"]), int(g["d2"]), int(g["y2"])
        elif g["y3"]:
            month, day, year = int(g["m3"]), int(g["d3"]), int(g["y3"])
        else:
            month, day, year = int(g["m4"]), int(g["d4"]), int(g["y4"])
        return date(year, month, day).isoformat() if month else None
    except ValueError:
        return None


def read_date_line(line: str) -> tuple[str | None, str | None] | None:
    """(published, modified) when ``line`` is a date line and nothing more (or a date line and the page
    owner: "Letzte Änderung: 05.03.2024 · Seitenverantwortlich: ..."), else None."""
    matches = list(_STATED.finditer(line))
    rest = _STATED.sub(" ", line)
    if not matches or len(_SEPARATORS.sub(" ", rest).split()) > 3 and not phrases.PAGE_OWNER.match(
        rest.strip(" -–—|·,;")
    ):
        return None
    published = modified = None
    for match in matches:
        value = _to_iso(match)
        if _MODIFIED_LABEL.match(match.group("label")):
            modified = modified or value
        else:
            published = published or value
    return published, modified


def _date_block(lines: list[str]) -> tuple[str | None, str | None] | None:
    """(published, modified) of lines split by <br> when each is a date line or page furniture
    ("Sist oppdatert: 14.10.2015<br>Ansvarleg for sida: ..."), else None."""
    found = [read_date_line(line) for line in lines]
    if not any(found) or not all(f or phrases.is_boilerplate_line(line) for f, line in zip(found, lines, strict=True)):
        return None
    dated = [f for f in found if f]
    return next((p for p, _ in dated if p), None), next((m for _, m in dated if m), None)


_TEASER_MAX_CHARS = 400
_TEASER = re.compile(r"teaser|news|item|card|event|entry|post|listing", re.IGNORECASE)


def _in_teaser(element: HtmlElement) -> bool:
    """The date of a teaser: in a list item, article or teaser card of at most two levels up that also
    holds a headline link ("Published: 3 September 2024" under "Seabird tracking reveals ...")."""
    own = set(element.iter())
    for block in list(element.iterancestors())[:2]:
        if len(block.text_content()) > _TEASER_MAX_CHARS:
            return False
        if block.tag not in ("li", "article") and not _TEASER.search(block.get("class") or ""):
            continue
        links = [a for a in block.xpath(".//a[@href]") if a not in own and len(a.text_content().split()) >= 3]
        if links:
            return True
    return False


def take_date_lines(doc: HtmlElement, removed: list[Removal]) -> tuple[str | None, str | None]:
    """Dates from the page's own date lines (published, modified); the lines are removed from ``doc``."""
    published = modified = None
    for element, line in short_lines(doc.find("body"), 250):
        if not _YEAR.search(line) or not _LABEL_HINT.search(line):
            continue
        if element.xpath(".//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6"):
            continue  # a title block with the date under the heading: the date line is inside it
        if _in_teaser(element):
            continue  # "Published: 3 September 2024" under a news teaser's link: that item's date
        found = read_date_line(line) if element.find(".//br") is None else _date_block(br_lines(element))
        if found is None:
            continue
        published, modified = published or found[0], modified or found[1]
        removed.append(removal(element, "date-line", line))
    return published, modified


def _iso_prefix(value: Any) -> str | None:
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            return None
    return None


def declared_dates(
    meta_published: str | None, meta_modified: str | None, jsonld: list[dict[str, Any]]
) -> tuple[str | None, str | None]:
    """Dates from JSON-LD (datePublished / dateModified), then meta tags."""
    published = modified = None
    for item in jsonld:
        published = published or _iso_prefix(item.get("datePublished"))
        modified = modified or _iso_prefix(item.get("dateModified"))
    return published or _iso_prefix(meta_published), modified or _iso_prefix(meta_modified)
