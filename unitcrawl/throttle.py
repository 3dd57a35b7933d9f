"""AutoThrottle that lets a 304 lower the delay like a 200.

Scrapy's AutoThrottle never lets a response other than 200 shorten the delay: error pages and redirects
are small and fast, and would make it speed up against a struggling site. But a 304 Not Modified is
the normal answer to most requests of an incremental run, and with the stock rule the delay stays at
AUTOTHROTTLE_START_DELAY for the whole run (a second run of an unchanged site took twenty times as long
as the first). A 304 is as much a healthy answer as a 200: its latency is the server's.
"""

from __future__ import annotations

from scrapy.core.downloader import Slot
from scrapy.extensions import throttle
from scrapy.http import Response


class AutoThrottle(throttle.AutoThrottle):
    def _adjust_delay(self, slot: Slot, latency: float, response: Response) -> None:
        super()._adjust_delay(slot, latency, response.replace(status=200) if response.status == 304 else response)
