"""Feed storage that never leaves a partial file where the last good output was.

Scrapy's file storage writes straight into the target, so a crawl that dies
leaves a truncated last line, and a re-run appends duplicates. This storage
writes to ``.<name>.part`` beside the target and renames it into place
(an atomic replace on POSIX) only when the run ended in a way listed in
``UNITCRAWL_PUBLISH_REASONS``. Otherwise the target keeps the last good
output and the part file stays for inspection.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from w3lib.url import file_uri_to_path

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


def part_path(target: Path) -> Path:
    """Where a feed is written while the run is going on."""
    return target.with_name(f".{target.name}.part")


def whole_lines(part: Path) -> list[bytes]:
    """The complete lines of a part file left by an interrupted run, with a last line cut short by the
    interruption removed from the file: what a resumed run appends to."""
    data = part.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if whole != data:
        with part.open("r+b") as fh:
            fh.truncate(len(whole))
    return whole.splitlines()


def publish(part: Path, target: Path) -> None:
    """Put a finished file in place atomically: durable on disk first, then renamed over the target."""
    with part.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(part, target)


class AtomicFileFeedStorage:
    """FEED_STORAGES entry for local files (``-o``/``-O``/``FEEDS`` paths and ``file://`` URIs)."""

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None, crawler: Crawler | None = None):
        self.target = Path(file_uri_to_path(uri) if uri.startswith("file:") else uri)
        self.crawler = crawler
        if feed_options and feed_options.get("overwrite") is False:
            logger.warning("Feed %s: appending is not supported, the file is replaced when the run finishes", uri)

    @classmethod
    def from_crawler(cls, crawler: Crawler, uri: str, *, feed_options: dict[str, Any] | None = None):
        return cls(uri, feed_options=feed_options, crawler=crawler)

    def open(self, spider: Spider) -> IO[bytes]:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        part = part_path(self.target)
        if self.crawler and self.crawler.settings.getbool("UNITCRAWL_RESUME") and part.exists():
            whole_lines(part)
            return part.open("ab")  # a resumed run goes on after the records the interrupted one wrote
        return part.open("wb")

    def store(self, file: IO[bytes]) -> None:
        file.close()
        reason = self.crawler.stats.get_value("finish_reason") if self.crawler else "finished"
        allowed = self.crawler.settings.getlist("UNITCRAWL_PUBLISH_REASONS") if self.crawler else ["finished"]
        part = part_path(self.target)
        if reason in allowed:
            publish(part, self.target)
            if self.crawler:
                self.crawler.stats.set_value("unitcrawl/output_published", True)
        else:
            logger.error(
                "Run ended with %r: %s left as it was; this run's records are in %s", reason, self.target, part
            )
