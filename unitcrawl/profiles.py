"""Site profiles: what the crawler knows about one site, kept as data.

A profile is a TOML file in ``unitcrawl/sites/`` (or any path given on the
command line). Every profile extends ``generic.toml``: its lists are added to
the generic ones, so the generic knowledge (what a news URL looks like, which
widgets are boilerplate) applies everywhere and a site file only says what is
special about its site. A broken profile raises :class:`ProfileError` naming
the file and the field, before any request is made.
"""

from __future__ import annotations

import re
import tomllib
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from cssselect import GenericTranslator, SelectorError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from normalize import SiteRules

# Read through importlib.resources: under Scrapyd the package is imported from a zipped egg,
# where Path(__file__) names no real folder.
SITES_DIR: Traversable = files("unitcrawl") / "sites"
GENERIC = "generic"

UnitType = Literal[
    "university", "faculty", "school", "division", "department", "institute", "centre",
    "research_group", "network", "programme", "core_facility", "hospital", "other",
]
PageKind = Literal["news", "people", "event", "vacancy", "search", "listing", "contact", "other"]


class ProfileError(ValueError):
    """A site profile that cannot be used; the message names the file and the field."""


def _compile(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"bad regular expression {pattern!r}: {exc}") from exc
    return pattern


Regex = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Institution(_Strict):
    name: str = Field(min_length=1)
    ror_id: str | None = Field(default=None, pattern=r"^https://ror\.org/0[a-z0-9]{6}[0-9]{2}$")
    aliases: list[str] = []
    """Other names of the institution (other languages, acronym), so it is one parent, not several."""


class UnitPattern(_Strict):
    pattern: Regex
    type: UnitType

    @field_validator("pattern")
    @classmethod
    def _regex(cls, value: str) -> str:
        return _compile(value)


class Links(_Strict):
    follow: list[Regex] = []
    skip: list[Regex] = []

    @field_validator("follow", "skip")
    @classmethod
    def _regexes(cls, value: list[str]) -> list[str]:
        return [_compile(p) for p in value]


class Extract(_Strict):
    title_suffixes: list[str] = []
    boilerplate: list[str] = []

    @field_validator("boilerplate")
    @classmethod
    def _selectors(cls, value: list[str]) -> list[str]:
        for selector in value:
            try:
                GenericTranslator().css_to_xpath(selector)
            except SelectorError as exc:
                raise ValueError(f"bad CSS selector {selector!r}: {exc}") from exc
        return value


class Profile(_Strict):
    """One site. Patterns are regular expressions matched against the URL path (and query)."""

    name: str
    description: str = ""
    start_urls: list[str] = []
    allowed_domains: list[str] = []
    sitemaps: list[str] = []
    institution: Institution | None = None
    links: Links = Links()
    units: list[UnitPattern] = []
    pages: dict[PageKind, list[Regex]] = {}
    extract: Extract = Extract()

    @field_validator("start_urls", "sitemaps")
    @classmethod
    def _absolute(cls, value: list[str]) -> list[str]:
        for url in value:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"not an absolute http(s) URL: {url!r}")
        return value

    @field_validator("pages")
    @classmethod
    def _page_regexes(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {kind: [_compile(p) for p in patterns] for kind, patterns in value.items()}

    @model_validator(mode="after")
    def _runnable(self) -> Profile:
        if self.name != GENERIC:
            for field in ("start_urls", "allowed_domains"):
                if not getattr(self, field):
                    raise ValueError(f"{field}: a site profile needs at least one")
        return self

    def with_start_url(self, url: str) -> Profile:
        """This profile started from ``url`` and confined to its host (how the generic profile runs)."""
        host = urlsplit(url).hostname
        if urlsplit(url).scheme not in ("http", "https") or not host:
            raise ProfileError(f"--start-url: not an absolute http(s) URL: {url!r}")
        return self.model_copy(update={"start_urls": [url], "allowed_domains": [host]})

    def rebased(self, base_url: str) -> Profile:
        """This profile pointed at a mirror of the site (a staging copy, the bundled demo):
        the same paths on another host."""
        base = urlsplit(base_url)
        if base.scheme not in ("http", "https") or not base.hostname:
            raise ProfileError(f"--base-url: not an absolute http(s) URL: {base_url!r}")

        def move(url: str) -> str:
            return urlsplit(url)._replace(scheme=base.scheme, netloc=base.netloc).geturl()

        return self.model_copy(
            update={
                "start_urls": [move(u) for u in self.start_urls],
                "sitemaps": [move(u) for u in self.sitemaps],
                "allowed_domains": [base.hostname],
            }
        )

    def rules(self) -> SiteRules:
        """The part of the profile that normalize/ needs, as plain picklable data."""
        return SiteRules(
            site=self.name,
            institution=(self.institution.name, self.institution.ror_id) if self.institution else None,
            institution_aliases=tuple(self.institution.aliases) if self.institution else (),
            units=tuple((p.pattern, p.type) for p in self.units),
            pages=tuple((pattern, kind) for kind, patterns in self.pages.items() for pattern in patterns),
            title_suffixes=tuple(self.extract.title_suffixes),
            boilerplate=tuple(self.extract.boilerplate),
        )


def available() -> list[str]:
    """Names of the bundled profiles."""
    return sorted(p.name.removesuffix(".toml") for p in SITES_DIR.iterdir() if p.name.endswith(".toml"))


def _read(path: Path | Traversable) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML: {exc}") from exc


def _layer(base: dict[str, Any], site: dict[str, Any]) -> dict[str, Any]:
    """Site values over generic ones: tables merge, lists add up, scalars replace."""
    merged = dict(base)
    for key, value in site.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _layer(base[key], value)
        elif isinstance(value, list) and isinstance(base.get(key), list) and key not in _REPLACED_LISTS:
            merged[key] = base[key] + [v for v in value if v not in base[key]]
        else:
            merged[key] = value
    return merged


# Lists that say where a site is, not what it looks like: a site's own replace the generic ones.
_REPLACED_LISTS = {"start_urls", "allowed_domains", "sitemaps"}


def _location(error: dict[str, Any]) -> str:
    return ".".join(str(part) for part in error["loc"]) or "(top level)"


def load_profile(site: str) -> Profile:
    """Load a bundled profile by name, or a profile file by path, layered on the generic one."""
    path: Path | Traversable = Path(site) if site.endswith(".toml") else SITES_DIR / f"{site}.toml"
    name = Path(path.name).stem
    if not path.is_file():
        known = ", ".join(available())
        raise ProfileError(f"no site profile {site!r} (bundled profiles: {known}; or give a path to a .toml file)")
    data = _read(path)
    if "name" in data:
        raise ProfileError(f"{path}: name: not allowed, the file name is the profile's name")
    if name != GENERIC:
        data = _layer(_read(SITES_DIR / f"{GENERIC}.toml"), data)
    try:
        return Profile.model_validate({**data, "name": name})
    except ValidationError as exc:
        problems = "; ".join(f"{_location(e)}: {e['msg']}" for e in exc.errors())
        raise ProfileError(f"{path}: {problems}") from None
