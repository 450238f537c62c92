"""What reaches a terminal: article text made visible, never interpreted.

An article (or a file name) can hold ESC, BEL, C1 controls, bidi overrides and zero-width
characters; printed raw they retitle the window, clear the screen or hide and reorder text.
Every string kg prints for a person goes through `printable`, which shows such characters as
escapes (`\\x1b`, `\\u202e`).

    >>> printable("Meta\\x1b]0;pwned\\x07")
    'Meta\\\\x1b]0;pwned\\\\x07'
"""

from __future__ import annotations

import codecs
import json
import re
from typing import BinaryIO

__all__ = [
    "INVISIBLE_CLASS",
    "TerminalStream",
    "is_invisible",
    "printable",
    "printable_json",
]

# Unicode's control (Cc) and format (Cf) characters, and the line and paragraph separators:
# C0, DEL, C1, soft hyphen, Arabic and Syriac marks, zero-width spaces and joiners, bidi
# embeddings, overrides and isolates, BOM, interlinear annotations, tags. Written out because
# scanning all of Unicode at import takes half a second; tests/test_terminal.py checks the list
# against `unicodedata`.
_INVISIBLE_RANGES = (
    (0x00, 0x1F), (0x7F, 0x9F), (0xAD, 0xAD), (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD),
    (0x70F, 0x70F), (0x890, 0x891), (0x8E2, 0x8E2), (0x180E, 0x180E), (0x200B, 0x200F),
    (0x2028, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)  # fmt: skip
INVISIBLE_CLASS = (
    "["
    + "".join(
        re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in _INVISIBLE_RANGES
    )
    + "]"
)
_INVISIBLE = re.compile(INVISIBLE_CLASS)
_LAYOUT = frozenset("\n\t")


def is_invisible(char: str) -> bool:
    """Control and format characters (C0, DEL, C1, zero-width, bidi marks, soft hyphen, BOM)."""
    return _INVISIBLE.match(char) is not None


def _escape(char: str) -> str:
    code = ord(char)
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )


def printable(text: str, *, newlines: bool = True) -> str:
    """`text` with every control and format character shown as an escape; newlines and tabs
    are kept when `newlines` (a table, a report) and escaped otherwise (a one-line error)."""
    if text.isprintable():
        return text
    keep = _LAYOUT if newlines else frozenset()
    return "".join(_escape(c) if c not in keep and is_invisible(c) else c for c in text)


def printable_json(data: object) -> str:
    """JSON for a person's terminal: json escapes C0 controls itself; C1, bidi and zero-width
    characters become \\u escapes too (still valid JSON, the same strings once parsed)."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if ord(c) > 0x7E and is_invisible(c) else c for c in text)


class TerminalStream:
    """A binary stream to a terminal that makes what is written visible, chunk by chunk
    (a character split between two chunks is decoded whole)."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def write(self, data: bytes) -> int:
        self.raw.write(printable(self.decoder.decode(data)).encode("utf-8"))
        return len(data)

    def flush(self) -> None:
        self.raw.write(printable(self.decoder.decode(b"", final=True)).encode("utf-8"))
        self.raw.flush()
