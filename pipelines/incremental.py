"""Incremental runs: a page whose body is what it was in the previous good run is not extracted again.

Its previous outcome stands: the same record (with this run's ``fetched_at``), or the same "not a unit
page". Every page's body hash and outcome go into this run's page index (``UNITCRAWL_PAGES``), which
the next run compares with, and which tells the data team's change list what moved and what is gone.
Enabled when ``UNITCRAWL_PAGES`` is set (``unitcrawl crawl --out-dir`` sets it, and
``UNITCRAWL_PREVIOUS_RUN`` to the site's ``latest`` run).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from normalize import Page
from output.changes import read_jsonl
from output.pages import body_hash, read_index, write_index
from output.storage import part_path
from pipelines.normalize import NotAUnitPageDropped
from spiders.units import page_failed

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class IncrementalPipeline:
    def __init__(self, crawler: Crawler, index: Path, previous: Path | None) -> None:
        self.crawler = crawler
        self.index = index
        self.before = read_index(previous / "pages.jsonl") if previous else {}
        self.records = {r["record_id"]: r for r in read_jsonl(previous / "units.jsonl")} if previous else {}
        # Every entry is also appended to a journal as it is made, so a resumed run knows the pages the
        # interrupted one saw.
        journal = part_path(index)
        resume = crawler.settings.getbool("UNITCRAWL_RESUME") and journal.exists()
        self.entries: dict[str, dict[str, Any]] = read_index(journal) if resume else {}
        index.parent.mkdir(parents=True, exist_ok=True)
        self.journal = journal.open("a" if resume else "w", encoding="utf-8")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalPipeline:
        index = crawler.settings.get("UNITCRAWL_PAGES")
        if not index:
            raise NotConfigured("UNITCRAWL_PAGES is not set")
        previous = crawler.settings.get("UNITCRAWL_PREVIOUS_RUN")
        pipeline = cls(crawler, Path(index), Path(previous) if previous else None)
        crawler.signals.connect(pipeline.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.page_failed, signal=page_failed)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Page):
            return item
        stats = self.crawler.stats
        digest = body_hash(item.html)
        self._keep({"url": item.url, "status": item.status, "sha256": digest})
        before = self.before.get(item.url)
        if before is None:
            stats.inc_value("unitcrawl/pages/new")
            return item
        if before.get("sha256") != digest:
            stats.inc_value("unitcrawl/pages/changed")
            return item
        stats.inc_value("unitcrawl/pages/unchanged")
        if "skip" in before:
            stats.inc_value(f"unitcrawl/skipped/{before['skip']}")
            raise NotAUnitPageDropped(before["skip"], f"unchanged, not a unit page ({before['skip']}): {item.url}")
        record = self.records.get(before.get("record_id", ""))
        if record is None:
            return item  # dropped last time (a duplicate, an invalid record): extract it again
        stats.inc_value("unitcrawl/pages/unit")
        return {**record, "fetched_at": item.fetched_at}

    def _keep(self, entry: dict[str, Any]) -> None:
        self.entries[entry["url"]] = entry
        self.journal.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.journal.flush()

    def _outcome(self, url: str, response: Response | None, **outcome: str) -> None:
        entry = {**self.entries.get(url, {"url": url}), **outcome}
        meta = response.meta if response is not None else {}
        redirects = list(zip(meta.get("redirect_urls", []), meta.get("redirect_reasons", []), strict=False))
        if redirects:
            entry["redirected_from"] = [[source, status] for source, status in redirects]
        self._keep(entry)

    def item_scraped(self, item: dict[str, Any], response: Response | None) -> None:
        self._outcome(item["url"], response, record_id=item["record_id"])

    def item_dropped(self, item: Any, response: Response | None, exception: Exception) -> None:
        url = item.url if isinstance(item, Page) else item.get("url")
        if not url:
            return
        if isinstance(exception, NotAUnitPageDropped):
            self._outcome(url, response, skip=exception.kind)
        else:
            self._outcome(url, response, dropped=str(exception))

    def page_failed(self, url: str, reason: str) -> None:
        self._keep({"url": url, "error": reason})

    def spider_closed(self, reason: str) -> None:
        """A finished run's index replaces the journal; an interrupted run keeps its journal for --resume."""
        self.journal.close()
        if reason not in self.crawler.settings.getlist("UNITCRAWL_PUBLISH_REASONS"):
            return
        # Gone: fetched last time, and not reached this time or answered 404/410.
        gone = [url for url, entry in self.before.items() if "error" not in entry and (
            url not in self.entries or self.entries[url].get("error") in ("http_404", "http_410"))]
        self.crawler.stats.set_value("unitcrawl/pages/gone", len(gone))
        write_index(self.index, self.entries)  # replaces the journal
