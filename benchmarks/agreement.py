"""How far two annotators agree, and the tool with each: the ceiling a field's target can be held to.

A second key holds name, unit_type, institution and parents written a second time, one
``<folder>.json`` per unit page, by a helper who saw neither the code nor the first answer key.
Scored exactly as ``quality.py`` scores the tool, this prints the second key against the first, the
tool against the first and the tool against the second.

Where the second annotator also listed ``institution_forms`` (every other name the page uses for the
organisation they chose), one more row counts the tool's institution right when it names the same
organisation as either key: their institution or one of those forms ("KS" and "Kommunesektorens
organisasjon"). Which organisation, not which of its names, is what a data team joins on.

Usage: ``.venv/bin/python benchmarks/agreement.py [--key2 DIR] [--records DIR] [--errors]``
(defaults: ``benchmarks/second-key`` and ``tests/fixtures/records``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import quality  # noqa: E402

FIELDS = ("name", "unit_type", "institution", "parents")
SAME_ORGANISATION = "tool against either key, institution by organisation"


def same_organisation(cases: list[quality.Case], second: list[dict[str, Any]], tool: list[dict[str, Any] | None]
                      ) -> quality.Tally:
    """The tool's institution is right when it is either key's institution or a form the second key lists."""
    tally = quality.Tally()
    for case, key2, record in zip(cases, second, tool, strict=True):
        if "institution" not in case.expected or "institution_forms" not in key2:
            continue
        accepted = {quality.norm(n) for n in [case.expected["institution"], key2.get("institution"),
                                                *key2["institution_forms"]]}
        got = quality.norm(((record or {}).get("institution") or {}).get("name"))
        tally.total += 1
        if got in accepted:
            tally.right += 1
        else:
            tally.errors.append(f"{case.folder.name}: accepted {sorted(accepted)}, got {got!r}")
    return tally


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--key2", type=Path, default=ROOT / "benchmarks" / "second-key")
    parser.add_argument("--records", type=Path, default=ROOT / "tests" / "fixtures" / "records")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    seconds = sorted(args.key2.glob("*.json"))
    cases = quality.load_cases([args.records / f.stem for f in seconds])
    second = [json.loads(f.read_text(encoding="utf-8")) for f in seconds]
    first = [quality.Case(c.folder, c.url, {k: c.expected[k] for k in ("unit_page", *FIELDS) if k in c.expected})
             for c in cases]
    as_expected = [quality.Case(c.folder, c.url, {"unit_page": True, **s}) for c, s in zip(cases, second, strict=True)]
    tool = [quality.extract(c) for c in cases]
    rows = {
        "second key against the first": quality.score(first, second),
        "tool against the first key": quality.score(first, tool),
        "tool against the second key": quality.score(as_expected, tool),
    }
    print(f"Agreement over {len(cases)} unit pages (share equal, F1 for parents)")
    print(f"  {'':30}" + "".join(f"{f:>13}" for f in FIELDS))
    for label, tallies in rows.items():
        print(f"  {label:30}" + "".join(f"{tallies[f].score():13.3f}" for f in FIELDS))
    either = same_organisation(cases, second, tool)
    if either.total:
        print(f"  {SAME_ORGANISATION}: {either.score():.3f} over {either.total} pages")
    if args.errors:
        for field in FIELDS:
            print(f"  {field}: where the two keys differ")
            for error in rows["second key against the first"][field].errors:
                print(f"      {error}")
        print(f"  {SAME_ORGANISATION}: where the tool names another organisation")
        for error in either.errors:
            print(f"      {error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
