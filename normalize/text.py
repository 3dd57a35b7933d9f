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


def sentences(text: str) -> list[str]:
    """Split text into sentences (good enough for the patterns in facts and relations); a line break
    always ends one, an initial does not ("Aage V. Jensen")."""
    return [
        s.strip() for line in text.splitlines()
        for s in re.split(r"(?<=[.!?])(?<![\s(][A-ZÆØÅÄÖÜ]\.)\s+(?=[A-ZÆØÅÄÖÜ0-9\"'“(])", line) if s.strip()
    ]
