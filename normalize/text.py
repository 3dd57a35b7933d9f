"""String hygiene shared by every field: the record's strings are NFC, single-spaced, bullet-free."""

from __future__ import annotations

import re
import unicodedata

# An acronym in brackets after a name, as organisation names in running text carry them: "Deutsche
# Forschungsgemeinschaft (DFG)", "Norsk institutt for vannforskning (NIVA)", "(IRI UCF)".
BRACKETED_ACRONYM = re.compile(r"\s*\([A-Za-zÆØÅ][\w&\s-]{0,12}\)")
_BULLETS = re.compile(r"^[\s•·▪◦‣*–-]+(?=\S)")
_SPACE = re.compile(r"\s+")


def clean_line(value: str | None) -> str:
    """One line: NFC, whitespace collapsed, leading bullet characters removed."""
    if not value:
        return ""
    line = _SPACE.sub(" ", unicodedata.normalize("NFC", value)).strip()
    return _BULLETS.sub("", line) if line[:1] in "•·▪◦‣*–-" else line


# Abbreviations a name carries mid-sentence: "Det Kgl. Bibliotek", "Chr. Michelsen", "St. Olavs hospital".
ABBREVIATIONS = ("Kgl", "Chr", "St", "Dr", "Mr", "Mrs", "Ms", "Nr", "Co", "Jr", "Sr", "Prof", "Kungl")
# After ".!?" and before a capital; not after an initial ("Aage V. Jensen") or an abbreviation.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<![\s(][A-ZÆØÅÄÖÜ]\.)" + "".join(rf"(?<!\b{a}\.)" for a in ABBREVIATIONS)
    + r"\s+(?=[A-ZÆØÅÄÖÜ0-9\"'“(])"
)


def sentences(text: str) -> list[str]:
    """Split text into sentences (good enough for the patterns in facts and relations); a line break
    always ends one."""
    return [
        s.strip() for line in text.splitlines()
        for s in re.split(_SENTENCE_END, line) if s.strip()
    ]


def is_acronym(text: str) -> bool:
    """'SMHI', 'KHiO', 'UiB', 'TFoU': a short word of mostly capitals."""
    return bool(re.fullmatch(r"[A-ZÆØÅ][A-Za-zÆØÅæøå]{1,6}", text)) and sum(c.isupper() for c in text) >= 2


# Words a name's acronym leaves out: "Universitetet i Bergen" is "UiB" at most, "Dansk Institut for X" "DIX".
SMALL_WORDS = frozenset("of for og och and und i in the de du der des af für at på ved vid".split())


def spells(acronym: str, name: str) -> bool:
    """'DIAM' of 'Dansk Institut for Akustisk Musikforskning', 'UNIGE' of 'University of Geneva': the acronym is
    made of the starts of the name's words, each word in turn, small words aside; not 'KTH' of 'Karolinska Center
    for Translational Health', whose letters only stand in order."""
    words = [w for w in re.split(r"[\s-]+", name.lower()) if w and w not in SMALL_WORDS]

    def covers(rest: str, i: int) -> bool:
        if not rest or i == len(words):
            return not rest and i == len(words)
        return any(words[i].startswith(rest[:n]) and covers(rest[n:], i + 1) for n in range(1, len(rest) + 1))

    return len(words) > 1 and covers(acronym.lower(), 0)


def abbreviates(short: str, name: str) -> bool:
    """'Crick' of 'Francis Crick Institute'; 'Udir' of 'Utdanningsdirektoratet'; 'TFoU' of 'Trøndelag forskning
    og utvikling': a word of the name, or a short word whose letters the name holds in order from its first."""
    short, name = short.lower(), name.lower()
    if re.search(rf"\b{re.escape(short)}\b", name):
        return True
    letters = iter(name)
    return len(short) <= 6 and name.startswith(short[0]) and all(c in letters for c in short)
