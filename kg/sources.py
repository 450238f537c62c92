"""Where articles come from: files, folders, standard input and JSON Lines, read one at a time.

    kg build a.fr.txt b.md         # files
    kg build corpus/               # every .txt and .md below the folder (hidden ones left out)
    kg build corpus.jsonl          # one JSON object a line: {"id", "text", "date", "source", "url"}
    cat a.fr.txt | kg build -      # one article on standard input (--stdin jsonl: JSON Lines)

`documents(arguments)` yields a `Document` for each article that can be read and a `Failure`
(with the one-line reason, naming the file or the line) for each that cannot, in the order of
the arguments, folders walked in name order. Nothing is read before it is needed, so a corpus
of any size streams; `count(arguments)` says how many items will come, for progress bars.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from .config import Settings
from .errors import InputError
from .read import clean_name, read_document, read_text
from .types import Document

__all__ = ["STDIN", "Failure", "StdinFormat", "count", "documents", "is_jsonl"]

STDIN = "-"
ARTICLE_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_METADATA = ("date", "source", "url")


class StdinFormat(StrEnum):
    """What `-` holds: one article's text, or JSON Lines."""

    TEXT = "text"
    JSONL = "jsonl"


@dataclass(frozen=True)
class Failure:
    """An article that was not built: what it is called, and why (one line that names it)."""

    name: str
    reason: str
    stage: str = "read"  # read, language, extract (or the worker that died), store


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in JSONL_SUFFIXES


def _articles_below(folder: Path) -> Iterator[Path]:
    """The .txt and .md files below `folder`, in the order of their paths (`a/z.md` before
    `b.txt`), hidden files and folders left out (`.git`, `.kg`), links to folders not
    followed."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _articles_below(Path(entry.path))
        elif entry.name.lower().endswith(ARTICLE_SUFFIXES):
            yield Path(entry.path)


def count(arguments: Iterable[str], stdin: StdinFormat = StdinFormat.TEXT) -> int | None:
    """How many items `documents` will yield (None when standard input holds JSON Lines)."""
    total = 0
    for argument in arguments:
        path = Path(argument)
        if argument == STDIN:
            if stdin is StdinFormat.JSONL:
                return None
            total += 1
        elif path.is_dir():
            total += sum(1 for _ in _articles_below(path))
        elif is_jsonl(path) and path.is_file():
            with open(path, "rb") as lines:
                total += sum(1 for line in lines if line.strip())
        else:
            total += 1
    return total


def documents(
    arguments: Iterable[str],
    settings: Settings | None = None,
    *,
    stdin: StdinFormat = StdinFormat.TEXT,
    stdin_stream: BinaryIO | None = None,
) -> Iterator[Document | Failure]:
    """Each article of the arguments, read and checked (`kg.read`), or why it could not be."""
    settings = settings or Settings()
    for argument in arguments:
        path = Path(argument)
        if argument == STDIN:
            stream = stdin_stream or sys.stdin.buffer
            if stdin is StdinFormat.JSONL:
                yield from _jsonl(stream, "standard input", settings)
            else:
                yield _attempt(lambda s=stream: _stdin_text(s, settings), "standard input")
        elif path.is_dir():
            found = False
            for article in _articles_below(path):
                found = True
                yield _attempt(lambda a=article: read_document(a, settings), str(article))
            if not found:
                yield Failure(str(path), f"{path}: no .txt or .md file in this folder")
        elif is_jsonl(path) and path.is_file():
            try:
                with open(path, "rb") as stream:
                    yield from _jsonl(stream, str(path), settings)
            except OSError as error:
                yield Failure(str(path), f"{path}: cannot be read ({error.strerror})")
        else:
            yield _attempt(lambda p=path: read_document(p, settings), str(path))


def _attempt(read, name: str) -> Document | Failure:
    try:
        return read()
    except InputError as error:
        return Failure(name, str(error))


def _stdin_text(stream: BinaryIO, settings: Settings) -> Document:
    """One article on standard input: its id is `stdin-` and the start of its key, so that two
    texts piped in are two documents (a file is recognised by its path, stdin has none)."""
    data = stream.read(settings.max_chars * 4 + 1)
    document = read_text(data, "standard input", settings)
    return replace(document, id=f"stdin-{document.key[:8]}", name="stdin")


def _jsonl(stream: BinaryIO, label: str, settings: Settings) -> Iterator[Document | Failure]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        name = f"{label} line {number}"
        try:
            yield _jsonl_document(line, name, settings)
        except InputError as error:
            yield Failure(name, str(error))


def _jsonl_document(line: bytes, name: str, settings: Settings) -> Document:
    """One line of a JSON Lines corpus: `{"id": ..., "text": ...}` and optionally `date`,
    `source` (the outlet) and `url`, which are kept on the document node."""
    try:
        record = json.loads(line)
    except (UnicodeDecodeError, ValueError) as error:
        raise InputError(f"{name}: not a JSON object ({error})") from error
    if not isinstance(record, dict):
        raise InputError(f"{name}: not a JSON object")
    identifier, text = record.get("id"), record.get("text")
    if isinstance(identifier, int) and not isinstance(identifier, bool):
        identifier = str(identifier)
    if not isinstance(identifier, str) or not clean_name(identifier):
        raise InputError(f'{name}: no "id" (a non-empty string)')
    identifier = clean_name(identifier)
    name = f"{name} (id {identifier})"
    if not isinstance(text, str):
        raise InputError(f'{name}: no "text" (a string)')
    metadata = {}
    for field in _METADATA:
        value = record.get(field)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"{name}: {field!r} must be a non-empty string")
        metadata[field] = clean_name(value)
    if "url" in metadata:
        _check_url(metadata["url"], name)
    document = read_text(text.encode("utf-8"), name, settings)
    return replace(document, id=identifier, name=identifier, **metadata)


def _check_url(url: str, name: str) -> None:
    import pyoxigraph as ox

    scheme = url.partition(":")[0].lower()
    try:
        ox.NamedNode(url)
    except ValueError as error:
        raise InputError(f'{name}: "url" is not a valid IRI ({error})') from error
    if scheme not in ("http", "https"):
        raise InputError(f'{name}: "url" must be an http or https address')
