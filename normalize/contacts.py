"""The unit's contact people and offices, from contact boxes on the page (footers are gone by then)."""

from __future__ import annotations

import re
from urllib.parse import unquote, urljoin

from lxml.html import HtmlElement

from normalize.text import clean_line

_CONTACT_HEADING = re.compile(
    r"^(contacts?|contact (person|persons|us|information)|key contacts?|kontakt(person(er)?|informasjon| oss)?"
    r"|kontaktpersoner|ansprechpartner(in)?)$",
    re.IGNORECASE,
)
_NS = {"re": "http://exslt.org/regular-expressions"}
_CONTAINERS = (
    "//*[re:test(@class, '(^|[\\s_-])(contact|contacts|kontakt|vcard|contact-person|contact-box)([\\s_-]|$)', 'i')]"
    " | //*[@itemtype and contains(@itemtype, 'Person')]"
)
_ROW = re.compile(r"(^|[\s_-])(person|vcard|contact-person|employee|people-item)([\s_-]|$)", re.IGNORECASE)
_ROW_TAGS = {"li", "p", "tr", "dd", "article", "address"}
_NAME = re.compile(r"^[A-ZÆØÅÄÖÜ][\w'’.-]+(?:\s+(?:van|von|de|der|af)?\s*[A-ZÆØÅÄÖÜ][\w'’.-]+){1,3}$")
_ROLE_CLASSES = (
    re.compile(r"(^|[\s_-])(role|position|job|stilling|funksjon)([\s_-]|$)", re.IGNORECASE),
    re.compile(r"(^|[\s_-])(title|tittel)([\s_-]|$)", re.IGNORECASE),
)

Contact = dict[str, str | None]


def _containers(doc: HtmlElement) -> list[HtmlElement]:
    found = dict.fromkeys(doc.xpath(_CONTAINERS, namespaces=_NS))
    for heading in doc.xpath("//h2 | //h3 | //h4"):
        if _CONTACT_HEADING.match(clean_line(heading.text_content())) and heading.getparent() is not None:
            found[heading.getparent()] = None
    # Outermost containers only: a person block inside a contact box is read through the box.
    return [c for c in found if not any(a in found for a in c.iterancestors())]


def _row(element: HtmlElement, container: HtmlElement, name: str | None = None) -> HtmlElement:
    """The entry an element belongs to: its list item, paragraph or person block. A paragraph that
    holds only the person's name is not the entry: its role and e-mail sit in the paragraphs beside it."""
    for node in (element, *element.iterancestors()):
        if node is container:
            return container
        if _ROW.search(node.get("class") or ""):
            return node
        if node.tag in _ROW_TAGS and clean_line(node.text_content()) != name:
            return node
    return container


def _names(container: HtmlElement) -> list[tuple[str, HtmlElement]]:
    names = []
    for node in container.iter():
        if not isinstance(node.tag, str) or node.tag in ("h2", "h3", "h4"):
            continue
        line = clean_line(node.text or "")
        if _NAME.match(line) and not _CONTACT_HEADING.match(line) and len(node) == 0 or (
            node.tag == "a" and _NAME.match(clean_line(node.text_content()))
            and not node.get("href", "").startswith(("mailto:", "tel:"))
        ):
            names.append((clean_line(node.text_content()), node))
    return names


def _email(row: HtmlElement) -> str | None:
    return next((unquote(h[7:].split("?")[0]) for h in row.xpath(".//a/@href") if h.startswith("mailto:") and "@" in h), None)


def _phone(row: HtmlElement) -> str | None:
    """The number as the page writes it (the link text), else as the tel: link has it."""
    for link in row.xpath(".//a[starts-with(@href, 'tel:')]"):
        written = clean_line(link.text_content())
        return written if re.search(r"\d", written) else clean_line(unquote(link.get("href")[4:]))
    return None


def _role(row: HtmlElement, name: str) -> str | None:
    for pattern in _ROLE_CLASSES:
        for element in row.iter("p", "span", "div", "dd", "li", "em", "small"):
            if pattern.search(element.get("class") or "") and (role := clean_line(element.text_content())):
                return role
    lines = [clean_line(t) for t in row.itertext() if clean_line(t)]
    after = lines[lines.index(name) + 1:] if name in lines else []
    return next((line for line in after if "@" not in line and not re.search(r"\d", line) and len(line) < 80
                 and not line.endswith(":")), None)


def read_contacts(doc: HtmlElement, url: str) -> list[Contact]:
    """Contact people (and offices with an address of their own) named in the page's contact boxes."""
    contacts: list[Contact] = []
    for container in _containers(doc):
        rows_with_person = set()
        for name, node in _names(container):
            row = _row(node, container, name)
            if row in rows_with_person or any(c["name"] == name for c in contacts):
                continue
            rows_with_person.add(row)
            page = urljoin(url, node.get("href")) if node.tag == "a" else None
            contacts.append({"name": name, "role": _role(row, name), "email": _email(row), "phone": _phone(row), "url": page})
        for link in container.xpath(".//a[starts-with(@href, 'mailto:')]"):
            row = _row(link, container)
            label = clean_line(row.text or "").rstrip(":")
            known = any(c["name"] == label for c in contacts)
            if row not in rows_with_person and label and len(label) < 60 and "@" not in label and not known:
                contacts.append({"name": label, "role": None, "email": _email(row), "phone": _phone(row), "url": None})
    return contacts
