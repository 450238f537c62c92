"""Open kg's HTML pages in Debian's headless Chromium with the network cut off (for the tests).

The `browser` fixture (tests/conftest.py) launches /usr/bin/chromium through Playwright, never a
downloaded browser. `visit` records every request (anything but file:// is aborted), console
errors, page errors and dialogs, so that a test can assert the page stayed offline and quiet.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@dataclass
class Visit:
    """An open page and what it did: requests, errors, dialogs."""

    page: Any
    requests: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def hook(self, expression: str, argument: Any = None) -> Any:
        """Evaluate `window.kgView.<expression>` (the page's test hook), `arg` bound."""
        return self.page.evaluate(f"(arg) => window.kgView.{expression}", argument)

    def assert_clean(self) -> None:
        assert self.external == [] and self.failed == []
        assert all(url.startswith("file://") for url in self.requests), self.requests
        assert self.errors == []
        assert self.dialogs == []


@contextmanager
def visit(browser: Any, path: Path, *, width: int = 1400, height: int = 900) -> Iterator[Visit]:
    """`path` opened in a fresh browser context, once the page has drawn (kgView.ready)."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    seen = Visit(page)

    def only_files(route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            seen.external.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    page.on("request", lambda request: seen.requests.append(request.url))
    page.on("requestfailed", lambda request: seen.failed.append(request.url))
    page.on("console", lambda message: message.type == "error" and seen.errors.append(message.text))
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    page.on("dialog", lambda dialog: (seen.dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(path.as_uri())
        page.wait_for_function("window.kgView && window.kgView.ready", timeout=60_000)
        yield seen
    finally:
        context.close()
