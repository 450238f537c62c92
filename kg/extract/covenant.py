"""Work done under a deal: "le recycleur X traitera les batteries des vélos de Y en vertu d'un
contrat signé en mars", "Z a confié l'entretien de ses rames à Y dans le cadre d'un contrat de
cinq ans", "Z a loué les serveurs de Y dans le cadre d'un partenariat". The phrase (relations.yaml's
`covenant_phrases`) names the deal the clause is done under: its doer (the agent of the verb the
phrase completes) is bound by it to the company the noun's own "avec" names, or else to the other
companies the verb's complements name (its object, its "à", their "de"), a contract for
`covenant_contracts`, a partnership for `covenant_partnerships` ("un accord de partenariat"
too). A deal of capital ("un accord de cession", `covenant_not_deals`) binds no one here."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..components.lexicon import fold
from ..types import EntityType, Mention
from .arguments import POSSESSIVES, Arguments
from .behalf import verb_over
from .lexicon import RelationLexicon, phrases_in

__all__ = ["CONTRACT_RULE", "PARTNER_RULE", "covenants"]

CONTRACT_RULE = "contractWith.covenant[agent>complement]"
PARTNER_RULE = "partnersWith.covenant[agent>complement]"
# the verb's complements that name what the work is on or for: "traitera les batteries de Y",
# "vendra le biométhane au fournisseur Y" (after it: never its subject, nor a fronted phrase
# that describes the subject, nor a clause of its own)
_COMPLEMENTS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod", "nsubj:pass"})
_OWN_CLAUSES = frozenset({"acl:relcl", "parataxis", "ccomp", "advcl", "csubj", "conj"})

Covenant = tuple[Token, Mention, Mention, str]  # the verb, the doer, the other party, the rule


def _deal_rule(noun: Token, lexicon: RelationLexicon) -> str | None:
    """The rule a deal's noun gives: "contrat", "accord de licence" a contract; "partenariat",
    "accord de coopération" a partnership; "accord de cession" none."""
    lemma = fold(noun.lemma_)
    kinds = [fold(c.lemma_) for c in noun.children if c.dep_ == "nmod"]
    if any(kind in lexicon.covenant_not_deals for kind in kinds):
        return None
    if lemma in lexicon.covenant_partnerships or any(
        kind in lexicon.covenant_partnerships for kind in kinds
    ):
        return PARTNER_RULE
    if lemma in lexicon.covenant_contracts:
        return CONTRACT_RULE
    return None


def _apart(verb: Token, noun: Token) -> bool:
    """A colon or a semicolon between the verb and the deal's phrase: another clause's deal
    ("X s'apprête à ouvrir son capital : Y en prendrait 49 %, dans le cadre d'un partenariat")."""
    low, high = sorted((verb.i, noun.i))
    return any(t.text in (":", ";") for t in verb.doc[low:high])


def _named_in(roots: list[Token], args: Arguments, skip: Token) -> list[Mention]:
    """The organisations named in these phrases, their "de" complements and lists included; not
    in a clause of their own, nor in the deal's phrase, nor after a possessive's noun."""
    found: list[Mention] = []
    stack = list(roots)
    while stack:
        token = stack.pop()
        if token.i == skip.i or (token.dep_ in _OWN_CLAUSES and token.pos_ in ("VERB", "AUX")):
            continue
        if token.ent_type_:
            found.extend(m for m in args.referents(token) if m.type is EntityType.ORGANIZATION)
        stack.extend(args.kids(token))
    return found


def _own_party(noun: Token, args: Arguments) -> list[Token]:
    """The phrase the deal's noun names its party in: "un contrat signé avec Y", "son accord
    avec Y" (the "avec" of the noun or of a participle on it)."""
    out: list[Token] = []
    for child in args.kids(noun):
        if any(fold(c.text) == "avec" for c in child.children if c.dep_ == "case"):
            out.append(child)
        elif child.dep_ == "acl" and child.pos_ == "VERB":
            out.extend(_own_party(child, args))
    return out


def covenants(sentence: Span, args: Arguments, lexicon: RelationLexicon) -> Iterator[Covenant]:
    """(verb, doer, party, rule) for each phrase of `covenant_phrases` in the sentence."""
    for end, read in phrases_in(sentence, lexicon.covenant_phrases):
        after = [t for t, w in read[end : end + 2] if w not in POSSESSIVES]
        noun = after[0] if after else None
        rule = _deal_rule(noun, lexicon) if noun is not None else None
        verb = verb_over(noun) if rule is not None else None
        agent = args.agent(verb) if verb is not None else None
        if agent is None or _apart(verb, noun):
            continue
        doers = [m for m in args.referents(agent) if m.type is EntityType.ORGANIZATION]
        own = _own_party(noun, args)
        if own:
            parties = _named_in(own, args, noun)
        else:
            roots = [c for c in args.kids(verb) if c.dep_ in _COMPLEMENTS and c.i > verb.i]
            parties = _named_in(roots, args, noun)
        for doer in doers:
            for party in parties:
                if (doer.start, doer.end) != (party.start, party.end):
                    yield verb, doer, party, rule
