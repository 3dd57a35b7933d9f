"""Incremental runs: what a second run of an unchanged site costs against the first.

Serves a generated site of 2,000 unit pages (the bundled demo site's unit pages, whole, each made its
own; and the listing pages that link them) on 127.0.0.1, with
an ETag per page and 304 for a conditional request whose ETag still matches, as most web servers do.
Crawls it twice with ``unitcrawl crawl --out-dir`` into a temporary folder, and prints for each run
the CPU time of the crawl process, the bytes of page bodies the server sent, the requests it answered
and the 304s among them, and the ratios. The issue's targets: the second run takes at most 10% of the
first run's CPU time and downloads at most 5% of its bytes.

Usage: ``.venv/bin/python benchmarks/second_run.py [--units N]`` (default 2000; a few minutes).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.site_server import Site, listing_page, served  # noqa: E402

_TOPICS = ["Coastal erosion", "Soil carbon", "Ice dynamics", "Flood risk", "Peatlands", "Urban heat", "Drought",
           "Sediment transport", "Bird migration", "Air quality", "Groundwater", "Forest fires"]
_PER_LISTING = 50


# The bundled demo site's unit pages, whole (consent banner, navigation, footer: 10 to 14 KB each, as
# the CMSes they resemble write them), serve as the templates of the benchmark's pages.
_TEMPLATES = [ROOT / "unitcrawl" / "demo" / "sites" / site / path / "index.html" for site, path in [
    ("uio", "english/research"), ("uio", "forskning"), ("uio", "iemr/english/research/strategy"),
    ("uio", "iemr/forskning/strategi"), ("sintef", "en/digital/health/health-services-research"),
    ("oslomet", "en/research/research-groups/network-for-educational-research"),
    ("oslomet", "forskning/forskningsgrupper/nettverk-for-utdanningsforskning"), ("oxford-medsci", "research"),
]]


def _page(n: int) -> str:
    """Unit page ``n``: a demo page made its own by a sentence after its heading."""
    html = _TEMPLATES[n % len(_TEMPLATES)].read_text(encoding="utf-8")
    # Without the template's canonical URL and language versions, which would make all its copies one page.
    html = re.sub(r'<link rel="(?:canonical|alternate)"[^>]*>|<meta property="og:url"[^>]*>', "", html)
    own = (f"<p>Centre {n + 1} of the benchmark site studies {_TOPICS[n % len(_TOPICS)].lower()} and "
           f"{_TOPICS[(n + 5) % len(_TOPICS)].lower()}.</p>")
    return html.replace("</h1>", "</h1>" + own, 1)


def build_site(units: int) -> Site:
    """``units`` unit pages under listings of 50, and a start page linking the listings."""
    pages, listings = {}, {}
    for n in range(units):
        pages[f"/research/centres/c{n}/"] = _page(n)
    for start in range(0, units, _PER_LISTING):
        path = f"/research/centres/list-{start // _PER_LISTING}/"
        links = {f"/research/centres/c{n}/": f"Centre {n + 1}" for n in range(start, min(start + _PER_LISTING, units))}
        pages[path] = listing_page(f"Research centres {start + 1} to {start + len(links)}", links)
        listings[path] = f"Research centres {start + 1} to {start + len(links)}"
    pages["/research/centres/"] = listing_page("Research centres", listings)
    return Site(pages)


def crawl(site: Site, out: Path) -> dict[str, float]:
    """One run in a fresh process: its CPU seconds (user + system), wall seconds, and the server's counts."""
    site.reset_counts()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "unitcrawl.cli", "crawl", "--start-url", site.base + "/research/centres/",
         "--out-dir", str(out), "--set", "LOG_LEVEL=WARNING"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"crawl failed ({result.returncode}): {result.stderr[-2000:]}")
    report = json.loads((out / "127.0.0.1" / "latest" / "report.json").read_text(encoding="utf-8"))
    return {
        "cpu_s": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "wall_s": wall,
        "body_bytes": site.bytes_sent,
        "requests": sum(site.requests.values()),
        "not_modified": sum(site.not_modified.values()),
        "records": report["records_written"],
        "unchanged": (report["pages_since_previous_run"] or {}).get("unchanged", 0),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=2000)
    args = parser.parse_args(argv)
    site = build_site(args.units)
    with tempfile.TemporaryDirectory(prefix="unitcrawl-incremental-") as tmp, served(site):
        first = crawl(site, Path(tmp))
        second = crawl(site, Path(tmp))
    print(f"site: {len(site.pages)} pages ({args.units} unit pages)")
    print(f"{'':>12} {'cpu s':>8} {'wall s':>8} {'body bytes':>12} {'requests':>9} {'304s':>6} {'records':>8} {'unchanged':>9}")
    for label, run in (("first run", first), ("second run", second)):
        print(f"{label:>12} {run['cpu_s']:8.1f} {run['wall_s']:8.1f} {run['body_bytes']:12,d} {run['requests']:9,d} "
              f"{run['not_modified']:6,d} {run['records']:8,d} {run['unchanged']:9,d}")
    cpu, data = second["cpu_s"] / first["cpu_s"], second["body_bytes"] / max(first["body_bytes"], 1)
    print(f"second / first: CPU {cpu:.1%} (target at most 10%), bytes {data:.1%} (target at most 5%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
