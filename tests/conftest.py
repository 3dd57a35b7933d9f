"""Shared helpers: the bundled demo site's pages serve as the seed-page fixtures (they carry the seed
pages' text in markup resembling each site), so the tests and the demo check the same pages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from normalize import Normalized, Page, build
from unitcrawl.demo.server import SITES_ROOT
from unitcrawl.profiles import load_profile

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


def demo_record(site: str, path: str, host: str = "https://demo.example") -> Normalized:
    """The record of one demo page, built the way the crawl builds it (with the site's profile)."""
    file = SITES_ROOT / site / path.lstrip("/")
    if file.is_dir() or path.endswith("/"):
        file = file / "index.html"
    page = Page(url=host + path, html=file.read_text(encoding="utf-8"), fetched_at="2026-11-21T12:00:00Z")
    return build(page, load_profile(site).rules())


def run_unitcrawl(*args: str, timeout: float = 300, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command line in a fresh process (Scrapy's reactor runs once per process)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "unitcrawl.cli", *args],
        capture_output=True, text=True, timeout=timeout, cwd=cwd or ROOT, env=env, check=False,
    )


@pytest.fixture(scope="session")
def demo_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One run of `unitcrawl demo`, shared by the end-to-end tests."""
    out = tmp_path_factory.mktemp("demo") / "demo.jsonl"
    result = run_unitcrawl("demo", "--out", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    return out
