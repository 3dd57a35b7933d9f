"""How far two annotators agree, and the tool with each: the ceiling a field's target can be held to.

``benchmarks/second-key/<folder>.json`` holds name, unit_type, institution and parents written a second
time, by a helper who saw neither the code nor the first answer key, for unit pages of
``tests/fixtures/records``. Scored exactly as ``quality.py`` scores the tool, this prints the second key
against the first, the tool against the first and the tool against the second.

Usage: ``.venv/bin/python benchmarks/agreement.py [--errors]``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import quality  # noqa: E402

FIELDS = ("name", "unit_type", "institution", "parents")


def main(argv: list[str]) -> int:
    seconds = sorted((ROOT / "benchmarks" / "second-key").glob("*.json"))
    cases = quality.load_cases([ROOT / "tests" / "fixtures" / "records" / f.stem for f in seconds])
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
    if "--errors" in argv:
        for field in FIELDS:
            print(f"  {field}: where the two keys differ")
            for error in rows["second key against the first"][field].errors:
                print(f"      {error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
