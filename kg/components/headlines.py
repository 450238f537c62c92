"""kg_headlines_v1: tell a news headline from a section heading, once the parse is known.

Both are short lines without final punctuation. A section heading ("Introduction", "Un
contexte clé", "Les résultats du trimestre") names a part of the article: no entity in it
counts unless the name recurs in the body, and nothing is extracted from it. A headline
("Talmor rachète la startup lyonnaise Ondivia") is a sentence without its full stop: a verb
(or a participle) with a name and something it says of it. Headlines leave
`doc._.kg_headings` and are read like any other sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .phrases import PAST_PARTICIPLE_ENDINGS

__all__ = ["is_headline"]

_PREDICATE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PRON"})


def _participle_read_as_adj(token) -> bool:
    """'Claire Vasseur nommée directrice générale': a past participle of an -er verb the
    tagger calls an adjective (the lemmatizer still gives the verb)."""
    return (
        token.pos_ == "ADJ"
        and token.lemma_.endswith("er")
        and token.lower_.endswith(PAST_PARTICIPLE_ENDINGS)
    )


def is_headline(line: Span) -> bool:
    """A verb (or participle), a name, and another word of content around it."""
    words = [t for t in line if not (t.is_space or t.is_punct)]
    if len(words) < 3:
        return False
    verbs = [
        t
        for t in words
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ == "cop") or _participle_read_as_adj(t)
    ]
    names = [t for t in words if t.ent_type_]
    if not verbs or not names:
        return False
    others = [t for t in words if t.i not in {v.i for v in verbs} and t.i != names[0].i]
    return any(t.ent_type_ or t.pos_ in _PREDICATE_POS for t in others)


@Language.component("kg_headlines_v1", assigns=["doc._.kg_headings", "doc.ents"])
def headlines(doc: Doc) -> Doc:
    headings = doc._.kg_headings or ()
    if not headings:
        return doc
    sections = []
    for start, end in headings:
        line = doc.char_span(start, end, alignment_mode="expand")
        if line is None or not is_headline(line):
            sections.append((start, end))
    if sections:
        body = doc.text
        for start, end in sections:
            body = body[:start] + " " * (end - start) + body[end:]
        doc.ents = [
            ent
            for ent in doc.ents
            if not any(s <= ent.start_char and ent.end_char <= e for s, e in sections)
            or ent.text in body
        ]
    doc._.kg_headings = tuple(sections)
    return doc
