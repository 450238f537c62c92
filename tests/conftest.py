"""Shared fixtures: the spaCy pipeline loaded once per session, French text -> facts, and
Debian's headless Chromium for the page's tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from browser_support import ARGS, CHROMIUM

from kg.build import Builder
from kg.config import Settings
from kg.read import read_text
from kg.types import Certainty, Resolution

# The fast tier (`pytest -m "not slow"`) tests the library in this process, sentence by
# sentence; what starts `kg` in a subprocess, drives Chromium, runs a notebook, reads the
# invented articles whole (test_articles: run it by name after a change to extraction), builds
# stores and corpora on disk (test_store, test_corpus: locks, batches, exports) or validates
# graphs against every SHACL shape (test_validate) is the slow tier, marked here in one place.
SLOW_MODULES = {
    "test_cli_view", "test_errors", "test_evaluate_documents", "test_interchange",
    "test_query_bounds", "test_screenshot", "test_serve", "test_terminal", "test_cli",
    "test_articles", "test_store", "test_corpus", "test_validate",
}  # fmt: skip


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        module = item.path.stem
        if (
            module in SLOW_MODULES
            or item.path.suffix == ".ipynb"
            or "browser" in getattr(item, "fixturenames", ())
        ):
            item.add_marker(pytest.mark.slow)


Fact = tuple[str, str, str, Certainty]  # (subject label, predicate, object label, certainty)


@pytest.fixture(scope="session")
def builder() -> Builder:
    """The whole pipeline (spaCy model, components, lexicons), built once for the session."""
    return Builder()


@pytest.fixture(scope="session")
def resolve_text(builder: Builder) -> Callable[[str], Resolution]:
    """French text -> its Resolution (entities and statements); the language check is off
    because test sentences are too short for language detection."""

    def resolve(text: str, name: str = "test.fr.txt") -> Resolution:
        document = read_text(text.encode("utf-8"), name, Settings(check_language=False))
        return builder.resolve_texts([document])[0]

    return resolve


def facts_of(resolution: Resolution) -> set[Fact]:
    """The relations between entities as (subject label, predicate, object label, certainty);
    attributes (objects that are amounts or dates) are left out: read them from the statements."""
    labels = {entity.key: entity.label for entity in resolution.entities}
    return {
        (labels[s.subject], s.predicate, labels[s.object], s.certainty)
        for s in resolution.statements
        if isinstance(s.object, str)
    }


@pytest.fixture(scope="session")
def extract_facts(resolve_text: Callable[[str], Resolution]) -> Callable[[str], set[Fact]]:
    """French text -> the set of its relation facts (see `facts_of`)."""

    def extract(text: str) -> set[Fact]:
        return facts_of(resolve_text(text))

    return extract


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, through Playwright (see tests/browser_support.py)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's Chromium is missing at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()
