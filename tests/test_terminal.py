"""Article text is untrusted: control, zero-width and bidi characters never reach names, never
split them, and never reach a terminal unescaped."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import unicodedata
from pathlib import Path

import pytest
from conftest import facts_of
from store_support import KG, SEED

from kg.build import Builder
from kg.config import Settings
from kg.read import clean_name, nlp_text, read_text, visible_text
from kg.store import Store
from kg.terminal import is_invisible, printable, printable_json

ESCAPES = "\x1b]0;pwned\x07\x1b[2J"  # retitle the window, then clear the screen
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def test_the_invisible_characters_are_unicodes_controls_and_formats():
    listed = {c for c in range(0x110000) if is_invisible(chr(c))}
    unicode = {c for c in range(0x110000) if unicodedata.category(chr(c)) in ("Cc", "Cf")}
    assert unicode <= listed
    # the line and paragraph separators; Egyptian format controls of Unicode 15 (Python 3.12)
    assert listed - unicode <= {0x2028, 0x2029, *range(0x13439, 0x13440)}


@pytest.mark.parametrize(
    "text, shown",
    [
        ("Meta\x1b]0;pwned\x07", "Meta\\x1b]0;pwned\\x07"),
        ("Scale\u202eIA", "Scale\\u202eIA"),
        ("Anduril\u200b Industries", "Anduril\\u200b Industries"),
        ("\u009b31m", "\\x9b31m"),
        ("ligne 1\nligne 2\tfin", "ligne 1\nligne 2\tfin"),
        ("Société Générale 🚀 日本", "Société Générale 🚀 日本"),
    ],
)
def test_printable(text, shown):
    assert printable(text) == shown
    assert "\n" not in printable(text, newlines=False)


def test_printable_json_is_json_of_the_same_strings():
    data = {"name": "Meta\u009b\u202e\x1b", "n": 1}
    text = printable_json(data)
    assert not RAW.search(text) and json.loads(text) == data


@pytest.mark.parametrize(
    "text",
    [
        "Me\u200bta Platforms Inc. investit dans Sca\u00adle AI.",
        "Le groupe\u202e Orange\x1b[2J rachète Dreamjet\u200d.",
        "« Meta\u2060 » et\x07 Microsoft\ufeff ont signé.",
        "l\u2019accord\u00a0: Jean\u200b-Pierre Martin\u200c dirige Acme.\n",
    ],
)
def test_visible_text_takes_out_invisible_characters_and_says_where_the_rest_was(text):
    visible, offsets = visible_text(text)
    assert not RAW.search(visible)
    assert offsets is not None and len(offsets) == len(visible)
    assert all(text[i] == char for i, char in zip(offsets, visible, strict=True))
    assert list(offsets) == sorted(offsets)
    assert visible_text("Rien à cacher.") == ("Rien à cacher.", None)
    assert len(nlp_text(text)) == len(text)


def test_clean_name():
    assert clean_name(" Meta\x1b\u200b Platforms\u202e  Inc. ") == "Meta Platforms Inc."


def clean_facts(resolution) -> set:
    return {(clean_name(s), p, clean_name(o), c) for s, p, o, c in facts_of(resolution)}


def sprinkled(text: str) -> str:
    """The text with zero-width spaces inside and between words, bidi marks and controls."""
    out = []
    for i, char in enumerate(text):
        out.append(char)
        if char.isalpha() and i % 7 == 0:
            out.append("\u200b")
        elif char == " " and i % 11 == 0:
            out.append("\u200e\x1b" if i % 13 == 0 else "\u202e")
    return "".join(out)


def test_invisible_characters_change_nothing_that_is_extracted(builder: Builder):
    clean = SEED.read_text(encoding="utf-8")
    dirty = sprinkled(clean)
    assert len(dirty) > len(clean) + 200
    settings = Settings(check_language=False)
    first, second = builder.resolve_texts(
        [
            read_text(clean.encode(), "clean.fr.txt", settings),
            read_text(dirty.encode(), "dirty.fr.txt", settings),
        ]
    )
    assert {clean_name(e.label) for e in second.entities} == {e.label for e in first.entities}
    assert clean_facts(second) == facts_of(first)
    assert len(second.statements) == len(first.statements)
    for statement in second.statements:  # evidence offsets point into the text as read
        evidence = statement.evidence
        assert dirty[evidence.start : evidence.end] == evidence.sentence
    # ... and cover the same sentences, not a character more or less
    visible = {RAW.sub("", s.evidence.sentence) for s in second.statements}
    assert visible == {s.evidence.sentence for s in first.statements}


# --- what reaches a terminal ----------------------------------------------------------------------


def run_in_terminal(*args: str, cwd: Path) -> str:
    """`python -m kg ARGS` with a pseudo-terminal as its standard output: what a person sees."""
    primary, secondary = pty.openpty()
    env = {**os.environ, "COLUMNS": "160", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [*KG, *args], stdout=secondary, stderr=secondary, cwd=cwd, env=env, close_fds=True
    )
    os.close(secondary)
    chunks = []
    while True:
        ready, _, _ = select.select([primary], [], [], 60)
        if not ready:
            break
        try:
            data = os.read(primary, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=60)
    os.close(primary)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory, builder: Builder) -> Path:
    """A store built from an article whose names hide escape sequences."""
    text = (
        "Le groupe Acme Industries a racheté la start-up Zyx\u202eIA pour 30 millions d'euros, "
        f"selon Acme{ESCAPES}.\n"
        "Selon Reuters, Acme Industries, dirigé par Paul Durand, investira aussi dans "
        f"Globex{ESCAPES}.\n"
        "Paul Durand a fondé Acme Industries en 1998 à Lyon, où le groupe emploie aujourd'hui "
        "plus de mille personnes dans ses usines et ses laboratoires de recherche.\n"
    )
    document = read_text(text.encode(), "hostile.fr.txt", Settings(check_language=False))
    store = tmp_path_factory.mktemp("hostile") / "store"
    with Store(store) as kg_store:
        kg_store.add(builder.resolve_texts([document]))
    return store


def raw_controls(screen: str) -> list[str]:
    """Control characters on the screen other than layout and rich's own colour codes."""
    without_colours = re.sub(r"\x1b\[[0-9;]*m", "", screen)
    return [hex(ord(c)) for c in RAW.findall(without_colours) if c not in "\r\n\t"]


@pytest.mark.parametrize(
    "command, evidence",
    [
        (["stats"], False),
        (["path", "Acme Industries", "ZyxIA"], True),
        (
            ["query", "SELECT ?e ?l WHERE { ?s kg:evidence ?e ; rdf:subject [ rdfs:label ?l ] }"],
            True,
        ),
        (["query", "SELECT ?e WHERE { ?s kg:evidence ?e }", "--format", "csv"], True),
        (["query", "SELECT ?e WHERE { ?s kg:evidence ?e }", "--format", "json"], True),
        (["export", "--format", "nt"], True),
    ],
    ids=["stats", "path", "query-table", "query-csv", "query-json", "export"],
)
def test_article_text_never_reaches_the_terminal_raw(hostile_store, command, evidence, tmp_path):
    screen = run_in_terminal(*command, "--store", str(hostile_store), cwd=tmp_path)
    assert "Traceback" not in screen and "kg: error" not in screen, screen
    assert raw_controls(screen) == [], screen
    if evidence:  # the sentences are verbatim: their escapes are shown, not interpreted
        assert "\\x1b" in screen or "\\u001B" in screen.replace("\\u001b", "\\u001B"), screen


def test_names_are_clean_in_the_store(hostile_store):
    with Store(hostile_store, read_only=True) as store:
        labels = [str(v) for v in store.query("SELECT ?l WHERE { ?e rdfs:label ?l }").column("l")]
    assert "Acme Industries" in labels
    assert not any(RAW.search(label) for label in labels), labels


def test_a_pipe_gets_the_bytes_as_they_are(hostile_store, tmp_path):
    result = subprocess.run(
        [*KG, "query", "SELECT ?e WHERE { ?s kg:evidence ?e }", "--format", "csv", "--store",
         str(hostile_store)],
        capture_output=True,
        cwd=tmp_path,
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 0 and b"\x1b]0;pwned\x07" in result.stdout


def test_an_error_about_a_hostile_file_name_is_one_visible_line(tmp_path):
    name = tmp_path / "a\x1b[2Jb\nc.fr.txt"
    name.write_bytes(b"")
    result = subprocess.run(
        [*KG, "build", str(name), "--no-store", "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("kg: error:") and "\\x1b[2J" in line and "\\x0a" in line
