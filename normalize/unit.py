"""The unit's identity: its own name, acronym and kind, in the languages the pipeline meets."""

from __future__ import annotations

import re
from collections.abc import Iterable

from normalize.phrases import HOME_WORDS
from normalize.text import clean_line, is_acronym

# Head nouns of unit names -> unit_type. Nordic and German compounds end in them
# ("Forskningssenter", "Kreftsenteret", "Forschungszentrum"), English names begin
# or end with them ("Centre for ...", "... Research Group").
# Museums, archives and libraries, which do research and own sites but are no kind of unit of their own.
MEMORY_INSTITUTION = r"\w*muse(?:um|umet|et|a|er|ene|en)|\w*arkiv(?:et|a)?|\w*bibliotek(?:et)?|archives?|librar(?:y|ies)"
_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"research groups?|forskningsgrupper?|forsk[ae]rgrupp(e|en|er|a|ene)?|forskningsgrupp(en|er)?"
     r"|forskingsgrupp(e|a|er)?|forskningsmilj[öo](et|er|n)?|\w*groep(en)?|équipes?|forschungsgruppen?"
     r"|arbeitsgruppen?|\w*lehrst(uhl|ühle)|professur(en)?|groups?|\w*grupp(e|a|en|er|ene|erna|ar|ane)?|lab|labs|laboratory|laboratories"
     r"|\w*laboratori(e|um)|\w*laboratoire|forskningsenhe[dt](en)?|research units?|unités?( de recherche)?",
     "research_group"),
    # A Nordic lab in the definite singular is a facility ("DNA-laboratoriet", "Kulturarvslaboratoriet").
    (r"(core )?facilit(y|ies)|core units?|core(?=\s*$)|\w*laboratoriet|\w*fasilitet(er|en)?|\w*facilitet(er|en)?|\w*fazilität(en)?|core-einrichtung"
     r"|\w*plattform(en)?|\w*platform(en)?"  # Danish writes one t: "3D-platformen"
     r"|\w*infrastruktur(er|en)?|infrastructures?",
     "core_facility"),
    (r"\w*(?:forschungs|arbeits)bereich(e)?", "division"),
    (r"centre|center|centres|centers|centro|\w*senter(et)?|\w*sentret|\w*sentrum|\w*zentrum|\w*centrum(et)?|\w*centret", "centre"),
    (r"network|networks|\w*nettverk(et)?|\w*netværk(et)?|\w*nätverk(et)?|\w*netzwerk|\w*netwerk", "network"),
    (r"programme|program|programmes|programs|\w*programm?(et)?|\w*programområde(t)?", "programme"),
    (r"faculty|fakultet(et|en)?|fakultät|faculté|faculteit|fachbereich", "faculty"),
    # Compound schools ("Dramatikarskulen", "Graduiertenschule"; a høgskole is a university), and one named
    # by its place ("Eidfjord skule"; not "Barnehage og skule").
    (r"school|schools|hochschule|école|folke?h[øoö][gj]sk[uo]l[ea]n?|folkh[öo]gskola(n)?"
     r"|\w+(?<!h[øoö][gyj])skole(n)?|\w+(?<!h[øo][gy])skule(n)?|skolen|skulen"
     r"|\w*(?<!h[øoö]g)skola(n)?|\w+schule|(?-i:[A-ZÆØÅ])\w+\s(?:skule|skole)",
     "school"),
    # A Nordic "avdeling", "avdelning" or "afdeling" is a division, and so is a hospital's section; a German
    # "Abteilung" is what a university's faculty or institute calls a department.
    (r"division|divisions|divisjon(en|er|ene)?|\w*avdeling(en|er|ene|a|ar|ane)?|\w*avdelning(en|ar|arna)?"
     r"|\w*afdeling(en|er|erne)?|\w*klinikk(en)?|seksjon(en|er|ene)?|sektion(en|er|erna)?|sections?", "division"),
    (r"department|departments|institutionen|\w*abteilung(en)?", "department"),
    (r"institute|institutes|\w*institutt(et)?|\w*institut(et)?|\w*instituut|instituto|istituto", "institute"),
    (r"\w*hospital(et|senhed)?|ospedale|\w*lasarett(et)?|\w*sykehus(et)?|\w*sjukehus(et)?|\w*sygehus(et)?|\w*sjukhus(et)?|klinikum", "hospital"),
    # Not a folk high school ("Manger folkehøgskule"), which is a school.
    (r"university|\w*universitet(et)?|universität|université|universiteit|universidade|universidad|università"
     r"|university college|\w*(?<!folke)(?<!folk)h[øoö][gy]skol(e|en|a|an)|\w*(?<!folke)høgskule(n)?|\w*(?<!folke)højskole(n)?"
     r"|\w*(?<!folk)högskola(n)?|\w*akademi(n|en|et)?|academy", "university"),
    # A unit that names itself only as one ("MRC Unit for ...", "Enheten för ...", a French UMR).
    (r"units?|enhet(en|er)?|enhed(en|er)?|eining(a|ar|ane)?|einheit(en)?|umr", "other"),
    # "Musea i Sogn og Fjordane", "Stockholms stadsarkiv".
    (MEMORY_INSTITUTION, "other"),
)
_UNIT_WORD = re.compile("|".join(rf"\b(?:{p})\b" for p, _ in _KEYWORDS), re.IGNORECASE)
_TYPES = tuple((re.compile(rf"\b(?:{p})\b", re.IGNORECASE), t) for p, t in _KEYWORDS)
# A kind's word alone, without the compounds the patterns also allow ("Fakultät", not "Rikshospitalet").
_BARE_KIND = re.compile(
    "|".join(f"(?:{p.replace(chr(92) + 'w*', '').replace(chr(92) + 'w+', '')})" for p, _ in _KEYWORDS), re.IGNORECASE
)
# Where an English or Nordic name's head noun ends: "Centre | for the Study of ...".
_PREPOSITION = re.compile(r"\s(of|for|on|in|at|i|for|ved|på|för|vid|für|an|de|du|des|voor|van)\s", re.IGNORECASE)

# Words that make a heading a page title rather than a name: "Research at the Faculty of Medicine".
_PAGE_WORDS = re.compile(
    r"^(research and teaching|research|our research|forskning|forsking|about|about us|om|om oss|über|über uns|welcome to"
    r"|velkommen til|velkomen til"
    r"|välkommen till|willkommen (am|an der|beim|im|in der|in dem|bei der|zur|zum)|research strategy|forskningsstrategi)"
    r"\s+(?:(at|ved|på|in|i|of|för|vid|am|an|der|des)\s+)?(the\s+|das\s+|die\s+|den\s+)?",
    re.IGNORECASE,
)
# Words of site sections and page headings that are not names: breadcrumb items such as
# "Research groups", headings such as "Research Strategy" or "About us".
_GENERIC_WORDS = frozenset(
    "research forskning forsking about us om oss groups"
    " grupper forskningsgrupper forskergrupper forskargrupper projects prosjekter prosjekt news nyheter english norsk"
    " organisation organization organisasjon units enheter departments institutter our the and og people ansatte"
    " employees education utdanning contact kontakt strategy strategi forskningsstrategi overview oversikt"
    " introduction welcome velkommen mission vision history historikk historie research-strategy at ved på i of for"
    " and our vår vårt våre who we are wer wir sind hvem vi er vilka är kven über uns".split()
) | {word for phrase in HOME_WORDS for word in phrase.split()}
# "IEMR", "K2", "SFI Manufacturing", and mixed case with a second capital: "ReFA", "RegAkutt", "MiLL".
_ACRONYM = (
    r"[A-ZÆØÅ](?:[A-ZÆØÅ0-9&-]{1,9}|(?=[a-zæøå]*[A-ZÆØÅ])[A-Za-zÆØÅæøå]{2,9})"
    r"(?:\s?\d|\s[A-ZÆØÅ][A-ZÆØÅ0-9&-]{1,9})?"
)


def is_generic_heading(text: str) -> bool:
    """'Research', 'Research Strategy', 'About us': a page heading made only of generic words."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return not words or all(w in _GENERIC_WORDS for w in words)


def is_proper_name(name: str) -> bool:
    """A name written as one: 'Simula Research Laboratory', "King's College London", 'Fraunhofer-Gesellschaft'."""
    words = name.split()
    return bool(words) and words[0][:1].isupper() and sum(w[:1].isupper() for w in words) * 2 > len(words)


def is_unit_name(name: str) -> bool:
    """Whether ``name`` names a unit (it has a unit's head noun in some language)."""
    return bool(_UNIT_WORD.search(name)) and len(name) <= 160


def unit_type(name: str) -> str | None:
    """The kind of unit a name says it is, from its head noun; None when it says nothing."""
    head = _PREPOSITION.split(name, maxsplit=1)[0]
    for part in (head, name):
        found = [(m.end(), -m.start(), kind) for pattern, kind in _TYPES for m in pattern.finditer(part)]
        if found:
            # The last head noun before any preposition ("Health Services Research Group"), the longest
            # where two end together ("Research Unit" over "Unit").
            return max(found)[2]
    return None


def _subject(heading: str) -> str | None:
    """What a heading that speaks about a unit speaks about: 'Om KoRus-Oslo' -> 'KoRus-Oslo'; else None."""
    stripped = _PAGE_WORDS.sub("", heading).strip()
    if " " not in stripped and unit_type(stripped) and not is_definite_kind(stripped) and heading.split()[0].lower() in (
        "research", "forskning", "forsking"
    ):
        return None  # a unit named by its kind: "Research Department", "Research Centre"
    return stripped if stripped != heading else None


def is_page_heading(heading: str) -> bool:
    """'Om KoRus-Oslo', 'Welcome to the ...', 'Research at ...': a heading that speaks about a unit."""
    return _subject(heading) is not None


def strip_page_words(heading: str) -> str:
    """'Research at the Faculty of Medicine' -> 'Faculty of Medicine'; other headings unchanged."""
    stripped = _subject(heading)
    return stripped if stripped and is_unit_name(stripped) else heading


def split_acronym(name: str) -> tuple[str, str | None]:
    """'Klinisk institutt 2 (K2)' -> ('Klinisk institutt 2', 'K2'); 'Fraunhofer-Institut für ... IKM' ->
    (..., 'IKM'); a name led by its acronym keeps it and gives it ('UMR SEAM – Sols, eaux ...' -> 'SEAM')."""
    match = re.fullmatch(rf"(.+?)\s*\(({_ACRONYM})\)", name)
    if match:
        return match.group(1), match.group(2)
    trailing = re.fullmatch(r"((?:\S+\s+){3,}\S+?)\s+([A-ZÆØÅ]{3,6})", name)
    if trailing and is_unit_name(trailing.group(1)):
        return trailing.group(1), trailing.group(2)
    leading = re.match(r"^(?:[A-ZÆØÅ]{2,6}\s+)?([A-ZÆØÅ]{2,8})\s+[–—-]\s+\S", name)
    return name, leading.group(1) if leading else None


def initials_of(name: str) -> str:
    """'Wellcome Centre for Vector Biology' -> 'WCVB': the acronym a name's capitalised words make."""
    return "".join(word[0] for word in re.findall(r"[A-ZÆØÅ][\w'’-]*", name))


def acronym_in(text: str, name: str) -> str | None:
    """The acronym the text gives for ``name``, also without the institution's acronym before it ('UCD
    Institute for Ageing and Care Research' -> 'Institute for Ageing and Care Research (IACR)')."""
    for form in (name, re.sub(r"^[A-ZÆØÅ]{2,}\s+", "", name)):
        match = re.search(re.escape(form) + rf"\s*\(({_ACRONYM})\)", text)
        if match:
            return match.group(1)
    return None


def kind_stated(text: str, name: str, acronym: str | None) -> str | None:
    """The kind of unit a topic-named unit's text says it is: 'KYSTLIV er eit forskingsprogram ...',
    'Urbana vardagsliv är ett tvärvetenskapligt forskningsprogram'."""
    subjects = "|".join(re.escape(s) for s in (name, acronym) if s)
    match = re.search(
        rf"(?:{subjects})(?:\s*\([^)]*\))?\s+(?:is|er|är|ist)\s+(?:(?:et|en|ei|eitt|ett) av|a|an|the|ein|eit|en|et|ett|eine?|one of|[\w']+s)\s+"
        r"((?:[\w-]+,?\s+){0,3}[\w-]+)",  # "er et uavhengig, samfunnsvitenskapelig forskningsinstitutt"
        text[:3000],
        re.IGNORECASE,
    )
    if not match:  # "Forskningsprogrammet Kriminalitet og samfund undersøger ...", "The X group studies ..."
        before = re.search(rf"\b({DEFINITE_WORD})\s+(?:{subjects})\b", text[:3000], re.IGNORECASE)
        after = re.search(rf"\b(?i:the)\s+(?:{subjects})\s+((?i:group|lab|laboratory|team|centre|center|network|programme"
                          r"|unit|facility))\b", text[:3000])
        kind = unit_type(before.group(1)) if before else unit_type(after.group(1)) if after else None
        return kind if kind not in ("university", "hospital") else None
    kinds = [unit_type(word) or plural_kind(word) for word in match.group(1).split()]  # "et av forskningsprogrammene"
    return next((k for k in kinds if k and k not in ("university", "hospital")), None)  # the first noun


_PLURAL_ENDINGS = ("erne", "erna", "ene", "ane", "ar", "er", "es", "s", "en", "n", "e")


def plural_kind(word: str) -> str | None:
    """The kind a word names in the plural: 'Forskningsgrupper', 'forskningsprogrammene', 'Institutes'."""
    for end in _PLURAL_ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 3 and (kind := unit_type(word[: -len(end)])):
            return kind
    return None


def named_in_text(text: str) -> str | None:
    """A unit named as the subject of an opening sentence: 'The Institute for ... (IEMR) is ...', and in
    Nordic sentence case 'Senter for bærekraftig fôr og fiskehelse (SUSFEED) er ...', without a German
    article ('Das Kiel Institut für Weltwirtschaft ist ...')."""
    pattern = (
        r"(?:^|[.!?] +|\n)(?:The +|D(?:as|ie|er) +(?=[A-ZÄÖÜ]))?((?:[A-ZÆØÅ][\w'’-]*(?:\.(?= [A-ZÆØÅ]))?)(?: +(?:of|for|and|the|on|in|i|for|og|[A-ZÆØÅ][\w'’-]*))*"
        r"|[A-ZÆØÅ][\w'’-]*(?: +[\w'’–-]+){0,7}?) *(?:\([^()]{2,20}\))? +(?:is|are|er|ist|är)\b"
    )
    for match in re.finditer(pattern, text[:2000]):
        candidate = clean_line(match.group(1))
        words = candidate.split()
        led_by_kind = unit_type(words[0]) not in (None, "university", "hospital") if words else False
        proper = all(w[:1].isupper() or w in _NAME_JOINERS for w in words)
        bare = len(words) == 1 and bool(_DEFINITE_KIND.fullmatch(candidate) or is_bare_kind(candidate))  # "Centret"
        if is_unit_name(candidate) and unit_type(candidate) and (proper or led_by_kind) and not bare:
            return candidate
    return None


_NAME_JOINERS = frozenset("of for and the on in i og och und für".split())
# An opening line that names the unit with its acronym: "IHE – Institutet för ... är ...", "Regionalt
# kompetansesenter for ..., Helse Sør-Øst (SIFER Sør-Øst) bygger ...".
_WITH_ACRONYM = re.compile(
    r"(?:^|\n)(?:[A-ZÆØÅÄÖÜ][\w-]{1,9}\s+[–-]\s+([A-ZÆØÅÄÖÜ][^\n.()]{4,120}?)\s+(?:is|are|er|ist|är)\b"
    r"|([A-ZÆØÅÄÖÜ][^\n.()]{4,120}?)\s*\([A-ZÆØÅÄÖÜ][\w -]{1,20}\)\s+[a-zæøåäöü])"
)
# A lead-in before the name on such a line: "Les om Senter for klima (CK) ...".
_LEAD_IN = re.compile(r"^[A-ZÆØÅÄÖÜ]\w*\s+(?:om|about|til|to|mit|med|with)\s+(?=[A-ZÆØÅÄÖÜ])")


def named_with_acronym(text: str) -> str | None:
    """The unit an opening line names beside its acronym, where the line is no plain "X is" sentence; not
    a clause ("Senteret er finansiert av Direktoratet for ... (HK-dir) ...")."""
    for match in _WITH_ACRONYM.finditer(text[:1500]):
        candidate = _LEAD_IN.sub("", clean_line(match.group(1) or match.group(2)))
        if is_unit_name(candidate) and unit_type(candidate) and not re.search(r"\s(?:is|are|er|ist|är|ble|var|har)\s", candidate):
            return candidate
    return None


# A Nordic kind of unit in the definite singular: "Forskningsgruppen", "Senteret", "Avdelinga". Before a
# name it is the name's kind ("Forskningsgruppen Urbane økosystemer"); alone it names no unit ("Om
# forskningsprogrammet"), except as a breadcrumb item ("Forskningsenheten"). German plurals look alike
# ("Arbeitsgruppen", "Forschungsgruppen") and are left out.
DEFINITE_WORD = (
    r"(?!arbeits|forschungs)\w*(?:gruppen|gruppa|miljøet|miljöet|miljön|nettverket|nätverket|netværket|senteret"
    r"|sentret|centret|centeret|centrumet|plattformen|plattforma|platformen|fasiliteten|faciliteten|infrastrukturen|enheten|enheden|eininga|programmet|laboratoriet|avdelingen|avdelinga|avdelningen"
    r"|afdelingen|seksjonen|sektionen|klinikken|instituttet|institutet|fakultetet|skolen|skulen|skolan)"
)
_DEFINITE_KIND = re.compile(rf"^({DEFINITE_WORD})(?:\s+(?-i:(?=[A-ZÆØÅÄÖ]))|$)", re.IGNORECASE)


def is_bare_kind(name: str) -> bool:
    """'Fakultät', 'the department': a kind of unit named by its kind alone, no name. (A definite
    compound may be a name: "Folkehelseinstituttet".)"""
    return bool(_BARE_KIND.fullmatch(re.sub(r"^(?:the|die|der|das|den|det)\s+", "", name, flags=re.IGNORECASE)))


def is_definite_kind(word: str) -> bool:
    """'Forskningsenheten', 'Senteret': one word naming a kind of unit in the definite singular."""
    return bool(re.fullmatch(DEFINITE_WORD, word, re.IGNORECASE)) and bool(unit_type(word))


# A German group named after its kind: "Forschungsgruppe Digitale Plattformen", "Nachwuchsgruppe Klima".
_GROUP_FIRST = re.compile(r"^(\w*gruppe)\s+(?=[A-ZÄÖÜ])")


def kind_prefix(name: str) -> str | None:
    """'Forskningsgruppen Urbane økosystemer', 'Forschungsgruppe Digitale Plattformen' -> 'research_group':
    the kind a name's leading kind word gives. The word stays part of the name, as the page writes it."""
    match = _DEFINITE_KIND.match(name) or _GROUP_FIRST.match(name)
    return unit_type(match.group(1)) if match and match.end() < len(name) else None


# "PSI in brief", "NIVA kort fortalt": an about heading that puts the acronym first.
_IN_BRIEF = re.compile(r"^(\S+)\s+(?:in brief|at a glance|kort fortalt|i korthet|i korte trekk|auf einen blick|kurz vorgestellt)$",
                       re.IGNORECASE)


def about_acronym(heading: str) -> str | None:
    """'Om CMI', 'Om TFoU', 'PSI in brief' -> the acronym: an 'about' heading that names its unit by an acronym
    alone."""
    brief = _IN_BRIEF.match(heading)
    stripped = brief.group(1) if brief else _subject(heading)
    return stripped if stripped and is_acronym(stripped) else None


def about_kind(heading: str) -> str | None:
    """The kind of unit an 'about' heading speaks of without naming it: 'Om senteret', 'About the centre',
    'Om forskningsprogrammet' -> the kind; None for any other heading."""
    stripped = _subject(heading)
    if stripped is None or len(stripped.split()) != 1:
        return None
    return unit_type(stripped) if _DEFINITE_KIND.fullmatch(stripped) or is_bare_kind(stripped) else None


# Verbs of a headline: a heading that says something happened is news, not a unit's name
# ("Nytt senter skal opne mellomalderarkiva", "Neues Zentrum für ... gegründet", "Centre opens ...").
_HEADLINE_VERB = re.compile(
    r"\b(skal|vil|får|fekk|fikk|blir|vert|ble|vart|åpner|opnar|opner|opne|opna|opnet|åpnet|åpna|öppnade|åbnede|lanserer|lanserte|vinner|mottar|starter|startar"
    r"|etablerer|ska|kommer|öppnar|invigs|invigde|vinder|åbner|modtager|får|will|opens|opened|launches|launched|wins"
    r"|won|receives|received|gets|awarded|celebrates|welcomes|gegründet|eröffnet|startet|öffnet|erhält|gewinnt"
    r"|feiert|eingeweiht|brings|connects|unites|gathers|tackles|boosts|samler|samlar)\b"
    r"|^(?:new|nytt?|nye|neues?|nya|nyt)\b.{0,40}?\s(?:to|til å|för att|um)\s",  # "New network to connect ..."
    re.IGNORECASE,
)


def choose_name(candidates: Iterable[str]) -> str | None:
    """The first candidate that names a unit ("Om senteret" and headlines do not)."""
    for candidate in candidates:
        name = strip_page_words(clean_line(candidate))
        if name and is_unit_name(name) and about_kind(clean_line(candidate)) is None:
            if not _HEADLINE_VERB.search(name):
                return name
    return None
