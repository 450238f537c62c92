"""Plain, frozen values passed between the stages (read -> nlp -> extract -> resolve -> graph)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class EntityType(StrEnum):
    """The four coarse classes of the spec; finer classes are subclasses in the ontology."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    PRODUCT = "Product"
    PLACE = "Place"


class Certainty(StrEnum):
    ASSERTED = "asserted"
    HEDGED = "hedged"
    NEGATED = "negated"


class MentionKind(StrEnum):
    """How a mention refers: by name, or anaphorically (resolved in `kg.resolve`)."""

    NAME = "name"  # "Scale AI", "le ministère américain de la défense"
    NOMINAL = "nominal"  # "la startup", "le groupe", "l'américain"
    PRONOUN = "pronoun"  # "elle", "il", "qui" (relative)
    POSSESSIVE = "possessive"  # "son", "sa", "ses", "leur"
    PLURAL = "plural"  # "les deux entreprises"
    TOPIC = "topic"  # an implicit argument: the entity the passage is about


# The head of a TOPIC mention that asks for the passage's protagonist (named most often), not
# the last company that was a subject: the company of an officer ("Le directeur général, X").
PROTAGONIST = "protagoniste"


@dataclass(frozen=True)
class Document:
    """One source text, kept verbatim so that every offset points into it."""

    id: str  # a slug of the file name (or the id the user gave): what people call it
    name: str  # the file name as given
    text: str
    sha256: str
    headings: tuple[tuple[int, int], ...] = ()  # character spans of heading lines
    path: str | None = None  # the absolute path it was read from; None for text given directly
    # what a JSON Lines corpus says about it ({"id", "text", "date", "source", "url"})
    date: str | None = None  # when it was published, as given (ISO 8601 is typed in RDF)
    source: str | None = None  # the outlet that published it ("Les Échos")
    url: str | None = None  # where it was published

    @property
    def key(self) -> str:
        """Its identity: a hash of its text, so that two files never become one document by
        sharing a name. Its IRI is `doc:KEY`."""
        return self.sha256[:16]

    @property
    def origin(self) -> str:
        """Where it comes from, to recognise a rebuild: its file's path, else its id."""
        return self.path or self.id


@dataclass(frozen=True)
class Evidence:
    """Where a statement comes from: the sentence and its character span in the document."""

    document: str  # Document.id
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Amount:
    """A sum of money, normalised: "plus de 10 milliards de dollars" -> 10000000000 USD, a
    lower bound."""

    value: Decimal
    currency: str  # ISO 4217 code
    text: str
    lower_bound: bool = False
    upper_bound: bool = False
    approximate: bool = False


@dataclass(frozen=True)
class When:
    """A date as the text gives it; `value` is ISO 8601 (2024, 2024-04, 2024-04-01) when known."""

    text: str
    value: str | None = None


@dataclass(frozen=True)
class Mention:
    """A span of the document that refers to an entity, by name or anaphorically."""

    start: int
    end: int
    text: str
    kind: MentionKind
    sentence: int  # index of the sentence in the document
    type: EntityType | None = None
    fine_type: str | None = None  # a subclass local name: Startup, NewsMedia, AIModel ...
    gender: str | None = None  # "Masc" / "Fem" when the words say it
    plural: bool = False
    count: int | None = None  # "les deux entreprises" -> 2
    head: str | None = None  # head noun of a nominal mention: "startup", "groupe"
    descriptors: tuple[str, ...] = ()  # what the text calls a named entity: "startup", "américain"
    is_subject: bool = False  # the grammatical subject of its clause (salience for anaphora)
    in_complement: bool = False  # inside another noun's "de" complement: "une offre du groupe X"
    in_aside: bool = False  # a former employer in a person's apposition: "P, un ancien de X"
    # inside a relative clause: "X, qui s'est associé au groupe Y, ..." (an aside on X)
    in_relative: bool = False
    # a description right after the phrase that opens its sentence, with no finite verb in it:
    # "Filiale du groupe X, l'entreprise ..." (the names of that phrase are other companies)
    after_fronted: bool = False
    type_strength: float = 0.0  # how sure the typing cue is: 0.5 statistical label ... 3 title
    # a place said by an adjective ("la start-up marseillaise"): never what a pronoun takes up
    by_adjective: bool = False


@dataclass(frozen=True)
class Relation:
    """A relation found in one sentence, between mentions (extract's output)."""

    predicate: str  # local name from the spec: investsIn, foundedBy ...
    subject: Mention
    object: Mention | Amount | When
    evidence: Evidence
    rule: str
    certainty: Certainty = Certainty.ASSERTED
    confidence: float = 0.8
    source: Mention | None = None
    amount: Amount | None = None
    date: When | None = None
    past: bool = False


@dataclass(frozen=True)
class Entity:
    """One real thing in the documents: a canonical label, its other names and its mentions."""

    key: str  # slug, the local part of its IRI
    label: str
    type: EntityType
    fine_type: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Statement:
    """A relation or attribute between resolved entities, with its evidence (resolve's output)."""

    predicate: str
    subject: str  # Entity.key
    object: str | Amount | When  # Entity.key for relations, a value for attributes
    evidence: Evidence
    rule: str
    certainty: Certainty = Certainty.ASSERTED
    confidence: float = 0.8
    source: str | None = None  # Entity.key of the outlet a claim is attributed to
    amount: Amount | None = None
    date: When | None = None
    past: bool = False


@dataclass(frozen=True)
class Extraction:
    """Everything extract found in one document."""

    document: Document
    sentences: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    same_as: tuple[tuple[Mention, Mention], ...] = ()  # "SMILE (Solar-wind ... Explorer)"
    # the definite descriptions that are a sentence's main subject ("La société construit ..."),
    # whether or not a relation was read from their sentence: what later anaphors take up
    described: tuple[Mention, ...] = ()
    # a description and a name its clause sets apart ("Le groupe Talmor a vendu Ferlane à la
    # société": the buyer is not the seller): never resolved to that name
    distinct: tuple[tuple[Mention, Mention], ...] = ()


@dataclass(frozen=True)
class Resolution:
    """One document's entities and statements, ready to become RDF."""

    document: Document
    entities: tuple[Entity, ...]
    statements: tuple[Statement, ...]
    # every anaphoric mention ("elle", "la startup", "les deux entreprises") and the entity
    # keys it was resolved to
    coreferences: tuple[tuple[Mention, tuple[str, ...]], ...] = ()
