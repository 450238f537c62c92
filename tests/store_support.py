"""Shared by test_store, test_queries and test_serve: the seed article's resolution (spaCy loaded
once per test process), a second article that shares entities with it, and small helpers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from kg.types import (
    Amount,
    Certainty,
    Document,
    Entity,
    EntityType,
    Evidence,
    Resolution,
    Statement,
)

if TYPE_CHECKING:
    from kg.build import Builder

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "meta-scale-ai.fr.txt"
QUERIES = ROOT / "queries"
KG = [sys.executable, "-m", "kg"]

# A second article: "Meta" alone (the seed says "Meta Platforms Inc."), Microsoft, Scale AI,
# Alexandr Wang and Mark Zuckerberg again, and a partnership between Meta and Microsoft, which
# the seed presents as competitors.
SECOND_TEXT = (
    "Meta et Microsoft ont annoncé mardi un partenariat dans l’intelligence artificielle "
    "générative.\n"
    "Selon Reuters, Microsoft investirait 2 milliards de dollars dans ce projet commun.\n"
    "Scale AI, la start-up fondée par Alexandr Wang, fournira les données d’entraînement.\n"
    "Mark Zuckerberg, le PDG de Meta, a salué un accord « historique ».\n"
)


_RESOLUTIONS: dict[str, tuple[Resolution, Resolution]] = {}


def resolutions(builder: Builder | None = None) -> tuple[Resolution, Resolution]:
    """The seed article and the second one through the real pipeline, resolved once per test
    process (pass conftest's session `builder`, so that spaCy loads once)."""
    if "both" not in _RESOLUTIONS:
        from kg.build import Builder
        from kg.read import read_document, read_text

        seed = read_document(SEED)
        second = read_text(SECOND_TEXT.encode("utf-8"), "meta-microsoft.fr.txt")
        first, other = (builder or Builder()).resolve_texts([seed, second])
        _RESOLUTIONS["both"] = (first, other)
    return _RESOLUTIONS["both"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_kg(*args: str | Path, cwd: Path | None = None, timeout: float = 120):
    """`python -m kg ARGS` in a subprocess (no terminal: rich prints plain text)."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run(
        [*KG, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=timeout, env=env
    )


def hold_store(path: Path, *, read_only: bool = False) -> subprocess.Popen[str]:
    """Another process that opens the store and keeps it open until killed."""
    code = textwrap.dedent(f"""
        import sys, time
        from kg.store import Store
        store = Store({str(path)!r}, read_only={read_only!r})
        print("open", flush=True)
        time.sleep(600)
    """)
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "open"
    return process


# --- hand-made documents, for linking rules that must not depend on extraction ----------------


def document(doc_id: str, text: str = "Texte.") -> Document:
    return Document(id=doc_id, name=f"{doc_id}.fr.txt", text=text, sha256=doc_id * 2)


def entity(
    key: str,
    label: str,
    kind: EntityType = EntityType.ORGANIZATION,
    fine: str | None = None,
    aliases: tuple[str, ...] = (),
) -> Entity:
    return Entity(key=key, label=label, type=kind, fine_type=fine, aliases=aliases)


def statement(
    doc_id: str,
    predicate: str,
    subject: str,
    obj: str,
    sentence: str,
    certainty: Certainty = Certainty.ASSERTED,
    start: int = 0,
    amount: Amount | None = None,
    source: str | None = None,
) -> Statement:
    return Statement(
        predicate=predicate,
        subject=subject,
        object=obj,
        evidence=Evidence(doc_id, sentence, start, start + len(sentence)),
        rule="test",
        certainty=certainty,
        amount=amount,
        source=source,
    )


def resolution(doc_id: str, entities: list[Entity], statements: list[Statement] = ()) -> Resolution:  # type: ignore[assignment]
    return Resolution(document(doc_id), tuple(entities), tuple(statements))
