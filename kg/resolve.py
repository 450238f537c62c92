"""Mentions -> entities, and relations between mentions -> statements between entities.

Within one document: names that differ only by case, accents, punctuation or a legal suffix are
one entity; a short form is the long name it begins when the rest is a company-form word
("Meta" -> "Meta Platforms Inc.", "Scale" -> "Scale AI", never "Orange" -> "Orange Bank"), or
the name without its prefix ("Valmont" -> "la Banque Valmont"); a surname is the person
("Wang" -> "Alexandr Wang"). Anaphora are resolved to the
nearest fitting entity before them: pronouns ("elle") to the last subject, definite
descriptions ("la startup", "le groupe français", "l'américain") to the last entity the text
described that way, "les deux entreprises" to the last two organisations, possessives to the
subject of the clause, an implicit argument to the company the passage is about. The canonical
label is the longest name; the others are alternative labels. Relations whose ends do not fit
the ontology's domain and range are dropped.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from slugify import slugify

from .components.lexicon import fold, load_entity_lexicon
from .config import Settings
from .read import ends_sentence
from .types import (
    PROTAGONIST,
    Amount,
    Certainty,
    Entity,
    EntityType,
    Extraction,
    Mention,
    MentionKind,
    Relation,
    Resolution,
    Statement,
    When,
)
from .vocab import SIGNATURES, SYMMETRIC_RELATIONS

__all__ = ["name_key", "resolve"]

_LEGAL_SUFFIXES = re.compile(
    r"(?:\s+|^)(inc|corp|corporation|co|ltd|llc|plc|sa|sas|sarl|se|ag|gmbh|nv|bv|group|groupe)\.?$"
)
# Descriptions of a company by what it is part of: one the text described so, never just any.
_PART_HEADS = frozenset({"filiale", "succursale"})

_GENERIC_ORG_HEADS = frozenset(
    {
        "entreprise",
        "societe",
        "groupe",
        "firme",
        "compagnie",
        "acteur",
        "maison",
        "structure",
        "editeur",
        "geant",
        "plateforme",
        "enseigne",
    }
)
# The generic heads that still name a kind of business ("l'enseigne" is a retailer's brand,
# "la plateforme" an online service): never a company the text called by another kind.
# ... and so does a workshop named as its company ("la tannerie X ... La tannerie, qui")
_KIND_HEADS = frozenset(
    {"enseigne", "plateforme", "editeur", "maison", "tannerie", "scierie", "minoterie",
     "blanchisserie", "conserverie", "coutellerie", "cristallerie"}
)  # fmt: skip
# A company a deal creates ("la nouvelle entité", "le futur ensemble", "la coentreprise"): no
# company named before it, unless the text described that one so ("la coentreprise Helior").
_NEW_ENTITY_HEADS = frozenset({"coentreprise", "co-entreprise", "joint-venture"})
_NEW_ENTITY_WORDS = frozenset({"nouvelle", "nouvel", "nouveau", "future", "futur", "fusionnee"})
_SYNONYMS = {
    "start-up": "startup",
    "labo": "laboratoire",
    "jeune-pousse": "startup",
    "pousse": "startup",
}
_LOOKBACK_SENTENCES = 4
_ADJECTIVE_PLACE_RULE = "locatedIn.adjective"  # "la start-up marseillaise X" (kg.extract)
_QUOTE = re.compile(r"«[^«»]*»")
# a speaker who says "nous" for their organisation, in a quotation
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:[Nn]ous|[Nn]otre|[Nn]os)\b")
# what comes between two names of a list: a comma or "et", then maybe their description
# ("A, l'armateur vraquier B et le manutentionnaire C"), never a relational "de" ("A, la
# filiale de B")
_LIST_GAP = re.compile(
    r"\s*(?:,|(et))\s+(?:(?:le|la|les|l['’]|du|de|des)\s*(?:[^\s,.;:()«»]+\s+){0,4})?"
)
_OF_BEFORE_NAME = re.compile(r"\s(?:de|du|des)\s+$")
# ", a annoncé lundi " / ", a fait savoir " right before an inverted subject
_ANNOUNCED = re.compile(r",\s*(?:a|ont|avait)\s+((?:fait\s+)?\S+)(?:\s+[^\s,;.]+)?\s+$")
# the person's end and the organisation's end (0: subject, 1: object) of a role
_ROLE_ENDS = {"worksFor": (0, 1), "hasCEO": (1, 0), "foundedBy": (1, 0)}


@cache
def _entity_lexicon():
    return load_entity_lexicon(str(Settings().pipelines_dir / "entities.yaml"))


@cache
def _unit_nouns() -> frozenset[str]:
    """A part of a company or a brand, which "le groupe", "la société" do not take up."""
    lexicon = _entity_lexicon()
    return lexicon.subsidiary_nouns | lexicon.owned_brand_nouns


def _nationalities() -> frozenset[str]:
    """The nationality words of pipelines/entities.yaml ("français", "américain" ...)."""
    return _entity_lexicon().nationalities


@lru_cache(maxsize=65536)
def _slug(label: str) -> str:
    """The local part of an entity's IRI (slugify is slow, and names recur across documents)."""
    return slugify(label) or "entity"


@cache
def _distinguishing_words() -> frozenset[str]:
    """Words that make a longer name another entity: sector words, descriptors, nationalities,
    territories, unless they are the company-form words of `alias_suffixes`."""
    lexicon = _entity_lexicon()
    words = lexicon.org_suffixes | lexicon.territories | frozenset(lexicon.descriptors)
    return frozenset(name_key(w) for w in words - lexicon.alias_suffixes)


def _makes_another_entity(word: str) -> bool:
    return word in _distinguishing_words() or _entity_lexicon().is_nationality(word)


def _new_entity(mention: Mention, noun: str) -> bool:
    """A description of the company a merger or an alliance creates: "la coentreprise", "la
    nouvelle entité", "le futur ensemble" (not the parties to the deal)."""
    if noun in _NEW_ENTITY_HEADS:
        return True
    if mention.type not in (None, EntityType.ORGANIZATION):
        return False
    return bool({fold(w) for w in mention.text.split()} & _NEW_ENTITY_WORDS)


_COMPANY_CLASSES = frozenset({"Company", "Startup"})
_NON_COMPANY_CLASSES = frozenset({"InvestmentFirm", "GovernmentAgency", "NewsMedia"})
_INSTITUTION_CLASSES = frozenset({"Organization", "GovernmentAgency"})
# The ends a family named by its surname ("la famille Rouvière") can fill: it holds shares and
# buys or sells them; it has no president, no revenue and no subsidiary ("Son président" or
# "la société" after "La famille Rouvière cède ses parts" is the company's).
_FAMILY_ENDS = frozenset({("investsIn", 0), ("acquired", 0), ("foundedBy", 1)})


def _eponymous(name: str, surnames: set[str]) -> bool:
    """'Hôtels Delambre' is named after a Delambre; 'Delambre' alone is the family itself."""
    words = set(fold(name).split())
    return bool(words & surnames) and bool(words - surnames)


def _other_kind(noun: str, cluster: _Cluster) -> bool:
    """'l'industriel', 'le fabricant' describe a company: never a fund, a ministry, an agency
    or a consortium named before ("Le fonds X a racheté la PME Y. Le fabricant ..." is Y),
    which is what the text called the candidate or how it is typed."""
    classes = _entity_lexicon().descriptors
    if classes.get(noun) not in _COMPANY_CLASSES:
        return False
    called = {classes.get(d) for d in cluster.descriptors} - {None}
    if called & _COMPANY_CLASSES:
        return False
    return bool(called) or cluster.entity_type()[1] in _NON_COMPANY_CLASSES


def _non_company(cluster: _Cluster) -> bool:
    """'le fonds d'investissement X', 'Les Echos': what the text introduced as a fund, an agency
    or a medium (and never as a company), which "la société", "le groupe" take up only when no
    company fits."""
    classes = _entity_lexicon().descriptors
    called = {classes.get(d) for d in cluster.descriptors} - {None}
    if called & _COMPANY_CLASSES:
        return False
    return bool(called & _NON_COMPANY_CLASSES) or cluster.entity_type()[1] in _NON_COMPANY_CLASSES


def _other_institution(noun: str, cluster: _Cluster) -> bool:
    """'l'armée', 'le ministère', 'le journal' describe an agency or a medium: never a company
    named before ("Talmor a racheté Ondivia, ... et a signé un contrat avec l'armée"); nor does
    an institution's noun ("l'autorité portuaire") take up what the text called a company."""
    wanted = _entity_lexicon().descriptors.get(noun)
    if noun in _entity_lexicon().institution_nouns:  # "l'autorité": only an institution
        called = {_entity_lexicon().descriptors.get(d) for d in cluster.descriptors}
        named = any(noun in fold(name).split() for name in cluster.names)
        return not (named or called & _INSTITUTION_CLASSES)
    if wanted not in ("GovernmentAgency", "NewsMedia"):
        return False
    called = {_entity_lexicon().descriptors.get(d) for d in cluster.descriptors}
    return wanted not in called and cluster.entity_type()[1] != wanted


def _other_facility(noun: str, cluster: _Cluster) -> bool:
    """'le centre de formation' (`facility_nouns`): a site, never a company the text did not
    name or call so."""
    if noun not in _entity_lexicon().facility_nouns:
        return False
    named = any(noun in fold(name).split() for name in cluster.names)
    return not (named or noun in cluster.descriptors)


def _called_otherwise(noun: str, cluster: _Cluster) -> bool:
    """'l'enseigne', 'la plateforme' name a kind of business: never a company the text called
    by another kind ('le distributeur belge Hovelink', 'l'éditeur Vexa'); 'le groupe', 'la
    société' fit any company."""
    own = cluster.descriptors - _nationalities()
    return noun in _KIND_HEADS and bool(own) and noun not in own


def _size_clash(noun: str, cluster: _Cluster) -> bool:
    """'la PME' never takes up what the text called 'le groupe', nor 'le groupe' a start-up."""
    lexicon = _entity_lexicon()
    called = {fold(d) for d in cluster.descriptors}
    small, large = lexicon.small_company_nouns, lexicon.large_company_nouns
    return (noun in small and bool(called & large)) or (noun in large and bool(called & small))


def _first_name(cluster: _Cluster) -> bool:
    """'« Sandrine a toujours voulu diriger », a réagi ...': a first name alone, whatever type
    the model gave it, is a person named familiarly, never the company "le groupe" takes up."""
    return fold(cluster.label) in _entity_lexicon().first_names


def _named_with(mention: Mention, noun: str) -> bool:
    """'la distillerie Maison Ardouin': a name that opens with the noun is what "la maison"
    takes up, even in a complement (where "le groupe" never takes up "du groupe X")."""
    words = fold(mention.text).split()
    return len(words) > 1 and words[0] == noun


def _demonstrative(mention: Mention) -> bool:
    """'cette société', 'ce spécialiste', 'cet acteur'."""
    first = mention.text.split(maxsplit=1)[0].lower() if mention.text else ""
    return first in ("ce", "cet", "cette")


def _looks_like_a_person(name: str) -> bool:
    """Two or more capitalised words, none an organisation word: 'Paul-Henri Mazeau'."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


def name_key(name: str) -> str:
    """Case, accents, punctuation and legal suffixes do not make another name."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'").lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w&+]+", " ", text).strip()
    while True:
        stripped = _LEGAL_SUFFIXES.sub("", text).strip()
        if stripped == text or not stripped:
            break
        text = stripped
    return text


def _swapped_letters(a: str, b: str) -> bool:
    """'kalorix' / 'kaolrix': the same length, the same first letter, and at most two edits
    of which one swaps two adjacent letters (the slip of a typist, not another name: 'Orange'
    and 'Oracle' differ by two replaced letters)."""
    if len(a) != len(b) or a[0] != b[0]:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if not 2 <= len(diff) <= 3 or diff[-1] - diff[0] > 2:
        return False
    i = diff[0]
    return a[i] == b[i + 1] and a[i + 1] == b[i]


def _misspellings(clusters: dict[str, _Cluster]) -> list[tuple[str, str]]:
    """(typo, name) pairs: a one-word name written once that is a misspelling of a name the
    text writes more often, or first ('Kalorix' ... 'Kaolrix')."""
    pairs = []
    for key, cluster in clusters.items():
        if len(cluster.mentions) != 1 or " " in key or len(key) < 6:
            continue
        for other, target in clusters.items():
            if (
                other != key
                and other not in {typo for typo, _ in pairs}
                and (
                    len(target.mentions) >= 2
                    or min(m.start for m in target.mentions) < cluster.mentions[0].start
                )
                and _swapped_letters(key, other)
                and target.entity_type()[0] == cluster.entity_type()[0]
            ):
                pairs.append((key, other))
                break
    return pairs


_NAME_PARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "&"})


def _initials(name: str) -> str:
    """'Union sportive Castelvieil' -> 'usc': the first letters of its words but particles."""
    words = re.findall(r"[^\W\d_]+", name.lower())
    return "".join(w[0] for w in words if w not in _NAME_PARTICLES)


def _acronyms(clusters: dict[str, _Cluster]) -> list[tuple[str, str]]:
    """(acronym, name) pairs: a name in capitals ("l'USC") whose letters are the initials of
    exactly one longer name of the text ("l'Union sportive Castelvieil"), an organisation or of
    the acronym's own type (the model types a bare acronym weakly)."""
    pairs = []
    for key, cluster in clusters.items():
        written = [n for n in cluster.names if n.isalpha() and n.isupper() and 2 <= len(n) <= 6]
        if not written or " " in key:
            continue
        coarse = cluster.entity_type()[0]
        targets = [
            other
            for other, target in clusters.items()
            if other != key
            and " " in other
            and _initials(other) == key
            and target.entity_type()[0] in (coarse, EntityType.ORGANIZATION)
        ]
        if len(targets) == 1:
            pairs.append((key, targets[0]))
    return pairs


@dataclass(eq=False)
class _Cluster:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    _cache: dict = field(default_factory=dict, repr=False)

    def freeze(self) -> None:
        """Compute names, label and type once the mentions no longer change."""
        self._cache = {}
        self._cache["names"] = self.names
        self._cache["label"] = self.label
        self._cache["descriptors"] = self.descriptors
        self._cache["type"] = self.entity_type()

    @property
    def strength(self) -> float:
        return max((m.type_strength for m in self.mentions), default=0.0)

    @property
    def names(self) -> list[str]:
        if "names" in self._cache:
            return self._cache["names"]
        seen: dict[str, None] = {}
        for mention in self.mentions:
            seen.setdefault(mention.text.strip(), None)
        return list(seen)

    @property
    def label(self) -> str:
        if "label" in self._cache:
            return self._cache["label"]
        counts = Counter(m.text.strip() for m in self.mentions)
        first = {}
        for mention in sorted(self.mentions, key=lambda m: m.start):
            first.setdefault(mention.text.strip(), mention.start)
        return max(self.names, key=lambda n: (len(n), counts[n], -first.get(n, 0), n))

    @property
    def descriptors(self) -> set[str]:
        if "descriptors" in self._cache:
            return self._cache["descriptors"]
        return {_SYNONYMS.get(d, d) for m in self.mentions for d in m.descriptors}

    def entity_type(self) -> tuple[EntityType, str | None]:
        if "type" in self._cache:
            return self._cache["type"]
        longest = [m for m in self.mentions if m.text.strip() == self.label and m.type]
        pool = longest or [m for m in self.mentions if m.type]
        if not pool:
            return EntityType.ORGANIZATION, None
        votes = Counter((m.type, m.fine_type) for m in pool)
        (coarse, fine), _ = votes.most_common(1)[0]
        return coarse, fine


class _Resolver:
    def __init__(self, extraction: Extraction):
        self.extraction = extraction
        self.clusters = self._merge_expansions(
            self._cluster(extraction.mentions), extraction.same_as
        )
        for cluster in self.clusters:
            cluster.freeze()
        self.by_span = {(m.start, m.end): c for c in self.clusters for m in c.mentions}
        self._coerce_weak_types()
        self._descriptions: dict[tuple, _Cluster] = {}
        self._described_subjects: dict[int, Mention] = {}  # sentence -> its descriptive subject
        self._anaphoric_subjects: dict[int, Mention] = {}  # sentence -> "la société", "Elle"
        for relation in extraction.relations:
            for end in (relation.subject, relation.object):
                if (
                    isinstance(end, Mention)
                    and end.is_subject
                    and end.kind in (MentionKind.NOMINAL, MentionKind.PRONOUN)
                ):
                    self._anaphoric_subjects.setdefault(end.sentence, end)
        self._sources = {  # the outlets claims are attributed to, where the text cites them
            (r.source.start, r.source.end) for r in extraction.relations if r.source is not None
        }
        for relation in extraction.relations:
            if (
                relation.subject.kind is MentionKind.NOMINAL
                and relation.subject.head != "dernier"  # "Celle-ci, qui ...": no description
                # "l'opération valorise la plateforme à ...": the company valued is the verb's
                # object, not the sentence's subject
                and not (relation.predicate == "valuation" and not relation.subject.is_subject)
            ):
                self._described_subjects.setdefault(relation.subject.sentence, relation.subject)
        for described in extraction.described:  # a sentence no relation was read from
            self._described_subjects.setdefault(described.sentence, described)
        self.by_span: dict[tuple[int, int], _Cluster] = {
            (m.start, m.end): cluster for cluster in self.clusters for m in cluster.mentions
        }
        self._other_ends = self._names_related_in_sentence(
            extraction.relations,
            [m for m in extraction.mentions if m.kind is MentionKind.NAME],
        )
        self._named_roles = self._roles_between_names()
        for description, name in extraction.distinct:
            self._other_ends.setdefault((description.start, description.end), set()).add(
                (name.start, name.end)
            )
        self.keys = self._keys()
        self.occurrences = sorted(
            (m for c in self.clusters for m in c.mentions if not m.by_adjective),
            key=lambda m: m.start,
        )
        self._quotes = [q.span() for q in _QUOTE.finditer(extraction.document.text)]

    @staticmethod
    def _names_related_in_sentence(
        relations: Iterable[Relation], names: list[Mention]
    ) -> dict[tuple[int, int], set[tuple[int, int]]]:
        """'Rachetée par le fonds X, la société ... . Son président, Y': a description (or a
        possessive: "Parmi ses clients figurent A et B") that a relation of its sentence sets
        against a name is never that name, whichever relation of it is resolved (the names'
        spans, by the description's span)."""
        other_ends: dict[tuple[int, int], set[tuple[int, int]]] = {}
        for relation in relations:
            ends = (relation.subject, relation.object)
            for one, other in (ends, ends[::-1]):
                if (
                    isinstance(one, Mention)
                    and isinstance(other, Mention)
                    and one.kind in (MentionKind.NOMINAL, MentionKind.POSSESSIVE)
                    and other.kind is MentionKind.NAME
                    and one.sentence == other.sentence
                ):
                    other_ends.setdefault((one.start, one.end), set()).add((other.start, other.end))
                    if relation.rule.endswith("@fronted-participle") and other.end < one.start:
                        # "Fondée par A et B, deux anciens cadres du distributeur Z, la
                        # plateforme": a name of the opening clause's asides is not the
                        # description that clause is about either
                        other_ends[(one.start, one.end)].update(
                            (m.start, m.end)
                            for m in names
                            if m.sentence == one.sentence and other.end <= m.start < one.start
                        )
        return other_ends

    # -- names ------------------------------------------------------------------------------

    def _cluster(self, mentions: Iterable[Mention]) -> list[_Cluster]:
        by_key: dict[str, _Cluster] = {}
        for mention in mentions:
            key = name_key(mention.text)
            if not key:
                continue
            by_key.setdefault(key, _Cluster(key)).mentions.append(mention)
        related = self._related_names()
        for cluster in by_key.values():
            cluster.freeze()  # names and types read many times while merging; refreshed after
        for short in sorted(by_key, key=len):
            if short not in by_key:
                continue
            longer = [k for k in by_key if k != short and self._short_form(short, k, by_key)]
            longer = [k for k in longer if frozenset((short, k)) not in related]
            targets = {k for k in longer}
            if len(targets) == 1:
                target = targets.pop()
                by_key[target].mentions.extend(by_key.pop(short).mentions)
                by_key[target].freeze()
        for acronym, name in _acronyms(by_key):
            by_key[name].mentions.extend(by_key.pop(acronym).mentions)
            by_key[name].freeze()
        merged: dict[str, str] = {}
        for typo, name in _misspellings(by_key):
            while name in merged:  # a chain of slips ends at the name written right
                name = merged[name]
            if typo == name or typo not in by_key:
                continue
            by_key[name].mentions.extend(by_key.pop(typo).mentions)
            by_key[name].freeze()
            merged[typo] = name
        return list(by_key.values())

    @staticmethod
    def _merge_expansions(
        clusters: list[_Cluster], same_as: tuple[tuple[Mention, Mention], ...]
    ) -> list[_Cluster]:
        """An acronym and its expansion in brackets are one entity."""
        for first, second in same_as:
            a = next((c for c in clusters if first in c.mentions), None)
            b = next((c for c in clusters if second in c.mentions), None)
            if a is not None and b is not None and a is not b:
                a.mentions.extend(b.mentions)
                clusters.remove(b)
        return clusters

    def _in_heading_line(self, mention: Mention) -> bool:
        """In a line the reader took for a heading, or in the opening line when it has no
        final punctuation (a headline of any length)."""
        text = self.extraction.document.text
        first_line = text.split("\n", 1)[0].rstrip()
        headline = "\n" in text and not ends_sentence(first_line)
        if headline and mention.start < len(first_line):
            return True
        return any(start <= mention.start < end for start, end in self.extraction.document.headings)

    def _short_form(self, short: str, long: str, clusters: dict[str, _Cluster]) -> bool:
        short_words, long_words = short.split(), long.split()
        if len(short_words) >= len(long_words):
            return False
        if ":" in " ".join(clusters[long].names):
            return False  # a title and a subtitled sequel ("X : The Ezio Collection"): two works
        long_names = clusters[long].names
        if any(f"{name}-" in other for name in clusters[short].names for other in long_names):
            return False  # "Air France-KLM" is a group, "Air France" one of its members
        short_type = clusters[short].entity_type()[0]
        long_type = clusters[long].entity_type()[0]
        if long_type is EntityType.PERSON:
            family = _entity_lexicon().family_nouns
            if any(family & set(m.descriptors) for m in clusters[short].mentions):
                return False  # "la famille Loiseau" holds shares; Bernard Loiseau is one of it
            return (
                short_words == long_words[-len(short_words) :]
                and short_type in (EntityType.PERSON, EntityType.ORGANIZATION)
                # "Garnaud Industries" ... "Bernard Garnaud" ... "Garnaud": the firm
                and not self._family_firm(short_words, clusters)
                # "la société Ferlane" ... "Anne Ferlane": a company the text said is one
                and not (short_type is EntityType.ORGANIZATION and clusters[short].strength >= 1.0)
            )
        weak_short = clusters[short].strength < 1.0  # typed by the statistical model alone
        if (short_type is EntityType.PERSON and not weak_short) or long_type is EntityType.PLACE:
            return False
        # a short form comes after the full name ("Meta Platforms Inc." ... "Meta"); a name used
        # first on its own is another entity ("Renault" ... "Renault ElectriCity")
        first_short = min(m.start for m in clusters[short].mentions)
        first_long = min(m.start for m in clusters[long].mentions)
        dropped_prefix = (  # "Banque Valmont" ... "Valmont"
            long_type is EntityType.ORGANIZATION
            and long_words[0] in _entity_lexicon().droppable_org_prefixes
            and long_words[1:] == short_words
            # "Maison Fauvel" ... "la famille Fauvel": the family holds shares in the house
            and not any(
                _entity_lexicon().family_nouns & set(m.descriptors)
                for m in clusters[short].mentions
            )
        )
        completed = long_words[: len(short_words)] == short_words and not any(
            _makes_another_entity(word) for word in long_words[len(short_words) :]
        )  # "Scale AI" ... "Scale", "BNP Paribas" ... "BNP"; never "Orange Bank" ... "Orange"
        if completed and first_short < first_long:
            # a headline names a company short ("le fonds Altamar entre au capital de ...") that
            # the body names in full with a company-form word ("Altamar Partners"); a name used
            # on its own in the body first is another entity ("Renault" ... "Renault ElectriCity")
            suffixes = _entity_lexicon().alias_suffixes
            extra = long_words[len(short_words) :]
            company_form = all(fold(w) in suffixes for w in extra) or self._town_of_name(
                extra, clusters
            )
            return company_form and all(
                self._in_heading_line(m) for m in clusters[short].mentions if m.start < first_long
            )
        return (completed or dropped_prefix) and first_long < first_short

    @staticmethod
    def _town_of_name(extra: list[str], clusters: dict[str, _Cluster]) -> bool:
        """'l'Union sportive' in a headline, 'l'Union sportive Castelvieil' in the body: the
        words the full name adds are a place the text names (a club's town, "de Montclar")."""
        words = [w for w in extra if w not in _NAME_PARTICLES]
        town = clusters.get(" ".join(words))
        return bool(words) and town is not None and town.entity_type()[0] is EntityType.PLACE

    @staticmethod
    def _family_firm(short_words: list[str], clusters: dict[str, _Cluster]) -> bool:
        """A bare surname that also opens a company's name ('Garnaud' beside 'Garnaud
        Industries' and 'Bernard Garnaud') names the firm: the press calls a family member by
        full name or 'M. Garnaud', the company by its short name."""
        return any(
            key.split()[: len(short_words)] == short_words
            and len(key.split()) > len(short_words)
            and cluster.entity_type()[0] is EntityType.ORGANIZATION
            and cluster.strength >= 1.0
            for key, cluster in clusters.items()
        )

    def _related_names(self) -> set[frozenset[str]]:
        """Names that a relation links are two entities ('Envision AESC, filiale du groupe
        Envision'), never a short and a long form of one."""
        pairs = set()
        for relation in self.extraction.relations:
            if (
                isinstance(relation.object, Mention)
                and relation.subject.kind is MentionKind.NAME
                and relation.object.kind is MentionKind.NAME
            ):
                pairs.add(
                    frozenset((name_key(relation.subject.text), name_key(relation.object.text)))
                )
        return pairs

    def _keys(self) -> dict[int, str]:
        keys: dict[int, str] = {}
        used: set[str] = set()
        for cluster in sorted(self.clusters, key=lambda c: c.mentions[0].start):
            key = _slug(cluster.label)
            base, n = key, 2
            while key in used:
                key, n = f"{base}-{n}", n + 1
            used.add(key)
            keys[id(cluster)] = key
        return keys

    def _coerce_weak_types(self) -> None:
        """A name typed only by the statistical model takes the type its roles demand: in
        "Orange a racheté Dreamjet" Dreamjet is bought, so an organisation, whatever PER says.
        The class that fits most of its roles wins; its own type stays on a tie."""
        fits: dict[int, Counter] = {}
        for relation in self.extraction.relations:
            if relation.predicate not in SIGNATURES or not isinstance(relation.object, Mention):
                continue
            domain, range_ = SIGNATURES[relation.predicate]
            for mention, allowed in ((relation.subject, domain), (relation.object, range_)):
                cluster = self.entity_of(mention) if mention.kind is MentionKind.NAME else None
                if cluster is not None and cluster.strength < 1.0:
                    fits.setdefault(id(cluster), Counter()).update(allowed)
        for cluster in self.clusters:
            counts = fits.get(id(cluster))
            if not counts:
                continue
            current = cluster.entity_type()[0].value
            counts.pop("Place", None)  # a place is what the text or the model says is one
            if current == "Person":
                if _looks_like_a_person(cluster.label):
                    continue  # "Clémence Auberger": a first name and a surname, whatever its role
                counts = Counter(
                    {k: v for k, v in counts.items() if k in ("Person", "Organization")}
                )
            best = max(counts.values(), default=0)
            if best and counts[current] < best:
                coarse = (
                    "Organization"
                    if counts["Organization"] == best
                    else counts.most_common(1)[0][0]
                )
                cluster._cache["type"] = (EntityType(coarse), None)

    def entity_of(self, mention: Mention) -> _Cluster | None:
        return self.by_span.get((mention.start, mention.end))

    # -- anaphora ---------------------------------------------------------------------------

    def _before(self, mention: Mention) -> list[Mention]:
        """Named mentions before this one, nearest first, within a few sentences; for a
        possessive or a pronoun, never a name inside a quotation it is outside of ("M dément :
        « Cerdane n'était plus stratégique », a indiqué son porte-parole": the speaker's
        company; a description may still take up a quoted name, "le laboratoire suisse")."""
        structural = mention.kind in (MentionKind.POSSESSIVE, MentionKind.PRONOUN)
        return [
            m
            for m in reversed(self.occurrences)
            if m.start < mention.start
            and mention.sentence - m.sentence <= _LOOKBACK_SENTENCES
            and not (structural and self._quoted_apart(m, mention))
        ]

    def _opens_paragraph(self, sentence: int) -> bool:
        """Whether a line break comes between this sentence and the one before: a generic
        description that is the subject of a paragraph's first sentence takes up what the
        article is about ("... dément Montalet.\nCréée en 2008 par P, la société réalise ..."
        is the protagonist, not the last paragraph's subject)."""
        if sentence == 0:
            return False
        before, here = self.extraction.sentences[sentence - 1], self.extraction.sentences[sentence]
        return self.extraction.document.text[before[0] : here[0]].rstrip(" \t").endswith("\n")

    def _presented(self, mention: Mention) -> bool:
        """'Installée à Sète, la société réalise 40 % de ses ventes à l'export': a description
        right after a fronted participle that presents a company (`presenting_participles`)."""
        if not mention.after_fronted:
            return False
        start = self.extraction.sentences[mention.sentence][0]
        first = fold(self.extraction.document.text[start : mention.start].split(maxsplit=1)[0])
        participles = _entity_lexicon().presenting_participles
        return any(
            first.endswith(ending) and first[: len(first) - len(ending)] in participles
            for ending in ("", "e", "s", "es")
        )

    def _quoted_apart(self, named: Mention, mention: Mention) -> bool:
        """Whether `named` lies inside a « ... » quotation that does not also hold `mention`."""
        return any(
            start < named.start < end and not start < mention.start < end
            for start, end in self._quotes
        )

    def _others_of_speaker(self, mention: Mention) -> set[int]:
        """'« Marvéa nous achète 60 % de notre production », explique P, le directeur général
        de la start-up': a quotation of the same sentence in which the speaker says "nous" for
        their organisation names the others in the third person; a description outside it
        that is the company of the speaker's present post is none of them."""
        if not any(  # "..., ancien responsable des procédés du groupe": a past post may be
            # at a company the quote names
            (relation.subject if ends[0] == 1 else relation.object) == mention
            and not relation.past
            for relation in self.extraction.relations
            if (ends := _ROLE_ENDS.get(relation.predicate))
        ):
            return set()
        text = self.extraction.document.text
        quotes = [
            (start, end)
            for start, end in self._quotes
            if end <= mention.start
            and self._sentence_of_offset(start) == mention.sentence
            and _FIRST_PERSON_PLURAL.search(text, start, end)
        ]
        return {
            id(cluster)
            for m in self.occurrences
            if any(start < m.start < end for start, end in quotes)
            and (cluster := self.entity_of(m)) is not None
        }

    def _sentence_of_offset(self, offset: int) -> int:
        sentences = self.extraction.sentences
        return next((k for k, (start, end) in enumerate(sentences) if start <= offset < end), -1)

    def _fits(self, cluster: _Cluster, types: tuple[EntityType, ...]) -> bool:
        return cluster.entity_type()[0] in types

    def resolve_mention(self, mention: Mention, exclude: set[int] = frozenset()) -> list[_Cluster]:
        kind = mention.kind
        if kind is MentionKind.NAME:
            cluster = self.entity_of(mention)
            return [cluster] if cluster else []
        if kind in (MentionKind.NOMINAL, MentionKind.POSSESSIVE, MentionKind.PRONOUN):
            # "Parmi ses clients figurent A et B": never one of the names its sentence relates it
            # to; "X, qui l'avait acquis": never the subject of its own verb (Extraction.distinct)
            exclude = set(exclude) | {
                id(self.by_span[span])
                for span in self._other_ends.get((mention.start, mention.end), ())
                if span in self.by_span
            }
        if kind is MentionKind.NOMINAL:
            exclude = exclude | self._others_of_speaker(mention)
        candidates = [  # never an outlet the text cites ("Selon Les Echos, X serait parmi ses")
            m
            for m in self._before(mention)
            if id(self.entity_of(m)) not in exclude and not self._cited(m)
        ]
        if kind in (MentionKind.NOMINAL, MentionKind.PLURAL):
            # "Cofondée par P, un ancien de X, la société ...": a person's former employer named
            # in an apposition or a relative of the same sentence is an aside, not what a
            # description takes up
            candidates = [
                m
                for m in candidates
                if not (m.in_aside and m.sentence == mention.sentence)
                and not self._in_fronted_complement(m, mention)
            ]
        if kind is MentionKind.PLURAL:
            return self._plural(mention, candidates)
        if kind is MentionKind.NOMINAL:
            return self._nominal(mention, candidates)
        if kind is MentionKind.PRONOUN:
            return self._pronoun(mention, candidates)
        if kind is MentionKind.POSSESSIVE and mention.head in ("notre", "nos"):
            return self._speaker_organization(mention)
        if kind is MentionKind.POSSESSIVE and "autres" in mention.descriptors:
            # "Y lui a confié la production de Z. Parmi ses autres clients ...": not the
            # subject just before (itself one of the clients named), the passage's topic
            found = self._topic_of(candidates, (EntityType.ORGANIZATION,))
            if found:
                return found
        if kind in (MentionKind.POSSESSIVE, MentionKind.TOPIC):
            return self._topic(
                mention, candidates, exclude, same_sentence=kind is MentionKind.POSSESSIVE
            )
        return []

    def _in_fronted_complement(self, named: Mention, mention: Mention) -> bool:
        """'Filiale depuis 2016 du groupe Castelmeca, l'entreprise ...', 'Rachetée en 2019 par
        Y, la société ...': a name inside the phrase that opens the sentence, up to the comma
        right before the description, says what the description's company is related to, never
        which it is."""
        return (
            mention.after_fronted
            and named.sentence == mention.sentence
            and self.extraction.sentences[mention.sentence][0] < named.start < mention.start
        )

    def _plural(self, mention: Mention, candidates: list[Mention]) -> list[_Cluster]:
        """'les deux sociétés': the last organisations that were subjects ("A et B ont signé
        ... Après C et D, ..."), then the nearest ones if too few were; never a source the text
        cites ("les informations du Figaro, selon lesquelles les deux groupes ...")."""
        wanted = mention.count or 2
        chosen = self._named_just_before(mention, candidates, wanted) or self._coordinated(
            mention, candidates, wanted
        )
        if chosen:
            return chosen
        for subjects_only in (True, False):
            for m in candidates:
                cluster = self.entity_of(m)
                if (
                    cluster
                    and (m.is_subject or not subjects_only)
                    and self._fits(cluster, (EntityType.ORGANIZATION,))
                    and not _other_kind(mention.head or "", cluster)
                    and cluster not in chosen
                ):
                    chosen.append(cluster)
                if len(chosen) == wanted:
                    return chosen
        return []

    def _coordinated(
        self, mention: Mention, candidates: list[Mention], wanted: int
    ) -> list[_Cluster]:
        """'le groupement formé par A et B, face à l'opérateur historique C. Les deux
        partenaires ...': the organisations the nearest sentence that joins some with "et"
        joins, when they are as many as the plural counts (none when they are not, or when
        that sentence joins two such lists)."""

        def fitting(m: Mention) -> bool:
            cluster = self.entity_of(m)
            return (
                cluster is not None
                and self._fits(cluster, (EntityType.ORGANIZATION,))
                and not _other_kind(mention.head or "", cluster)
            )

        for sentence in sorted({m.sentence for m in candidates}, reverse=True):
            named = [m for m in candidates if m.sentence == sentence and fitting(m)]
            lists = [
                list({id(c): c for m in found if (c := self.entity_of(m))}.values())
                for found in self._lists_in(named)
            ]
            if lists:
                counted = [found for found in lists if len(found) == wanted]
                return counted[0] if len(counted) == 1 else []
        return []

    def _lists_in(self, named: list[Mention]) -> list[list[Mention]]:
        """The lists these names of one sentence form, joined by commas and a last "et"
        ("A, l'armateur B et le manutentionnaire C")."""
        text = self.extraction.document.text
        named = sorted(named, key=lambda m: m.start)
        lists: list[list[Mention]] = []
        run: list[Mention] = []  # the list being read, up to its "et"
        for before, after in itertools.pairwise(named):
            between = text[before.end : after.start]
            gap = _LIST_GAP.fullmatch(between)
            if gap is None or _OF_BEFORE_NAME.search(between):
                run = [after]
                continue
            run = [*(run or [before]), after]
            if gap.group(1):  # "et" closes the list
                lists.append(run)
                run = []
        return lists

    def _subjects_of_nearest(self, candidates: list[Mention], test) -> list[Mention]:
        """The candidates that are subjects in the nearest sentence with one that fits."""
        fitting = [m for m in candidates if (c := self.entity_of(m)) is not None and test(c, m)]
        if not fitting:
            return []
        return [m for m in fitting if m.sentence == fitting[0].sentence and m.is_subject]

    def _joined_subjects(self, candidates: list[Mention]) -> bool:
        """'A, le fonds B et l'industriel C se sont retrouvés pour financer X. Fondée en 2019
        par P, la société ...': the nearest sentence that names an organisation has a list of
        them for subject; one company is meant, and the text does not say which."""
        orgs = (EntityType.ORGANIZATION,)
        nearest = next(
            (m for m in candidates if (c := self.entity_of(m)) is not None and self._fits(c, orgs)),
            None,
        )
        if nearest is None:
            return False
        here = [  # every name of that sentence: the list may hold some the relation excludes
            m
            for m in self.occurrences
            if m.sentence == nearest.sentence
            and (c := self.entity_of(m)) is not None
            and self._fits(c, orgs)
        ]
        return any(
            len(found) > 1 and any(m.is_subject for m in found) for found in self._lists_in(here)
        )

    def _named_just_before(
        self, mention: Mention, candidates: list[Mention], wanted: int
    ) -> list[_Cluster]:
        """'X confiera les travaux à la PME Y. Les deux entreprises collaborent depuis 2021':
        the sentence right before that names just as many organisations names the ones the
        plural takes up, whichever were subjects; none when it names more or fewer (a name
        the statistical model alone types, after "à", counts for none: "à Castelmaure")."""
        found: list[_Cluster] = []
        text = self.extraction.document.text
        for m in candidates:
            if m.sentence != mention.sentence - 1:
                continue
            cluster = self.entity_of(m)
            if (
                cluster
                and self._fits(cluster, (EntityType.ORGANIZATION,))
                and not _other_kind(mention.head or "", cluster)  # "les deux start-up": no fund
                and cluster not in found
                and not (cluster.strength < 1.0 and text[: m.start].endswith(("à ", "À ")))
            ):
                found.append(cluster)
        return found if len(found) == wanted else []

    def _topic_of(
        self, candidates: list[Mention], wanted: tuple[EntityType, ...]
    ) -> list[_Cluster]:
        """Of the entities named in the last few sentences, the one the text so far is most
        about: named most often since the headline, first named on ties (the article's
        protagonist, rather than the last name of a list or an aside's institution)."""
        eligible = {id(c) for m in candidates if (c := self.entity_of(m)) and self._fits(c, wanted)}
        if not eligible:
            return []
        before = candidates[0].start
        earlier = [m for m in self.occurrences if m.start <= before]
        counts = Counter(id(c) for m in earlier if (c := self.entity_of(m)) and id(c) in eligible)
        first_seen = {id(c): m.start for m in reversed(earlier) if (c := self.entity_of(m))}
        best = max(counts, key=lambda k: (counts[k], -first_seen.get(k, 0)))
        return [c for c in self.clusters if id(c) == best]

    def _speaker_organization(self, mention: Mention) -> list[_Cluster]:
        """'Notre premier client sera le CNES' in a quote of Latitude's PDG: 'notre' is the
        organisation of the last person quoted with a role."""
        roles: dict[int, _Cluster] = {}
        for relation in self.extraction.relations:
            if relation.predicate not in ("hasCEO", "foundedBy", "worksFor") or not isinstance(
                relation.object, Mention
            ):
                continue
            person, org = (
                (relation.subject, relation.object)
                if relation.predicate == "worksFor"
                else (relation.object, relation.subject)
            )
            p_cluster, o_cluster = self.entity_of(person), self.entity_of(org)
            if p_cluster is not None and o_cluster is not None:
                roles.setdefault(id(p_cluster), o_cluster)
        for m in reversed(self.occurrences):
            if m.start >= mention.start or mention.sentence - m.sentence > _LOOKBACK_SENTENCES:
                continue
            cluster = self.entity_of(m)
            if cluster is not None and cluster.entity_type()[0] is EntityType.PERSON:
                return [roles[id(cluster)]] if id(cluster) in roles else []
        return []

    def _first(self, candidates: list[Mention], test) -> list[_Cluster]:
        for m in candidates:
            cluster = self.entity_of(m)
            if cluster is not None and test(cluster, m):
                return [cluster]
        return []

    def _salient(self, candidates: list[Mention], test) -> list[_Cluster]:
        """The first fitting candidate of the nearest sentence that has one, its subject first:
        a definite description takes up what the sentence before was about ("Le fonds X va
        remplacer le fonds Y ... L'investisseur" is X), where recency alone takes the last name."""
        fitting = [
            (m, cluster)
            for m in candidates
            if (cluster := self.entity_of(m)) is not None and test(cluster, m)
        ]
        if not fitting:
            return []
        nearest = [(m, c) for m, c in fitting if m.sentence == fitting[0][0].sentence]
        return [next((c for m, c in nearest if m.is_subject), nearest[0][1])]

    def _split_subjects(self, candidates: list[Mention], test) -> bool:
        """'Le cabinet A a conseillé X, tandis que le cabinet B accompagnait Y. Le cabinet
        ...': the nearest sentence with a fitting candidate has two subjects that fit (of two
        clauses), and the text does not say which one the description takes up."""
        subjects = self._subjects_of_nearest(candidates, test)
        return len({id(self.entity_of(m)) for m in subjects}) > 1

    def _nominal(self, mention: Mention, candidates: list[Mention]) -> list[_Cluster]:
        """A description said again refers to the same thing ('la plateforme de covoiturage'
        twice); a new one to the last entity the text described that way."""
        key = (mention.head, mention.descriptors)
        if mention.descriptors and key in self._descriptions:
            paragraph = self._paragraph_subject(mention, self._descriptions[key])
            return paragraph or [self._descriptions[key]]
        again = self._subject_said_again(mention)
        if again and self._rival_just_before(
            mention, again[0], candidates, (EntityType.ORGANIZATION,)
        ):
            return []
        if again:
            return self._paragraph_subject(mention, again[0]) or again
        found = self._new_description(mention, candidates)
        if found:
            found = self._paragraph_subject(mention, found[0]) or found
        if found and mention.descriptors:
            self._descriptions.setdefault(key, found[0])
        return found

    def _paragraph_start(self, sentence: int) -> int:
        while sentence > 0 and not self._opens_paragraph(sentence):
            sentence -= 1
        return sentence

    def _paragraph_subject(self, mention: Mention, described: _Cluster) -> list[_Cluster]:
        """'Winoba, fondé en 2012, est détenu par X. Son application ... L'opérateur traverse une
        période agitée': a description said again as a subject, in a paragraph that opened on
        another organisation as its subject and named no other one as a subject since (nor the
        one the description took up before), is about that paragraph's subject."""
        if not mention.is_subject:
            return []
        start = self._paragraph_start(mention.sentence)
        if start == mention.sentence:
            return []
        orgs = (EntityType.ORGANIZATION,)
        before = [
            m for m in self.occurrences if start <= m.sentence and m.start < mention.start
        ]
        if any(self.entity_of(m) is described for m in before):
            return []
        subjects = [
            c
            for m in before
            if m.is_subject and (c := self.entity_of(m)) is not None and self._fits(c, orgs)
        ]
        opening = [m for m in before if m.sentence == start and m.is_subject]
        if not opening or not subjects or any(c is not subjects[0] for c in subjects):
            return []
        topic, noun = subjects[0], (mention.head or "").partition(":")[0]
        if self.entity_of(opening[0]) is not topic or any(
            clash(noun, topic)
            for clash in (_other_kind, _called_otherwise, _size_clash, _other_institution)
        ):
            return []
        return [topic]

    def _subject_said_again(self, mention: Mention) -> list[_Cluster]:
        """'La société exploite vingt-deux centrales ... La société construit par ailleurs ...':
        a generic description that is its sentence's subject takes up what the same description
        took up when it last was a sentence's subject (the article's topic, not the last
        company a sentence in between was about), when the sentence right before names no
        subject of its own."""
        if mention.descriptors or (mention.head or "") not in _GENERIC_ORG_HEADS:
            return []
        if self._described_subjects.get(mention.sentence) != mention:
            return []
        if any(  # "Solvane réalise ... Le groupe fournit": the subject named right before
            m.is_subject and m.sentence == mention.sentence - 1 for m in self.occurrences
        ):
            return []
        earlier = [
            d
            for sentence, d in self._described_subjects.items()
            if sentence < mention.sentence and d.head == mention.head and not d.descriptors
        ]
        named = [  # "la société Kelvane exploite ...": the description given with the name
            m
            for m in self.occurrences
            if m.is_subject
            and m.sentence < mention.sentence
            and (c := self.entity_of(m)) is not None
            and mention.head in c.descriptors
            and self._fits(c, (EntityType.ORGANIZATION,))
        ]
        if not earlier and not named:
            return []
        last = max([*earlier, *named], key=lambda m: m.start)
        if last.kind is MentionKind.NAME:
            return [self.entity_of(last)]
        return self.resolve_mention(last)

    def _subject_of_conjunct_before(
        self, mention: Mention, candidates: list[Mention]
    ) -> Mention | None:
        """'... : le constructeur X lui a livré des montagnes russes, et le groupe a lancé P': a
        description that opens a clause after "et" is not the subject named last before it in
        its sentence, unless the text called that one so ('le groupe Talmor'): the same subject
        French would leave unsaid or take up with a pronoun."""
        text = self.extraction.document.text
        if not text[: mention.start].rstrip().endswith((", et", " et")):
            return None
        subjects = [
            m
            for m in candidates
            if m.sentence == mention.sentence
            and m.is_subject
            and m.kind is MentionKind.NAME
            and m.start < mention.start
        ]
        if not subjects:
            return None
        last = max(subjects, key=lambda m: m.start)
        cluster = self.entity_of(last)
        if cluster is None or (mention.head or "") in cluster.descriptors:
            return None
        return last

    def _named_after_founder(self, mention: Mention, candidates: list[Mention]) -> list[_Cluster]:
        """'... le rachat d'Hôtels Delambre. Fondée en 1921 par Auguste Delambre, l'entreprise
        ...': a generic description right after a fronted phrase that names a person takes up
        the company of the sentence before whose name holds that person's surname (a family
        firm), not the buyer that sentence is about."""
        if (mention.head or "") not in _GENERIC_ORG_HEADS or not (
            mention.after_fronted or self._founded_by_fronted_participle(mention)
        ):
            return []
        surnames = {
            fold(m.text).split()[-1]
            for m in self.occurrences
            if m.sentence == mention.sentence
            and m.start < mention.start
            and m.kind is MentionKind.NAME
            and m.type is EntityType.PERSON
            and len(m.text.split()) > 1
        }

        def eponyms(pool: Iterable[Mention]) -> list[_Cluster]:
            return [
                cluster
                for m in pool
                if (cluster := self.entity_of(m)) is not None
                and self._fits(cluster, (EntityType.ORGANIZATION,))
                and any(_eponymous(name, surnames) for name in cluster.names)
                and not cluster.descriptors & _entity_lexicon().family_nouns  # "la famille X"
            ]

        found = eponyms(m for m in candidates if m.sentence == mention.sentence - 1)
        if not found and surnames:  # "Maugras Agri ... (the partner named since) Fondée en
            # 1946 par Léon Maugras, l'entreprise": the family firm named further back
            found = eponyms(
                m
                for m in self.occurrences
                if m.end <= mention.start and m.kind is MentionKind.NAME
            )
            found = _least_worded(found)  # "Maugras Agri", not the joint venture "Hoshida
            # Maugras Powertrain" that also bears the name
        return found[:1] if len(set(map(id, found))) == 1 else []

    def _founded_by_fronted_participle(self, mention: Mention) -> bool:
        """'Fondée en 1946 par Léon Maugras, un forgeron de la Loire, l'entreprise ...': the
        description a fronted founding participle describes, past an apposition to its
        founder (more than the one comma of `Mention.after_fronted`)."""
        return any(
            r.predicate == "foundedBy"
            and r.rule.endswith("@fronted-participle")
            and (r.subject.start, r.subject.end) == (mention.start, mention.end)
            for r in self.extraction.relations
        )

    def _new_description(self, mention: Mention, candidates: list[Mention]) -> list[_Cluster]:
        # "Selon La Lettre du Fret, le groupe a racheté Y": the source its own sentence cites
        # is never what a description of that sentence takes up
        candidates = [
            m for m in candidates if not (m.sentence == mention.sentence and self._attributed(m))
        ]
        eponym = self._named_after_founder(mention, candidates)
        if eponym:
            return eponym
        before = self._subject_of_conjunct_before(mention, candidates)
        candidates = [m for m in candidates if m is not before]
        head = mention.head or ""
        noun, _, nationality = head.partition(":")
        noun = _SYNONYMS.get(noun, noun)
        wanted = (mention.type,) if mention.type else (EntityType.ORGANIZATION,)
        if mention.type is None and noun in _entity_lexicon().owned_brand_nouns:
            # "la marque": a product the text called so, or a house it names (`descriptor_kin`)
            return self._salient(
                candidates,
                lambda c, m: noun in c.descriptors and self._fits(c, (EntityType.PRODUCT,)),
            ) or (self._kin(mention, noun, candidates, (EntityType.ORGANIZATION,)) or [])
        if noun == "dernier":
            return self._demonstrated(mention, candidates)
        if noun == "cible":
            return self._last_target(mention)
        if _demonstrative(mention):
            # "Cette société, créée en 2003 par ...": a demonstrative points at the entity just
            # named (recency), where a definite description keeps to the topic ("le groupe");
            # "cette plateforme" is a company's or a product's, first the one so called
            if noun in _entity_lexicon().owned_product_nouns:
                wanted = (EntityType.ORGANIZATION, EntityType.PRODUCT)
            return self._first(
                candidates, lambda c, m: self._fits(c, wanted) and noun in c.descriptors
            ) or self._first(candidates, lambda c, m: self._fits(c, wanted))
        if noun == "nationality":
            return self._first(
                candidates,
                lambda c, m: (
                    _entity_lexicon().same_origin(nationality, c.descriptors)
                    and self._fits(c, (EntityType.ORGANIZATION,))
                ),
            )
        if nationality:

            def of_origin(c: _Cluster, m: Mention) -> bool:
                return _entity_lexicon().same_origin(nationality, c.descriptors) and self._fits(
                    c, wanted
                )

            # "le japonais Hoshida ... (paragraphs later) le partenariat avec le groupe
            # d'Osaka": the origin names the company further back than the last sentences
            found = (
                self._first(candidates, of_origin)
                or self._first(
                    [m for m in reversed(self.occurrences) if m.end <= mention.start], of_origin
                )
                or self._origin_said_again(mention, nationality, wanted)
            )
            if found:
                return found
            country = self._of_its_country(nationality, candidates, wanted)
            if country is not None:  # none when two have that country's origin
                return country
            # "Le groupe nippon", "le groupe de Seattle" with no such name before: never a
            # company the text gave another origin
            candidates = [
                m
                for m in candidates
                if (c := self.entity_of(m)) is None
                or not _entity_lexicon().other_origin(nationality, c.descriptors)
            ]
        if _new_entity(mention, noun):
            return (
                self._salient(
                    candidates, lambda c, m: noun in c.descriptors and self._fits(c, wanted)
                )
                or self._last_created(mention)
                or self._salient(  # "une coentreprise baptisée Genovia": "la nouvelle entité"
                    candidates,
                    lambda c, m: bool(c.descriptors & _NEW_ENTITY_HEADS) and self._fits(c, wanted),
                )
            )
        generic = noun in _GENERIC_ORG_HEADS  # "le groupe": not the name in "une offre du groupe X"
        if generic and mention.is_subject:
            venture = self._venture_named_before(mention, noun, wanted)
            if venture:
                return venture

        def described(c: _Cluster) -> bool:  # "le Racing Club de Montclar" is a club too
            return noun in c.descriptors or (
                not generic and any(noun in fold(name).split() for name in c.names)
            )

        def fits_described(c: _Cluster, m: Mention) -> bool:
            return (
                described(c)
                and self._fits(c, wanted)
                and not (generic and m.in_complement and not _named_with(m, noun))
                and not (m.sentence == mention.sentence and self._attributed(m))
            )

        if not generic and self._split_subjects(candidates, fits_described):
            return []
        found = self._salient(candidates, fits_described)
        if found and generic and self._rival_just_before(mention, found[0], candidates, wanted):
            return []
        if found and generic and not self._presented(mention):  # "Installée à Sète, la
            # société ...": presents the company so described, not the last subject named
            return self._subject_before(mention, noun, found[0], candidates, wanted) or found
        if found and self._another_described(mention, found[0], candidates, wanted, described):
            return []
        if found:
            return found
        again = self._description_said_again(mention, noun, wanted)
        if again:
            return again
        kin = self._kin(mention, noun, candidates, wanted)
        if kin is not None:
            return kin
        fine = mention.fine_type
        if fine and fine not in ("Company", "Organization"):  # "la startup": a Startup
            found = self._salient(candidates, lambda c, m: c.entity_type()[1] == fine)
            if found:
                return found
        if generic:
            here = self._named_before_in_sentence(mention, candidates, wanted, noun)
            if here:
                return here
            here = self._bought_in_sentence(mention, noun, wanted)
            if here:
                return here
            bought = self._bought_before(mention, noun, wanted)
            if bought:
                return bought

            # "Le fonds X a trouvé preneur pour le réseau Y. ... la société": a company noun
            # takes up a company before a fund or a medium, if one fits
            # (further back than the last sentences when these name none)
            def company(m: Mention) -> bool:
                c = self.entity_of(m)
                return c is not None and self._fits(c, wanted) and not _non_company(c)

            companies = [m for m in candidates if company(m)]
            if self._joined_subjects(candidates):
                # "A, B et C se sont retrouvés pour financer X. Fondée en 2019 par P, la
                # société ...": one company, and the text does not say which of its subjects
                return []
            if mention.is_subject and (
                self._opens_paragraph(mention.sentence) or self._presented(mention)
            ):
                opening = self._topic_of(companies or candidates, wanted)
                if opening:  # the protagonist, a company before a fund
                    return opening
            funds_only = not companies and any(
                (c := self.entity_of(m)) is not None and self._fits(c, wanted) for m in candidates
            )
            earlier = [
                m
                for m in reversed(self.occurrences)
                if funds_only and m.sentence < mention.sentence and company(m)
            ]
            subject = next((m for m in companies if m.is_subject), None)
            described = self._described_since(  # "L'assureur Y figure à son capital. La
                mention, subject.start if subject is not None else -1, wanted, set()
            )  # start-up ... Elle ... La société": what they took up, not the named Y
            if described and not _non_company(described[0]):  # (a company before a fund)
                return described
            subjects = self._subjects_of_nearest(candidates, lambda c, m: self._fits(c, wanted))
            if len({id(self.entity_of(m)) for m in subjects}) > 1:
                # "X s'allie à Y, tandis que son concurrent Z a racheté un élevage. ... premier
                # client de l'entreprise": of the subjects of two clauses, the one the text is
                # about, not the last
                return self._topic_of(subjects, wanted)
            for pool in (companies, earlier, candidates):
                found = (
                    self._first(
                        pool,
                        lambda c, m: m.is_subject and self._fits(c, wanted) and not _first_name(c),
                    )
                    or self._topic_of(pool, wanted)
                    or self._first(pool, lambda c, m: self._fits(c, wanted))
                )
                if found:
                    return found
            return []
        if noun in _PART_HEADS:
            # "Paul Roux, venu du groupe Talmor, dirigera la filiale": a subsidiary is one the
            # text called so (above) or the company just bought, never any company before
            return self._bought_before(mention, noun, wanted)
        if wanted == (EntityType.ORGANIZATION,):
            # "L'opérateur français" first used after "Le groupe Orange": the company the passage
            # is about, when nothing the text said contradicts it (nor is a fund what a company
            # that is not one launched: "La société X a lancé un fonds. Le fonds, dirigé par ...")
            def fitting(c: _Cluster, m: Mention) -> bool:
                return (
                    self._fits(c, wanted)
                    and not (
                        nationality and _entity_lexicon().other_origin(nationality, c.descriptors)
                    )
                    and not (fine == "InvestmentFirm" and c.entity_type()[1] != fine)
                    and not _other_kind(noun, c)
                    and not _other_institution(noun, c)
                    and not _other_facility(noun, c)
                    and not _size_clash(noun, c)
                )

            near = [m for m in candidates if mention.sentence - m.sentence <= 1]
            return (
                self._first(near, lambda c, m: m.is_subject and fitting(c, m))
                or self._sole(near, fitting)
                # "Hexam a racheté le courtier Y. P, le petit-fils du fondateur, réinvestit.
                # Fondé en 1978 par ..., le cabinet": the company just bought, no other named
                or [c for c in self._bought_before(mention, noun, wanted) if fitting(c, mention)]
                or self._first(candidates, lambda c, m: m.is_subject and fitting(c, m))
            )
        return []

    def _of_its_country(
        self, origin: str, candidates: list[Mention], wanted: tuple[EntityType, ...]
    ) -> list[_Cluster] | None:
        """'le suisse Nutrivel ... Le groupe vaudois': a description of a town's or a region's
        origin no name was given takes up the one entity near it the text gave that country's
        origin (a Vaud company is a Swiss one); none ([]) when two were (the text does not
        decide), None when no entity near it was given that origin (the other readings apply)."""
        origins = _entity_lexicon().origins
        country = origins.get(origin, frozenset()) - {origin}
        if not country or "francais" in country:  # in the French press most companies are
            return None  # French: "la société lyonnaise" is told by where it is, not by that

        def of_country(c: _Cluster, m: Mention) -> bool:  # "suisse", "genevois": both Swiss
            said = {o for d in c.descriptors for o in origins.get(fold(d), {fold(d)})}
            return bool(said & country) and self._fits(c, wanted)

        fitting = {id(c): c for m in candidates if (c := self.entity_of(m)) and of_country(c, m)}
        if not fitting:
            return None
        return list(fitting.values()) if len(fitting) == 1 else []

    def _origin_said_again(
        self, mention: Mention, origin: str, wanted: tuple[EntityType, ...]
    ) -> list[_Cluster]:
        """"l'entreprise angevine ... Pour le constructeur angevin": a description of an
        origin no name was given takes up what the last description of that origin took up."""
        return self._as_last_described(
            mention, wanted, lambda end: (end.head or "").partition(":")[2] == origin
        )

    def _description_said_again(
        self, mention: Mention, noun: str, wanted: tuple[EntityType, ...]
    ) -> list[_Cluster]:
        """'une offre sur le semencier angevin ... Prairion lorgne sur le semencier', 'du club
        de Top 14 ... le club': a description of a kind of business (not a generic "le
        groupe") said again, when no name near it is called so, takes up what it took up the
        last time, not the nearest company (an aside's: "la division maïs du groupe Y")."""
        if noun in _GENERIC_ORG_HEADS:
            return []
        return self._as_last_described(
            mention,
            wanted,
            lambda end: not _demonstrative(end)
            and _SYNONYMS.get(p := (end.head or "").partition(":")[0], p) == noun,
        )

    def _as_last_described(
        self,
        mention: Mention,
        wanted: tuple[EntityType, ...],
        alike: Callable[[Mention], bool],
    ) -> list[_Cluster]:
        """What the last description before `mention` that is `alike` took up (a relation's
        end: the descriptions the extraction read), if it fits."""
        earlier = [
            end
            for relation in self.extraction.relations
            for end in (relation.subject, relation.object)
            if isinstance(end, Mention)
            and end.kind is MentionKind.NOMINAL
            and end.start < mention.start
            and alike(end)
        ]
        if not earlier:
            return []
        last = max(earlier, key=lambda end: end.start)
        return [c for c in self.resolve_mention(last) if self._fits(c, wanted)][:1]

    def _another_described(
        self,
        mention: Mention,
        found: _Cluster,
        candidates: list[Mention],
        wanted: tuple[EntityType, ...],
        described: Callable[[_Cluster], bool],
    ) -> bool:
        """'Le fonds, qui possède déjà le club portugais A, reprend les parts de P, président du
        club pendant quatorze ans' after the purchase of the club B: a description whose nearest
        fit is no subject of its own sentence while another entity the text described the same
        way comes before it could be either."""
        nearest = next((m for m in candidates if self.entity_of(m) is found), None)
        if nearest is None or nearest.sentence != mention.sentence or nearest.is_subject:
            return False
        return any(
            (c := self.entity_of(m)) is not None
            and c is not found
            and self._fits(c, wanted)
            and described(c)
            for m in candidates
        )

    def _bought_before(
        self, mention: Mention, noun: str, wanted: tuple[EntityType, ...]
    ) -> list[_Cluster]:
        """'Le groupe américain Sentrix a annoncé l'acquisition de Cyberion, une pépite rennaise.
        Fondée en 2014 par ..., la société emploie 220 personnes': right after the purchase of
        a company by a buyer the sentence calls a group or a fund, a description that does not
        call it so is the company bought (the buyer would be "le groupe" again)."""
        lexicon = _entity_lexicon()
        buyers = lexicon.large_company_nouns | {"fonds"}
        if noun in buyers:
            return []
        founded = any(
            r.predicate in ("foundedBy", "foundingDate")
            and (r.subject.start, r.subject.end) == (mention.start, mention.end)
            for r in self.extraction.relations
        )
        back = 1  # further back past sentences that name no company ("P réinvestit")
        while back < 3 and not self._company_named_in(mention.sentence - back):
            back += 1
        for relation in self.extraction.relations:
            if (
                relation.predicate not in ("acquired", "investsIn")
                or not 1 <= mention.sentence - relation.subject.sentence <= back
                or not isinstance(relation.object, Mention)
            ):
                continue
            buyer, bought = self.entity_of(relation.subject), self.entity_of(relation.object)
            if (
                buyer is not None
                and bought is not None
                and bought is not buyer
                and (
                    {fold(d) for d in relation.subject.descriptors} & buyers
                    # "Kestor a pris 25 % de Cardiolink. Créée en 2020 par P, la société ...":
                    # the founding told next presents the company bought, the buyer called
                    # nothing
                    or (founded and not buyer.descriptors)
                )
                and not {fold(d) for d in bought.descriptors} & buyers
                and noun not in {fold(d) for d in buyer.descriptors}
                and self._fits(bought, wanted)
            ):
                return [bought]
        return []

    def _company_named_in(self, sentence: int) -> bool:
        """The sentence names a company ('Paul Marec, le petit-fils du fondateur, réinvestit',
        'Le vendeur, le fonds N, réalise une plus-value' name none: the purchase before them is
        still the news a description takes up)."""
        return any(
            m.sentence == sentence
            and m.kind is MentionKind.NAME
            and (c := self.entity_of(m)) is not None
            and c.entity_type()[0] is EntityType.ORGANIZATION
            and not _non_company(c)
            for m in self.occurrences
        )

    def _bought_in_sentence(
        self, mention: Mention, noun: str, wanted: tuple[EntityType, ...]
    ) -> list[_Cluster]:
        """'Le fonds X, qui avait investi en 2019 dans le fabricant Y aux côtés de Z, a revendu
        l'entreprise': a description after a company its own sentence says a group or a fund
        bought or invested in, which does not call it so, is that company (the one it
        describes, when only one)."""
        buyers = _entity_lexicon().large_company_nouns | {"fonds"}
        if noun in buyers:
            return []
        found: dict[int, _Cluster] = {}
        for relation in self.extraction.relations:
            if (
                relation.predicate not in ("acquired", "investsIn")
                or relation.subject.sentence != mention.sentence
                or not isinstance(relation.object, Mention)
                or relation.object.end > mention.start
            ):
                continue
            buyer, bought = self.entity_of(relation.subject), self.entity_of(relation.object)
            if (
                buyer is not None
                and bought is not None
                and bought is not buyer
                and {fold(d) for d in buyer.descriptors} & buyers
                and not {fold(d) for d in bought.descriptors} & buyers
                and noun not in {fold(d) for d in buyer.descriptors}
                and self._fits(bought, wanted)
            ):
                found[id(bought)] = bought
        return list(found.values()) if len(found) == 1 else []

    def _named_before_in_sentence(
        self, mention: Mention, candidates: list[Mention], wanted: tuple, noun: str
    ) -> list[_Cluster]:
        """'X, jusqu'ici directrice d'Agrivel, a pris la direction de Y, une PME dans laquelle
        le groupe a investi': "le groupe" takes up the one company its own sentence named before
        it that it can be (never what the text called a small company or a subsidiary); none
        when two fit."""
        speaker = self._announcer(mention)
        fitting = {
            id(c): c
            for m in candidates
            if m.sentence == mention.sentence
            and (c := self.entity_of(m)) is not None
            and self._fits(c, wanted)
            and not (speaker and not m.is_subject)
            and not _first_name(c)
            and not _size_clash(noun, c)
            and not {fold(d) for d in c.descriptors} & _entity_lexicon().subsidiary_nouns
            and not self._attributed(m)
        }
        return list(fitting.values()) if len(fitting) == 1 else []

    def _announcer(self, mention: Mention) -> bool:
        """'Le producteur a signé avec le gazier Y un contrat, a annoncé lundi l'entreprise':
        a description that is the inverted subject of a verb of announcing tells the clause
        before it, and is not a name that clause holds as a complement (Y is the other party)."""
        before = self.extraction.document.text[max(0, mention.start - 50) : mention.start]
        found = _ANNOUNCED.search(before)
        return found is not None and any(
            fold(found.group(1)).startswith(p)
            for p in _entity_lexicon().announcing_participles
        )

    def _subject_before(
        self,
        mention: Mention,
        noun: str,
        described: _Cluster,
        candidates: list[Mention],
        wanted: tuple,
    ) -> list[_Cluster]:
        """'Le chimiste Solvane et le groupe belge Polyterra ... Solvane réalise ... Le groupe
        fournit': a generic description ("le groupe", "la société") takes up the company named
        as the subject of the sentence right before rather than one so described further back,
        when nothing the text called that subject clashes with the noun ("sa filiale Kelvio",
        "la start-up Kelvio" are not "le groupe"); also when the sentence before described the
        other one only in a relative clause ("X, qui s'est associé au groupe Y, ... Le groupe
        a démenti ...": the relative is an aside on its subject X)."""
        if any(
            self.entity_of(m) is described
            and m.sentence >= mention.sentence - 1
            and not (m.sentence == mention.sentence - 1 and m.in_relative and not m.is_subject)
            for m in candidates
        ):
            return []
        before = [m for m in candidates if m.sentence == mention.sentence - 1]
        if self._joined_subjects(before):  # "A, B et C ont déposé des offres. La compagnie"
            return []
        return self._first(
            before,
            lambda c, m: (
                m.is_subject
                and self._fits(c, wanted)
                and not _first_name(c)
                and not _other_kind(noun, c)
                and not _size_clash(noun, c)
                and not {fold(d) for d in c.descriptors} & _unit_nouns()
                and not _called_otherwise(noun, c)
            ),
        )

    def _rival_just_before(
        self, mention: Mention, found: _Cluster, candidates: list[Mention], wanted: tuple
    ) -> bool:
        """'Le groupe hôtelier X ... Le rachat coupe l'herbe sous le pied de Y, le géant de la
        restauration, qui avait déposé une offre. Le groupe, qui avait tenté de ...': a generic
        description whose fit by name (X, called "le groupe" further back) is not in this
        sentence nor the one before, while the sentence before, which has no company as its
        subject, names another company the text also called a company, could be either: the
        text does not decide."""
        before = mention.sentence - 1
        if any(
            self.entity_of(m) is found and m.sentence >= before for m in candidates
        ) or before in self._anaphoric_subjects:
            return False
        if any(m.sentence == mention.sentence for m in candidates):
            return False  # "Kinovia est devenu le premier client de la société": its own
            # sentence names the other party
        orgs = (EntityType.ORGANIZATION,)
        if any(
            m.is_subject and m.sentence == before and (c := self.entity_of(m)) is not None
            and self._fits(c, orgs)
            for m in self.occurrences
        ):
            return False
        return any(
            m.sentence == before
            and (c := self.entity_of(m)) is not None
            and c is not found
            and self._fits(c, wanted)
            and not _non_company(c)
            and bool(c.descriptors & _GENERIC_ORG_HEADS)
            for m in candidates
        )

    def _kin(
        self, mention: Mention, noun: str, candidates: list[Mention], wanted: tuple
    ) -> list[_Cluster] | None:
        """'L'industriel' after 'le constructeur Y' or after Y was said to make a product;
        'l'investisseur' after 'le fonds X' or X's investment (`descriptor_kin`): the entity of
        the nearest sentence that fits, its subject first; none when two there do and neither is
        the subject, or they are listed together (the text does not decide);
        None when the noun has no kin or nothing fits (the other readings then apply)."""
        kin = _entity_lexicon().descriptor_kin.get(noun)
        if kin is None:
            return None
        words, roles = kin
        players = {
            id(cluster)
            for relation in self.extraction.relations
            if relation.predicate in roles
            and relation.subject.kind is MentionKind.NAME
            and relation.evidence.end <= mention.start
            and (cluster := self.entity_of(relation.subject)) is not None
        }
        fitting = [
            (m, cluster)
            for m in candidates
            if (cluster := self.entity_of(m)) is not None
            and self._fits(cluster, wanted)
            and not self._attributed(m)
            and (cluster.descriptors & words or id(cluster) in players)
        ]
        if not fitting:
            return None
        nearest = [(m, c) for m, c in fitting if m.sentence == fitting[0][0].sentence]
        if any(
            self._co_listed(m, other)
            for m, _ in nearest
            for other in candidates
            if not self._attributed(other)  # "Selon le journal X, Y ...": no list
        ):
            return []
        for pool in ([(m, c) for m, c in nearest if m.is_subject], nearest):
            found = {id(c): c for _, c in pool}
            if len(found) == 1:
                return list(found.values())
        return []

    def _co_listed(self, mention: Mention, other: Mention) -> bool:
        """'les chimistes Solvane et Arkéos': two names of one list, which the descriptor
        before the first describes both (the text gives it to the first name only)."""
        first, second = sorted((mention, other), key=lambda m: m.start)
        if first.sentence != second.sentence or self.entity_of(first) is self.entity_of(second):
            return False
        between = self.extraction.document.text[first.end : second.start]
        return between.strip() in (",", "et", "ou")

    def _sole(self, near: list[Mention], test) -> list[_Cluster]:
        """When no subject of its sentence or the one before fits a description, the one entity
        there that fits ("Le ministère a commandé des camions au constructeur Y. L'industriel,
        installé à Z, ..." is Y), before an older subject; none when two do."""
        fitting = {
            id(c): c
            for m in near
            if (c := self.entity_of(m)) is not None and test(c, m) and not self._attributed(m)
        }
        return list(fitting.values()) if len(fitting) == 1 else []

    def _cited(self, mention: Mention) -> bool:
        """An outlet the text cites as a claim's source, or a name right after "selon"."""
        return (mention.start, mention.end) in self._sources or self._attributed(mention)

    def _attributed(self, mention: Mention) -> bool:
        """'Selon le cabinet Xerfi, ...': a source the text cites, a few words after "selon"
        or "d'après" in the same phrase, is not what a later description takes up."""
        before = self.extraction.document.text[max(0, mention.start - 60) : mention.start]
        phrase = re.split(r"[,;:.()«»]", before)[-1]
        words = [fold(w) for w in phrase.replace("\u2019", "'").split()][-4:]
        prepositions = _entity_lexicon().attribution_prepositions
        return any(w in prepositions or w.startswith("d'apres") for w in words)

    def _demonstrated(self, mention: Mention, candidates: list[Mention]) -> list[_Cluster]:
        """'Celle-ci', 'celui-ci': the last thing named, or the description the sentence before
        was about when nothing was named after it ("Créée par Lucie Vey, la start-up a réalisé
        ... Celle-ci, qui ...": the start-up, not its founder)."""
        described = self._described_subjects.get(mention.sentence - 1)
        if (
            described is not None
            and described.gender in (None, mention.gender)
            and not any(m.start > described.start for m in candidates)
        ):
            found = self.resolve_mention(described)
            if found:
                return found
        agreeing = self._first(
            candidates,
            lambda c, m: mention.sentence - m.sentence <= 1 and self._agrees(mention, m),
        )
        return agreeing or self._first(candidates, lambda c, m: True)

    def _agrees(self, demonstrative: Mention, named: Mention) -> bool:
        """'Le groupe X, qui a racheté la fintech Y, ... Celui-ci': a demonstrative whose gender
        the article of a name's description contradicts does not point at it (when another
        name of its sentence or the one before agrees)."""
        if demonstrative.gender is None or named.kind is not MentionKind.NAME:
            return True
        if named.gender is not None:
            return named.gender == demonstrative.gender
        # "le négociant Normandie Grains ... détenue à 40 % par Normandie Grains. Celle-ci":
        # a name said again bare keeps the gender its descriptions gave it
        cluster = self.entity_of(named)
        genders = {m.gender for m in cluster.mentions if m.gender} if cluster else set()
        return not genders or demonstrative.gender in genders

    def _last_target(self, mention: Mention) -> list[_Cluster]:
        """'la cible': what the last acquisition stated before it was made on."""
        targets = [
            relation.object
            for relation in self.extraction.relations
            if relation.predicate == "acquired"
            and isinstance(relation.object, Mention)
            and relation.evidence.end <= mention.start
        ]
        return self._last_named(targets)

    def _venture_named_before(
        self, mention: Mention, noun: str, wanted: tuple[EntityType, ...]
    ) -> list[_Cluster]:
        """'A et B ont créé une coentreprise, X, ... La société sera dirigée par P': a generic
        description, subject of the sentence right after the one that named a joint venture
        (and one only), takes that venture up, not the parties that created it (unless the
        text called a party so: "La maison de parfums Y et Z ont créé ... la maison")."""
        if any(
            m.sentence == mention.sentence - 1
            and (c := self.entity_of(m)) is not None
            and noun in c.descriptors
            for m in self.occurrences
        ):
            return []
        ventures = {
            id(c): c
            for relation in self.extraction.relations
            if relation.predicate == "subsidiaryOf"
            and "joint-venture" in relation.rule
            and relation.subject.sentence == mention.sentence - 1
            and relation.subject.kind is MentionKind.NAME
            and (c := self.entity_of(relation.subject)) is not None
            and self._fits(c, wanted)
        }
        return list(ventures.values()) if len(ventures) == 1 else []

    def _last_created(self, mention: Mention) -> list[_Cluster]:
        """'la coentreprise', 'la nouvelle entité': the company whose founding was stated last,
        in the sentence before or the one before that ("A et B créent Helior")."""
        created = [
            relation.subject
            for relation in self.extraction.relations
            if relation.predicate == "foundedBy"
            and relation.evidence.end <= mention.start
            and mention.sentence - relation.subject.sentence <= 2
        ]
        return self._last_named(created)

    def _last_named(self, mentions: list[Mention]) -> list[_Cluster]:
        """The entity of the last of these mentions that is a name."""
        named = [m for m in mentions if isinstance(m, Mention) and m.kind is MentionKind.NAME]
        if not named:
            return []
        cluster = self.entity_of(max(named, key=lambda m: m.start))
        return [cluster] if cluster is not None else []

    def _pronoun(self, mention: Mention, candidates: list[Mention]) -> list[_Cluster]:
        """'elle', 'il': the last subject; when the sentence before had a description as its
        subject ("l'entreprise compte parmi ses clients ... Elle revendique ..."), what that
        description refers to."""
        wanted = (EntityType.ORGANIZATION, EntityType.PERSON)
        earlier = [m for m in candidates if m.sentence < mention.sentence]
        same = [m for m in candidates if m.sentence == mention.sentence]
        if mention.head == "object":
            after = self._after_subject(mention, same)
            nearest = self.entity_of(after[0]) if after else None
            if nearest is not None and not self._fits(nearest, wanted):
                return []  # "vendu son ordinateur, le QA-1, à X, qui l'installera": the product
            found = self._first(after, lambda c, m: self._fits(c, wanted))
            if found:
                return found
        found = self._first(same, lambda c, m: m.is_subject and self._fits(c, wanted))
        if found:
            return found
        described = self._described_before(mention)
        if described is not None:  # "Créée par P, la société, dont ..., exploite ..., où elle
            return described  # a repris Y"; none when the text does not say which it is
        previous = [m for m in earlier if m.sentence == mention.sentence - 1]
        described = self._described_subjects.get(mention.sentence - 1)
        if described is not None and not any(m.is_subject for m in previous):
            found = self.resolve_mention(described)
            if found:
                return found
        pool = earlier if mention.head == "object" else candidates  # see _after_subject
        return (
            self._first(  # "L'assureur Y figure à son capital. Elle ...": not the masculine Y
                earlier,
                lambda c, m: m.is_subject
                and self._fits(c, wanted)
                and self._agrees(mention, m)
                and mention.sentence - m.sentence <= 2,
            )
            or self._first(earlier, lambda c, m: m.is_subject and self._fits(c, wanted))
            or self._first(pool, lambda c, m: self._fits(c, wanted))
        )

    def _described_before(self, mention: Mention) -> list[_Cluster] | None:
        """A subject pronoun after a definite description its own sentence opened with, which
        a relation of the sentence reads (the parse may not make it the main subject): what
        the description takes up; None without one, or when a description that does not open
        the sentence as its subject takes up none."""
        if mention.head == "object":
            return None
        opening = next(
            (
                end
                for relation in self.extraction.relations
                for end in (relation.subject, relation.object)
                if isinstance(end, Mention)
                and end.kind is MentionKind.NOMINAL
                and end.sentence == mention.sentence
                and end.start < mention.start
            ),
            None,
        )
        if opening is None:
            return None
        orgs = (EntityType.ORGANIZATION,)
        found = [c for c in self.resolve_mention(opening) if self._fits(c, orgs)]
        # "Fondée par P, la société conçoit la puce X, que fabriquera pour elle Y": "elle" is
        # the subject description, none when the text does not say which company that is
        opens = opening.after_fronted or not self.extraction.document.text[
            self.extraction.sentences[opening.sentence][0] : opening.start
        ].strip()
        return found if found or (opening.is_subject and opens) else None

    def _after_subject(self, mention: Mention, same: list[Mention]) -> list[Mention]:
        """An object clitic is not its own clause's subject: 'Marc Delorme, fondateur de
        Kestrel, l'a revendue' takes up what the subject's apposition or relative names
        (nearest first), never a name before the subject ('Selon X, Talmor l'a rachetée')."""
        subject = next(
            (m for m in self._before(mention) if m.sentence == mention.sentence and m.is_subject),
            None,
        )
        if subject is None:
            return []
        return [m for m in same if m.start > subject.start and not m.is_subject]

    def _topic(
        self, mention: Mention, candidates: list[Mention], exclude: set[int], *, same_sentence: bool
    ) -> list[_Cluster]:
        """What the passage is about: the last organisation that was a subject; for the
        company of an officer ('Le directeur général, X, ...'), its protagonist; none when the
        organisation named most is one the relation excludes."""
        orgs = (EntityType.ORGANIZATION,)
        if mention.head == PROTAGONIST and candidates:
            named = [  # the article's protagonist may have been named before the last sentences
                m
                for m in reversed(self.occurrences)
                if m.start < mention.start
                and not self._cited(m)
                and id(self.entity_of(m)) not in exclude
            ]
            return self._topic_of(named, orgs)
        pool = (
            candidates
            if same_sentence
            else [m for m in candidates if m.sentence < mention.sentence] or candidates
        )
        unsubjected = self._unsubjected(mention, candidates, orgs) if same_sentence else None
        if unsubjected is not None:  # "Un accord reste à trouver pour le groupe X, avec son
            return [unsubjected]  # concurrent Y": X's, not a subject's of a sentence before
        subject = next(
            (
                m
                for m in pool
                if m.is_subject and (c := self.entity_of(m)) is not None and self._fits(c, orgs)
            ),
            None,
        )
        described = self._described_since(
            mention, subject.start if subject is not None else -1, orgs, exclude
        )
        if described:  # "La société construit ... Le titre ..., celui de son concurrent Y"
            return described
        after = subject.start if subject is not None else -1
        if self._unnamed_new_entity_since(mention, after):
            return []
        if subject is not None and self._subjects_apart(subject, mention, pool, orgs):
            return []
        if subject is not None:
            return [self.entity_of(subject)]
        if not same_sentence and not self._first(candidates, lambda c, m: self._fits(c, orgs)):
            return []  # "Leurs principaux concurrents, A et B, ..." opening a text: no topic yet
        # nothing before it: "Selon son fondateur, P, la start-up X ...", a company of its own
        # sentence (not one a later sentence names: "Ses deux concurrents, A et B, ...")
        later = not self._first(candidates, lambda c, m: self._fits(c, orgs))
        counts = Counter(
            id(cluster)
            for m in self.occurrences
            if (cluster := self.entity_of(m))
            and self._fits(cluster, orgs)
            and not (later and m.sentence != mention.sentence)
        )
        if not counts:
            return []
        top = counts.most_common(1)[0][0]
        return [c for c in self.clusters if id(c) == top and top not in exclude]

    def _subjects_apart(
        self,
        subject: Mention,
        mention: Mention,
        pool: list[Mention],
        orgs: tuple[EntityType, ...],
    ) -> bool:
        """'L'avionneur Skyra et la start-up Hydrix ont signé un accord. Celle-ci équipera le Gyra
        H, une version de son turbopropulseur Gyra 70': the sentence before, whose subject a
        possessive takes up, has two organisations for subjects (joined, or of two clauses),
        and nothing says which one's the possessive is ("leur" may stand for both: not read)."""
        if subject.sentence >= mention.sentence or mention.head not in ("son", "sa", "ses"):
            return False
        subjects = {
            id(cluster)
            for m in pool
            if m.sentence == subject.sentence
            and m.is_subject
            and (cluster := self.entity_of(m)) is not None
            and self._fits(cluster, orgs)
        }
        return len(subjects) > 1

    def _unnamed_new_entity_since(self, mention: Mention, after: int) -> bool:
        """'Le futur ensemble, qui s'appellera X, ... Son siège sera installé à Caen': the last
        subject before the possessive, after the last named one, is the company a deal creates
        and no name of the text is it; the possessive is its, never a party's to the deal."""
        described = [
            d
            for d in (*self._described_subjects.values(), *self._anaphoric_subjects.values())
            if after < d.start < mention.start
            and 0 <= mention.sentence - d.sentence <= _LOOKBACK_SENTENCES
        ]
        if not described:
            return False
        last = max(described, key=lambda d: d.start)
        noun = _SYNONYMS.get(p := (last.head or "").partition(":")[0], p)
        return (
            last.kind is MentionKind.NOMINAL
            and _new_entity(last, noun)
            and not self.resolve_mention(last)
        )

    def _described_since(
        self, mention: Mention, after: int, orgs: tuple[EntityType, ...], exclude: set[int]
    ) -> list[_Cluster]:
        """A definite description or a pronoun that was a main subject ("La société construit
        ...", "Elle compte ...") after the last named subject and before the possessive: a
        subject too, the nearest one."""
        described = [
            d
            for d in (*self._described_subjects.values(), *self._anaphoric_subjects.values())
            if after < d.start < mention.start
            and 0 <= mention.sentence - d.sentence <= _LOOKBACK_SENTENCES
        ]
        if not described:
            return []
        found = self.resolve_mention(max(described, key=lambda d: d.start))
        return [c for c in found if self._fits(c, orgs) and id(c) not in exclude][:1]

    def _unsubjected(
        self, mention: Mention, candidates: list[Mention], orgs: tuple[EntityType, ...]
    ) -> _Cluster | None:
        """The organisation named last before a possessive in its own sentence when no
        organisation is that sentence's subject there, nor a description ("le groupe
        bancaire, en acquérant X, ... sa filiale Y": the group's): what the possessive takes up
        rather than a subject of a sentence before. Not when a pronoun or a description that
        takes up an organisation is the subject before it ("Elle a signé avec le groupe Y un
        contrat portant sur son implant X": hers, not Y's)."""
        if mention.sentence in self._described_subjects:
            return None
        anaphoric = self._anaphoric_subjects.get(mention.sentence)
        if anaphoric is not None and anaphoric.start < mention.start:
            return None
        here = [m for m in candidates if m.sentence == mention.sentence]
        if any(m.is_subject and (c := self.entity_of(m)) and self._fits(c, orgs) for m in here):
            return None
        found = self._first(here, lambda c, m: self._fits(c, orgs))
        return found[0] if found else None

    def coreferences(self) -> tuple[tuple[Mention, tuple[str, ...]], ...]:
        """The anaphoric ends of the relations and what they were resolved to, in text order."""
        seen: dict[tuple[int, int], tuple[Mention, tuple[str, ...]]] = {}
        for relation in self.extraction.relations:
            for mention in (relation.subject, relation.object, relation.source):
                if not isinstance(mention, Mention) or mention.kind is MentionKind.NAME:
                    continue
                if (mention.start, mention.end) in seen:
                    continue
                keys = tuple(self.keys[id(c)] for c in self.resolve_mention(mention))
                seen[(mention.start, mention.end)] = (mention, keys)
        return tuple(sorted(seen.values(), key=lambda pair: pair[0].start))

    # -- output -----------------------------------------------------------------------------

    def entity(self, cluster: _Cluster) -> Entity:
        coarse, fine = cluster.entity_type()
        label = cluster.label
        return Entity(
            key=self.keys[id(cluster)],
            label=label,
            type=coarse,
            fine_type=fine,
            aliases=tuple(sorted(n for n in cluster.names if n != label)),
            mentions=tuple(cluster.mentions),
        )

    def _eponymous_employer(self, relation: Relation) -> _Cluster | None:
        """'« ... », a résumé Philippe Maugras, le président du directoire': a title with no
        company of its own, held by a person whose surname names a company of the text
        ("Maugras Agri"), is that family firm's, not the last company that was a subject."""
        p, o = _ROLE_ENDS[relation.predicate]
        ends = (relation.subject, relation.object)
        person, organization = ends[p], ends[o]
        if (
            not isinstance(person, Mention)
            or not isinstance(organization, Mention)
            or organization.kind is not MentionKind.TOPIC
            or person.kind is not MentionKind.NAME
            or len(person.text.split()) < 2
        ):
            return None
        surname = fold(person.text).split()[-1]
        firms = {  # "Castaigne" itself before the holding "Financière Castaigne"
            id(c): c
            for c in self.clusters
            if self._fits(c, (EntityType.ORGANIZATION,))
            and any(surname in fold(name).split() for name in c.names)
            and not c.descriptors & _entity_lexicon().family_nouns
        }
        found = _least_worded(list(firms.values()))
        return found[0] if len(found) == 1 else None

    def _known_employer(
        self, relation: Relation, subjects: list, objects: list
    ) -> tuple[list, list]:
        """'« ... », souligne Omar Benali, directeur technique de la société': a description
        in a person's title is the organisation the text already tied that person to by name
        (founder, head, employee, in a role still held), not the last one named ("Son
        concurrent Harvex ...")."""
        person_end, organization_end = _ROLE_ENDS[relation.predicate]
        ends = [relation.subject, relation.object]
        resolved = [subjects, objects]
        person, organization = ends[person_end], ends[organization_end]
        if (
            not isinstance(organization, Mention)
            or organization.kind is not MentionKind.NOMINAL
            or person.kind is not MentionKind.NAME
        ):
            return subjects, objects
        holder = self.entity_of(person)
        employer = next(
            (
                employer
                for sentence, named, employer in self._named_roles
                if named is holder and sentence < person.sentence
            ),
            None,
        )
        if (
            holder is not None
            and employer is None
            and relation.predicate != "foundedBy"
            and organization.head in _GENERIC_ORG_HEADS
        ):
            employer = self._family_firm_of(holder)
        if holder is None or employer is None:
            return subjects, objects
        resolved[organization_end] = [employer]
        return resolved[0], resolved[1]

    def _family_firm_of(self, person: _Cluster) -> _Cluster | None:
        """'Bernard Garnaud, président du conseil d'administration du groupe': a generic
        description in the title of a person whose surname names one company of the text
        ('Garnaud Industries') is that family firm."""
        if person.entity_type()[0] is not EntityType.PERSON or len(person.key.split()) < 2:
            return None
        surname = person.key.split()[-1]
        family = _entity_lexicon().family_nouns
        firms = [
            c
            for c in self.clusters
            if c.entity_type()[0] is EntityType.ORGANIZATION
            and not any(family & set(m.descriptors) for m in c.mentions)
            and not any(fold(name).split()[0] in family for name in c.names)
            and any(name_key(name).split()[:1] == [surname] for name in c.names)
        ]
        called = [c for c in firms if any(name_key(name) == surname for name in c.names)]
        for pool in (called, firms):  # "Garnaud" itself, before "Garnaud Bharani Agritech"
            if len(pool) == 1:
                return pool[0]
        return None

    def _roles_between_names(self) -> list[tuple[int, _Cluster, _Cluster]]:
        """The roles still held, asserted between two names: (sentence, person, organisation),
        in text order (what `_known_employer` looks back on)."""
        found = []
        for relation in self.extraction.relations:
            if (
                relation.predicate not in _ROLE_ENDS
                or relation.past
                or relation.certainty is not Certainty.ASSERTED
            ):
                continue
            p, o = _ROLE_ENDS[relation.predicate]
            pair = [relation.subject, relation.object]
            if not all(isinstance(m, Mention) and m.kind is MentionKind.NAME for m in pair):
                continue
            person, organization = self.entity_of(pair[p]), self.entity_of(pair[o])
            if person is not None and organization is not None:
                found.append((relation.subject.sentence, person, organization))
        return found

    def statements(self) -> list[Statement]:
        found: list[Statement] = []
        for relation in self.extraction.relations:
            found.extend(self._statements(relation))
        return self._headline_yields(_one_place_by_description(_dedupe(found)))

    def _headline_yields(self, statements: list[Statement]) -> list[Statement]:
        """'Monétis s'offre le fabricant Kaptel' over a body that says 'est entrée en
        négociations exclusives en vue d'acquérir Kaptel': a headline states in brief what the
        body hedges or denies; the body's certainty stands, the headline's assertion goes."""
        doubted = {
            _undirected(s)
            for s in statements
            if s.certainty is not Certainty.ASSERTED and not self._in_heading_at(s.evidence.start)
        }
        return [
            s
            for s in statements
            if not (
                s.certainty is Certainty.ASSERTED
                and _undirected(s) in doubted
                and self._in_heading_at(s.evidence.start)
            )
        ]

    def _in_heading_at(self, start: int) -> bool:
        text = self.extraction.document.text
        first_line = text.split("\n", 1)[0].rstrip()
        return "\n" in text and not ends_sentence(first_line) and start < len(first_line)

    def _statements(self, relation: Relation) -> list[Statement]:
        barred = self._investors() if relation.predicate == "develops" else set()
        subjects = self.resolve_mention(relation.subject, barred)
        if isinstance(relation.object, Mention):
            exclude = (
                {id(c) for c in subjects} if relation.object.kind is not MentionKind.NAME else set()
            )
            if relation.predicate == "subsidiaryOf" and relation.object.kind is MentionKind.TOPIC:
                exclude |= self._not_groups()
            objects: list[_Cluster | Amount | When] = self.resolve_mention(relation.object, exclude)
            if (
                relation.subject.kind is not MentionKind.NAME
                and relation.object.kind is MentionKind.NAME
            ):
                subjects = self.resolve_mention(
                    relation.subject, barred | {id(c) for c in objects if isinstance(c, _Cluster)}
                )
            objects = self._role_fitting(relation.predicate, relation.object, objects, 1)
            objects = self._no_family(relation.predicate, relation.object, objects, 1)
        else:
            objects = [relation.object]
        subjects = self._role_fitting(relation.predicate, relation.subject, subjects, 0)
        subjects = self._no_family(relation.predicate, relation.subject, subjects, 0)
        if relation.predicate in _ROLE_ENDS:
            subjects, objects = self._known_employer(relation, subjects, objects)
            firm = self._eponymous_employer(relation)
            if firm is not None and relation.predicate == "worksFor":
                objects = [firm]
            elif firm is not None:
                subjects = [firm]
        if relation.predicate == "competitorOf" and relation.subject.kind is MentionKind.PRONOUN:
            rivals = self._rival_product(relation.subject, objects)
            subjects = subjects if rivals is None else rivals
        if relation.predicate == "develops" and relation.subject.kind is not MentionKind.NAME:
            named = self._namesake(objects)
            if named is not None:  # "Son application, Verdure Club" after "Verdure": Verdure's
                subjects = [named]
        source = None
        if relation.source is not None:
            source_clusters = self.resolve_mention(relation.source)
            if source_clusters and source_clusters[0].entity_type()[0] is EntityType.ORGANIZATION:
                source = self.keys[id(source_clusters[0])]
        reciprocal = relation.subject is relation.object or (
            isinstance(relation.object, Mention)
            and relation.subject.kind is MentionKind.PLURAL
            and (relation.subject.start, relation.subject.end)
            == (relation.object.start, relation.object.end)
        )
        pairs = (
            [(a, b) for i, a in enumerate(subjects) for b in subjects[i + 1 :]]
            if reciprocal
            else [(s, o) for s in subjects for o in objects]
        )
        statements = []
        for subject, obj in pairs:
            if subject is obj or not self._fits_signature(relation.predicate, subject, obj):
                continue
            statements.append(
                Statement(
                    predicate=relation.predicate,
                    subject=self.keys[id(subject)],
                    object=self.keys[id(obj)] if isinstance(obj, _Cluster) else obj,
                    evidence=relation.evidence,
                    rule=relation.rule,
                    certainty=relation.certainty,
                    confidence=relation.confidence,
                    source=source if source not in (self.keys[id(subject)],) else None,
                    amount=relation.amount,
                    date=relation.date,
                    past=relation.past,
                )
            )
        return statements

    def _role_fitting(
        self, predicate: str, mention: Mention, found: list, end: int
    ) -> list[_Cluster | Amount | When]:
        """'Il succède à Léa Brun à la tête de la mutuelle. Celle-ci rejoint la banque Y comme
        présidente': a demonstrative ("celle-ci", "ce dernier") stands for the last entity
        named that can fill its role; the one it first points at (the mutual) cannot head a
        bank, the last person named in its sentence or the one before can."""
        if (
            mention.kind is not MentionKind.NOMINAL
            or mention.head != "dernier"
            or predicate not in SIGNATURES
            or any(isinstance(c, _Cluster) and self._fits_role(predicate, c, end) for c in found)
        ):
            return found
        near = [m for m in self._before(mention) if mention.sentence - m.sentence <= 1]
        return self._first(
            near, lambda c, m: self._fits_role(predicate, c, end) and self._agrees(mention, m)
        )

    @staticmethod
    def _no_family(predicate: str, mention: Mention, found: list, end: int) -> list:
        """A family ("la famille Rouvière") only founds, holds, buys and sells: at any other end
        it is dropped. A description or a possessive that pointed at it is left unresolved
        ("La famille Rouvière cède ses parts. Son président, P": the company's, which the
        salience that chose the family cannot tell)."""
        if (predicate, end) in _FAMILY_ENDS:
            return found
        family_nouns = _entity_lexicon().family_nouns
        families = [c for c in found if isinstance(c, _Cluster) and family_nouns & c.descriptors]
        if not families:
            return found
        if mention.kind is not MentionKind.NAME:
            return []
        return [c for c in found if c not in families]

    @staticmethod
    def _fits_role(predicate: str, cluster: _Cluster, end: int) -> bool:
        """Whether the entity's type is one the relation allows at this end (either end of a
        symmetric relation)."""
        domain, range_ = SIGNATURES[predicate]
        allowed = domain | range_ if predicate in SYMMETRIC_RELATIONS else (domain, range_)[end]
        return cluster.entity_type()[0].value in allowed

    def _not_groups(self) -> set[int]:
        """What a subsidiary with no owner named never belongs to: a company the text makes a
        subsidiary ("Les filiales A et B ... la filiale marocaine C" is the group's, not B's),
        a fund or a public body ("Le fonds X a levé ... Les filiales A et B": not the fund's)."""
        subsidiaries = {
            id(cluster)
            for relation in self.extraction.relations
            if relation.predicate == "subsidiaryOf"
            and relation.subject.kind is MentionKind.NAME
            and (cluster := self.entity_of(relation.subject)) is not None
        }
        classes = _entity_lexicon().descriptors
        not_companies = {
            id(c)
            for c in self.clusters
            if c.entity_type()[1] in _NON_COMPANY_CLASSES
            or {classes.get(d) for d in c.descriptors} & _NON_COMPANY_CLASSES
        }
        return subsidiaries | not_companies

    def _investors(self) -> set[int]:
        """What a possessive or a description never stands for as a product's maker: a fund
        ("Le fonds X conserve une participation. Son produit phare, la sonde Y": the company
        it holds a part of, not the fund)."""
        classes = _entity_lexicon().descriptors
        return {
            id(c)
            for c in self.clusters
            if c.entity_type()[1] == "InvestmentFirm"
            or "InvestmentFirm" in {classes.get(d) for d in c.descriptors}
        }

    def _rival_product(self, pronoun: Mention, objects: list) -> list[_Cluster] | None:
        """'Il concurrence directement le Scriba 2': a pronoun that competes with a product
        stands for a product named before (the last subject one, else the nearest), never for
        its maker; empty when there is none, None when the rival is no product."""
        if not any(
            isinstance(o, _Cluster) and o.entity_type()[0] is EntityType.PRODUCT for o in objects
        ):
            return None
        earlier = [m for m in self._before(pronoun) if m.sentence < pronoun.sentence]
        products = (EntityType.PRODUCT,)
        return self._first(
            earlier, lambda c, m: m.is_subject and self._fits(c, products)
        ) or self._first(earlier, lambda c, m: self._fits(c, products))

    def _namesake(self, objects: list) -> _Cluster | None:
        """The organisation whose name opens the product's: 'Lumio Scan' is Lumio's."""
        for obj in objects:
            if not isinstance(obj, _Cluster):
                continue
            first = name_key(obj.label).split()[:1]
            for cluster in self.clusters:
                if cluster is obj or cluster.entity_type()[0] is not EntityType.ORGANIZATION:
                    continue
                key = name_key(cluster.label).split()
                if first and key == first and len(name_key(obj.label).split()) > 1:
                    return cluster
        return None

    def _fits_signature(self, predicate: str, subject: _Cluster, obj: object) -> bool:
        coarse = subject.entity_type()[0].value
        if predicate not in SIGNATURES:  # attributes: an organisation's
            return coarse == "Organization"
        domain, range_ = SIGNATURES[predicate]
        if not isinstance(obj, _Cluster):
            return False
        other = obj.entity_type()[0].value
        if predicate in SYMMETRIC_RELATIONS:
            return (coarse in domain and other in range_) or (coarse in range_ and other in domain)
        return coarse in domain and other in range_


def _least_worded(clusters: list[_Cluster]) -> list[_Cluster]:
    """The clusters whose shortest name has the fewest words."""
    if not clusters:
        return []
    size = {id(c): min(len(name.split()) for name in c.names) for c in clusters}
    least = min(size.values())
    return [c for c in clusters if size[id(c)] == least]


def _one_place_by_description(statements: list[Statement]) -> list[Statement]:
    """"l'éditeur parisien" and later "l'éditeur rennais" taken up as one company: a town's
    adjective on a description says where it is only when no other description of it says
    another town (one of them took up the wrong company); a name's own adjective stays."""
    places: dict[str, set[object]] = {}
    for statement in statements:
        if statement.rule.startswith(_ADJECTIVE_PLACE_RULE):
            places.setdefault(statement.subject, set()).add(statement.object)
    return [
        s
        for s in statements
        if not (s.rule == f"{_ADJECTIVE_PLACE_RULE}-description" and len(places[s.subject]) > 1)
    ]


def _undirected(statement: Statement) -> tuple:
    """(subject, predicate, object), either way round for a symmetric relation."""
    obj = statement.object
    ends = (statement.subject, obj if isinstance(obj, str) else repr(obj))
    if statement.predicate in SYMMETRIC_RELATIONS:
        ends = tuple(sorted(ends))
    return (ends[0], statement.predicate, ends[1])


def _dedupe(statements: list[Statement]) -> list[Statement]:
    """One statement per (subject, predicate, object, certainty, sentence)."""
    best: dict[tuple, Statement] = {}
    for statement in statements:
        obj = statement.object
        subject, obj_key = statement.subject, obj if isinstance(obj, str) else repr(obj)
        if statement.predicate in SYMMETRIC_RELATIONS and isinstance(obj, str) and obj < subject:
            statement = replace(statement, subject=obj, object=subject)
            subject, obj_key = obj, subject
        key = (subject, statement.predicate, obj_key, statement.certainty, statement.evidence.start)
        previous = best.get(key)
        if previous is None or statement.confidence > previous.confidence:
            best[key] = statement
    return list(best.values())


def resolve(extraction: Extraction) -> Resolution:
    """One document's entities and statements."""
    resolver = _Resolver(extraction)
    statements = resolver.statements()
    entities = tuple(resolver.entity(c) for c in resolver.clusters)
    return Resolution(extraction.document, entities, tuple(statements), resolver.coreferences())
