"""Is this page a research unit's page? By the site's URL patterns first, then by what the page declares."""

from __future__ import annotations

from normalize.rules import SiteRules
from normalize.urls import path_of

# Structured-data types of pages that are about something other than a unit.
_PAGE_TYPES = {
    "NewsArticle": "news", "Article": "news", "BlogPosting": "news", "ScholarlyArticle": "news", "Report": "news",
    "Event": "event", "EducationEvent": "event", "Person": "people", "ProfilePage": "people",
    "JobPosting": "vacancy", "SearchResultsPage": "search", "ContactPage": "contact",
}


def classify_url(url: str, rules: SiteRules) -> tuple[str, str] | None:
    """('unit', unit_type) or ('skip', page kind) when the site's patterns decide; None when they do not."""
    path = path_of(url)
    for pattern, unit_type in rules.unit_patterns:
        if pattern.search(path):
            return "unit", unit_type
    for pattern, kind in rules.page_patterns:
        if pattern.search(path):
            return "skip", kind
    return None


def kind_from_types(types: set[str]) -> str | None:
    """The non-unit kind a page's JSON-LD @types declare, if any."""
    return next((_PAGE_TYPES[t] for t in sorted(types) if t in _PAGE_TYPES), None)
