"""The ``unitcrawl`` command: crawl sites, extract one saved page, compare two outputs, run the demo,
list profiles.

Exit codes: 0 every run finished, its output validated and ``latest`` points at it; 1 a run started
but did not finish (interrupted or killed: ``latest`` still points at the previous good run, and
``--resume`` continues it); 2 a run could not start (bad profile or arguments, the site's lock held by
another run, no page reachable).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from output.report import report_path
from unitcrawl.profiles import GENERIC

if TYPE_CHECKING:
    from output.runs import Run
    from unitcrawl.profiles import Profile


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


def _site_folder(profile: Profile) -> str:
    """A site's folder under --out-dir: its profile's name; a generic crawl's host ("www.example.edu")."""
    return (urlsplit(profile.start_urls[0]).hostname or GENERIC) if profile.name == GENERIC else profile.name


def _crawl_settings(run: Run, previous: Run | None) -> dict[str, Any]:
    """Where a run writes, and what makes it incremental: the site's HTTP cache with the RFC 2616 policy
    (conditional requests with the validators the server gave) and the previous good run to compare with."""
    from scrapy.settings import default_settings

    return {
        **_feed(run.units, run.report),
        "UNITCRAWL_PAGES": str(run.pages),
        "UNITCRAWL_PREVIOUS_RUN": str(previous.folder) if previous else "",
        "JOBDIR": str(run.job),
        "HTTPCACHE_ENABLED": True,
        "HTTPCACHE_DIR": str(run.http_cache),
        "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.RFC2616Policy",
        # Revalidate every cached page (If-None-Match / If-Modified-Since) rather than trust a heuristic
        # freshness: a page edited since the last run is fetched again, an unchanged one answers 304.
        "DEFAULT_REQUEST_HEADERS": {**default_settings.DEFAULT_REQUEST_HEADERS, "Cache-Control": "max-age=0"},
    }


def cmd_crawl(args: argparse.Namespace) -> int:
    from output.runs import LockHeld, finish, interrupted_run, latest, lock, new_run
    from unitcrawl.profiles import ProfileError, load_profile

    try:
        overrides = _parse_set(args.set)
        sites = args.sites or [GENERIC]
        profiles = [load_profile(site) for site in sites]
        if args.start_url:
            profiles = [p.with_start_url(args.start_url) for p in profiles]
        for profile in profiles:
            if not profile.start_urls:
                raise ProfileError(f"site profile {profile.name!r} has no start URLs: give --start-url URL")
    except (ProfileError, ValueError) as exc:
        print(f"unitcrawl: {exc}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    code, jobs, runs, locks = EXIT_OK, [], [], []
    for site, profile in zip(sites, profiles, strict=True):
        folder = Path(args.out_dir) / _site_folder(profile)
        try:
            locks.append(lock(folder))
        except LockHeld as exc:
            print(f"unitcrawl: {exc}; not started", file=sys.stderr)
            code = EXIT_CANNOT_RUN
            continue
        previous = latest(folder)
        resumed = interrupted_run(folder) if args.resume else None
        run = resumed or new_run(folder)
        spider_args = {"site": site, "start_url": args.start_url, "base_url": args.base_url}
        settings = {**_crawl_settings(run, previous), "UNITCRAWL_RESUME": resumed is not None, **overrides}
        jobs.append(({k: v for k, v in spider_args.items() if v}, settings))
        runs.append((run, previous))
    stats = _run(jobs) if jobs else []
    for (run, previous), run_stats in zip(runs, stats, strict=True):
        report = finish(run, previous)
        if not run_stats.get("unitcrawl/pages/fetched") and report["errors"]:
            code = max(code, EXIT_CANNOT_RUN)  # not one page: no network, a dead host, a wrong start URL
        elif not report["latest"]:
            code = max(code, EXIT_RUN_FAILED)
        print(f"unitcrawl {run.site_folder.name}: {run.folder}{' (latest)' if report['latest'] else ''}", file=sys.stderr)
    return code


def cmd_diff(args: argparse.Namespace) -> int:
    from output.changes import changes, read_jsonl
    from output.pages import read_index

    def records(path: Path) -> list[dict[str, Any]]:
        return read_jsonl(path / "units.jsonl" if path.is_dir() else path)

    old, new = Path(args.old), Path(args.new)
    for path in (old, new):
        if not path.exists():
            print(f"unitcrawl diff: {path}: no such file or run folder", file=sys.stderr)
            return EXIT_CANNOT_RUN
    pages = read_index(new / "pages.jsonl").values() if new.is_dir() else ()
    for line in changes(records(old), records(new), pages):
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from normalize import NotAUnitPage, Page, build
    from normalize.document import UnparsableHtml
    from output.schema import Record
    from unitcrawl.profiles import ProfileError, load_profile

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

    crawl = sub.add_parser("crawl", help="crawl sites into run folders: DIR/<site>/<run-id>/units.jsonl")
    crawl.add_argument("sites", nargs="*", metavar="SITE",
                       help="bundled profile names or paths to .toml profiles (default: generic)")
    crawl.add_argument("--out-dir", default="out", help="where the sites' run folders go (default: out)")
    crawl.add_argument("--start-url", help="start here and stay on this host (with the generic profile by default)")
    crawl.add_argument("--base-url", help="crawl a mirror of the site: the profile's paths on this host")
    crawl.add_argument("--resume", action="store_true", help="continue the site's interrupted run")
    crawl.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting")
    crawl.set_defaults(func=cmd_crawl)

    diff = sub.add_parser("diff", help="the units new, changed, moved or gone between two outputs")
    diff.add_argument("old", help="a run folder or a units JSONL file")
    diff.add_argument("new", help="a run folder (its page index tells moves and failures) or a units JSONL file")
    diff.set_defaults(func=cmd_diff)

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
