"""Language: deterministic, Norwegian as nb/nn, declared language checked against the text, mixed pages."""

from __future__ import annotations

import subprocess
import sys

import pytest

from normalize import Declared, detect_language, identify_language

BOKMAL = ("Fakultetet har en bred profil, med vekt på klinisk forskning, medisinsk grunnforskning, helsefaglig "
          "forskning og folkehelse. Vi samarbeider tett med universitetssykehusene, og hvordan vi gjør det er viktig.")
NYNORSK = ("Fakultetet har ein brei profil, med vekt på klinisk forsking, medisinsk grunnforsking og folkehelse. "
           "Vi samarbeider tett med sjukehusa, og korleis vi gjer det er viktig for oss og for dei tilsette.")
ENGLISH = ("The Faculty has a broad profile, focusing on clinical research, basic medical research and public health. "
           "We work closely with the university hospitals, and how we do so matters to our staff and students.")


def test_norwegian_is_always_bokmal_or_nynorsk() -> None:
    assert detect_language(BOKMAL) == "nb"
    assert detect_language(NYNORSK) == "nn"
    assert identify_language(NYNORSK, Declared(html_lang="no")).tag == "nn"  # bare 'no': the text decides
    assert identify_language(BOKMAL, Declared(html_lang="no")).tag == "nb"


def test_same_answer_every_call_and_every_process() -> None:
    texts = ["Forskning og innovasjon", "Senter for stadutvikling", BOKMAL[:60]]
    answers = [detect_language(t) for t in texts]
    assert all([detect_language(t) for t in texts] == answers for _ in range(10))
    code = f"from normalize import detect_language; print([detect_language(t) for t in {texts!r}])"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert other == repr(answers)


def test_declared_language_overruled_by_text_that_contradicts_it() -> None:
    result = identify_language(BOKMAL, Declared(html_lang="en"))
    assert (result.tag, result.declared, result.detected) == ("nb", "en", "nb")
    assert identify_language(ENGLISH, Declared(html_lang="en-GB")).tag == "en"


def test_declared_standard_kept_when_the_text_agrees_on_the_language() -> None:
    assert identify_language(NYNORSK, Declared(html_lang="nn")).tag == "nn"
    assert identify_language(NYNORSK, Declared(content_language="nn-NO")).tag == "nn"


def test_url_and_hreflang_are_evidence_when_the_text_is_too_short() -> None:
    result = identify_language("OK", Declared(url="https://www.med.uio.no/english/research/"))
    assert (result.tag, result.evidence()["url"]) == ("en", "en")
    assert identify_language("OK", Declared(hreflang="nn")).tag == "nn"
    assert identify_language("OK", Declared(url="https://www.hvl.no/nn/forsking/")).tag == "nn"


def test_too_little_text_is_undetermined_or_the_declared_language() -> None:
    assert detect_language("") == "und"
    assert detect_language("OK") == "und"
    assert detect_language("12 345") == "und"
    assert identify_language("OK", Declared(html_lang="nn")).tag == "nn"


@pytest.mark.parametrize(
    ("heading", "group"),
    [
        ("Department of Clinical Medicine", {"en"}),
        ("Institutt for klinisk medisin", {"nb", "nn"}),
        ("Institut für Klinische Medizin", {"de"}),
        ("Institutionen för klinisk medicin", {"sv"}),
        ("Afdeling for Sygdomsforebyggelse", {"da"}),
    ],
)
def test_short_headings_get_their_language_group_or_und(heading: str, group: set[str]) -> None:
    assert detect_language(heading) in group | {"und"}


def test_a_mixed_page_takes_the_language_of_most_of_its_text_and_says_it_is_mixed() -> None:
    english = "\n\n".join([ENGLISH] * 4)
    abstract = "\n\n".join([BOKMAL, BOKMAL.replace("Fakultetet", "Instituttet")])
    result = identify_language(f"{english}\n\n{abstract}", Declared(html_lang="en"))
    assert result.tag == "en"
    assert result.mixed is not None and set(result.mixed) == {"en", "nb"} and result.mixed["en"] > result.mixed["nb"]
    assert identify_language(english, Declared(html_lang="en")).mixed is None


def test_a_bokmal_page_whose_list_of_topics_reads_as_nynorsk_is_bokmal_throughout_not_mixed() -> None:
    lead = ("Om instituttet\n\nInstituttet er museets enhet for forskning, dokumentasjon og samlingsforvaltning. Det "
            "holder til i verkstedbygningen på museumsområdet.\n\nInstituttet har sju ansatte: historikere, "
            "konservatorer, en arkivar og en fotograf. Vi forvalter gjenstandssamlingen, fotoarkivet og et omfattende "
            "arkiv etter jernbanens egne etater. Forskningen skjer ofte i nært samarbeid med frivillige og med "
            "tidligere jernbaneansatte.")
    topics = ("Dette forsker vi på\n\nJernbanens arbeidsliv 1854–1980\nStasjonsarkitektur og jernbanens kulturmiljøer\n"
              "Rullende materiell og teknologihistorie\nJernbane, turisme og reiseliv\n\nSamarbeidspartnere\n\n"
              "Instituttet samarbeider med:\n\nNorsk Teknisk Museum\nUniversitetet i Innlandet\nJernbanedirektoratet\n"
              "Norsk Jernbaneklubb")
    result = identify_language(f"{lead}\n\n{topics}", Declared(html_lang="no"))
    assert (result.tag, result.mixed) == ("nb", None)


def test_languages_beyond_this_material_are_named_too() -> None:
    assert detect_language("El grupo de investigación estudia la biología del corazón y las enfermedades "
                           "cardiovasculares en pacientes adultos.") == "es"
    assert detect_language("研究グループは心臓の生物学と心血管疾患を研究しています。私たちは病院と密接に協力しています。") == "ja"
