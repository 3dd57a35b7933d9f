"""The language of a page's text, with Norwegian always as Bokmål (nb) or Nynorsk (nn).

langdetect answers from the text; it is seeded so the same text always gets
the same answer, and its bare 'no' is split into nb / nn by words that only
one of the two written standards uses. The page's declared language is
trusted when the text agrees with it at the level of the language, and
overruled when a long text clearly says otherwise (CMS templates often
declare the wrong one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from normalize.alternates import language_tag

UNDETERMINED = "und"
_SAMPLE_CHARS = 3000
_MIN_LETTERS = 12
_OVERRULE_PROBABILITY = 0.9
_OVERRULE_MIN_CHARS = 200

# Words of one written standard that the other does not use (frequent ones only).
_NYNORSK = frozenset(
    "ikkje eg kva frå vert vart dei noko nokon nokre korleis kvifor berre mykje heile saman desse sjølv òg kven kvar"
    " kjem ein eit fleire medan då vere vore vera difor seinare tidlegare forsking mogleg moglegheit moglegheiter"
    " sjukehus ynskje høve meir heilt enno verksemd kvart dykk fekk gjekk tilsette forskarar".split()
)
_BOKMAL = frozenset(
    "ikke jeg hva fra blir ble noe noen hvordan hvorfor bare mye hele sammen disse selv hvem hver kommer en et flere"
    " mens nå være vært derfor senere tidligere forskning mulig mulighet muligheter sykehus ønske hvis mer enda"
    " virksomhet hvert dere fikk gikk ansatte forskere".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class LanguageResult:
    """The record's language, its confidence and what it was based on."""

    tag: str
    confidence: float
    declared: str | None
    detected: str | None


@lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0  # same text, same answer, in every call and every process
    return factory


def _probabilities(text: str) -> dict[str, float]:
    detector = _factory().create()
    detector.append(text[:_SAMPLE_CHARS])
    try:
        return {lang.lang: lang.prob for lang in detector.get_probabilities()}
    except LangDetectException:
        return {}


def norwegian_standard(text: str) -> str:
    """'nn' when the text uses more Nynorsk-only words than Bokmål-only ones, else 'nb'."""
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS])]
    nynorsk = sum(w in _NYNORSK for w in words)
    bokmal = sum(w in _BOKMAL for w in words)
    return "nn" if nynorsk > bokmal else "nb"


def _group(tag: str) -> str:
    return "no" if tag in ("nb", "nn") else tag


def _detect(text: str) -> tuple[str | None, float]:
    if len(_WORD.findall(text)) == 0 or sum(len(w) for w in _WORD.findall(text[:200])) < _MIN_LETTERS:
        return None, 0.0
    probabilities = _probabilities(text)
    if not probabilities:
        return None, 0.0
    best = max(probabilities, key=lambda lang: probabilities[lang])
    tag = language_tag(best) or best
    if best == "no":
        tag = norwegian_standard(text)
    return tag, probabilities[best]


def detect_language(text: str) -> str:
    """The language of ``text`` alone as a BCP 47 tag (Norwegian as nb/nn); 'und' when too little to tell."""
    tag, _ = _detect(text)
    return tag or UNDETERMINED


def identify_language(text: str, declared: str | None = None) -> LanguageResult:
    """The language of a page's text, weighing what the page declares (``<html lang>``, Content-Language)."""
    detected, probability = _detect(text)
    claimed = language_tag(declared) if declared else None
    bare_norwegian = bool(declared) and declared.lower().split("-")[0] == "no"  # says Norwegian, not which
    if bare_norwegian and detected is None:
        claimed = norwegian_standard(text)
    if detected is None:
        return LanguageResult(claimed or UNDETERMINED, 0.5 if claimed else 0.0, declared, None)
    if claimed is None:
        return LanguageResult(detected, round(probability, 4), declared, detected)
    if _group(claimed) == _group(detected):
        # Agreement on the language: the text decides between Bokmål and Nynorsk unless the page says which.
        tag = detected if bare_norwegian else claimed
        return LanguageResult(tag, round(max(probability, 0.95), 4), declared, detected)
    if probability >= _OVERRULE_PROBABILITY and len(text) >= _OVERRULE_MIN_CHARS:
        return LanguageResult(detected, round(probability, 4), declared, detected)
    return LanguageResult(claimed, round(1 - probability, 4), declared, detected)
