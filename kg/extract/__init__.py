"""Doc -> relations between mentions, with evidence, certainty, source, amount and date.

Sentence by sentence: relation frames (verbs and nouns of pipelines/relations.yaml), titles of
people, attributes (founding date, valuation, revenue); then what a sentence says about the
one before it ("Selon Bloomberg, si cet accord est conclu ..." names the source of the deal
announced just before). Anaphoric ends ("elle", "la startup") are left to kg.resolve.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..components.lexicon import EntityLexicon, fold, load_entity_lexicon
from ..components.phrases import sentence_of, sentences
from ..config import Settings
from ..types import (
    Amount,
    Certainty,
    Document,
    EntityType,
    Evidence,
    Extraction,
    Mention,
    MentionKind,
    Relation,
    When,
)
from ..vocab import SIGNATURES, SYMMETRIC_RELATIONS
from .arguments import DEFINITES, Arguments, capital_entered
from .attributes import find_attributes, load_attribute_frames
from .behalf import CONTRACT_RULE as BEHALF_CONTRACT_RULE
from .behalf import RULE as BEHALF_RULE
from .behalf import behalf_clients
from .bids import RULE as LOST_BID_RULE
from .bids import lost_bidders
from .certainty import assess
from .covenant import covenants
from .frames import (
    SCORER_RULE,
    Candidate,
    FrameMatcher,
    Memory,
    amount_near,
    date_near,
    ends_paired,
    objects_added,
)
from .joint import RULE as CODEVELOPED_RULE
from .joint import codevelopers
from .lexicon import RelationLexicon, load_relation_lexicon
from .parts import RULE as PART_RULE
from .parts import part_suppliers
from .sales import remember_sale
from .slots import SlotMatch, load_grammar
from .stakes import RULE as RETAINED_RULE
from .stakes import deal_founders, remember_stake_target, retained_stakes

if TYPE_CHECKING:
    from ..components.schemas import GrammarRelation
from .titles import DEAL_FOUNDER_RULES, FOUNDER_OR_TOPIC_RULE, find_roles
from .values import find_amounts, find_dates, load_value_lexicon

__all__ = ["extract", "prepare_extraction"]

_DEAL_RELATIONS = frozenset({"investsIn", "acquired"})
_SIMILAR_DEALS = frozenset({"partnersWith", "contractWith"})  # "un accord similaire"
_STRENGTH = {Certainty.ASSERTED: 0, Certainty.HEDGED: 1, Certainty.NEGATED: 2}
# ties of capital: a deal the clause is done under adds no contract to them (kg.extract.covenant)
_CAPITAL_TIES = frozenset({"investsIn", "acquired", "subsidiaryOf"})


def _at_least(certainty: Certainty, least: str | None) -> Certainty:
    """A slot's least certainty: a candidacy stays hedged, a withdrawal negated, whatever the
    clause's mood."""
    if least is None:
        return certainty
    return max(certainty, Certainty(least), key=_STRENGTH.__getitem__)


def _received_bids_one_way(found: list[Relation]) -> list[Relation]:
    """'Clinor a rejeté l'offre de rachat de Medix': a bid the subject received or turned down
    is the bidder's on the subject; the deal noun's own reading of the same words, the subject
    buying the bidder, goes."""
    received = {
        (r.object.start, r.subject.start)
        for r in found
        if r.rule.startswith("bid-received@") and isinstance(r.object, Mention)
    }
    return [
        r
        for r in found
        if not (
            r.predicate == "acquired"
            and not r.rule.startswith("bid-received@")
            and isinstance(r.object, Mention)
            and (r.subject.start, r.object.start) in received
        )
    ]


def _is_heading(sentence: Span) -> bool:
    headings = sentence.doc._.kg_headings or ()
    words = [t for t in sentence if not t.is_space]
    if not words:
        return False
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return any(s <= start and end <= e for s, e in headings)


def _evidence(document: Document, sentence: Span) -> Evidence:
    text = document.text[sentence.start_char : sentence.end_char].rstrip()  # same offsets as doc
    lead = len(text) - len(text.lstrip())
    start = sentence.start_char + lead
    end = sentence.start_char + len(text)
    return Evidence(document.id, document.text[start:end], start, end)


def _entered_beside_unnamed(noun: Token, args: Arguments, lexicon: RelationLexicon) -> bool:
    """'le fonds K, entré aux côtés de ses deux fondateurs, A et B': people beside whom an
    investor or a buyer enters are of a company the clause does not name (`sold_company`)."""
    return fold(noun.head.lemma_) == "cote" and args.sold_company(noun, lexicon) == []


@cache
def _singular_after_list(token: Token, trigger: Token) -> bool:
    """A singular noun or participle apposed after the last name of a list is said of that name
    only ("Kestria, installée à Lille, et Ondal, basée à Nantes": Ondal alone is in Nantes)."""
    return (
        token.ent_type_ != ""
        and token.i < trigger.i
        and (trigger.pos_ == "NOUN" or "Part" in trigger.morph.get("VerbForm"))
        and "Sing" in trigger.morph.get("Number")
        and not trigger.lower_.endswith(("s", "x"))  # the tagger's "Sing" on "cofondateurs"
        and trigger.doc[token.i + 1].text == ","
    )


_PLURAL_DETERMINERS = frozenset(
    {"les", "des", "ces", "deux", "trois", "quatre", "cinq", "plusieurs", "leurs"}
)


def _plural_phrase(noun: Token) -> bool:
    """'deux start-up lyonnaises', 'les laboratoires lyonnais': by the determiner, not by the
    tagger's number (which it gets wrong on "le fonds lyonnais", "le fonds grenoblois")."""
    return any(
        c.dep_ in ("det", "nummod") and fold(c.text) in _PLURAL_DETERMINERS for c in noun.children
    )


def _folded_tuple(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _folded(words: list[str]) -> frozenset[str]:
    """A grammar condition's words folded (accents, case), once per list."""
    return _folded_tuple(tuple(words))


def _source_of(sentence: Span, args: Arguments, lexicon: RelationLexicon) -> Mention | None:
    """'Selon Bloomberg', 'selon une information révélée par la Lettre A', 'Bloomberg
    rapporte que ...', '..., rapportaient mercredi le Financial Times et le New York Times'."""
    attribution = lexicon.cues["attribution"]
    tokens = list(sentence)
    for token in tokens:  # "les informations du Figaro", "un article des Echos"
        if token.pos_ == "NOUN" and fold(token.lemma_) in attribution["nouns"]:
            outlet = next(
                (
                    c
                    for c in token.children
                    if c.dep_ == "nmod" and c.ent_type_ not in ("", "Person")
                ),
                None,
            )
            if outlet is None:  # "les rumeurs de rachat, relayées par Cyber Hebdo"
                outlet = next(
                    (
                        agent
                        for c in token.children
                        if c.dep_ == "acl" and fold(c.lemma_) in attribution["verbs"]
                        for agent in c.children
                        if agent.dep_ == "obl:agent" and agent.ent_type_ not in ("", "Person")
                    ),
                    None,
                )
            if outlet is not None:
                return args.name_mention(outlet)
    for i, token in enumerate(tokens):
        if fold(token.text) in attribution["prepositions"]:
            for follower in tokens[i + 1 : i + 8]:
                if follower.ent_type_ and follower.ent_type_ != "Person":
                    return args.name_mention(follower)
                if fold(follower.lemma_) in attribution["verbs"]:
                    agent = next((c for c in follower.children if c.dep_ == "obl:agent"), None)
                    if agent is not None and agent.ent_type_:
                        return args.name_mention(agent)
                if follower.text in (",", ".", ";"):
                    break
    for token in tokens:
        if fold(token.lemma_) in attribution["verbs"] and token.pos_ == "VERB":
            subject = args.subject_of(token)  # "Les Echos rapporte que ..."
            for mention in args.referents(subject) if subject is not None else ():
                if mention.kind is MentionKind.NAME and mention.fine_type == "NewsMedia":
                    return mention
            for follower in tokens[token.i - sentence.start + 1 : token.i - sentence.start + 6]:
                if follower.ent_type_ == "NewsMedia":  # "..., rapporte le quotidien Les Echos."
                    return args.name_mention(follower)
                if follower.pos_ not in ("DET", "NOUN", "ADJ", "ADV"):
                    break
    return _spoken_to(tokens, args, attribution)


_QUOTE_MARKS = frozenset("«»“”\"")


def _spoken_to(tokens: list[Token], args: Arguments, attribution: dict) -> Mention | None:
    """'« Nous resterons indépendants », a déclaré au Journal du Centre son cofondateur': the
    outlet a speaker says something to (`speech_verbs`), in a sentence that quotes or named as
    an outlet ("a indiqué à l'agence Reuters")."""
    quoted = any(t.text in _QUOTE_MARKS for t in tokens)
    for i, token in enumerate(tokens):
        if token.pos_ != "VERB" or fold(token.lemma_) not in attribution["speech_verbs"]:
            continue
        window = tokens[i + 1 : i + 6]  # "a confié mardi au Figaro"
        to = next((k for k, t in enumerate(window) if fold(t.text) in ("a", "au", "aux")), None)
        if to is None or any(t.is_punct or t.pos_ == "ADP" for t in window[:to]):
            continue
        outlet = next((t for t in window[to + 1 :] if t.ent_type_ or t.pos_ != "DET"), None)
        if outlet is None:
            continue
        if outlet.ent_type_ == "NewsMedia" or (quoted and outlet.ent_type_ not in ("", "Person")):
            return args.name_mention(outlet)
    return None


def _same_span(mention: Mention, *others: Mention) -> bool:
    return any((o.start, o.end) == (mention.start, mention.end) for o in others)


def _opens_with_attribution(sentence: Span, lexicon: RelationLexicon) -> bool:
    """'Selon Bloomberg, si cet accord est conclu, ...': the attribution and a demonstrative
    that points back to the deal of the sentence before."""
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or fold(first.text) not in lexicon.cues["attribution"]["prepositions"]:
        return False
    return any(
        fold(t.lemma_) in lexicon.event_nouns
        and any(fold(c.text) in ("ce", "cet", "cette", "ces") for c in t.children)
        for t in sentence
    )


def _fill_currencies(
    amounts: list[tuple[int, int, Amount]], known: list[tuple[int, int, Amount]]
) -> list[tuple[int, int, Amount]]:
    """'3,3 milliards' after '25 milliards de dollars': the currency carries over (from the
    last sum before it, never from one further on); an amount stated again with its currency
    ('101 millions' ... '101 millions d'euros') takes it."""
    filled = []
    for start, end, amount in amounts:
        if not amount.currency:
            same = next(
                (k.currency for _s, _e, k in known if k.value == amount.value and k.currency), None
            )
            previous = next(
                (k.currency for s_, _e, k in reversed(known) if k.currency and s_ < start),
                None,
            )
            currency = same or previous
            if currency is None:
                continue
            amount = replace(amount, currency=currency)
        filled.append((start, end, amount))
    return filled


def _each_other(match: SlotMatch, mention: Mention) -> bool:
    """'Les deux groupes vont construire ensemble ...': a plural description in a reciprocal
    slot relates the companies it takes up to each other (kg.resolve pairs them)."""
    return match.slot.reciprocal and mention.kind is MentionKind.PLURAL



def _named_as(mention: Mention, words: frozenset[str]) -> bool:
    """A name that holds one of `words` says what it is ("le Grand Hôtel du Lac" is a hotel):
    read for a frame's exclusions only."""
    return mention.kind is MentionKind.NAME and bool(set(fold(mention.text).split()) & words)


def _object_noun_is(verb: Token, words: frozenset[str]) -> bool:
    """The verb's direct object is a common noun among `words`: what the name read from it is
    ("A et B ont créé une coentreprise, Z": Z is a joint venture, which they found not)."""
    return verb.pos_ in ("VERB", "AUX") and any(
        child.dep_ == "obj" and not child.ent_type_ and fold(child.lemma_) in words
        for child in verb.children
    )


class _Extractor:
    def __init__(self, doc: Doc, document: Document, settings: Settings):
        pipelines = str(settings.pipelines_dir)
        self.doc = doc
        self.document = document
        self.entities: EntityLexicon = load_entity_lexicon(
            str(settings.pipelines_dir / "entities.yaml")
        )
        self.lexicon = load_relation_lexicon(pipelines)
        self.values = load_value_lexicon(str(settings.pipelines_dir / "values.yaml"))
        self.attribute_frames = load_attribute_frames(pipelines)
        text = document.text
        self.sentences = [s for s in sentences(doc) if text[s.start_char : s.end_char].strip()]
        self.sentence_of: dict[int, int] = {}
        for k, sentence in enumerate(self.sentences):
            for i in range(sentence.start, sentence.end):
                self.sentence_of[i] = k
        for i in range(len(doc)):  # whitespace between sentences
            self.sentence_of.setdefault(i, self.sentence_of.get(i - 1, 0))
        self.args = Arguments(doc, self.entities, self.sentence_of)
        self.memory = Memory()
        self.distinct: list[tuple[Mention, Mention]] = []  # see Extraction.distinct
        self.adjective_places: list[Mention] = []  # "la start-up marseillaise": Marseille
        self.matcher = FrameMatcher(self.args, self.lexicon, self.memory)
        self.grammar = load_grammar(doc.vocab, str(settings.pipelines_dir / "grammar.yaml"))
        # values are found once over the whole text, then handed to each sentence
        self.amounts = find_amounts(self.args.text, self.values)
        self.dates = find_dates(self.args.text, self.values)

    def run(self) -> Extraction:
        relations: list[Relation] = []
        by_sentence: list[list[Relation]] = []
        for index, sentence in enumerate(self.sentences):
            found = [] if _is_heading(sentence) else self._sentence(sentence)
            if index and found is not None and _opens_with_attribution(sentence, self.lexicon):
                source = _source_of(sentence, self.args, self.lexicon)
                if source is not None:
                    by_sentence[-1] = [
                        replace(r, source=source)
                        if r.source is None and r.predicate in _DEAL_RELATIONS
                        else r
                        for r in by_sentence[-1]
                    ]
            by_sentence.append(found)
        for found in by_sentence:
            relations.extend(found)
        self.distinct.extend(self._clitics_apart(relations))
        mentions = tuple(self.args.name_mention(t) for t in self.args.entity_tokens)
        mentions += tuple(self.adjective_places)
        spans = tuple((s.start_char, s.end_char) for s in self.sentences)
        same_as = tuple(
            (self.args.name_mention(a), self.args.name_mention(b)) for a, b in _expansions(self.doc)
        )
        described = tuple(
            mention
            for sentence in self.sentences
            if not _is_heading(sentence)
            for mention in [self._described_subject(sentence)]
            if mention is not None
        )
        return Extraction(
            self.document,
            spans,
            mentions,
            tuple(_dedupe(relations)),
            same_as,
            described,
            tuple(dict.fromkeys(self.distinct)),
        )

    def _described_subject(self, sentence: Span) -> Mention | None:
        """'La société construit ses centrales ...': the definite description that is the
        subject of the sentence's main verb, as the anaphor kg.resolve reads."""
        subject = next(
            (
                c
                for c in sentence.root.children
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i < sentence.root.i
            ),
            None,
        )
        if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
            return None
        determiners = [fold(c.text) for c in subject.children if c.dep_ == "det"]
        if not determiners or determiners[0] not in DEFINITES:
            return None
        found = self.args.referents(subject, expand=False)
        if (
            len(found) != 1
            or found[0].kind is not MentionKind.NOMINAL
            or found[0].type not in (None, EntityType.ORGANIZATION)  # "Le titre a gagné 6 %"
        ):
            return None
        return found[0]

    def _values(
        self, sentence: Span
    ) -> tuple[list[tuple[int, int, Amount]], list[tuple[int, int, When]]]:
        begin, end = sentence.start_char, sentence.end_char
        amounts = [(s, e, a) for s, e, a in self.amounts if begin <= s and e <= end]
        amounts = _fill_currencies(amounts, self.amounts)
        dates = [(s, e, w) for s, e, w in self.dates if begin <= s and e <= end]
        return amounts, dates

    def _sentence(self, sentence: Span) -> list[Relation]:
        evidence = _evidence(self.document, sentence)
        amounts, dates = self._values(sentence)
        source = _source_of(sentence, self.args, self.lexicon)
        # a source named in an attribution phrase is no party ("Selon Les Echos", "les
        # informations du Figaro"); one that is a reporting verb's subject may be ("Microsoft
        # annonce un partenariat avec Meta")
        cited = source if source is not None and self._in_attribution(source) else None
        self._remember_raise(sentence, amounts)
        self._remember_capital(sentence)
        found: list[Relation] = []
        yielding: set[int] = set()  # ids of the relations of frames that yield
        for candidate in self.matcher.match(sentence):
            if not self._frame_admits(candidate):
                continue  # "l'enseigne Bricoval commercialise le casque Sonix": not its maker
            self.distinct.extend(self._set_apart(candidate))
            if cited is not None and _same_span(cited, candidate.subject, candidate.object):
                continue  # "Selon Les Echos, X et Y discutent d'un partenariat": the outlet
            relation = candidate.frame.relation
            amount = (
                amount_near(candidate.trigger, amounts) if relation in _DEAL_RELATIONS else None
            )
            if amount is None and relation == "investsIn" and candidate.rule.endswith(">funded]"):
                amount = self.memory.raise_amount
            date = (
                date_near(candidate.trigger, dates, self.lexicon)
                if relation in _DEAL_RELATIONS
                else None
            )
            found.append(
                Relation(
                    predicate=relation,
                    subject=candidate.subject,
                    object=candidate.object,
                    evidence=evidence,
                    rule=candidate.rule,
                    certainty=candidate.assessment.certainty,
                    confidence=candidate.confidence,
                    source=self._source_for(source, candidate.subject, candidate.object),
                    amount=amount,
                    date=date,
                    past=candidate.assessment.past,
                )
            )
            if candidate.frame.yields:
                yielding.add(id(found[-1]))
        for role in find_roles(sentence, self.args, self.lexicon):
            assessment = assess(role.title_token, self.lexicon, presupposed=not role.stated)
            subject, obj = (
                (role.person, role.organization)
                if role.relation == "worksFor"
                else (role.organization, role.person)
            )
            found.append(
                Relation(
                    predicate=role.relation,
                    subject=subject,
                    object=obj,
                    evidence=evidence,
                    rule=role.rule,
                    certainty=assessment.certainty,
                    confidence=0.85 if role.organization.kind is MentionKind.NAME else 0.7,
                    source=self._source_for(source, subject, obj),
                    past=role.past or assessment.past,
                )
            )
        found.extend(self._located_by_adjective(sentence, evidence))
        found.extend(self._slotted(sentence, evidence, amounts, dates, source, yielding))
        found = _yield_to_stated(found, yielding)
        found = _received_bids_one_way(found)
        found = self._deal_founders(found)
        found.extend(self._retained(sentence, found, evidence, amounts, source))
        remember_stake_target(sentence, found, self.lexicon, self.memory)
        found.extend(self._lost_bids(found, sentence, evidence, source))
        supplied = part_suppliers(sentence, found, self.args, self.lexicon)
        found.extend(self._clients_told(supplied, PART_RULE, evidence, source))
        served = list(behalf_clients(sentence, self.args, self.lexicon))
        found.extend(self._clients_told(served, BEHALF_RULE, evidence, source))
        found.extend(self._clients_told(served, BEHALF_CONTRACT_RULE, evidence, source))
        made = codevelopers(sentence, found, self.args, self.lexicon)
        found.extend(self._clients_told(made, CODEVELOPED_RULE, evidence, source))
        found.extend(self._covenanted(sentence, found, evidence, source))
        self._remember_awarder(found)
        self._remember_deal(found)
        self._remember_maker(found)
        found.extend(self._scored(sentence, found, evidence, amounts, dates, source))
        described = {  # "Kestria, elle-même créée en 2009 par X": what a participle describes;
            # "Ondivia, que Marc Delorme a cofondée en 2012": the name an object relative is on
            m.ends["trigger"].i: m.ends["patient"]
            for m in self.grammar.in_sentence(self.doc, sentence)
            if m.slot.participle
            or (
                m.slot.kind == "verb"
                and "patient" in m.ends
                and (
                    m.ends["patient"].i < m.ends["trigger"].i
                    # "Fondée en 2012 par A et B, deux anciens ..., la société": the participle
                    # that opens the sentence describes the noun after its phrase
                    or m.ends["trigger"].i == sentence.start
                )
            )
        }
        for attribute in find_attributes(
            sentence, self.matcher, self.attribute_frames, self.lexicon, amounts, dates, described
        ):
            found.append(
                Relation(
                    predicate=attribute.predicate,
                    subject=attribute.owner,
                    object=attribute.value,
                    evidence=evidence,
                    rule=attribute.rule,
                    certainty=attribute.assessment.certainty,
                    confidence=0.8,
                    source=self._source_for(source, attribute.owner, None),
                    date=attribute.date,
                )
            )
        remember_sale(sentence, found, self.args, self.lexicon, self.memory)
        return found

    def _located_by_adjective(self, sentence: Span, evidence: Evidence) -> list[Relation]:
        """'la start-up marseillaise Skyvalet', 'le londonien Aerolux', "l'entreprise
        angevine": an organisation the adjective of a town or a region describes is based
        there (a country's adjective says no seat; nor does "la filiale lyonnaise de X", a part
        of X, nor a plural)."""
        found: list[Relation] = []
        for word in sentence:
            place = word.text.islower() and self.entities.place_of_adjective(word.text)
            if not place:
                continue
            noun = word.head if word.dep_ == "amod" else word
            if noun.pos_ not in ("NOUN", "ADJ", "PROPN"):
                continue
            plural = _plural_phrase(noun)
            if noun is not word and not noun.ent_type_ and (
                fold(noun.lemma_) not in self.entities.descriptors
                or fold(noun.lemma_) in self.entities.subsidiary_nouns
                or any(  # "la filiale lyonnaise de X", "le groupe lyonnais de BTP"
                    c.dep_ == "nmod" and any(k.dep_ == "case" for k in c.children)
                    for c in self.args.kids(noun)
                    if c.i > word.i
                )
            ):
                continue
            after = self.doc[word.i + 1] if word.i + 1 < sentence.end else None
            named = after if after is not None and after.ent_type_ and not plural else None
            owners = [  # "deux start-up lyonnaises, A et B": each name of the list
                m
                for m in (
                    [self.args.name_mention(named)]  # "l'équipementier grenoblois Hydroxa"
                    if named is not None
                    else self.args.referents(noun, expand=plural)
                )
                if (m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION)
                or (
                    not plural
                    and m.kind is MentionKind.NOMINAL
                    and m.type in (None, EntityType.ORGANIZATION)
                )
            ]
            if not owners or (len(owners) > 1 and not plural):
                continue
            spot = Mention(
                start=word.idx,
                end=word.idx + len(word.text),
                text=place,
                kind=MentionKind.NAME,
                sentence=self.sentence_of[word.i],
                type=EntityType.PLACE,
                type_strength=3.0,
                by_adjective=True,
            )
            self.adjective_places.append(spot)
            found.extend(
                Relation(
                    "locatedIn",
                    owner,
                    spot,
                    evidence,
                    "locatedIn.adjective"
                    + ("" if owner.kind is MentionKind.NAME else "-description"),
                    confidence=0.7,
                )
                for owner in owners
            )
        return found

    def _fits(self, predicate: str, end: int, mention: Mention) -> bool:
        """The ontology's domain (end 0) or range (end 1) admits the mention's class; a name
        typed on weak evidence passes, kg.resolve re-types it from its roles (never into a
        product after a trade: "un producteur de cidre du Calvados" says where it is)."""
        if (
            end == 1
            and SIGNATURES[predicate][1] == {"Product"}
            and self.matcher.after_trade_name(mention)
        ):
            return False
        if mention.kind is MentionKind.NAME and mention.type_strength < 1.0:
            return mention.type is not EntityType.PLACE or "Place" in SIGNATURES[predicate][end]
        return mention.type is None or mention.type.value in SIGNATURES[predicate][end]

    def _end_referents(
        self, match: SlotMatch, end: str, classes: frozenset[str] = frozenset()
    ) -> list[Mention]:
        """The names at one end of a slot (of one of `classes`, when a possessive stands for
        it). A list counts only on that end's side of the trigger: "Richemont, propriétaire
        de Cartier, Van Cleef & Arpels ou Lancel" lists three complements, never Richemont
        with them."""
        token = self.matcher.whole_of(match.ends[end])
        owner = self.args.possessive(token) if token.pos_ == "DET" else None
        if owner is not None and classes == {EntityType.PRODUCT.value}:
            return self._product_before(token)  # "le V20, tout comme sa déclinaison, le V20F"
        if owner is not None:  # "Sa gamme comprend A et B": the company "sa" points back to;
            # "Avec son Orvel, premier drone ..., Skarden vise": the subject of its clause
            owners = self.matcher.owners(token.head, owner) if token.dep_ == "det" else [owner]
            if not owners and (
                _entered_beside_unnamed(token.head, self.args, self.lexicon)
                or self.matcher.round_investors(token.head)
            ):  # "entré aux côtés de ses fondateurs", "Le tour de table est mené par X, avec
                return []  # ses investisseurs": of a company left unnamed
            return self._not_other_ends(owners, match, end) or [owner]
        if token.text == "%":  # "pour les 35 % détenus par X": in the capital named before
            return self.matcher.capital_of(token)
        if token.pos_ == "NOUN" and not token.ent_type_:  # "a pris part à la levée aux côtés de X"
            raised = self.matcher.round_of(token) or self.matcher.sale_of(token)  # "X étudierait
            if raised:  # le dossier": the company for sale
                return raised
        if not match.slot.lists or _singular_after_list(token, match.ends["trigger"]):
            # "TF1 et Free (groupe Iliad)": the brackets are Free's; "Le fonds Ardelis et Paul
            # Ferrand, fondateur de Talmor": one founder, the last name
            return self.args.referents(token, expand=False)
        trigger = match.ends["trigger"]
        side = token.i > trigger.i
        others = {t.i for name, t in match.ends.items() if name != end}
        found = [
            m
            for m in self.args.referents(token)
            if (m.start > trigger.idx) == side
            and not any(self.doc[i].idx == m.start for i in others)
        ]
        if found and side:  # "compte parmi ses clients A et B, ainsi que le réseau C"
            for added in objects_added(token):
                found += [m for m in self.args.referents(added) if m not in found]
        return found

    def _owner_left_unsaid(self, match: SlotMatch, relation: str) -> bool:
        """'A s'approvisionne auprès de B, qui produit les puces de son concurrent direct, C':
        a rival or a partner whose possessive may be B's or A's is left unsaid, as the noun
        frames leave it (kg.extract.frames `_split_owner`), unless "aussi" tells whose; so is
        the maker of a product ("X a signé avec Y, qui utilisera les images de ses satellites,
        les Vigie": X's or Y's)."""
        if match.slot.kind == "noun" and relation == "develops":
            return self.matcher.maker_left_unsaid(match.ends["trigger"])
        if relation not in SYMMETRIC_RELATIONS or match.slot.kind != "noun":
            return False
        trigger = match.ends["trigger"]
        return self.matcher.split_owner(trigger) and self.matcher.also_owner(trigger) is None

    def _not_other_ends(self, owners: list[Mention], match: SlotMatch, end: str) -> list[Mention]:
        """'A et B figurent parmi ses clients': a possessive the parse binds to its clause's
        subject is never a name at another end of the same slot (then it points back to the
        text before, as an anaphor)."""
        others = {
            (m.start, m.end)
            for name, token in match.ends.items()
            if name not in (end, "trigger")
            for m in self.args.referents(self.matcher.whole_of(token))
        }
        return [m for m in owners if (m.start, m.end) not in others]

    def _product_before(self, determiner: Token) -> list[Mention]:
        """A possessive that can only stand for a product ("sa déclinaison frigorifique, le
        V20F" is based on something): the last product named before it in its sentence."""
        sentence = sentence_of(determiner)
        for token in reversed(sentence[: determiner.i - sentence.start]):
            if token.ent_type_:
                mention = self.args.name_mention(token)
                if mention.type is EntityType.PRODUCT:
                    return [mention]
        return []

    def _introduced_as(self, mention: Mention, words: frozenset[str]) -> bool:
        """The mention's class or fine class, a descriptor the text gave its entity, the noun
        that presents its name here ("la famille Marchal", "le fonds public Kastel") or the
        head of a description ("le champion européen du secteur") is one of `words` (folded)."""
        kinds = {mention.fine_type, mention.type.value if mention.type else None}
        if {fold(k) for k in kinds if k} & words or {fold(d) for d in mention.descriptors} & words:
            return True
        if mention.kind is MentionKind.NOMINAL and (mention.head or "").partition(":")[0] in words:
            return True
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        return self._presented_by(span[0], words)

    def _presented_by(self, name: Token, words: frozenset[str]) -> bool:
        """The noun right before a name is one of `words` ("le fonds public Kastel"), or, for a
        later member of a list, the plural noun before the first ("les fonds A et B": B too)."""
        before = name.i - 1
        while before >= 0 and self.doc[before].pos_ == "ADJ":
            before -= 1  # "le fonds public Kastel", "la famille lyonnaise Marchal"
        if before < 0:
            return False
        if fold(self.doc[before].lemma_) in words:
            return True
        first = name.head
        if self.doc[before].lower_ not in ("et", ",") or name.dep_ != "conj":
            return False
        if first.pos_ == "NOUN" and first.i < name.i and fold(first.lemma_) in words:
            return True  # "les marques A et B", the parse joining B to the noun itself
        if not first.ent_type_ or not 0 < first.i < name.i:
            return False
        noun = first.i - 1
        while noun > 0 and self.doc[noun].pos_ == "ADJ":
            noun -= 1  # "les fonds régionaux A et B"
        plural = any(d.lower_ in ("les", "des", "ces") for d in self.doc[noun].children)
        return plural and self.doc[noun].pos_ == "NOUN" and self._presented_by(first, words)

    def _in_attribution(self, source: Mention) -> bool:
        """The source's name follows, within four words, an attribution preposition or a noun
        of what an outlet published."""
        span = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        if span is None:
            return False
        attribution = self.lexicon.cues["attribution"]
        before = self.doc[max(0, span.start - 4) : span.start]
        return any(
            fold(t.text) in attribution["prepositions"]
            or fold(t.lemma_) in attribution["nouns"]
            or fold(t.text).startswith("d'apres")
            for t in before
        )

    def _clitics_apart(self, relations: list[Relation]) -> list[tuple[Mention, Mention]]:
        """'Maplestone, qui l'avait acquis auprès de ses fondateurs': an object clitic at an end
        of a relation is never a name of its own verb's subject (nor what a "qui" subject
        stands for)."""
        pairs = []
        for mention in {
            id(end): end
            for relation in relations
            for end in (relation.subject, relation.object)
            if isinstance(end, Mention)
            and end.kind is MentionKind.PRONOUN
            and end.head == "object"
        }.values():
            clitic = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            subject = self.args.subject_of(clitic.root.head) if clitic is not None else None
            if subject is None:
                continue
            if "Rel" in subject.morph.get("PronType"):  # "qui": its antecedent
                subject = self.args.antecedent_of_relative(subject) or subject
            pairs.extend(
                (mention, name)
                for name in self.args.referents(subject)
                if name.kind is MentionKind.NAME
            )
        return pairs

    def _set_apart(self, candidate: Candidate) -> list[tuple[Mention, Mention]]:
        """'Le groupe Talmor a vendu Ferlane à la société': a description at an end of a verb's
        relation, outside the verb's subject, is never a name of that subject (a verb's
        subject and its complements are different parties, a reflexive aside)."""
        trigger = candidate.trigger
        subject = self.args.subject_of(trigger) if trigger.pos_ == "VERB" else None
        if subject is None:
            return []
        begin, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        descriptions = [
            m
            for m in (candidate.subject, candidate.object)
            if isinstance(m, Mention)
            and m.kind is MentionKind.NOMINAL
            and not (begin <= m.start and m.end <= end)
        ]
        if not descriptions:
            return []
        agents = [m for m in self.args.referents(subject) if m.kind is MentionKind.NAME]
        return [(d, a) for d in descriptions for a in agents]

    def _frame_admits(self, candidate: Candidate) -> bool:
        """A frame's conditions on what its ends are ("Ferlane appartient au fonds Kastel" is
        a stake, "... au groupe Talmor" a subsidiary)."""
        frame = candidate.frame
        ends = {"subject": candidate.subject, "object": candidate.object}
        if frame.uncounted and self._counted(candidate.object):
            return False
        if frame.relation == "develops" and self.matcher.made_for_another(candidate.trigger):
            return False  # "que fabriquera pour elle le fondeur X": a contractor, no maker
        if frame.goods and not self._sells_goods(candidate.trigger, frame.goods):
            return False
        roles = {"subject": frame.subject, "object": frame.object}
        return all(
            self._introduced_as(ends[end], words) for end, words in frame.only_if
        ) and not any(
            self._introduced_as(ends[end], words)
            or _named_as(ends[end], words)
            or ("patient" in roles[end] and _object_noun_is(candidate.trigger, words))
            for end, words in frame.unless
        )

    def _sells_goods(self, trigger: Token, goods: frozenset[str]) -> bool:
        """'vend sa production à Y', 'a vendu six exemplaires à Y', 'vend l'essentiel de sa
        récolte à Y': the verb's direct object (or what a share of it is of) is goods, never a
        name, a company or a stake ('vend sa filiale à Y', 'vend 20 % de Ferlane à Y')."""
        patient = self.args.patient(trigger) if trigger.pos_ == "VERB" else None
        if patient is None or patient.ent_type_ or patient.dep_ != "obj":
            return False
        if fold(patient.lemma_) in goods:
            return True
        return fold(patient.lemma_) in self.lexicon.goods_share_nouns and any(
            child.dep_ == "nmod" and not child.ent_type_ and fold(child.lemma_) in goods
            for child in patient.children
        )

    def _counted(self, mention: Mention) -> bool:
        """A name a number counts ("8 000 Urbix", "trente Airbus A320", "1 200 trottinettes
        Ziva"): units of a product."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        counted = [span.root]
        if span.root.dep_ in ("nmod", "appos", "flat:name") and span.root.head.i < span.start:
            counted.append(span.root.head)  # the noun the name follows
        return any(
            c.pos_ == "NUM" or (c.like_num and c.dep_ in ("det", "nummod"))
            for noun in counted
            for c in noun.children
            if c.i < noun.i
        )

    def _admits(self, spec: GrammarRelation, end: str, mention: Mention) -> bool:
        """A family's relation that depends on what an end is: "le fonds X, propriétaire de Y"
        is an investor's stake, "le groupe X, propriétaire de Y" a parent's subsidiary."""
        if end in spec.only_if and not self._introduced_as(mention, _folded(spec.only_if[end])):
            return False
        return not (end in spec.unless and self._introduced_as(mention, _folded(spec.unless[end])))

    def _whole_held(self, match: SlotMatch, spec: GrammarRelation) -> bool:
        """'Talmor possède Ferlane': the active verb's object is the company itself, not a
        share of it ('20 %', 'la moitié', 'sa participation'; a passive or a participle, "Y,
        détenu par X", says nothing of a whole)."""
        end, agent = match.ends.get(spec.object), match.ends.get("agent")
        trigger = match.ends["trigger"]
        if end is None or agent is None or agent.i > trigger.i:
            return False
        shares = self.lexicon.sale_stake_words | self.lexicon.stake_fractions
        # the share may be the verb's object or the noun its relative hangs on ("dont la banque
        # X possède 12 %", "la part qu'il possède dans Y")
        near = [end, *trigger.children] + ([trigger.head] if trigger.dep_ == "acl:relcl" else [])
        return not any({fold(t.lemma_), fold(t.text)} & shares for t in near)

    def _whole_admits(self, spec: GrammarRelation, end: str, mention: Mention) -> bool:
        """'Gourmandia, qui possède déjà la Nougaterie Fabre': a whole company held is an
        investment of a fund, a family or a person only; a company's is its subsidiary (the
        own-whole family)."""
        words = spec.whole_only_if.get(end)
        return words is None or self._introduced_as(mention, _folded(words))

    def _slotted(
        self,
        sentence: Span,
        evidence: Evidence,
        amounts: list[tuple[int, int, Amount]],
        dates: list[tuple[int, int, When]],
        source: Mention | None,
        yielding: set[int],
    ) -> list[Relation]:
        """The relations of the slot grammar (pipelines/grammar.yaml) in this sentence; the ids
        of those whose family relation yields are added to `yielding`."""
        found: list[Relation] = []
        for match in self.grammar.in_sentence(self.doc, sentence):
            trigger = match.ends["trigger"]
            presupposed = match.slot.presupposed
            if presupposed is None:
                presupposed = match.slot.kind == "noun"
            assessment = assess(trigger, self.lexicon, presupposed=presupposed)
            certainty = _at_least(assessment.certainty, match.slot.certainty)
            for spec in match.family.relations:
                relation = self._sale_relation(match, spec)
                if self._owner_left_unsaid(match, relation):
                    continue
                if relation == "develops" and self.matcher.made_for_another(trigger):
                    continue  # "Fabriquée sous contrat par X, la pompe P": not its maker
                if match.slot.reciprocal:  # "A, B et C restent concurrents": every pair
                    subjects = objects = self._end_referents(match, "holder")
                elif not {spec.subject, spec.object} <= match.ends.keys():
                    continue  # a slot that names no place says nothing of one
                else:
                    domain, range_ = SIGNATURES[relation]
                    subjects = self._end_referents(match, spec.subject, domain)
                    objects = self._end_referents(match, spec.object, range_)
                subjects = [m for m in subjects if self._admits(spec, spec.subject, m)]
                objects = [m for m in objects if self._admits(spec, spec.object, m)]
                if spec.whole_only_if and self._whole_held(match, spec):
                    subjects = [m for m in subjects if self._whole_admits(spec, spec.subject, m)]
                    objects = [m for m in objects if self._whole_admits(spec, spec.object, m)]
                deal = relation in _DEAL_RELATIONS
                paired = ends_paired(trigger, subjects, objects)  # "respectivement"
                for subject in subjects:
                    for obj in objects:
                        same = (subject.start, subject.end) == (obj.start, obj.end)
                        if (subject, obj) not in paired:
                            continue
                        if (same and not _each_other(match, subject)) or not (
                            self._fits(relation, 0, subject) and self._fits(relation, 1, obj)
                        ):
                            continue
                        found.append(
                            Relation(
                                predicate=relation,
                                subject=subject,
                                object=obj,
                                evidence=evidence,
                                rule=match.rule,
                                certainty=certainty,
                                confidence=0.8,
                                source=self._source_for(source, subject, obj),
                                amount=amount_near(trigger, amounts) if deal else None,
                                date=date_near(trigger, dates, self.lexicon) if deal else None,
                                past=assessment.past,
                            )
                        )
                        if spec.yields:
                            yielding.add(id(found[-1]))
        return found

    def _deal_founders(self, found: list[Relation]) -> list[Relation]:
        """Founders a bare title names ("Les fondateurs, A et B, conservent 10 %"): of the
        company of the deal nearby (kg.extract.stakes), when the text did not name them
        before; else the founder who opens a sentence naming no company is of the company the
        passage is about, others of no one the text names."""
        placed = {id(relation): company for relation, company in deal_founders(found, self.memory)}
        kept: list[Relation] = []
        for relation in found:
            company = placed.get(id(relation))
            works = relation.predicate == "worksFor"
            person = relation.subject if works else relation.object
            if isinstance(person, Mention) and person.text in self.args.text[: person.start]:
                company = None  # named before: perhaps as the buyer's founder, whom it may be
            if relation.rule not in DEAL_FOUNDER_RULES:
                kept.append(relation)
            elif company is not None:
                ends = {"object": company} if works else {"subject": company}
                kept.append(replace(relation, rule="title.founder-of-deal", **ends))
            elif relation.rule == FOUNDER_OR_TOPIC_RULE:
                kept.append(replace(relation, rule="title.topic"))
        return kept

    def _retained(
        self,
        sentence: Span,
        found: list[Relation],
        evidence: Evidence,
        amounts: list[tuple[int, int, Amount]],
        source: Mention | None,
    ) -> list[Relation]:
        """The stakes kept or left after a deal that the sentence tells with no company ("la
        famille Vuillet, qui conserve le solde"): in the company of that deal
        (kg.extract.stakes)."""
        kept: list[Relation] = []
        for verb, holder, company in retained_stakes(
            sentence, found, self.args, self.lexicon, self.memory
        ):
            assessment = assess(verb, self.lexicon, presupposed=False)
            relation = self._told_pair(
                "investsIn", holder, company, evidence, source, RETAINED_RULE,
                assessment.certainty, amount=amount_near(verb, amounts), past=assessment.past,
            )  # fmt: skip
            if relation is not None:
                kept.append(relation)
        return kept

    def _lost_bids(
        self, found: list[Relation], sentence: Span, evidence: Evidence, source: Mention | None
    ) -> list[Relation]:
        """The bidders the sentence tells lost a contract: no contract with its awarder,
        denied (kg.extract.bids)."""
        lost: list[Relation] = []
        for awarder, loser in lost_bidders(
            sentence, found, self.args, self.lexicon, self.memory
        ):
            relation = self._told_pair(
                "contractWith", loser, awarder, evidence, source, LOST_BID_RULE, Certainty.NEGATED
            )
            if relation is not None:
                lost.append(relation)
        return lost

    def _clients_told(
        self,
        told: Iterable[tuple[Token, Mention, Mention]],
        rule: str,
        evidence: Evidence,
        source: Mention | None,
    ) -> list[Relation]:
        """Clients a verb tells of, (verb, supplier, client) each: the makers whose product a
        company supplies parts of (kg.extract.parts), the companies work is done for ("pour le
        compte de Y", kg.extract.behalf); as certain as their verb. The rule names the
        predicate: the same pairs bound by a contract, or partners (kg.extract.joint)."""
        clients: list[Relation] = []
        predicate = rule.partition(".")[0]  # "hasClient", or a contract or partnership told
        for verb, supplier, client in told:
            assessment = assess(verb, self.lexicon, presupposed=False)
            relation = self._told_pair(
                predicate, supplier, client, evidence, source, rule,
                assessment.certainty, past=assessment.past,
            )  # fmt: skip
            if relation is not None:
                clients.append(relation)
        return clients

    def _covenanted(
        self, sentence: Span, found: list[Relation], evidence: Evidence, source: Mention | None
    ) -> list[Relation]:
        """Companies bound by the deal a clause is done under ("X traitera les batteries de Y en
        vertu d'un contrat", kg.extract.covenant); none between two the sentence already ties
        by capital ("X rachète Y en vertu d'un accord signé en mars": a purchase, no contract)."""
        owned = {
            frozenset(((r.subject.start, r.subject.end), (r.object.start, r.object.end)))
            for r in found
            if r.predicate in _CAPITAL_TIES and isinstance(r.object, Mention)
        }
        told: list[Relation] = []
        for verb, doer, party, rule in covenants(sentence, self.args, self.lexicon):
            pair = frozenset(((doer.start, doer.end), (party.start, party.end)))
            if pair not in owned:
                told.extend(self._clients_told([(verb, doer, party)], rule, evidence, source))
        return told

    def _told_pair(
        self,
        predicate: str,
        subject: Mention,
        obj: Mention,
        evidence: Evidence,
        source: Mention | None,
        rule: str,
        certainty: Certainty,
        **told: object,
    ) -> Relation | None:
        """The relation a sentence-level reading (stakes kept, bids lost) found between two
        mentions, when the ontology admits both ends; None otherwise."""
        if not (self._fits(predicate, 0, subject) and self._fits(predicate, 1, obj)):
            return None
        return Relation(
            predicate=predicate,
            subject=subject,
            object=obj,
            evidence=evidence,
            rule=rule,
            certainty=certainty,
            confidence=0.7,
            source=self._source_for(source, subject, obj),
            **told,  # type: ignore[arg-type]
        )

    def _sale_relation(self, match: SlotMatch, spec: GrammarRelation) -> str:
        """A candidate for a stake for sale ("Malvaux cède ses 20 % dans Y; X figurerait
        parmi les candidats") would invest in the company, not buy it."""
        end = match.ends.get(spec.object)
        if (
            spec.relation == "acquired"
            and end is not None
            and self.memory.sale_stake
            and self.matcher.sale_of(end)
        ):
            return "investsIn"
        return spec.relation

    def _scored(
        self,
        sentence: Span,
        found: list[Relation],
        evidence: Evidence,
        amounts: list[tuple[int, int, Amount]],
        dates: list[tuple[int, int, When]],
        source: Mention | None,
    ) -> list[Relation]:
        """The relations between two names of the sentence that the trained scorer finds
        likely and the grammar missed (kg_relation_scorer_v1, thresholds from training)."""
        scores = self.doc._.kg_relation_scores
        thresholds = self.doc._.kg_relation_thresholds
        if not scores or not thresholds:
            return []
        known = {
            (r.predicate, r.subject.start, r.object.start)
            for r in found
            if isinstance(r.object, Mention)
        }
        added: list[Relation] = []
        for (i, j), likely in scores.items():
            if not (sentence.start <= i < sentence.end):
                continue
            a, b = self.doc[i], self.doc[j]
            for predicate, probability in likely.items():
                if probability < thresholds.get(predicate, 1.0):
                    continue
                subject, obj = self.args.name_mention(a), self.args.name_mention(b)
                if (predicate, subject.start, obj.start) in known or (
                    predicate in SYMMETRIC_RELATIONS
                    and (predicate, obj.start, subject.start) in known
                ):
                    continue
                trigger = path_trigger(a, b)
                deal = predicate in _DEAL_RELATIONS
                assessment = assess(trigger, self.lexicon, presupposed=trigger.pos_ == "NOUN")
                added.append(
                    Relation(
                        predicate=predicate,
                        subject=subject,
                        object=obj,
                        evidence=evidence,
                        rule=f"{SCORER_RULE}[{probability:.2f}]",
                        certainty=assessment.certainty,
                        confidence=round(probability, 2),
                        source=self._source_for(source, subject, obj),
                        amount=amount_near(trigger, amounts) if deal else None,
                        date=date_near(trigger, dates, self.lexicon) if deal else None,
                        past=assessment.past,
                    )
                )
                known.add((predicate, subject.start, obj.start))
        return added

    @staticmethod
    def _source_for(source: Mention | None, *ends: object) -> Mention | None:
        if source is None:
            return None
        for end in ends:
            if isinstance(end, Mention) and (end.start, end.end) == (source.start, source.end):
                return None
        return source

    def _remember_awarder(self, found: list[Relation]) -> None:
        """The client of a contract or a tender won in this sentence (a hasClient stated with
        a contractWith between the same two) is whom a losing bidder named later did not get
        a contract from ("Le consortium X, candidat malheureux, ...")."""
        contracts = {
            frozenset((r.subject.start, r.object.start))
            for r in found
            if r.predicate == "contractWith" and isinstance(r.object, Mention)
        }
        clients = [
            r.object
            for r in found
            if r.predicate == "hasClient"
            and r.certainty is not Certainty.NEGATED
            and isinstance(r.object, Mention)
            and frozenset((r.subject.start, r.object.start)) in contracts
        ]
        if clients:
            self.memory.awarder = clients[:1]
            self.memory.awarder_age = 0
        else:
            self.memory.awarder_age += 1

    def _remember_deal(self, found: list[Relation]) -> None:
        """The relation of the last partnership or contract a sentence told, not denied: what
        "un accord similaire" in a later sentence is (frames with `as_before`)."""
        told = [
            r.predicate
            for r in found
            if r.predicate in _SIMILAR_DEALS and r.certainty is not Certainty.NEGATED
        ]
        if told:
            self.memory.deal = told[-1]

    def _remember_maker(self, found: list[Relation]) -> None:
        """The named maker of a product this sentence names is whom an order of that product
        goes to, when a later clitic stands for it ("... Le ministère en a commandé douze")."""
        makers = [
            r.subject
            for r in found
            if r.predicate == "develops"
            and r.subject.kind is MentionKind.NAME
            and r.certainty is not Certainty.NEGATED
        ]
        if makers:
            self.memory.maker = makers[-1:]

    def _remember_capital(self, sentence: Span) -> None:
        """'Y va remplacer X au capital de Z': the company whose capital the sentence before
        names, for the stakes this one names without it ('les 35 % détenus par X')."""
        self.memory.capital = []
        k = self.sentences.index(sentence) if sentence in self.sentences else 0
        tokens = list(self.sentences[k - 1]) if k > 0 else []
        for i, token in enumerate(tokens[:-2]):
            if fold(token.text) != "capital" or fold(tokens[i + 1].text) not in ("de", "d'", "du"):
                continue
            named = next((t for t in tokens[i + 2 : i + 6] if t.ent_type_), None)
            if named is not None:
                self.memory.capital = self.args.referents(named, expand=False)

    def _remember_raise(self, sentence: Span, amounts: list[tuple[int, int, Amount]]) -> None:
        """A company that raises money is what 'ce tour de table' later refers to."""
        for token in sentence:
            lemma = fold(token.lemma_)
            raiser: Token | None = None
            if lemma in self.lexicon.raise_verbs and token.pos_ == "VERB":
                raiser = self.args.agent(token)
            elif lemma in self.lexicon.capital_entry_verbs:
                raiser = capital_entered(token)
            elif lemma in self.lexicon.funding_nouns and token.pos_ == "NOUN":
                verb = token.head
                if token.dep_ == "obj" and fold(verb.lemma_) in self.lexicon.funding_announce_verbs:
                    raiser = self.args.agent(verb)  # "Kelvio annonce une levée de fonds"
                for child in token.children:
                    if child.dep_ == "acl" and fold(child.lemma_) in (
                        "realiser",
                        "effectuer",
                        "boucler",
                    ):
                        raiser = self.args.agent(child)
            if raiser is None:
                continue
            mentions = self.args.referents(raiser)
            if mentions:
                self.memory.raiser = mentions
                self.memory.raise_amount = amount_near(token, amounts)


def _span(mention: object) -> tuple[int, int] | None:
    return (mention.start, mention.end) if isinstance(mention, Mention) else None


def _yield_to_stated(found: list[Relation], yielding: set[int]) -> list[Relation]:
    """A weak reading gives way to the sentence's own statement: "Multidis commercialise le
    casque Sonix, fabriqué par Audira" says who makes Sonix, so the seller does not."""
    if not yielding:
        return found
    stated = {
        (r.predicate, _span(r.object), _span(r.subject)) for r in found if id(r) not in yielding
    }
    return [
        r
        for r in found
        if id(r) not in yielding
        or not any(
            (p, o) == (r.predicate, _span(r.object)) and s != _span(r.subject) for p, o, s in stated
        )
    ]


def path_trigger(a: Token, b: Token) -> Token:
    """The word that relates two names: their lowest common ancestor in the parse ("racheté"
    in "Talmor a racheté Ondivia"), or the first word below the name that governs the other
    ("filiale" in "Ondivia, filiale de Talmor")."""
    above_a = [a]
    while above_a[-1].head.i != above_a[-1].i and len(above_a) < 20:
        above_a.append(above_a[-1].head)
    indexes = {t.i for t in above_a}
    token, below = b, None
    while token.i not in indexes and token.head.i != token.i:
        below, token = token, token.head
    if token.i not in indexes:
        return a
    if token.i in (a.i, b.i):
        if token.i == a.i:  # a governs b: the first word on the way down from a
            return below if below is not None else b
        position = [t.i for t in above_a].index(b.i)
        return above_a[position - 1] if position else a
    return token


_LINK_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "of", "the", "and"})


def _initials(name: str, *, every_word: bool = False) -> str:
    """'Centre National d'Etudes Spatiales' -> 'cnes'; with `every_word`, the initials of the
    lower-case words too ('Association internationale du transport aérien' -> 'aita', whose
    English acronym IATA orders the same letters otherwise)."""
    words_ = [
        w
        for w in name.replace("-", " ").replace("'", " ").split()
        if (w[:1].isupper() or every_word) and fold(w) not in _LINK_WORDS
    ]
    return "".join(fold(w[0]) for w in words_)


def _expansions(doc: Doc) -> list[tuple[Token, Token]]:
    """'SMILE (Solar-wind Magnetosphere Ionosphere Link Explorer)', 'le Centre national d'études
    spatiales (CNES)': an acronym and its expansion in brackets name one entity."""
    pairs = []
    for token in (ent.root for ent in doc.ents):
        if token.i + 3 > len(doc):
            continue
        opening, inner, closing = (
            doc[token.i + 1],
            doc[token.i + 2],
            doc[token.i + 3] if token.i + 3 < len(doc) else None,
        )
        if opening.text != "(" or not inner.ent_type_ or closing is None or closing.text != ")":
            continue
        short, long = sorted((token, inner), key=lambda t: len(t.text))
        letters = short.text.replace(".", "")
        acronym = fold(letters)
        if letters.isupper() and (
            _initials(long.text) == acronym
            or sorted(_initials(long.text, every_word=True)) == sorted(acronym)
        ):
            pairs.append((token, inner))
    return pairs


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per (ends, predicate, certainty) and sentence: frames may overlap."""
    seen: dict[tuple, Relation] = {}
    for relation in relations:
        obj = relation.object
        obj_key = (obj.start, obj.end) if isinstance(obj, Mention) else repr(obj)
        key = (
            relation.predicate,
            relation.subject.start,
            relation.subject.end,
            obj_key,
            relation.evidence.start,
        )
        previous = seen.get(key)
        if (
            previous is None
            or relation.confidence > previous.confidence
            or (previous.amount is None and relation.amount is not None)
        ):
            seen[key] = relation
    return list(seen.values())


def prepare_extraction(vocab: Vocab, settings: Settings) -> None:
    """Compile the slot grammar for this vocabulary now, outside any spaCy memory zone: its
    matchers' strings must outlive the documents read in one (`Builder.resolve_texts`)."""
    load_grammar(vocab, str(settings.pipelines_dir / "grammar.yaml"))


def extract(doc: Doc, document: Document, settings: Settings | None = None) -> Extraction:
    """All relations and attributes stated in one parsed document."""
    return _Extractor(doc, document, settings or Settings()).run()
