"""Bokmål or Nynorsk: a small model of the two written standards of Norwegian.

Language detectors tell Norwegian from its neighbours well but the two standards
from each other poorly: they share most of their words. What separates them are
frequent function words (ikkje/ikke, eg/jeg, kva/hva, frå/fra, dei/de, berre/bare)
and a few endings (-leg/-lig, -heit/-het, -ane/-ene, -arar/-ere). This module
counts that evidence; :mod:`normalize.language` weighs it against the n-gram
models of the detector.
"""

from __future__ import annotations

import math
import re

# Frequent words of one standard that the other does not use.
NYNORSK_WORDS = frozenset(
    """
    ikkje eg ho dei deira deim kva kven kvar kvart kvifor korleis kor frå berre mykje noko nokon nokre noka
    vere vore vert vart vorte gjer gjere gjera gje gjev gjeve fekk gjekk kjem kome seier sjå sjølv òg medan
    då sidan difor saman heile heilt fleire meir einannan kvarandre enno endå eigen eige eigne betre høyrer
    høyre tenkje tenkjer meiner veit seinare tidlegare forsking forskinga forskar forskarar sjukehus
    sjukehuset sjukdom sjukdomar sjukepleiar kyrkje kyrkja tilsette verksemd verksemda verksemder høve ynskje
    ynskjer gong gonger bustad auke aukar aukande skule skulen skular vatn heime augo auga hovud utan fyrste
    born syster lærar lærarar studentar elevar søkjarar deltakarar menneska dykk dykkar spørje spurde hugse
    kjende treng trengst trengde rekne reknar elles åleine aleine medlemer kommunar skriv skrivne lesne opna
    ein eit desse anna hennar noreg noregs vidare sjeldan open opne ope høgare høgaste lågare døme dømes dessutan
    innan innanfor utanfor ovanfor nedanfor allereie annan einaste same annleis stad staden stader veke veker
    vekene månad månaden månader hjå byrje byrja byrjar heim heimen sjølvsagt fylgje følgje velje veljer fortelje
    seie korkje einig tilbod tilboda utval val omsyn omsynet framleis framtida verda sidan eining eininga
    einingar einingane menneske dykkar bur budde åt
    """.split()
)
BOKMAL_WORDS = frozenset(
    """
    ikke jeg hun hva hvem hvor hvorfor hvordan hvis hver hvert hvilke hvilken fra bare mye noe noen være vært
    ble gjør gjøre gi gir fikk gikk kommer sier selv mens sammen hele helt flere mer hverandre ennå egen eget
    egne bedre høre hører tenke tenker mener vet senere tidligere forskning forskningen forsker forskere
    forskerne sykehus sykehuset sykdom sykdommer sykepleier kirke kirken ansatte virksomhet virksomheten
    virksomheter anledning ønske ønsker ganger bolig økning øke økende skole skolen skoler vann hjemme øyne
    hode uten søster lærer lærere studenter elever søkere deltakere menneskene dere deres spørre spurte huske
    trenger regne regner ellers alene medlemmer kommuner skrevet åpnet
    en et de da nå dem hennes annet disse norge norges videre sjelden åpen åpne åpent høyere høyeste lavere
    dessuten innen innenfor utenfor ovenfor nedenfor allerede annen eneste samme annerledes sted stedet steder uke
    uker ukene måned måneden måneder hos begynne begynte hjem selvsagt følge velge velger fortelle forteller
    verken enig tilbud tilbudet utvalg valg hensyn hensynet fortsatt fremdeles fremtid fremtiden verden siden
    enhet enheten enheter enhetene mennesker tiden bor bodde
    """.split()
)

# Endings of one standard: (pattern on a lower-case word, weight).
# Endings and word parts of one standard, compounds included: (pattern on a lower-case word, weight).
_NYNORSK_ENDINGS = (
    (re.compile(r"\w{3,}leg(e|t|are|aste)?$"), 1.0),  # vanleg, mogleg, offentlege
    (re.compile(r"\w{3,}heit(a|er|ene)?$"), 1.0),  # moglegheit, einskapheita
    (re.compile(r"\w{3,}(arar|arane|ane)$"), 0.8),  # forskarar, studentane
    (re.compile(r"\w{4,}ingane$"), 0.8),
    (re.compile(r"\w{3,}ande$"), 1.0),  # spennande, følgjande
    (re.compile(r"\w{3,}ing(a|ar)$"), 0.8),  # utdanninga, samlingar
    (re.compile(r"\w*(forsking|sjukehus|sjukdom|sjukepleie|tenest|høgskule|kyrkje)"), 1.0),  # forskingsgruppe
    (re.compile(r"\w*talet$"), 1.0),  # 1990-talet, hundretalet
    (re.compile(r"(?!(januar|februar|seminar|kommentar|dokumentar|inventar|bibliotekar|vikar|molekylar)$)\w{4,}ar$"), 0.5),
)
_BOKMAL_ENDINGS = (
    (re.compile(r"\w{3,}lig(e|ere|st|ste)?$"), 1.0),  # vanlig, mulige
    (re.compile(r"\w{3,}het(en|er|ene)?$"), 1.0),  # mulighet, sikkerheten
    (re.compile(r"\w{3,}(erne|ere)$"), 0.6),  # forskerne, lærere
    (re.compile(r"\w{3,}ende$"), 0.8),  # spennende, følgende
    (re.compile(r"\w{3,}ing(en|er)$"), 0.8),  # utdanningen, samlinger
    (re.compile(r"hv\w+"), 1.5),  # hvit, hvorav: Nynorsk writes kv-
    (re.compile(r"\w*(forskning|sykehus|sykdom|sykepleie|tjenest|høgskole|høyskole|kirke)"), 1.0),  # forskningsgruppe
    (re.compile(r"\w*tallet$"), 1.0),  # 1990-tallet, hundretallet
)
_WORD = re.compile(r"[^\W\d_]+")
NYNORSK_PRIOR = -0.5  # log-odds: Bokmål is the more common of the two
_MODEL_CLIP = 3.0


def evidence(text: str) -> float:
    """Evidence for Nynorsk over Bokmål in ``text``: positive for Nynorsk, negative for Bokmål, 0 for none."""
    score = 0.0
    for word in (w.lower() for w in _WORD.findall(text)):
        if word in NYNORSK_WORDS:
            score += 1.5
        elif word in BOKMAL_WORDS:
            score -= 1.5
        else:
            score += next((weight for pattern, weight in _NYNORSK_ENDINGS if pattern.match(word)), 0.0)
            score -= next((weight for pattern, weight in _BOKMAL_ENDINGS if pattern.match(word)), 0.0)
    return score


def nynorsk_probability(text: str, model_log_odds: float) -> float:
    """P(Nynorsk) from the word evidence and the detector's log-odds of Nynorsk over Bokmål, starting
    from a prior that leans to Bokmål, the standard most Norwegian text is written in."""
    log_odds = NYNORSK_PRIOR + evidence(text) + max(-_MODEL_CLIP, min(_MODEL_CLIP, model_log_odds))
    return 1 / (1 + math.exp(-log_odds))
