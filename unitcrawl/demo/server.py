"""Serve the bundled demo sites on 127.0.0.1, one port per site, for the demo and the end-to-end tests."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITES_ROOT = Path(__file__).parent / "sites"
HOST_PLACEHOLDER = "http://DEMO_HOST"  # sitemaps and robots.txt need absolute URLs


class _Handler(SimpleHTTPRequestHandler):
    """Static files, with the host placeholder in robots.txt and sitemaps replaced by the real address."""

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.suffix in (".xml", ".txt") and path.is_file():
            base = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
            body = path.read_text(encoding="utf-8").replace(HOST_PLACEHOLDER, base).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/xml" if path.suffix == ".xml" else "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve one folder as a web site on 127.0.0.1; yields its base URL."""
    handler = functools.partial(_Handler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def demo_sites() -> Iterator[dict[str, str]]:
    """All bundled demo sites, each on its own port: profile name -> base URL."""
    sites = sorted(p for p in SITES_ROOT.iterdir() if p.is_dir())
    with _serve_all(sites, {}) as bases:
        yield bases


@contextmanager
def _serve_all(sites: list[Path], bases: dict[str, str]) -> Iterator[dict[str, str]]:
    if not sites:
        yield bases
        return
    with serve(sites[0]) as base, _serve_all(sites[1:], {**bases, sites[0].name: base}) as all_bases:
        yield all_bases
