"""Validate every record against the schema before it is written; invalid ones are dropped with the reason."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from scrapy.exceptions import DropItem

from output.schema import Record

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class ValidatePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        try:
            return Record.model_validate(item).model_dump(mode="json")
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "record"
            self.crawler.stats.inc_value("unitcrawl/dropped/invalid")
            self.crawler.stats.inc_value(f"unitcrawl/dropped/invalid/{field}")
            raise DropItem(f"invalid record for {item.get('url')}: {field}: {first['msg']}", log_level="WARNING") from None
