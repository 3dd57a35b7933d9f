"""Language: deterministic, Norwegian as nb/nn, declared language checked against the text."""

from __future__ import annotations

import subprocess
import sys

from normalize import detect_language, identify_language

BOKMAL = ("Fakultetet har en bred profil, med vekt på klinisk forskning, medisinsk grunnforskning, helsefaglig "
          "forskning og folkehelse. Vi samarbeider tett med universitetssykehusene, og hvordan vi gjør det er viktig.")
NYNORSK = ("Fakultetet har ein brei profil, med vekt på klinisk forsking, medisinsk grunnforsking og folkehelse. "
           "Vi samarbeider tett med sjukehusa, og korleis vi gjer det er viktig for oss og for dei tilsette.")
ENGLISH = "The Faculty has a broad profile, focusing on clinical research, basic medical research and public health."


def test_norwegian_is_always_bokmal_or_nynorsk() -> None:
    assert detect_language(BOKMAL) == "nb"
    assert detect_language(NYNORSK) == "nn"
    assert identify_language(NYNORSK, "no").tag == "nn"  # bare 'no' declared: the text decides


def test_same_answer_every_call_and_every_process() -> None:
    text = "Forskning og innovasjon"
    answers = {detect_language(text) for _ in range(20)}
    code = f"from normalize import detect_language; print(detect_language({text!r}))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert answers == {other}


def test_declared_language_overruled_by_long_text_that_contradicts_it() -> None:
    result = identify_language(BOKMAL, "en")
    assert (result.tag, result.declared, result.detected) == ("nb", "en", "nb")
    assert identify_language(ENGLISH, "en").tag == "en"


def test_too_little_text_is_undetermined_or_the_declared_language() -> None:
    assert detect_language("") == "und"
    assert detect_language("OK") == "und"
    assert identify_language("OK", "nn").tag == "nn"
