"""Scheduled runs over loopback: run folders and ``latest``, conditional requests, no re-extraction of
unchanged pages, the data team's change list, and the exit codes a scheduler acts on."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from output.runs import lock
from tests.conftest import run_unitcrawl
from tests.site_server import Site, listing_page, served, unit_page

CENTRES = {
    "/research/centres/coastal/": ("Centre for Coastal Studies", ["Erosion", "Storm surges"]),
    "/research/centres/soils/": ("Centre for Soil Health", ["Soil carbon", "Microbial life"]),
    "/research/centres/glaciers/": ("Centre for Glacier Research", ["Ice dynamics"]),
    "/research/centres/rivers/": ("Centre for River Systems", ["Floods", "Sediment transport"]),
    "/research/centres/wetlands/": ("Centre for Wetland Ecology", ["Peatlands", "Bird life"]),
}
START = "/research/centres/"


def _lead(name: str) -> str:
    return (f"The {name} brings together researchers from several departments of the University of Eastbury "
            "to study how landscapes change, working with agencies and communities across the region.")


def _site() -> Site:
    pages = {path: unit_page(name, _lead(name), areas) for path, (name, areas) in CENTRES.items()}
    pages[START] = listing_page("Research centres", {path: name for path, (name, _) in CENTRES.items()})
    return Site(pages)


def _crawl(site: Site, out: Path, *more: str) -> tuple[int, str]:
    result = run_unitcrawl("crawl", "--start-url", site.base + START, "--out-dir", str(out), *more, timeout=180)
    return result.returncode, result.stderr


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The same site crawled twice; between the runs one page was edited, one removed, one moved (301),
    and the rest left as they were (the server answers their conditional requests with 304)."""
    out = tmp_path_factory.mktemp("runs")
    site = _site()
    with served(site):
        first_code, first_err = _crawl(site, out)
        folder = out / "127.0.0.1"
        first = (folder / "latest").resolve()
        first_bytes = site.bytes_sent
        site.reset_counts()
        name, areas = CENTRES["/research/centres/soils/"]
        site.pages["/research/centres/soils/"] = unit_page(name, _lead(name), [*areas, "Drought"])
        del site.pages["/research/centres/glaciers/"]
        site.pages["/research/centres/rivers-and-lakes/"] = site.pages.pop("/research/centres/rivers/")
        site.redirects["/research/centres/rivers/"] = "/research/centres/rivers-and-lakes/"
        second_code, second_err = _crawl(site, out)
    return {"out": folder, "first": first, "second": (folder / "latest").resolve(), "site": site,
            "codes": (first_code, second_code), "stderr": first_err + second_err, "first_bytes": first_bytes}


def test_each_run_has_its_own_folder_and_latest_moves_to_a_good_run(two_runs: dict) -> None:
    assert two_runs["codes"] == (0, 0), two_runs["stderr"][-3000:]
    first, second = two_runs["first"], two_runs["second"]
    assert first != second and first.parent == second.parent == two_runs["out"]
    for run in (first, second):
        assert {p.name for p in run.iterdir()} == {"units.jsonl", "report.json", "changes.jsonl", "pages.jsonl"}
    assert len(_lines(first / "units.jsonl")) == 5
    report = json.loads((second / "report.json").read_text(encoding="utf-8"))
    assert (report["run_id"], report["previous_run"], report["latest"]) == (second.name, first.name, True)


def test_unchanged_pages_are_revalidated_with_304_and_not_extracted_again(two_runs: dict) -> None:
    site: Site = two_runs["site"]
    unchanged = {START, "/research/centres/coastal/", "/research/centres/wetlands/"}
    assert set(site.not_modified) == unchanged  # conditional requests, answered without a body
    assert site.bytes_sent < two_runs["first_bytes"] / 2
    report = json.loads((two_runs["second"] / "report.json").read_text(encoding="utf-8"))
    assert report["pages_since_previous_run"] == {"unchanged": 3, "changed": 1, "new": 1, "gone": 2}
    extracted = {page["url"].removeprefix(site.base) for page in report["removed_by_page"]}
    assert extracted == {"/research/centres/soils/", "/research/centres/rivers-and-lakes/"}
    before = {r["url"]: r for r in _lines(two_runs["first"] / "units.jsonl")}
    for record in _lines(two_runs["second"] / "units.jsonl"):
        if record["url"].removeprefix(site.base) in unchanged:
            assert {**record, "fetched_at": None} == {**before[record["url"]], "fetched_at": None}


def test_changes_say_what_is_new_changed_moved_and_gone_since_the_previous_run(two_runs: dict) -> None:
    base = two_runs["site"].base
    lines = {(line["change"], line["url"].removeprefix(base)): line for line in _lines(two_runs["second"] / "changes.jsonl")}
    assert set(lines) == {("changed", "/research/centres/soils/"), ("moved", "/research/centres/rivers-and-lakes/"),
                          ("gone", "/research/centres/glaciers/")}
    assert "research_areas" in lines["changed", "/research/centres/soils/"]["fields"]
    moved = lines["moved", "/research/centres/rivers-and-lakes/"]
    assert moved["from_url"] == base + "/research/centres/rivers/" and moved["name"] == "Centre for River Systems"
    assert lines["gone", "/research/centres/glaciers/"]["reason"] == "http_404"
    assert all(line["change"] == "new" for line in _lines(two_runs["first"] / "changes.jsonl"))
    report = json.loads((two_runs["second"] / "report.json").read_text(encoding="utf-8"))
    assert report["changes"] == {"new": 0, "changed": 1, "moved": 1, "gone": 1}


def test_diff_prints_the_same_changes_for_any_two_outputs(two_runs: dict) -> None:
    result = run_unitcrawl("diff", str(two_runs["first"]), str(two_runs["second"]))
    assert result.returncode == 0, result.stderr
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert printed == _lines(two_runs["second"] / "changes.jsonl")
    files = run_unitcrawl("diff", str(two_runs["first"] / "units.jsonl"), str(two_runs["second"] / "units.jsonl"))
    kinds = sorted(json.loads(line)["change"] for line in files.stdout.splitlines())
    assert kinds == ["changed", "gone", "gone", "new"]  # without the page index a move is a gone and a new


def test_a_held_lock_means_could_not_run_and_touches_nothing(tmp_path: Path) -> None:
    site = _site()
    with served(site):
        folder = tmp_path / "127.0.0.1"
        held = lock(folder)
        try:
            code, stderr = _crawl(site, tmp_path)
        finally:
            held.close()
    assert code == 2 and "lock" in stderr
    assert [p.name for p in folder.iterdir()] == [".lock"] and not site.requests


def test_a_dead_host_or_a_bad_profile_means_could_not_run_and_latest_stays(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once the socket is closed
    result = run_unitcrawl("crawl", "--start-url", f"http://127.0.0.1:{port}/research/", "--out-dir", str(tmp_path),
                           "--set", "RETRY_TIMES=0")
    assert result.returncode == 2, result.stderr[-2000:]
    assert not (tmp_path / "127.0.0.1" / "latest").exists()
    result = run_unitcrawl("crawl", "no-such-site", "--out-dir", str(tmp_path))
    assert result.returncode == 2 and "no-such-site" in result.stderr
