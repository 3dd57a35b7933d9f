"""From a fetched page to a research-unit record: every step on the one parsed tree.

Order matters: facts that cleaning removes are read first (head, breadcrumbs,
date lines, language switch), then boilerplate goes, contacts are read from
what is left, and trafilatura extracts the main text from the cleaned tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

from normalize.alternates import alternates, take_language_switch
from normalize.breadcrumbs import take_breadcrumbs
from normalize.classify import classify_url, kind_from_types
from normalize.clean import in_consent_banner, remove_boilerplate, remove_sidebars, site_chrome
from normalize.contacts import has_title, is_person_name, read_contacts
from normalize.dates import declared_dates, take_date_lines
from normalize.document import Head, parse, read_head
from normalize.extract import Block, extract_blocks, render_text
from normalize.facts import read_facts
from normalize.institution import (
    SiteOwner,
    institution_from_page,
    is_institution,
    is_umbrella,
    site_owners,
    written_out_in_text,
)
from normalize.language import Declared, identify_language
from normalize.page import NotAUnitPage, Page
from normalize.relations import (
    filed_under_listing,
    host_labels,
    is_listing_heading,
    kind_listed_under,
    parents,
    subunits,
)
from normalize.removal import Removal
from normalize.rules import SiteRules
from normalize.text import abbreviates, clean_line
from normalize.tree import main_landmark
from normalize.unit import (
    DEFINITE_WORD,
    about_acronym,
    about_kind,
    acronym_in,
    choose_name,
    initials_of,
    is_bare_kind,
    is_generic_heading,
    is_page_heading,
    is_unit_name,
    kind_prefix,
    kind_stated,
    named_in_text,
    named_with_acronym,
    split_acronym,
    unit_type,
)
from normalize.urls import canonical_url, content_hash, record_id, unit_id

SCHEMA_VERSION = "1"
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:·•›»]\s+|\s+::\s+")
# A site's short name before a colon: "DIW Berlin: Forschungsgruppe ...", "NTNU: Institutt for ...".
_SITE_PREFIX = re.compile(r"^([A-ZÆØÅ]{2,6}(?:\s+[A-ZÆØÅ]\w+)?):\s+(?=\S)")
_SUMMARY_MIN_WORDS = 10
# Headings of pages that are no unit's, whatever their URL: "Kontakt", "Kontakt Forskningsavdelingen"
# (a unit's contact page), "Webbinarium: Värmeböljor ...",
# "Wissenschaftliche*r Mitarbeiter*in (m/w/d) ...", and a person's name.
_PAGE_HEADINGS = (
    ("contact", re.compile(
        r"^(contact|contact us|contacts|kontakt|kontakt oss|kontakt os|kontakta oss|kontaktinformasjon"
        r"|kontaktinformation|ansprechpartner\w*|impressum|find us|how to find us|finn fram|hitta hit)$"
        rf"|^(?:contact|kontakt|kontakta)\s+(?:{DEFINITE_WORD})$",  # "Kontakt Forskningsavdelingen", not "Contact Centre"
        re.IGNORECASE,
    )),
    ("event", re.compile(
        r"^(webinar|webbinarium|webinär|seminar|seminarium|konferanse|konferens|konferenz|conference|workshop"
        r"|disputas|disputation|föreläsning|forelesning|lecture|vortrag|symposium)\b.{0,10}:",
        re.IGNORECASE,
    )),
    ("vacancy", re.compile(r"\((m/w/d|w/m/d|m/f/d|f/m/d|m/w/x|all genders)\)|\b(vacancy|ledig stilling|stillingsopslag)\b",
                           re.IGNORECASE)),
)


def _kind_by_heading(heading: str) -> str | None:
    found = next((kind for kind, pattern in _PAGE_HEADINGS if pattern.search(heading)), None)
    person = heading and is_person_name(heading) and not is_page_heading(heading)  # not "Om KoRus-Oslo"
    return found or ("people" if person else None)


@dataclass
class Normalized:
    """A record and what was removed from its page on the way (for the run report)."""

    record: dict[str, Any]
    removed: list[Removal] = field(default_factory=list)


@dataclass
class _Cleaned:
    doc: HtmlElement
    head: Head
    crumbs: list[tuple[str, str | None]]
    stated_dates: tuple[str | None, str | None]
    switch: dict[str, str]
    h1: str
    contacts: list[dict[str, str | None]]
    removed: list[Removal]
    owners: SiteOwner
    hosts: list[str]


_SCREEN_READER_ONLY = re.compile(  # whole class tokens: not "hidden-print" or "hidden-xs"
    r"(?:^|\s)(?:sr-only|visually-?hidden|hide-accessible|screen-reader-text|element-invisible|invisible|hidden)(?:\s|$)"
)


def _menu_heading(heading: HtmlElement) -> bool:
    """A heading inside a menu, or hidden for screen readers: it labels the site's chrome, not the page."""
    hidden = _SCREEN_READER_ONLY.search(heading.get("class") or "")
    return bool(hidden or heading.xpath("ancestor::nav | ancestor::*[@role='navigation']"))


def _clean(doc: HtmlElement, url: str, rules: SiteRules) -> _Cleaned:
    head = read_head(doc, url)
    removed: list[Removal] = []
    crumbs = take_breadcrumbs(doc, url, head.jsonld, removed)
    stated = take_date_lines(doc, removed)
    switch = take_language_switch(doc, url, removed)
    chrome = site_chrome(doc)
    # The page's heading, not a consent banner's ("Denne hjemmeside bruger cookies"), and not one a menu
    # carries for screen readers (<nav><h1 class="hide-accessible">Navigation</h1>) when there is another.
    headings = [h for h in doc.xpath("//h1") if not in_consent_banner(h)]
    headings = [h for h in headings if not _menu_heading(h)] or headings
    h1 = clean_line(headings[0].text_content()) if headings else ""
    owners = site_owners(doc, chrome)  # before the header and footer go
    hosts = host_labels(doc)  # before the sidebars go: fact boxes name the faculty and department
    contacts = read_contacts(doc, url, chrome)  # before the sidebars and widgets go: a contact box often sits in one
    removed += remove_boilerplate(doc, rules.boilerplate)
    removed += remove_sidebars(doc)
    return _Cleaned(doc, head, crumbs, stated, switch, h1, contacts, removed, owners, hosts)


def main_text(html: str, url: str | None = None) -> str:
    """The cleaned main text of a page, exactly as a record's ``text`` holds it (generic site rules).

    A fragment of HTML is read as a page's body. Raises :class:`UnparsableHtml` when there is no
    markup at all (empty, plain text, binary)."""
    cleaned = _clean(parse(html), url or "", SiteRules())
    return render_text(extract_blocks(cleaned.doc, url, cleaned.removed))


def _without_generic_part(segment: str) -> str:
    """'Forschungsgruppe Provenienz: Wer wir sind', 'Max-Planck-Institut für X: Über das Institut', 'Über uns:
    Leibniz-Institut für Y' -> the name, without the page's own heading on either side of the colon."""
    head, colon, tail = segment.rpartition(": ")
    if colon and head and (is_generic_heading(tail) or about_kind(tail)):
        return head
    head, colon, tail = segment.partition(": ")
    return tail if colon and tail and (is_generic_heading(head) or about_kind(head)) else segment


def _title(raw: str, rules: SiteRules) -> tuple[str, list[str]]:
    """The cleaned title, and the segments of the raw one ('Page - Site' -> ['Page', 'Site'])."""
    prefix = _SITE_PREFIX.match(raw)
    parts = [raw[prefix.end():], prefix.group(1)] if prefix else [raw]
    segments = [s.strip("()") if s.count("(") != s.count(")") else s for p in parts for s in _TITLE_SEPARATORS.split(p) if s]
    segments = [_without_generic_part(s) for s in segments]
    last, colon, owner = segments[-1].rpartition(": ") if segments else ("", "", "")
    if colon and last and unit_type(owner) in ("university", "school", "hospital"):  # "Fachbereich X: Hochschule Y"
        segments[-1:] = [last, owner]
    title = raw
    for suffix in rules.title_suffixes:
        if title.lower().endswith(suffix.lower()) and len(title) > len(suffix):
            title = title[: -len(suffix)]
    return clean_line(title) or raw, segments


def _sections(blocks: list[Block]) -> list[dict[str, Any]]:
    sections: list[dict[str, Any]] = []
    current: dict[str, Any] = {"heading": None, "paragraphs": [], "items": []}
    for block in [*blocks, Block("heading", "")]:
        if block.kind == "heading":
            if current["heading"] or current["paragraphs"] or current["items"]:
                sections.append(
                    {"heading": current["heading"], "text": "\n\n".join(current["paragraphs"]), "items": current["items"]}
                )
            current = {"heading": block.text or None, "paragraphs": [], "items": []}
        elif block.kind == "list":
            current["items"].extend(block.lines())
        else:
            current["paragraphs"].append(block.text)
    return sections


def _summary(blocks: list[Block], description: str | None) -> str | None:
    for block in blocks:
        if block.kind == "paragraph" and len(block.text.split()) >= _SUMMARY_MIN_WORDS and not block.text.endswith(":"):
            return block.text
    return description


def _owner_above(
    institution: tuple[str, str | None], name: str, parent_links: list[dict[str, Any]]
) -> tuple[str, str | None]:
    """A unit with a site of its own belongs to the institution its page names above it ("Stockholm Resilience
    Centre ... vid Stockholms universitet", "ei eining i Hardanger og Voss museum"); and a site owner the page
    places inside a chain belongs to the chain's outermost organisation ("Skrivesenteret, som er en del av
    Institutt for lærerutdanning ved NTNU")."""
    own = institution[0].lower()
    names = [(p["name"] or "").lower() for p in parent_links]
    if own == name.lower():
        above = next((p["name"] for p in parent_links if is_institution(p["name"] or "")), None)
        return (above, None) if above else institution
    outer = parent_links[0]["name"] or "" if parent_links else ""
    if own in names[1:] and unit_type(institution[0]) in ("centre", "department", "division") and not is_umbrella(
        outer
    ) and unit_type(outer) in (None, "university", "hospital", "institute"):
        return (outer, None)
    return institution


def _kind_by_owner(
    kind: str, name: str, institution: tuple[str, str | None] | None, parents: list[dict[str, Any]]
) -> str:
    """What some units are depends on whose they are: a university's or business school's "Institutt for
    kulturarv og tekstvitskap" is a department unless a hospital stands above it (the IEMR is an institute of UiO and
    OUS); an "Abteilung" is a division unless a university or faculty stands above it (a
    hospital's, BAM's, a research institute's); a "Högskolan för X" that is not the institution is one of its schools."""
    above = [unit_type(p["name"] or "") for p in parents] + [unit_type(institution[0]) if institution else None]
    if kind == "institute" and re.match(r"^Institut+ for ", name) and "hospital" not in above:
        return "department" if above[-1] in ("university", "school") else kind
    if kind == "department" and re.search(r"abteilung\b", name, re.IGNORECASE) and not (
        {"university", "school", "faculty"} & set(above)
    ):
        return "division"  # a hospital's or a research body's "Abteilung" (BAM, a Bundesanstalt, a Leibniz institute)
    owner = institution[0].lower() if institution else name.lower()
    if kind == "university" and owner not in name.lower() and name.lower() not in owner:
        return "school"  # a university's own college: "Högskolan för design och hållbarhet", "Handelshögskolan"
    return kind


def _initials_given(name: str, labels: list[str]) -> str | None:
    """The unit's acronym where a breadcrumb item or title segment gives only that ("WCVB")."""
    initials = initials_of(name)
    return next((label for label in labels if len(initials) >= 2 and label == initials), None)


def _declared_language(head: Head, headers: dict[str, str], url: str) -> Declared:
    own = next((tag for tag, target in head.hreflang.items() if target == url and tag != "x-default"), None)
    return Declared(head.lang, headers.get("content-language"), own, url)


def build(page: Page, rules: SiteRules | None = None) -> Normalized:
    """The record of a unit page. Raises :class:`NotAUnitPage` for other pages, saying what they are."""
    rules = rules or SiteRules()
    decision = classify_url(page.url, rules)
    if decision and decision[0] == "skip":
        raise NotAUnitPage(decision[1], "the site profile's URL patterns mark it")
    doc = parse(page.html)
    cleaned = _clean(doc, page.url, rules)
    head = cleaned.head
    if decision is None and (kind := kind_from_types(head.jsonld_types())):
        raise NotAUnitPage(kind, "its structured data says so")
    if decision is None and is_listing_heading(cleaned.h1):
        raise NotAUnitPage("listing", f"its heading {cleaned.h1!r} names kinds of unit, not one unit")
    if decision is None and (kind := _kind_by_heading(cleaned.h1)) and not (
        kind == "people" and not has_title(cleaned.h1) and filed_under_listing(cleaned.crumbs, page.url, cleaned.h1)
    ):  # a name like a person's filed under the site's groups is a group's: "Energieffektiv Software"
        raise NotAUnitPage(kind, f"its heading is {cleaned.h1!r}")

    blocks = extract_blocks(doc, page.url, cleaned.removed)
    text = render_text(blocks)
    facts = read_facts(blocks)
    title, segments = _title(head.title or cleaned.h1, rules)

    # The name: from the heading when it names a unit; from the title or site name only when the
    # heading is a generic page heading ("Research", "Research Strategy", "Om senteret") or absent.
    about = about_kind(cleaned.h1)
    # The unit an opening sentence is about: "Senter for X (SX) er ...", "IHE – Institutet för ... är ...".
    subject = named_in_text(text) or named_with_acronym(text) or ""
    candidates = [cleaned.h1] if cleaned.h1 else []
    if about:  # "Om centret": the unit of that kind the text names as its subject, the title or a crumb names
        candidates += [s for s in [subject, *segments, *(c for c, _ in cleaned.crumbs)] if unit_type(s) == about]
    said = about_acronym(cleaned.h1)  # "Om CMI": the name the acronym stands for, in the text, title or site name
    written_out = next(
        (c for c in [subject, *segments, head.site_name or ""]
         if said and said not in c.split() and abbreviates(said, c)),
        None,
    )
    if not cleaned.h1 or is_generic_heading(cleaned.h1) or decision or said or is_page_heading(cleaned.h1):
        candidates += [*segments, head.og_title or "", head.site_name or "", subject]
    own_title = segments[0] if segments and segments[0] != cleaned.h1 and not is_generic_heading(segments[0]) else None
    name = own_title if about and own_title else written_out or choose_name(candidates)
    listed = kind_listed_under(cleaned.crumbs, page.url, cleaned.h1) if cleaned.h1 else None
    if name is None:
        # A unit named only by its topic: what the page is filed under, or its "about" heading, says what
        # it is ("Arbetsliv och rörlighet" under "Forskningsmiljöer"; "Om senteret" on "KYSK - NIVA").
        stated = kind_stated(text, *split_acronym(cleaned.h1)) if cleaned.h1 else None
        # "Om oss - NTNU Samfunnsforskning": an organisation's own "about us" page; the title names it and
        # the text says what it is ("NTNU Samfunnsforskning er et ... forskningsinstitutt").
        own = next(((s, k) for s in segments if s != cleaned.h1 and (k := kind_stated(text, s, None))), None) if (
            cleaned.h1 and is_generic_heading(cleaned.h1) and not stated) else None
        listed = listed or stated or (own[1] if own else None)
        # A heading that names no kind ("Havbunnsdata") over a page that states research areas and aims, as
        # a unit's page does: a unit of a kind the page does not say.
        described = bool(cleaned.h1) and not is_generic_heading(cleaned.h1) and bool(facts.research_areas and facts.aims)
        if decision is None and listed is None and about is None and not described:
            raise NotAUnitPage("other", "no unit is named on the page")
        name = own[0] if own else cleaned.h1 or title
    prefix_kind = kind_prefix(name)
    name, acronym = split_acronym(name)
    if decision is None and is_bare_kind(name):  # "Nettverk" over the networks a centre runs
        raise NotAUnitPage("listing", f"its heading {name!r} names a kind of unit, not one unit")
    acronym = acronym or acronym_in(text, name) or (said if written_out else None) or _initials_given(
        name, [c for c, _ in cleaned.crumbs] + segments
    )
    kind = prefix_kind or unit_type(name) or (decision[1] if decision else None) or listed or about or "other"
    if kind == "research_group" and listed == "core_facility":
        kind = listed  # a laboratory filed under the site's facilities ("Ytanalyslaboratoriet")

    institution = rules.institution or (
        (name, None) if acronym and said == acronym  # "Om CMI": the organisation's own page
        else (found, None)
        if (found := institution_from_page(head.site_name, segments, head.jsonld, cleaned.crumbs, cleaned.owners, name))
        else None
    )
    canonical = canonical_url(page.url, head.canonical)
    language = identify_language(text, _declared_language(head, page.headers, canonical))
    others = alternates(head.hreflang, cleaned.switch, canonical, language.tag)
    published, modified = cleaned.stated_dates
    meta_published, meta_modified = declared_dates(head.published, head.modified, head.jsonld)
    if len(segments) > 1 and title == head.title and segments[-1] == name and not is_unit_name(segments[0]):
        title = clean_line(" - ".join(segments[:-1]))  # "Research Strategy - <the unit>": the unit is the site
    parent_links = parents(
        cleaned.crumbs, name, title, text, rules.institution[0] if rules.institution else None,
        (*rules.institution_aliases, *([institution[0]] if institution else [])), tuple(cleaned.hosts),
    )
    if institution is None and (owner := next((p["name"] for p in parent_links if is_institution(p["name"] or "")), None)):
        institution = (owner, None)  # no logo, footer or title names it: "Senteret er en del av Høgskulen på Vestlandet"
    kind = _kind_by_owner(kind, name, institution, parent_links)
    if institution and not rules.institution:
        institution = _owner_above(institution, name, parent_links)
        institution = (written_out_in_text(institution[0], text) or institution[0], None)  # "ESRF"
    main = main_landmark(doc)
    subunit_links = subunits(
        main if main is not None else doc, page.url, {name, *(p["name"] for p in parent_links if p["name"])}
    )

    record = {
        "schema_version": SCHEMA_VERSION,
        "record_id": record_id(canonical),
        "unit_id": unit_id(canonical, others.values()),
        "site": rules.site,
        "url": page.url,
        "canonical_url": canonical,
        "fetched_at": page.fetched_at,
        "http_status": page.status,
        "content_hash": content_hash(text),
        "name": name,
        "acronym": acronym,
        "unit_type": kind,
        "institution": {"name": institution[0], "ror_id": institution[1]} if institution else None,
        "parents": parent_links,
        "subunits": subunit_links,
        "title": title,
        "summary": _summary(blocks, head.description),
        "text": text,
        "sections": _sections(blocks),
        "research_areas": facts.research_areas,
        "aims": facts.aims,
        "methods": facts.methods,
        "partners": facts.partners,
        "funders": facts.funders,
        "contacts": cleaned.contacts,
        "published": published or meta_published,
        "modified": modified or meta_modified,
        "language": language.tag,
        "language_confidence": language.confidence,
        "language_evidence": language.evidence(),
        "alternates": others,
    }
    return Normalized(record, cleaned.removed)
