"""What normalize/ is told about a site, as plain picklable data (built from a site profile)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class SiteRules:
    """Site knowledge the pure functions use. Patterns match the URL path (and query)."""

    site: str = "generic"
    institution: tuple[str, str | None] | None = None
    institution_aliases: tuple[str, ...] = ()
    units: tuple[tuple[str, str], ...] = ()
    pages: tuple[tuple[str, str], ...] = ()
    title_suffixes: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()

    @cached_property
    def unit_patterns(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        return tuple((re.compile(p), t) for p, t in self.units)

    @cached_property
    def page_patterns(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        return tuple((re.compile(p), k) for p, k in self.pages)
