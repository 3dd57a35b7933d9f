"""The project deploys to a real Scrapyd and runs there, as a scheduled crawl job does.

A Scrapyd job imports the project from the egg that ``scrapyd-deploy`` uploaded, not from
a checkout, and writes its items where Scrapyd tells it to. So this test does what a user
does: it starts Scrapyd (1.6) on 127.0.0.1 from a folder of its own, deploys a copy of the
project with scrapyd-client's ``scrapyd-deploy`` (the copy is only there so that the deploy
target can name this server's port and the build files land outside the repository), schedules
the ``units`` spider through Scrapyd's HTTP API against a demo site served on loopback, and
reads what the job wrote into Scrapyd's items and logs folders.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit
from urllib.request import ProxyHandler, Request, build_opener

import pytest

from output.schema import FIELDS, Record
from tests.conftest import ROOT
from tests.test_end_to_end import UNIT_PAGES
from unitcrawl.demo.server import SITES_ROOT, serve

PROJECT = "unitcrawl"  # scrapy.cfg's [deploy] project
SPIDER = "units"
SITE = "oslomet"  # an English and a Bokmål unit page, and an event page that gives no record
NAMES = {
    "/en/research/research-groups/network-for-educational-research/": "Network for Educational Research",
    "/forskning/forskningsgrupper/nettverk-for-utdanningsforskning/": "Nettverk for utdanningsforskning",
}
BIN = Path(sys.executable).parent  # scrapyd-deploy is a script of the same environment as this Python
HTTP_TIMEOUT = 10.0
START_TIMEOUT = 30.0
DEPLOY_TIMEOUT = 180.0
JOB_TIMEOUT = 120.0

# Never through a proxy: everything here is on 127.0.0.1.
_http = build_opener(ProxyHandler({}))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _tail(path: Path, chars: int = 3000) -> str:
    return path.read_text(encoding="utf-8", errors="replace")[-chars:] if path.exists() else f"({path} missing)"


def _environment() -> dict[str, str]:
    """The environment for Scrapyd and scrapyd-deploy: the project must come from the egg and scrapy.cfg alone,
    so no PYTHONPATH (a checkout on it would shadow the egg) and no project chosen by variables."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SCRAPY_SETTINGS_MODULE", "SCRAPY_PROJECT")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


@dataclass
class Scrapyd:
    """A running Scrapyd server: its address, its folder and the file its own output goes to."""

    url: str
    root: Path
    process: subprocess.Popen[bytes]
    output: Path

    def call(self, endpoint: str, data: dict[str, str] | None = None, **query: str) -> dict[str, Any]:
        """One API call (POST when there is data); Scrapyd answers JSON, with status "ok" when it succeeded."""
        url = f"{self.url}/{endpoint}" + (f"?{urlencode(query)}" if query else "")
        body = urlencode(data).encode() if data is not None else None
        with _http.open(Request(url, data=body), timeout=HTTP_TIMEOUT) as response:
            answer = json.load(response)
        assert answer.get("status") == "ok", f"{endpoint}: {answer}\n{_tail(self.output)}"
        return answer

    def fetch(self, path: str) -> bytes:
        with _http.open(f"{self.url}{path}", timeout=HTTP_TIMEOUT) as response:
            return response.read()

    def alive(self) -> bool:
        return self.process.poll() is None


def _start_scrapyd(root: Path) -> Scrapyd:
    port = _free_port()
    root.mkdir(parents=True, exist_ok=True)
    # Scrapyd reads ./scrapyd.conf from its working directory; every folder it writes to is in `root`.
    (root / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        f"eggs_dir = {root / 'eggs'}\n"
        f"logs_dir = {root / 'logs'}\n"
        f"items_dir = {root / 'items'}\n"
        f"dbs_dir = {root / 'dbs'}\n"
        "max_proc = 1\n"
        "poll_interval = 0.2\n",
        encoding="utf-8",
    )
    output = root / "scrapyd.out"
    with output.open("wb") as out:
        # Its own process group, so that stopping it also stops a crawl it launched.
        process = subprocess.Popen(
            [sys.executable, "-m", "scrapyd"], cwd=root, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, env=_environment(), start_new_session=True,
        )
    server = Scrapyd(f"http://127.0.0.1:{port}", root, process, output)
    try:
        _wait_until_up(server)
    except BaseException:
        _stop(server)
        raise
    return server


def _wait_until_up(server: Scrapyd) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            server.call("daemonstatus.json")
            return
        except OSError:  # not listening yet
            if not server.alive() or time.monotonic() > deadline:
                pytest.fail(f"Scrapyd did not answer on {server.url}:\n{_tail(server.output)}")
            time.sleep(0.2)


def _stop(server: Scrapyd) -> None:
    """Stop Scrapyd and any crawl it launched: SIGTERM to the group first, SIGKILL if it lingers."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(server.process.pid, sig)
        except ProcessLookupError:
            break
        try:
            server.process.wait(timeout=10)
            break
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scrapyd]:
    """A real Scrapyd on a free port of 127.0.0.1, stopped at the end whatever happened."""
    server = _start_scrapyd(tmp_path_factory.mktemp("scrapyd"))
    try:
        yield server
    finally:
        _stop(server)


def _copy_project(dest: Path, url: str) -> Path:
    """The project as it would be deployed from this checkout, with the deploy target pointing at `url`.

    Only what the build reads is copied: the packages pyproject.toml declares, pyproject.toml with its
    README, and scrapy.cfg. The repository's own scrapy.cfg keeps its URL, and the setup.py, build/
    and *.egg-info that scrapyd-deploy leaves behind stay in the copy.
    """
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    packages = [p.rstrip("*") for p in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]]
    junk = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
    for package in packages:
        shutil.copytree(ROOT / package, dest / package, ignore=junk)
    for name in ("pyproject.toml", pyproject["project"]["readme"]):
        shutil.copy2(ROOT / name, dest / name)
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "scrapy.cfg", encoding="utf-8")
    assert cfg.get("deploy", "project") == PROJECT
    cfg.set("deploy", "url", f"{url}/")
    with (dest / "scrapy.cfg").open("w", encoding="utf-8") as fh:
        cfg.write(fh)
    return dest


@pytest.fixture(scope="module")
def deployed(scrapyd: Scrapyd, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`scrapyd-deploy` run in a copy of the project: it builds the egg and uploads it. Returns the stored egg."""
    project = _copy_project(tmp_path_factory.mktemp("project"), scrapyd.url)
    scratch = tmp_path_factory.mktemp("deploy-tmp")  # scrapyd-deploy builds the egg in a temporary folder
    deploy = BIN / "scrapyd-deploy"
    assert deploy.exists(), f"{deploy} missing: scrapyd-client is not installed in this environment"
    result = subprocess.run(
        [str(deploy), "--debug"],  # --debug prints setup.py's output, so a failed build says why
        cwd=project, capture_output=True, text=True, timeout=DEPLOY_TIMEOUT, check=False,
        env={**_environment(), "TMPDIR": str(scratch)}, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, (
        f"scrapyd-deploy failed (the egg is built by `python setup.py bdist_egg` with this environment's "
        f"setuptools, which must read pyproject.toml):\n{result.stderr[-4000:]}\n{result.stdout[-2000:]}"
    )
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert (answer["status"], answer["project"]) == ("ok", PROJECT), answer
    egg = scrapyd.root / "eggs" / PROJECT / f"{answer['version']}.egg"
    assert egg.is_file(), sorted(map(str, (scrapyd.root / "eggs").rglob("*")))
    return egg


def test_deploy_uploads_an_egg_with_the_packages_their_data_and_the_settings_entry_point(
    scrapyd: Scrapyd, deployed: Path
) -> None:
    """Scrapyd knows nothing of the checkout: everything a job needs must be in the egg."""
    with zipfile.ZipFile(deployed) as egg:
        names = set(egg.namelist())
        entry_points = egg.read("EGG-INFO/entry_points.txt").decode("utf-8")
    for package in ("unitcrawl", "spiders", "pipelines", "normalize", "output"):
        assert f"{package}/__init__.py" in names, f"package {package} is not in the egg"
    data = [p.relative_to(ROOT).as_posix() for p in (ROOT / "unitcrawl" / "sites").glob("*.toml")]
    data += [p.relative_to(ROOT).as_posix() for p in (ROOT / "unitcrawl" / "demo").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    data += [p.relative_to(ROOT).as_posix() for p in (ROOT / "output").glob("*.json")]
    assert "unitcrawl/sites/oslomet.toml" in data and "unitcrawl/demo/server.py" in data
    assert sorted(set(data) - names) == []
    # Scrapyd's runner sets SCRAPY_SETTINGS_MODULE from this entry point of the egg.
    points = configparser.ConfigParser()
    points.read_string(entry_points)
    assert points.get("scrapy", "settings") == "unitcrawl.settings"
    assert scrapyd.call("listprojects.json")["projects"] == [PROJECT]
    assert SPIDER in scrapyd.call("listspiders.json", project=PROJECT)["spiders"]


@pytest.fixture(scope="module")
def job(scrapyd: Scrapyd, deployed: Path) -> dict[str, Any]:
    """One job scheduled through the HTTP API against the demo site on loopback, waited for until it finished."""
    with serve(SITES_ROOT / SITE) as base:
        jobid = scrapyd.call("schedule.json", {"project": PROJECT, "spider": SPIDER, "site": SITE,
                                               "base_url": base})["jobid"]
        deadline = time.monotonic() + JOB_TIMEOUT
        while True:
            jobs = scrapyd.call("listjobs.json", project=PROJECT)
            finished = [j for j in jobs["finished"] if j["id"] == jobid]
            if finished:
                return {**finished[0], "base": base}
            assert scrapyd.alive(), f"Scrapyd died:\n{_tail(scrapyd.output)}"
            assert time.monotonic() < deadline, f"job {jobid} not finished in {JOB_TIMEOUT} s: {jobs}"
            time.sleep(0.5)


def test_a_scheduled_job_writes_the_sites_unit_records_into_scrapyds_items_folder(
    scrapyd: Scrapyd, job: dict[str, Any]
) -> None:
    """What a scheduled run gives a data team: one valid record per unit page and language, nothing else."""
    log_file = scrapyd.root / "logs" / PROJECT / SPIDER / f"{job['id']}.log"
    log = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    assert "'finish_reason': 'finished'" in log and "Spider closed (finished)" in log, (
        f"the job did not finish cleanly:\n{log[-4000:]}\n{_tail(scrapyd.output)}"
    )
    assert "log_count/ERROR" not in log, log[-4000:]

    # Scrapyd passes FEEDS={"file:///<items_dir>/<project>/<spider>/<job>.jl": {"format": "jsonlines"}}.
    items = scrapyd.root / "items" / PROJECT / SPIDER / f"{job['id']}.jl"
    assert items.is_file(), f"no items at {items}:\n{log[-4000:]}"
    raw = items.read_text(encoding="utf-8")
    records = [json.loads(line) for line in raw.splitlines()]
    by_path = {urlsplit(r["url"]).path: r for r in records}
    assert set(by_path) == {path for site, path in UNIT_PAGES if site == SITE} == set(NAMES)
    assert {path: r["name"] for path, r in by_path.items()} == NAMES
    assert all(r["url"].startswith(job["base"]) and r["site"] == SITE for r in records)
    assert len(records) == len(by_path) == len({r["record_id"] for r in records})  # no duplicates
    assert len({r["unit_id"] for r in records}) == 1  # the two language versions of one unit
    for record in records:
        Record.model_validate(record)
        assert list(record) == list(FIELDS)
    assert "\\u00" not in raw and "ø" in raw  # plain UTF-8, as from `unitcrawl crawl`

    # The run report lands beside the items, and Scrapyd serves both over HTTP.
    report = json.loads(items.with_name(f"{job['id']}.report.json").read_text(encoding="utf-8"))
    assert (report["finish_reason"], report["records_written"]) == ("finished", len(records))
    assert report["pages_skipped"] == {"event": 1}
    assert scrapyd.fetch(job["items_url"]).decode("utf-8") == raw
    assert "Spider closed (finished)" in scrapyd.fetch(job["log_url"]).decode("utf-8")
