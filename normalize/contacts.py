"""The unit's contact people, from the page's contact boxes and contact sections, read before boilerplate
goes (a unit's contact box often sits in a sidebar or widget) but never from the site's header or footer.

A person is a name of two to four capitalised words, read where the page says it is a contact: in a
box whose class or heading says so ("Kontakt", "Contact us", "Ledelse"), or in a line that gives an
e-mail address or a phone number. Titles ("Dr", "Prof.", "docent") and roles written before the name
("Senterleder", "Lab lead:") are not part of it; a role written with the name becomes its ``role``.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml.html import HtmlElement

from normalize.text import clean_line
from normalize.tree import br_lines
from normalize.unit import is_unit_name

_I = re.IGNORECASE
# A heading over the unit's contacts: "Kontakt", "Kontakta enheten", "Contact our experts", "Sekretariat".
_CONTACT_HEADING = re.compile(
    r"^((contact|contacts|kontakt|kontakta|kontakte|kontaktperson\w*|kontaktinformasjon|kontaktinformation"
    r"|ansprechpartner\w*|ansprechperson\w*)\b.{0,40}"
    r"|key contacts?|get in touch|enquiries|sekretariat|secretariat|besök och kontakt|visit and contact)\s*:?$",
    _I,
)
# A heading over the unit's leaders, who are its contacts where the page gives their address or number.
_LEADERS_HEADING = re.compile(
    r"^(leadership|management|ledelse|leiing|ledning|leitung|styre|board|sprecher\w*|spokesperson)\s*:?$", _I
)
_NS = {"re": "http://exslt.org/regular-expressions"}
_CONTAINERS = (
    "//*[re:test(@class, '(^|[\\s_-])(contact|contacts|kontakt|vcard|contact-person|contact-box|contactbox|person-card)"
    "([\\s_-]|$)', 'i')]"
    " | //*[@itemtype and contains(@itemtype, 'Person')]"
)
_ROLE_CLASSES = (
    re.compile(r"(^|[\s_-])(role|position(?!-(?:relative|absolute|static|fixed|sticky))|job|stilling|funksjon)([\s_-]|$)", _I),
    re.compile(r"(^|[\s_-])(title|tittel)([\s_-]|$)", _I),
)

# Titles before a name, which the name leaves out.
_TITLE = (
    r"(?:(?:assoc(?:iate)?\.?\s+|assistant\s+|emeritus\s+)?prof(?:essor)?\.?"
    r"|dr\.?(?:-ing\.)?(?:\s+med\.?)?(?:\s+(?:med|rer\.\s*nat|rer\.\s*pol|phil|habil|h\.\s*c)\.)*|docent"
    r"|dozent(?:in)?|pd|priv\.-doz\.|mr\.?|mrs\.?|ms\.?|sir|dame|ph\.?d\.?|drs\.|ir\.|oberst|major|kaptajn|kapten|colonel"
    r"|\w*kaptein|kommandør|oberstløytnant|førsteamanuensis|amanuensis)"
)
# Roles written before a name ("Senterleder Ingrid Vatne", "head of department Marloes de Wit",
# "administratören Sara Åberg"), in their definite forms too.
_ROLE_WORD = (
    r"\w*(?:leder|ledare|leiar|leiter|leiterin|chef|sjef|koordinator|koordinatorin|co[öo]rdinator|samordnare|manager"
    r"|director|directrice|directeur|direktør|direktor|föreståndare|forestander|prefekt|dekan|dean|head|lead"
    r"|administrator|administratör|sekretær|sekreterare|secretary|sekretariat|sprecher|sprecherin|kontaktperson"
    r"|ansprechpartner|ansprechpartnerin|ordförande|advisor|adviser|rådgiver|rådgjevar|rådgivare|utvecklare|forsker|forskar|forskare"
    r"|researcher|scientist|engineer|ingeniør|ingenjör|officer|principal investigator|ansvarig|ansvarlig|ansvarleg"
    r"|lektor|rektor|postdoktor|postdoc|konservator|inspektør|intendent|assistent|sygeplejerske|sykepleier"
    r"|sjukepleiar|sjuksköterska|mitarbeiter|mitarbeiterin|stipendiat|overlæge|overlege|tekniker|technician"
    r"|coordinator|arkæolog|arkeolog|archäolog|archaeologist|konsulent|veterinär|veterinær|registrator|referent|referentin"
    r"|specialist|spezialist|spezialistin|spesialist)"
    r"(?:en|n|et|a|ar|er)?"
)
# "Kjærgaard", "Pryce-Evans", "MacLeod", "O'Brien"
_LOWER = "a-zæøåäöüõéèêáâíîóôúûàìòùýñçßðþāēīōūņļķģšžčśėąęįųńłćźż'’"
_UPPER = "A-ZÆØÅÄÖÜÕÉÁÍÓÚÝÐÞĀĒĪŠŽČŁŚĆŹŻŃ"
_WORD = rf"[{_UPPER}](?:'[A-Z])?[{_LOWER}]+(?:[A-Z][{_LOWER}]+)?(?:-[{_UPPER}][{_LOWER}]+)?"
_PARTICLE = r"(?:van|von|de|der|den|af|da|du|la|le|zu|ter|ten|Ó|Ní|Nic|Mac|Ua)"  # "Ciarán Ó Dálaigh"
_NAME = rf"{_WORD}(?:\s+{_PARTICLE}){{0,2}}(?:\s+{_WORD}){{1,3}}"  # "Maartje van der Berg"
_TITLES = re.compile(rf"^(?:{_TITLE}\s+)+", _I)
# A short text that is a name, after an optional role and titles: "Dekan: Solveig Aronsen Bjørnå",
# "Prof. Dr. Katharina Wendler", "Gruppeleder Mette Kjærgaard Vinding, overlæge".
_LEAD_IN = re.compile(
    rf"^(?:((?i:(?:{_ROLE_WORD},\s+)?(?:[\w'’-]+\s+){{0,2}}?{_ROLE_WORD}(?:\s+(?:of|for|i|der|des|du|de|the)\s+[\w'’-]+)?))"
    rf"\s*(?::|\s+(?i:is|er|är|ist))?\s+)?(?:(?i:{_TITLE})\s+)*"
)
_NAME_AT_START = re.compile(rf"^({_NAME})(?=$|[,;:()]|\s(?!\d)|\.\s)")  # not a street: "Im Neuenheimer Feld 229"
# A name in running text is a contact's when a title or role stands just before it, or the sentence
# addresses it ("kan rettes til Lars Bech Mikkelsen på ...").
_INTRODUCED = re.compile(
    rf"(?i:\b{_TITLE}|\b{_ROLE_WORD}(?:\s+(?:of|for|the|[a-zæøåäö]+)){{0,2}}?(?:\s+(?:is|er|är|ist))?\s*[:,]?"
    rf"|\b(?:til|to|contact|kontakt|kontakta|kontakte|an|hos)\s)\s*((?:(?i:{_TITLE})\s+)*{_NAME})"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:tel(?:efon|ephone|\.)?|phone|tlf\.?|ph\.?)\s*:?\s*(\+?\d[\d ()./-]{5,}\d)", _I)
_BARE_PHONE = re.compile(r"^\+?[\d ()./-]{8,}$")
# Words that make a capitalised phrase a thing, not a person ("Arla Foods", "Vektorübertragene Krankheiten");
# role words ("Head", "Dean") are the role pattern's.
# Words of a street address after a name: "Edvard Griegs gate 8", "Universitetsvej 1", "Am Weg 3".
_STREET = r"gate|gata|gatan|vei|veien|veg|vegen|vej|väg|vägen|allé|weg|platz"
_NOT_NAMES = re.compile(
    r"\b(?:foods?|group|gruppe|gruppen|research|office|unit|lab|laboratory|centre|center|school|department"
    r"|forschung\w*|krankheit\w*|institut\w*|university|universit\w*|college|hospital|foundation|fonden|council"
    rf"|ministry|street|road|building|gebäude|bygning|bygget|campus|house|hall|{_STREET}|\w*straße|\w*strasse|e-post"
    r"|e-mail|email|mail|telefon|phone|twitter|linkedin|facebook|instagram|youtube|contact|kontakt|executive"
    r"|dekan\w*|direktor\w*|\w*koordination|\w*assistenz|\w*leitung|geschäftsführ\w*|verwaltung|sekretariat"
    r"|technolog\w*|process\w*|systems|engineering|sciences?|materials|analysis|energy|environment\w*|policy)\b",
    _I,
)
_BLOCKS = frozenset("p li dd dt td th address div section article aside ul ol dl table tbody tr h2 h3 h4 h5 h6".split())
_SHORT = 80

Contact = dict[str, str | None]


_ROLE = re.compile(_ROLE_WORD, _I)


def _clean_name(name: str) -> str | None:
    """The name without titles; None for what is no person's name ("Arla Foods", "Principal Staff Scientist")."""
    name = _TITLES.sub("", name).strip()
    if len(name.split()) < 2 or _NOT_NAMES.search(name) or is_unit_name(name):
        return None
    return None if any(_ROLE.fullmatch(word) for word in name.split()) else name


def _person(text: str) -> tuple[str, str | None] | None:
    """The person a short text names, with the role written before the name: 'Professor Rhiannon
    Pryce-Evans' -> ('Rhiannon Pryce-Evans', None), 'Dekan: Solveig Aronsen Bjørnå' -> (..., 'Dekan')."""
    lead = _LEAD_IN.match(text)
    rest = text[lead.end():]
    match = _NAME_AT_START.match(rest)
    if match and re.match(rf"\s*(?:[A-ZÆØÅÄÖÜ]\w*\s+|(?:{_STREET})\s+)?\d",
                          rest[match.end():]):
        return None  # a street address: "Im Neuenheimer Feld 229", "Edvard Griegs gate 8"
    name = _clean_name(match.group(1)) if match else None
    return (name, lead.group(1)) if name else None


def is_person_name(text: str) -> bool:
    """A heading that is a person's name, titles allowed: 'Dr. Lena Hofstetter', 'Ragnhild Tveit Aasen'."""
    match = _NAME_AT_START.match(_TITLES.sub("", text))
    return bool(match) and match.group(1) == _TITLES.sub("", text) and _clean_name(text) is not None


def has_title(text: str) -> bool:
    """'Dr Helen Cartwright', 'Prof. Anna Berg': a name led by a title, which a group's name never is."""
    return bool(_TITLES.match(text))


def _introduced(text: str) -> list[str]:
    """Names a sentence introduces with a title or role, or addresses: '... contact the centre manager,
    Dr Lucy Fenwick, at ...'."""
    return [name for m in _INTRODUCED.finditer(text) if (name := _clean_name(m.group(1)))]


def _sections(doc: HtmlElement, heading_pattern: re.Pattern[str]) -> list[HtmlElement]:
    """The sections under headings that match: the heading's parent when it holds little else, else the
    heading's following siblings up to the next heading."""
    found: list[HtmlElement] = []
    for heading in doc.xpath("//h2 | //h3 | //h4 | //h5"):
        title = clean_line(heading.text_content())
        if not heading_pattern.match(title):
            continue
        anchor = heading  # the heading, or the wrapper that holds only it (<header><h2>Kontakt</h2></header>)
        while anchor.getparent() is not None and anchor.getparent().tag in ("header", "div", "span", "hgroup") and (
            clean_line(anchor.getparent().text_content()) == title
        ):
            anchor = anchor.getparent()
        parent = anchor.getparent()
        if parent is None:
            continue
        if not parent.xpath("./h2 | ./h3 | ./h4 | ./h5 | ./header")[1:]:
            found.append(parent)
            continue
        for sibling in anchor.itersiblings():
            if sibling.xpath("self::h1 | self::h2 | self::h3 | self::h4 | self::header | .//h2 | .//h3"):
                break
            found.append(sibling)
    return found


def _outermost(elements: list[HtmlElement], chrome: set[HtmlElement]) -> list[HtmlElement]:
    """Outermost boxes only (a person block inside a contact box is read through the box), none in the
    site's header, footer, navigation or a consent banner (institution-wide addresses)."""
    found = dict.fromkeys(elements)
    return [c for c in found if not any(a in found for a in c.iterancestors()) and c not in chrome]


def _lines(root: HtmlElement) -> list[HtmlElement]:
    """The lines under root in page order: its innermost block elements (paragraphs, list items, cells, divs
    without blocks in them), and inline elements standing beside blocks (<a class="name"> over <p>s)."""
    nodes = [node for node in root.iter() if isinstance(node.tag, str)]
    has_blocks: dict[HtmlElement, bool] = {}
    for node in reversed(nodes):  # children before parents: one pass
        has_blocks[node] = any(has_blocks.get(child, False) or child.tag in _BLOCKS for child in node
                               if isinstance(child.tag, str))
    lines = []
    for node in nodes:
        parent = node.getparent()
        if node.tag in _BLOCKS and not has_blocks[node]:
            lines.append(node)
        elif node.tag not in _BLOCKS and parent is not None and parent.tag in _BLOCKS and has_blocks.get(parent) and (
            not has_blocks[node] and clean_line(node.text_content())
        ):
            lines.append(node)
    return lines


def _after(pieces: list[str], index: int, name: str, pattern: re.Pattern[str]) -> str | None:
    """The first e-mail address or phone number after the person, before the next person."""
    rest = [pieces[index].split(name, 1)[1], *pieces[index + 1:]]
    for piece in rest:
        found = pattern.search(piece)
        if found:
            return found.group(found.lastindex or 0).strip()
    return None


def _people(line: HtmlElement, in_box: bool) -> list[Contact]:
    """The people a line names: in a contact box, a piece that is a name; anywhere, names a sentence
    introduces. Each gets the role, e-mail and phone written with it."""
    if line.tag in ("h2", "h3", "h4", "h5", "h6") or _ROLE_CLASSES[0].search(line.get("class") or ""):
        return []  # "Selected Projects" is a heading and "Principal Scientist, Image Analysis" a role, not a person
    pieces = br_lines(line, addresses=True)
    found: list[tuple[int, str, str | None]] = []
    for index, piece in enumerate(pieces):
        person = _person(piece) if in_box and len(piece) <= _SHORT else None
        if person and len(piece) <= len(person[0]) + 60:
            found.append((index, *person))
        elif in_box or len(piece) > _SHORT or len(pieces) > 1:
            found += [(index, name, None) for name in _introduced(piece)]
    people: list[Contact] = []
    links = {clean_line(a.text_content()): a.get("href") for a in line.iter("a") if a.get("href")}
    for n, (index, name, role) in enumerate(found):
        stop = found[n + 1][0] + 1 if n + 1 < len(found) and found[n + 1][0] > index else len(pieces)
        span = pieces[:stop]
        near = span[index + 1: index + 2] + span[index - 1: index] if index else span[1:2]  # the role beside it
        role = role or next((p.rstrip(":") for p in near if len(p) < 60 and not re.search(r"[@\d]", p)), None)
        phone = _after(span, index, name, _PHONE)
        bare = next((p for p in span[index + 1:] if _BARE_PHONE.match(p)), None)
        href = links.get(name) or ""
        people.append({
            "name": name, "role": role, "email": _after(span, index, name, _EMAIL), "phone": phone or bare,
            "url": href if href and not href.startswith(("mailto:", "tel:", "#")) else None,
        })
    return people


def _role(line: HtmlElement) -> str | None:
    for pattern in _ROLE_CLASSES:
        for element in line.iter():
            if isinstance(element.tag, str) and pattern.search(element.get("class") or ""):
                if role := clean_line(element.text_content()):
                    return role
    return None


def _mail_lines(lines: list[HtmlElement], boxes: list[HtmlElement], chrome: set[HtmlElement]) -> list[HtmlElement]:
    """The lines outside the contact boxes and the chrome that give an e-mail address or phone number:
    'Enquiries can be sent to Dr Tomasz Wilk at heritage.research@durham.ac.uk.'"""
    inside = {e for box in boxes for e in box.iter()} | chrome
    return [
        node for node in lines if node not in inside and (
            node.xpath(".//a[starts-with(@href, 'mailto:') or starts-with(@href, 'tel:')]")
            or _EMAIL.search(node.text_content()) or _PHONE.search(node.text_content())
        )
    ]


def _add(contacts: list[Contact], person: Contact, line: HtmlElement, url: str) -> Contact:
    known = next((c for c in contacts if c["name"] == person["name"]), None)
    if known is None:
        person["role"] = _role(line) or person["role"]
        person["url"] = urljoin(url, person["url"]) if person["url"] else None
        contacts.append(person)
        return person
    for key in ("email", "phone", "role"):
        known[key] = known[key] or person[key]
    return known


def _complete(person: Contact, line: HtmlElement) -> None:
    """A person block split over several lines (name, then role, then e-mail): the lines after the name."""
    text = " ".join(br_lines(line, addresses=True))
    email, phone = _EMAIL.search(text), _PHONE.search(text) or _BARE_PHONE.match(text)
    if email and not person["email"]:
        person["email"] = email.group(0)
    elif phone and not person["phone"]:
        person["phone"] = phone.group(phone.lastindex or 0).strip()
    elif not email and not phone and not person["role"] and 0 < len(text) < 60 and not re.search(r"\d", text):
        person["role"] = _role(line) or text


def read_contacts(doc: HtmlElement, url: str, chrome: dict[HtmlElement, str]) -> list[Contact]:
    """Contact people named in the page's contact boxes and sections, leaders whose address or number the
    page gives, and people a line with an e-mail address or phone number introduces; never inside the site's
    ``chrome`` (see :func:`normalize.clean.site_chrome`)."""
    contacts: list[Contact] = []
    chrome_elements = {element for root in chrome for element in root.iter()}
    boxes = _outermost([*doc.xpath(_CONTAINERS, namespaces=_NS), *_sections(doc, _CONTACT_HEADING)], chrome_elements)
    leaders = [box for box in _outermost(_sections(doc, _LEADERS_HEADING), chrome_elements) if box not in boxes]
    body = doc.find("body")
    lines = _lines(body if body is not None else doc)  # found once: the boxes' lines are among them
    for box in [*boxes, *leaders]:
        current: Contact | None = None
        inside = set(box.iter())
        for line in [line for line in lines if line in inside] or [box]:
            people = [p for p in _people(line, True) if box in boxes or p["email"] or p["phone"]]
            for person in people:
                current = _add(contacts, person, line, url)
            if not people and current is not None:
                _complete(current, line)
    for line in _mail_lines(lines, [*boxes, *leaders], chrome_elements):
        for person in _people(line, False):
            _add(contacts, person, line, url)
    return contacts
