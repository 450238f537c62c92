"""kg.read: bad input is refused with a clear error; good input keeps its offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import Settings
from kg.errors import InputError
from kg.read import document_id, find_headings, nlp_text, read_document, read_text

FRENCH = (
    "Le groupe Orange a annoncé lundi le rachat de la start-up lyonnaise Dreamjet pour trente "
    "millions d’euros, selon un communiqué publié par l’opérateur."
)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"   \n\t\n", "empty", id="whitespace-only"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="binary"),
        pytest.param("Société générale".encode("latin-1") + b" " * 40, "UTF-8", id="latin-1"),
        pytest.param(
            b"Meta Platforms is about to invest more than ten billion dollars in Scale AI, "
            b"a fast-growing artificial intelligence start-up, according to Bloomberg.",
            "does not look French",
            id="english",
        ),
    ],
)
def test_bad_input_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_text(data, "article.txt")


def test_too_large_is_refused() -> None:
    with pytest.raises(InputError, match="split the file"):
        read_text(FRENCH.encode() * 10, "big.txt", Settings(max_chars=100, check_language=False))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="not a regular file"):
        read_document(tmp_path)


def test_nlp_text_keeps_offsets() -> None:
    text = "l’accord d’intelligence artificielle\u00a0: Scale\u202fAI"
    flattened = nlp_text(text)
    assert len(flattened) == len(text)
    assert "d'intelligence" in flattened and "\u00a0" not in flattened


def test_document_keeps_text_verbatim() -> None:
    document = read_text(FRENCH.encode(), "orange-dreamjet.fr.txt")
    assert document.text == FRENCH
    assert document.id == "orange-dreamjet"
    assert len(document.sha256) == 64


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        (
            "Introduction\nLe groupe a grandi.\nConclusion\nFin de l'histoire.",
            ["Introduction", "Conclusion"],
        ),
        ("Un contexte clé\nMeta investit.", ["Un contexte clé"]),
        ("Le groupe a grandi.\nIl investit dans une start-up qui", []),  # cut mid-sentence
        ("Danone-Lactalis : le mariage est-il possible ?\nSuite.", []),
        # a quoted title closing a line ends a heading; a quoted sentence ends a sentence
        ("Kerlan, le producteur de « Brumes »\nSuite.", ["Kerlan, le producteur de « Brumes »"]),
        ("« Nous irons plus loin. »\nSuite.", []),
        ("Il a conclu : « Tout est vendu… »\nSuite.", []),
    ],
)
def test_headings(text: str, headings: list[str]) -> None:
    assert [text[s:e] for s, e in find_headings(text)] == headings


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("meta-scale-ai.fr.txt", "meta-scale-ai"),
        ("Rapport Annuel 2024.txt", "rapport-annuel-2024"),
        ("../../etc/passwd", "passwd"),
    ],
)
def test_document_id(name: str, expected: str) -> None:
    assert document_id(Path(name)) == expected


def test_read_text_takes_a_str_as_it_takes_bytes() -> None:
    from_str = read_text(FRENCH, "orange.fr.txt")
    assert from_str == read_text(FRENCH.encode("utf-8"), "orange.fr.txt")
    assert from_str.id == "orange" and from_str.text == FRENCH
    with pytest.raises(InputError, match="empty"):
        read_text("  \n", "vide.txt")
    with pytest.raises(InputError, match="unpaired surrogate"):
        read_text(FRENCH + "\udc9c", "abimé.txt")
