"""Products made with a partner: "son drone Gerfaut, développé avec la PME Aéroptik", "le K9, un
smartphone mis au point en partenariat avec Cellvolt", "Son procédé, baptisé Lixo, a été mis au
point avec le centre Hydrométal". Whoever the sentence says makes the product (a develops of
`found`) works with the company named after "avec" of a participle of making that follows the
product's name, its partner. The participles are relations.yaml's `codeveloped_participles`."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..components.lexicon import fold
from ..types import Certainty, EntityType, Mention, MentionKind, Relation
from .arguments import POSSESSIVES, Arguments
from .lexicon import RelationLexicon, words

__all__ = ["RULE", "codevelopers"]

RULE = "partnersWith.codeveloped[maker>prep]"
_GAP = 6  # words from the product's name to the participle ("Lixo, a été mis", "K9, un smartphone")
_BETWEEN = frozenset({"PUNCT", "DET", "NOUN", "ADJ", "AUX", "ADV"})
_REACH = 5  # words from "avec" to the partner's name ("avec le centre de recherche Y")
_DESCRIBING = frozenset({"DET", "ADJ", "NOUN", "ADP"})
# "mis au point en partenariat avec Y", "conçu en collaboration avec Y"
_JOINTLY = frozenset({"en", "partenariat", "collaboration", "cooperation", "conjointement"})

Codeveloped = tuple[Token, Mention, Mention]  # the participle, the maker, the partner


def _last_token(sentence: Span, mention: Mention) -> Token | None:
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="contract")
    return span[-1] if span else None


def _participle_after(name: Token, sentence: Span, lexicon: RelationLexicon) -> Token | None:
    """The participle of making that follows a product's name past a comma, an apposition or
    the auxiliaries of a passive; none past another name, a verb or a relative pronoun."""
    doc = name.doc
    for token in doc[name.i + 1 : min(sentence.end, name.i + 1 + _GAP)]:
        if token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm"):
            return token if _is_making(token, lexicon) else None
        if token.ent_type_ or token.pos_ not in _BETWEEN or token.text in (";", ":", "("):
            return None
    return None


def _is_making(participle: Token, lexicon: RelationLexicon) -> bool:
    """'conçu', 'développée', 'mis au point' (the words after the participle, in order)."""
    lemma = fold(participle.lemma_)
    for phrase in lexicon.codeveloped_participles:
        if phrase[0] != lemma:
            continue
        following = [w for t in participle.doc[participle.i + 1 : participle.i + len(phrase)]
                     for w in words(t.text)]
        if tuple(following[: len(phrase) - 1]) == phrase[1:]:
            return True
    return False


def _partners_after(participle: Token, args: Arguments, sentence: Span) -> list[Mention]:
    """The organisations named after "avec" right after the participle's own words ("mis au
    point en partenariat avec le fabricant Y"); none past a possessive ("avec ses clients")."""
    doc = participle.doc
    i = participle.i + 1
    while i < sentence.end and (
        fold(doc[i].text) in _JOINTLY or fold(doc[i].text) in ("au", "a", "point")
    ):
        i += 1
    if i >= sentence.end or fold(doc[i].text) != "avec":
        return []
    for token in doc[i + 1 : min(sentence.end, i + 1 + _REACH)]:
        if token.ent_type_:
            return [m for m in args.referents(token) if m.type is EntityType.ORGANIZATION]
        if fold(token.text) in POSSESSIVES or token.pos_ not in _DESCRIBING:
            return []
    return []


def _bound_maker(sentence: Span, maker: Mention) -> bool:
    """A maker named, or a possessive on the clause's subject ("Son procédé, baptisé Lixo, a
    été mis au point avec Y": the company the text was about); a possessive deeper in the
    clause that its subject did not bind ("... a franchi la barre grâce à sa série") is left
    to a reading that may be wrong, so it makes no partner."""
    if maker.kind is not MentionKind.POSSESSIVE:
        return True
    determiner = _last_token(sentence, maker)
    return determiner is not None and determiner.head.dep_ in ("nsubj", "nsubj:pass")


def codevelopers(
    sentence: Span, found: list[Relation], args: Arguments, lexicon: RelationLexicon
) -> Iterator[Codeveloped]:
    """(participle, maker, partner) for each product of `found` whose maker the sentence
    states (not denied) and that a participle of making with "avec" qualifies."""
    for relation in found:
        if (
            relation.predicate != "develops"
            or not isinstance(relation.object, Mention)
            or relation.certainty is Certainty.NEGATED
        ):
            continue
        name = _last_token(sentence, relation.object)
        participle = _participle_after(name, sentence, lexicon) if name is not None else None
        if participle is None:
            continue
        maker = relation.subject
        if not _bound_maker(sentence, maker):
            continue
        for partner in _partners_after(participle, args, sentence):
            if (partner.start, partner.end) != (maker.start, maker.end):
                yield participle, maker, partner
