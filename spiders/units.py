"""The one spider: crawls any site profile, follows links inside the site, hands HTML pages on.

``scrapy crawl units -a site=uio`` runs a bundled profile; ``-a site=path/to/site.toml``
a profile file; ``-a start_url=URL`` the generic profile from one page. The spider
decides by URL what it can (a profile's unit and non-unit patterns); everything
else is decided by normalize/ from the page itself.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.http import Response, TextResponse, XmlResponse
from scrapy.linkextractors import IGNORED_EXTENSIONS, LinkExtractor
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from normalize import Page
from normalize.classify import classify_url
from normalize.urls import normalize_url, path_of
from unitcrawl.profiles import GENERIC, load_profile

_SKIP_EXTENSIONS = [*IGNORED_EXTENSIONS, "xml", "json", "ics", "vcf", "rss", "atom"]
_FAILURE_SAMPLES = 50
# Sent with ``url`` and ``reason`` for every page that could not be fetched (the run's page index keeps them).
page_failed = object()


class UnitsSpider(Spider):
    name = "units"

    def __init__(self, site: str = GENERIC, start_url: str | None = None, base_url: str | None = None, **kwargs: Any):
        profile = load_profile(site)
        if start_url:
            profile = profile.with_start_url(start_url)
        if base_url:
            profile = profile.rebased(base_url)
        if not profile.start_urls:
            raise ValueError(f"site profile {profile.name!r} has no start URLs: give -a start_url=URL")
        super().__init__(**kwargs)
        self.profile = profile
        self.rules = profile.rules()
        self.allowed_domains = list(profile.allowed_domains)
        self._follow = [re.compile(p) for p in profile.links.follow]
        self._skip = [re.compile(p) for p in profile.links.skip]
        # Hosts are checked in _wanted (by host name, as OffsiteMiddleware does: LinkExtractor's
        # allow_domains compares host and port, which a site on a non-default port never passes).
        self._links = LinkExtractor(deny_extensions=_SKIP_EXTENSIONS, unique=True)
        self._seen: set[str] = set()

    async def start(self) -> AsyncIterator[Request]:
        for url in self.profile.sitemaps:
            yield Request(url, callback=self.parse_sitemap, errback=self.failed)
        for url in self.profile.start_urls:
            yield self._request(url, force=True)

    def _wanted(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        if not any(host == d or host.endswith(f".{d}") for d in self.allowed_domains):
            return False
        path = path_of(url)
        if any(p.search(path) for p in self._skip):
            return False
        return not self._follow or any(p.search(path) for p in self._follow)

    def _request(self, url: str, force: bool = False) -> Request:
        self._seen.add(normalize_url(url))
        return Request(url, callback=self.parse, errback=self.failed, dont_filter=force)

    def _new(self, url: str) -> bool:
        """Filter seen URLs before building requests: most links on a page were seen already."""
        return normalize_url(url) not in self._seen and self._wanted(url)

    def parse(self, response: Response) -> Iterator[Page | Request]:
        stats = self.crawler.stats
        stats.inc_value("unitcrawl/pages/fetched")
        self._seen.add(normalize_url(response.url))  # the target of a redirect counts as seen too
        if not isinstance(response, TextResponse) or b"html" not in (response.headers.get("Content-Type") or b"html"):
            stats.inc_value("unitcrawl/skipped/not_html")
            return
        decision = classify_url(response.url, self.rules)
        if decision and decision[0] == "skip":
            stats.inc_value(f"unitcrawl/skipped/{decision[1]}")
        else:
            yield Page(
                url=response.url,
                html=response.text,
                status=response.status,
                fetched_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                headers={"content-language": response.headers.get("Content-Language", b"").decode("latin-1")},
            )
        for link in self._links.extract_links(response):
            if self._new(link.url):
                yield self._request(link.url)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """Sitemaps and sitemap indexes; robots.txt works as a sitemap source too."""
        if response.url.endswith("/robots.txt"):
            urls = list(sitemap_urls_from_robots(response.text, base_url=response.url))
            yield from (Request(u, callback=self.parse_sitemap, errback=self.failed) for u in urls)
            return
        body = response.body if isinstance(response, XmlResponse | TextResponse) else b""
        try:
            sitemap = Sitemap(body)
        except Exception:  # lxml raises several kinds on broken XML
            self._fail(response.url, "bad_sitemap")
            return
        for entry in sitemap:
            loc = entry.get("loc", "")
            if sitemap.type == "sitemapindex":
                yield Request(loc, callback=self.parse_sitemap, errback=self.failed)
            elif self._links.matches(loc) and self._new(loc):
                yield self._request(loc)

    def failed(self, failure: Failure) -> None:
        """A page that could not be fetched: counted and sampled for the report; the crawl goes on."""
        response = getattr(failure.value, "response", None)
        reason = f"http_{response.status}" if response is not None else type(failure.value).__name__
        self._fail(failure.request.url, reason)

    def _fail(self, url: str, reason: str) -> None:
        self.crawler.signals.send_catch_log(page_failed, url=url, reason=reason)
        stats = self.crawler.stats
        stats.inc_value(f"unitcrawl/errors/{reason}")
        samples = stats.get_value("unitcrawl/error_samples") or []
        if len(samples) < _FAILURE_SAMPLES:
            stats.set_value("unitcrawl/error_samples", [*samples, {"url": url, "error": reason}])
        self.logger.warning("Failed %s: %s", url, reason)
