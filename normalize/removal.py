"""What cleaning takes out of a page, and the record of it that the run report shows.

Every step that removes something from the tree (reading breadcrumbs and date lines,
the boilerplate rules, the text backstop) goes through :func:`removal`, so nothing
disappears without a rule name and the text it held.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

_REMOVED_TEXT_CHARS = 160


@dataclass(frozen=True)
class Removal:
    """One element removed: by which rule, what it was (consent manager, element, matched wording),
    and the start of the text it held, so a maintainer can see why text disappeared."""

    rule: str
    detail: str
    text: str = ""


def removal(element: HtmlElement, rule: str, detail: str) -> Removal:
    """Remove ``element`` (see :func:`drop`) and say what went."""
    text = " ".join(element.text_content().split())
    drop(element)
    return Removal(rule, detail, text[:_REMOVED_TEXT_CHARS])


def drop(element: HtmlElement) -> None:
    """Remove an element but keep the text that follows it (its tail) in place."""
    parent = element.getparent()
    element.drop_tree()
    # A wrapper left with nothing in it (a <li>, <p> or <div> around a removed link) goes too.
    while parent is not None and parent.tag in ("li", "p", "div", "span", "ul") and not len(parent):
        if (parent.text or "").strip():
            break
        grandparent = parent.getparent()
        if grandparent is None or parent.tag == "body":
            break
        parent.drop_tree()
        parent = grandparent
