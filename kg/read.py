"""Files -> Document: checked, decoded, kept verbatim (offsets point into it), headings found."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache
from pathlib import Path

from slugify import slugify

from .config import Settings
from .errors import InputError
from .terminal import INVISIBLE_CLASS
from .types import Document

__all__ = [
    "FINAL_PUNCTUATION",
    "check_language",
    "clean_name",
    "document_id",
    "ends_sentence",
    "find_headings",
    "nlp_text",
    "read_document",
    "read_text",
    "visible_text",
]

# Characters the French tokenizer handles badly, each replaced by one of the same length so
# that every offset computed on the NLP text is an offset in the original.
_SAME_LENGTH_REPLACEMENTS = str.maketrans(
    {
        "\u2019": "'",  # typographic apostrophe: d’intelligence -> d'intelligence
        "\u2018": "'",
        "\u02bc": "'",
        "\u00a0": " ",  # non-breaking spaces before : ; ? ! and inside « »
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
    }
)
FINAL_PUNCTUATION = tuple('.!?…:;»"”)]')
_CLOSING_QUOTES = ("»", '"', "”")


def ends_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does: with a final mark, or with a closing quote after
    one ("... vendu. »"); a quoted title closing a line ("le producteur de « Brumes »") ends
    a headline, not a sentence."""
    body = line.rstrip()
    if body.endswith(_CLOSING_QUOTES):
        return body[:-1].rstrip().endswith(('.', '!', '?', '…'))
    return body.endswith(FINAL_PUNCTUATION)
_MAX_HEADING_WORDS = 12
_MIN_LETTERS_FOR_LANGUAGE = 40
_MIN_WORDS_FOR_LANGUAGE = 8
# French and the languages a text refused as not French most often is in; spaCy ships the
# function words ("stop words") of each.
_LANGUAGES = {
    "fr": "French",
    "en": "English",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "ca": "Catalan",
    "de": "German",
    "nl": "Dutch",
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


# Control and format characters (ESC, BEL, C1, zero-width spaces and joiners, bidi marks, soft
# hyphens, BOMs) that are not layout: spaCy must not see them, or they end up inside names and
# split words ("Me\u200bta" would be two tokens).
_HIDDEN = rf"(?![\t\n\r\f\v\u2028\u2029]){INVISIBLE_CLASS}"  # layout characters stay
_HAS_INVISIBLE = re.compile(_HIDDEN)


def nlp_text(text: str) -> str:
    """The text spaCy reads: same length as the original, typographic quirks flattened."""
    return text.translate(_SAME_LENGTH_REPLACEMENTS)


def visible_text(text: str) -> tuple[str, tuple[int, ...] | None]:
    """The text without its invisible characters, and for each character left its offset in
    `text` (None when nothing was taken out): `kg.build` parses the visible text, so that
    "Me\u200bta" is read as "Meta", and maps the offsets of the evidence back."""
    if _HAS_INVISIBLE.search(text) is None:
        return text, None
    offsets = tuple(m.start() for m in re.finditer(rf"(?:(?!{_HIDDEN}).)", text, re.DOTALL))
    return "".join(text[i] for i in offsets), offsets


def clean_name(name: str) -> str:
    """A label without control, zero-width or bidi characters, spaces collapsed."""
    return " ".join(_HAS_INVISIBLE.sub("", name).split())


def document_id(path: Path) -> str:
    """A stable id from the file name: `meta-scale-ai.fr.txt` -> `meta-scale-ai`."""
    name = path.name
    for suffix in (".fr.txt", ".txt", ".md"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return slugify(name) or "document"


def find_headings(text: str) -> tuple[tuple[int, int], ...]:
    """Short lines without final punctuation ("Introduction", "Un contexte clé") are headings.

    The last line is not a heading when the text stops mid-sentence (truncated excerpts).
    """
    spans = []
    offset = 0
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        body = line.strip()
        start = offset + (len(line) - len(line.lstrip()))
        offset += len(line)
        if not body or ends_sentence(body):
            continue
        if len(body.split()) > _MAX_HEADING_WORDS:
            continue
        if index == len(lines) - 1 and not line.endswith("\n") and len(lines) > 1:
            continue  # an excerpt cut mid-sentence
        spans.append((start, start + len(body)))
    return tuple(spans)


@cache
def _function_words() -> dict[str, frozenset[str]]:
    """The function words of each language, from spaCy's lists (imported on first use: spaCy is
    slow to import, and `kg --help` never needs it)."""
    from importlib import import_module

    return {
        code: frozenset(import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS)
        for code in _LANGUAGES
    }


def _words(text: str) -> list[str]:
    """The words that start in lower case, elisions split ("l'entreprise" -> "l'",
    "entreprise"): names ("Scale AI", "Reuters") and capitalised sentence starts say nothing
    about the language of a French business article, which quotes many foreign names."""
    words = []
    for word in _WORD.findall(text[:20_000]):
        head, apostrophe, tail = word.replace("’", "'").partition("'")
        parts = [head + apostrophe, tail] if apostrophe else [head]
        words.extend(part for part in parts if part[:1].islower())
    return words


def language_shares(text: str) -> dict[str, float]:
    """For each language kg tells apart, the share of the text's lower-case words that are
    its function words ("le", "de", "dans", "selon" for French). French news has about half of
    its words in French function words; a short French sentence full of names ("Meta Platforms
    Inc. a investi deux milliards de dollars dans Scale AI, selon Reuters.") still has most."""
    words = _words(text)
    if not words:
        return dict.fromkeys(_LANGUAGES, 0.0)
    return {
        code: sum(word in lexicon for word in words) / len(words)
        for code, lexicon in _function_words().items()
    }


def check_language(text: str, name: str, settings: Settings) -> None:
    """InputError unless the text reads as French: French function words are at least
    `settings.min_french_share` of its lower-case words and no other language has more. Texts
    under 40 letters or 8 such words are let through: too short to tell, and little to
    extract."""
    if sum(ch.isalpha() for ch in text) < _MIN_LETTERS_FOR_LANGUAGE:
        return
    if len(_words(text)) < _MIN_WORDS_FOR_LANGUAGE:
        return
    shares = language_shares(text)
    french = shares.pop("fr")
    other, share = max(shares.items(), key=lambda item: (item[1], item[0]))
    if french >= settings.min_french_share and french >= share:
        return
    raise InputError(
        f"{name}: the text does not look French (French function words are {french:.0%} of "
        f"its words, {_LANGUAGES[other]} ones {share:.0%}); kg reads French articles "
        "(--lang-check off builds it anyway)"
    )


_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32, by their byte-order mark or by NUL bytes in every other position."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return encoding
    sample = data[:4096]
    if len(sample) >= 8:
        for nuls in (sample[1::2], sample[0::2]):
            if nuls.count(0) > 0.9 * len(nuls) and sample.count(0) < 0.6 * len(sample):
                return "UTF-16"
    return None


def read_text(
    data: bytes | str, name: str, settings: Settings | None = None, *, path: str | None = None
) -> Document:
    """Check and decode raw bytes (or take a str) into a Document; every problem is an
    InputError.

    `name` is what messages call the input (the path as the user gave it); `path`, the absolute
    path it was read from, is kept as the document's source (None for text given directly).
    """
    settings = settings or Settings()
    if isinstance(data, str):
        try:
            data = data.encode("utf-8")
        except UnicodeEncodeError as error:  # a lone surrogate, from a bad decoding upstream
            raise InputError(
                f"{name}: the text holds an unpaired surrogate (character {error.start}), "
                "which no file can hold; decode the source with errors='strict'"
            ) from error
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    wide = _wide_encoding(data)
    if wide is not None:
        raise InputError(
            f"{name}: this is {wide} text, not UTF-8; convert it first, "
            f"e.g. `iconv -f {wide.lower()} -t utf-8`"
        )
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: this is a binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {error.start}: "
            f"{data[error.start : error.start + 1]!r}); "
            "convert it first, e.g. `iconv -f latin1 -t utf-8`"
        ) from error
    text = unicodedata.normalize("NFC", text)
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise InputError(f"{name}: this looks like a binary file ({controls} control characters)")
    if len(text) > settings.max_chars:
        raise InputError(
            f"{name}: {len(text):,} characters is more than kg reads in one article "
            f"({settings.max_chars:,}, which takes under a minute and about 1.2 GB; time and "
            "memory grow with the length); split the file into articles"
        )
    if settings.check_language:
        check_language(text, name, settings)
    given = Path(name)
    return Document(
        id=document_id(given),
        name=clean_name(given.name) or "document",
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        headings=find_headings(text),
        path=path,
    )


def read_document(path: Path, settings: Settings | None = None) -> Document:
    """Read one article file. The path comes from the user, never from a document."""
    settings = settings or Settings()
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    size = path.stat().st_size
    if size > settings.max_chars * 4:  # UTF-8 takes at most 4 bytes a character
        raise InputError(
            f"{path}: {size:,} bytes is more than kg reads in one article "
            f"({settings.max_chars:,} characters); split the file into articles"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from error
    return read_text(data, str(path), settings, path=str(path.resolve()))
