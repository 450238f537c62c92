"""Synthetic news graphs shaped like kg's output on a stream of French business articles.

    >>> graph = news_graph(100)          # an rdflib Graph, as `kg build` on 100 articles writes

Used where building hundreds of articles with spaCy would be too slow: the explorer's browser
tests at 1, 10 and 100 articles (tests/test_view_scale.py), the README's screenshot at 100
articles (bench/screenshot.py) and the page's scale benchmark (bench/view_scale.py).

Each article is about one company of a shared pool, picked with a heavy-tailed popularity (a few
companies are in many articles and join them into one large connected part, most are in one or
two); it names four to seven other companies, people, products, places and news outlets, states
six to nine relations between them in French sentences (15 % hedged, often with the outlet as
source, 5 % negated, 5 % past), with amounts and dates on some, and mentions a few entities in no
relation (as real articles do: the outlet quoted, a city, a rival named in passing). Every
statement's evidence is its sentence at its true offsets in the article's text; entities keep
one key across articles, so they merge as kg's store merges them.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate, product

from rdflib import Graph

from kg.graph import build_graph
from kg.types import (
    Amount,
    Certainty,
    Document,
    Entity,
    EntityType,
    Evidence,
    Resolution,
    Statement,
    When,
)

__all__ = ["news_graph", "news_resolutions"]

ORG, PER, PROD, PLACE = (
    EntityType.ORGANIZATION,
    EntityType.PERSON,
    EntityType.PRODUCT,
    EntityType.PLACE,
)
_STEMS = (
    "Valm", "Kor", "Sol", "Mar", "Tel", "Lum", "Ard", "Fin", "Nov", "Zen", "Quor", "Bri",
    "Dal", "Ev", "Gal", "Hel", "Ix", "Jor", "Kal", "Lys", "Orb", "Pav", "Rho", "Syl",
)  # fmt: skip
_MIDDLES = ("a", "e", "i", "o", "y", "ara", "eli", "ino", "ova", "umi")
_ENDS = (
    "via", "tis", "ora", "mont", "tek", "ys", "anne", "eo", "ix", "alis", "ence", "ium",
    "ard", "on",
)  # fmt: skip
_FORMS = ("{}", "{} Group", "{} Capital", "{} Industries", "{} Labs", "Groupe {}")
_FIRST = (
    "Anne", "Paul", "Claire", "Hugo", "Léa", "Marc", "Inès", "Louis", "Sarah", "Jules",
    "Chloé", "Karim", "Élise", "Tom", "Nadia", "Yves", "Lucie", "Omar", "Julie", "Rémi",
)  # fmt: skip
_LAST = (
    "Martin", "Bernard", "Durand", "Lefèvre", "Moreau", "Garnier", "Faure", "Rousseau",
    "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin",
    "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin",
)  # fmt: skip
_PRODUCTS = ("Pilot", "Atlas", "Nova", "Orion", "Vega", "Helix", "Sigma", "Aria", "Echo", "Flux")
_PLACES = (
    "Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Grenoble",
    "Rennes", "Strasbourg", "Montpellier", "Bruxelles", "Genève", "Londres", "Berlin",
    "Munich", "Milan", "Madrid", "Amsterdam", "Montréal", "New York", "San Francisco",
)  # fmt: skip
_OUTLETS = (
    "Le Courrier économique", "La Gazette des affaires", "Agence Finpresse", "Radio Capital",
    "L'Observateur des marchés", "Tech Hebdo", "Le Journal de l'industrie", "Dépêches Éco",
)  # fmt: skip
_FINE = ("Company", "Company", "Company", "Startup", "Startup", "InvestmentFirm")

# Relation -> its sentence; {s} and {o} are the names of its ends.
_SENTENCES: dict[str, str] = {
    "investsIn": "{s} investit {amount}dans {o}",
    "acquired": "{s} a racheté {o}{amount_for}",
    "partnersWith": "{s} a noué un partenariat avec {o}",
    "contractWith": "{s} a signé un contrat avec {o}",
    "competitorOf": "{s} est un concurrent direct de {o}",
    "hasClient": "{s} compte {o} parmi ses clients",
    "subsidiaryOf": "{s} est une filiale de {o}",
    "hasCEO": "{s} est dirigée par {o}",
    "worksFor": "{s} travaille pour {o}",
    "foundedBy": "{s} a été fondée par {o}",
    "develops": "{s} développe {o}",
    "basedOn": "{s} repose sur {o}",
    "locatedIn": "{s} est installée à {o}",
}


@dataclass
class _World:
    """The entities shared by every article, drawn lazily and kept by key."""

    rng: random.Random
    companies: list[Entity] = field(default_factory=list)
    people: list[Entity] = field(default_factory=list)
    products: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    outlets: list[Entity] = field(default_factory=list)
    _weights: dict[tuple[int, float], list[float]] = field(default_factory=dict)

    @classmethod
    def make(cls, articles: int, seed: int) -> _World:
        rng = random.Random(seed)
        world = cls(rng)
        stems = [s + m + e for s, m, e in product(_STEMS, _MIDDLES, _ENDS)]
        rng.shuffle(stems)
        count = 40 + 25 * articles
        for i in range(count):
            stem = stems[i % len(stems)]
            suffix = f" {i // len(stems) + 1}" if i >= len(stems) else ""
            name = rng.choice(_FORMS).format(stem) + suffix
            world.companies.append(
                Entity(_key(name), name, ORG, rng.choice(_FINE), (stem,) if name != stem else ())
            )
        names = [f"{a} {b}" for a, b in product(_FIRST, _LAST)]
        rng.shuffle(names)
        for i in range(count):
            first, last = names[i % len(names)].split(" ", 1)
            initial = "" if i < len(names) else f" {chr(65 + (i // len(names) - 1) % 26)}."
            name = f"{first}{initial} {last}" + (
                f" {i // (27 * len(names)) + 1}" if i >= 27 * len(names) else ""
            )
            world.people.append(Entity(_key(name), name, PER))
        world.places = [Entity(_key(name), name, PLACE) for name in _PLACES]
        world.outlets = [Entity(_key(name), name, ORG, "NewsMedia") for name in _OUTLETS]
        return world

    def popular(self, pool: list[Entity], exponent: float = 1.0) -> Entity:
        """Zipf-like: the first entities of the pool come up in many articles."""
        key = (id(pool), exponent)
        if key not in self._weights:
            ranks = range(len(pool))
            self._weights[key] = list(accumulate(1.0 / (i + 1) ** exponent for i in ranks))
        return self.rng.choices(pool, cum_weights=self._weights[key], k=1)[0]

    def product_of(self, company: Entity) -> Entity:
        name = f"{company.aliases[0] if company.aliases else company.label} " + self.rng.choice(
            _PRODUCTS
        )
        return Entity(_key(name), name, PROD, "AIModel" if self.rng.random() < 0.3 else None)


def _key(name: str) -> str:
    from slugify import slugify

    return slugify(name)


def _article(world: _World, number: int) -> Resolution:
    rng = world.rng
    topic = world.popular(world.companies, 0.5)
    others: list[Entity] = []
    wanted = rng.randint(2, 4)
    while len(others) < wanted:
        famous = rng.random() < 0.4
        other = world.popular(world.companies) if famous else rng.choice(world.companies)
        if other.key != topic.key and other not in others:
            others.append(other)
    person = world.people[world.companies.index(topic)]  # each company has its own head
    item = world.product_of(topic)
    place = rng.choice(world.places)
    outlet = rng.choice(world.outlets)

    facts: list[tuple[str, Entity, Entity]] = [
        ("hasCEO", topic, person),
        ("develops", topic, item),
        ("locatedIn", topic, place),
    ]
    for other in others:
        predicate = rng.choice(
            ["investsIn", "acquired", "partnersWith", "contractWith", "competitorOf",
             "hasClient", "subsidiaryOf"]
        )  # fmt: skip
        facts.append((predicate, topic, other) if rng.random() < 0.8 else (predicate, other, topic))
    if rng.random() < 0.4:
        facts.append(("worksFor", world.popular(world.people, 0.6), rng.choice([topic, *others])))
    if rng.random() < 0.3:
        facts.append(("basedOn", item, world.product_of(rng.choice(others))))
    rng.shuffle(facts)
    mentioned = {e.key: e for fact in facts for e in fact[1:]}
    passing = [outlet, rng.choice(world.places), rng.choice(world.companies)]
    passing += rng.sample(world.people, rng.randint(1, 3))
    mentioned |= {e.key: e for e in passing}

    doc_id = f"actu-{number:04d}"
    text, statements = "", []
    for j, (predicate, subject, obj) in enumerate(facts):
        certainty = rng.choices(list(Certainty), weights=[80, 15, 5])[0]
        amount = None
        if predicate in ("investsIn", "acquired") and rng.random() < 0.5:
            millions = rng.choice([5, 12, 30, 80, 150, 400, 1200])
            amount = Amount(Decimal(millions) * 10**6, "EUR", f"{millions} millions d'euros")
        clause = _SENTENCES[predicate].format(
            s=subject.label,
            o=obj.label,
            amount=f"{amount.text} " if amount and predicate == "investsIn" else "",
            amount_for=f" pour {amount.text}" if amount and predicate == "acquired" else "",
        )
        source = None
        if certainty is Certainty.HEDGED:
            source = outlet.key if rng.random() < 0.7 else None
            clause = (
                f"Selon {outlet.label}, {clause} (information non confirmée)"
                if source
                else (f"{clause}, d'après des sources proches du dossier")
            )
        elif certainty is Certainty.NEGATED:
            clause = f"Contrairement aux rumeurs, il est faux que {clause}"
        past = predicate in ("hasCEO", "worksFor") and rng.random() < 0.15
        date = When(str(2015 + (number + j) % 11)) if rng.random() < 0.2 else None
        sentence = f"{clause}{' en ' + date.text if date else ''}."
        sentence = sentence[0].upper() + sentence[1:]
        start = len(text)
        text += sentence + " "
        statements.append(
            Statement(
                predicate,
                subject.key,
                obj.key,
                Evidence(doc_id, sentence, start, start + len(sentence)),
                f"{predicate}.synthetic",
                certainty,
                round(rng.uniform(0.6, 0.95), 2),
                source,
                amount,
                date,
                past=past,
            )
        )
    if rng.random() < 0.3:
        year = str(rng.randrange(1950, 2024))
        sentence = f"{topic.label} a été fondée en {year}."
        start = len(text)
        text += sentence + " "
        statements.append(
            Statement(
                "foundingDate",
                topic.key,
                When(year, year),
                Evidence(doc_id, sentence, start, start + len(sentence)),
                "foundingDate.synthetic",
            )
        )
    closing = f"{passing[0].label} cite aussi {passing[2].label}, présente à {passing[1].label}."
    text += closing
    document = Document(
        doc_id, f"{doc_id}.fr.txt", text, hashlib.sha256(text.encode("utf-8")).hexdigest()
    )
    return Resolution(document, tuple(mentioned.values()), tuple(statements))


def news_resolutions(articles: int, *, seed: int = 0) -> list[Resolution]:
    """The resolutions of `articles` synthetic articles (see the module's docstring)."""
    if articles < 1:
        raise ValueError(f"articles must be at least 1, not {articles}")
    world = _World.make(articles, seed)
    return [_article(world, number) for number in range(1, articles + 1)]


def news_graph(articles: int, *, seed: int = 0) -> Graph:
    """The kg graph of `articles` synthetic articles, as `kg.graph.build_graph` writes it."""
    return build_graph(news_resolutions(articles, seed=seed))
