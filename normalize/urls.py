"""URL normalisation and the record's stable ids."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|igshid|mkt_tok|_ga|_gl"
    r"|pk_\w+|piwik_\w+|matomo_\w+|ref_src|spm)$",
    re.I,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_url(url: str) -> str:
    """Scheme and host lower-case, default port, fragment and tracking parameters removed."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def _site(host: str) -> str:
    return host.lower().removeprefix("www.")


def canonical_url(url: str, declared: str | None) -> str:
    """``<link rel=canonical>`` when it is on the same site as ``url``, else ``url`` normalised."""
    if declared:
        target = urlsplit(declared)
        if target.scheme in ("http", "https") and _site(target.hostname or "") == _site(urlsplit(url).hostname or ""):
            return normalize_url(declared)
    return normalize_url(url)


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]


def record_id(canonical: str) -> str:
    """Stable id of one page: the same on every run."""
    return _digest(canonical)


def unit_id(canonical: str, alternates: Iterable[str]) -> str:
    """Stable id of a unit: language versions that name each other share the lowest of their URLs."""
    return _digest(min([canonical, *alternates]))


def content_hash(text: str) -> str:
    """sha256 of the record's text: equal hashes mean the content did not change."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def path_of(url: str) -> str:
    """The part of a URL that profile patterns match: path, plus '?query' when there is one."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
