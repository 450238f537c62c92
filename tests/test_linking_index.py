"""Incremental linking (kg.entity_index) gives the store that linking every entity gives.

Documents are made by hand from a small pool of names chosen to collide: the same name in
several classes, short and long forms ("Meta", "Meta Platforms", "Meta Quest"), names that give
the same slug ("Orange", "ORANGE SA", "Orange+"), aliases that bridge two entities. Random
sequences of additions and removals go into a store that links only the region a change can
affect, and into one that links the whole store every time (kg's definition); both must hold
the same quads, and the index must describe every entity.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_support import entity, resolution

from kg.store import Store
from kg.types import EntityType

NAMES = [
    ("Meta", EntityType.ORGANIZATION, ()),
    ("Meta Platforms", EntityType.ORGANIZATION, ("Meta",)),
    ("Meta Platforms Inc.", EntityType.ORGANIZATION, ()),
    ("Meta Quest", EntityType.ORGANIZATION, ()),
    ("Meta", EntityType.PRODUCT, ()),
    ("Orange", EntityType.ORGANIZATION, ()),
    ("ORANGE SA", EntityType.ORGANIZATION, ()),
    ("Orange", EntityType.PLACE, ()),
    ("Orange 2", EntityType.ORGANIZATION, ()),
    ("Orange+", EntityType.ORGANIZATION, ()),  # another name ("orange+"), the same slug
    ("Orange Bank", EntityType.ORGANIZATION, ("Orange",)),
    ("Orange Bank", EntityType.ORGANIZATION, ()),  # beside "Orange" in a document: two entities
    ("Scale AI", EntityType.ORGANIZATION, ("Scale",)),
    ("Scale", EntityType.ORGANIZATION, ()),
    ("Alexandr Wang", EntityType.PERSON, ("Wang",)),
    ("Wang", EntityType.PERSON, ()),
]


def make_document(number: int, picks: list[int]):
    entities = []
    for position, pick in enumerate(sorted(set(picks))):
        label, kind, aliases = NAMES[pick]
        entities.append(entity(f"e{position}-{pick}", label, kind, aliases=aliases))
    return resolution(f"d{number}", entities)


def pick(label: str) -> int:
    return next(i for i, (name, _, _) in enumerate(NAMES) if name == label)


class WholeStore(Store):
    """The store as kg defines it: every change links every entity of the store again."""

    def _indexed(self) -> bool:
        return False


def snapshot(store: Store) -> set[str]:
    ontology = ox.NamedNode("https://w3id.org/kg-fr/ontology")
    dataset = ox.Dataset(
        q for q in store._db.quads_for_pattern(None, None, None, None) if q.graph_name != ontology
    )
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(q) for q in dataset}


def check_index(store: Store) -> None:
    """Every entity has its slug in the index, and every index entry is a stored entity's."""
    index = store._entity_index()
    mentioned = {
        q.subject.value
        for q in store._db.quads_for_pattern(
            None,
            ox.NamedNode("https://w3id.org/kg-fr/ontology#mentionedIn"),
            None,
            ox.DefaultGraph(),
        )
    }
    indexed = {q.subject.value for q in store._db.quads_for_pattern(None, None, None, index.graph)}
    assert mentioned == indexed


documents = st.lists(
    st.lists(st.integers(0, len(NAMES) - 1), min_size=1, max_size=4), min_size=2, max_size=6
)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents=documents, data=st.data())
def test_incremental_linking_equals_linking_everything(documents, data):
    made = [make_document(n, picks) for n, picks in enumerate(documents)]
    with Store(None) as incremental, WholeStore(None) as whole:
        present: set[int] = set()
        for _ in range(len(made) + 3):
            number = data.draw(st.integers(0, len(made) - 1))
            batch = data.draw(st.booleans())
            for store in (incremental, whole):
                if number in present:
                    store.remove(made[number].document.key)
                elif batch:  # this document and every absent one after it, in one batch
                    store.add([made[n] for n in range(number, len(made)) if n not in present])
                else:
                    store.add([made[number]])
            if number in present:
                present.discard(number)
            else:
                present |= {n for n in range(number, len(made))} if batch else {number}
            assert snapshot(incremental) == snapshot(whole)
            check_index(incremental)
        if present:  # and one batch of what is left, into an empty store
            with Store(None) as fresh:
                fresh.add([made[n] for n in sorted(present)])
                assert snapshot(fresh) == snapshot(incremental)


def test_a_store_without_index_is_indexed_on_its_next_change(tmp_path):
    meta = make_document(1, [1])
    short = make_document(2, [0])
    with Store(tmp_path / "store") as store:
        store.add([meta])
        index = store._entity_index().graph
        store._db.update(f"DROP GRAPH {index}")  # as a store written before the index existed
        assert store._entity_index().is_empty()
        store.add([short])
        check_index(store)
        assert store.query("ASK { :meta-platforms kg:mentionedIn ?a, ?b FILTER (?a != ?b) }")


@pytest.mark.parametrize("count", [1, 40])
def test_the_region_of_a_change_does_not_grow_with_unrelated_documents(count):
    """Adding a document reads the stored entities that share its names, not the others."""
    with Store(None) as store:
        wang, orange = pick("Alexandr Wang"), pick("Orange")
        store.add([make_document(100 + n, [wang]) for n in range(count)])
        unrelated = [resolution(f"x{n}", [entity(f"c{n}", f"Société {n:03d}")]) for n in range(50)]
        store.add(unrelated)
        region = store._entity_index().region(_views(store, make_document(999, [orange])), ())
        assert region.entities == set()  # Orange: nothing stored shares its names
        region = store._entity_index().region(_views(store, make_document(998, [pick("Wang")])), ())
        assert region.entities == {store.base_iri + "alexandr-wang"}
        assert len(region.views) == count


def _views(store: Store, document):
    from kg.graph import build_graph
    from kg.store import _document_triples, _entity_names

    doc, triples = _document_triples(
        build_graph([document]).serialize(format="nt", encoding="utf-8")
    )
    return _entity_names(triples, doc.value)


def test_two_entities_of_one_document_never_join_one_stored_entity():
    """A stored "Orange Bank" known as "Orange" too; a new document names "Orange" and
    "Orange Bank" as two companies: they stay two, as linking the whole store keeps them."""
    bank, orange = pick("Orange Bank"), pick("Orange")
    bank_alone = next(i for i, (n, _, a) in enumerate(NAMES) if n == "Orange Bank" and not a)
    stored, both = make_document(1, [bank]), make_document(2, [orange, bank_alone])
    with Store(None) as incremental, WholeStore(None) as whole:
        for store in (incremental, whole):
            store.add([stored])
            store.add([both])
        assert snapshot(incremental) == snapshot(whole)
        entities = incremental.query(
            "SELECT DISTINCT ?e WHERE { ?e kg:mentionedIn ?d FILTER(STRENDS(STR(?d), 'd2d2')) }"
        )
        assert len(entities.records()) == 2
