"""Drop a record whose canonical_url was already written in this run (one record per page), also by the
interrupted run a resumed one continues."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem
from w3lib.url import file_uri_to_path

from output.storage import part_path, whole_lines

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class DedupePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        """A resumed run knows the pages the interrupted one wrote records for."""
        if not self.crawler.settings.getbool("UNITCRAWL_RESUME"):
            return
        for uri in self.crawler.settings.getdict("FEEDS"):
            part = part_path(Path(file_uri_to_path(uri) if uri.startswith("file:") else uri))
            if part.exists():
                self.seen.update(json.loads(line)["canonical_url"] for line in whole_lines(part))

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        key = item["canonical_url"]
        if key in self.seen:
            self.crawler.stats.inc_value("unitcrawl/dropped/duplicate")
            raise DropItem(f"duplicate of {key}: {item['url']}", log_level="INFO")
        self.seen.add(key)
        return item
