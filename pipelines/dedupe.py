"""Drop a record whose canonical_url was already written in this run (one record per page)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class DedupePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        key = item["canonical_url"]
        if key in self.seen:
            self.crawler.stats.inc_value("unitcrawl/dropped/duplicate")
            raise DropItem(f"duplicate of {key}: {item['url']}", log_level="INFO")
        self.seen.add(key)
        return item
