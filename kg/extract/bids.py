"""Losing bidders of a contract: "La régie Y a attribué le marché à X au détriment de Z", "a
retenu X, et non Z", "X a devancé Z", "Z a été écarté au dernier tour", "Z n'a pas été retenu",
"Z a perdu l'appel d'offres de Y". The loser has no contract with whom awarded it: the client of
the contract the sentence tells as won, or of the last one the passage told (Memory.awarder), or
the company named in what was lost. The words are relations.yaml's (`lost_to_phrases`,
`beaten_phrases`, `outbidding_verbs`, `dropped_bidder_verbs`, `tender_words`)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..components.lexicon import fold
from ..types import Certainty, EntityType, Mention, Relation
from .arguments import Arguments
from .frames import Memory
from .lexicon import RelationLexicon, words

__all__ = ["RULE", "lost_bidders"]

RULE = "contractWith.lost-to[loser>awarder]"
_REACH = 5  # words between a phrase or a verb and the loser's name ("du groupe allemand Z")
_DESCRIBING = frozenset({"DET", "ADJ", "NOUN"})  # "au détriment de son concurrent Z"
_NEGATIONS = frozenset({"pas", "jamais"})
_AGE = 1  # sentences after an award where a bidder set aside is still one of its tender

Lost = tuple[Mention, Mention]  # the awarder, the loser


def _awards(found: list[Relation]) -> list[tuple[Mention, Mention]]:
    """(awarder, winner) of each contract the sentence tells as won: a hasClient stated with a
    contractWith between the same two, neither denied."""
    contracts = {
        frozenset((r.subject.start, r.object.start))
        for r in found
        if r.predicate == "contractWith"
        and isinstance(r.object, Mention)
        and r.certainty is not Certainty.NEGATED
    }
    return [
        (r.object, r.subject)
        for r in found
        if r.predicate == "hasClient"
        and r.certainty is not Certainty.NEGATED
        and isinstance(r.object, Mention)
        and frozenset((r.subject.start, r.object.start)) in contracts
    ]


def _organization(args: Arguments, token: Token) -> bool:
    return bool(token.ent_type_) and args.name_mention(token).type is EntityType.ORGANIZATION


def _named_after(args: Arguments, start: int, end: int) -> list[Mention]:
    """The organisation named first from `start`, past articles, adjectives and descriptors
    ("du groupe allemand Z", "de son concurrent Z"), with the names listed with it."""
    doc = args.doc
    for token in doc[start : min(end, start + _REACH)]:
        if token.ent_type_:
            if not _organization(args, token):
                return []
            return [args.name_mention(t) for t in args.list_of(token)]
        if token.pos_ not in _DESCRIBING and fold(token.text) not in ("de", "d'", "du", "des"):
            return []
    return []


def _in_relative(token: Token, phrase: Token) -> bool:
    """A token of a relative inside the phrase ("le groupe Z, qui fournit Y": Y)."""
    while token.i != phrase.i and token.head.i != token.i:
        if token.dep_ == "acl:relcl":
            return True
        token = token.head
    return False


def _named_in(args: Arguments, phrase: Token) -> list[Mention]:
    """The organisations a subject phrase names ("le groupement mené par Z", "le groupe Z"),
    or a pronoun stands for ("Celui-ci"); never one of a relative ("Z, qui fournit Y")."""
    if phrase.pos_ == "PRON":
        return [m for m in args.referents(phrase) if m.type is EntityType.ORGANIZATION]
    first = next(
        (t for t in phrase.subtree if _organization(args, t) and not _in_relative(t, phrase)),
        None,
    )
    return [args.name_mention(t) for t in args.list_of(first)] if first is not None else []


def _after_phrases(
    sentence: Span, args: Arguments, phrases: tuple[tuple[str, ...], ...]
) -> Iterator[Mention]:
    """The names right after one of the phrases ("au détriment du groupe Z")."""
    read = [(token, word) for token in sentence for word in words(token.text)]
    for phrase in phrases:
        for k in range(len(read) - len(phrase) + 1):
            if tuple(word for _, word in read[k : k + len(phrase)]) == phrase:
                last = read[k + len(phrase) - 1][0]
                yield from _named_after(args, last.i + 1, sentence.end)


def _outbid(sentence: Span, args: Arguments, lexicon: RelationLexicon) -> Iterator[Mention]:
    """The object of an active `outbidding_verbs` verb ("X a devancé l'allemand Z et Y")."""
    for verb in sentence:
        if verb.pos_ != "VERB" or fold(verb.lemma_) not in lexicon.outbidding_verbs:
            continue
        if any(c.dep_ == "aux:pass" for c in verb.children):
            continue
        yield from _named_after(args, verb.i + 1, sentence.end)


def _denied(verb: Token) -> bool:
    return any(fold(c.text) in _NEGATIONS for c in verb.children if c.dep_ == "advmod")


def _dropped(sentence: Span, args: Arguments, lexicon: RelationLexicon) -> Iterator[Mention]:
    """The subject of a passive `dropped_bidder_verbs` verb, or of "retenir" denied ("Z a été
    écarté", "Z n'a pas été retenu"), and the noun such a participle describes ("l'italien Z,
    éliminé au premier tour")."""
    for verb in sentence:
        lemma = fold(verb.lemma_)
        if verb.pos_ != "VERB":
            continue
        if not (
            lemma in lexicon.dropped_bidder_verbs or (lemma == "retenir" and _denied(verb))
        ):
            continue
        if verb.dep_ == "acl" and verb.head.i < verb.i and lemma != "retenir":
            yield from _named_in(args, verb.head)
            continue
        if not any(c.dep_ == "aux:pass" for c in verb.children):
            continue
        for child in verb.children:
            if child.dep_ == "nsubj:pass":
                yield from _named_in(args, child)


def _beaten(sentence: Span, args: Arguments, lexicon: RelationLexicon) -> Iterator[Mention]:
    """The bidders a verb of defeat or of setting aside names."""
    yield from _after_phrases(sentence, args, lexicon.beaten_phrases)
    yield from _outbid(sentence, args, lexicon)
    yield from _dropped(sentence, args, lexicon)
    yield from _outbid(sentence, args, lexicon)
    yield from _dropped(sentence, args, lexicon)


def _lost(
    sentence: Span, args: Arguments, lexicon: RelationLexicon
) -> Iterator[tuple[Mention, Token | None]]:
    """'Z a perdu le marché de Y', 'vient de perdre ce contrat': the subject of "perdre" whose
    object is one of `tender_words`, with the company that object names (or None)."""
    for verb in sentence:
        if verb.pos_ != "VERB" or fold(verb.lemma_) != "perdre":
            continue
        lost = next((c for c in verb.children if c.dep_ == "obj"), None)
        if lost is None or fold(lost.lemma_) not in lexicon.tender_words:
            continue
        holder = verb.head if verb.dep_ == "xcomp" else verb  # "vient de perdre"
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        owner = next((t for t in lost.subtree if t.i > lost.i and _organization(args, t)), None)
        for loser in _named_in(args, subject):
            yield loser, owner


def _a_market(noun: Token, args: Arguments, lexicon: RelationLexicon) -> bool:
    """'parts de marché', 'le marché français', 'le marché mondial': a market, no tender."""
    if fold(noun.head.lemma_) == "part":
        return True
    return any(
        c.dep_ == "amod"
        and (fold(c.lemma_) in lexicon.market_adjectives or args.lexicon.masculine_origin(c.text))
        for c in noun.children
    )


def _of_the_subject(token: Token) -> bool:
    """A word of a relative on a subject: "X, qui avait gagné le marché de Y, a devancé Z"
    tells of another tender than the one Z lost."""
    return any(a.dep_ == "acl:relcl" and a.head.dep_.startswith("nsubj") for a in token.ancestors)


def _told_of_the_subject(args: Arguments, mention: Mention) -> bool:
    """An award told in a relative on the subject ("X, qui avait remporté l'appel d'offres de
    Y, a devancé Z"): another tender than the one the main clause tells."""
    span = args.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and _of_the_subject(span.root)


def _about_a_bid(sentence: Span, args: Arguments, lexicon: RelationLexicon) -> bool:
    """A word of a tender in the sentence."""
    return any(
        fold(t.lemma_) in lexicon.tender_words
        and not _a_market(t, args, lexicon)
        and not _of_the_subject(t)
        for t in sentence
    )


def lost_bidders(
    sentence: Span,
    found: list[Relation],
    args: Arguments,
    lexicon: RelationLexicon,
    memory: Memory,
) -> Iterator[Lost]:
    """(awarder, loser) for each bidder the sentence tells lost a contract, in a sentence
    that tells an award or names a tender (a defeat alone may be a ranking). The awarder is
    this sentence's (not one of a relative on its subject), else that of the sentence just
    before (`memory`, not yet told this one's) when the sentence names a tender."""
    awards = _awards(found)
    taken = {m.start for pair in awards for m in pair}
    current = [awarder for awarder, _ in awards if not _told_of_the_subject(args, awarder)][:1]
    before = list(memory.awarder) if memory.awarder_age <= _AGE else []
    named = _about_a_bid(sentence, args, lexicon)
    seen: set[tuple[int, int]] = set()

    def told(awarder: Mention, loser: Mention) -> Iterator[Lost]:
        if loser.start in taken or loser.start == awarder.start:
            return
        if (awarder.start, loser.start) in seen:
            return
        seen.add((awarder.start, loser.start))
        yield awarder, loser

    for loser, owner in _lost(sentence, args, lexicon):
        for awarder in [args.name_mention(owner)] if owner is not None else before or current:
            yield from told(awarder, loser)
    if not (current or named):
        return  # "Y a devancé Z au classement des ventes", "au détriment de Z sur ce marché"
    for loser in _after_phrases(sentence, args, lexicon.lost_to_phrases):
        for awarder in current or before:
            yield from told(awarder, loser)
    for loser in _beaten(sentence, args, lexicon):
        for awarder in current or (before if named else []):
            yield from told(awarder, loser)
