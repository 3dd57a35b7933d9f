"""Which of an organisation's names is its full form: a short form in a page's title or breadcrumbs written
out from the names its logo and footer give ("SSB" -> "Statistisk sentralbyrå"), and a name freed of what
stands around it (a leading acronym, its town, its umbrella society)."""

from __future__ import annotations

import re

from normalize.text import BRACKETED_ACRONYM, SMALL_WORDS, abbreviates, is_acronym
from normalize.unit import is_bare_kind

# "INRAE - Institut national de recherche ...": an image text giving the short and the full name.
NAME_PARTS = re.compile(r"\s+[-–|:]\s+")
_FOUNDATION = re.compile(r"(?:Stiftelsen|Stiftinga|Stiftung|Fonden|Fondet|Foundation)\s", re.IGNORECASE)
_MAX_WORDS = 10  # of a full name: "Professionshøjskolen UCN", not a footer's sentence
# "... Erkrankungen in der Helmholtz-Gemeinschaft": the society of institutes after the name.
_UMBRELLA_SUFFIX = re.compile(
    r"\s+(?:in der|in the|of the)\s+(?:[\w-]+\s+){0,3}?[\w-]*?(?:Gesellschaft|Gemeinschaft|Association|Society)$"
)


def _initials(name: str) -> str:
    """'Ludwig-Maximilians-Universität München' -> 'LMUM'; 'Norges geologiske undersøkelse' -> 'NGU'."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word and word.lower() not in SMALL_WORDS).upper()


# A short name at the end of a phrase about the site, not of a name: "Jobba på KTH", "Study at UCL"; but
# "Høgskolen i Østfold" is a name.
_PHRASE_BEFORE = r"\b(?:på|at|i|ved|vid|til|till|in|bei|an|om|about|with|med)\s+"


def _about_site(short: str, name: str) -> bool:
    return re.search(rf"{_PHRASE_BEFORE}{re.escape(short)}$", name, re.IGNORECASE) is not None


# Definite endings of a Nordic one-word short name: "Forskingsrådet" of "Noregs forskingsråd".
_DEFINITE_ENDING = re.compile(r"(?:et|en|a|n)$")


def _initials_hold(acronym: str, words: str) -> bool:
    """'TU' of 'University of Technology', 'DPS' of 'distriktspsykiatriske senter': the acronym's letters are
    the words' initials in any order, or the words hold them in order from the first."""
    return sorted(acronym.upper()) == sorted(_initials(words)) or abbreviates(acronym, words)


def _joins(short: str, first: str, later: str) -> bool:
    """'vitterhetsakademien' of 'vitterhets' and 'akademien'; 'vårdanalys' of 'vård-' and 'omsorgsanalys': a
    word of the name, then the end of a later one."""
    head = first.rstrip("-")
    rest = short[len(head):]
    return len(head) >= 3 and short.startswith(head) and len(rest) >= 4 and later.endswith(rest)


def _writes_out(short: str, name: str) -> bool:
    """Whether ``name`` is the full form of ``short`` by its words alone: "Jæren DPS" of "Jæren
    distriktspsykiatriske senter", "TU Delft" of "Delft University of Technology", "Forskingsrådet" of
    "Noregs forskingsråd", "Aldring og helse" of "Nasjonal kompetansetjeneste for aldring og helse", "SSB" of
    "Statistisk sentralbyrå", "Vitterhetsakademien" of "Kungl. Vitterhets Historie och Antikvitets Akademien"."""
    if len(name) <= len(short) or re.search(r"\d|[@:/]", name) or _about_site(short, name):
        return False
    words = short.split()
    acronyms = [w for w in words if is_acronym(w)]
    plain = [w for w in words if w not in acronyms]
    if acronyms and plain and all(re.search(rf"\b{re.escape(w)}\b", name, re.IGNORECASE) for w in plain):
        rest = " ".join(w for w in name.split() if w.lower() not in {p.lower() for p in plain})
        return len(acronyms) == 1 and _initials_hold(acronyms[0], rest)
    if len(words) > 1 and not acronyms:
        # the subject of a name "X for Y", not "Jobb i Helse Førde" or "Stiftinga Museum Vest"
        return re.search(rf"\s(?:for|för|für|of)\s{re.escape(short)}$", name, re.IGNORECASE) is not None
    long_words = [w.lower() for w in name.split()]
    if len(words) == 1 and any(_joins(short.lower(), a, b) for i, a in enumerate(long_words) for b in long_words[i + 1:]):
        return True  # "Vitterhetsakademien" of "Kungl. Vitterhets Historie och Antikvitets Akademien"
    if len(words) == 1 and not acronyms and _DEFINITE_ENDING.search(short) and len(name.split()) <= 4:
        return name.lower().endswith(_DEFINITE_ENDING.sub("", short.lower())) and " " in name
    return (len(words) == 1 and short[:1].isupper() and name[:1] == short[:1] and 1 < len(name.split()) <= 6
            and not name.startswith(short) and _initials_hold(short, name))  # "SSB", "Bufdir" of "Barne-, ungdoms- og familiedirektoratet"


def written_out(short: str, named: list[str], mentioned: list[str]) -> str | None:
    """The full form of a short name the chrome gives: 'LMU Munich', 'TU Dresden', 'NGU' -> the name their
    acronym abbreviates; 'Universität Tübingen' -> the logo's or footer's 'Eberhard Karls Universität
    Tübingen'; 'Universitätsmedizin Berlin' -> 'Charité – Universitätsmedizin Berlin'; and the forms
    `_writes_out` knows."""
    acronyms = [w for w in short.split() if is_acronym(w)]  # "ARoS" -> "ARoS Aarhus Kunstmuseum"
    for name in [*named, *mentioned]:
        if len(name) <= len(short) or name.isupper() or _about_site(short, name) or re.search(r"\d|[@:/]", name):
            continue  # not an address line: "EMBL Hamburg, c/o DESY"
        if any(name.endswith(f"({a})") for a in acronyms):
            return name  # "CNIO", "IPK Gatersleben" -> "... (CNIO)", "... (IPK)": the page says what it stands for
        # The logo's "Albert-Ludwigs-Universität Freiburg" for "Universität Freiburg"; the footer's "Det Norske
        # Samlaget" for "Samlaget", but not a legal form's "Stiftelsen Gaaltije".
        longer = len(name.split()) - len(short.split()) <= 3 if name in named else (
            len(name.split()) - len(short.split()) <= 2 and bool(re.fullmatch(r"(?:[A-ZÆØÅ][\w-]*\s)+\S+", name))
            and not _FOUNDATION.match(name)
        )
        if longer and re.search(r"[\s-]" + re.escape(short.lower()) + "$", name.lower()):
            return name
        if any(_initials(name).startswith(a.upper()) or name.startswith(a + " ") for a in acronyms):
            return name  # "LMU Munich" -> "Ludwig-Maximilians-Universität München", "NORCE" -> "NORCE Norwegian ..."
        if short in acronyms and len(name.split()) <= _MAX_WORDS and re.search(rf"\s{re.escape(short)}$", name):
            return name  # "UCN" -> the footer's "Professionshøjskolen UCN"
    return next((name for name in [*named, *mentioned] if _writes_out(short, name)), None)


def without_town(name: str, forms: list[str]) -> str:
    """'Moderna Museet i Stockholm' -> the logo's 'Moderna Museet', 'Vikingeskibsmuseet i Roskilde' -> the
    title's 'Vikingeskibsmuseet': a name another part of the page gives without its town."""
    for short in forms:
        rest = name[len(short):]
        if name.startswith(short) and not is_bare_kind(short) and re.fullmatch(r"\s+(?:i|in|at|på)\s+[A-ZÆØÅ]\w+", rest):
            return short
    return name


def _without_leading_acronym(name: str, named: list[str], mentioned: list[str]) -> str:
    """'NHH Norges Handelshøyskole' -> 'Norges Handelshøyskole' when the chrome also gives the name alone
    (a logo's text beside a footer's); 'RISE Research Institutes of Sweden' keeps its acronym."""
    first, _, rest = name.partition(" ")
    alone = {BRACKETED_ACRONYM.sub("", n).strip().lower() for n in [*named, *mentioned]}
    return rest if is_acronym(first) and len(rest.split()) > 1 and rest.lower() in alone else name


# An English gloss after a German name: "Hochschule München University of Applied Sciences", "Hochschule
# Fulda – University of Applied Sciences".
_GLOSS = re.compile(r"(?<=\S)(?:\s+[–—-])?\s+University of Applied Sciences$")


def preferred_form(name: str, named: list[str], mentioned: list[str]) -> str:
    """The name without its umbrella society, an English gloss, a leading acronym or a town the logo or
    footer leave out."""
    name = _UMBRELLA_SUFFIX.sub("", name)
    name = _GLOSS.sub("", name) if re.match(r"(?:Fach)?[Hh]ochschule\s", name) else name
    return without_town(_without_leading_acronym(name, named, mentioned), named)


def spelled_out(name: str) -> str:
    """'DIW Berlin – Deutsches Institut für Wirtschaftsforschung' -> the name its short form's acronym
    abbreviates; 'ZEW – Leibniz-Zentrum für ...' stays whole."""
    parts = NAME_PARTS.split(name)
    first = parts[0].split()[0] if parts[0] else ""
    if len(parts) == 2 and len(parts[0].split()) <= 2 and is_acronym(first) and abbreviates(first, parts[1]):
        return parts[1]
    return name
