"""Cross-document entity linking: which entities of different documents are one, and their IRIs.

Within one document `kg.resolve` decides which names are one entity; across documents the store
asks this module, every time a document comes or goes, for the whole store at once. Entities of
different documents are one when

1. *same name*: one of their names (label or alias), normalised by `kg.resolve.name_key` (case,
   accents, punctuation, legal suffixes), is the same, and they have the same coarse class
   (Person, Organization, Product, Place);
2. *short form, long form* (organisations only): a one-word name is the first word of exactly
   one organisation's multi-word name ("Meta" -> "Meta Platforms Inc."; not when the store also
   knows "Meta Quest Studios").

Two entities of one document never become one (`kg.resolve` kept them apart for a reason). The
result is a function of the set of documents alone, never of the order in which they came: the
entities are visited in an order made from their names and documents' hashes, and each merged
entity's IRI is the slug of its canonical label (its longest name), `-2`, `-3` ... for a second
entity with the same slug. Adding or removing a document can therefore change the IRI of an
entity it names ("Meta" becomes `:meta-platforms-inc` when an article names it in full); the
store rewrites the documents concerned in the same transaction.

    >>> meta = EntityNames("https://x/meta", frozenset({"Meta"}), frozenset({"Organization"}), "a")
    >>> full = EntityNames("https://x/meta-platforms", frozenset({"Meta Platforms"}),
    ...                    frozenset({"Organization"}), "b")
    >>> link([meta, full], "https://x/")[("a", "https://x/meta")]
    'https://x/meta-platforms'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from slugify import slugify

__all__ = ["EntityNames", "Linked", "canonical_label", "link", "link_region"]

_ORGANIZATION = "Organization"


@dataclass(frozen=True)
class EntityNames:
    """An entity as one document sees it: its IRI there, every name it uses, its coarse
    class(es), and the document (its IRI)."""

    iri: str
    names: frozenset[str]
    classes: frozenset[str]
    document: str = ""

    @cached_property
    def keys(self) -> frozenset[str]:
        from .resolve import name_key  # here: kg.resolve loads spaCy, which kg query never needs

        return frozenset(k for k in map(name_key, self.names) if k)

    @property
    def order(self) -> tuple:
        """Where this entity comes in the visit: from its document and names, not its IRI (a
        stored document's entities already carry the store's IRIs)."""
        return (self.document, sorted(self.names), sorted(self.classes), self.iri)


def canonical_label(names: Iterable[str]) -> str:
    """An entity's one rdfs:label across documents: its longest name, as within one document
    (`kg.resolve`); between names of the same length, the greatest string, so that the choice
    does not depend on the order in which documents were added."""
    return max(names, key=lambda name: (len(name), name))


class _Clusters:
    """Union-find over the entities, refusing merges that would join two entities of one
    document or two coarse classes."""

    def __init__(self, entities: Sequence[EntityNames]):
        self.parent = list(range(len(entities)))
        self.documents = [{e.document} for e in entities]
        self.classes = [set(e.classes) for e in entities]

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def merge(self, i: int, j: int) -> bool:
        a, b = self.root(i), self.root(j)
        if a == b:
            return True
        if self.documents[a] & self.documents[b]:
            return False
        if self.classes[a] and self.classes[b] and not self.classes[a] & self.classes[b]:
            return False
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        self.documents[a] |= self.documents[b]
        self.classes[a] |= self.classes[b]
        return True

    def groups(self) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            found.setdefault(self.root(i), []).append(i)
        return found


def _same_names(entities: Sequence[EntityNames], clusters: _Clusters) -> None:
    """Rule 1: entities that share a normalised name, each joining the first one it can."""
    by_key: dict[str, list[int]] = {}
    for i, entity in enumerate(entities):
        for key in entity.keys:
            by_key.setdefault(key, []).append(i)
    for key in sorted(by_key):
        members = by_key[key]
        for position, i in enumerate(members):
            for j in members[:position]:
                if clusters.merge(j, i):
                    break


def _short_forms(entities: Sequence[EntityNames], clusters: _Clusters) -> None:
    """Rule 2: an organisation known by one word joins the one organisation whose multi-word
    name begins with that word, when there is exactly one."""
    groups = clusters.groups()
    organisations = {
        root: {k for i in members for k in entities[i].keys}
        for root, members in groups.items()
        if _ORGANIZATION in clusters.classes[root]
    }
    owners: dict[str, set[int]] = {}
    for root, keys in organisations.items():
        for key in keys:
            if " " in key:
                owners.setdefault(key.split()[0], set()).add(root)
    pairs = []
    for root, keys in organisations.items():
        for word in sorted(k for k in keys if " " not in k):
            found = owners.get(word, set())
            if len(found) == 1 and root not in found:
                pairs.append((root, next(iter(found))))
    for short, long in sorted(pairs):
        clusters.merge(long, short)


def link(entities: Iterable[EntityNames], base_iri: str) -> dict[tuple[str, str], str]:
    """(document, the entity's IRI in it) -> the entity's IRI in the store, for every entity."""
    return link_region(entities, base_iri).mapping


@dataclass(frozen=True)
class Linked:
    mapping: dict[tuple[str, str], str]  # (document, the entity's IRI in it) -> its store IRI
    slugs: dict[str, str]  # store IRI -> its slug (the IRI without -2, -3 ...)


def link_region(
    entities: Iterable[EntityNames],
    base_iri: str,
    taken: Callable[[str], bool] | None = None,
) -> Linked:
    """`link` over part of the store (`kg.entity_index.region`): `taken(slug)` says whether an
    entity outside the part is named by that slug, which no entity of the part may then take as
    its `slug-N`."""
    ordered = sorted(entities, key=lambda e: e.order)
    clusters = _Clusters(ordered)
    _same_names(ordered, clusters)
    _short_forms(ordered, clusters)
    named = []
    for members in clusters.groups().values():
        names = {n for i in members for n in ordered[i].names}
        label = canonical_label(names) if names else ordered[members[0]].iri.rsplit("/", 1)[-1]
        slug = slugify(label) or "entity"
        classes = sorted({c for i in members for c in ordered[i].classes})
        named.append(((slug, classes, sorted(names), members[0]), members))
    mapping: dict[tuple[str, str], str] = {}
    slugs: dict[str, str] = {}
    local = {key[0] for key, _ in named}  # every plain slug, so that suffixes avoid them
    given: set[str] = set()
    for (slug, *_), members in sorted(named):
        iri, n = slug, 2
        while iri in given or (iri != slug and (iri in local or (taken and taken(iri)))):
            iri, n = f"{slug}-{n}", n + 1
        given.add(iri)
        slugs[base_iri + iri] = slug
        for i in members:
            mapping[(ordered[i].document, ordered[i].iri)] = base_iri + iri
    return Linked(mapping, slugs)
