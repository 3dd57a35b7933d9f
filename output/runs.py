"""Run folders for scheduled crawls: ``DIR/<site>/<run-id>/`` per run and a ``latest`` pointer.

A scheduler runs the same site night after night. Each run writes into a folder of its own, so a run
that dies never touches what the data team reads; ``DIR/<site>/latest`` is a symbolic link that is
moved (atomically) to a run only once that run finished, its output validated and its health checks
passed. Beside the runs, per site, live what runs share: the lock that keeps two runs of a site from
overlapping and the HTTP cache that lets the next run ask the server only for what changed.

    DIR/<site>/.lock                lock held by the running crawl
    DIR/<site>/.httpcache/          Scrapy's HTTP cache (RFC 2616 policy), shared by the site's runs
    DIR/<site>/<run-id>/units.jsonl the records
    DIR/<site>/<run-id>/report.json what the run did, its health checks and its changes, counted
    DIR/<site>/<run-id>/changes.jsonl units new, changed, gone or moved since the previous good run
    DIR/<site>/<run-id>/pages.jsonl every page fetched: its body's hash and what it gave
    DIR/<site>/<run-id>/.job/       Scrapy's JOBDIR while the run is going on (``--resume`` continues it)
    DIR/<site>/latest -> <run-id>   the last good run
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from output.changes import changes, counts, read_jsonl
from output.pages import read_index
from output.report import write_json
from output.storage import part_path, publish

LATEST = "latest"


class LockHeld(Exception):
    """Another run of the same site is going on."""


@dataclass(frozen=True)
class Run:
    """One run's folder and the files in it."""

    folder: Path

    @property
    def site_folder(self) -> Path:
        return self.folder.parent

    @property
    def run_id(self) -> str:
        return self.folder.name

    @property
    def units(self) -> Path:
        return self.folder / "units.jsonl"

    @property
    def report(self) -> Path:
        return self.folder / "report.json"

    @property
    def changes(self) -> Path:
        return self.folder / "changes.jsonl"

    @property
    def pages(self) -> Path:
        return self.folder / "pages.jsonl"

    @property
    def job(self) -> Path:
        return self.folder / ".job"

    @property
    def http_cache(self) -> Path:
        return self.site_folder / ".httpcache"


def lock(site_folder: Path) -> IO[str]:
    """Take the site's lock for as long as the returned file stays open (the process holds it; the
    system drops it when the process dies, so a killed run never leaves a stale lock)."""
    site_folder.mkdir(parents=True, exist_ok=True)
    handle = (site_folder / ".lock").open("a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise LockHeld(f"another run of {site_folder.name!r} holds {site_folder / '.lock'}") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


def new_run(site_folder: Path) -> Run:
    """A fresh run folder named by its start time in UTC ("2026-11-22T031500Z"), sortable and unique."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%M%SZ")
    folder, n = site_folder / stamp, 1
    while folder.exists():
        n += 1
        folder = site_folder / f"{stamp}-{n}"
    folder.mkdir(parents=True)
    return Run(folder)


def interrupted_run(site_folder: Path) -> Run | None:
    """The newest run that did not finish (its JOBDIR is still there; a finished run's is removed): what
    ``--resume`` continues."""
    runs = sorted((p for p in site_folder.iterdir() if p.is_dir() and not p.name.startswith(".") and not p.is_symlink()),
                  reverse=True) if site_folder.is_dir() else []
    for folder in runs:
        run = Run(folder)
        if run.job.is_dir():
            return run
    return None


def latest(site_folder: Path) -> Run | None:
    """The last good run, which the ``latest`` link points to."""
    link = site_folder / LATEST
    return Run(link.resolve()) if link.is_symlink() and link.resolve().is_dir() else None


def point_latest(run: Run) -> None:
    """Point ``latest`` at the run: a new link beside the old one, renamed over it, so a reader never
    finds no ``latest`` or a half-made one."""
    link = run.site_folder / LATEST
    tmp = run.site_folder / f".{LATEST}.{os.getpid()}"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(run.run_id, target_is_directory=True)
    os.replace(tmp, link)


def valid_records(run: Run) -> list[dict[str, Any]] | None:
    """The run's records when every line of its output is a whole record the schema accepts, else None
    (the feed was renamed into place only when the crawl finished; this checks what the data team loads)."""
    from pydantic import ValidationError

    from output.schema import Record

    try:
        records = read_jsonl(run.units)
        for record in records:
            Record.model_validate(record)
    except (OSError, ValueError, ValidationError):
        return None
    return records


def finish(run: Run, previous: Run | None) -> dict[str, Any]:
    """After a crawl that published its output: write ``changes.jsonl`` against the previous good run,
    add the changes and the run's standing to ``report.json``, and move ``latest`` when all is well.
    Returns the report."""
    report = json.loads(run.report.read_text(encoding="utf-8"))
    # A run that reached no page at all (a dead host, no network) has nothing to say about the site.
    reached = bool(report.get("output_published")) and report.get("pages_fetched", 0) > 0
    new = valid_records(run) if reached else None
    published = new is not None
    if new is not None:
        lines = changes(read_jsonl(previous.units) if previous else [], new, read_index(run.pages).values())
        report["records_written"] = len(new)  # a resumed run's crawl counted only its own part
        with part_path(run.changes).open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
        publish(part_path(run.changes), run.changes)
        report["changes"] = counts(lines)
        shutil.rmtree(run.job, ignore_errors=True)  # nothing left to resume
    report.update(run_id=run.run_id, previous_run=previous.run_id if previous else None, latest=published)
    write_json(run.report, report)
    if published:
        point_latest(run)
    return report
