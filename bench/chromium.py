"""Open kg's HTML pages in Debian's headless Chromium (Playwright) with the network cut off.

Shared by bench/view_scale.py and bench/screenshot.py. Every request that is not file:// is
aborted and recorded, and the page's errors are collected: a page that reaches for the network
or throws fails the run.
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
    """An open page and what it did."""

    page: Any
    external: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def check(self) -> None:
        if self.external:
            raise RuntimeError(f"the page tried to reach the network: {self.external[:3]}")
        if self.errors:
            raise RuntimeError(f"the page reported errors: {self.errors[:3]}")


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser (Debian's; Playwright's own browsers are never installed)."""
    if not CHROMIUM.exists():
        raise RuntimeError(f"Chromium is missing at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def visit(
    browser: Any, path: Path, *, width: int = 1400, height: int = 900, timeout: float = 600
) -> Iterator[Visit]:
    """Open `path` offline in a fresh context and wait for the page's first draw
    (`window.kgView.ready`)."""
    context = browser.new_context(
        viewport={"width": width, "height": height}, device_scale_factor=1
    )
    page = context.new_page()
    seen = Visit(page)

    def only_files(route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            seen.external.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    page.on("console", lambda message: message.type == "error" and seen.errors.append(message.text))
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    try:
        page.goto(path.resolve().as_uri(), wait_until="commit", timeout=timeout * 1000)
        # The attribute the page sets with kgView.ready (a polled JavaScript expression would be
        # evaluated as a string, which the page's CSP forbids).
        page.wait_for_selector(
            'html[data-kg-ready="true"]', state="attached", timeout=timeout * 1000
        )
        yield seen
    finally:
        context.close()
