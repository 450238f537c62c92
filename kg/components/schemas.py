"""The schema of every data file in pipelines/, checked when it is loaded.

A file that does not fit is refused with one line naming the file, the entry and what is
wrong ("pipelines/relations.yaml: verbs[3] (acquired.verb): lemma: extra key not permitted"),
never a KeyError three stages later. Class names must be classes of ontologies/kg.ttl,
relation and attribute names its properties.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

from ..errors import ModelError
from ..vocab import COARSE_CLASSES, FINE_CLASSES, RELATIONS

__all__ = [
    "AttributesFile",
    "CuesFile",
    "EntitiesFile",
    "GrammarFile",
    "RelationsFile",
    "TokenizerFile",
    "ValuesFile",
    "load_checked",
    "read_yaml",
]

_CLASSES = frozenset(COARSE_CLASSES) | frozenset(FINE_CLASSES)
_ROLES = (
    "agent",
    "patient",
    "possessor",
    "acceptor",
    "topic",
    "apposed",
    "listed",
    "funded",
    "awarder",
    "self",
    "prep",
    "clitic",
    "person",
    "unit",
)


def _one_of(allowed, what: str):
    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"{value!r} is not {what}")
        return value

    return AfterValidator(check)


def _role(value: str) -> str:
    if value.split(":", 1)[0] not in _ROLES:
        raise ValueError(f"{value!r} is not a role ({', '.join(_ROLES)}, prep:WORDS)")
    return value


EntityClass = Annotated[str, _one_of(_CLASSES, "a class of ontologies/kg.ttl")]
RelationName = Annotated[str, _one_of(RELATIONS, "a relation of ontologies/kg.ttl")]
Role = Annotated[str, AfterValidator(_role)]
Words = list[str]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FrameEntry(Strict):
    id: str
    relation: RelationName
    lemmas: Words
    subject: list[Role]
    object: list[Role]
    subject_types: list[EntityClass] = []
    object_types: list[EntityClass] = []
    reciprocal: bool = False
    requires_percent: bool = False
    # the deal is about a whole company: a part under half is a stake ("le rachat de 30 % de Y")
    whole_only: bool = False
    governed_by: Words = []
    presupposed: bool = False
    no_superlative: bool = False
    near: bool = False
    # a prepositional end is the noun's first complement with its preposition after it, in
    # its own phrase, never one inside it ("la vente des usines d'Ostra": plants are sold)
    first_complement: bool = False
    owner_of: Words = []
    yields: bool = False  # dropped when the sentence gives its object another subject
    # "un accord similaire avec Y": only when the last deal the text told was of this relation
    as_before: bool = False
    # end -> words: the relation holds only when that end ("subject" or "object" of the
    # relation) is introduced as one of them (a class, a fine class, the noun before its name:
    # "le fonds X"), or only when it is not ("l'enseigne X", "le distributeur X")
    only_if: dict[Literal["subject", "object"], Words] = {}
    unless: dict[Literal["subject", "object"], Words] = {}
    # a relation that is over as soon as it is told: "a fait ses débuts chez Y" (a first job)
    past: bool = False
    # the trigger ends the relation ("P a quitté Y"): a negated ending states none, it denies no
    # relation ("P n'a pas quitté Y" says P is still there)
    ending: bool = False
    # a lasting role, over when told in a compound past or the imperfect ("qui a piloté la
    # recherche de Y"), as the cues' state verbs are whatever frame they trigger
    lasting: bool = False
    # its ends' classes as the text gives them, even the statistical model's alone: a name the
    # model calls an organisation does not become a product by this frame
    firm_types: bool = False
    # not an object counted by a number: "exploite 8 000 Urbix" runs units of a product (a
    # fleet), it does not make the product
    uncounted: bool = False
    # the verb's direct object is one of these nouns, goods, never a name or a stake: "vend sa
    # production à l'industriel Y" sells goods to a client, "vend sa filiale à Y" is a deal
    goods: Words = []


class BrandsEntry(Strict):
    id: str
    relation: RelationName
    subject_types: list[EntityClass] = []
    object_types: list[EntityClass] = []


class RelationsFile(Strict):
    verbs: list[FrameEntry]
    nouns: list[FrameEntry]
    titles: dict[RelationName, Words]
    definite_titles: dict[RelationName, Words]
    past_title_modifiers: Words
    schools: Words
    kin_nouns: Words
    deputy_title_modifiers: Words
    observer_titles: Words
    appointment_verbs: Words
    appointment_nouns: Words
    company_posts: Words
    head_of_phrases: Words
    unit_head_phrases: Words
    chosen_to_lead_verbs: Words
    fronted_head_openers: Words
    leaving_verbs: Words
    leaving_phrases: Words = []
    succession_verbs: Words
    succession_posts: Words
    handover_verbs: Words
    chair_posts: Words
    led_under_phrases: dict[RelationName, Words]
    led_works: Words
    origin_phrases: Words
    head_taking_verbs: Words
    management_nouns: Words
    management_leading_verbs: Words
    head_posts: Words
    time_nouns: Words
    copula_verbs: Words
    chair_verbs: Words
    board_nouns: Words
    join_verbs: Words
    raise_verbs: Words
    capital_entry_verbs: Words
    funding_announce_verbs: Words
    event_nouns: Words
    funding_nouns: Words
    round_investor_nouns: Words
    round_standins: Words
    raising_verbs: Words
    round_participles: Words
    accept_verbs: Words
    target_nouns: Words
    winning_verbs: Words
    vying_verbs: Words
    turn_down_verbs: Words
    bid_nouns: Words
    entrust_verbs: Words
    price_nouns: Words
    part_nouns: Words
    own_unit_nouns: Words
    control_nouns: Words
    goods_share_nouns: Words
    adviser_nouns: Words
    bought_with_nouns: Words
    adviser_verbs: Words
    third_party_verbs: Words
    outskirts_nouns: Words
    market_verbs: Words
    stake_sale_words: Words
    deal_making_participles: Words
    stake_fractions: Words
    stake_fraction_of: Words
    stake_purchase_words: Words
    sale_words: Words
    sought_buyer_nouns: Words
    sought_stake_nouns: Words
    seek_verbs: Words
    sale_stake_words: Words
    sale_holding_verbs: Words
    capital_opening_verbs: Words
    sale_standins: Words
    retaining_verbs: Words
    stake_taking_verbs: Words
    untold_stake_nouns: Words
    deal_told_words: Words
    remainder_nouns: Words
    remainder_of: Words
    remainder_left_verbs: Words
    remainder_hands: Words
    retained_titles: Words
    ranked_shareholders: Words
    shareholder_ranks: Words
    clitic_skipped: Words
    dans_locution_nouns: Words
    clitic_y_sites: Words
    lost_to_phrases: Words
    beaten_phrases: Words
    outbidding_verbs: Words
    dropped_bidder_verbs: Words
    tender_words: Words
    market_adjectives: Words
    supplier_nouns: Words
    goods_getting_verbs: Words
    goods_count_nouns: Words
    contract_making_verbs: Words
    contract_terms: Words
    part_supply_verbs: Words
    fitting_verbs: Words
    behalf_phrases: Words
    codeveloped_participles: Words
    covenant_phrases: Words
    covenant_contracts: Words
    covenant_partnerships: Words
    covenant_not_deals: Words
    brands: BrandsEntry


class DescriptorKin(Strict):
    descriptors: Words
    roles: list[RelationName] = []


class EntitiesFile(Strict):
    descriptors: dict[EntityClass, Words]
    multiword_descriptors: dict[str, EntityClass]
    plural_descriptors: dict[str, EntityClass]
    outlet_network_nouns: Words
    nationalities: Words
    nationality_kin: dict[str, Words] = {}
    place_adjectives: dict[str, str] = {}
    places_by_nationality: dict[str, Words] = {}
    person_titles: Words
    surname_articles: Words
    subsidiary_nouns: Words
    org_prefixes: Words
    org_prefix_endings: Words
    collective_name_nouns: Words
    masthead_nouns: Words
    droppable_org_prefixes: Words
    alias_suffixes: Words
    territories: Words
    post_scopes: Words
    compass_regions: Words
    institution_adjective_endings: Words
    prenominal_adjectives: Words = []  # "de la petite" + "enfance": the noun comes after
    org_suffixes: Words
    medium_words: Words
    route_nouns: Words
    location_verbs: Words
    travel_verbs: Words
    site_nouns: Words = []
    establishment_nouns: Words = []
    recipient_verbs: Words
    public_body_words: Words
    contract_nouns: Words
    company_units: Words
    awarded_nouns: Words
    awarder_verbs: Words
    tender_launch_verbs: Words
    tender_nouns: Words
    platform_words: Words
    destination_phrases: Words
    site_words: Words
    place_institution_nouns: Words
    institution_nouns: Words
    eponym_nouns: Words
    post_nouns: Words
    facility_nouns: Words
    own_site_nouns: Words = []
    event_names: Words
    non_entities: Words
    organization_agent_verbs: Words
    attribution_prepositions: Words
    report_verbs: Words
    announcing_participles: Words = []
    presenting_participles: Words = []
    named_offer_nouns: Words = []
    maker_nouns: Words
    adviser_nouns: Words
    executive_board_nouns: Words
    choosing_verbs: Words
    rival_nouns: Words
    bought_from_verbs: Words
    sold_on_request_verbs: Words
    asking_verbs: Words
    also_words: Words
    small_company_nouns: Words
    large_company_nouns: Words
    descriptor_kin: dict[str, DescriptorKin]
    agent_nouns: dict[str, Words]
    owned_product_nouns: Words
    product_launch_verbs: Words
    product_work_verbs: Words
    holder_nouns: Words
    owner_nouns: Words
    officer_nouns: Words
    family_nouns: Words
    member_nouns: Words = []
    forming_verbs: Words = []
    trade_nouns: Words
    sector_acronyms: Words = []
    owned_brand_nouns: Words
    traded_verbs: Words
    deal_nouns: Words
    product_part_nouns: Words
    product_maker_verbs: Words
    available_words: Words
    product_show_verbs: Words
    first_names: Words
    person_trades: Words
    place_adverbs: Words = []
    quantity_nouns: Words = []


class Hedge(Strict):
    verbs: Words
    nouns: Words
    adjectives: Words
    phrases: Words
    conditions: Words
    condition_phrases: Words
    enabling_verbs: Words
    future_auxiliaries: Words
    coveting_verbs: Words = []  # hedge what they state themselves: "X lorgne Y"
    purpose_verbs: Words = []  # a deal that is a purpose: "a levé 10 millions pour racheter Y"
    paid_verbs: Words = []  # unless its price was paid: "a payé 5 millions pour acquérir Y"
    infinitive_verbs: Words = []  # hedge only before an infinitive: "X compte racheter Y"
    estimate_verbs: Words = []  # a phrase in their clause vouches for a figure, not the deal
    agreement_nouns: Words = []  # "a signé un accord pour racheter Y": agreed, not done


class Completion(Strict):
    verbs: Words
    court_verbs: Words
    court_nouns: Words


class Negation(Strict):
    verbs: Words
    verb_forms: Words
    nouns: Words
    adjectives: Words
    particles: Words
    loss_verbs: Words
    kept_units: Words = []
    concealment_verbs: Words = []  # denied, they state: "ne cache pas son intention de"
    extent_verbs: Words = []  # denied, they say more: "le partenariat ne se limite pas à"
    # a "ce que" relative with one of these denies the clause before it: "X chercherait à
    # racheter Y, ce que le groupe a démenti"
    relative_denials: Words = []
    # ... or a noun apposed to that clause with a participle of one of them: "X aurait approché
    # Y, une information aussitôt démentie par Z"
    denied_report_nouns: Words = []
    failure_phrases: Words = []  # on a word of its chain: "a tenté de racheter Y, sans succès"
    giving_up_verbs: Words = []  # after it: "était candidat, avant de renoncer"


class Attribution(Strict):
    prepositions: Words
    verbs: Words
    nouns: Words
    speech_verbs: Words = []  # "« ... », a déclaré à Reuters son PDG": the outlet spoken to
    source_classes: list[EntityClass]


class Past(Strict):
    modifiers: Words
    stake_holders: Words
    stakes: Words
    exit_verbs: Words = []  # "sort du capital": a holder named before holds no more
    exit_nouns: Words = []  # "réalise sa sortie"
    exit_done_verbs: Words = []
    state_verbs: Words
    still_words: Words
    span_words: Words = []  # "président du club pendant quatorze ans": a stay that is over
    seller_nouns: Words = []  # "Le vendeur, X, était entré au capital de Y": a stake over
    breaking_verbs: Words = []  # "avant que X ne le rompe": a tie the sentence ends is over
    client_nouns: Words = []  # "son client Y a basculé vers Z": a client no more
    switch_verbs: Words = []
    leave_verbs: Words = []


class CuesFile(Strict):
    hedge: Hedge
    completion: Completion
    negation: Negation
    unconfirmed_verbs: Words
    declined_verbs: Words
    attribution: Attribution
    past: Past


class AttributeEntry(Strict):
    verbs: Words
    owner_of_verbs: list[Role]
    nouns: Words
    owner_of_nouns: list[Role]
    subject_verbs: Words = []  # the owner is the verb's subject: "Y a vu le jour en 2016"
    other_events: Words = []  # a complement that makes the verb another event: "en Bourse"
    goal_nouns: Words = []  # a noun that makes the figure a goal: "objectif de chiffre d'affaires"
    projecting_verbs: Words = []  # a conditional over the verb: "qui pourrait la valoriser"


class AttributesFile(Strict):
    foundingDate: AttributeEntry
    valuation: AttributeEntry
    revenue: AttributeEntry


class ValuesFile(Strict):
    currencies: dict[str, str]
    scales: dict[str, int]
    lower_bound: Words
    upper_bound: Words
    approximate: Words
    year_prefixes: Words
    relative_dates: Words


class TokenizerFile(Strict):
    special_cases: Words


class GrammarRelation(Strict):
    relation: RelationName
    subject: str
    object: str
    # end -> words: the relation holds only when that end's name is introduced as one of them
    # (a fine class such as InvestmentFirm, or the noun before the name: "la famille X"), or
    # only when it is not
    only_if: dict[str, Words] = {}
    unless: dict[str, Words] = {}
    # the same, only when the object end is a whole company, no share of it ("Talmor possède
    # Ferlane", not "Talmor détient 20 % de Ferlane")
    whole_only_if: dict[str, Words] = {}
    yields: bool = False  # dropped when the sentence gives its object another subject


class GrammarFamily(Strict):
    id: str
    relations: list[GrammarRelation]
    nouns: Words = []
    verbs: Words = []
    slots: Words = []  # the slots it is read in; every slot of its kind when empty


class GrammarSlot(Strict):
    id: str
    kind: Literal["noun", "verb"]
    matcher: Literal["token", "dependency"]
    patterns: list[list[dict]]
    reciprocal: bool = False  # the holder is a list whose members relate pairwise
    lists: bool = True  # an end that is one name of a list stands for the list
    # the trigger is a participle that describes the patient before it: after "N1 de N2", N2
    # only when the participle disagrees with N1 ("la cession du fabricant, installé à ...")
    participle: bool = False
    # the relation is presupposed, out of reach of the main clause's negation or conditional:
    # every noun slot, and a participle set apart by commas ("X, détenue par Y, ne ...")
    presupposed: bool | None = None
    # words that, after the last end in its clause, make it another construction: "compte X
    # parmi ses clients" counts X among clients, it is no range
    barred_after: Words = []
    # the least certainty of what the construction states: a candidacy is never a deal done
    # ("X serait sur les rangs": hedged), a withdrawal a denial ("X a renoncé au dossier")
    certainty: Literal["hedged", "negated"] | None = None
    # slots whose reading of the same holder this one replaces: "Les actionnaires de Talmor,
    # dont le fonds Kastel" lists a shareholder; it is not Talmor's fund ("whose")
    overrides: Words = []
    # the complement is the subject of the trigger's clause, never a name an earlier verb
    # governs: "Ondivia, qui appartient au groupe Talmor, compte parmi ses clients K"
    subject_complement: bool = False
    # read only by the families that name it in their `slots`, never by every family of its
    # kind: a loose word-order reading that fits one family's nouns and not another's
    opt_in: bool = False


class GrammarFile(Strict):
    participles: dict[str, str] = {}  # irregular past participle -> infinitive
    undescribed: Words = []  # nouns a participle slot's trigger never describes ("l'acquisition")
    families: list[GrammarFamily]
    slots: list[GrammarSlot]


Schema = TypeVar("Schema", bound=BaseModel)


def _where(data: Any, location: tuple) -> str:
    """'verbs[3] (acquired.verb).lemma' for a pydantic error location."""
    parts: list[str] = []
    node = data
    for part in location:
        if isinstance(part, int) and isinstance(node, list):
            item = node[part] if part < len(node) else None
            label = f" ({item['id']})" if isinstance(item, dict) and "id" in item else ""
            parts[-1] = f"{parts[-1]}[{part}]{label}" if parts else f"[{part}]"
            node = item
        else:
            parts.append(str(part))
            node = node.get(part) if isinstance(node, dict) else None
    return ".".join(parts)


# libyaml's safe loader when PyYAML was built with it: five times faster on grammar.yaml (one
# second of every start-up otherwise), the same documents and errors
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """A pipeline file as data, with an error that names the file."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_SAFE_LOADER) or {}
    except (OSError, yaml.YAMLError) as error:
        raise ModelError(f"{path}: cannot read this pipeline file: {error}") from error


def load_checked(path: Path, schema: type[Schema]) -> Schema:
    """Read a pipeline file and check it against its schema."""
    data = read_yaml(path)
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        raise ModelError(f"{path}: {_where(data, first['loc'])}: {first['msg']}") from None
