"""Politeness, seen from the server: waits after 429/503 (Retry-After or backoff), robots.txt, User-Agent, page cap.

Each crawl runs ``scrapy crawl units`` (the project's settings, spider and pipelines) in a fresh
process against a small site this file serves on 127.0.0.1, and the site logs every request it
gets (when, which path, which User-Agent). Waits are checked as lower bounds only: a slow machine
may wait longer.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from tests.conftest import ROOT
from unitcrawl.middlewares import BackoffRetryMiddleware, retry_after_seconds

TOPICS = ["Coastal", "Arctic", "Forest", "Climate", "Ocean", "Mountain", "River", "Soil", "Glacier", "Wetland",
          "Desert", "Island", "Estuary", "Reef", "Tundra", "Prairie", "Volcano", "Delta", "Fjord", "Lake"]
ROBOTS = "User-agent: *\nDisallow: /private/\n"
# Test-only settings: no AutoThrottle start delay and a short backoff, so each crawl takes seconds.
FAST = ["-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "UNITCRAWL_RETRY_BACKOFF_BASE=0.2", "-s", "RETRY_TIMES=2"]


def unit_page(topic: str, links: list[str]) -> str:
    """A page the generic profile turns into a record: a research centre's own page."""
    items = "".join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Centre for {topic} Research - University of Testland</title></head>
<body><header><a href="/units/">University of Testland</a></header>
<main><h1>Centre for {topic} Research</h1>
<p>The Centre for {topic} Research is a research centre at the Faculty of Science, University of Testland.
We study how {topic.lower()} landscapes change under storms, warming and human use, and we work with the
people who live there to plan for the decades ahead.</p>
<h2>Research areas</h2><ul><li>{topic} ecology</li><li>{topic} hydrology</li></ul>
<ul>{items}</ul></main></body></html>"""


@dataclass
class Hit:
    at: float  # time.monotonic() when the request arrived
    path: str
    user_agent: str
    status: int


@dataclass
class Site:
    """Pages by path; ``answers`` holds, per path, the statuses (and headers) its first requests get."""

    pages: dict[str, str]
    answers: dict[str, list[tuple[int, dict[str, str]]]] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def of(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]


def make_site(count: int, answers: dict[str, list[tuple[int, dict[str, str]]]] | None = None) -> Site:
    """An index at /units/ linking to ``count`` unit pages and to a page robots.txt disallows."""
    topics = [*TOPICS[1:], *(f"{a} {b}" for a in TOPICS for b in TOPICS if a != b)][:count]
    paths = [f"/units/{topic.lower().replace(' ', '-')}/" for topic in topics]
    pages = {"/robots.txt": ROBOTS, "/units/": unit_page(TOPICS[0], [*paths, "/private/staff-only/"])}
    pages.update({path: unit_page(topic, ["/units/"]) for path, topic in zip(paths, topics, strict=True)})
    pages["/private/staff-only/"] = unit_page("Hidden", [])
    return Site(pages, answers or {})


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        site = self.server.site
        with site.lock:
            planned = site.answers.get(self.path)
            status, headers = planned.pop(0) if planned else (200, {})
            if self.path not in site.pages:
                status = 404
            site.hits.append(Hit(time.monotonic(), self.path, self.headers.get("User-Agent", ""), status))
        body = site.pages.get(self.path, "not found").encode("utf-8") if status == 200 else b"try again later"
        self.send_response(status)
        kind = "text/plain" if self.path.endswith(".txt") or status != 200 else "text/html; charset=utf-8"
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


class _Server(ThreadingHTTPServer):
    site: Site


@dataclass
class Crawl:
    site: Site
    result: subprocess.CompletedProcess[str]
    records: list[dict]
    report: dict


def crawl(tmp: Path, site: Site, *args: str) -> Crawl:
    """Serve ``site`` on 127.0.0.1 and crawl it from /units/ with the generic profile, in a fresh process.

    ``scrapy crawl`` from the repository root, as a scheduled job runs it: the project's settings,
    spider and pipelines, one JSONL output and its report next to it.
    """
    server = _Server(("127.0.0.1", 0), _Handler)
    server.site = site
    threading.Thread(target=server.serve_forever, daemon=True).start()
    out = tmp / "units.jsonl"
    start = f"http://127.0.0.1:{server.server_address[1]}/units/"
    try:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "units", "-a", f"start_url={start}", "-O", str(out), *FAST, *args],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr[-3000:]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    report = json.loads((tmp / "units.report.json").read_text(encoding="utf-8"))
    return Crawl(site, result, records, report)


def http_errors(report: dict) -> dict[str, int]:
    """The report's failed pages by HTTP status (a page robots.txt disallows is counted apart)."""
    return {kind: n for kind, n in report["errors"].items() if kind.startswith("http_")}


def paths_of(records: list[dict]) -> set[str]:
    return {"/" + r["url"].split("/", 3)[3] for r in records}


@pytest.fixture(scope="module")
def rate_limited(tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    """Six unit pages; one answers its first request with 429 and Retry-After: 1.

    One request at a time to the host, so that none is on its way when the 429 comes (with the
    default of two, the other one may arrive during the rest: it was sent before the client knew).
    """
    site = make_site(6, {"/units/arctic/": [(429, {"Retry-After": "1"})]})
    return crawl(tmp_path_factory.mktemp("rate-limited"), site, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")


@pytest.fixture(scope="module")
def unavailable(tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    """Three unit pages; one answers 503 without Retry-After, every time."""
    site = make_site(3, {"/units/forest/": [(503, {})] * 10})
    return crawl(tmp_path_factory.mktemp("unavailable"), site)


def test_a_429_with_retry_after_is_fetched_again_after_the_wait_and_written(rate_limited: Crawl) -> None:
    site = rate_limited.site
    first, again = site.of("/units/arctic/")  # exactly two requests: the 429 and the retry
    assert (first.status, again.status) == (429, 200)
    assert again.at - first.at >= 1.0
    assert "/units/arctic/" in paths_of(rate_limited.records)
    assert paths_of(rate_limited.records) == {"/units/", *(f"/units/{t.lower()}/" for t in TOPICS[1:7])}
    assert http_errors(rate_limited.report) == {}


def test_the_whole_host_rests_after_a_429_not_only_the_page(rate_limited: Crawl) -> None:
    site = rate_limited.site
    first = site.of("/units/arctic/")[0]
    # The pages queued behind the 429 (five of them, the retry aside) wait for the end of the rest.
    assert [h.path for h in site.hits if first.at < h.at < first.at + 1.0] == []
    assert len([h for h in site.hits if h.at >= first.at + 1.0]) >= 5


def test_a_503_without_retry_after_backs_off_then_gives_up_and_counts_the_page_failed(unavailable: Crawl) -> None:
    tries = unavailable.site.of("/units/forest/")
    assert [h.status for h in tries] == [503, 503, 503]  # the request and RETRY_TIMES = 2 retries
    gaps = [b.at - a.at for a, b in zip(tries, tries[1:], strict=False)]
    assert gaps[0] >= 0.2 and gaps[1] >= 0.4  # UNITCRAWL_RETRY_BACKOFF_BASE = 0.2, doubled per retry
    assert unavailable.report["finish_reason"] == "finished"
    assert http_errors(unavailable.report) == {"http_503": 1}  # counted by the spider's errback, as before
    assert paths_of(unavailable.records) == {"/units/", "/units/arctic/", "/units/climate/"}


def test_robots_txt_is_read_first_and_obeyed(rate_limited: Crawl) -> None:
    hits = rate_limited.site.hits
    assert hits[0].path == "/robots.txt"
    assert not [h for h in hits if h.path.startswith("/private/")]
    assert rate_limited.report["requests_disallowed_by_robots"] == 1


def test_every_request_says_it_is_unitcrawl_and_where_to_reach_its_operator(rate_limited: Crawl) -> None:
    agents = {h.user_agent for h in rate_limited.site.hits}
    assert len(agents) == 1
    assert re.fullmatch(r"unitcrawl/\S+ \(\+https?://\S+\)", agents.pop())


def test_the_page_cap_stops_a_run(tmp_path: Path) -> None:
    capped = crawl(tmp_path, make_site(60), "-s", "CLOSESPIDER_PAGECOUNT=3")
    assert capped.report["finish_reason"] == "closespider_pagecount"  # a finished run: its output is published
    pages = [h.path for h in capped.site.hits if h.path != "/robots.txt"]
    # Requests already under way when the cap is reached still finish: at most CONCURRENT_REQUESTS (16) more.
    assert len(pages) <= 3 + 16
    assert 0 < len(capped.records) <= len(pages) < 61


def test_retry_after_is_read_as_seconds_or_an_http_date() -> None:
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    assert retry_after_seconds(b"120", now) == 120
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=90), usegmt=True), now) == 90
    assert retry_after_seconds("Sun, 22 Nov 2026 11:00:00 GMT", now) == 0  # a date in the past: at once
    assert retry_after_seconds(None) is None
    assert retry_after_seconds(b"soon") is None  # unreadable: the exponential backoff applies
    assert retry_after_seconds(b"-5", now) == 0


def test_the_wait_is_capped_and_doubles_per_retry_without_retry_after() -> None:
    settings = {"UNITCRAWL_RETRY_AFTER_MAX": 300, "UNITCRAWL_RETRY_BACKOFF_BASE": 2, "UNITCRAWL_RETRY_BACKOFF_MAX": 60}
    middleware = BackoffRetryMiddleware.from_crawler(get_crawler(settings_dict=settings))
    url = "https://www.example.edu/research/"

    def wait(retries: int, **headers: str) -> float:
        response = Response(url, status=503, headers={k.replace("_", "-"): v for k, v in headers.items()})
        return middleware.wait_seconds(response, Request(url, meta={"retry_times": retries}))[0]

    assert wait(0, Retry_After="7") == 7
    assert wait(0, Retry_After="86400") == 300  # a day is cut to UNITCRAWL_RETRY_AFTER_MAX
    assert [wait(n) for n in range(7)] == [2, 4, 8, 16, 32, 60, 60]
    assert wait(1, Retry_After="soon") == 4


def test_the_operator_names_their_contact_page_in_the_user_agent(tmp_path: Path) -> None:
    own = crawl(tmp_path, make_site(2), "-s", "UNITCRAWL_CONTACT_URL=https://crawler.example.org/about")
    assert {h.user_agent for h in own.site.hits} == {"unitcrawl/0.1.0 (+https://crawler.example.org/about)"}


def test_a_304_lets_autothrottle_shorten_the_delay_as_a_200_does_and_an_error_does_not() -> None:
    from scrapy.core.downloader import Slot
    from scrapy.http import Response
    from scrapy.utils.test import get_crawler

    from unitcrawl.throttle import AutoThrottle

    throttle = AutoThrottle(get_crawler(settings_dict={"AUTOTHROTTLE_ENABLED": True}))
    throttle.mindelay, throttle.maxdelay = 0.0, 60.0  # what opening the spider sets
    delays = {}
    for status in (200, 304, 404):
        slot = Slot(concurrency=2, delay=5.0)
        throttle._adjust_delay(slot, 0.01, Response("http://127.0.0.1/unit/", status=status))
        delays[status] = slot.delay
    assert delays[304] == delays[200] < 5.0 == delays[404]
