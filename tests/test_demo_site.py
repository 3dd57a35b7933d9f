"""The bundled demo site holds together: every internal link leads to a page, or robots.txt forbids it."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from unitcrawl.demo.server import SITES_ROOT

SITES = sorted(p.name for p in SITES_ROOT.iterdir() if p.is_dir())


def _disallowed(site: str) -> list[str]:
    robots = (SITES_ROOT / site / "robots.txt").read_text(encoding="utf-8").splitlines()
    return [line.split(":", 1)[1].strip() for line in robots if line.lower().startswith("disallow:") and line[9:].strip()]


@pytest.mark.parametrize("site", SITES)
def test_every_internal_link_resolves(site: str) -> None:
    root = SITES_ROOT / site
    blocked = _disallowed(site)
    for page in root.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all(href=True) + soup.find_all(src=True):
            target = tag.get("href") or tag.get("src")
            if not target.startswith("/") or target.startswith("//"):
                continue
            path = urlsplit(target).path
            file = root / path.lstrip("/")
            exists = file.is_file() or (file / "index.html").is_file()
            assert exists or any(path.startswith(b) for b in blocked), f"{page.relative_to(root)} -> {target}"
