"""A redirect's new request must not carry the cache validators of the URL it came from.

With the HTTP cache, a stale page is asked for with ``If-None-Match``/``If-Modified-Since``. When that
URL now answers with a redirect, Scrapy's RedirectMiddleware copies the request's headers to the request
for the new URL, so the server may answer it with 304 for a page the cache never held: a moved page
would be lost. This downloader middleware sits between the redirect middleware (600) and the cache
(900): it takes those headers off a redirected request, and the cache sets them again when it does hold
the new URL.
"""

from __future__ import annotations

from scrapy import Request

_VALIDATORS = (b"If-None-Match", b"If-Modified-Since")


class RedirectValidatorsMiddleware:
    def process_request(self, request: Request) -> None:
        if request.meta.get("redirect_times"):
            for header in _VALIDATORS:
                request.headers.pop(header, None)
