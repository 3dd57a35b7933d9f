"""Retries that give an overloaded server a rest: 429 and 503 pause the whole host, honouring Retry-After.

Scrapy's RetryMiddleware (2.19) sends a retry of a 429 or 503 at once and ignores
``Retry-After`` (scrapy/scrapy#3849, still open). An unattended crawl of a university
site must do what the server asks instead: wait, and send nothing else to that host
meanwhile, or the retry only adds to the load that made the server refuse.

:class:`BackoffRetryMiddleware` replaces RetryMiddleware at the same place (550) and keeps
everything else it does (which codes and exceptions are retried, ``RETRY_TIMES``,
``dont_retry``, the give-up log and stats; a request that runs out of retries reaches the
spider's errback as before). What it adds, for 429 and 503 only:

- the wait is the response's ``Retry-After`` (seconds or an HTTP date), at most
  ``UNITCRAWL_RETRY_AFTER_MAX``; without one, ``UNITCRAWL_RETRY_BACKOFF_BASE`` doubled per
  retry already made, at most ``UNITCRAWL_RETRY_BACKOFF_MAX``;
- the wait applies to the host's downloader slot (the unit of
  ``CONCURRENT_REQUESTS_PER_DOMAIN``), so no request of any page goes to that host until it
  is over, while other hosts' slots go on.

Nothing blocks the reactor: the slot is held with a timer and requests wait with an
asynchronous sleep.
"""

from __future__ import annotations

import logging
import math
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.asyncio import CallLaterResult, call_later, sleep

if TYPE_CHECKING:
    from typing import Self

    from scrapy.core.downloader import Downloader, Slot
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

logger = logging.getLogger(__name__)

BACKOFF_HTTP_CODES = frozenset({429, 503})  # the two codes by which a server says "not now" (RFC 9110, RFC 6585)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` value asks for: delay-seconds or an HTTP date; None when absent or unreadable.

    A date in the past means "now" (0). Servers get the format wrong often enough that an
    unreadable value falls back to the exponential backoff rather than failing the request.
    """
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if not text:
        return None
    try:
        seconds = float(text)  # RFC 9110 allows digits only; "1.5" costs nothing to accept
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # an HTTP date is always GMT
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, plus a per-host pause on 429 and 503 (see the module's docstring)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler.settings)
        self.crawler = crawler
        settings = crawler.settings
        self.retry_after_max = settings.getfloat("UNITCRAWL_RETRY_AFTER_MAX", 300.0)
        self.backoff_base = settings.getfloat("UNITCRAWL_RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("UNITCRAWL_RETRY_BACKOFF_MAX", 60.0)
        self._resume_at: dict[str, float] = {}  # downloader slot key -> time.monotonic() when the pause ends
        self._holds: dict[str, CallLaterResult] = {}
        # Not process_response: by the time it runs, the downloader has already sent the host's
        # next queued request. This signal comes before that, which is why AutoThrottle uses it too.
        crawler.signals.connect(self._response_downloaded, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def wait_seconds(self, response: Response, request: Request) -> tuple[float, str]:
        """How long the host rests after this 429/503, and why (for the log)."""
        asked = retry_after_seconds(response.headers.get("Retry-After"))
        if asked is not None:
            return min(asked, self.retry_after_max), "Retry-After"
        retries = request.meta.get("retry_times", 0)
        return min(self.backoff_base * 2**retries, self.backoff_max), f"no Retry-After: backoff, attempt {retries + 1}"

    async def process_request(self, request: Request) -> None:
        """Hold a request for a resting host until the pause is over.

        Requests already queued in the host's slot are held by the slot itself (see
        _hold_slot); this covers those that reach the downloader later, also after Scrapy
        dropped an idle slot and would make a new one that knows nothing of the pause.
        """
        key = self._downloader.get_slot_key(request)
        while (left := self._resume_at.get(key, 0.0) - time.monotonic()) > 0:
            await sleep(left)

    @property
    def _downloader(self) -> Downloader:
        assert self.crawler.engine is not None
        return self.crawler.engine.downloader

    def _response_downloaded(self, response: Response, request: Request) -> None:
        """A 429/503 pauses its host, whether or not this request is retried: the server asked for a rest."""
        if response.status not in BACKOFF_HTTP_CODES:
            return
        wait, why = self.wait_seconds(response, request)
        key = self._downloader.get_slot_key(request)
        resume_at = time.monotonic() + wait
        if resume_at <= self._resume_at.get(key, 0.0):
            return  # already resting longer (two requests in flight both got a 429)
        self._resume_at[key] = resume_at
        self._hold_slot(key, wait)
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value("unitcrawl/backoff/count")
        stats.set_value("unitcrawl/backoff/seconds", stats.get_value("unitcrawl/backoff/seconds", 0.0) + wait)
        logger.info("HTTP %d from %s: no request to %s for %.1f s (%s)", response.status, request.url, key, wait, why)

    def _hold_slot(self, key: str, wait: float) -> None:
        """Keep the host's downloader slot from sending its queued requests for ``wait`` seconds.

        The slot's ``latercall`` is how the downloader itself enforces DOWNLOAD_DELAY: while it
        is set, the slot sends nothing. Ours replaces a pending one (AutoThrottle's shorter
        delay or our own earlier, shorter hold); when it fires the slot goes on as usual.
        """
        downloader = self._downloader
        slot = downloader.slots.get(key)
        if slot is None:
            return
        if slot.latercall is not None:
            slot.latercall.cancel()
        slot.latercall = self._holds[key] = call_later(wait, self._release, downloader, key, slot)

    def _release(self, downloader: Downloader, key: str, slot: Slot) -> None:
        if self._holds.get(key) is not slot.latercall:
            return  # the slot was closed or its timer replaced meanwhile
        del self._holds[key]
        slot.latercall = None
        downloader._process_queue(slot)  # what the downloader's own delay timer does (Downloader._latercall)
