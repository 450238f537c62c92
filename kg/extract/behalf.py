"""Work done for a client: "X déploiera un réseau privé pour le compte du manutentionnaire Y",
"le réseau, exploité par l'opérateur X pour le compte du syndicat Y": whoever does the work the
phrase qualifies (the agent of the verb it completes, active or passive) serves Y, its client.
The phrases are relations.yaml's `behalf_phrases`; a company's own (a possessive: "pour le compte
de sa filiale Z", "de son actionnaire") is no client."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..components.lexicon import fold
from ..types import EntityType, Mention
from .arguments import POSSESSIVES, Arguments
from .lexicon import RelationLexicon, phrases_in

__all__ = ["CONTRACT_RULE", "RULE", "behalf_clients", "verb_over"]

RULE = "hasClient.behalf[agent>prep]"
# the work done for a client is done under a contract with it: "X fabrique pour le compte du
# laboratoire Y" binds X and Y
CONTRACT_RULE = "contractWith.behalf[agent>prep]"
_REACH = 5  # words from the phrase to the client's name ("du manutentionnaire havrais Y")
_DESCRIBING = frozenset({"DET", "ADJ", "NOUN"})
_CLIMB = 3  # heads from the phrase's noun up to the verb it completes

Served = tuple[Token, Mention, Mention]  # the verb, the worker, the client


def _client_after(args: Arguments, start: int, end: int) -> list[Mention]:
    """The organisation named first from `start`, past articles and descriptors, with the names
    listed with it; none past a possessive ("de sa filiale Z") or another word."""
    for token in args.doc[start : min(end, start + _REACH)]:
        if token.ent_type_:
            return [m for m in args.referents(token) if m.type is not EntityType.PERSON]
        if fold(token.text) in POSSESSIVES or token.pos_ not in _DESCRIBING:
            return []
    return []


def verb_over(token: Token) -> Token | None:
    """The verb a phrase completes, a few heads up ("exploité ... pour le compte de", "vendra le
    gaz à Y, en vertu de")."""
    for _ in range(_CLIMB):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None


def behalf_clients(
    sentence: Span, args: Arguments, lexicon: RelationLexicon
) -> Iterator[Served]:
    """(verb, worker, client) for each phrase of `behalf_phrases` in the sentence."""
    for end, read in phrases_in(sentence, lexicon.behalf_phrases):
        noun, last = read[end - 2][0], read[end - 1][0]
        clients = _client_after(args, last.i + 1, sentence.end)
        verb = verb_over(noun) if clients else None
        agent = args.agent(verb) if verb is not None else None
        if agent is None:
            continue
        for worker in args.referents(agent):
            for client in clients:
                if (worker.start, worker.end) != (client.start, client.end):
                    yield verb, worker, client
