"""Cross-document entity linking: a new document's entity IRIs -> the IRIs already in the store.

Within one document `kg.resolve` decides which names are one entity; across documents the store
asks this module. A new entity joins a known one when

1. *same name*: one of its names (label or alias), normalised by `kg.resolve.name_key` (case,
   accents, punctuation, legal suffixes), is a name of the known entity, and both have the same
   coarse class (Person, Organization, Product, Place);
2. *short form, long form* (organisations only): a one-word name is the first word of exactly
   one multi-word organisation name ("Meta" -> "Meta Platforms Inc."), in either direction, so
   that the result does not depend on which article was added first.

Each new entity joins at most one known entity and each known entity takes at most one new
entity (the best match wins), so two entities that `kg.resolve` kept apart stay apart. An entity
that joins nothing keeps its IRI, or gets `-2`, `-3` ... when another entity already holds it.

    >>> known = [EntityNames("https://x/meta", frozenset({"Meta"}), frozenset({"Organization"}))]
    >>> new = [EntityNames("https://x/meta-platforms", frozenset({"Meta Platforms"}),
    ...                    frozenset({"Organization"}))]
    >>> link(new, known)
    {'https://x/meta-platforms': 'https://x/meta'}
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .resolve import name_key

__all__ = ["EntityNames", "link"]

_ORGANIZATION = "Organization"
_SAME_NAME, _SHORT_FORM = 2, 1  # rule ranks: a better rule wins a contested match


@dataclass(frozen=True)
class EntityNames:
    """An entity as linking sees it: its IRI, every name it goes by, its coarse class(es)."""

    iri: str
    names: frozenset[str]
    classes: frozenset[str]

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(k for k in map(name_key, self.names) if k)

    def compatible(self, other: EntityNames) -> bool:
        """Same coarse class (an entity with no known class fits any)."""
        return not self.classes or not other.classes or bool(self.classes & other.classes)

    @property
    def is_organization(self) -> bool:
        return _ORGANIZATION in self.classes


def _one_word(keys: Iterable[str]) -> set[str]:
    return {k for k in keys if " " not in k}


def _first_words(keys: Iterable[str]) -> set[str]:
    """First words of the multi-word names."""
    return {k.split()[0] for k in keys if " " in k}


def _candidates(
    new: Sequence[EntityNames], known: Sequence[EntityNames]
) -> list[tuple[int, int, str, str]]:
    """(rank, overlap, new IRI, known IRI) for every possible match."""
    found: list[tuple[int, int, str, str]] = []
    by_key: dict[str, list[EntityNames]] = {}
    for entity in known:
        for key in entity.keys:
            by_key.setdefault(key, []).append(entity)
    # Organisations whose multi-word names begin with a word, across known and new entities.
    long_forms: dict[str, set[str]] = {}
    for entity in (*known, *new):
        if entity.is_organization:
            for word in _first_words(entity.keys):
                long_forms.setdefault(word, set()).add(entity.iri)
    orgs_by_word: dict[str, list[EntityNames]] = {}
    for entity in known:
        if entity.is_organization:
            for word in _one_word(entity.keys):
                orgs_by_word.setdefault(word, []).append(entity)
    known_by_iri = {entity.iri: entity for entity in known}

    for entity in new:
        keys = entity.keys
        exact: dict[str, int] = {}
        for key in keys:
            for other in by_key.get(key, ()):
                if entity.compatible(other):
                    exact[other.iri] = exact.get(other.iri, 0) + 1
        found.extend((_SAME_NAME, overlap, entity.iri, iri) for iri, overlap in exact.items())
        if exact or not entity.is_organization:
            continue
        # Short form: "Meta" (new) -> the one known organisation named "Meta ...".
        for word in _one_word(keys):
            owners = long_forms.get(word, set()) - {entity.iri}
            if len(owners) == 1:
                (owner,) = owners
                if owner in known_by_iri:
                    found.append((_SHORT_FORM, 1, entity.iri, owner))
        # Long form: "Meta Platforms" (new) -> the known organisation named just "Meta", when
        # no other organisation's name begins with "Meta".
        for word in _first_words(keys):
            if long_forms.get(word, set()) - {entity.iri}:
                continue
            for other in orgs_by_word.get(word, ()):
                if not _first_words(other.keys):
                    found.append((_SHORT_FORM, 1, entity.iri, other.iri))
    return found


def link(new: Sequence[EntityNames], known: Sequence[EntityNames]) -> dict[str, str]:
    """Map each new entity's IRI to the IRI it has in the store (itself when it is new there)."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for _rank, _overlap, new_iri, known_iri in sorted(
        _candidates(new, known), key=lambda c: (-c[0], -c[1], c[2], c[3])
    ):
        if new_iri in mapping or known_iri in taken:
            continue
        mapping[new_iri] = known_iri
        taken.add(known_iri)
    in_use = {entity.iri for entity in known} | set(mapping.values())
    for entity in sorted(new, key=lambda e: e.iri):
        if entity.iri in mapping:
            continue
        iri, n = entity.iri, 2
        while iri in in_use:
            iri, n = f"{entity.iri}-{n}", n + 1
        mapping[entity.iri] = iri
        in_use.add(iri)
    return mapping
