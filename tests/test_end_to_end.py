"""End to end over loopback: the demo site crawled with the real spider and pipelines into JSONL."""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import jsonschema
import pytest

from output.schema import FIELDS, SCHEMA_PATH
from tests.conftest import ROOT, run_unitcrawl
from unitcrawl.demo.server import SITES_ROOT, serve

UNIT_PAGES = {
    ("uio", "/english/research/"), ("uio", "/forskning/"), ("uio", "/iemr/english/research/strategy/"),
    ("uio", "/iemr/forskning/strategi/"), ("sintef", "/en/digital/health/health-services-research/"),
    ("oslomet", "/en/research/research-groups/network-for-educational-research/"),
    ("oslomet", "/forskning/forskningsgrupper/nettverk-for-utdanningsforskning/"), ("oxford-medsci", "/research/"),
}


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_demo_writes_one_valid_record_per_unit_page_and_language(demo_output: Path) -> None:
    records = lines(demo_output)
    pages = {(r["site"], "/" + r["url"].split("/", 3)[3]) for r in records}
    assert pages == UNIT_PAGES  # and so none for the news, people, event and listing pages
    assert len(records) == len(UNIT_PAGES)
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for record in records:
        jsonschema.validate(record, schema)
        assert list(record) == list(FIELDS)


def test_demo_output_is_plain_utf8_and_language_versions_share_unit_id(demo_output: Path) -> None:
    raw = demo_output.read_text(encoding="utf-8")
    assert "\\u00" not in raw and "Læringsbiblioteket" in raw
    by_unit: dict[str, set[str]] = {}
    for record in lines(demo_output):
        by_unit.setdefault(record["unit_id"], set()).add(record["language"])
    assert sorted(map(sorted, by_unit.values())) == [["en"], ["en"], ["en", "nb"], ["en", "nb"], ["en", "nb"]]


def test_demo_report_counts_skipped_pages_by_kind(demo_output: Path) -> None:
    report = json.loads(demo_output.with_name("demo.report.json").read_text(encoding="utf-8"))
    by_site = {r["site"]: r for r in report["sites"]}
    assert by_site["uio"]["pages_skipped"] == {"news": 1, "people": 1}
    assert by_site["oslomet"]["pages_skipped"] == {"event": 1}
    assert by_site["sintef"]["pages_skipped"] == {"people": 1}
    assert all(r["finish_reason"] == "finished" and r["errors"] == {} for r in report["sites"])
    assert by_site["uio"]["records_written"] == 4
    assert by_site["uio"]["boilerplate_removed"]["consent"] >= 4  # the site-made banner on every page


def test_demo_report_says_per_page_what_was_removed_and_by_which_rule(demo_output: Path) -> None:
    report = json.loads(demo_output.with_name("demo.report.json").read_text(encoding="utf-8"))
    by_site = {r["site"]: r for r in report["sites"]}
    # Each site's banner is named: SINTEF's by its consent manager, UiO's as the site's own.
    sintef, uio = by_site["sintef"], by_site["uio"]
    assert sintef["consent_managers_removed"] == {"Cookiebot": sintef["records_written"]}
    assert uio["consent_managers_removed"] == {"site-made banner (by wording)": uio["records_written"]}
    pages = {p["url"]: p["removed"] for r in report["sites"] for p in r["removed_by_page"]}
    assert len(pages) == sum(r["records_written"] for r in report["sites"])
    strategy = next(removed for url, removed in pages.items() if url.endswith("/iemr/english/research/strategy/"))
    rules = {(r["rule"], r["text"]) for r in strategy}
    assert ("skip-link", "Skip to main content") in rules
    assert ("language-switch", "Norwegian version of this page") in rules


def test_extract_prints_the_same_record_as_the_crawl(demo_output: Path) -> None:
    crawled = next(r for r in lines(demo_output) if r["url"].endswith("/iemr/english/research/strategy/"))
    page = SITES_ROOT / "uio/iemr/english/research/strategy/index.html"
    result = run_unitcrawl("extract", str(page), "--url", crawled["url"], "--site", "uio", timeout=60)
    assert result.returncode == 0, result.stderr
    extracted = json.loads(result.stdout)
    assert {**extracted, "fetched_at": None} == {**crawled, "fetched_at": None}


def test_extract_of_a_non_unit_page_prints_nothing_and_says_why() -> None:
    page = SITES_ROOT / "uio/english/research/news/2023/heart-failure-study.html"
    result = run_unitcrawl("extract", str(page), "--url", "https://www.med.uio.no/english/research/news/x.html",
                           timeout=60)
    assert (result.returncode, result.stdout) == (0, "")
    assert "not a unit page: news" in result.stderr


def test_scrapy_crawl_from_the_repository_root(tmp_path: Path) -> None:
    out = tmp_path / "units.jsonl"
    with serve(SITES_ROOT / "oxford-medsci") as base:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "units", "-a", "site=oxford-medsci", "-a", f"base_url={base}",
             "-O", str(out)],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert result.returncode == 0, result.stderr[-2000:]
    assert [r["name"] for r in lines(out)] == ["Medical Sciences Division"]
    assert json.loads((tmp_path / "units.report.json").read_text())["records_written"] == 1


class _SlowHandler(SimpleHTTPRequestHandler):
    def do_GET(self) -> None:
        if not self.path.endswith("robots.txt"):
            time.sleep(1.5)
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def slow_uio() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_SlowHandler, directory=str(SITES_ROOT / "uio")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _interrupt(out_dir: Path, base: str, stop: int) -> Path:
    """Start a crawl of the slow site into ``out_dir`` and stop it once it has written records of its own;
    returns the run's folder."""
    process = subprocess.Popen(
        [sys.executable, "-m", "unitcrawl.cli", "crawl", "uio", "--base-url", base, "--out-dir", str(out_dir)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        parts = list((out_dir / "uio").glob("*/.units.jsonl.part"))
        if parts and parts[0].stat().st_size > 0:
            break
        time.sleep(0.2)
    assert parts and parts[0].stat().st_size > 0
    process.send_signal(stop)
    process.communicate(timeout=120)
    assert process.returncode != 0
    return parts[0].parent


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGKILL], ids=["interrupted", "killed"])
def test_an_interrupted_run_leaves_latest_at_the_previous_good_run_and_resume_finishes_it(
    tmp_path: Path, slow_uio: str, stop: int
) -> None:
    with serve(SITES_ROOT / "uio") as base:
        assert run_unitcrawl("crawl", "uio", "--base-url", base, "--out-dir", str(tmp_path)).returncode == 0
    good = (tmp_path / "uio" / "latest").resolve()
    kept = (good / "units.jsonl").read_bytes()
    stopped = _interrupt(tmp_path, slow_uio, stop)
    assert stopped != good and (tmp_path / "uio" / "latest").resolve() == good
    assert (good / "units.jsonl").read_bytes() == kept
    resumed = run_unitcrawl("crawl", "uio", "--base-url", slow_uio, "--out-dir", str(tmp_path), "--resume")
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert (tmp_path / "uio" / "latest").resolve() == stopped  # the same run, finished
    records = lines(stopped / "units.jsonl")
    assert sorted(r["url"].removeprefix(slow_uio) for r in records) == sorted(
        path for site, path in UNIT_PAGES if site == "uio"
    )  # every unit page once: none lost, none twice
    assert json.loads((stopped / "report.json").read_text(encoding="utf-8"))["records_written"] == 4


def test_generic_profile_from_a_start_url_needs_no_site_knowledge(tmp_path: Path) -> None:
    with serve(SITES_ROOT / "oslomet") as base:
        start = f"{base}/en/research/research-groups/network-for-educational-research/"
        result = run_unitcrawl("crawl", "--start-url", start, "--out-dir", str(tmp_path), timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    run = (tmp_path / "127.0.0.1" / "latest").resolve()  # a generic crawl's folder is named by its host
    records = {r["language"]: r for r in lines(run / "units.jsonl")}
    assert set(records) == {"en", "nb"}  # the event page it links to gives no record
    assert records["en"]["site"] == "generic"
    assert (records["en"]["name"], records["en"]["unit_type"]) == ("Network for Educational Research", "network")
    # The title says "OsloMet"; the logo writes the name out, as the oslomet profile does.
    assert records["en"]["institution"] == {"name": "OsloMet – Oslo Metropolitan University", "ror_id": None}
    assert records["en"]["unit_id"] == records["nb"]["unit_id"]
    report = json.loads((run / "report.json").read_text(encoding="utf-8"))
    assert report["pages_skipped"] == {"event": 1}
