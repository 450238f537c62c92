"""Inputs of `kg build`: folders, JSON Lines, standard input; the language check."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kg.config import Settings
from kg.errors import InputError
from kg.read import check_language, read_text
from kg.sources import Failure, StdinFormat, count, documents

FRENCH = (
    "Le groupe Orange a annoncé lundi le rachat de la start-up lyonnaise Dreamjet pour trente "
    "millions d'euros, selon un communiqué publié par l'opérateur."
)


@pytest.mark.parametrize(
    "text",
    [
        # issue 11: langdetect read this as Catalan (p = 0.71)
        "Meta Platforms Inc. a investi deux milliards de dollars dans la startup Scale AI, "
        "selon Reuters.",
        "Microsoft investirait 2 milliards de dollars dans OpenAI, selon Bloomberg News et "
        "le Wall Street Journal.",
        "Selon The Information, Google Cloud et Amazon Web Services négocient avec Anthropic.",
        "Le PDG de Stellantis, Carlos Tavares, a quitté le groupe lundi.",
        FRENCH,
    ],
)
def test_ordinary_short_french_is_french(text: str) -> None:
    check_language(text, "a.fr.txt", Settings())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Meta Platforms is about to invest more than ten billion dollars in Scale AI, a "
            "fast-growing start-up, according to Bloomberg.",
            "English",
        ),
        (
            "El Govern ha aprovat avui el pressupost per a l'any vinent, segons fonts del "
            "departament i de la Generalitat.",
            "Catalan",
        ),
        (
            "Il governo ha approvato oggi il bilancio per il prossimo anno, secondo fonti del "
            "ministero delle finanze.",
            "Italian",
        ),
        (
            "El Gobierno ha aprobado hoy el presupuesto para el año que viene, según fuentes "
            "del ministerio de Hacienda.",
            "Spanish",
        ),
    ],
)
def test_other_languages_are_refused_with_the_file_named(text: str, language: str) -> None:
    with pytest.raises(InputError, match=rf"^news/x\.txt: .*{language} ones") as refused:
        check_language(text, "news/x.txt", Settings())
    assert "--lang-check off" in str(refused.value)


def test_too_short_to_tell_is_let_through() -> None:
    check_language("Acme rachète Globex.", "a.txt", Settings())
    check_language("Breaking news from the market today", "a.txt", Settings())


def test_lang_check_off_reads_anything() -> None:
    english = b"This article is written in English and says nothing in French at all, sadly."
    document = read_text(english, "en.txt", Settings(check_language=False))
    assert document.text.startswith("This article")


# --- folders ----------------------------------------------------------------------------------


def test_a_folder_gives_every_txt_and_md_below_it_in_name_order(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for name in ("b.txt", "a/z.md", "a/y.TXT", "c.pdf", ".hidden.txt", ".git/x.txt", "a/b/c.txt"):
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(FRENCH, encoding="utf-8")
    (corpus / "empty.txt").write_text("")
    found = list(documents([str(corpus)], Settings(check_language=False)))
    names = [
        Path(d.path).relative_to(corpus).as_posix() for d in found if not isinstance(d, Failure)
    ]
    assert names == ["a/b/c.txt", "a/y.TXT", "a/z.md", "b.txt"]
    (failure,) = [d for d in found if isinstance(d, Failure)]
    assert failure.reason == f"{corpus / 'empty.txt'}: the file is empty"
    assert count([str(corpus)]) == 5


def test_an_empty_folder_and_a_missing_file_are_failures(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    empty, missing = documents([str(tmp_path / "nothing"), str(tmp_path / "absent.txt")])
    assert isinstance(empty, Failure) and "no .txt or .md file" in empty.reason
    assert isinstance(missing, Failure) and missing.reason.endswith("absent.txt: no such file")


# --- JSON Lines -----------------------------------------------------------------------------------


def test_json_lines_keep_their_metadata_and_report_bad_lines(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    lines = [
        {
            "id": "lemonde-42",
            "text": FRENCH,
            "date": "2024-03-05",
            "source": "Le Monde",
            "url": "https://www.lemonde.fr/a/42",
        },
        "not json",
        {"id": "", "text": FRENCH},
        {"id": "x", "text": FRENCH, "url": "javascript:alert(1)"},
        {"id": 7, "text": "Acme a racheté Globex."},
        {"id": "y", "text": ""},
    ]
    corpus.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n\n",
        encoding="utf-8",
    )
    first, bad_json, no_id, bad_url, number, empty = documents([str(corpus)])
    assert (first.id, first.name, first.path) == ("lemonde-42", "lemonde-42", None)
    assert (first.date, first.source, first.url) == (
        "2024-03-05",
        "Le Monde",
        "https://www.lemonde.fr/a/42",
    )
    assert bad_json.reason.startswith(f"{corpus} line 2: not a JSON object")
    assert no_id.reason == f'{corpus} line 3: no "id" (a non-empty string)'
    assert "line 4 (id x)" in bad_url.reason and "http" in bad_url.reason
    assert number.id == "7"
    assert empty.reason == f"{corpus} line 6 (id y): the file is empty"
    assert count([str(corpus)]) == 6


def test_standard_input_is_one_article_or_json_lines() -> None:
    (text,) = documents(["-"], stdin_stream=io.BytesIO(FRENCH.encode()))
    assert text.id == f"stdin-{text.key[:8]}" and text.path is None
    lines = io.BytesIO(b'{"id": "a", "text": "Acme a rachet\\u00e9 Globex."}\n')
    (line,) = documents(["-"], stdin=StdinFormat.JSONL, stdin_stream=lines)
    assert line.id == "a"
    assert count(["-"], StdinFormat.JSONL) is None
