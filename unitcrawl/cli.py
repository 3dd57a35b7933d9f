"""The ``unitcrawl`` command: crawl a site, extract one saved page, run the demo, list profiles.

Exit codes: 0 the run finished and its output is in place; 1 the run started
but did not finish (the previous output is untouched); 2 it could not run
(bad profile, bad arguments, missing file).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from output.report import report_path

EXIT_OK = 0
EXIT_RUN_FAILED = 1
EXIT_CANNOT_RUN = 2


def _settings(overrides: dict[str, Any]):  # -> scrapy.settings.Settings
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "unitcrawl.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.setdict(overrides, priority="cmdline")
    return settings


def _feed(out: Path, report: Path) -> dict[str, Any]:
    return {
        "FEEDS": {str(out): {"format": "jsonlines", "overwrite": True}},
        "UNITCRAWL_REPORT": str(report),
    }


def _parse_set(values: list[str]) -> dict[str, str]:
    pairs = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep:
            raise SystemExit(f"--set {value!r}: expected NAME=VALUE")
        pairs[name] = setting
    return pairs


def _run(jobs: list[tuple[dict[str, Any], dict[str, Any]]]) -> list[dict[str, Any]]:
    """Run crawls (spider arguments, setting overrides) in one process; return their stats."""
    from scrapy.crawler import CrawlerProcess

    from spiders.units import UnitsSpider

    process = CrawlerProcess(_settings({}), install_root_handler=True)
    crawlers = []
    for spider_args, overrides in jobs:
        crawler = process.create_crawler(UnitsSpider)
        crawler.settings.setdict(overrides, priority="cmdline")
        process.crawl(crawler, **spider_args)
        crawlers.append(crawler)
    process.start()
    return [crawler.stats.get_stats() for crawler in crawlers]


def _published(stats: dict[str, Any]) -> bool:
    return bool(stats.get("unitcrawl/output_published"))


def cmd_crawl(args: argparse.Namespace) -> int:
    from unitcrawl.profiles import GENERIC, ProfileError, load_profile

    site = args.site or GENERIC
    try:
        profile = load_profile(site)
        if args.start_url:
            profile = profile.with_start_url(args.start_url)
        if not profile.start_urls:
            raise ProfileError(f"site profile {profile.name!r} has no start URLs: give --start-url URL")
    except ProfileError as exc:
        print(f"unitcrawl: {exc}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    out = Path(args.out)
    spider_args = {"site": site, "start_url": args.start_url, "base_url": args.base_url}
    overrides = {**_feed(out, report_path(out)), **_parse_set(args.set)}
    stats = _run([({k: v for k, v in spider_args.items() if v}, overrides)])[0]
    return EXIT_OK if _published(stats) else EXIT_RUN_FAILED


def cmd_extract(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from normalize import NotAUnitPage, Page, build
    from normalize.document import UnparsableHtml
    from output.schema import Record
    from unitcrawl.profiles import GENERIC, ProfileError, load_profile

    try:
        rules = load_profile(args.site or GENERIC).rules()
        html = _decode(Path(args.file).read_bytes())
    except (ProfileError, OSError) as exc:
        print(f"unitcrawl: {exc}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    fetched = Path(args.file).stat().st_mtime
    page = Page(url=args.url, html=html, fetched_at=datetime.fromtimestamp(fetched, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    try:
        record = build(page, rules).record
    except NotAUnitPage as exc:
        print(f"not a unit page: {exc}", file=sys.stderr)
        return EXIT_OK
    except UnparsableHtml as exc:
        print(f"unitcrawl: {args.file}: {exc}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    try:
        valid = Record.model_validate(record).model_dump(mode="json")
    except ValidationError as exc:
        print(f"unitcrawl: the record is invalid: {exc}", file=sys.stderr)
        return EXIT_RUN_FAILED
    sys.stdout.write(json.dumps(valid, ensure_ascii=False) + "\n")
    return EXIT_OK


def _decode(body: bytes) -> str:
    """Decode a saved page the way Scrapy decodes a response body without headers (BOM, <meta charset>)."""
    from w3lib.encoding import html_to_unicode

    return html_to_unicode(None, body)[1]


def cmd_demo(args: argparse.Namespace) -> int:
    from output.report import write_json
    from output.storage import part_path, publish
    from unitcrawl.demo.server import demo_sites

    out = Path(args.out)
    with tempfile.TemporaryDirectory(prefix="unitcrawl-demo-") as tmp, demo_sites() as bases:
        jobs = [
            ({"site": site, "base_url": base}, _feed(Path(tmp, f"{site}.jsonl"), Path(tmp, f"{site}.report.json")))
            for site, base in bases.items()
        ]
        stats = _run(jobs)
        if not all(_published(s) for s in stats):
            print("unitcrawl demo: a crawl did not finish; nothing written", file=sys.stderr)
            return EXIT_RUN_FAILED
        out.parent.mkdir(parents=True, exist_ok=True)
        part = part_path(out)
        with part.open("wb") as merged:
            for site in bases:
                merged.write(Path(tmp, f"{site}.jsonl").read_bytes())
        publish(part, out)
        reports = [json.loads(Path(tmp, f"{site}.report.json").read_text(encoding="utf-8")) for site in bases]
    for report in reports:
        report["output"] = str(out)
    write_json(report_path(out), {"output": str(out), "sites": reports})
    total = sum(r["records_written"] for r in reports)
    print(f"unitcrawl demo: {total} records from {len(reports)} sites in {out} (report: {report_path(out)})")
    return EXIT_OK


def cmd_sites(args: argparse.Namespace) -> int:
    from unitcrawl.profiles import available, load_profile

    for name in available():
        print(f"{name:15} {load_profile(name).description}")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="unitcrawl", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)

    crawl = sub.add_parser("crawl", help="crawl a site into research-unit JSONL")
    crawl.add_argument("site", nargs="?", help="bundled profile name or path to a .toml profile (default: generic)")
    crawl.add_argument("--start-url", help="start here and stay on this host (with the generic profile by default)")
    crawl.add_argument("--base-url", help="crawl a mirror of the site: the profile's paths on this host")
    crawl.add_argument("--out", default="units.jsonl", help="output JSONL (default: units.jsonl)")
    crawl.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting")
    crawl.set_defaults(func=cmd_crawl)

    extract = sub.add_parser("extract", help="print the record of one saved HTML page")
    extract.add_argument("file")
    extract.add_argument("--url", required=True, help="the URL the page was fetched from")
    extract.add_argument("--site", help="site profile (default: generic)")
    extract.set_defaults(func=cmd_extract)

    demo = sub.add_parser("demo", help="serve the bundled demo sites on 127.0.0.1 and crawl them")
    demo.add_argument("--out", default="demo.jsonl")
    demo.set_defaults(func=cmd_demo)

    sites = sub.add_parser("sites", help="list the bundled site profiles")
    sites.set_defaults(func=cmd_sites)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
