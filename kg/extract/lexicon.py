"""The relation frames and cue lexicons of pipelines/relations.yaml and pipelines/cues.yaml."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..components.lexicon import fold, with_class_nouns
from ..components.schemas import CuesFile, RelationsFile, load_checked
from ..errors import ModelError
from ..vocab import FINE_CLASSES, RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["Frame", "RelationLexicon", "load_relation_lexicon", "phrases_in", "words"]


@lru_cache(maxsize=65536)
def words(phrase: str) -> tuple[str, ...]:
    """'s'associer' -> ('associer',); 'au capital de' -> ('a', 'capital', 'de') (contractions
    and determiners removed, accents folded) so that phrases compare word by word."""
    out: list[str] = []
    for word in fold(phrase).replace("'", "' ").split():
        word = {"du": "de", "des": "de", "au": "a", "aux": "a", "d'": "de"}.get(word, word)
        if word in ("le", "la", "les", "l'", "un", "une", "s'", "se"):
            continue
        out.append(word)
    return tuple(out)


Read = list[tuple["Token", str]]  # a sentence's tokens with each of their words (`words`)


def phrases_in(
    sentence: Span, phrases: Iterable[tuple[str, ...]]
) -> Iterator[tuple[int, Read]]:
    """(end, read) for each place a phrase's words stand in a row in the sentence: `read` is
    the sentence's tokens with their words, `end` the index in it right after the phrase. The
    words are read only when the sentence holds all of a phrase's (most hold none)."""
    text = fold(sentence.text)
    present = [p for p in phrases if all(word in text for word in p)]
    if not present:
        return
    read = [(token, word) for token in sentence for word in words(token.text)]
    for phrase in present:
        for k in range(len(read) - len(phrase) + 1):
            if tuple(word for _, word in read[k : k + len(phrase)]) == phrase:
                yield k + len(phrase), read


@dataclass(frozen=True)
class Frame:
    """One way French states a relation: trigger words and where the two ends are."""

    id: str
    relation: str
    kind: str  # "verb" or "noun"
    lemmas: tuple[tuple[str, ...], ...]  # each a phrase as words(); the first word is the head
    subject: tuple[str, ...]
    object: tuple[str, ...]
    subject_types: frozenset[str] = frozenset()
    object_types: frozenset[str] = frozenset()
    reciprocal: bool = False
    requires_percent: bool = False
    whole_only: bool = False  # "le rachat de 30 % de Y" is a stake: no end from a minority part
    governed_by: frozenset[str] = frozenset()
    presupposed: bool = False  # stated inside a noun phrase: the clause's modality does not apply
    no_superlative: bool = False  # not when the noun is ranked: "la plus grosse biotech de"
    near: bool = False  # prepositional ends only inside the noun's own phrase
    first_complement: bool = False  # a prepositional end is the first such complement only
    owner_of: frozenset[str] = frozenset()  # "équipe les entrepôts de X": the noun stands for X
    yields: bool = False  # a weak reading, dropped when the sentence names another subject
    as_before: bool = False  # "un accord similaire": the relation of the last deal told
    # (end, words folded): only when that end is introduced as one of the words, or never
    # ("le fonds X" owns a stake; "l'enseigne X commercialise" what others make)
    only_if: tuple[tuple[str, frozenset[str]], ...] = ()
    unless: tuple[tuple[str, frozenset[str]], ...] = ()
    pronominal: frozenset[str] = frozenset()  # heads written with "se": "s'approvisionner"
    ending: bool = False  # the trigger ends the relation: negated, it states none
    past: bool = False  # over as soon as told, unless still to come: "a fait ses débuts chez Y"
    lasting: bool = False  # a role, over in a compound past or the imperfect: "a piloté"
    firm_types: bool = False  # a weakly typed end keeps its class: its role does not re-type it
    uncounted: bool = False  # "exploite 8 000 Urbix": units of a product, not the product
    goods: frozenset[str] = frozenset()  # the verb's object is one of these: goods, not a deal
    # a complement of the trigger that makes it another event ("lancée en Bourse en 2015": a
    # listing, no founding): the attributes' frames only
    other_events: frozenset[str] = frozenset()
    goal_nouns: frozenset[str] = frozenset()  # attributes: 'objectif de chiffre d'affaires'
    projecting_verbs: frozenset[str] = frozenset()  # attributes: 'qui pourrait la valoriser'

    def allows(self, end: str, entity_class: str | None) -> bool:
        """Whether an entity of this class may fill the subject or object end."""
        allowed = self.subject_types if end == "subject" else self.object_types
        if not allowed or entity_class is None:
            return True
        return FINE_CLASSES.get(entity_class, entity_class) in allowed


@dataclass(frozen=True)
class RelationLexicon:
    frames: tuple[Frame, ...]
    # verbs a frame reads in their pronominal form, whose other frames never read that form
    # ("s'approvisionner auprès de Y" buys, "approvisionner Y" supplies)
    pronominal_heads: frozenset[str]
    titles: dict[tuple[str, ...], str]  # title phrase -> relation
    longest_title: int  # words in the longest title phrase: where a reader's lookup starts
    definite_titles: dict[tuple[str, ...], str]  # its relation after "le" / "son" only
    past_title_modifiers: frozenset[str]
    schools: frozenset[str]
    kin_nouns: frozenset[str]
    deputy_title_modifiers: frozenset[str]
    observer_titles: frozenset[tuple[str, ...]]
    appointment_verbs: frozenset[str]
    appointment_nouns: frozenset[str]
    company_posts: frozenset[str]
    head_of_phrases: tuple[tuple[str, ...], ...]
    unit_head_phrases: tuple[tuple[str, ...], ...]  # a department's post: worksFor
    chosen_to_lead_verbs: frozenset[str]  # "Pour diriger Y, le conseil a choisi P"
    fronted_head_openers: frozenset[str]
    leaving_verbs: frozenset[str]
    copula_verbs: frozenset[str]
    succession_verbs: frozenset[str]
    succession_posts: tuple[tuple[str, ...], ...]
    handover_verbs: frozenset[str]
    chair_posts: tuple[tuple[str, ...], ...]
    led_under_phrases: dict[tuple[str, ...], str]  # phrase -> relation
    led_works: frozenset[str]
    origin_phrases: tuple[tuple[str, ...], ...]
    head_taking_verbs: frozenset[str]
    management_nouns: tuple[tuple[str, ...], ...]  # "la direction", "l'équipe dirigeante"
    management_leading_verbs: frozenset[str]  # "emmenée par P"
    head_posts: tuple[tuple[str, ...], ...]
    time_nouns: frozenset[str]
    chair_verbs: frozenset[str]
    board_nouns: frozenset[str]
    join_verbs: frozenset[str]
    funding_nouns: frozenset[str]
    round_investor_nouns: frozenset[str]  # "mené par X, avec ses investisseurs": the raiser's
    round_standins: frozenset[str]  # "L'opération est menée par X": the round just told
    raising_verbs: frozenset[str]
    round_participles: frozenset[str]  # "la levée de fonds réalisée par X": X raised
    funding_announce_verbs: frozenset[str]
    accept_verbs: frozenset[str]
    target_nouns: frozenset[str]  # "X fait l'objet d'une offre de Y": X is the deal's target
    winning_verbs: frozenset[str]  # "A et B ont remporté le contrat": no contract between them
    vying_verbs: frozenset[str]  # "A et B convoitent le contrat": rivals, no contract between them
    turn_down_verbs: frozenset[str]  # "a refusé une offre de rachat de H": the target
    bid_nouns: frozenset[str]
    entrust_verbs: frozenset[str]  # "a confié la vente de Y à X": X is the verb's
    price_nouns: frozenset[str]  # "le montant ... l'évaluent à": no company valued
    part_nouns: frozenset[str]
    own_unit_nouns: frozenset[str]  # 'la reprise de sa filiale Y': not its own buyer
    control_nouns: frozenset[str]
    goods_share_nouns: frozenset[str]  # "l'essentiel de sa récolte": a share of goods
    raise_verbs: frozenset[str]
    capital_entry_verbs: frozenset[str]  # "X entre au capital de Y": the round is Y's
    event_nouns: frozenset[str]
    adviser_nouns: frozenset[str]
    bought_with_nouns: frozenset[str]  # "acquiert Y aux côtés de son fondateur": Y's founder
    adviser_verbs: frozenset[str]
    market_verbs: frozenset[str]  # "se disputer le marché": a market, no contract
    stake_sale_words: frozenset[str]
    deal_making_participles: frozenset[str]  # "un partenariat noué avec Y": the noun's
    third_party_verbs: frozenset[str]  # "le rachat a été financé par B": B is no party
    outskirts_nouns: frozenset[str]  # "dans la banlieue de Nantes": not in Nantes
    stake_fractions: frozenset[str]
    stake_fraction_of: frozenset[str]
    clitic_skipped: frozenset[str]
    dans_locution_nouns: frozenset[str]  # "dans le cadre de": no place
    clitic_y_sites: frozenset[str]  # what "y" takes up when the sentence before names one
    lost_to_phrases: tuple[tuple[str, ...], ...]  # "au détriment de Z": Z lost the bid
    beaten_phrases: tuple[tuple[str, ...], ...]  # "l'a emporté face à Z"
    outbidding_verbs: frozenset[str]  # "Y a devancé Z"
    dropped_bidder_verbs: frozenset[str]  # "Z a été écarté"
    tender_words: frozenset[str]  # "Z a perdu le marché"
    market_adjectives: frozenset[str]  # "le marché mondial": no tender
    supplier_nouns: frozenset[str]  # "le fournisseur des écrans de sa liseuse": the client's
    goods_getting_verbs: frozenset[str]  # "X a commandé à Y dix exemplaires de son drone"
    goods_count_nouns: frozenset[str]  # "dix exemplaires de", "la licence de"
    contract_making_verbs: frozenset[str]  # "que fabriquera pour elle le fondeur X"
    contract_terms: frozenset[str]  # "fabriquée sous contrat par X"
    part_supply_verbs: frozenset[str]  # "X fournit les turbines de l'hélicoptère de Y"
    fitting_verbs: frozenset[str]  # "X équipe le Nomia 3, le smartphone de Y"
    behalf_phrases: tuple[tuple[str, ...], ...]  # "X exploite Z pour le compte de Y"
    codeveloped_participles: tuple[tuple[str, ...], ...]  # "le drone V, conçu avec Y"
    covenant_phrases: tuple[tuple[str, ...], ...]  # "en vertu de", "dans le cadre de"
    covenant_contracts: frozenset[str]  # "en vertu d'un contrat": a contract
    covenant_partnerships: frozenset[str]  # "dans le cadre d'un partenariat": partners
    covenant_not_deals: frozenset[str]  # "en vertu d'un accord de cession": neither
    stake_purchase_words: frozenset[str]
    sale_words: frozenset[str]  # a company or a stake put up for sale: "la vente de Y"
    sought_buyer_nouns: frozenset[str]  # "Y cherche un repreneur": Y is for sale
    sought_stake_nouns: frozenset[str]  # "Y cherche un nouvel actionnaire": a stake in Y is
    seek_verbs: frozenset[str]
    sale_stake_words: frozenset[str]  # "céder les 20 % qu'il détient dans Y": a stake
    sale_holding_verbs: frozenset[str]  # "qu'il détient dans Y": no clause of its own
    capital_opening_verbs: frozenset[str]  # "Y ouvre son capital": a stake in Y is for sale
    sale_standins: frozenset[str]  # "X étudierait le dossier": the sale the text is about
    retaining_verbs: frozenset[str]  # "qui conserve le solde": a stake kept after a deal
    stake_taking_verbs: frozenset[str]  # "qui prend 8 % du capital": a percentage taken
    untold_stake_nouns: frozenset[str]  # "20 %", "la majorité": no deal needed
    deal_told_words: frozenset[str]  # "le rachat de Y": whose capital is the deal's
    remainder_nouns: frozenset[str]
    remainder_of: frozenset[str]  # "20 % des parts": still no company named
    remainder_left_verbs: frozenset[str]  # "le solde reste entre les mains de X"
    remainder_hands: frozenset[str]
    retained_titles: frozenset[str]  # "le fondateur, qui reste majoritaire"
    ranked_shareholders: frozenset[str]  # "X, premier actionnaire avec 21 %"
    shareholder_ranks: frozenset[str]
    buying_verbs: frozenset[str]  # the verbs of the acquired frames: a seller's possessive
    title_heads: frozenset[str]  # the first word of every title: "directeur" (des achats)
    brand_frame: Frame
    cues: dict  # pipelines/cues.yaml, folded
    # "P, présidente de Y, quitte ses fonctions": the title in apposition is over
    leaving_phrases: tuple[tuple[str, ...], ...] = ()


def _frame(entry: dict, kind: str, path: Path) -> Frame:
    where = entry.get("id", "?")
    if entry.get("relation") not in RELATIONS:
        raise ModelError(f"relations.yaml: {where}: unknown relation {entry.get('relation')!r}")
    return Frame(
        id=entry["id"],
        relation=entry["relation"],
        kind=kind,
        lemmas=tuple(words(lemma) for lemma in with_class_nouns(entry["lemmas"], path)),
        pronominal=frozenset(
            words(lemma)[0] for lemma in entry["lemmas"] if fold(lemma).startswith(("s'", "se "))
        ),
        subject=tuple(entry["subject"]),  # roles checked by the schema
        object=tuple(entry["object"]),
        subject_types=frozenset(entry.get("subject_types", ())),
        object_types=frozenset(entry.get("object_types", ())),
        reciprocal=bool(entry.get("reciprocal", False)),
        requires_percent=bool(entry.get("requires_percent", False)),
        whole_only=bool(entry.get("whole_only", False)),
        governed_by=frozenset(fold(w) for w in entry.get("governed_by", ())),
        presupposed=bool(entry.get("presupposed", False)),
        no_superlative=bool(entry.get("no_superlative", False)),
        near=bool(entry.get("near", False)),
        first_complement=bool(entry.get("first_complement", False)),
        owner_of=frozenset(fold(w) for w in entry.get("owner_of", ())),
        yields=bool(entry.get("yields", False)),
        as_before=bool(entry.get("as_before", False)),
        only_if=_end_conditions(entry.get("only_if", {})),
        unless=_end_conditions(entry.get("unless", {})),
        past=bool(entry.get("past", False)),
        ending=bool(entry.get("ending", False)),
        lasting=bool(entry.get("lasting", False)),
        firm_types=bool(entry.get("firm_types", False)),
        uncounted=bool(entry.get("uncounted", False)),
        goods=frozenset(fold(w) for w in entry.get("goods", ())),
    )


def _end_conditions(conditions: dict[str, list[str]]) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((end, frozenset(fold(w) for w in words)) for end, words in conditions.items())


def _fold_all(value: object) -> object:
    if isinstance(value, dict):
        return {key: _fold_all(item) for key, item in value.items()}
    if isinstance(value, list):
        return frozenset(fold(item) for item in value)
    return value


@cache
def load_relation_lexicon(pipelines_dir: str) -> RelationLexicon:
    folder = Path(pipelines_dir)
    path = folder / "relations.yaml"
    data = load_checked(path, RelationsFile).model_dump()
    frames = tuple(_frame(e, "verb", path) for e in data["verbs"]) + tuple(
        _frame(e, "noun", path) for e in data["nouns"]
    )
    titles = {
        words(title): relation for relation, names in data["titles"].items() for title in names
    }
    return RelationLexicon(
        frames=frames,
        pronominal_heads=frozenset().union(*(f.pronominal for f in frames)),
        titles=titles,
        longest_title=max(map(len, titles)),
        definite_titles={
            words(title): relation
            for relation, names in data["definite_titles"].items()
            for title in names
        },
        past_title_modifiers=frozenset(fold(w) for w in data["past_title_modifiers"]),
        schools=frozenset(fold(w) for w in data["schools"]),
        kin_nouns=frozenset(fold(w) for w in data["kin_nouns"]),
        deputy_title_modifiers=frozenset(fold(w) for w in data["deputy_title_modifiers"]),
        observer_titles=frozenset(words(t) for t in data["observer_titles"]),
        appointment_verbs=frozenset(fold(w) for w in data["appointment_verbs"]),
        appointment_nouns=frozenset(fold(w) for w in data["appointment_nouns"]),
        company_posts=frozenset(fold(w) for w in data["company_posts"]),
        head_of_phrases=tuple(words(p) for p in data["head_of_phrases"]),
        unit_head_phrases=tuple(words(p) for p in data["unit_head_phrases"]),
        chosen_to_lead_verbs=frozenset(fold(w) for w in data["chosen_to_lead_verbs"]),
        fronted_head_openers=frozenset(fold(w) for w in data["fronted_head_openers"]),
        leaving_verbs=frozenset(fold(w) for w in data["leaving_verbs"]),
        leaving_phrases=tuple(words(p) for p in data["leaving_phrases"]),
        copula_verbs=frozenset(fold(w) for w in data["copula_verbs"]),
        succession_verbs=frozenset(fold(w) for w in data["succession_verbs"]),
        succession_posts=tuple(words(p) for p in data["succession_posts"]),
        handover_verbs=frozenset(fold(w) for w in data["handover_verbs"]),
        chair_posts=tuple(words(p) for p in data["chair_posts"]),
        led_under_phrases={
            words(p): relation
            for relation, phrases in data["led_under_phrases"].items()
            for p in phrases
        },
        origin_phrases=tuple(words(p) for p in data["origin_phrases"]),
        led_works=frozenset(fold(w) for w in data["led_works"]),
        head_taking_verbs=frozenset(fold(w) for w in data["head_taking_verbs"]),
        management_nouns=tuple(words(p) for p in data["management_nouns"]),
        management_leading_verbs=frozenset(fold(w) for w in data["management_leading_verbs"]),
        head_posts=tuple(words(p) for p in data["head_posts"]),
        time_nouns=frozenset(fold(w) for w in data["time_nouns"]),
        chair_verbs=frozenset(fold(w) for w in data["chair_verbs"]),
        board_nouns=frozenset(fold(w) for w in data["board_nouns"]),
        join_verbs=frozenset(fold(w) for w in data["join_verbs"]),
        funding_nouns=frozenset(fold(w) for w in data["funding_nouns"]),
        round_investor_nouns=frozenset(fold(w) for w in data["round_investor_nouns"]),
        round_standins=frozenset(fold(w) for w in data["round_standins"]),
        raising_verbs=frozenset(fold(w) for w in data["raising_verbs"]),
        round_participles=frozenset(fold(w) for w in data["round_participles"]),
        funding_announce_verbs=frozenset(fold(w) for w in data["funding_announce_verbs"]),
        accept_verbs=frozenset(fold(w) for w in data["accept_verbs"]),
        target_nouns=frozenset(fold(w) for w in data["target_nouns"]),
        winning_verbs=frozenset(fold(w) for w in data["winning_verbs"]),
        vying_verbs=frozenset(fold(w) for w in data["vying_verbs"]),
        turn_down_verbs=frozenset(fold(w) for w in data["turn_down_verbs"]),
        bid_nouns=frozenset(fold(w) for w in data["bid_nouns"]),
        entrust_verbs=frozenset(fold(w) for w in data["entrust_verbs"]),
        price_nouns=frozenset(fold(w) for w in data["price_nouns"]),
        part_nouns=frozenset(fold(w) for w in data["part_nouns"]),
        own_unit_nouns=frozenset(fold(w) for w in data["own_unit_nouns"]),
        control_nouns=frozenset(fold(w) for w in data["control_nouns"]),
        goods_share_nouns=frozenset(fold(w) for w in data["goods_share_nouns"]),
        raise_verbs=frozenset(fold(w) for w in data["raise_verbs"]),
        capital_entry_verbs=frozenset(fold(w) for w in data["capital_entry_verbs"]),
        event_nouns=frozenset(fold(w) for w in data["event_nouns"]),
        adviser_nouns=frozenset(fold(w) for w in data["adviser_nouns"]),
        bought_with_nouns=frozenset(fold(w) for w in data["bought_with_nouns"]),
        adviser_verbs=frozenset(fold(w) for w in data["adviser_verbs"]),
        market_verbs=frozenset(fold(w) for w in data["market_verbs"]),
        stake_sale_words=frozenset(fold(w) for w in data["stake_sale_words"]),
        deal_making_participles=frozenset(fold(w) for w in data["deal_making_participles"]),
        third_party_verbs=frozenset(fold(w) for w in data["third_party_verbs"]),
        outskirts_nouns=frozenset(fold(w) for w in data["outskirts_nouns"]),
        stake_fractions=frozenset(fold(w) for w in data["stake_fractions"]),
        stake_fraction_of=frozenset(fold(w) for w in data["stake_fraction_of"]),
        clitic_skipped=frozenset(fold(w) for w in data["clitic_skipped"]),
        dans_locution_nouns=frozenset(fold(w) for w in data["dans_locution_nouns"]),
        clitic_y_sites=frozenset(fold(w) for w in data["clitic_y_sites"]),
        lost_to_phrases=tuple(words(w) for w in data["lost_to_phrases"]),
        beaten_phrases=tuple(words(w) for w in data["beaten_phrases"]),
        outbidding_verbs=frozenset(fold(w) for w in data["outbidding_verbs"]),
        dropped_bidder_verbs=frozenset(fold(w) for w in data["dropped_bidder_verbs"]),
        tender_words=frozenset(fold(w) for w in data["tender_words"]),
        market_adjectives=frozenset(fold(w) for w in data["market_adjectives"]),
        supplier_nouns=frozenset(fold(w) for w in data["supplier_nouns"]),
        goods_getting_verbs=frozenset(fold(w) for w in data["goods_getting_verbs"]),
        goods_count_nouns=frozenset(fold(w) for w in data["goods_count_nouns"]),
        contract_making_verbs=frozenset(fold(w) for w in data["contract_making_verbs"]),
        contract_terms=frozenset(fold(w) for w in data["contract_terms"]),
        part_supply_verbs=frozenset(fold(w) for w in data["part_supply_verbs"]),
        fitting_verbs=frozenset(fold(w) for w in data["fitting_verbs"]),
        behalf_phrases=tuple(words(p) for p in data["behalf_phrases"]),
        codeveloped_participles=tuple(words(p) for p in data["codeveloped_participles"]),
        covenant_phrases=tuple(words(p) for p in data["covenant_phrases"]),
        covenant_contracts=frozenset(fold(w) for w in data["covenant_contracts"]),
        covenant_partnerships=frozenset(fold(w) for w in data["covenant_partnerships"]),
        covenant_not_deals=frozenset(fold(w) for w in data["covenant_not_deals"]),
        stake_purchase_words=frozenset(fold(w) for w in data["stake_purchase_words"]),
        sale_words=frozenset(fold(w) for w in data["sale_words"]),
        sought_buyer_nouns=frozenset(fold(w) for w in data["sought_buyer_nouns"]),
        sought_stake_nouns=frozenset(fold(w) for w in data["sought_stake_nouns"]),
        seek_verbs=frozenset(fold(w) for w in data["seek_verbs"]),
        sale_stake_words=frozenset(fold(w) for w in data["sale_stake_words"]),
        sale_holding_verbs=frozenset(fold(w) for w in data["sale_holding_verbs"]),
        capital_opening_verbs=frozenset(fold(w) for w in data["capital_opening_verbs"]),
        sale_standins=frozenset(fold(w) for w in data["sale_standins"]),
        retaining_verbs=frozenset(fold(w) for w in data["retaining_verbs"]),
        stake_taking_verbs=frozenset(fold(w) for w in data["stake_taking_verbs"]),
        untold_stake_nouns=frozenset(fold(w) for w in data["untold_stake_nouns"]),
        deal_told_words=frozenset(fold(w) for w in data["deal_told_words"]),
        remainder_nouns=frozenset(fold(w) for w in data["remainder_nouns"]),
        remainder_of=frozenset(fold(w) for w in data["remainder_of"]),
        remainder_left_verbs=frozenset(fold(w) for w in data["remainder_left_verbs"]),
        remainder_hands=frozenset(fold(w) for w in data["remainder_hands"]),
        retained_titles=frozenset(fold(w) for w in data["retained_titles"]),
        ranked_shareholders=frozenset(fold(w) for w in data["ranked_shareholders"]),
        shareholder_ranks=frozenset(fold(w) for w in data["shareholder_ranks"]),
        buying_verbs=frozenset(
            phrase[0]
            for frame in frames
            if frame.relation == "acquired" and frame.kind == "verb"
            for phrase in frame.lemmas
            if phrase
        ),
        title_heads=frozenset(title[0] for title in titles if title),
        brand_frame=_frame(
            {**data["brands"], "lemmas": [], "subject": ["apposed"], "object": ["listed"]},
            "noun",
            path,
        ),
        cues=_fold_all(load_checked(folder / "cues.yaml", CuesFile).model_dump()),  # type: ignore[arg-type]
    )
