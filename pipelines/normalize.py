"""Turn a fetched page into a record with normalize/; pages that are not unit pages stop here."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from normalize import NotAUnitPage, Page, build
from normalize.document import UnparsableHtml
from output.report import page_cleaned

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class NotAUnitPageDropped(DropItem):
    """A page dropped because it is no unit's page; ``kind`` says what it is (news, people, ...)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message, log_level="DEBUG")
        self.kind = kind


class NormalizePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalizePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> dict[str, Any]:
        if not isinstance(item, Page):
            return item
        stats = self.crawler.stats
        try:
            result = build(item, self.crawler.spider.rules)
        except NotAUnitPage as page:
            stats.inc_value(f"unitcrawl/skipped/{page.kind}")
            raise NotAUnitPageDropped(page.kind, f"not a unit page ({page}): {item.url}") from None
        except UnparsableHtml as exc:
            stats.inc_value("unitcrawl/errors/unparsable_html")
            raise DropItem(f"{exc}: {item.url}", log_level="WARNING") from None
        for removal in result.removed:
            stats.inc_value(f"unitcrawl/removed/{removal.rule}")
        self.crawler.signals.send_catch_log(page_cleaned, url=item.url, removed=result.removed)
        stats.inc_value("unitcrawl/pages/unit")
        return result.record
