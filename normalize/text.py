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


# After ".!?" and before a capital; not after an initial or a short abbreviation ("Aage V. Jensen",
# "Det Kgl. Bibliotek", "Chr. Michelsen"); an acronym still ends a sentence ("... ved UiB. Vi ...").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<![\s(][A-ZÆØÅÄÖÜ]\.)(?<![\s(][A-ZÆØÅÄÖÜ][a-zæøåäöü]\.)(?<![\s(][A-ZÆØÅÄÖÜ][a-zæøåäöü]{2}\.)"
    r"\s+(?=[A-ZÆØÅÄÖÜ0-9\"'“(])"
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
    return bool(re.fullmatch(r"[A-ZÆØÅ][A-Za-zæøå]{1,6}", text)) and sum(c.isupper() for c in text) >= 2


def abbreviates(short: str, name: str) -> bool:
    """'Crick' of 'Francis Crick Institute'; 'Udir' of 'Utdanningsdirektoratet'; 'TFoU' of 'Trøndelag forskning
    og utvikling': a word of the name, or a short word whose letters the name holds in order from its first."""
    short, name = short.lower(), name.lower()
    if short in name:
        return True
    letters = iter(name)
    return len(short) <= 6 and name.startswith(short[0]) and all(c in letters for c in short)
