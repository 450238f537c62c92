"""A document is its text: two files with one name are two documents, the same text is one, a
rebuilt file replaces its own document only; and the store is a function of the set of its
documents, whatever the order they came and went in."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from store_support import SEED, entity, resolution, resolutions, run_kg

from kg.errors import StoreError
from kg.read import read_text
from kg.store import Store
from kg.validate import validate

THIRD = (
    "Meta Quest Studios, le studio de jeux vidéo de réalité virtuelle, a signé un partenariat "
    "avec Microsoft.\n"
    "Le studio Meta Quest Studios est dirigé par Jeanne Roussel depuis 2021.\n"
)


@pytest.fixture(scope="module")
def articles(builder):
    """The seed article (Meta Platforms Inc.), a second ("Meta"), a third ("Meta Quest
    Studios": with it, "Meta" alone is ambiguous and stays apart)."""
    seed, second = resolutions(builder)
    (third,) = builder.resolve_texts(
        [read_text(THIRD.encode(), "quest.fr.txt", path="/articles/quest.fr.txt")]
    )
    return {"A": seed, "B": second, "C": third}


def snapshot(store: Store) -> set[str]:
    dataset = ox.Dataset(store.quads())
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(q) for q in dataset}


@pytest.fixture(scope="module")
def alone(articles):
    """The store of each pair of articles, built in one batch."""
    found = {}
    for pair in itertools.combinations(sorted(articles), 2):
        with Store(None) as store:
            store.add([articles[name] for name in pair])
            found[frozenset(pair)] = snapshot(store)
    return found


@pytest.mark.parametrize("order", list(itertools.permutations("ABC")), ids="".join)
def test_removal_gives_the_store_of_the_remaining_articles_in_any_order(articles, alone, order):
    for removed in "ABC":
        with Store(None) as store:
            for name in order:
                store.add([articles[name]])
            store.remove(articles[removed].document.key)
            assert snapshot(store) == alone[frozenset("ABC") - {removed}], removed


def test_an_ambiguous_short_name_stays_apart_and_rejoins_when_the_ambiguity_goes():
    platforms = resolution("a", [entity("meta-platforms-inc", "Meta Platforms Inc.")])
    short = resolution("b", [entity("meta", "Meta")])
    quest = resolution("c", [entity("meta-quest-studios", "Meta Quest Studios")])
    with Store(None) as store:
        store.add([quest, platforms, short])
        assert store.query("ASK { :meta kg:mentionedIn ?d }")  # two organisations begin so
        store.remove("c")
        assert not store.query("ASK { :meta ?p ?o }")
        assert store.query("ASK { :meta-platforms-inc skos:altLabel 'Meta' }")
        store.add([quest])
        assert store.query("ASK { :meta kg:mentionedIn ?d }")


# --- identity -------------------------------------------------------------------------------------


def test_two_files_with_one_name_are_two_documents(builder, tmp_path):
    one, two = builder.resolve_texts(
        [
            read_text(b"Acme a rachet\xc3\xa9 Globex.", "x.fr.txt", path="/d1/x.fr.txt"),
            read_text(b"Initech a rachet\xc3\xa9 Umbrella.", "x.fr.txt", path="/d2/x.fr.txt"),
        ]
    )
    with Store(tmp_path / "store") as store:
        first, second = store.add([one, two])
        assert (first.status, second.status) == ("added", "added")
        assert "another document is also called x" in second.note
        assert len(store.documents()) == 2
        assert store.query("ASK { :acme kg:acquired :globex . :initech kg:acquired :umbrella }")
        assert validate(store.to_rdflib()).conforms
        with pytest.raises(StoreError, match=r"'x' names 2 documents") as ambiguous:
            store.remove("x")
        assert "/d1/x.fr.txt" in str(ambiguous.value) and "/d2/x.fr.txt" in str(ambiguous.value)
        assert store.remove("/d2/x.fr.txt").document == "x"
        assert store.query("ASK { :acme kg:acquired :globex }")
        assert not store.query("ASK { ?s kg:acquired :umbrella }")


def test_a_rebuilt_file_replaces_its_document_and_only_it(builder, tmp_path):
    old, new, other = builder.resolve_texts(
        [
            read_text(b"Acme a rachet\xc3\xa9 Globex.", "x.fr.txt", path="/d1/x.fr.txt"),
            read_text(b"Acme a rachet\xc3\xa9 Initech.", "x.fr.txt", path="/d1/x.fr.txt"),
            read_text(b"Hooli a rachet\xc3\xa9 Globex.", "x.fr.txt", path="/d2/x.fr.txt"),
        ]
    )
    with Store(tmp_path / "store") as store:
        store.add([old, other])
        (change,) = store.add([new])
        assert change.status == "replaced"
        assert {d.path for d in store.documents()} == {"/d1/x.fr.txt", "/d2/x.fr.txt"}
        assert store.query("ASK { :acme kg:acquired :initech . :hooli kg:acquired :globex }")
        assert not store.query("ASK { :acme kg:acquired :globex }")
        (again,) = store.add([new])
        assert again.status == "unchanged"


def test_the_same_text_twice_is_one_document(builder, tmp_path):
    text = b"Acme a rachet\xc3\xa9 Globex."
    one, two = builder.resolve_texts(
        [
            read_text(text, "a.fr.txt", path="/d1/a.fr.txt"),
            read_text(text, "copy.fr.txt", path="/d2/copy.fr.txt"),
        ]
    )
    with Store(tmp_path / "store") as store:
        first, second = store.add([one, two])
        assert (first.status, second.status) == ("added", "unchanged")
        assert "the same text as a.fr.txt" in second.note
        (third,) = store.add([two])
        assert third.status == "unchanged" and "/d1/a.fr.txt" in third.note
        assert [d.path for d in store.documents()] == ["/d1/a.fr.txt"]


# --- the command ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_kg_build_of_two_files_with_one_name(tmp_path):
    for folder, text in (("d1", SEED.read_text(encoding="utf-8")), ("d2", THIRD)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.fr.txt").write_text(text, encoding="utf-8")
    build = run_kg(
        "build", "d1/x.fr.txt", "d2/x.fr.txt", "--store", "s", "--out", "o", cwd=tmp_path
    )
    assert build.returncode == 0, build.stderr
    assert build.stdout.count("added x in s") == 2 and "replaced" not in build.stdout
    check = run_kg("validate", "o/graph.ttl", cwd=tmp_path)
    assert check.returncode == 0, check.stdout
    manifest = json.loads((tmp_path / "o" / "kg-build.json").read_text())
    assert [a["path"] for a in manifest["articles"]] == [
        str(tmp_path / "d1" / "x.fr.txt"),
        str(tmp_path / "d2" / "x.fr.txt"),
    ]
    again = run_kg("build", "d1/x.fr.txt", "--store", "s", "--out", "o", cwd=tmp_path)
    assert "unchanged x in s" in again.stdout, again.stdout
    (tmp_path / "d1" / "x.fr.txt").write_text(THIRD + "Acme a racheté Globex.\n")
    changed = run_kg("build", "d1/x.fr.txt", "--store", "s", "--out", "o", cwd=tmp_path)
    assert "replaced x in s" in changed.stdout, changed.stdout
    ambiguous = run_kg("remove", "--document", "x", "--store", "s", cwd=tmp_path)
    assert ambiguous.returncode == 1 and "names 2 documents" in ambiguous.stderr
    removed = run_kg("remove", "--document", "d2/x.fr.txt", "--store", "s", cwd=tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert Path(tmp_path / "s").is_dir()
