"""The entity lexicon of pipelines/entities.yaml, loaded once, with accent-folded lookups."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from babel import Locale

from ..errors import ModelError
from .schemas import EntitiesFile, load_checked


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, typographic apostrophes flattened: for lexicon lookups."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@dataclass(frozen=True)
class EntityLexicon:
    descriptors: dict[str, str]  # folded head noun -> class
    multiword_descriptors: dict[str, str]
    plural_descriptors: dict[str, str]  # folded singular phrase -> class of its plural
    outlet_network_nouns: frozenset[str]  # "le réseau de salles de sport X": a company
    nationalities: frozenset[str]
    person_titles: frozenset[str]
    surname_articles: frozenset[str]  # "M. Le Goff": an article a surname opens with
    subsidiary_nouns: frozenset[str]  # "la filiale Y": never what "le groupe" takes up
    org_suffixes: frozenset[str]
    medium_words: frozenset[str]
    route_nouns: frozenset[str]
    location_verbs: frozenset[str]
    travel_verbs: frozenset[str]
    site_nouns: frozenset[str]  # "l'usine Talmor de Villeurbanne": the town of a site
    establishment_nouns: frozenset[str]  # "la polyclinique Valmeyre de Grenoble": its town
    recipient_verbs: frozenset[str]
    public_body_words: frozenset[str]
    contract_nouns: frozenset[str]
    company_units: frozenset[str]
    awarded_nouns: frozenset[str]
    awarder_verbs: frozenset[str]
    tender_launch_verbs: frozenset[str]
    tender_nouns: frozenset[str]
    platform_words: frozenset[str]
    destination_phrases: frozenset[str]
    site_words: frozenset[str]
    place_institution_nouns: frozenset[str]
    institution_nouns: frozenset[str]  # "l'autorité" never takes up a company
    eponym_nouns: frozenset[str]
    facility_nouns: frozenset[str]  # "le centre de formation": a site, no company
    own_site_nouns: frozenset[str]  # "son usine de Hautmont": a town
    post_nouns: frozenset[str]  # "à la tête du club" + a person placed there
    event_names: frozenset[str]
    org_prefixes: frozenset[str]
    org_prefix_endings: tuple[str, ...]
    collective_name_nouns: frozenset[str]  # "Terres de" + "Vézelle": a name cut after "de"
    masthead_nouns: frozenset[str]  # "La Gazette" + "des Causses": a title cut before "de"
    droppable_org_prefixes: frozenset[str]
    alias_suffixes: frozenset[str]
    territories: frozenset[str]
    post_scopes: frozenset[str]  # 'directrice Europe de Y': the territory of a post
    compass_regions: frozenset[str]
    institution_adjective_endings: tuple[str, ...]
    prenominal_adjectives: frozenset[str]  # "de la petite" + "enfance"
    non_entities: frozenset[str]
    attribution_prepositions: frozenset[str]
    organization_agent_verbs: frozenset[str]
    report_verbs: frozenset[str]
    announcing_participles: frozenset[str]
    presenting_participles: frozenset[str]
    named_offer_nouns: frozenset[str]
    maker_nouns: frozenset[str]
    adviser_nouns: frozenset[str]  # 'Conseil de Talmor, la banque V': not a name
    executive_board_nouns: frozenset[str]  # 'la présidence du directoire de Y': the CEO
    choosing_verbs: frozenset[str]  # "a retenu Y, au détriment de son concurrent Z"
    rival_nouns: frozenset[str]  # "à Héliade ou à son concurrent Sunvolt"
    bought_from_verbs: frozenset[str]  # "pour lui racheter sa filiale Y": the seller's
    sold_on_request_verbs: frozenset[str]  # "a demandé à Z de lui céder sa filiale": Z's
    asking_verbs: frozenset[str]
    also_words: frozenset[str]  # "B, qui équipe aussi les camions de son concurrent C": A's
    small_company_nouns: frozenset[str]
    large_company_nouns: frozenset[str]
    # "l'industriel" -> (the descriptors of the same kind, the relations whose subject it is)
    descriptor_kin: dict[str, tuple[frozenset[str], frozenset[str]]]
    agent_nouns: dict[str, frozenset[str]]  # 'hebergeur' -> {'heberger'}
    owned_product_nouns: frozenset[str]
    product_launch_verbs: frozenset[str]
    product_work_verbs: frozenset[str]
    holder_nouns: frozenset[str]
    owner_nouns: frozenset[str]
    officer_nouns: frozenset[str]  # "directrice générale de Kelvane": Kelvane is an organisation
    family_nouns: frozenset[str]
    member_nouns: frozenset[str]  # "le consortium formé par A et B" stands for A and B
    forming_verbs: frozenset[str]
    trade_nouns: frozenset[str]  # "le spécialiste de l'imagerie X": a trade
    sector_acronyms: frozenset[str]  # "le groupe de BTP X": the sector, not the name's
    owned_brand_nouns: frozenset[str]
    traded_verbs: frozenset[str]
    deal_nouns: frozenset[str]  # "le rachat de Kestrel par Talmor": Talmor is a buyer
    product_part_nouns: frozenset[str]
    product_maker_verbs: frozenset[str]
    available_words: frozenset[str]
    product_show_verbs: frozenset[str]
    first_names: frozenset[str]
    person_trades: frozenset[str]  # "l'industriel Paul Roux": a person
    countries: frozenset[str]  # folded French names of countries and territories (CLDR)
    place_adverbs: frozenset[str] = frozenset()  # "un rival de X outre-Rhin": not X's name
    quantity_nouns: frozenset[str] = frozenset()  # "Talmor 1 milliard": a count, no model
    # folded origin word -> the origin words it says too ("nippon" -> japonais, "lyonnais" ->
    # français): what a description with one takes up (`same_origin`)
    origins: dict[str, frozenset[str]] = field(default_factory=dict)
    # folded masculine adjective of a town or region -> the place ("lyonnais" -> "Lyon")
    adjective_places: dict[str, str] = field(default_factory=dict)
    # folded town, region or "outre-" adverb -> its country's nationality word ("seattle" ->
    # "americain")
    place_nationalities: dict[str, str] = field(default_factory=dict)

    def is_org_prefix(self, word: str) -> bool:
        """'Banque', 'Laboratoires', 'Brasserie': a word that makes the name it opens a company's
        (a workshop's noun by its ending: 'Fonderie', 'Chocolaterie')."""
        folded = fold(word)
        return folded in self.org_prefixes or (
            len(folded) > 6
            and word[:1].isupper()
            and folded.endswith(self.org_prefix_endings)
            and folded not in self.first_names  # "Valérie Dumont"
        )

    def masculine_origin(self, word: str) -> str | None:
        """'nippone', 'lyonnaises' -> 'nippon', 'lyonnais': the lexicon's word, folded."""
        folded = fold(word)
        for ending in ("nes", "ne", "es", "e", "s", ""):
            stem = folded[: len(folded) - len(ending)]
            if folded.endswith(ending) and stem in self.nationalities:
                return stem
        return None

    def place_of_adjective(self, word: str) -> str | None:
        """'lyonnaise' -> 'Lyon', 'bretonne' -> 'Bretagne'; a country's adjective -> None."""
        stem = self.masculine_origin(word)
        return self.adjective_places.get(stem) if stem else None

    def same_origin(self, word: str, descriptors: frozenset[str] | set[str]) -> bool:
        """A description of origin `word` ("le groupe nippon") fits a name the text gave one
        of `descriptors` ("le japonais Hoshida"): the same word, or one that says it too."""
        return any(word in self.origins.get(d, frozenset({d})) for d in descriptors)

    def other_origin(self, word: str, descriptors: frozenset[str] | set[str]) -> bool:
        """A name the text gave an origin that is not `word`'s ("le groupe de Seattle" is not
        "l'éditeur toulousain Fleetrix")."""
        return any(
            d in self.nationalities and word not in self.origins.get(d, frozenset({d}))
            for d in descriptors
        )

    def is_nationality(self, word: str) -> bool:
        """'américaine', 'françaises' -> True: the masculine singular is in the lexicon."""
        folded = fold(word)
        for ending in ("nes", "ne", "es", "e", "s", ""):
            if (
                folded.endswith(ending)
                and folded[: len(folded) - len(ending)] in self.nationalities
            ):
                return True
        return False


_CLASS_NOUNS = re.compile(r"^\$(\w+)$")


@cache
def _class_nouns(path: str) -> dict[str, tuple[str, ...]]:
    data = load_checked(Path(path), EntitiesFile).model_dump()
    return {cls: tuple(words) for cls, words in data["descriptors"].items()}


def with_class_nouns(words: list[str], where: Path) -> list[str]:
    """A word list of the pipeline file `where` with "$Product" standing for the descriptors
    the entities.yaml beside it gives that class, as written there: the nouns that say what a
    product is are stated once, for typing and for the frames that read a product by them."""
    expanded: list[str] = []
    for word in words:
        match = _CLASS_NOUNS.match(word)
        if match is None:
            expanded.append(word)
            continue
        nouns = _class_nouns(str(where.parent / "entities.yaml")).get(match[1])
        if nouns is None:
            raise ModelError(f"{where}: {word}: entities.yaml has no descriptors of that class")
        expanded.extend(nouns)
    return expanded


@cache
def load_entity_lexicon(path: str) -> EntityLexicon:
    data = load_checked(Path(path), EntitiesFile).model_dump()
    descriptors = {fold(word): cls for cls, words in data["descriptors"].items() for word in words}
    return EntityLexicon(
        descriptors=descriptors,
        multiword_descriptors={fold(k): v for k, v in data["multiword_descriptors"].items()},
        plural_descriptors={fold(k): v for k, v in data["plural_descriptors"].items()},
        outlet_network_nouns=frozenset(fold(w) for w in data["outlet_network_nouns"]),
        person_titles=frozenset(fold(w) for w in data["person_titles"]),
        surname_articles=frozenset(fold(w) for w in data["surname_articles"]),
        subsidiary_nouns=frozenset(fold(w) for w in data["subsidiary_nouns"]),
        org_suffixes=frozenset(fold(w) for w in data["org_suffixes"]),
        medium_words=frozenset(fold(w) for w in data["medium_words"]),
        route_nouns=frozenset(fold(w) for w in data["route_nouns"]),
        location_verbs=frozenset(fold(w) for w in data["location_verbs"]),
        travel_verbs=frozenset(fold(w) for w in data["travel_verbs"]),
        site_nouns=frozenset(fold(w) for w in data["site_nouns"]),
        establishment_nouns=frozenset(fold(w) for w in data["establishment_nouns"]),
        recipient_verbs=frozenset(fold(w) for w in data["recipient_verbs"]),
        public_body_words=frozenset(fold(w) for w in data["public_body_words"]),
        contract_nouns=frozenset(fold(w) for w in data["contract_nouns"]),
        company_units=frozenset(fold(w) for w in data["company_units"]),
        awarded_nouns=frozenset(fold(w) for w in data["awarded_nouns"]),
        awarder_verbs=frozenset(fold(w) for w in data["awarder_verbs"]),
        tender_launch_verbs=frozenset(fold(w) for w in data["tender_launch_verbs"]),
        tender_nouns=frozenset(fold(w) for w in data["tender_nouns"]),
        platform_words=frozenset(fold(w) for w in data["platform_words"]),
        destination_phrases=frozenset(fold(w) for w in data["destination_phrases"]),
        site_words=frozenset(fold(w) for w in data["site_words"]),
        institution_nouns=frozenset(fold(w) for w in data["institution_nouns"]),
        place_institution_nouns=frozenset(
            " ".join(re.findall(r"[\w-]+'?", fold(w))) for w in data["place_institution_nouns"]
        ),
        eponym_nouns=frozenset(fold(w) for w in data["eponym_nouns"]),
        post_nouns=frozenset(fold(w) for w in data["post_nouns"]),
        facility_nouns=frozenset(fold(w) for w in data["facility_nouns"]),
        own_site_nouns=frozenset(fold(w) for w in data["own_site_nouns"]),
        event_names=frozenset(fold(w) for w in data["event_names"]),
        org_prefixes=frozenset(fold(w) for w in data["org_prefixes"]),
        org_prefix_endings=tuple(fold(w) for w in data["org_prefix_endings"]),
        collective_name_nouns=frozenset(fold(w) for w in data["collective_name_nouns"]),
        masthead_nouns=frozenset(fold(w) for w in data["masthead_nouns"]),
        droppable_org_prefixes=frozenset(fold(w) for w in data["droppable_org_prefixes"]),
        alias_suffixes=frozenset(fold(w) for w in data["alias_suffixes"]),
        territories=frozenset(fold(w) for w in data["territories"]),
        post_scopes=frozenset(fold(w) for w in data["post_scopes"]),
        compass_regions=frozenset(fold(w) for w in data["compass_regions"]),
        institution_adjective_endings=tuple(
            fold(w) for w in data["institution_adjective_endings"]
        ),
        prenominal_adjectives=frozenset(fold(w) for w in data.get("prenominal_adjectives", ())),
        non_entities=frozenset(fold(w) for w in data["non_entities"]),
        attribution_prepositions=frozenset(fold(w) for w in data["attribution_prepositions"]),
        organization_agent_verbs=frozenset(fold(w) for w in data["organization_agent_verbs"]),
        report_verbs=frozenset(fold(w) for w in data["report_verbs"]),
        named_offer_nouns=frozenset(fold(w) for w in data.get("named_offer_nouns", ())),
        announcing_participles=frozenset(
            fold(w) for w in data.get("announcing_participles", ())
        ),
        presenting_participles=frozenset(
            fold(w) for w in data.get("presenting_participles", ())
        ),
        maker_nouns=frozenset(fold(w) for w in data["maker_nouns"]),
        adviser_nouns=frozenset(fold(w) for w in data["adviser_nouns"]),
        executive_board_nouns=frozenset(fold(w) for w in data["executive_board_nouns"]),
        choosing_verbs=frozenset(fold(w) for w in data["choosing_verbs"]),
        rival_nouns=frozenset(fold(w) for w in data["rival_nouns"]),
        bought_from_verbs=frozenset(fold(w) for w in data["bought_from_verbs"]),
        sold_on_request_verbs=frozenset(fold(w) for w in data["sold_on_request_verbs"]),
        asking_verbs=frozenset(fold(w) for w in data["asking_verbs"]),
        also_words=frozenset(fold(w) for w in data["also_words"]),
        small_company_nouns=frozenset(fold(w) for w in data["small_company_nouns"]),
        large_company_nouns=frozenset(fold(w) for w in data["large_company_nouns"]),
        agent_nouns={
            fold(noun): frozenset(fold(v) for v in verbs)
            for noun, verbs in data["agent_nouns"].items()
        },
        descriptor_kin={
            fold(noun): (frozenset(fold(w) for w in kin["descriptors"]), frozenset(kin["roles"]))
            for noun, kin in data["descriptor_kin"].items()
        },
        owned_product_nouns=frozenset(fold(w) for w in data["owned_product_nouns"]),
        product_launch_verbs=frozenset(fold(w) for w in data["product_launch_verbs"]),
        product_work_verbs=frozenset(fold(w) for w in data["product_work_verbs"]),
        holder_nouns=frozenset(fold(w) for w in data["holder_nouns"]),
        owner_nouns=frozenset(fold(w) for w in data["owner_nouns"]),
        officer_nouns=frozenset(fold(w) for w in data["officer_nouns"]),
        family_nouns=frozenset(fold(w) for w in data["family_nouns"]),
        member_nouns=frozenset(fold(w) for w in data["member_nouns"]),
        forming_verbs=frozenset(fold(w) for w in data["forming_verbs"]),
        trade_nouns=frozenset(fold(w) for w in data["trade_nouns"]),
        sector_acronyms=frozenset(fold(w) for w in data["sector_acronyms"]),
        owned_brand_nouns=frozenset(fold(w) for w in data["owned_brand_nouns"]),
        traded_verbs=frozenset(fold(w) for w in data["traded_verbs"]),
        deal_nouns=frozenset(fold(w) for w in data["deal_nouns"]),
        product_part_nouns=frozenset(fold(w) for w in data["product_part_nouns"]),
        product_maker_verbs=frozenset(fold(w) for w in data["product_maker_verbs"]),
        available_words=frozenset(fold(w) for w in data["available_words"]),
        product_show_verbs=frozenset(fold(w) for w in data["product_show_verbs"]),
        first_names=frozenset(fold(w) for w in data["first_names"]),
        person_trades=frozenset(fold(w) for w in data["person_trades"]),
        countries=country_names(),
        place_adverbs=frozenset(fold(w) for w in data["place_adverbs"]),
        quantity_nouns=frozenset(fold(w) for w in data.get("quantity_nouns", ())),
        **_origin_tables(data, path),
    )


def _origin_tables(data: dict, path: str) -> dict:
    """The nationality words with their kin and the adjectives of places, the origin each word
    says (itself, its kin both ways, a place's country and that country's kin), the place of
    each adjective and the country of each place; a place adjective whose place has no country
    is an error of the file."""
    kin: dict[str, set[str]] = {}
    for word, others in data["nationality_kin"].items():
        for other in others:
            kin.setdefault(fold(word), set()).add(fold(other))
            kin.setdefault(fold(other), set()).add(fold(word))
    place_nationalities = {
        fold(place): fold(nationality)
        for nationality, places in data["places_by_nationality"].items()
        for place in places
    }
    origins = {word: frozenset({word, *others}) for word, others in kin.items()}
    adjective_places: dict[str, str] = {}
    for adjective, place in data["place_adjectives"].items():
        country = place_nationalities.get(fold(place))
        if country is None:
            raise ModelError(
                f"{path}: place_adjectives: {adjective}: {place} is in no list of "
                "places_by_nationality; add it under its country's nationality word"
            )
        adjective_places[fold(adjective)] = place
        origins[fold(adjective)] = frozenset({fold(adjective), country, *kin.get(country, ())})
    nationalities = (
        frozenset(fold(w) for w in data["nationalities"]) | set(kin) | set(adjective_places)
    )
    return {
        "nationalities": nationalities,
        "origins": origins,
        "adjective_places": adjective_places,
        "place_nationalities": place_nationalities,
    }


_NOT_PLACES = frozenset({"EU", "EZ", "UN", "ZZ", "QO"})  # the EU and the UN are organisations


@cache
def country_names() -> frozenset[str]:
    """'france', 'emirats arabes unis', 'etats-unis': Unicode CLDR's French names of countries
    and territories (through babel, offline), with the common variant without the hyphen; not
    the continents and world regions ("en Europe" is rarely a party to anything)."""
    names = {
        fold(name)
        for code, name in Locale("fr").territories.items()
        if code.isalpha() and code not in _NOT_PLACES
    }
    return frozenset(names | {name.replace("-", " ") for name in names})
