"""German organisation names as a record holds them: in the nominative.

German sentences name a unit's parents after an article, so the name is inflected: "eine Einrichtung
der Technischen Universität Berlin", "ein Institut des Deutschen Krebsforschungszentrums", "am
Karlsruher Institut für Technologie". Breadcrumbs, titles and answer keys write the nominative
("Technische Universität Berlin", "Deutsches Krebsforschungszentrum"). An adjective before the head
noun takes its strong nominative ending by the noun's gender, and a genitive -s or -es on the head noun
goes.
"""

from __future__ import annotations

import re

# Head nouns of organisation names, by gender (compounds end in them: "Forschungszentrum").
_FEMININE = ("universität", "hochschule", "fakultät", "akademie", "gesellschaft", "stiftung", "einrichtung",
             "abteilung", "klinik", "anstalt", "bibliothek", "gemeinschaft", "arbeitsgruppe", "forschungsgruppe")
_NEUTER = ("institut", "zentrum", "klinikum", "krankenhaus", "museum", "amt", "labor", "kolleg", "netzwerk")
_MASCULINE = ("dienst", "verbund", "bereich", "lehrstuhl", "verein")
_ENDING = {"f": "e", "n": "es", "m": "er"}
# "Technischen", "Deutschen", "Freien": an adjective in a weak or oblique case; not a Nordic noun in the
# definite form ("Stiftelsen Museum ...", "Foreningen").
_OBLIQUE_ADJECTIVE = re.compile(r"^(?!\w*(?:elsen|ingen|heten|skapen)$)([A-ZÄÖÜ][a-zäöüß]+)en$")


def _gender(word: str) -> tuple[str, str] | None:
    """The noun's gender and its nominative form, for a head noun (perhaps with a genitive ending)."""
    lower = word.lower()
    for ending in ("", "s", "es"):
        if ending and not lower.endswith(ending):
            continue
        stem = lower[: len(lower) - len(ending)] if ending else lower
        for nouns, gender in ((_FEMININE, "f"), (_NEUTER, "n"), (_MASCULINE, "m")):
            # Feminine nouns take no genitive ending; "-es" belongs to "Dienstes", "Krankenhauses", "Amtes".
            if stem.endswith(nouns) and (not ending or gender != "f") and (ending != "es" or gender == "m"
                                                                          or stem.endswith(("haus", "amt"))):
                return gender, word[: len(word) - len(ending)] if ending else word
    return None


def nominative(name: str) -> str:
    """'Technischen Universität Berlin' -> 'Technische Universität Berlin'; 'Deutschen
    Krebsforschungszentrums' -> 'Deutsches Krebsforschungszentrum'. Other names are returned as given."""
    words = name.split()
    head = next(((i, found) for i, w in enumerate(words) if (found := _gender(w.strip(",")))), None)
    if head is None:
        return name
    index, (gender, noun) = head
    adjectives = words[:index]
    if not all("-" in w or w[:1].isupper() for w in adjectives):
        return name
    nominal = [
        f"{m.group(1)}{_ENDING[gender]}" if (m := _OBLIQUE_ADJECTIVE.match(w)) else w for w in adjectives
    ]
    comma = "," if words[index].endswith(",") else ""  # "des Alfred-Wegener-Instituts, Helmholtz-Zentrum ..."
    return " ".join([*nominal, noun + comma, *words[index + 1:]])
