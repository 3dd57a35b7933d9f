"""Where a unit sits: its ancestors (parents), what kind of listing it is filed under, and the units it lists as
its parts."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from normalize.full_names import written_out
from normalize.german import nominative
from normalize.institution import is_institution
from normalize.phrases import COUNTRY, DOMAIN, HOME_ITEM, MUNICIPALITY, REGION
from normalize.text import ABBREVIATIONS, BRACKETED_ACRONYM, clean_line, sentences, spells
from normalize.unit import (
    DEFINITE_WORD,
    MEMORY_INSTITUTION,
    is_bare_kind,
    is_definite_kind,
    is_generic_heading,
    is_proper_name,
    is_unit_name,
    plural_kind,
    unit_type,
)

Link = dict[str, str | None]


# What introduces the organisations a unit belongs to, in its own sentences: "a department within the
# University of Oslo and Oslo University Hospital", "is part of the College of Science & Engineering at
# the University of Glasgow", "er et senter ved NIVA og Universitetet i Bergen", "ingår i divisionen ...",
# "eine zentrale Einrichtung der Humboldt-Universität zu Berlin".
_KINDS = (
    r"(?:department|institute|unit|centre|center|group|lab|laboratory|school|faculty|college|division|section|facility"
    r"|network|programme|\w*(?:senter|sentre|center|centrum|institutt|institut|institution|avdeling|avdelning|afdeling"
    r"|enhet|enhed|eining|gruppe|grupp|gruppa|nettverk|netværk|nätverk|program|fakultet|skole|skule|skola|einrichtung|zentrum|abteilung"
    r"|instituten|einrichtungen))(?:et|en|a|e)?"
)
_BELONGS = re.compile(
    rf"\b(?:part of|hosted by|belongs to|subsidiary of|(?:opprettet|oppretta|etablert|etableret|etablerat) (?:i \d{{4}} )?(?:ved|vid)"
    rf"|established (?:in \d{{4}} )?(?:at|within)|(?:eigd|eid|ägd|ejet)(?: og (?:driven|drevet)| och drivs)? (?:av|af)|owned (?:and run )?by|(?:drivs|drives|driftes|drevet|driven)(?: gemensamt| felles| i fellesskap| i fællesskab)? (?:av|af)|operated by|betrieben von|organi[sz]ed (?:under|within)|organisert (?:under|i|ved)"
    rf"|organiseret (?:under|i|ved)|organiserad (?:under|inom|vid)|datterselskap (?:av|af|til)|dotterbolag (?:till|av|inom)"
    rf"|tochtergesellschaft (?:der|des|von)|one of the [\w\s-]{{0,40}}? of|(?:sits|lies|is situated) within"
    rf"|one of (?:the\s+)?(?:\w+\s+){{0,2}}?(?:faculties|departments|schools|institutes|centres|centers|units|groups"
    rf"|facilities|laboratories|labs|networks|programmes)"
    rf"\s+(?:of|in|within|at)"
    rf"|(?:et|en|ett|ein|eit|ei|eitt|eines|eine) (?:av|af|von) (?:[\w-]+\s+){{1,3}}?(?:i|ved|vid|på|der|des|inom|innen|innenfor)"
    rf"|forankr(?:et|a) (?:i|ved)|anchored in|knytt(?:et|a)? til|verankert (?:in|an)|verksam(?:t|ma)? vid|tätig an"
    rf"|(?:er|is|är|ist) (?:et|en|ett|ein|eit|ei|eitt|a|an|eine?) (?!del )(?:(?!under\s|within\s|inom\s|innen\s|innenfor\s|im\s|in\s|one\s|member\s|and\s)[\w()-]+\s+){{1,6}}?"
    rf"(?:ved|vid|at|within|inom|innen|an der|i(?=\s+{MUNICIPALITY}|\s+[A-ZÆØÅ][^.,]*,\s+{MUNICIPALITY}))"
    rf"|(?:is|are) (?:a|an) (?:[\w-]+\s+){{0,4}}?(?:unit|centre|center|department|institute|group|lab|laboratory|facility"
    rf"|division|section|programme|network|school) of the"
    rf"|(?-i:(?=[a-zæøå]))(?:{_KINDS}) (?:of|in the|within|under|ved|vid|på|inom|under|der|des|an der|am)"
    # German nouns, compounds too ("ein Forschungsinstitut der Universität Bayreuth").
    rf"|(?-i:(?=[A-ZÄÖÜ]))\w*(?:einrichtung|einrichtungen|institut|institute|instituten|zentrum|zentren|abteilung"
    rf"|arbeitsgruppe|fakultät|fakultäten|fachbereich) (?:der|des|im|in der|am)"
    # "ist Teil der ...", "als fester Teil des ..."; not "Ein großer Teil der Forschung findet ...".
    rf"|(?:ist|sind|als) (?:ein\s+)?(?:\w+er\s+)?teil (?:der|des|von)"
    rf"|träger (?:des|der) \w+ (?:ist|sind)"
    # "er en del av", "–  del av"; not "i østre del av Agder", "en stor del av forskningen".
    rf"|(?:er|är|ist) (?:en|ein|et|ett) del (?:av|af)|(?:(?<=\ben )|(?<=\bei )|(?<=\bet )|(?<=\bett )|(?<=\bsom )|(?<=, )|(?<=– )|(?<=^))del (?:av|af)|tilknyttet|knyttet til|hører (?:inn )?under"
    rf"|h(?:ø|ö)y?rer til|tillhör|tilhører|høyrer inn under|gehört zu[rm]?"
    rf"|ingår i|inngår i|within the framework of (?:the\s+)?[\w\s]*?\bof"
    rf"|innenfor rammene? av [\w\s]*?\b(?:til|for))\s+(?:the\s+|(?-i:den|det|der|des|das|die)\s+)?",
    re.IGNORECASE,
)
# Where the organisations' names end: a clause that goes on ("og ble opprettet", "where we").
_CLAUSE = re.compile(
    "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS) + r"\.|[;:!?]|\((?!\w+\)\s+(?-i:[A-ZÆØÅ]))|,\s(?!(?-i:[A-ZÆØÅ]))(?!(?:\S+\s){0,2}?(?:og|och|and|und)\s)(?!(?:at|ved|vid|på|within|an der)\s)|\sand (?!the\s)(?-i:[a-z])|\s(?:investigating|working|studying|focusing"
    r"|developing|using|conducting|providing|bringing|combining)\b|\s(?:og|och|und) (?!(?-i:der|des|den|dem)\b|[a-zæøå]+inger\b)(?:ble|blei|blir|blev|vart|vert|var|wurde|wird|har|er|är|ist|vi|wir|vår|sine?|held|ligg|ligger|holder|går|gjer|gjør|finns|drivs"
    r"|[a-zæøå]+(?:er|ar|te|de))\b|\sund (?-i:[a-zäöüß]+t)\b"  # "und beschäftigt rund 45 Mitarbeitende"
    # "om" goes on a name after its kind: "Nasjonalt kunnskapssenter om vold og traumatisk stress".
    r"|(?<!\bund)\s(?:is|are|er|är|ist|(?<!senter\s)(?<!center\s)(?<!centrum\s)om|about|über|which|that|where|since|som|hvor|där|die|das|siden|sedan|seit|with|med|mit|together|sammen"
    r"|tillsammans|for å|för att|um|to|til|till|who|has|have|har|hat|haben|hadde|hade|i samarbe\w+|in cooperation)\b"
    r"|\s(?:for (?:the )?perio\w*|(?:from|fra|frå|från|von|since|sidan|siden|sedan|seit|in|i|im) \d{4})\b"
)
_INSTITUTION_NOUN = r"(?:University|Hospital|College|Academy|Office|Agency|Survey|Authority|UMC|Medical Cent(?:er|re))(?:\W|$)"
# Chains of organisations, inner first: "Fakulteten för ... vid Sveriges lantbruksuniversitet".
# "Institutt for X, Fakultet for Y ved NTNU": a comma before another unit's kind is a link too.
# German chains go through the genitive: "Fakultät VI der Technischen Universität Berlin".
_CHAIN = re.compile(
    # Not inside a name: "Høgskulen på Vestlandet", "Universitetet i Agder".
    r"(?<!\bHøgskulen)(?<!\bHøgskolen)(?<!\bUniversitetet)(?<!\bSykehuset)(?<!\bSjukehuset)"
    r"\s(?:ved|vid|at|på|an der|am|within|inom|innen|in the|under)\s+(?:the\s+)?(?=(?-i:[A-ZÆØÅÄÖÜ0-9]))"  # a name follows
    r"|,\s+(?=(?-i:(?:Det|Den|The)\s+)?(?:\w+\s+)?(?-i:(?=[A-ZÆØÅa-zæøå]))(?:" + _KINDS + r")\b)"
    # "Leiden Law School, Leiden University", "Stockholm Resilience Centre, Stockholms universitet".
    r"|,\s+(?=(?-i:[A-ZÆØÅ])[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:University|universitet|Universitet|Hospital|hospital"
    r"|Sygehus|sygehus|sjukhus|sykehus)\b"
    r"|(?-i:Universitetet|Universität|Universiteit)\s)"  # "..., Universitetet i Stavanger"; not "City, University of London"
    r"|,\s+(?=(?-i:[A-ZÆØÅ]{2,})(?:[\s,]|$))"  # "Institutt for psykisk helse, NTNU"
    r"|,\s+(?=(?-i:[A-ZÆØÅÄÖ]\w*\s+)?(?-i:[A-ZÆØÅÄÖ]\w*regionen\b|" + REGION + ")|" + MUNICIPALITY + r")"  # "Regionhälsan, Västra Götalandsregionen"
    r"|,\s+(?=(?-i:[A-ZÆØÅ])[\w-]*-\s+(?:og|och|und|and)\s+\w+)"  # "Barneavdeling for nevrofag, Kvinne- og barneklinikken"
    # "Klinikk Hammerfest i Finnmarkssykehuset": "i" before a hospital or university named in one word.
    r"|\s(?-i:i)\s+(?=(?-i:(?=[A-ZÆØÅ]))\w*(?:sykehuset|sjukehuset|universitetet|sjukhuset|hospital|psykiatrien|klinikken|divisjonen)\b|(?-i:Helse\s)"
    rf"|(?-i:{MUNICIPALITY}))"  # "eininga Helse og omsorg i Ulvik herad"
    r"|\s(?-i:im)\s+(?=(?-i:[A-ZÄÖÜ]))"  # "zum Institut für Psychologie im Fachbereich 1 ..."
    # "the Faculty of Biology and Medicine of the University of Lausanne"
    # "... and Anaesthesiology of Maastricht UMC+": without "the", a name before the noun; not "of Hospital Medicine"
    r"|\sof\s+(?:the\s+(?=(?-i:(?:[A-Z][\w'+-]*\s+){0,3}?" + _INSTITUTION_NOUN + r"))"
    r"|(?=(?-i:(?:[A-Z][\w'+-]*\s+){1,3}?" + _INSTITUTION_NOUN + r")))"
    r"|(?<!\sund)\s(?-i:der|des)\s+(?=(?-i:(?:[A-ZÄÖÜ][\w-]*\s+){0,2}[\w-]*(?:Universität|Hochschule|Akademie|Klinikums?"
    r"|Zentrums|Instituts|Museums|Gesellschaft|University)\b))",
    re.IGNORECASE,
)
# Where a unit is, not what it belongs to: "based in the Bute Building", "centrum i Trollhättan", "Based in
# Whitechapel". Only a unit's name counts after these.
_LOCATED = re.compile(
    r"\b(?:based|housed|located|situated) (?:in|at)\s+(?:the\s+)?|(?-i:(?=[a-zæøå]))(?:"
    + _KINDS + r") (?:at|i)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# A sentence about partners, whose organisations are no parents.
_PARTNERS = re.compile(r"\b(?:partner\w*|samarbe\w*|kooperation\w*|collaborat\w*)\b", re.IGNORECASE)
_KIND_FIRST = re.compile(rf"^(?-i:(?=[a-zæøå]))(?:{_KINDS})\s+(?-i:(?=[A-ZÆØÅ]))", re.IGNORECASE)
_AFTER_NAME = re.compile(BRACKETED_ACRONYM.pattern + r"(?!\s+(?-i:[A-ZÆØÅ]))")
# "Forskingsavdelinga i Statistisk sentralbyrå": a unit in the definite form, then its owner.
_DEFINITE_IN = re.compile(rf"^({DEFINITE_WORD})\s+i\s+(?=[A-ZÆØÅ])", re.IGNORECASE)
_MUNICIPALITY = re.compile(rf"^{MUNICIPALITY}$")
_REGION = re.compile(rf"^{REGION}")
_MAX_ORG_WORDS = 24
# A relative clause or an apposition after a name: ", som drivs av", ", which is part of", ", part of".
_RELATIVE = re.compile(r",\s+(?:(?:som|which|that|der|die|das|vilket|hvilket)\s+(?:\w+\s+){0,2})?$")
# "ett av de nasjonale museumsnettverkene i": what follows may be a country.
_ONE_OF_IN = re.compile(r"(?:et|en|ett|ein|eit|ei|eitt) (?:av|af) .*?(\w+) i", re.IGNORECASE)
# German and English kinds, after which only small words go on a name ("Universität zu Köln"); a Nordic
# name may go on in lower case ("Divisjon fag og utvikling").
_BARE_NOUN = re.compile(r"Universität|Hochschule|Fakultät|Institut|Zentrum|Klinikum|Akademie|University|Faculty|Institute")
_NAME_LINKS = frozenset("of for für zu in der des am an im on at".split())
_PLACE = re.compile(r"\b(building|campus|bygning|bygget|huset|gebäude|haus|byggnad|hall|headquarters|hovedkontor|huvudkontor"
                    r"|hauptsitz)\b", re.IGNORECASE)
# A line that names the host unit: "Vertsfakultet: Det teknisk-naturvitenskapelige fakultet".
_HOST_LABEL = re.compile(
    r"^(?:vertsfakultet|vertsinstitusjon|vertsinstitutt|host (?:faculty|department|institution)|tilhører"
    r"|del av|part of)\s*:\s*(.{3,100})$",
    re.IGNORECASE,
)


def _definite_in(link: str) -> list[str]:
    """'Forskingsavdelinga i Statistisk sentralbyrå' -> the unit, then its owner; 'Høgskulen i Volda' and
    'Doktorandskolan i humanistiska vetenskaper' are names whole."""
    match = _DEFINITE_IN.match(link)
    if not match or unit_type(match.group(1)) in ("university", "school", "hospital"):
        return [link]
    return [match.group(1), link[match.end():]]


def _split_orgs(phrase: str) -> list[str]:
    """'University of Oslo and Oslo University Hospital' -> both; 'Cardiovascular and Pulmonary Diseases' stays."""
    names: list[str] = []
    # Not inside a shared compound ("Polar- und Meeresforschung"); an article after the word goes ("und der").
    pieces = re.split(r"(?<!-)\s+((?:and|og|och|und|&)(?:\s+(?-i:the|der|des|dem|die|das))?)\s+", phrase)
    for i in range(0, len(pieces), 2):
        part = pieces[i]
        # "Sogn og Fjordane", "Engineering and Physical Sciences"; but an acronym is an organisation ("og NTNU").
        # "... and the Royal Marsden NHS Foundation Trust": an article before a name of its own starts another.
        article = i and (" " in pieces[i - 1] or re.match(r"(?:The|Der|Die|Das)\s", part))
        another = bool(names and article and len(part.split()) > 1 and is_proper_name(part))
        own_name = is_unit_name(part) or _MUNICIPALITY.search(part) or _REGION.match(part)  # "... og Kåfjord kommune"
        if names and not another and (not own_name and not part.isupper() or len(names[-1].split()) == 1
                                      and not is_unit_name(names[-1]) or part[:1].islower()):
            names[-1] = f"{names[-1]} {pieces[i - 1]} {part}"  # "Herlev og Gentofte Hospital", "... og akademi for kunstfag"
        else:
            names.append(part)
    named = any(is_unit_name(m) for m in names) or len(names) > 1 and any(m.isupper() for m in names)  # "og NTNU"
    return [re.sub(r"^The\s+", "", n.strip(" ,")) for n in names
            if is_unit_name(n) or _MUNICIPALITY.search(n) or is_proper_name(n) and named]


def _organisations(phrase: str) -> list[str]:
    """The organisations after a phrase of belonging, outermost first: 'Institut for X og Institut for Y
    på Aalborg Universitet' -> ['Aalborg Universitet', 'Institut for X', 'Institut for Y']."""
    # An acronym in brackets goes, but not a bracket inside a name: "Royal (Dick) School of Veterinary Studies".
    phrase = _CLAUSE.split(_AFTER_NAME.sub("", phrase), maxsplit=1)[0].strip()
    kind_first = _KIND_FIRST.match(phrase)  # "divisionen Material och produktion"
    phrase = phrase[kind_first.end():] if kind_first else phrase
    words = phrase.split()
    if not phrase[:1].isupper() or len(words) > _MAX_ORG_WORDS:
        return []
    if len(words) > 1 and _BARE_NOUN.fullmatch(words[0]) and words[1] not in _NAME_LINKS and not any(
        w[:1].isupper() for w in words[1:4]
    ):
        return []  # a kind alone, then the sentence goes on: "der Universität arbeiten rund 140 ..."; but "Klinikum
        # rechts der Isar"
    found: list[str] = []
    links = [link.strip(" ,") for link in _CHAIN.split(phrase)]
    # "Forskingsavdelinga i Statistisk sentralbyrå": a unit in the definite form, then its owner.
    links = [part for link in links for part in _definite_in(link)]
    for link in reversed(links):
        # After "inom", "ved", "at": an organisation, though its name has common words ("Stockholms läns
        # sjukvårdsområde").
        chained = len(links) > 1 and link[:1].isupper() and 2 <= len(link.split()) <= 5 and not re.search(r"\d", link)
        names = _split_orgs(link) or ([link] if kind_first or chained or is_proper_name(link) else [])
        names = names or [p for p in re.split(r"\s+(?:and|og|och|und|&)\s+", link) if is_proper_name(p)]
        named = (nominative(_without_place(n)) for n in names if not _PLACE.search(n) and not COUNTRY.fullmatch(n))
        found.extend(n for n in named if not is_bare_kind(n))  # "des Fachbereichs": the unit itself
    return found


def _without_place(name: str) -> str:
    """'Samisk høgskole i Guovdageaidnu' -> 'Samisk høgskole', 'Armémuseum i Stockholm' -> 'Armémuseum',
    'Netherlands Institute for Neuroscience in Amsterdam' -> the institute; but 'Universitetet i Bergen' and
    'IT-Universitetet i København' are names whole."""
    head, sep, place = name.rpartition(" i ")
    if not sep:
        head, sep, place = name.rpartition(" in ")  # "Netherlands Institute for Neuroscience in Amsterdam"
    if not sep or len(place.split()) != 1 or not place[:1].isupper():
        return name
    if unit_type(head) in ("university", "hospital", "institute"):
        return head if len(head.split()) > 1 else name
    return head if re.search(rf"\b(?:{MEMORY_INSTITUTION})\b", head, re.IGNORECASE) else name


def _outside(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return not any(start <= match.start() < end for start, end in spans)


def parents_in_text(text: str, unit_name: str = "") -> list[str]:
    """Organisations a unit's own sentences say it belongs to, outermost first per sentence. A phrase inside
    the unit's own name says nothing ("Lærings- og meistringssenteret i Tokke tilbyr kurs ...")."""
    found: list[str] = []
    own = re.compile(re.escape(unit_name), re.IGNORECASE) if unit_name else None
    for sentence in sentences(text[:4000]):
        label = _HOST_LABEL.match(sentence)
        names = [clean_line(label.group(1))] if label else []
        inside = [m.span() for m in own.finditer(sentence)] if own else []
        for match in (m for m in _BELONGS.finditer(sentence) if _outside(m, inside)):
            if not _PARTNERS.search(sentence[: match.end()]):  # "Unsere Partner sind ... das Institut der X", "er eit samarbeid"
                named = _organisations(clean_line(sentence[match.end():]))
                # "ett av de nasjonale museumsnettverkene i Norge", "eit av dei største i Noreg": after "one of
                # the ... in" a unit's kinds in the plural lead to its owner ("to institutter i Fafo"), other
                # words to a place ("ein av kommunane i Buskerud").
                one_of = _ONE_OF_IN.fullmatch(match.group().strip())
                named = [] if one_of and not _is_plural_kind(one_of.group(1).lower()) else named
                # A relative clause names the owner of what came before: "X inom Y, som drivs av Region Stockholm".
                names = [*named, *names] if _RELATIVE.search(sentence[: match.start()]) else [*names, *named]
        for match in (m for m in _LOCATED.finditer(sentence) if _outside(m, inside) and not _PARTNERS.search(sentence)):
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


def _short_form(short: str, name: str) -> bool:
    """'English, Media and Arts' of 'School of English, Media and Arts'; 'UNIGE' of 'University of Geneva';
    'TU Berlin' of 'Technische Universität Berlin'; but not 'SINTEF' of 'SINTEF Digital', another unit."""
    if len(short.split()) > 1 and name.lower().endswith(f" {short.lower()}"):
        return True
    if short in name:
        return False
    if short.isupper():
        return spells(short, name)
    # "LUT University" is not short for "LUT School of Engineering Science": another kind of unit.
    return len(short.split()) > 1 and unit_type(short) in (None, unit_type(name)) and written_out(short, [name], []) == name


def _heads(name: str, institution: set[str]) -> bool:
    """Whether a name is an institution, one that heads a chain of ancestors."""
    return name.lower() in institution or is_institution(name)


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name.lower())


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
        if key == unit_name.lower() or any(_bare(p["name"]) == _bare(name) for p in chain if p["name"]):
            return  # already there, perhaps with its article ("The Roslin Institute")
        for known in chain:  # a crumb's short form of a name the text gives whole
            if len(name.split()) > 1 and _short_form(known["name"], name):
                known["name"] = name
                return
            if len(known["name"].split()) > 1 and _short_form(name, known["name"]):
                known["url"] = known["url"] or url
                return  # the other way round: the text's whole name came first
            if known["name"].lower().startswith(f"{key} ") and len(name.split()) > 1:
                return  # the text's name cut short of the crumb's: "School of Science" of "... and the Environment"
            if re.fullmatch(rf"{re.escape(known['name'])},\s+[A-ZÆØÅ][\w-]+", name):
                return  # the crumb's name with its town: "Semmelweis University, Budapest"
        chain.append({"name": name, "url": url})

    if profile_institution:
        add(profile_institution, None)
    own = next((i for i, (name, _) in enumerate(crumbs) if name.lower() == unit_name.lower()), len(crumbs))
    if own == len(crumbs) and crumbs and crumbs[-1][1] is None:
        own -= 1  # the unlinked last item is the page itself, under another name ("Eleanor Voss")
    for i, (name, url) in enumerate(crumbs[:own]):
        if HOME_ITEM.match(name) or DOMAIN.fullmatch(name) or is_generic_heading(name) or name.lower() == title.lower() or (
            _is_section(name)
        ):
            continue
        if " " in name and is_bare_kind(name):
            continue  # "Das Institut": the site's own pages about itself
        # A subject is no unit; but a one-word root is the site's owner ("Artsdatabanken"), and an item
        # under a listing is a unit ("Institutioner" > "Fordon och drivlinor").
        if _is_topic(name) and (len(name.split()) > 1 or i > 0) and not (i and is_listing_heading(crumbs[i - 1][0])) and (
            not _led_by_proper_name(name, [c for c, _ in crumbs[:own] if c != name]) and not _proper_noun(name, text)
        ):
            continue
        if name.lower() in unit_name.lower() or unit_name.lower() in name.lower() or (
            name.isupper() and len(name) > 2 and spells(name, unit_name)
        ):
            continue  # the unit itself, under a shorter or longer name ("Hochdruckverbrennung", "DIAM")
        add(name, url)
    stated = [*hosts, *parents_in_text(text, unit_name)]
    if stated and _heads(stated[0], same_as_institution) and not any(_heads(p["name"] or "", same_as_institution) for p in chain):
        # Outermost first: the text names the university above the crumbs' school ("... in the College of Arts
        # and Law at the University of Birmingham" over "School of English, Media and Creative Arts").
        shown, chain[:] = chain[:], []
        stated += [p["name"] for p in shown]
        urls = {p["name"]: p["url"] for p in shown}
    else:
        urls = {}
    for name in stated:
        add(name, urls.get(name))
    if aliases and _stated_at(text, unit_name, aliases) and not any(p["name"].lower() in same_as_institution for p in chain):
        chain.insert(0, {"name": aliases[0], "url": None})  # "Das Institut für X (IKS) am Helmholtz-Zentrum Hereon ..."
    return chain


def _stated_at(text: str, unit_name: str, institutions: tuple[str, ...]) -> bool:
    """Whether a sentence that opens with the unit places it at its institution: "Avdelningen för X vid Statens
    historiska museer samlar ...", "Das Institut für X (IKS) am Helmholtz-Zentrum Hereon untersucht ...",
    "Kreftforeningens program for ... skal ..."; or names the unit whole at it anywhere in a sentence. (Keys
    leave out an institution named in the genitive after "is": "X är Smålands museums forskningsinstitut".)"""
    names = "|".join(re.escape(n) for n in institutions if n and (is_unit_name(n) or len(n.split()) > 1))  # not "Geiranger"
    owners = "|".join(re.escape(n) for n in institutions if n)
    if not owners or not unit_name:
        return False
    # The unit by its name or its kind ("Senteret", "The centre"), then up to a few words of what it is.
    subject = rf"(?:(?:the|das|die|der)\s+)?(?:{re.escape(unit_name)}|{DEFINITE_WORD}|(?<=the\s)\w+)"
    pattern = (rf"{subject}(?:\s*\([^)]*\))?(?:\s+(?:is|er|är|ist|var|was|ble|vart)(?:\s+[\w-]+){{1,4}}?)?\s+"
               rf"(?:am|an der|at the|at|ved|vid|på|i|in)\s+(?:the\s+)?(?:{names})\b")
    owned = rf"(?:{owners})s\s+{re.escape(unit_name)}\b"  # "Kreftforeningens program for ...": the unit in the genitive
    # The unit's whole name at the institution, anywhere: "... som Forskargruppen för X vid Armémuseum försöker".
    named_at = rf"\b{re.escape(unit_name)}(?:\s*\([^)]*\))?\s+(?:am|an der|at the|at|ved|vid|på)\s+(?:the\s+)?(?:{names})\b"
    return any(
        names and (re.match(pattern, sentence, re.IGNORECASE) or re.search(named_at, sentence, re.IGNORECASE))
        or re.match(owned, sentence, re.IGNORECASE)
        for sentence in sentences(text[:2000])
    )


# Breadcrumb items that are a section of a site, not a unit: "Forskning ved IBV", "Om FHI", "What we do",
# "Instituttets forskning", and items made only of section words and kinds of unit ("Alle grupper",
# "Kliniken & Institute", "Netwerken en samenwerking").
_SECTION_START = re.compile(
    r"^((research|forskning|forsking|forschung|onderzoek)\b(?!\s+(?:program\w*|group|centre|center|unit|institute))"
    r"|(?:science|users?)(?:\s+(?:and|&)\s+\w+)?$"
    r"|(about|om|über|fag|what we do|vad vi gör|hvad vi laver|wat we doen|was wir tun|meet|møt|möt|mød|treffen sie"
    r"|explore|discover|utforsk|upptäck|entdecken|our|vår|vårt|våre|våra|vores|unsere?|onze)\b"
    # A compound that is a service, not a unit: "Forskningsstöd", "Forschungsförderung", "Forskingsstøtte".
    r"|(forsknings|forskings|forschungs)(st[øö]d\w*|st[øö]tte|förderung|administrasjon|administration|service\w*)$)",
    re.IGNORECASE,
)
_OWN_RESEARCH = re.compile(r"^\w+s\s+(forskning|forsking|research|forschung)$", re.IGNORECASE)
_CONNECTORS = frozenset("and og och und et en & +".split())
_SECTION_WORDS = _CONNECTORS | frozenset(
    "all alle våre vores our unsere onze alla expertise profil forschungsprofil directory ydelser services tjenester"
    " tjänster leistungen organisering organisation technology technologies teknologi structure governance academic"
    " innovasjon innovation innovatie innovation samarbeid samarbejde samarbete samenwerking collaboration"
    " zusammenarbeit ledning leiing ledelse leitung management leadership kliniken clinics klinikker graduate phd"
    " doctoral projekt projects prosjekt prosjekter ongoing current pågående pågåande aktuelle fou samarbejder"
    " samarbeider samarbeten kliniker klinikerna mottagningar mottak poliklinikker of study studies staff"
    " medarbeidere medarbetare mitarbeitende personale collections samlinger samlingar sammlungen areas activity activities"
    " aktiviteter support utlysingar utlysninger utlysningar".split()
)
# Kinds of unit in the plural, which unit_type does not read as names: "Forskningsenheder", "Sentra våre",
# "Fakulteter", "Avdelingar", "Forschungsprogramme", "Core facilities"; and the regions an organisation is
# divided into ("fire regioner i Statped").
_KIND_PLURAL = re.compile(
    r"\w*(?:enheder|enheter|enheterna|fakultäten|départements|centra|sentra|sentre|sentrene|centre|institutioner"
    r"|institutionerna|institutter|instituter|netwerken|infrastruktur|infrastrukturer|infrastructures?|einrichtungen|zentren"
    r"|core|colleges|faculties|facilities|facultés|laboratorier|laboratorierne|laboratorierna|regioner|regionar)$"
)


def _is_topic(name: str) -> bool:
    """A crumb that files the page under a subject, not a unit: "Miljø og klima", "Terminologi",
    "Næring og samfunnsutvikling". It names no kind of unit and has no capitalised word but its first
    (an English unit's short name is written in capitals: "English, Media and Creative Arts")."""
    words = name.split()
    if is_unit_name(name) or _MUNICIPALITY.search(name) or name.isupper():
        return False
    return all(not w[:1].isupper() for w in words[1:]) and not (
        len(words) == 1 and sum(c.isupper() for c in name) > 1  # "UiB", "NTNU"
    )


def _proper_noun(name: str, text: str) -> bool:
    """A one-word crumb the text writes with a capital inside a sentence is a name ("på Gustavianum"), not a
    subject ("Klima", which the text writes "klima"; German capitalises every noun: "den Klimawandel")."""
    if " " in name or re.search(rf"\b{re.escape(name.lower())}\b", text):
        return False
    inside = re.findall(rf"(\w+)\s+{re.escape(name)}\b", text)
    return any(w[:1].islower() and w not in ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen") for w in inside)


def _led_by_proper_name(name: str, others: list[str]) -> bool:
    """'Statped sørøst' beside 'Om Statped': a crumb led by a name another crumb writes capitalised inside
    it is the organisation's part, not a subject."""
    first = name.split()[0]
    return any(re.search(rf"\s{re.escape(first)}\b", other) for other in others)


# English singulars that look like German plurals ("Institut" -> "Institute"): "Research at the Institute for X".
_ENGLISH_SINGULARS = frozenset({"institute", "programme"})


def _is_plural_kind(word: str) -> bool:
    if word in _ENGLISH_SINGULARS or is_definite_kind(word):
        return False  # "Institute", "forskargruppen"
    return bool(_KIND_PLURAL.match(word)) or plural_kind(word) is not None


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
        # "Forskningsprogram", "Abteilungen"; but "Forskningsenheten", "Mälarsjukhuset"
        named = unit_type(words[0]) in ("hospital", "university") and not is_bare_kind(words[0])
        return not is_definite_kind(words[0]) and not named
    if len(words) > 1 and is_definite_kind(words[-1]) and not any(_is_plural_kind(w) for w in words[:-1]):
        return False  # a unit in the definite singular: "FoU-avdelingen"; but "Einingar i avdelinga"
    if len(words) > 2 and unit_type(words[0]) and not _is_plural_kind(words[0]) and words[1] in ("of", "for", "för"):
        return False  # a kind of unit named by its subject: "School of Technology"
    # Not a singular that looks plural ("Press centre", "Miljövetenskapliga fakulteten").
    plural = words and _is_plural_kind(words[-1]) and (not unit_type(words[-1]) or re.search(r"[^s]s$", words[-1]))
    if 1 < len(words) <= 3 and plural and not _CONNECTORS & set(words):
        return True  # a kind in the plural under its adjectives: "Zentrale Einrichtungen", "Science facilities"
    return bool(words) and all(w in _SECTION_WORDS or _is_kind(w) or is_generic_heading(w) for w in words) and any(
        _is_plural_kind(w) or w in _SECTION_WORDS and w not in _CONNECTORS or is_generic_heading(w) for w in words
    )


def _filed_under(crumbs: list[tuple[str, str | None]], url: str, own_name: str) -> list[str]:
    """The breadcrumb item or URL folder just above the page, or the one above that ("Forskningsmiljöer >
    Livsmedel och ... > the unit")."""
    above = [name for name, _ in crumbs if name and name.lower() != own_name.lower()]
    folders = [part.replace("-", " ").replace("_", " ") for part in urlsplit(url).path.split("/") if part][:-1]
    return above[-1:] + folders[-1:] + above[-2:-1] + folders[-2:-1]


def filed_under_listing(crumbs: list[tuple[str, str | None]], url: str, own_name: str) -> bool:
    """Whether the page is filed under a listing of units in the plural (".../forskningsgrupper/x"), not
    merely under a unit (".../institut/team/x")."""
    return any(is_listing_heading(candidate) for candidate in _filed_under(crumbs, url, own_name))


def kind_listed_under(crumbs: list[tuple[str, str | None]], url: str, own_name: str) -> str | None:
    """The kind of unit a page is filed under, for a unit named only by its topic ("Arbetsliv och
    rörlighet"): the breadcrumb item above it, else its URL's parent folder, names a plural of units
    ("Forskningsgrupper", "Departments", ".../forskningsgrupper/fiskehelse/")."""
    for candidate in _filed_under(crumbs, url, own_name):
        kind = unit_type(candidate)
        if kind and kind not in ("university", "hospital") and _is_section(candidate):
            return kind  # a listing of units ("Forskningsgrupper"), not a unit ("Seksjon for forsking")
    return None


# A heading over the unit's parts that names them by a word no unit name carries: "Our disciplines".
_PARTS_HEADING = re.compile(r"\b(disciplines|fagområder|fagområde|ämnen|fächer|sections|seksjoner|seksjonar)\b", re.I)


def _under_parts_heading(link: HtmlElement) -> bool:
    """Whether the link's list stands under a heading that names the unit's parts ("Våra enheter")."""
    heading = link.xpath("ancestor::*[self::ul or self::ol][1]/preceding::*[self::h2 or self::h3 or self::h4][1]")
    text = clean_line(heading[0].text_content()) if heading else ""
    return bool(text) and (is_listing_heading(text) or bool(_PARTS_HEADING.search(text)))


def subunits(main: HtmlElement, url: str, exclude: set[str]) -> list[Link]:
    """Units the page lists as its parts: list items that link to a unit by name, and any linked item of a
    list under a heading that names the parts ("Våra enheter", "Our disciplines")."""
    found: list[Link] = []
    seen = {e.lower() for e in exclude}
    for link in main.xpath(".//li//a[@href] | .//a[@href][.//h2 or .//h3 or .//h4]"):  # list items and cards
        name = clean_line(link.text_content())
        target = urljoin(url, link.get("href"))
        if not name or name.lower() in seen or len(name.split()) > 12 or urlsplit(target).scheme not in ("http", "https"):
            continue  # a person's "mailto:" in a contact list is no part of the unit
        if not is_unit_name(name) and not _under_parts_heading(link):
            continue
        seen.add(name.lower())
        found.append({"name": name, "url": target})
    return found
