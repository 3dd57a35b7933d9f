"""A small research site served on 127.0.0.1 whose pages a test can edit, remove or redirect between
two crawls. Like most web servers it gives every page an ETag and answers a conditional request for an
unchanged page with 304, and it counts what it was asked and what it sent."""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Site:
    """Path -> HTML body; ``redirects`` path -> target path (301); a path in neither answers 404."""

    pages: dict[str, str]
    redirects: dict[str, str] = field(default_factory=dict)
    requests: Counter[str] = field(default_factory=Counter)
    not_modified: Counter[str] = field(default_factory=Counter)
    bytes_sent: int = 0
    base: str = ""

    def reset_counts(self) -> None:
        self.requests.clear()
        self.not_modified.clear()
        self.bytes_sent = 0


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the base class's name
            path = self.path.split("?")[0]
            site.requests[path] += 1
            if path == "/robots.txt":
                self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path in site.redirects:
                self.send_response(301)
                self.send_header("Location", site.base + site.redirects[path])
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path in site.pages:
                body = site.pages[path].encode("utf-8")
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    site.not_modified[path] += 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self._send(200, body, "text/html; charset=utf-8", etag)
            else:
                self._send(404, b"<html><body><h1>Not found</h1></body></html>", "text/html")

        def _send(self, status: int, body: bytes, kind: str, etag: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)
            site.bytes_sent += len(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            pass

    return Handler


@contextmanager
def served(site: Site) -> Iterator[Site]:
    """Serve the site on a free port of 127.0.0.1 until the block ends; ``site.base`` is its address."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def unit_page(name: str, lead: str, areas: list[str]) -> str:
    """A research unit's page as a university CMS writes it."""
    items = "".join(f"<li>{a}</li>" for a in areas)
    return (f'<!DOCTYPE html><html lang="en"><head><title>{name} | University of Eastbury</title></head><body>'
            f'<header><a class="logo" href="/">University of Eastbury</a></header><main><h1>{name}</h1>'
            f"<p>{lead}</p><h2>Research areas</h2><ul>{items}</ul></main>"
            "<footer><p>University of Eastbury, 1 College Road, Eastbury</p></footer></body></html>")


def listing_page(title: str, links: dict[str, str]) -> str:
    """A page that lists units: no unit's page itself."""
    items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links.items())
    return (f'<!DOCTYPE html><html lang="en"><head><title>{title} | University of Eastbury</title></head><body>'
            f"<main><h1>{title}</h1><ul>{items}</ul></main></body></html>")
