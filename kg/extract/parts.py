"""Parts supplied for a client's product: "Le motoriste X fournit les turbines de l'hélicoptère
RX-7 de Y", "X livrera les dalles de la Vega 2, la prochaine tablette de Y", "X équipe le Nomia
3, le smartphone de Y". Who supplies, makes or fits a part of a product another company makes is
that company's supplier: the maker is the one the sentence states (a develops of `found`), the
product named in a "de" complement of the verb's object (a part of it), or the object itself
for a verb of fitting. A recipient after "à" ("... aux opérateurs") makes the maker's goods
merchandise, and the verb's subject their distributor, not a supplier of their maker. The words
are relations.yaml's (`part_supply_verbs`, `fitting_verbs`)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..components.lexicon import fold
from ..types import Certainty, Mention, MentionKind, Relation
from .arguments import Arguments
from .lexicon import RelationLexicon

__all__ = ["RULE", "part_suppliers"]

RULE = "hasClient.part-of-product[agent>maker]"
_RECIPIENTS = frozenset({"à", "a", "au", "aux"})
_OF = frozenset({"de", "du", "des", "d'"})
_DEFINITES = frozenset({"le", "la", "les", "l'"})
_REACH = 9  # words from the object's head to the product's name ("les cadres du vélo de course")

Supplied = tuple[Token, Mention, Mention]  # the verb, the supplier, the product's maker


def _makers(found: list[Relation]) -> list[tuple[Mention, Mention]]:
    """(product, maker) of each product the sentence says a company makes, not denied."""
    return [
        (r.object, r.subject)
        for r in found
        if r.predicate == "develops"
        and isinstance(r.object, Mention)
        and r.certainty is not Certainty.NEGATED
    ]


def _has_recipient(args: Arguments, verb: Token) -> bool:
    """'X fournit les écrans du Roll 65 de Y aux enseignes': goods passed on to a recipient."""
    return any(
        child.dep_ in ("obl", "obl:arg", "iobj")
        and any(c.dep_ == "case" and fold(c.text) in _RECIPIENTS for c in args.kids(child))
        for child in args.kids(verb)
    )


def _object_after(verb: Token) -> Token | None:
    """The object a broken parse lost, in word order: the noun right after the first definite
    article past the verb ("X et Z équipent tous deux le Nomia 3"), adverbs aside."""
    doc = verb.doc
    for token in doc[verb.i + 1 : min(len(doc) - 1, verb.i + 4)]:
        if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP"):
            return None
        if fold(token.text) in _DEFINITES:
            return doc[token.i + 1]
    return None


def _part_of(patient: Token, product: Mention) -> bool | None:
    """Where the product stands in the verb's object, in word order (the parser often hangs a
    product's name on the verb): True after a "de" within the object's phrase (a part: "les
    turbines de l'hélicoptère RX-7"), False the object itself ("le Nomia 3, le smartphone de
    Y"), None elsewhere (past a comma, a verb or a recipient)."""
    doc = patient.doc
    if product.start <= patient.idx < product.end:
        return False
    complement = False
    for token in doc[patient.i + 1 : min(len(doc), patient.i + 1 + _REACH)]:
        if token.idx >= product.start:
            return complement if token.idx == product.start else None
        word = fold(token.text)
        if token.is_punct or token.pos_ in ("VERB", "AUX") or word in _RECIPIENTS:
            return None
        complement = complement or word in _OF
    return None


def part_suppliers(
    sentence: Span, found: list[Relation], args: Arguments, lexicon: RelationLexicon
) -> Iterator[Supplied]:
    """(verb, supplier, maker) for each active verb of supply whose object is a part of a
    product the sentence gives a maker (or, for a verb of fitting, that product itself)."""
    makers = _makers(found)
    if not makers:
        return
    for verb in sentence:
        lemma = fold(verb.lemma_)
        fitting = lemma in lexicon.fitting_verbs
        if not (fitting or lemma in lexicon.part_supply_verbs) or verb.pos_ != "VERB":
            continue
        if args.is_passive(verb) or _has_recipient(args, verb):
            continue
        patient = args.patient(verb) or _object_after(verb)
        if patient is None:
            continue
        told = [
            maker
            for product, maker in makers
            if maker.kind is MentionKind.NAME
            and _part_of(patient, product) in ((True, False) if fitting else (True,))
        ]
        if not told:
            continue
        agent = args.agent(verb)
        suppliers = args.referents(agent) if agent is not None else []
        for supplier in suppliers:
            for maker in told:
                if (supplier.start, supplier.end) != (maker.start, maker.end):
                    yield verb, supplier, maker
