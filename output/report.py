"""The run report: what a run fetched, wrote, skipped, dropped and failed on.

Written as JSON next to the output (``UNITCRAWL_REPORT``, by default
``<feed stem>.report.json``) and printed at the end of every run, finished or
not, so a maintainer sees what broke the morning after.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from w3lib.url import file_uri_to_path

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from normalize import Removal


def _prefixed(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix) and "/" not in k[len(prefix):]}


# Sent by the normalize pipeline for every unit page, with ``url`` and ``removed`` (normalize.Removal list):
# the report lists per page what cleaning took out and by which rule.
page_cleaned = object()


def page_removals(url: str, removed: list[Removal]) -> dict[str, Any]:
    """One page's entry in the report: each removal that took text (or a consent banner), with its rule."""
    return {
        "url": url,
        "removed": [
            {"rule": r.rule, "detail": r.detail, "text": r.text} for r in removed if r.text or r.rule == "consent"
        ],
    }


def build_report(
    stats: dict[str, Any], site: str, output: str | None, pages: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The report as data, from a run's Scrapy stats and the per-page removals."""
    pages = pages or []
    reason = stats.get("finish_reason")
    errors = _prefixed(stats, "unitcrawl/errors/")
    for key, value in stats.items():
        if key.startswith("spider_exceptions/") or key.startswith("downloader/exception_type_count/"):
            errors[key.rsplit("/", 1)[-1]] = errors.get(key.rsplit("/", 1)[-1], 0) + value
    if stats.get("item_error_count"):  # an exception while normalising one page: logged, the crawl went on
        errors["pipeline_exception"] = stats["item_error_count"]
    return {
        "site": site,
        "finish_reason": reason,
        "output": output,
        "output_published": bool(stats.get("unitcrawl/output_published")),
        "started_at": _iso(stats.get("start_time")),
        "finished_at": _iso(stats.get("finish_time")),
        "pages_fetched": stats.get("unitcrawl/pages/fetched", 0),
        # Against the previous good run (run folders only): pages not extracted again because their body
        # was the same, pages whose body changed, pages it did not have, and its pages not reached or 404/410.
        "pages_since_previous_run": {
            kind: stats.get(f"unitcrawl/pages/{kind}", 0) for kind in ("unchanged", "changed", "new", "gone")
        } if "unitcrawl/pages/gone" in stats else None,
        "unit_pages": stats.get("unitcrawl/pages/unit", 0),
        "records_written": stats.get("item_scraped_count", 0),
        "pages_skipped": _prefixed(stats, "unitcrawl/skipped/"),
        "records_dropped": _prefixed(stats, "unitcrawl/dropped/"),
        "invalid_fields": _prefixed(stats, "unitcrawl/dropped/invalid/"),
        "boilerplate_removed": _prefixed(stats, "unitcrawl/removed/"),
        "consent_managers_removed": dict(
            sorted(Counter(r["detail"] for p in pages for r in p["removed"] if r["rule"] == "consent").items())
        ),
        "removed_by_page": pages,
        "errors": dict(sorted(errors.items())),
        "error_samples": stats.get("unitcrawl/error_samples", []),
        "requests_disallowed_by_robots": stats.get("robotstxt/forbidden", 0),
        "bytes_downloaded": stats.get("downloader/response_bytes", 0),
        "log_errors": stats.get("log_count/ERROR", 0),
    }


def report_path(output: Path) -> Path:
    """Where a run's report goes: next to its output, ``units.jsonl`` -> ``units.report.json``."""
    return output.with_name(f"{output.name.split('.')[0]}.report.json")


def _iso(value: Any) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value is not None else None


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write JSON atomically: a reader sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def summary(report: dict[str, Any]) -> str:
    """The report in a few lines, for the end of a run."""
    def counts(d: dict[str, int]) -> str:
        return ", ".join(f"{k} {v}" for k, v in d.items()) or "none"

    return (
        f"unitcrawl {report['site']}: {report['finish_reason']}; {report['pages_fetched']} pages fetched, "
        f"{report['records_written']} records written"
        f"{' to ' + report['output'] if report['output'] and report['output_published'] else ''}\n"
        f"  skipped: {counts(report['pages_skipped'])}\n"
        f"  dropped: {counts(report['records_dropped'])}\n"
        f"  errors:  {counts(report['errors'])}\n"
    )


class RunReport:
    """Scrapy extension: builds, saves and prints the report when the spider closes."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.pages: list[dict[str, Any]] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunReport:
        extension = cls(crawler)
        # After the engine stopped, the feed storage has published (or kept back) the output.
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        crawler.signals.connect(extension.page_cleaned, signal=page_cleaned)
        return extension

    def _paths(self) -> tuple[str | None, Path | None]:
        feeds = self.crawler.settings.getdict("FEEDS")
        output = next(iter(feeds), None)
        output_path = file_uri_to_path(output) if output and output.startswith("file:") else output
        explicit = self.crawler.settings.get("UNITCRAWL_REPORT")
        if explicit:
            return output_path, Path(explicit)
        if output_path:
            return output_path, report_path(Path(output_path))
        return None, None

    def page_cleaned(self, url: str, removed: list[Removal]) -> None:
        self.pages.append(page_removals(url, removed))

    def engine_stopped(self) -> None:
        stats = self.crawler.stats.get_stats()
        output, path = self._paths()
        report = build_report(stats, self.crawler.spider.profile.name, output, self.pages)
        if path is not None:
            write_json(path, report)
            report["report"] = str(path)
        sys.stderr.write(summary(report))
