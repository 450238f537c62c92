"""`make train` cannot rot: the corpus is valid, and the whole training runs (a few steps on
a tiny corpus) into a folder of its own, deterministically, giving components kg can load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.components.entity_typer import TYPER_LABELS
from kg.config import Settings
from kg.nlp import build_nlp
from kg.vocab import RELATIONS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import prepare  # noqa: E402
import train  # noqa: E402

TINY = {"training.max_steps": 6, "training.eval_frequency": 3, "training.max_epochs": 2}


def test_the_written_corpus_passes_its_checker():
    result = subprocess.run(
        [sys.executable, str(ROOT / "training" / "check_corpus.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:]
    assert " 0 with problems" in result.stdout


def test_passages_are_split_by_id_the_same_way_every_time():
    splits = [prepare.split_of(f"deals-01-{n:03d}") for n in range(200)]
    assert splits == [prepare.split_of(f"deals-01-{n:03d}") for n in range(200)]
    assert {"train", "dev", "test"} == set(splits)


def test_gold_is_found_by_whole_words_longest_name_first():
    text = "Orange Bank et Orange ont signé ; Orangeade n'est pas une entreprise."
    found = prepare.find_mentions(
        text, [("Orange", "orange", "Organization"), ("Orange Bank", "bank", "Organization")]
    )
    assert [(text[s:e], key) for s, e, key, _t in found] == [
        ("Orange Bank", "bank"),
        ("Orange", "orange"),
    ]


def _tiny_parts():
    passages = prepare.corpus_passages()[:8]
    return [(p, "dev" if i % 4 == 0 else "train") for i, p in enumerate(passages)]


@pytest.mark.slow
def test_training_runs_end_to_end_on_a_tiny_corpus(tmp_path):
    settings = Settings(
        models_dir=tmp_path / "models", learned=("kg_entity_typer", "kg_relation_scorer")
    )
    for stage in ("typer", "scorer"):
        train.train_stage(
            stage, _tiny_parts(), settings=settings, build_dir=tmp_path / "build", overrides=TINY
        )
    nlp = build_nlp(settings)
    assert tuple(nlp.get_pipe("kg_entity_typer").labels) == TYPER_LABELS
    scorer = nlp.get_pipe("kg_relation_scorer")
    assert tuple(scorer.labels) == RELATIONS
    assert set(scorer.cfg["thresholds"]) == set(RELATIONS)
    doc = nlp("Le groupe Talmor a racheté la start-up Ondivia, fondée par Paul Ferrand.")
    assert doc.ents and all(ent.root._.kg_type_scores for ent in doc.ents)
    assert doc._.kg_relation_scores is not None


@pytest.mark.slow
def test_training_is_deterministic(tmp_path):
    weights = []
    for run in ("first", "second"):
        settings = Settings(models_dir=tmp_path / run)
        target = train.train_stage(
            "typer",
            _tiny_parts(),
            settings=settings,
            build_dir=tmp_path / f"b-{run}",
            overrides=TINY,
        )
        weights.append((target / "model").read_bytes())
    assert weights[0] == weights[1]
