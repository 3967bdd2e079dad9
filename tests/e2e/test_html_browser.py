"""The HTML export opened in a real headless Chromium: hostile content never runs or fetches."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from gui.core.export.as_html import export_html
from gui.core.export.notes import title_of
from gui.core.export.options import ExportOptions
from tests.samples import hostile_conversation

pytestmark = pytest.mark.browser

FULL = ExportOptions(include_reasoning=True, include_system_prompt=True, include_metadata=True)
CONTROL = """<!DOCTYPE html><html><head><title>control</title></head><body>
<script>document.title = 'EXEC' + 'UTED'; document.body.append('EXEC' + 'UTED-BODY');</script>
<img src="/control-image.png"></body></html>"""


class DomInventory(HTMLParser):
    """Every element and its attributes in Chromium's final DOM."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def chromium() -> str:
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("Chromium is not installed (CI installs Debian's chromium package)")


class Site:
    """A loopback web server that serves fixed pages and records every request path."""

    def __init__(self) -> None:
        self.pages: dict[str, bytes] = {}
        self.requests: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # every method is logged, every miss is a 404
                site.requests.append(self.path)
                body = site.pages.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_HEAD = do_GET

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    """A logging loopback server, stopped after the test."""
    with Site() as server:
        yield server


def dump_dom(url: str, profile: Path) -> str:
    """Open ``url`` in headless Chromium, let it run for a while, return the final DOM."""
    result = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--virtual-time-budget=3000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_control_page_proves_the_browser_runs_scripts(site: Site, tmp_path: Path) -> None:
    """Sanity check: a page that does contain a script runs it here and fetches its image."""
    site.pages["/control.html"] = CONTROL.encode()
    dom = dump_dom(f"{site.origin}/control.html", tmp_path / "profile")
    assert "<title>EXECUTED</title>" in dom and "EXECUTED-BODY" in dom
    assert "/control-image.png" in site.requests


def test_hostile_export_runs_nothing_and_fetches_nothing(site: Site, tmp_path: Path) -> None:
    """Only the page itself is requested; no script ran; no script or javascript: link exists."""
    conv = hostile_conversation(site.origin)
    page = export_html(conv, FULL)
    (tmp_path / "export.html").write_text(page, "utf-8")
    site.pages["/export.html"] = page.encode("utf-8")

    dom = dump_dom(f"{site.origin}/export.html", tmp_path / "profile")

    assert site.requests == ["/export.html"]
    assert "EXECUTED" not in dom  # neither the title nor the body was changed by a script
    found = DomInventory()
    found.feed(dom)
    tags = {tag for tag, _ in found.tags}
    assert "script" not in tags
    assert not tags & {"iframe", "img", "object", "embed", "svg", "base", "form", "input"}
    for tag, attrs in found.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for name in ("href", "src", "action", "formaction"):
            assert not attrs.get(name, "").strip().lower().startswith("javascript:"), (tag, attrs)
    title = dom.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "EXEC" in title and title.startswith("Hostile &lt;b&gt;title&lt;/b&gt;")
    assert title_of(conv).startswith("Hostile <b>title</b>")


def test_math_export_shows_svg_formulas_and_runs_nothing(site: Site, tmp_path: Path) -> None:
    """Typeset formulas arrive as inline SVG shapes; LaTeX carrying markup stays inert."""
    from gui.core.conversation import Conversation, Message, MessageStatus, Role

    conv = Conversation(title="Math")
    answer = (
        "Roots $x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}$, cost $5 and $10.\n\n"
        "$$\n\\sum_{k=1}^n k = \\frac{n(n+1)}{2}\n$$\n\n"
        f"Hostile $\\text{{<script>document.title='EXEC'+'UTED'</script>}}$ and "
        f'$<img src="{site.origin}/math.png" onerror="document.title=1">$ end.\n'
    )
    conv.messages.append(
        Message(role=Role.ASSISTANT, content=answer, status=MessageStatus.COMPLETE)
    )
    page = export_html(conv, FULL)
    site.pages["/math.html"] = page.encode("utf-8")

    dom = dump_dom(f"{site.origin}/math.html", tmp_path / "profile")

    assert site.requests == ["/math.html"]
    assert "EXECUTED" not in dom
    found = DomInventory()
    found.feed(dom)
    tags = [tag for tag, _ in found.tags]
    assert tags.count("svg") >= 2 and "path" in tags
    assert not set(tags) & {"script", "img", "iframe", "object", "embed", "image", "use"}
    for tag, attrs in found.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
    assert "cost $5 and $10." in dom
