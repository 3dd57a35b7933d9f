"""Extraction benchmark: ``normalize.main_text`` against trafilatura alone, on pages with gold text.

Run on demand (not a test): ``.venv/bin/python benchmarks/extraction.py [--data DIR] [--limit N]``.
It reads the development sets in ``../shared/data/extraction-dev`` and scores both extractors the way
the upstream benchmarks do, so the figures compare with published ones:

- WCXB: bag-of-words precision/recall/F1 of lower-cased ``\\w+`` tokens per page, averaged over pages;
  snippets: share of ``with`` snippets found and of ``without`` snippets absent.
- AEB: multisets of 4-word shingles; precision and recall averaged over pages, F1 from the averages.

A third set is scored by strings: saved unit pages with the exact paragraphs that must be kept and
the boilerplate strings that must be gone (``benchmarks/unit-pages``, written apart from the code as a
held-out set; ``tests/fixtures/boilerplate``, which the rules were developed against; and
``benchmarks/open-pages``, development pages on which some text is still lost, moved into the fixtures
as they pass).

It also counts pages whose HTML carries a consent banner (by a consent manager's markup or by
banner wording) and how many of those still have consent wording in the extracted text, and the CPU
time per page of each extractor, measured in the same run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura
from lxml.etree import XPath
from w3lib.encoding import html_to_unicode

from normalize import main_text
from normalize.consent import CONSENT_MANAGERS
from normalize.phrases import CONSENT

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "extraction-dev"
_WORD = re.compile(r"\w+")


@dataclass
class Case:
    set: str
    id: str
    url: str
    html: str
    gold: str
    with_snippets: list[str] = field(default_factory=list)
    without_snippets: list[str] = field(default_factory=list)
    banner: bool = False


def _decode(path: Path) -> str:
    raw = gzip.decompress(path.read_bytes())
    return html_to_unicode(None, raw)[1]


def load_cases(data: Path, limit: int | None) -> Iterator[Case]:
    """The pages of both sets, with their gold text."""
    wcxb = data / "wcxb-dev"
    for n, truth_file in enumerate(sorted((wcxb / "ground-truth").glob("*.json"))):
        if limit is not None and n >= limit:
            break
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        gold = truth["ground_truth"]
        yield Case(
            "wcxb", truth_file.stem, truth["url"], _decode(wcxb / "html" / f"{truth_file.stem}.html.gz"),
            gold["main_content"], gold.get("with") or [], gold.get("without") or [],
        )
    aeb = data / "aeb"
    truths = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    for n, (page_id, truth) in enumerate(sorted(truths.items())):
        if limit is not None and n >= limit:
            break
        yield Case("aeb", page_id, truth["url"], _decode(aeb / "html" / f"{page_id}.html.gz"), truth["articleBody"])


@dataclass
class StringCase:
    """A saved page with the strings that must stay and the boilerplate strings that must go."""

    id: str
    url: str
    html: str
    kept: list[str]
    gone: list[str]


def load_string_cases(folder: Path) -> list[StringCase]:
    cases = []
    for expected_file in sorted(folder.glob("*/expected.json")):
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        html = (expected_file.parent / "page.html").read_text(encoding="utf-8")
        cases.append(StringCase(expected_file.parent.name, expected["url"], html, expected["kept"], expected["gone"]))
    return cases


def score_strings(cases: list[StringCase]) -> dict[str, tuple[float, float, float]]:
    """Per extractor: share of kept strings found, share of gone strings left, share of pages with any left."""
    scores = {}
    for name, extract in EXTRACTORS.items():
        kept = total_kept = left = total_gone = pages_left = 0
        for case in cases:
            text = " ".join(extract(case.html, case.url).split())
            lowered = text.lower()
            found = sum(" ".join(k.split()) in text for k in case.kept)
            stayed = sum(" ".join(g.split()).lower() in lowered for g in case.gone)
            kept, total_kept = kept + found, total_kept + len(case.kept)
            left, total_gone = left + stayed, total_gone + len(case.gone)
            pages_left += stayed > 0
        scores[name] = (kept / max(total_kept, 1), left / max(total_gone, 1), pages_left / max(len(cases), 1))
    return scores


def report_strings(label: str, cases: list[StringCase]) -> str:
    lines = [f"{label}: {len(cases)} pages", f"  {'extractor':<12} {'text kept':>9} {'boilerplate left':>16} {'pages with any':>14}"]
    for name, (kept, left, pages) in score_strings(cases).items():
        lines.append(f"  {name:<12} {kept:9.4f} {left:16.4f} {pages:14.3f}")
    return "\n".join(lines)


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _overlap(got: Counter[str], gold: Counter[str]) -> tuple[float, float]:
    common = sum((got & gold).values())
    precision = common / sum(got.values()) if got else (1.0 if not gold else 0.0)
    recall = common / sum(gold.values()) if gold else 1.0
    return precision, recall


def score_words(text: str, gold: str) -> tuple[float, float]:
    """WCXB: bag-of-words precision and recall."""
    return _overlap(Counter(_tokens(text)), Counter(_tokens(gold)))


def score_shingles(text: str, gold: str, n: int = 4) -> tuple[float, float]:
    """AEB: precision and recall over multisets of n-word shingles."""
    def shingles(value: str) -> Counter[tuple[str, ...]]:
        words = _tokens(value)
        return Counter(tuple(words[i : i + n]) for i in range(max(len(words) - n + 1, 1)) if words)
    return _overlap(shingles(text), shingles(gold))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


_CMP_MARKUP = XPath(
    " | ".join(
        "//*[@id='{0}' or contains(concat(' ', normalize-space(@class), ' '), ' {0} ')]".format(sel.lstrip("#."))
        for selectors in CONSENT_MANAGERS.values()
        for sel in selectors
        if re.fullmatch(r"[#.][\w-]+", sel)
    )
)


def has_banner(html: str) -> bool:
    """The page's HTML carries a consent banner: a consent manager's container, or banner wording in the body."""
    doc = trafilatura.load_html(html)
    if doc is None:
        return False
    if _CMP_MARKUP(doc):
        return True
    body = doc.find("body")
    visible = " ".join(body.xpath(".//text()[not(ancestor::script or ancestor::style)]")) if body is not None else ""
    return bool(CONSENT.search(visible))


def _trafilatura(html: str, url: str) -> str:
    return trafilatura.extract(html, url=url) or ""


def _unitcrawl(html: str, url: str) -> str:
    return main_text(html, url)


EXTRACTORS: dict[str, Callable[[str, str], str]] = {"trafilatura": _trafilatura, "unitcrawl": _unitcrawl}


def run(cases: list[Case]) -> dict[str, dict[str, list[float]]]:
    """Per extractor, per measure, the per-page values (in page order)."""
    results: dict[str, dict[str, list[float]]] = {name: {} for name in EXTRACTORS}
    for case in cases:
        for name, extract in EXTRACTORS.items():
            started = time.process_time()
            text = extract(case.html, case.url)
            elapsed = time.process_time() - started
            measures = results[name]
            scorer = score_words if case.set == "wcxb" else score_shingles
            p, r = scorer(text, case.gold)
            measures.setdefault(f"{case.set}/p", []).append(p)
            measures.setdefault(f"{case.set}/r", []).append(r)
            measures.setdefault(f"{case.set}/f1", []).append(_f1(p, r))
            measures.setdefault("cpu", []).append(elapsed)
            lowered = text.lower()
            if case.with_snippets:
                found = sum(s.lower() in lowered for s in case.with_snippets) / len(case.with_snippets)
                measures.setdefault("wcxb/with", []).append(found)
            if case.without_snippets:
                absent = sum(s.lower() not in lowered for s in case.without_snippets) / len(case.without_snippets)
                measures.setdefault("wcxb/without", []).append(absent)
            if case.banner:
                measures.setdefault("banner/left", []).append(float(bool(CONSENT.search(text))))
    return results


def report(cases: list[Case], results: dict[str, dict[str, list[float]]]) -> str:
    mean = statistics.fmean
    lines = []
    for dataset, label in (("wcxb", "WCXB-dev (word bag, F1 per page averaged)"), ("aeb", "AEB (4-gram shingles)")):
        count = sum(c.set == dataset for c in cases)
        if not count:
            continue
        lines.append(f"{label}: {count} pages")
        lines.append(f"  {'extractor':<12} {'precision':>9} {'recall':>7} {'F1':>6}")
        for name, m in results.items():
            p, r = mean(m[f"{dataset}/p"]), mean(m[f"{dataset}/r"])
            f1 = mean(m[f"{dataset}/f1"]) if dataset == "wcxb" else _f1(p, r)
            lines.append(f"  {name:<12} {p:9.3f} {r:7.3f} {f1:6.3f}")
    if any(c.with_snippets or c.without_snippets for c in cases):
        lines.append("WCXB snippets: share of 'with' found / share of 'without' absent")
        for name, m in results.items():
            lines.append(f"  {name:<12} {mean(m.get('wcxb/with', [1.0])):.3f} / {mean(m.get('wcxb/without', [1.0])):.3f}")
    banners = sum(c.banner for c in cases)
    lines.append(f"Consent banners: {banners} pages carry one in their HTML; share still with consent wording in the text")
    for name, m in results.items():
        left = m.get("banner/left", [])
        lines.append(f"  {name:<12} {mean(left) if left else 0.0:.3f} ({int(sum(left))} pages)")
    lines.append("CPU time per page (same run)")
    base = mean(results["trafilatura"]["cpu"])
    for name, m in results.items():
        lines.append(f"  {name:<12} {1000 * mean(m['cpu']):6.1f} ms  ({mean(m['cpu']) / base:.2f}x trafilatura)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the extraction-dev folder")
    parser.add_argument("--limit", type=int, default=None, help="at most N pages per set (for a quick look)")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    for label, folder in (
        ("Held-out unit pages (strings)", ROOT / "benchmarks" / "unit-pages"),
        ("Boilerplate fixtures, developed against (strings)", ROOT / "tests" / "fixtures" / "boilerplate"),
        ("Open dev pages, failures still being worked on (strings)", ROOT / "benchmarks" / "open-pages"),
    ):
        if folder.is_dir():
            print(report_strings(label, load_string_cases(folder)))
    cases = list(load_cases(args.data, args.limit))
    for case in cases:
        case.banner = has_banner(case.html)
    print(report(cases, run(cases)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
