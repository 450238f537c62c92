"""What a text says is for sale, so that its candidates ("X serait sur les rangs", "X étudierait
le dossier") bid for it: the company, or the stake in it, named with a word of sale ("la mise
en vente de Y", "céder les 20 % qu'il détient dans Y"), the company that seeks a buyer ("Y
cherche un repreneur", "X, propriétaire de Y, cherche un acheteur"), or the target of a bid
the text reports ("X serait sur les rangs pour reprendre Y")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..components.lexicon import fold
from ..components.phrases import sentence_of
from ..types import Certainty, EntityType, Mention, Relation
from .arguments import Arguments
from .frames import SCORER_RULE, Memory
from .lexicon import RelationLexicon

__all__ = ["remember_sale"]

_SCANNED = 10  # words after a word of sale where its object's name may be
_STOPS = frozenset({",", ".", ";", ":", "(", "a", "au", "aux", "chez", "par", "avec", "sur"})
_BIDS = frozenset({"acquired", "investsIn"})

Sale = tuple[list[Mention], bool]  # the companies, and whether a stake in them is what is sold


def _companies(mentions: list[Mention]) -> list[Mention]:
    """A company is for sale, never a person or a place ("se séparer de son directeur")."""
    return [m for m in mentions if m.type in (EntityType.ORGANIZATION, None)]


def _named_after(
    cue: Token, args: Arguments, lexicon: RelationLexicon, *, aim: bool
) -> Sale | None:
    """The company named after a word of sale in its phrase ("la vente de sa filiale Y", "céder
    les 20 % qu'il détient dans Y"; with `aim`, "un repreneur pour sa filiale Y"), never past a
    recipient ("céder à Z"), another verb or a comma. A stake word on the way makes it a stake."""
    stake = False
    end = min(sentence_of(cue).end, cue.i + 1 + _SCANNED)
    for token in cue.doc[cue.i + 1 : end]:
        word = fold(token.text)
        if token.ent_type_:
            companies = _companies(args.referents(token))
            return (companies, stake) if companies else None
        if word == "au" and token.i + 1 < end and token.nbor(1).lower_ == "capital":
            continue  # "sa participation au capital de Y"
        if (word in _STOPS and not (aim and word == "pour")) or (
            token.pos_ in ("VERB", "AUX") and fold(token.lemma_) not in lexicon.sale_holding_verbs
        ):
            return None
        stake = stake or word in lexicon.sale_stake_words
    return None


def _offered(cue: Token) -> Token | None:
    """The verb whose subject is for sale: "Y est à vendre", "Y a été mise en vente", "Y, mise
    en vente par X" (never the seller of an active "X a mis en vente sa filiale")."""
    before = cue.nbor(-1) if cue.i > sentence_of(cue).start else None
    if before is None or fold(before.text) not in ("a", "en"):
        return None
    verb = cue.head if cue.head.i != cue.i else cue
    passive = any(c.dep_ in ("nsubj:pass", "aux:pass") for c in verb.children)
    if passive or fold(verb.lemma_) in ("etre", "rester") or verb.dep_ == "acl":
        return verb
    return None


def _property_of(owners: list[Mention], found: list[Relation]) -> list[Mention]:
    """What the sentence says the owners own ("X, propriétaire de Y, cherche un acheteur")."""
    spans = {(m.start, m.end) for m in owners}
    owned: list[Mention] = []
    for relation in found:
        if not isinstance(relation.object, Mention) or relation.certainty is not Certainty.ASSERTED:
            continue
        if (
            relation.predicate == "investsIn"
            and (relation.subject.start, relation.subject.end) in spans
        ):
            owned.append(relation.object)
        elif (
            relation.predicate == "subsidiaryOf"
            and (relation.object.start, relation.object.end) in spans
        ):
            owned.append(relation.subject)
    return owned


def _seller_side(verb: Token, args: Arguments, found: list[Relation]) -> list[Mention]:
    """The subject of a verb that offers or seeks a buyer, or what it owns when the sentence
    says it owns something (an owner seeks a buyer for its property); an infinitive's is its
    main verb's ("X, propriétaire de Y, a mandaté la banque Z pour lui trouver un repreneur":
    never the bank the parse makes its subject)."""
    if "Inf" in verb.morph.get("VerbForm") and verb.head.i != verb.i:
        verb = verb.head
    subject = args.subject_of(verb)
    mentions = _companies(args.referents(subject)) if subject is not None else []
    if not mentions:  # "La chaîne de magasins Pelvia est à vendre": the name before the verb
        # that a broken parse left out of its subject
        start = sentence_of(verb).start
        named = [t for t in verb.doc[start : verb.i] if t.ent_type_]
        mentions = _companies(args.referents(named[-1])) if named else []
    return _property_of(mentions, found) or mentions


def _sale_at(
    token: Token, args: Arguments, lexicon: RelationLexicon, found: list[Relation]
) -> Sale | None:
    """The sale a word of the sentence states, if it is one."""
    lemma = fold(token.lemma_)
    if lemma in lexicon.sale_words and token.pos_ in ("NOUN", "VERB"):
        if "Plur" in token.morph.get("Number") and token.pos_ == "NOUN":
            return None  # "les ventes de Renault": what a company sells, not its sale
        named = _named_after(token, args, lexicon, aim=False)
        if named:
            return named
        verb = _offered(token)
        return (_seller_side(verb, args, found), False) if verb is not None else None
    if lemma in lexicon.capital_opening_verbs and token.pos_ == "VERB":
        opened = any(c.dep_ == "obj" and fold(c.lemma_) == "capital" for c in token.children)
        return (_seller_side(token, args, found), True) if opened else None
    sought = lexicon.sought_buyer_nouns | lexicon.sought_stake_nouns
    if lemma in sought and token.pos_ == "NOUN" and token.dep_ == "obj":
        if fold(token.head.lemma_) not in lexicon.seek_verbs:
            return None
        stake = lemma in lexicon.sought_stake_nouns
        named = _named_after(token, args, lexicon, aim=True)
        if named:
            return named[0], stake or named[1]
        return _seller_side(token.head, args, found), stake
    return None


def remember_sale(
    sentence: Span, found: list[Relation], args: Arguments, lexicon: RelationLexicon, memory: Memory
) -> None:
    """Remember the company (or stake) the sentence puts up for sale, or the target of a bid it
    reports (a hedged purchase or stake), for the candidacies of the next sentences."""
    memory.sale_age += 1
    for token in sentence:
        sale = _sale_at(token, args, lexicon, found)
        if sale is not None and sale[0]:
            memory.for_sale, memory.sale_stake = sale
            memory.sale_age = 0
            return
    for relation in found:
        if (
            relation.predicate in _BIDS
            and relation.certainty is Certainty.HEDGED
            and isinstance(relation.object, Mention)
            and not relation.rule.startswith(SCORER_RULE)
        ):
            memory.for_sale = [relation.object]
            memory.sale_stake = relation.predicate == "investsIn"
            memory.sale_age = 0
