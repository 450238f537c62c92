"""`make train`: prepare the Docs, train the entity typer, then the relation scorer, and ship
their weights in kg/models.

    python training/train.py [--only typer|scorer] [--dev-data DIR]

Deterministic: fixed seeds in pipelines/typer.cfg and pipelines/scorer.cfg, one thread, the
same corpus split every time. The scorer is trained on Docs read with the new typer, so the
typer always comes first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy
import srsly
from spacy.cli.train import train as spacy_train

import kg.components  # noqa: F401  (registers kg's factories, architecture and reader)
from kg.components.reader import preparsed_docs
from kg.config import Settings
from kg.nlp import build_nlp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prepare import BUILD, DEV_DATA, default_parts, prepare

TARGET_PRECISION = 0.9
MIN_THRESHOLD, MAX_THRESHOLD = 0.5, 0.95
STAGES = {  # stage -> (config, component, weights directory in kg/models)
    "typer": ("typer.cfg", "kg_entity_typer", "entity_typer"),
    "scorer": ("scorer.cfg", "kg_relation_scorer", "relation_scorer"),
}


def train_stage(
    stage: str,
    parts: list,
    *,
    settings: Settings | None = None,
    build_dir: Path = BUILD,
    overrides: dict | None = None,
) -> Path:
    """Prepare the Docs, train one component with `spacy train`, and copy its weights into
    `settings.models_dir` (the package's own by default)."""
    settings = settings or Settings()
    config, component, weights = STAGES[stage]
    counts_by_split = prepare(stage, parts, build_dir=build_dir, settings=settings)
    for split, counts in counts_by_split.items():
        print(f"{stage}-{split}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    output = build_dir / stage
    shutil.rmtree(output, ignore_errors=True)
    spacy_train(
        settings.pipelines_dir / config,
        output,
        overrides={
            "paths.train": str(build_dir / f"{stage}-train.spacy"),
            "paths.dev": str(build_dir / f"{stage}-dev.spacy"),
            **(overrides or {}),
        },
    )
    target = settings.models_dir / weights
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(output / "model-best" / component, target)
    if stage == "scorer":
        write_thresholds(build_dir, settings)
    print(f"{component}: weights in {target}")
    return target


def write_thresholds(build_dir: Path, settings: Settings) -> None:
    """Tune the shipped scorer's per-relation cuts on the validation part, into its cfg."""
    thresholds = tune_thresholds(build_dir / "scorer-dev.spacy", settings)
    target = settings.models_dir / STAGES["scorer"][2]
    cfg = srsly.read_json(target / "cfg")
    srsly.write_json(target / "cfg", {**cfg, "thresholds": thresholds})
    print("thresholds: " + ", ".join(f"{k} {v}" for k, v in thresholds.items()))


def scored_pairs(
    path: Path, settings: Settings | None = None
) -> dict[str, list[tuple[float, float]]]:
    """(probability, gold) of every pair and relation of a DocBin, by relation, read by the
    scorer of `settings.models_dir` (optional gold left out)."""
    nlp = build_nlp(replace(settings or Settings(), learned=("kg_relation_scorer",)))
    scorer = nlp.get_pipe("kg_relation_scorer")
    found: dict[str, list[tuple[float, float]]] = {label: [] for label in scorer.labels}
    for doc in preparsed_docs(path, nlp.vocab):
        instances = scorer.instances(doc)
        if not instances:
            continue
        truth = scorer.gold_rows(doc, instances)
        probabilities = scorer.predict([doc])
        for row in range(len(instances)):
            for column, label in enumerate(scorer.labels):
                if not numpy.isnan(truth[row, column]):
                    found[label].append((float(probabilities[row, column]), truth[row, column]))
    return found


def lowest_precise_threshold(pairs: list[tuple[float, float]], *, floor: float) -> float | None:
    """The lowest probability cut that keeps precision >= TARGET_PRECISION on `pairs`."""
    best = None
    right = 0
    for kept, (probability, gold) in enumerate(sorted(pairs, reverse=True), 1):
        right += gold == 1
        if probability >= floor and right / kept >= TARGET_PRECISION and right >= 3:
            best = probability
    return best


def tune_thresholds(dev: Path, settings: Settings | None = None) -> dict[str, float]:
    """Per relation, the lowest cut with precision >= 0.9 on the validation part; relations
    with few examples there share the cut of all relations pooled."""
    by_relation = scored_pairs(dev, settings)
    pooled = [pair for pairs in by_relation.values() for pair in pairs]
    shared = lowest_precise_threshold(pooled, floor=MIN_THRESHOLD) or MAX_THRESHOLD
    thresholds = {}
    for label, pairs in by_relation.items():
        positives = sum(1 for _p, gold in pairs if gold == 1)
        own = lowest_precise_threshold(pairs, floor=shared) if positives >= 10 else None
        thresholds[label] = round(own or max(shared, MIN_THRESHOLD), 3)
    return thresholds


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(STAGES))
    parser.add_argument("--dev-data", type=Path, default=DEV_DATA)
    parser.add_argument(
        "--thresholds", action="store_true", help="only tune the shipped scorer's thresholds again"
    )
    args = parser.parse_args(argv)
    if args.thresholds:
        write_thresholds(BUILD, Settings())
        return 0
    parts = default_parts(args.dev_data)
    for stage in STAGES:
        if args.only in (None, stage):
            train_stage(stage, parts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
