"""Walking the parsed tree cheaply: text sizes computed once, bottom-up.

Several steps look for "an element whose whole text is short" (a date line, a
skip link, "Loading ..."). Asking lxml for every element's text costs time in
proportion to the page squared on large pages; one bottom-up pass gives every
element's text length at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote

from lxml.etree import _Element


def text_lengths(root: _Element) -> dict[_Element, int]:
    """Length of each element's text content (comments and processing instructions count only by tail)."""
    lengths: dict[_Element, int] = {}
    for element in reversed(list(root.iter())):
        size = len(element.text or "") if isinstance(element.tag, str) else 0
        for child in element:
            size += lengths.get(child, 0) + len(child.tail or "")
        lengths[element] = size
    return lengths


def main_landmark(doc: _Element) -> _Element | None:
    """The page's single ``<main>`` (or role=main), if it declares exactly one."""
    landmark = doc.xpath("//main | //*[@role='main']")
    return landmark[0] if len(landmark) == 1 else None


def is_attached(element: _Element, root: _Element) -> bool:
    """Still part of the tree under ``root`` (not inside something removed meanwhile)."""
    for ancestor in element.iterancestors():
        if ancestor is root:
            return True
    return element is root


def short_lines(root: _Element, max_chars: int) -> Iterator[tuple[_Element, str]]:
    """Elements under ``root`` whose whitespace-collapsed text is non-empty and shorter than ``max_chars``,
    with that text, in document order (outer elements before the ones inside them).

    Elements removed from the tree while iterating are not visited again, nor is anything inside them.
    """
    lengths = text_lengths(root)
    for element, size in list(lengths.items())[::-1]:
        if not isinstance(element.tag, str) or element.tag in ("script", "style") or element is root:
            continue
        # Raw length counts indentation too: allow for it, then measure the collapsed text.
        if size == 0 or size >= 4 * max_chars or not is_attached(element, root):
            continue
        line = " ".join(element.text_content().split())
        if line and len(line) < max_chars:
            yield element, line


def _pieces(element: _Element, addresses: bool) -> Iterator[str]:
    href = element.get("href") or "" if isinstance(element.tag, str) else ""
    if addresses and href.startswith("mailto:") and "@" not in "".join(element.itertext()):
        yield f" {unquote(href[7:].split('?')[0])} "  # "E-post" linking to an address: the address
        return
    yield element.text or "" if isinstance(element.tag, str) else ""
    for child in element:
        if child.tag == "br":
            yield "\n"
        elif isinstance(child.tag, str):
            yield from _pieces(child, addresses)
        yield child.tail or ""


def br_lines(element: _Element, addresses: bool = False) -> list[str]:
    """The element's text as the lines its ``<br>`` tags make, whitespace collapsed, empty lines left out;
    with ``addresses``, a mailto link that does not show its address is written as the address."""
    text = "".join(_pieces(element, addresses))
    return [line for line in (" ".join(part.split()) for part in text.split("\n")) if line]
