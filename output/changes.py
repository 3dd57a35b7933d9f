"""What changed between two runs' outputs, one line per unit page, for data teams loading increments.

A page's record is matched across runs by ``record_id`` (stable per page). Each line says one of:

- ``new``: a record the old output did not have;
- ``changed``: the same page with other values, and ``fields`` lists which (``fetched_at`` and the
  derived ``content_hash`` aside);
- ``moved``: the old page now answers with a permanent redirect (301 or 308) to the new one;
- ``gone``: the old page gave no record this time, and ``reason`` says why: ``http_404``/``http_410``
  (or another failure), ``not_a_unit_page`` (fetched, but no longer a unit's page) or ``not_linked``
  (not reached from the start pages any more).

Redirects and failures come from the new run's page index (``pages.jsonl``); without one, a page can
only be new, changed or gone (``not_linked``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_VOLATILE = frozenset({"fetched_at", "content_hash"})
PERMANENT = (301, 308)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The lines of a JSONL file; a missing file is an empty output."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The record fields whose values differ, in the record's order."""
    return [k for k in dict.fromkeys([*new, *old]) if k not in _VOLATILE and old.get(k) != new.get(k)]


def _line(change: str, record: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"change": change, "record_id": record["record_id"], "unit_id": record.get("unit_id"),
            "url": record.get("url"), "name": record.get("name"), **extra}


def changes(old: Iterable[dict[str, Any]], new: Iterable[dict[str, Any]],
            pages: Iterable[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """The changes from the ``old`` records to the ``new`` ones; ``pages`` is the new run's page index."""
    before = {r["record_id"]: r for r in old}
    after = {r["record_id"]: r for r in new}
    by_url = {r.get("url"): r for r in after.values()}
    moved_to: dict[str, dict[str, Any]] = {}
    outcome: dict[str, str] = {}
    for page in pages:
        for source, status in page.get("redirected_from", []):
            if status in PERMANENT and page["url"] in by_url:
                moved_to[source] = by_url[page["url"]]
        outcome[page["url"]] = page.get("error") or ("record" if page.get("record_id") else "not_a_unit_page")
    moved = {target["record_id"] for target in moved_to.values()}
    lines = []
    for record_id, record in after.items():
        if record_id in before:
            fields = changed_fields(before[record_id], record)
            if fields:
                lines.append(_line("changed", record, fields=fields))
        elif record_id not in moved:
            lines.append(_line("new", record))
    for record_id, record in before.items():
        if record_id in after:
            continue
        target = moved_to.get(record.get("url", ""))
        if target is not None:
            same_page = {k: target.get(k) for k in ("url", "canonical_url", "record_id")}
            lines.append(_line("moved", target, from_url=record.get("url"),
                               fields=changed_fields({**record, **same_page}, target)))
        else:
            lines.append(_line("gone", record, reason=outcome.get(record.get("url", ""), "not_linked")))
    order = {"new": 0, "changed": 1, "moved": 2, "gone": 3}
    return sorted(lines, key=lambda line: (order[line["change"]], line["url"] or ""))


def counts(lines: Iterable[dict[str, Any]]) -> dict[str, int]:
    """How many units are new, changed, moved and gone."""
    tally = {"new": 0, "changed": 0, "moved": 0, "gone": 0}
    for line in lines:
        tally[line["change"]] += 1
    return tally
