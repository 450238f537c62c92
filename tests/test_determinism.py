"""Building is deterministic: the same articles give the same store, triple by triple, whatever
PYTHONHASHSEED is (set iteration order changes with it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from store_support import KG, ROOT, SEED

from kg.store import Store

pytestmark = pytest.mark.slow

# Sentences with several hedging phrases each: which one names the rule used to depend on the
# order of a set (kg.extract.certainty._phrase_in).
HEDGED = (
    "Selon des sources proches du dossier, Acme Industries serait en passe de racheter Globex, "
    "selon la presse économique.\n"
    "D'après des sources bien informées, Initech est sur le point de prendre une participation "
    "dans Umbrella, selon des informations du Monde.\n"
    "Hooli serait en passe de conclure un partenariat avec Vandelay, selon nos informations et "
    "selon plusieurs sources proches du dossier.\n"
)


def quads(store: Path) -> set[str]:
    with Store(store, read_only=True) as kg_store:
        dataset = ox.Dataset(kg_store.quads())
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(q) for q in dataset}


def test_two_hash_seeds_build_the_same_store(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEED, articles / SEED.name)
    for path in sorted((ROOT / "tests" / "data" / "articles").glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        (articles / f"{path.stem}.fr.txt").write_text(text, encoding="utf-8")
    (articles / "hedged.fr.txt").write_text(HEDGED, encoding="utf-8")
    names = sorted(p.name for p in articles.iterdir())
    stores = {}
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [
                *KG,
                "build",
                *names,
                "--store",
                str(tmp_path / seed),
                "--out",
                str(tmp_path / f"o{seed}"),
            ],
            cwd=articles,
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
        )
        assert result.returncode == 0, result.stderr
        stores[seed] = quads(tmp_path / seed)
    assert len(stores["1"]) > 1000
    only_one, only_two = stores["1"] - stores["2"], stores["2"] - stores["1"]
    assert not only_one and not only_two, (sorted(only_one)[:5], sorted(only_two)[:5])
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "o1" / name).read_bytes() == (tmp_path / "o2" / name).read_bytes()
