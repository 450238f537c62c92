"""Sentence boundaries and headings, set before the NER and the parser (which respect them).

A line break always ends a sentence, so a heading ("Introduction") is never glued to the
sentence after it; inside a line, a sentence ends at . ! ? … followed by a word that does
not start in lower case. Abbreviations ("Inc.", "M.") are single tokens (pipelines/tokenizer.yaml)
and so never end a sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..read import find_headings

_SENTENCE_END = frozenset({".", "!", "?", "…", "..."})
_CLOSERS = frozenset({"»", '"', "”", ")", "]"})

if not Doc.has_extension("kg_headings"):
    Doc.set_extension("kg_headings", default=())


def _starts_sentence(doc: Doc, i: int) -> bool:
    j = i - 1
    line_break = False
    while j > 0 and doc[j].is_space:
        line_break = line_break or "\n" in doc[j].text
        j -= 1
    line_break = line_break or "\n" in doc[j].whitespace_
    while j > 0 and doc[j].text in _CLOSERS:
        j -= 1
    ends_sentence = doc[j].text in _SENTENCE_END
    first = doc[i].text[0]
    if line_break:  # a hard-wrapped line continues in lower case after no final punctuation
        return ends_sentence or not first.islower()
    return ends_sentence and not first.islower() and first not in ",;:)"


@Language.component(
    "kg_segments_v1", assigns=["token.is_sent_start", "doc._.kg_headings"]
)
def segment(doc: Doc) -> Doc:
    """Mark sentence starts and heading spans (character offsets) on the Doc."""
    headings = find_headings(doc.text)
    doc._.kg_headings = headings
    heading_edges = {start for start, _ in headings} | {end for _, end in headings}
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
        elif token.is_space:
            token.is_sent_start = False
        else:
            token.is_sent_start = _starts_sentence(doc, i) or token.idx in heading_edges
    return doc
