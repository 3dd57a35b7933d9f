"""The page index of a run (``pages.jsonl``): every page the run fetched or failed on, and what it gave.

One JSON object per page:
``{"url", "status", "sha256", "record_id"}`` for a page that gave a record,
``{"url", "status", "sha256", "skip": kind}`` for one that is no unit's page (news, people, ...),
``{"url", "status", "sha256", "dropped": reason}`` for one whose record was dropped,
``{"url", "error": "http_404"}`` for one that could not be fetched;
and ``"redirected_from": [[url, status], ...]`` when the server redirected to it.

The next run reads it to leave pages whose body did not change unextracted, and to tell the data team
which units moved or are gone.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from output.storage import part_path, publish


def body_hash(html: str) -> str:
    """The hash a page's body is compared by across runs."""
    return hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest()


def read_index(path: Path) -> dict[str, dict[str, Any]]:
    """A run's page index by URL; an absent index (a run before indexes existed) is empty."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {entry["url"]: entry for entry in map(json.loads, filter(str.strip, fh))}


def write_index(path: Path, entries: dict[str, dict[str, Any]]) -> None:
    """Write the index in URL order, atomically (a part file renamed into place)."""
    part = part_path(path)
    with part.open("w", encoding="utf-8") as fh:
        for url in sorted(entries):
            fh.write(json.dumps(entries[url], ensure_ascii=False) + "\n")
    publish(part, path)
