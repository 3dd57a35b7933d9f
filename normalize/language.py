"""The language of a page's text, with Norwegian always as Bokmål (nb) or Nynorsk (nn).

Three parts, each doing what it is best at:

- lingua (n-gram models of 1 to 5 characters, shipped in its package) ranks the
  languages this material is written in and their close neighbours; it is the
  most accurate open detector on short text.
- langdetect (seeded, so the same text always gets the same answer) covers the
  rest of the world's languages: when it is sure of a language outside lingua's
  set, that language is the answer.
- normalize.norwegian decides between Bokmål and Nynorsk from the words only one
  of them uses, weighed against lingua's own models of the two.

Priors favour the languages of this material (Norwegian, English and their
neighbours), which matters only when the text is too short to decide alone.
The page's declared language (``<html lang>``, Content-Language, its own
hreflang, a /english/ or /nn/ in its URL) is trusted when the text agrees at
the level of the language group, and overruled when the text clearly says
otherwise: CMS templates often declare the wrong one.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from normalize.alternates import language_tag
from normalize.norwegian import nynorsk_probability

UNDETERMINED = "und"
NORWEGIAN = ("nb", "nn")

# lingua's languages: those of this material and every language easily mistaken for one of them.
_LINGUA_LANGUAGES = (
    Language.ENGLISH, Language.BOKMAL, Language.NYNORSK, Language.DANISH, Language.SWEDISH, Language.GERMAN,
    Language.FRENCH, Language.DUTCH, Language.FINNISH, Language.ICELANDIC, Language.SPANISH, Language.ITALIAN,
    Language.PORTUGUESE, Language.POLISH, Language.ESTONIAN, Language.AFRIKAANS, Language.LATIN,
)
_PRIOR = {"en": 3.0, "no": 3.0, "da": 3.0, "sv": 3.0, "de": 3.0, "fr": 3.0, "nl": 3.0, "fi": 3.0}
_MIN_LETTERS = 3
_SHORT_CHARS = 100  # below this, langdetect is not asked: it guesses on short text
_SAMPLE_CHARS = 400  # langdetect reads this much of a long text: enough to name a language
_LANGDETECT_TRIALS = 2  # default 7: it only has to be sure of a language lingua does not know
_OTHER_LANGUAGE_PROBABILITY = 0.9
_OVERRULE_CONFIDENCE = 0.9
_OVERRULE_MIN_CHARS = 200
_CHUNK_CHARS = 400  # a page is read in passages of about this size, to find pages in two languages
_MAX_CHUNKS = 8
_PASSAGE_SAMPLE = 250
_MIXED_SHARE = 0.2  # a second language holding this share of the text makes a page mixed
_CLAIM_SHARE = 0.4  # the declared language holding this share of a mixed page stands
_MIXED_MIN_CHARS = 300
_WORD = re.compile(r"[^\W\d_]+")
# /english/, /en/, /nn/, /nynorsk/ ... in a URL's path.
_URL_LANGUAGE = {
    "english": "en", "en": "en", "eng": "en", "nn": "nn", "nynorsk": "nn", "nb": "nb", "no": "nb", "norsk": "nb",
    "bokmal": "nb", "sv": "sv", "svenska": "sv", "da": "da", "dansk": "da", "de": "de", "deutsch": "de", "fr": "fr",
    "francais": "fr", "nl": "nl", "fi": "fi", "suomi": "fi",
}


@dataclass(frozen=True)
class Declared:
    """What a page says about its own language."""

    html_lang: str | None = None
    content_language: str | None = None
    hreflang: str | None = None  # the tag the page's hreflang alternates give its own URL
    url: str | None = None

    def claim(self) -> str | None:
        """The declared language, as written (``<html lang>`` first, then Content-Language, then hreflang)."""
        header = self.content_language.split(",")[0].strip() if self.content_language else None
        return self.html_lang or header or self.hreflang or None


@dataclass(frozen=True)
class LanguageResult:
    """The record's language, its confidence and what it was based on (``language_evidence``)."""

    tag: str
    confidence: float
    declared: str | None = None
    detected: str | None = None
    url: str | None = None
    mixed: dict[str, float] | None = None

    def evidence(self) -> dict[str, Any]:
        return {"declared": self.declared, "detected": self.detected, "url": self.url, "mixed": self.mixed}


@lru_cache(maxsize=1)
def _lingua() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LINGUA_LANGUAGES).build()


@lru_cache(maxsize=1)
def _langdetect() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0  # same text, same answer, in every call and every process
    return factory


def _code(language: Language) -> str:
    return language.iso_code_639_1.name.lower()


def _group(tag: str) -> str:
    return "no" if tag in (*NORWEGIAN, "no") else tag


def _other_language(text: str) -> tuple[str, float] | None:
    """A language outside lingua's set that langdetect is sure of, if any."""
    detector = _langdetect().create()
    detector.n_trial = _LANGDETECT_TRIALS
    detector.append(text[:_SAMPLE_CHARS])
    try:
        best = max(detector.get_probabilities(), key=lambda lang: lang.prob)
    except (LangDetectException, ValueError):
        return None
    tag = language_tag(best.lang) or best.lang
    known = {_group(_code(language)) for language in _LINGUA_LANGUAGES}
    if _group(tag) in known or best.prob < _OTHER_LANGUAGE_PROBABILITY:
        return None
    return tag, best.prob


@dataclass
class _Guess:
    tag: str
    confidence: float


def _guess(text: str, other: tuple[str, float] | None = None) -> _Guess | None:
    """The language of one passage, or None when it has too few letters to tell. ``other`` is what
    langdetect found for the whole text outside lingua's languages, if anything."""
    if sum(len(word) for word in _WORD.findall(text)) < _MIN_LETTERS:
        return None
    values = {_code(v.language): v.value for v in _lingua().compute_language_confidence_values(text)}
    if other is None and not any(values.values()):
        other = _other_language(text)  # no letters lingua knows (another script): langdetect names it
    if other is not None:
        return _Guess(other[0], round(other[1], 4))
    if not any(values.values()):
        return None
    groups: dict[str, float] = {}
    for tag, value in values.items():
        # Norwegian's two standards count once, by the stronger: summed, they would outvote Danish.
        group = _group(tag)
        groups[group] = max(groups.get(group, 0.0), value * _PRIOR.get(group, 1.0))
    best = max(groups, key=lambda g: groups[g])
    confidence = groups[best] / sum(groups.values())
    if best != "no":
        return _Guess(best, round(confidence, 4))
    odds = math.log(max(values.get("nn", 0.0), 1e-9) / max(values.get("nb", 0.0), 1e-9))
    p_nynorsk = nynorsk_probability(text, odds)
    tag = "nn" if p_nynorsk > 0.5 else "nb"
    return _Guess(tag, round(confidence * max(p_nynorsk, 1 - p_nynorsk), 4))


def _outside(text: str) -> tuple[str, float] | None:
    """langdetect's verdict on the whole text, when it names a language outside lingua's (long texts only)."""
    return _other_language(text) if len(text) >= _SHORT_CHARS else None


def detect_language(text: str) -> str:
    """The language of ``text`` alone as a BCP 47 tag (Norwegian as nb/nn); 'und' when too little to tell."""
    guess = _guess(text, _outside(text))
    return guess.tag if guess else UNDETERMINED


def _chunks(text: str) -> list[str]:
    """The text as passages of about _CHUNK_CHARS, split at paragraph breaks, evenly sampled when long."""
    chunks: list[str] = []
    current = ""
    for paragraph in (p for p in re.split(r"\n\s*\n", text) if p.strip()):
        current = f"{current}\n\n{paragraph}" if current else paragraph
        if len(current) >= _CHUNK_CHARS:
            chunks.append(current)
            current = ""
    if current:
        if chunks and len(current) < _CHUNK_CHARS // 2:
            chunks[-1] = f"{chunks[-1]}\n\n{current}"
        else:
            chunks.append(current)
    if len(chunks) > _MAX_CHUNKS:
        step = len(chunks) / _MAX_CHUNKS
        chunks = [chunks[int(i * step)] for i in range(_MAX_CHUNKS)]
    return chunks


def _read_text(text: str) -> tuple[_Guess | None, dict[str, float] | None]:
    """The language of most of the text, and the shares by language when it holds two (or more)."""
    other = _outside(text)
    chunks = _chunks(text)
    if other is not None or len(chunks) < 2:
        return _guess(text, other), None
    guesses = [(chunk, guess) for chunk in chunks if (guess := _guess(chunk[:_PASSAGE_SAMPLE], None))]
    norwegian = [chunk for chunk, guess in guesses if guess.tag in NORWEGIAN]
    if len({guess.tag for _, guess in guesses} & set(NORWEGIAN)) == 2:
        # Passages read as Bokmål and as Nynorsk are one page in one standard: a short passage (a list of
        # topics) has too few of the words that tell them apart, so the Norwegian text as a whole decides.
        standard = _guess("\n\n".join(norwegian), None)
        guesses = [(c, standard if g.tag in NORWEGIAN and standard else g) for c, g in guesses]
    sizes: dict[str, int] = {}
    confidence: dict[str, float] = {}
    for chunk, guess in guesses:
        sizes[guess.tag] = sizes.get(guess.tag, 0) + len(chunk)
        confidence[guess.tag] = max(confidence.get(guess.tag, 0.0), guess.confidence)
    if not sizes:
        return None, None
    total = sum(sizes.values())
    best = max(sizes, key=lambda tag: sizes[tag])
    shares = {tag: round(size / total, 3) for tag, size in sorted(sizes.items(), key=lambda kv: -kv[1])}
    mixed = any(tag != best and size / total >= _MIXED_SHARE and size >= _MIXED_MIN_CHARS for tag, size in sizes.items())
    return _Guess(best, round(confidence[best] * sizes[best] / total, 4)), shares if mixed else None


def url_language(url: str | None) -> str | None:
    """The language a URL's path names (/english/, /en/, /nn/...), if any."""
    if not url:
        return None
    for segment in urlsplit(url).path.lower().split("/"):
        if segment in _URL_LANGUAGE:
            return _URL_LANGUAGE[segment]
    return None


def identify_language(text: str, declared: Declared | None = None) -> LanguageResult:
    """The language of a page's text, weighing what the page declares about itself."""
    declared = declared or Declared()
    raw = declared.claim()
    from_url = url_language(declared.url)
    claimed = language_tag(raw) if raw else from_url
    bare_norwegian = raw is not None and raw.lower().replace("_", "-").split("-")[0] == "no"  # not which one
    guess, mixed = _read_text(text)
    detected = guess.tag if guess else None

    def result(tag: str, confidence: float) -> LanguageResult:
        return LanguageResult(tag, round(confidence, 4), raw, detected, from_url, mixed)

    if guess is None:
        return result(claimed or UNDETERMINED, 0.5 if claimed else 0.0)
    if claimed is None:
        sure = guess.confidence >= _OVERRULE_CONFIDENCE
        return result(guess.tag if sure else _by_country(guess.tag, text, declared.url), guess.confidence)
    if _group(claimed) == _group(guess.tag):
        # Agreement on the language: the text decides between Bokmål and Nynorsk unless the page says which,
        # and also when it says so wrongly (a CMS's lang="nb" over a page written in Nynorsk).
        sure = guess.confidence >= _OVERRULE_CONFIDENCE and len(text) >= _OVERRULE_MIN_CHARS
        tag = guess.tag if bare_norwegian or claimed not in NORWEGIAN or raw is None or sure else claimed
        return result(tag, max(guess.confidence, 0.95))
    # A page that holds two languages in near-equal shares keeps the one it declares when that is one
    # of them (instrument names in a Swedish table read as Afrikaans).
    holds_claimed = sum(share for tag, share in (mixed or {}).items() if _group(tag) == _group(claimed)) >= _CLAIM_SHARE
    if guess.confidence >= _OVERRULE_CONFIDENCE and len(text) >= _OVERRULE_MIN_CHARS and not holds_claimed or (
        mixed and not holds_claimed
    ):
        return result(guess.tag, guess.confidence)
    if len(text) >= _OVERRULE_MIN_CHARS and _share(text, claimed) < _NOT_CLAIMED_SHARE:
        # The text is surely not what the page declares (a CMS's lang="en" over Norwegian), though it is
        # unsure which of its neighbours it is: the site's country decides between them.
        return result(_by_country(guess.tag, text, declared.url), guess.confidence)
    return result(claimed, 1 - guess.confidence)


_NOT_CLAIMED_SHARE = 0.02
# Scandinavian languages the detector mixes up, and the country whose sites write each.
_NEIGHBOURS = {"da": ".dk", "nb": ".no", "nn": ".no", "sv": ".se"}


def _share(text: str, tag: str) -> float:
    """lingua's share for ``tag``'s language in the text (0 when lingua does not know the language)."""
    values = {_code(v.language): v.value for v in _lingua().compute_language_confidence_values(text[:_SAMPLE_CHARS])}
    return sum(value for code, value in values.items() if _group(code) == _group(tag))


def _by_country(tag: str, text: str, url: str | None) -> str:
    """Danish, Norwegian or Swedish as the site's country writes it, when the text is one of them."""
    host = (urlsplit(url).hostname or "") if url else ""
    if tag not in _NEIGHBOURS or host.endswith(_NEIGHBOURS[tag]):
        return tag
    country = next((t for t, tld in _NEIGHBOURS.items() if host.endswith(tld)), None)
    if country in NORWEGIAN:
        return "nn" if nynorsk_probability(text, 0.0) > 0.5 else "nb"
    return country or tag
