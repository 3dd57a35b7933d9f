"""The unit's own statements: research areas, aims, methods, partners and funders.

Read from the extracted blocks in three ways, in this order of trust: the
items of a list under a heading that means the field ("Research areas",
"Scientific goals"), the items of a list introduced by a sentence ending in a
colon ("... focus on five strategic objectives:"), and running text where the
page has no list ("focusing on clinical research, basic medical research ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from normalize.extract import Block
from normalize.phrases import TWIN_PLACE
from normalize.text import BRACKETED_ACRONYM, clean_line, sentences
from normalize.unit import DEFINITE_WORD, is_generic_heading, is_unit_name

_I = re.IGNORECASE

# What a heading or an introducing sentence is about. Aims first: "focus on three scientific goals" is aims.
_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("aims", re.compile(
        r"\b(aims?|goals?|objectives?|ambitions?|vision|mission|purpose"
        r"|(forsknings|forskings|hoved|hovud|del|felles|strategiske)?mål(ene|et|setting|settinger|settingar|setjing|setjingar"
        r"|sättning|sättningar)?"
        r"|\w*formål|ambisjon(er|en)?|visjon(en)?|misjon|\w*ziele?|zielsetzung|doel(en|stelling)?)\b", _I)),
    ("methods", re.compile(r"\b(methods?|methodolog\w*|metoder?|metodar|methoden?|approaches)\b", _I)),
    # Nordic and German compounds end in the topic word: "Forskningstemaer", "Forschungsschwerpunkte".
    ("research_areas", re.compile(
        r"\b(research areas?|focus areas?|areas of (research|focus|expertise|specialism|practice)|\w*themes?|topics|our research"
        r"|(?:research|scientific) (themes|topics|fields|interests|focus|clusters|strands|priorities|strengths)"
        r"|fields of research|clusters|research directions"
        r"|\w*satsing(er|ar|ene|ane)?"
        r"|\w*prioritering(er|ar)|\w*prioritäten"
        r"|\w*område(r|n|na|ne|t)?|\w*områda|\w*tema(er|ene|na|n|t)?|\w*themen|\w*thema|\w*emner|\w*inriktning(ar|en|arna)?"
        r"|\w*schwerpunkte?|\w*felder|forschungsgebiete|forschungsbereiche|onderzoeksthema\w*|focuses on|focus on"
        r"|fokuserer på|fokuserar på|fokussiert auf|science we support|research we support|areas we support"
        r"|forsk\w*\s+(?:vi|we)|(?:vi|we|wir)\s+(?:forsk\w*|research|study|studerer|studerar|undersøker|forschen)"
        r"|what we (?:study|research|work on)|research lines|lines of research|\w*fält|\w*felt(?:er|ene)?"
        r"|kompetens(?:er|en)?|kompetanse(?:n)?|expertise|arbeidspakker|work packages)\b", _I)),
    ("partners", re.compile(
        r"\b(partners?|partnerships?|collaborat\w*|\w*samarbeidspartnere?|samarbeidspartnarar|partnere|partnarar"
        r"|samarbetspartner(s|na)?|who we work with|working with"
        r"|samarbejdspartnere|kooperationspartner|kooperationen|samarbeid|samarbete|samarbejde"
        r"|kooperation\w*|partnerschaft\w*|partnerinstitusjonar|partnerinstitusjoner|samarbeidsinstitusjonar)\b", _I)),
    ("funders", re.compile(
        r"\b(funders?|funding|funded|\w*finansiering|finansiert|finansieret|finansierad|förderer|förderung"
        r"|förder\w+|gefördert|financiering|støtte|stöd)\b", _I)),
)

# Running text.
_AREA_SENTENCE = re.compile(
    r"\b(?:focusing on|focuses on|focus areas? (?:for [^,]+? )?include|research areas? (?:are|include)"
    r"|themes? (?:are|include)|with (?:a )?focus on|konsentrerer seg om|fokuserer på|med vekt på"
    r"|satsingsområd\w* (?:for [^,]+? )?(?:er|omfatter)|fokuserar på|fokussiert auf"
    r"|forsk(?:ar|er)(?: vi| og underviser| och undervisar)?(?: særlig| særleg| spesielt| især| främst| särskilt)? (?:på|om|i)"
    r"(?! (?:deltid|heltid)\b)"
    r"|(?:beskæftiger|beskjeftiger) sig med|beschäftigt sich mit|befasst sich mit"
    r"|(?:bedriver|driver|conducts?) (?:\w+ )?(?:forskning|forsking|research) (?:om|på|on|inom|innen)"
    r"|\w*(?:arbeidet|forskinga|forskningen) (?:handlar|handler) om"
    r"|(?:studerar|studerer|undersøker|undersöker) vi|spenner over|spänner över|we (?:work on|study|focus on)"
    r"|research and practice focus on"
    r"|(?:researchers|scientists|staff|teams?|groups?|research and practice) work on|research (?:covers|spans|includes)"
    r"|forskning(?:en)? (?:inom|innen|innenfor|indenfor)|dreier seg (?:særlig |især |mest )?om"
    rf"|(?:arbeider|arbeidar|arbejder|arbetar) (?:vi |{DEFINITE_WORD} )?(?:mellom anna |blant annet |blandt andet "
    r"|bland annat )?med"
    r"|forscht (?:zu|an|über)|(?<!som )rör(?! sig\b)(?: främst| framför allt| bland annat)?|(?:supports?|conducts?|carries out) (?:projects|research) on"
    # The unit or "we" investigating: "Programmet undersöker ...", "Die Forschungsgruppe untersucht ...".
    r"|(?:\b(?:vi|we|wir)|\b\w*(?:gruppen|gruppa|programmet|senteret|sentret|centret|centeret|enheten|enheden|instituttet"
    r"|institutet|laboratoriet|nettverket|nätverket|netværket|gruppe)"
    r"|\b(?:the|die|das|der) \w*(?:group|gruppe|centre|center|zentrum|institute|institut|lab|facility|department|unit|programm?e?))"
    r" (?:undersøger|undersöker|undersøker|untersucht|untersuchen|investigates|investigate|examines|explores))"
    r"\s+(?!(?:og|and|och|und)\s)(.+)$",
    _I,
)
_ENUMERATION = re.compile(r",|\s(?:and|og|och|und|samt|sowie)\s")
_AREA_MAX_WORDS = 8
_QUESTION = re.compile(r"^(?:how|why|what|where|when|whether|hur|hvordan|korleis|hvorfor|kvifor|wie|warum|was)\b", _I)
_AIM_SENTENCE = re.compile(
    r"\b(?:our|the|its|their)\s+(?:main\s+|overall\s+|primary\s+)?(?:aim|goal|ambition|mission|objective|purpose)"
    r"(?:\s+of\s+[\w\s]+?)?\s+is\s+to\s+(.+)$"
    r"|\b(?:vårt|vår|målet med [\w\s]+?|målet(?: vårt)?|ambisjonen(?: for [\w\s]+?)?)\s*(?:mål|ambisjon)?\s+er\s+å\s+(.+)$",
    _I,
)
# A sentence that states an aim as a whole: "... med mål om å redusere ...", "Målet er løsninger som ...",
# "Nätverket vill bidra med kunskap ...", "The centre aims to ...".
_AIM_STATEMENT = re.compile(
    r"\bmed (?:det )?mål(?:et)? (?:om|at|å)\b|^målet(?: vårt| med [\w\s]+?)? er\b|\b(?:vill|vil|ønsker å|önskar) bidra\b"
    r"|\b(?:aims|seeks|strives) to\b|\bhar (?:som|til) (?:mål|formål) (?:å|at)\b|\bzielt darauf\b|\bhat (?:das|zum) ziel\b",
    _I,
)
_PARTNER_SENTENCE = re.compile(
    r"\b(?:partnerships? with|collaborat(?:e|es|ing|ion|ions)(?:\s+\w+ly)? with|in (?:close )?collaboration with"
    r"|works? closely with|working closely with"
    r"|partners (?:include|including|such as|are)|samarbeid(?:er|e|ar)?(?: tett| nært)? med|samarbeidet med"
    r"|i samarbeid med|samarbejder(?: [\w.]+){0,4}? med|i samarbejde med|samarbetar(?: nära)? med|i samarbete med"
    r"|samarbeider (?:mellom anna|blant annet) med|(?:et|eit|ett|a|an) samarbe(?:id|jde|te) (?:mellom|mellem|mellan)"
    r"|(?:a )?(?:collaboration|cooperation|partnership) between"
    r"|zusammenarbeit mit|kooperiert(?: eng)? mit|arbeitet(?: eng)? mit [\w\s]{0,30}?zusammen:?|in samenwerking met)"
    r"\s+(.+)$",
    _I,
)
# Funders: "funded by X", "støttet af X og Y", "finansieras av X", "med midler fra X", "funding from X",
# and German's verb at the end: "durch die X und die Y gefördert".
_FUNDED_BY = (
    re.compile(
        r"\b(?:funding|grants?|midler|bidrag|støtte|stöd|medel|förderung|finansiering|funds|allocations?|bevilgning\w*)"
        r"\s+(?:\w+\s+){0,3}?(?:from|fra|från|frå|von|durch|av|af)\s+",
        _I,
    ),
    re.compile(
        r"\b(?:funded|financed|supported|sponsored|finansiert|finansieret|finansieras|finansierad|finansierat|støttet"
        r"|støttes|stöds|stöttas|gefördert|finanziert|unterstützt)\s+(?:\w+\s+){0,3}?(?:by|av|af|fra|från|frå|von|durch)"
        r"\s+",
        _I,
    ),
)
_FUNDED_BEFORE = re.compile(r"\b(?:durch|von|vom)\s+(.+?)\s+(?:gefördert|finanziert|unterstützt)\b", _I)
_FUNDED_PREFIX = re.compile(r"([A-ZÆØÅ][\w'’.-]*(?:\s+(?:of|for|and)\s+[A-ZÆØÅ][\w'’.-]*|\s+[A-ZÆØÅ][\w'’.-]*)*)-funded")
# Where a list of organisations ends: "..., med medfinansiering från ...", "... under perioden 2022–2027".
_CLAUSE_END = re.compile(
    # Not the point of an initial or an ordinal: "Aage V. Jensen Naturfond", "det 20. århundrede".
    r"(?<!\b[A-ZÆØÅ])\.(?!\s*[a-zæøå0-9])|[;:]|, (?:a|an|which|that|where|as well as|som|med|with|mit|and we|og vi|och vi)\b"
    r"|\s(?:is|are|was|were|has|have|will|to|er|var|har|vil|ist|sind|on|om|under|in order|for å|för att|um|since"
    r"|siden|sedan|seit|from|fra|från|fram til|until|bis|til|till|mellom|between|zwischen|gefördert|finanziert|im"
    r"|with|through|gjennom|genom|gennem|durch|via)\s"
    r"|\smed (?:sammanlagt|totalt|til sammen|i alt)\b"
    r"|\s(?:for|i|in|over|under|during) (?:perioden|the period|a period|\d)"
    r"|\s(?:as part of|as a|som (?:en )?del av|som en del af|als Teil)\s"
)
_LEADING = re.compile(
    r"^(?:the|die|der|den|das|dem|det|med|with|mit|other|andre|blant annet|blant anna|bland annat|blandt andet"
    r"|unter anderem|u\.\s?a\.|among others|bl\.\s?a\.|e\.g\.|främst|primarily|mainly|notably|especially|særlig"
    r"|særleg|især|hovedsakelig|hovedsageligt|vor allem|insbesondere)\s+",
    _I,
)
_PLACE_TAIL = re.compile(r"\s(?:in|i|at|på)\s+[A-ZÆØÅ][\w-]*$")
_ORG_MAX_WORDS = 8
# "Knut och Alice Wallenbergs stiftelse": a given name, then a given name and a family's foundation.
_GIVEN_NAME = re.compile(r"[A-ZÆØÅ][a-zæøåäö]{1,7}")
_FAMILY_FOUNDATION = re.compile(r"[A-ZÆØÅ][a-zæøåäö]+(?<!en) [A-ZÆØÅ][\w-]*?s? (?i:stiftelse|fond|fonden|foundation)\b")
# A Nordic or English name that goes on in lower case after its kind: "Senter for klinisk dokumentasjon".
_KIND_FOR = re.compile(r"^[A-ZÆØÅ]\w*\s+(?:for|för|of)\s+[a-zæøå]")
_OF_SUBJECT = re.compile(r"\s(?:of|for|für|för)\s+[A-ZÄÖÜ][\w-]*$")
_NAMED_INSIDE = re.compile(
    r"\b[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*(?:\s+[a-z]+){0,2}\s+(?:programmes?|council|foundation|fund|agency|trust)\b"
)
# A lower-case phrase that still names organisations: "the university hospitals in Oslo and Akershus".
_ORG_WORDS = re.compile(r"\b(hospitals|universities|institutes|sykehusene|universitetene|sjukehusa|universiteta)\b", _I)


def org_list(phrase: str) -> list[str]:
    """The organisations an enumeration names: 'the Met Office, the Environment Agency, Natural England and
    Cornwall Council' -> the four; 'die Deutsche Forschungsgemeinschaft (DFG) und die Klaus Tschira Stiftung'
    -> both; 'Knut och Alice Wallenbergs stiftelse' stays one; lower-case phrases ('tre oppdrettsselskaper',
    'polarforskere i Ny-Ålesund') are no organisations."""
    phrase = _CLAUSE_END.split(BRACKETED_ACRONYM.sub("", phrase), maxsplit=1)[0]
    for lead in (" such as ", " including "):  # "partners including the Met Office, ..."
        if lead in phrase and not phrase.split(lead, 1)[0][:1].isupper():
            phrase = phrase.split(lead, 1)[1]
    # Not inside a shared compound: "Klima- og miljødepartementet", "Närings-, trafik- och miljöcentralen".
    pieces = re.split(r"((?<!-),\s*(?:and\s+|og\s+|och\s+|und\s+|samt\s+)?|(?<!-)\s+(?:and|og|och|und|samt|sowie|&)\s+)",
                      phrase)
    names: list[str] = []
    for i in range(0, len(pieces), 2):
        piece = _LEADING.sub("", pieces[i].strip()).strip().rstrip(" (")
        place = _PLACE_TAIL.search(piece)
        if place and piece[:1].isupper() and len(piece[: place.start()].split()) > 1:
            piece = piece[: place.start()]  # "Karolinska Institutet i Stockholm"; not "Universitetet i Bergen"
        words = piece.split()
        joined = f"{names[-1]} {pieces[i - 1].strip()} {piece}" if names else piece
        if names and _GIVEN_NAME.fullmatch(names[-1]) and _FAMILY_FOUNDATION.match(piece) and (
            pieces[i - 1].strip() in ("och", "og", "and")
        ):
            names[-1] = joined  # "Knut och Alice Wallenbergs stiftelse"
        elif names and piece[:1].islower() and len(words) <= 3 and _KIND_FOR.match(names[-1]) and (
            pieces[i - 1].strip() in ("och", "og", "and", "und")
        ):
            names[-1] = joined  # "Senter for klinisk dokumentasjon og evaluering"
        elif names and TWIN_PLACE.match(f"{names[-1].split()[-1]} {pieces[i - 1].strip()} {piece}"):
            names[-1] = joined  # a place's name: "KS Møre og Romsdal", "Sparebankstiftinga Sogn og Fjordane"
        elif names and _PLACE_TAIL.search(names[-1]) and re.fullmatch(r"[A-ZÆØÅ][\w-]*", piece) and (
            _ORG_WORDS.search(names[-1]) and not piece.isupper()  # plural org words only: not "Universitetet i Bergen, NORCE"
        ):
            names[-1] = joined  # places, not organisations: "university hospitals in Oslo and Akershus"
        elif names and _OF_SUBJECT.search(names[-1]) and piece[:1].isupper() and not piece.isupper() and (
            pieces[i - 1].strip() in ("and", "und", "och", "og", "&")
        ) and not is_unit_name(piece) and len(words) <= 3:
            names[-1] = joined  # one name: "Ministry of Health and Care Services", "... für Bildung und Forschung"
        elif names and pieces[i - 1].strip() == "&" and is_generic_heading(piece):
            names[-1] = joined  # "Wageningen University & Research"
        elif (piece[:1].isupper() or _ORG_WORDS.search(piece)) and len(words) <= _ORG_MAX_WORDS:
            names.append(piece)
        elif inner := _NAMED_INSIDE.search(piece):
            names.append(inner.group(0))  # "participation in EU framework programmes for research"
    return names


@dataclass
class Facts:
    research_areas: list[str] = field(default_factory=list)
    aims: list[str] = field(default_factory=list)
    methods: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    funders: list[str] = field(default_factory=list)

    def add(self, topic: str, values: list[str]) -> None:
        target: list[str] = getattr(self, topic)
        for value in values:
            value = clean_line(value).rstrip(":;,").strip()
            if topic in ("partners", "funders"):  # an organisation by its name: "Deutsche Forschungsgemeinschaft"
                value = BRACKETED_ACRONYM.sub("", value).strip()
            if value and value.lower() not in (v.lower() for v in target):
                target.append(value)


_HEADING_MAX_WORDS = 5
_ITEM_MAX_WORDS = 12
# Topics whose lists a page splits under subheadings that are items themselves ("Research clusters" >
# "Digital heritage" > its topics). Funders' subheadings ("Private fonde") are kinds, not funders.
_GROUPED = ("research_areas",)
_FACT_HEADING = re.compile(
    r"^(fakta|facts?|key facts|at a glance|auf einen blick|kurz und knapp|i tal|i siffror|i tall|in figures|in numbers)\b", _I
)


# Words a field's heading may have beside its keyword: "Gefördert von", "Our partners", "Our research is funded by".
_HEADING_FILLER = frozenset("von by av af of our vores våre våra unsere unser the die der".split())
_FUNDING_FILLER = _HEADING_FILLER | frozenset("research work is are was were this unsere forschung wird".split())


def _field_heading(heading: str) -> str | None:
    """The field a heading is the heading of, with little else: "Gefördert von", "Partners", "Our research is
    funded by"; None for a heading that only has a field's word in it ("Collaborative robotics")."""
    for topic, pattern in _TOPICS:
        match = pattern.search(heading)
        rest = (heading[: match.start()] + heading[match.end():]).lower().split() if match else ["?"]
        if all(word in (_FUNDING_FILLER if topic == "funders" else _HEADING_FILLER) for word in rest):
            return topic
    return None


def _topic(text: str) -> str | None:
    for topic, pattern in _TOPICS:
        if pattern.search(text):
            return topic
    return None


def _last_topic(intro: str) -> str | None:
    """What a sentence introducing a list is about: the topic named last, next to the colon ("Much of our
    research is done with partners. Our most important partners are:")."""
    found = [(m.end(), topic) for topic, pattern in _TOPICS for m in pattern.finditer(intro)]
    return max(found)[1] if found else None


def _list_items(block: Block) -> list[str]:
    """A list's items; of a nested list, the sub-items too unless they are sentences that explain their
    item ("Design and Management of Services:" > "Needs evaluation, financing and integration.")."""
    return [text for depth, text in block.items
            if depth == 0 or not (text.endswith(".") or len(text.split()) > _ITEM_MAX_WORDS)]


def _capitalised(text: str) -> str:
    text = text.strip().rstrip(".") + "."
    return text[0].upper() + text[1:]


# Where the last item of an enumeration joins the one before: before two words, or one word at the end.
# Not after a shared compound's hyphen: "uppbyggelselitteratur under 1600- och 1700-talen".
_ITEM_JOINT = re.compile(r"(?<!-)\s+(?:and|og|und|och|samt|sowie)\s+(?=(?:the\s+)?[\w-]+\s+\w+|\w+$)")
_BETWEEN_WORDS = r"mellem|mellom|mellan|between|zwischen"
_BETWEEN_FIRST = re.compile(rf"\b(?:{_BETWEEN_WORDS})\b", re.IGNORECASE)
_BETWEEN = re.compile(rf"\b(?:{_BETWEEN_WORDS})\s+\S+$")  # "mellem pædagoger og forældre"


def _enumeration(phrase: str) -> list[str]:
    """'clinical research, basic medical research and public health.' -> the three."""
    phrase = phrase.split(": ", 1)[-1]  # "... innan tre felt: A, B og C"
    phrase = re.split(
        r"[.;]|, (?:a|an|which|that|where|som|der|en|et|ei|with|med|mit|\w+ing (?:on|from|upon))\b|\s\((?![A-ZÆØÅ])"
        r"|, (?:og|and|och|und|men|but) (?:vi|we|wir|they|de|dei|it|det|der|den|each|every|all|this|these|our|its"
        r"|their|hver|hvert|alle|vores|våre|unsere)\b",  # ", og vi underviser ...", ", and each study ..."
        phrase,
    )[0]
    # "A i X og på Y, B og C": with commas, "and" parts only the last item ("B og C"), and not between two
    # things ("samarbejdet mellem pædagoger og forældre").
    *firsts, last = re.split(r",\s*(?:and\s+|og\s+|och\s+|und\s+|samt\s+|sowie\s+)?", phrase)
    if re.match(r"(?:at|å|att|to|zu|um)\s", phrase):
        return []  # a verb follows, not topics: "arbejder med at forstå, hvorfor ..."
    tail: list[str] = []
    joints = list(_ITEM_JOINT.finditer(last))
    last_samt = next((j for j in reversed(joints) if j.group().split()[0] in ("samt", "sowie")), None)
    if last_samt:  # "A, B i søer og moser samt C": "samt" joins an item; an "og" before it is inside one
        joints = [j for j in joints if j.start() >= last_samt.start()]
    for joint in reversed(joints):
        if not _BETWEEN.search(last[: joint.start()]):
            tail.insert(0, last[joint.end():])
            last = last[: joint.start()]
    parts = [*firsts, last, *tail]
    return [re.sub(r"^(?:the|a|an|die|der|das|dem)\s+", "", p.strip(), flags=_I) for p in parts if len(p.split()) <= 12 and p.strip()]


_NOT_FUNDERS = frozenset("self co part jointly privately publicly fully partly externally".split())  # "Self-funded"


def _funders(sentence: str) -> list[str]:
    found = [
        (m.start(), [m.group(1)]) for m in _FUNDED_PREFIX.finditer(sentence) if m.group(1).lower() not in _NOT_FUNDERS
    ]
    found += [(m.start(1), org_list(m.group(1))) for m in _FUNDED_BEFORE.finditer(sentence)]
    # "funded through allocations from X, project funding from Y": each source runs to the next one.
    triggers = sorted((m.start(), m.end()) for pattern in _FUNDED_BY for m in pattern.finditer(sentence))
    for (start, end), (following, _) in pairwise([*triggers, (len(sentence), len(sentence))]):
        found.append((start, org_list(sentence[end:max(end, following)])))
    return [name for _, names in sorted(found) for name in names]  # in the sentence's order


def _is_org_line(text: str) -> bool:
    return text[:1].isupper() and len(text.split()) <= _ORG_MAX_WORDS and not re.search(r"[.!?:,]$|\d{4}", text)


def _table_column(block: Block, topic: str) -> list[str]:
    """The cells under a table's column headed by the topic ("Funder", "Finansiering")."""
    rows = [[cell.strip() for cell in text.split(" | ")] for _, text in block.items]
    if len(rows) < 2 or any(len(row) != len(rows[0]) for row in rows) or len(rows[0]) < 2:
        return []
    columns = [i for i, head in enumerate(rows[0]) if len(head.split()) <= 3 and _topic(head) == topic]
    return [row[i] for row in rows[1:] for i in columns if row[i] and row[i] != "–"]


def read_facts(blocks: list[Block]) -> Facts:
    """Research areas, aims, methods, partners and funders from the page's main text."""
    facts = Facts()
    section_topic: str | None = None
    section_level = 0
    opening = False  # the block is the first paragraph of its section
    running: list[str] = []  # areas stated in running text
    for i, block in enumerate(blocks):
        previous = blocks[i - 1] if i else None
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind == "heading":
            field = _field_heading(block.text)
            if _FACT_HEADING.match(block.text):
                section_topic, section_level = None, block.level  # a fact box: figures, not topics
            elif section_topic is None or block.level <= section_level or field not in (None, section_topic):
                # a deeper heading that is another field's starts its section: "Gefördert von" under the areas
                # Only a short heading names a topic: "Scientific goals", not "We focus on research of ...".
                # The page's own heading names the unit, not a topic ("Kompetansenettverk for ...").
                short = len(block.text.split()) <= _HEADING_MAX_WORDS and block.level > 1
                section_topic, section_level = ((field or _topic(block.text)) if short else None), block.level
                opening = True
            elif section_topic in _GROUPED:
                facts.add(section_topic, [block.text])  # a group of areas or funders under the heading
            continue
        if block.kind == "list":
            for column_topic in ("funders", "partners"):
                facts.add(column_topic, _table_column(block, column_topic))
            intro = previous.text if previous is not None and previous.kind == "paragraph" else ""
            topic = (_last_topic(intro) if intro.endswith(":") else None) or section_topic
            if topic:
                facts.add(topic, _list_items(block))
            continue
        text = block.text
        if text.endswith(":"):
            if following is not None and following.kind == "paragraph" and _topic(text) == "aims":
                facts.add("aims", [following.text])
            continue  # it introduces what follows
        if section_topic in ("funders", "partners") and _is_org_line(text):
            facts.add(section_topic, [text])  # "Danmarks Frie Forskningsfond" on a line of its own
        if section_topic == "aims" and opening and not (following is not None and following.kind == "list"):
            facts.add("aims", [_aim_of(text) or text])  # the section's opening paragraph; the rest explain it
        opening = False
        for sentence in sentences(text):
            if _AIM_STATEMENT.search(sentence) and not _AIM_SENTENCE.search(sentence):
                facts.add("aims", [sentence])
            if (m := _AREA_SENTENCE.search(sentence)) and _ENUMERATION.search(m.group(1)) and not _QUESTION.match(m.group(1)) and (
                not _BETWEEN_FIRST.search(m.group(1).split(",")[0])  # "i skjæringsfeltet mellom økonomi, ledelse og ..."
            ):
                running.extend(_enumeration(m.group(1)))  # two or more: "on A, B and C"
            if m := _AIM_SENTENCE.search(sentence):
                facts.add("aims", [_capitalised(m.group(1) or m.group(2))])
            if m := _PARTNER_SENTENCE.search(sentence):
                facts.add("partners", org_list(m.group(1)))
            facts.add("funders", _funders(sentence))
    if not facts.research_areas:
        # Running text counts only where the page lists no areas; a listed topic is short and no question.
        listed = [area for area in running if len(area.split()) <= _AREA_MAX_WORDS and not _QUESTION.match(area)]
        facts.add("research_areas", listed)
    return facts


def _aim_of(text: str) -> str | None:
    match = _AIM_SENTENCE.search(text)
    return _capitalised(match.group(1) or match.group(2)) if match else None
