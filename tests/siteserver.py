"""Serve a built site on 127.0.0.1 the way a static host such as GitHub Pages does: gzip for text files."""

from __future__ import annotations

import gzip
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map")


class GzipHandler(SimpleHTTPRequestHandler):
    site_url = ""  # the production address written into sitemap.xml
    served_url = ""  # where this server really is

    def log_message(self, *args):  # keep test output clean
        pass

    def body_of(self, path: Path) -> bytes:
        data = path.read_bytes()
        if path.name == "sitemap.xml" and self.site_url:
            # Material's instant navigation only follows links listed in the sitemap, matched by
            # scheme, host and path: serve the sitemap as if the site lived where it is being served.
            data = data.replace(self.site_url.encode(), self.served_url.encode())
        return data

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                return super().send_head()  # the base class redirects /dir to /dir/
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(self.body_of(path), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)


class _Body:
    """A file-like object for SimpleHTTPRequestHandler.copyfile."""

    def __init__(self, data: bytes):
        self.data = data

    def read(self, size=-1):
        data, self.data = (self.data, b"") if size < 0 else (self.data[:size], self.data[size:])
        return data

    def close(self):
        pass


class SiteServer:
    def __init__(self, site_dir: Path, site_url: str = ""):
        handler_class = type("Handler", (GzipHandler,), {})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler_class, directory=str(site_dir)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        handler_class.site_url, handler_class.served_url = site_url, self.url
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
