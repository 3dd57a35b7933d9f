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

from normalize.extract import Block
from normalize.text import clean_line, sentences

_I = re.IGNORECASE

# What a heading or an introducing sentence is about. Aims first: "focus on three scientific goals" is aims.
_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("aims", re.compile(
        r"\b(aims?|goals?|objectives?|ambitions?|vision|mission|purpose"
        r"|(forsknings|forskings|hoved|hovud|del|felles|strategiske)?mål(ene|et|setting|settinger|setjing|sättning)?"
        r"|\w*formål|ambisjon(er|en)?|visjon(en)?|misjon|\w*ziele?|zielsetzung|doel(en|stelling)?)\b", _I)),
    ("methods", re.compile(r"\b(methods?|methodolog\w*|metoder?|metodar|methoden?|approaches)\b", _I)),
    # Nordic and German compounds end in the topic word: "Forskningstemaer", "Forschungsschwerpunkte".
    ("research_areas", re.compile(
        r"\b(research areas?|focus areas?|areas of (research|focus|expertise)|\w*themes?|topics|our research"
        r"|research (themes|topics|fields|interests|focus|clusters|strands)|fields of research|clusters"
        r"|\w*område(r|n|na|ne|t)?|\w*tema(er|ene|na|n|t)?|\w*themen|\w*thema|\w*emner|\w*inriktning(ar|en|arna)?"
        r"|\w*schwerpunkte?|\w*felder|forschungsgebiete|onderzoeksthema\w*|focuses on|focus on)\b", _I)),
    ("partners", re.compile(
        r"\b(partners?|collaborators?|\w*samarbeidspartnere?|samarbeidspartnarar|partnere|samarbetspartner(s|na)?"
        r"|samarbejdspartnere|kooperationspartner|kooperationen|collaborations?)\b", _I)),
    ("funders", re.compile(
        r"\b(funders?|funding|funded|\w*finansiering|finansiert|finansieret|finansierad|förderer|förderung"
        r"|förder\w+|financiering|støtte|stöd)\b", _I)),
)

# Running text.
_AREA_SENTENCE = re.compile(
    r"\b(?:focusing on|focuses on|focus areas? (?:for [^,]+? )?include|research areas? (?:are|include)"
    r"|themes? (?:are|include)|with (?:a )?focus on|konsentrerer seg om|fokuserer på|med vekt på"
    r"|satsingsområd\w* (?:for [^,]+? )?(?:er|omfatter))\s+(.+)$",
    _I,
)
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
    r"\b(?:partnerships? with|collaborat(?:e|es|ing|ion|ions) with|in (?:close )?collaboration with|partners include"
    r"|samarbeid(?:er|e)?(?: tett)? med|samarbeidet med|i samarbeid med|zusammenarbeit mit|in samenwerking met)\s+(.+)$",
    _I,
)
_FUND_TRIGGER = re.compile(r"\b(funded|funding|grants?|financed|finansiert|finansiering|gefördert|förderung)\b", _I)
_ORG_HEADS = (
    r"ministry|council|authority|society|foundation|fund|commission|programmes?|agency|trust|directorate"
    r"|association|institute|university|hospital|academy|forskningsråd\w*|departement(et)?|stiftelse(n)?"
)
_PROPER = r"[A-ZÆØÅ][\w'’.-]*"
_ORG_PHRASE = re.compile(
    rf"{_PROPER}(?:\s+(?:of|for|and|on|in|the|og|for|i|für|de)\s+{_PROPER}|\s+{_PROPER})*"
    rf"(?:(?:\s+[a-z]+){{0,2}}\s+(?:{_ORG_HEADS})\b)?(?:\s+\([A-Za-z][\w-]*\))?"
)
_ORG_WORDS = re.compile(rf"\b({_ORG_HEADS}|hospitals?|universities|institutes|centre|center|network)\b", _I)


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
            if value and value.lower() not in (v.lower() for v in target):
                target.append(value)


_HEADING_MAX_WORDS = 5
_ITEM_MAX_WORDS = 12
# Topics whose lists a page splits under subheadings that are items themselves ("Research clusters" >
# "Digital heritage" > its topics). Funders' subheadings ("Private fonde") are kinds, not funders.
_GROUPED = ("research_areas",)


def _topic(text: str) -> str | None:
    for topic, pattern in _TOPICS:
        if pattern.search(text):
            return topic
    return None


def _list_items(block: Block) -> list[str]:
    """A list's items; of a nested list, the sub-items too unless they are sentences that explain their
    item ("Design and Management of Services:" > "Needs evaluation, financing and integration.")."""
    return [text for depth, text in block.items
            if depth == 0 or not (text.endswith(".") or len(text.split()) > _ITEM_MAX_WORDS)]


def _capitalised(text: str) -> str:
    text = text.strip().rstrip(".") + "."
    return text[0].upper() + text[1:]


def _enumeration(phrase: str) -> list[str]:
    """'clinical research, basic medical research and public health.' -> the three."""
    phrase = re.split(r"[.;]|, (?:a|an|which|that|where|som|der|en|et|ei)\b|\s\((?![A-ZÆØÅ])", phrase)[0]
    parts = re.split(r",\s*(?:and\s+|og\s+)?|\s+(?:and|og|und|och)\s+(?=(?:the\s+)?[\w-]+\s+\w+)", phrase)
    return [re.sub(r"^(?:the|a|an)\s+", "", p.strip(), flags=_I) for p in parts if len(p.split()) <= 12 and p.strip()]


def organisations(text: str) -> list[str]:
    """Organisation names in a stretch of text: proper-noun phrases, or phrases with an organisation's head noun."""
    found = []
    for match in _ORG_PHRASE.finditer(text):
        name = match.group(0).strip()
        if match.start() == 0 and len(name.split()) == 1 and not name.isupper():
            continue  # a capitalised first word is just the start of a sentence
        if len(name.split()) > 1 or name.isupper() or re.search(r"[a-z][A-Z]", name):
            found.append(name.rstrip(".,"))
    return found


_CLAUSE_END = re.compile(
    r"[.;]|, (?:a|an|which|that|where|as well as|som)\b|\s(?:is|are|was|were|has|have|will|to|er|var|har|vil|ist|sind)\s"
)
_PLACE_TAIL = re.compile(r"\b(?:in|i|at|ved|of)\s+[A-ZÆØÅ][\w-]*$")


def _partners(phrase: str) -> list[str]:
    """'the Centre for the Study of Professions (SPS) and DIGIN' -> both; 'hospitals in Oslo and Akershus' stays one."""
    phrase = _CLAUSE_END.split(phrase)[0]
    if " such as " in phrase:
        phrase = phrase.split(" such as ", 1)[1]
    parts: list[str] = []
    for part in re.split(r",\s*|\s+and\s+(?=(?:the\s+)?[A-Z])|\s+og\s+(?=[A-ZÆØÅ])", phrase):
        part = re.sub(r"^(?:the|other)\s+", "", part.strip()).rstrip(" (")
        if parts and _PLACE_TAIL.search(parts[-1]) and re.fullmatch(r"[A-ZÆØÅ][\w-]*", part):
            parts[-1] = f"{parts[-1]} and {part}"  # a list of places, not of partners
        elif part:
            parts.append(part)
    return [p for p in parts if (re.search(r"[A-ZÆØÅ]", p) or _ORG_WORDS.search(p)) and len(p.split()) <= 10]


def _funders(sentence: str) -> list[str]:
    trigger = _FUND_TRIGGER.search(sentence)
    if not trigger:
        return []
    before = re.findall(rf"({_PROPER}(?:\s+(?:of|for|and)\s+{_PROPER}|\s+{_PROPER})*)-funded", sentence)
    # The funder follows "by" / "from": "funded by X", "funding from X" ("the newly funded X" is no funder).
    source = re.search(r"\b(?:by|from|fra|av|von|durch)\s", sentence[trigger.end():])
    return before + (organisations(sentence[trigger.end() + source.end():]) if source else [])


def read_facts(blocks: list[Block]) -> Facts:
    """Research areas, aims, methods, partners and funders from the page's main text."""
    facts = Facts()
    section_topic: str | None = None
    section_level = 0
    opening = False  # the block is the first paragraph of its section
    for i, block in enumerate(blocks):
        previous = blocks[i - 1] if i else None
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind == "heading":
            if section_topic is None or block.level <= section_level:
                # Only a short heading names a topic: "Scientific goals", not "We focus on research of ...".
                short = len(block.text.split()) <= _HEADING_MAX_WORDS
                section_topic, section_level = (_topic(block.text) if short else None), block.level
                opening = True
            elif section_topic in _GROUPED:
                facts.add(section_topic, [block.text])  # a group of areas or funders under the heading
            continue
        if block.kind == "list":
            intro = previous.text if previous is not None and previous.kind == "paragraph" else ""
            topic = (_topic(intro) if intro.endswith(":") else None) or section_topic
            if topic:
                facts.add(topic, _list_items(block))
            continue
        text = block.text
        if text.endswith(":"):
            if following is not None and following.kind == "paragraph" and _topic(text) == "aims":
                facts.add("aims", [following.text])
            continue  # it introduces what follows
        if section_topic == "aims" and opening and not (following is not None and following.kind == "list"):
            facts.add("aims", [_aim_of(text) or text])  # the section's opening paragraph; the rest explain it
        opening = False
        for sentence in sentences(text):
            if _AIM_STATEMENT.search(sentence) and not _AIM_SENTENCE.search(sentence):
                facts.add("aims", [sentence])
            if m := _AREA_SENTENCE.search(sentence):
                facts.add("research_areas", _enumeration(m.group(1)))
            if m := _AIM_SENTENCE.search(sentence):
                facts.add("aims", [_capitalised(m.group(1) or m.group(2))])
            if m := _PARTNER_SENTENCE.search(sentence):
                facts.add("partners", _partners(m.group(1)))
            facts.add("funders", _funders(sentence))
    return facts


def _aim_of(text: str) -> str | None:
    match = _AIM_SENTENCE.search(text)
    return _capitalised(match.group(1) or match.group(2)) if match else None
