"""Sentence boundaries and headings, set before the NER and the parser (which respect them).

A line break always ends a sentence, so a heading ("Introduction") is never glued to the
sentence after it; inside a line, a sentence ends at . ! ? … followed by a word that does
not start in lower case. Abbreviations ("Inc.", "M.") are single tokens (pipelines/tokenizer.yaml)
and so never end a sentence.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..read import find_headings

_SENTENCE_END = frozenset({".", "!", "?", "…", "..."})
_CLOSERS = frozenset({"»", '"', "”", ")", "]"})
_NOT_START = numpy.uint64(2**64 - 1)  # -1 in spaCy's SENT_START encoding
_SENTENCE_OPENERS = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "ce",
        "cet",
        "cette",
        "ces",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "nous",
        "selon",
        "en",
        "au",
        "aux",
        "dans",
        "pour",
        "depuis",
        "cependant",
        "mais",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "cela",
        "ceci",
    }
)

if not Doc.has_extension("kg_headings"):
    Doc.set_extension("kg_headings", default=())


# "LYON (Agence) - ", "Paris - ", "TOULOUSE, 12 mars (AFP) – ": a dateline opens a line and is
# a segment of its own, so that the city is never read as the subject of the first sentence
_DATELINE = re.compile(
    r"^[ \t]*(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’.-]*){0,3}|[A-ZÀ-Ý][\w'’.-]*)"
    r"(?:,[ \t]*[\w ]{1,20})?(?:[ \t]*\([^)\n]{1,40}\))?[ \t]+[-–—][ \t]+(?=\S)",
    re.MULTILINE,
)


def dateline_ends(text: str) -> set[int]:
    """Offsets where the text after a dateline begins."""
    return {m.end() for m in _DATELINE.finditer(text)}


@Language.component("kg_segments_v1", assigns=["token.is_sent_start", "doc._.kg_headings"])
def segment(doc: Doc) -> Doc:
    """Mark sentence starts and heading spans (character offsets) on the Doc, in one pass."""
    headings = find_headings(doc.text)
    doc._.kg_headings = headings
    heading_edges = {start for start, _ in headings} | {end for _, end in headings}
    heading_edges |= dateline_ends(doc.text)
    starts = numpy.full(len(doc), _NOT_START, dtype="uint64")  # Token.is_sent_start is slow to set
    ends_sentence = False  # the last word seen ends a sentence (closers skipped)
    initial = False  # the last word is a capital and a period: "B."
    line_break = False  # a line break since that word
    for i, token in enumerate(doc):
        text = token.text
        if i == 0:
            starts[i] = 1
        elif token.is_space:
            line_break = line_break or "\n" in text
            continue
        else:
            first = text[0]
            if line_break:  # a hard-wrapped line continues in lower case after no final punctuation
                start = ends_sentence or not first.islower()
            else:
                start = ends_sentence and not first.islower() and first not in ",;:)"
                # "en série B. Le tour de table": a one-letter abbreviation, then a word that
                # opens French sentences (an initial is followed by a name instead)
                start = start or (initial and text.lower() in _SENTENCE_OPENERS)
            if start or token.idx in heading_edges:
                starts[i] = 1
        if text not in _CLOSERS:
            ends_sentence = text in _SENTENCE_END
            initial = len(text) == 2 and text[0].isupper() and text[1] == "."
        line_break = "\n" in token.whitespace_
    if len(doc):
        doc.from_array([SENT_START], starts.reshape(-1, 1))
    return doc
