"""Pure functions from a fetched page to a research-unit record.

Nothing here imports Scrapy: the same functions run in the crawl's item
pipeline, in ``unitcrawl extract``, in a worker process, or in a notebook.
"""

from normalize.document import UnparsableHtml
from normalize.language import Declared, LanguageResult, detect_language, identify_language
from normalize.page import NotAUnitPage, Page
from normalize.record import Normalized, build, main_text
from normalize.removal import Removal
from normalize.rules import SiteRules

__all__ = [
    "Declared",
    "LanguageResult",
    "Normalized",
    "NotAUnitPage",
    "Page",
    "Removal",
    "SiteRules",
    "UnparsableHtml",
    "build",
    "detect_language",
    "identify_language",
    "main_text",
]
