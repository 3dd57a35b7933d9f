"""The input of normalize/: one fetched page, as plain data that crosses process boundaries."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Page:
    """A fetched HTML page and the response facts the record needs."""

    url: str
    html: str
    status: int = 200
    fetched_at: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    """Lower-case header name -> value; only the ones normalize/ reads (content-language)."""


class NotAUnitPage(Exception):
    """The page is not a research unit's page; ``kind`` says what it is (news, people, ...)."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(f"{kind}: {reason}")
        self.kind = kind
        self.reason = reason
