"""Record quality: run ``unitcrawl extract`` over saved pages with expected records and score each field.

For maintainers: after a change to the record builder, this shows per field what got better or worse.

A case is a folder holding ``page.html`` and ``record.json``, the expected record written by hand from
the page. Only the fields a ``record.json`` has are scored, so a file may leave out what the page does
not decide. ``"unit_page": false`` marks a page that must give no record (news, a person, an event).
The URL is ``record.json``'s ``url``, else the one in the boilerplate fixture's ``expected.json``.

Scores:
- ``unit_page``: the share of cases where a record was written exactly when one was expected;
- one-value fields (name, acronym, unit_type, institution, language, published, modified): the share
  of expected unit pages where the value is right (compared without case, spacing, trailing
  punctuation, a leading "the" or a trailing company form such as "HF" or "AB"; a page that gave no record counts as wrong);
- list fields (parents, research_areas, aims, partners, funders, subunits, contacts): F1 over all
  items of all cases (contacts are matched by name, else by e-mail; an aim matches the same sentence
  with or without "Our aim is to");
- ``parents_order``: the share of pages whose parents, of those both lists hold (two or more), stand in the
  expected order (outermost first); not part of the overall mean.

Usage: ``.venv/bin/python benchmarks/quality.py [FOLDER ...] [--errors]`` (default: ``tests/fixtures``).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from unitcrawl.cli import main as unitcrawl  # noqa: E402

SCALARS = ("name", "acronym", "unit_type", "institution", "language", "published", "modified")
LISTS = ("parents", "research_areas", "aims", "partners", "funders", "subunits", "contacts")
ORDER = "parents_order"  # not in the overall mean, which stays comparable with earlier runs
# The targets: share right for identity fields, F1 for lists.
TARGETS = {"unit_page": 0.95, "name": 0.95, "unit_type": 0.95, "institution": 0.95, "language": 0.95,
           "parents": 0.85, "research_areas": 0.85, "aims": 0.85, "contacts": 0.85}


@dataclass
class Case:
    folder: Path
    url: str
    expected: dict[str, Any]


@dataclass
class Tally:
    """Counts for one field: right/total for one-value fields, matched/expected/found for lists."""

    right: int = 0
    total: int = 0
    matched: int = 0
    expected: int = 0
    found: int = 0
    errors: list[str] = field(default_factory=list)

    def score(self) -> float | None:
        if self.total:
            return self.right / self.total
        if not self.expected and not self.found:
            return None
        precision = self.matched / self.found if self.found else 0.0
        recall = self.matched / self.expected if self.expected else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def load_cases(folders: list[Path]) -> list[Case]:
    """Every folder under ``folders`` that has a ``page.html`` and a ``record.json``."""
    cases = []
    for root in folders:
        for expected_file in sorted(root.rglob("record.json")):
            folder = expected_file.parent
            if not (folder / "page.html").is_file():
                continue
            expected = json.loads(expected_file.read_text(encoding="utf-8"))
            url = expected.get("url")
            if url is None and (folder / "expected.json").is_file():
                url = json.loads((folder / "expected.json").read_text(encoding="utf-8")).get("url")
            if not url:
                raise SystemExit(f"{folder}: no url in record.json or expected.json")
            cases.append(Case(folder, url, expected))
    return cases


def extract(case: Case) -> dict[str, Any] | None:
    """The record ``unitcrawl extract`` writes for the case's page, or None when it writes none."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        unitcrawl(["extract", str(case.folder / "page.html"), "--url", case.url])
    line = out.getvalue().strip()
    return json.loads(line) if line else None


def norm(value: Any) -> str:
    """A value as compared: case, spacing, quotes, a leading "the" and a trailing company form do not count."""
    text = unicodedata.normalize("NFC", str(value or "")).casefold()
    text = re.sub(r"\s+", " ", text).strip().strip("\"'“”«»").rstrip(":;,.").strip()
    # "The University of Manchester" is "University of Manchester"; "Helse Bergen HF" is "Helse Bergen".
    return re.sub(r"^the | (?:hf|rhf|as|asa|ab|gmbh|ltd|plc)$", "", text)


def _scalar(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    return norm(value.get("name") if isinstance(value, dict) else value)


def _items(values: list[Any], name: str) -> list[str]:
    if name == "contacts":
        return [norm(v.get("name") or v.get("email")) for v in values if isinstance(v, dict)]
    return [norm(v.get("name") if isinstance(v, dict) else v) for v in values]


def _same_item(name: str, want: str, got: str) -> bool:
    """Equal items; an aim also matches the same sentence with or without its opening ("Our aim is to
    understand ..." and "Understand ..."), as record.md's example writes aims without it."""
    if want == got:
        return True
    short, long = sorted((want, got), key=len)
    return name == "aims" and len(short) >= len(long) / 2 and long.endswith(short)


def score(cases: list[Case], records: list[dict[str, Any] | None]) -> dict[str, Tally]:
    """Per field, what the records got right against the expected records."""
    tallies = {name: Tally() for name in ("unit_page", *SCALARS, *LISTS, ORDER)}
    for case, record in zip(cases, records, strict=True):
        expected = case.expected
        is_unit = expected.get("unit_page", True)
        page = tallies["unit_page"]
        page.total += 1
        if (record is not None) == is_unit:
            page.right += 1
        else:
            page.errors.append(f"{case.folder.name}: expected {'a record' if is_unit else 'no record'}")
        if not is_unit:
            continue
        found = record or {}
        for name in SCALARS:
            if name not in expected:
                continue
            tally = tallies[name]
            tally.total += 1
            want, got = norm(expected[name]), _scalar(found, name)
            if want == got:
                tally.right += 1
            else:
                tally.errors.append(f"{case.folder.name}: expected {want!r}, got {got!r}")
        for name in LISTS:
            if name not in expected:
                continue
            tally = tallies[name]
            want, got = set(_items(expected[name], name)), set(_items(found.get(name) or [], name))
            pairs = {(w, g) for w in want for g in got if _same_item(name, w, g)}
            matched = len({w for w, _ in pairs})
            tally.matched += matched
            tally.expected += len(want)
            tally.found += len(got)
            if matched < len(want) or len(got) > matched:
                missing = sorted(want - {w for w, _ in pairs})
                extra = sorted(got - {g for _, g in pairs})
                tally.errors.append(f"{case.folder.name}: missing {missing}, extra {extra}")
        _score_order(tallies[ORDER], case, expected, found)
    return tallies


def _score_order(tally: Tally, case: Case, expected: dict[str, Any], found: dict[str, Any]) -> None:
    """Parents are outermost first: of the parents both lists hold (two or more), the same order."""
    want, got = _items(expected.get("parents") or [], "parents"), _items(found.get("parents") or [], "parents")
    both = [g for g in got if g in want]
    if len(both) < 2:
        return
    tally.total += 1
    if both == [w for w in want if w in both]:
        tally.right += 1
    else:
        tally.errors.append(f"{case.folder.name}: expected {[w for w in want if w in both]}, got {both}")


def report(tallies: dict[str, Tally], cases: int, errors: bool = False) -> str:
    lines = [f"Record quality over {cases} pages (share right, or F1 for lists)"]
    lines.append(f"  {'field':<16} {'score':>6}  {'target':>6}  counted")
    scores = []
    for name, tally in tallies.items():
        value = tally.score()
        if value is None:
            continue
        if name != ORDER:
            scores.append(value)
        target = TARGETS.get(name)
        counted = f"{tally.total} pages" if tally.total else f"{tally.expected} expected, {tally.found} found"
        mark = "" if target is None else ("  ok" if value >= target else "  below")
        lines.append(f"  {name:<16} {value:6.3f}  {target if target else '':>6}  {counted}{mark}")
        if errors:
            lines.extend(f"      {error}" for error in tally.errors)
    if scores:
        lines.append(f"  {'overall':<16} {sum(scores) / len(scores):6.3f}  (mean of the fields)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "tests" / "fixtures"])
    parser.add_argument("--errors", action="store_true", help="list each page's wrong values under its field")
    args = parser.parse_args(argv)
    cases = load_cases(args.folders)
    if not cases:
        print("no pages with a record.json found", file=sys.stderr)
        return 2
    records = [extract(case) for case in cases]
    print(report(score(cases, records), len(cases), errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
