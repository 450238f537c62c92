"""The store's linking index: where a change of documents can move an entity, found by lookups.

`kg.link.link` is a function of every entity of the store, but an entity's place depends only on
the entities it can be compared with: those that share one of its normalised names (rule 1),
the organisations whose names begin with one of its one-word names or the other way round
(rule 2), and those whose IRI is made from the same slug (`-2`, `-3` ...). `region` follows these
relations from the entities of the documents that come and go, through an index kept in the
store, and returns every stored entity whose IRI or label the change can affect; linking that
region alone gives what linking the whole store would (kg's tests compare the two). The cost of a
change is that of the region, not of the store.

The index is the named graph `<BASE/graph/index>`, written in the same transaction as the
documents, outside the default graph (queries do not see it) and left out of exports:

    <entity> kgi:key  "meta platforms"   # each normalised name (kg.resolve.name_key)
    <entity> kgi:word "meta"             # the first word of each name of several words
    <entity> kgi:slug "meta-platforms-inc"   # the slug of its label (its IRI without -2, -3)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from .link import EntityNames
from .vocab import COARSE_CLASSES, FINE_CLASSES, ONTOLOGY_IRI

__all__ = ["COARSE", "EntityIndex", "Region", "first_word"]

INDEX_NS = "https://w3id.org/kg-fr/index#"
KEY = ox.NamedNode(INDEX_NS + "key")
WORD = ox.NamedNode(INDEX_NS + "word")
SLUG = ox.NamedNode(INDEX_NS + "slug")
DEFAULT = ox.DefaultGraph()
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SKOS_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
MENTIONED_IN = ox.NamedNode(ONTOLOGY_IRI + "mentionedIn")
COARSE = {ONTOLOGY_IRI + name: name for name in COARSE_CLASSES} | {
    ONTOLOGY_IRI + fine: coarse for fine, coarse in FINE_CLASSES.items()
}


def first_word(key: str) -> str:
    """The word rule 2 compares: a one-word name itself, the first word of a longer one."""
    return key.split(" ", 1)[0]


@dataclass
class Region:
    """The stored entities a change can affect, and every view of them (one per document that
    mentions them, the documents that go included); what was looked up, to grow it."""

    entities: set[str] = field(default_factory=set)
    views: list[EntityNames] = field(default_factory=list)
    slugs: dict[str, str] = field(default_factory=dict)  # entity -> its slug, before the change
    keys_done: set[str] = field(default_factory=set)
    words_done: set[str] = field(default_factory=set)
    slugs_done: set[str] = field(default_factory=set)


class EntityIndex:
    """Lookups in the index graph and in the documents' graphs of one store."""

    def __init__(self, db: ox.Store, base_iri: str):
        self.db = db
        self.graph = ox.NamedNode(base_iri + "graph/index")

    def _subjects(self, predicate: ox.NamedNode, value: str) -> set[str]:
        return {
            q.subject.value
            for q in self.db.quads_for_pattern(None, predicate, ox.Literal(value), self.graph)
        }

    def owners(self, key: str) -> list[str]:
        """The stored entities that have this normalised name."""
        return sorted(self._subjects(KEY, key))

    def summary(self, entity: str) -> tuple[frozenset[str], frozenset[str]]:
        """Every name the documents give an entity, and its coarse classes (from the union)."""
        node = ox.NamedNode(entity)
        names = frozenset(
            q.object.value
            for q in self.db.quads_for_pattern(node, SKOS_ALT_LABEL, None, DEFAULT)
            if isinstance(q.object, ox.Literal)
        )
        classes = frozenset(
            COARSE[q.object.value]
            for q in self.db.quads_for_pattern(node, RDF_TYPE, None, DEFAULT)
            if q.object.value in COARSE
        )
        return names, classes

    def slug(self, entity: str) -> str | None:
        for q in self.db.quads_for_pattern(ox.NamedNode(entity), SLUG, None, self.graph):
            return q.object.value
        return None

    def has_slug(self, slug: str, *, besides: set[str]) -> bool:
        """Whether an entity outside `besides` has this slug (`kg.link` must not give it)."""
        return bool(self._subjects(SLUG, slug) - besides)

    def views_of(self, entity: str) -> list[EntityNames]:
        """How each document that mentions `entity` names and types it."""
        node = ox.NamedNode(entity)
        views = []
        for mention in self.db.quads_for_pattern(node, MENTIONED_IN, None, DEFAULT):
            doc = mention.object
            names, classes = set(), set()
            for q in self.db.quads_for_pattern(node, None, None, doc):
                if q.predicate == SKOS_ALT_LABEL and isinstance(q.object, ox.Literal):
                    names.add(q.object.value)
                elif q.predicate == RDF_TYPE and q.object.value in COARSE:
                    classes.add(COARSE[q.object.value])
            views.append(EntityNames(entity, frozenset(names), frozenset(classes), doc.value))
        return views

    def entities_in(self, document: str) -> set[str]:
        doc = ox.NamedNode(document)
        return {q.subject.value for q in self.db.quads_for_pattern(None, MENTIONED_IN, doc, doc)}

    def region(
        self,
        fresh: Iterable[EntityNames],
        removed: Iterable[str] = (),
        slugs: Iterable[str] = (),
        within: Region | None = None,
    ) -> Region:
        """The stored entities that linking `fresh` views in and `removed` documents out can
        affect: closed under shared names, rule 2's first words, and slugs (those of the
        entities found and the given `slugs`). `within`: a region found before, to grow."""
        region = within or Region()
        fresh = list(fresh)
        keys: list[str] = [k for view in fresh for k in view.keys]
        one_word = {k for k in keys if " " not in k}
        pending_slugs = list(slugs)

        def take(entity: str) -> None:
            if entity in region.entities:
                return
            region.entities.add(entity)
            for view in self.views_of(entity):
                region.views.append(view)
                keys.extend(view.keys)
            slug = self.slug(entity)
            if slug is not None:
                region.slugs[entity] = slug
                pending_slugs.append(slug)

        for document in removed:
            for entity in sorted(self.entities_in(document)):
                take(entity)
        while keys or pending_slugs:
            while keys:
                key = keys.pop()
                if key in region.keys_done:
                    continue
                region.keys_done.add(key)
                for entity in sorted(self._subjects(KEY, key)):
                    take(entity)
                word = first_word(key)
                if word in region.words_done:
                    continue
                short = self._subjects(KEY, word)
                if short or word in one_word:  # rule 2 can apply: every owner of the word
                    region.words_done.add(word)
                    for entity in sorted(short | self._subjects(WORD, word)):
                        take(entity)
            while pending_slugs and not keys:
                slug = pending_slugs.pop()
                if slug in region.slugs_done:
                    continue
                region.slugs_done.add(slug)
                for entity in sorted(self._subjects(SLUG, slug)):
                    take(entity)
        return region

    def entries(self, entity: str, views: Iterable[EntityNames], slug: str) -> list[ox.Quad]:
        """The index's quads for an entity with these views (its keys, words and slug)."""
        node = ox.NamedNode(entity)
        keys = {k for view in views for k in view.keys}
        words = {first_word(k) for k in keys if " " in k}
        return [
            *(ox.Quad(node, KEY, ox.Literal(k), self.graph) for k in sorted(keys)),
            *(ox.Quad(node, WORD, ox.Literal(w), self.graph) for w in sorted(words)),
            ox.Quad(node, SLUG, ox.Literal(slug), self.graph),
        ]

    def is_empty(self) -> bool:
        return next(iter(self.db.quads_for_pattern(None, None, None, self.graph)), None) is None
