"""Turn the written corpus (and the gold of development articles 01-10) into training Docs.

    python training/prepare.py typer   # Docs as kg_entity_typer sees them
    python training/prepare.py scorer  # Docs as kg_relation_scorer sees them (after the typer)

Each passage is read by kg's own pipeline up to the component being trained, so the features
at training time are the ones at run time. Gold entities are found in the text by their
names and aliases (whole words, longest first); each entity span of the Doc takes the type of
the gold name it covers, or NONE. A gold relation is located by its cue in one sentence and
labels every pair of mentions of its two ends in that sentence. Passages are split into
train / dev / test by a hash of their id (80 / 10 / 10), so the split never changes when
passages are added. Development articles 01-10 (outside the repository) join the training
part when they are present; 11-20 never do.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz
from spacy.tokens import Doc, DocBin, Span

from kg.components.entity_typer import GOLD_TYPES, NOT_AN_ENTITY
from kg.components.lexicon import fold
from kg.components.phrases import sentences
from kg.components.reader import keep_tensor
from kg.components.relation_scorer import GOLD_RELATIONS
from kg.config import Settings
from kg.nlp import build_nlp
from kg.read import nlp_text
from kg.vocab import SYMMETRIC_RELATIONS

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
BUILD = HERE / "build"
DEV_DATA = HERE.parent.parent / "shared" / "data" / "dev"
SPLITS = ("train", "dev", "test")
# what each stage's Docs have been through: the learned components before the one trained
LEARNED_BEFORE = {"typer": (), "scorer": ("kg_entity_typer",)}


@dataclass
class Passage:
    id: str
    text: str
    mentions: list[tuple[int, int, str, str]]  # start, end, entity key, coarse type
    relations: list[dict] = field(default_factory=list)  # s, p, o, cue, optional


def split_of(passage_id: str) -> str:
    bucket = int(hashlib.sha256(f"kg-split:{passage_id}".encode()).hexdigest(), 16) % 10
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"


def find_mentions(text: str, names: list[tuple[str, str, str]]) -> list[tuple[int, int, str, str]]:
    """(form, key, type) -> non-overlapping whole-word occurrences, longest form first."""
    taken = [False] * len(text)
    found = []
    for form, key, kind in sorted(names, key=lambda n: -len(n[0])):
        pattern = r"(?<![\w])" + re.escape(form) + r"(?![\w])"
        for match in re.finditer(pattern, text):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            found.append((start, end, key, kind))
    return sorted(found)


def corpus_passages() -> list[Passage]:
    passages = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            data = json.loads(line)
            names = [
                (form, e["name"], e["type"])
                for e in data["entities"]
                for form in [e["name"], *e.get("aliases", [])]
            ]
            passages.append(
                Passage(data["id"], data["text"], find_mentions(data["text"], names),
                        data.get("relations", []))
            )
    return passages


def is_blind(name: str) -> bool:
    """Development articles 11-20 measure generalisation: never trained on."""
    return not re.match(r"(0\d|10)-", name)


def gold_passages(directory: Path, keep: Callable[[str], bool]) -> list[Passage]:
    """Development articles with their gold (names, aliases, relations located by note)."""
    passages = []
    for gold_path in sorted(directory.glob("*.gold.json")):
        if not keep(gold_path.name):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".fr.txt"))
        text = text_path.read_text(encoding="utf-8")
        names = [
            (form, e["id"], e["type"])
            for e in gold["entities"]
            for form in [e["label"], *e.get("aliases", [])]
        ]
        relations = [
            {"s": r["s"], "p": r["p"], "o": r["o"], "cue": r.get("note", ""),
             "optional": r.get("optional", False)}
            for r in gold["relations"]
        ]
        passages.append(
            Passage("dev-" + gold_path.name[:2], text, find_mentions(text, names), relations)
        )
    return passages


def _locate(doc: Doc, relation: dict, mention_of: dict[int, str]) -> Span | None:
    """The sentence that states a relation: the one holding its cue; for the development
    gold, whose cue is a note quoting the text loosely, the sentence naming both ends that
    is closest to the note."""
    cue = nlp_text(relation.get("cue") or "")
    at = doc.text.find(cue) if cue else -1
    if at >= 0:
        return next(s for s in sentences(doc) if s.start_char <= at < s.end_char + 1)
    naming_both = [
        s
        for s in sentences(doc)
        if {relation["s"], relation["o"]}
        <= {mention_of.get(e.start_char) for e in doc.ents if s.start <= e.start < s.end}
    ]
    if len(naming_both) <= 1:
        return naming_both[0] if naming_both else None
    return max(naming_both, key=lambda s: fuzz.partial_ratio(fold(cue), fold(s.text)))


def label_doc(doc: Doc, passage: Passage, stats: Counter) -> None:
    """Put the gold types of the Doc's entity spans and the located relations in user_data."""
    types: dict[str, str] = {}
    mention_of: dict[int, str] = {}  # ent start_char -> entity key
    for ent in doc.ents:
        best, best_overlap = None, 0
        for start, end, key, kind in passage.mentions:
            overlap = min(end, ent.end_char) - max(start, ent.start_char)
            if overlap > best_overlap:
                best, best_overlap = (start, end, key, kind), overlap
        label = NOT_AN_ENTITY
        if best is not None and best_overlap * 2 >= ent.end_char - ent.start_char:
            label = best[3]
            mention_of[ent.start_char] = best[2]
            stats["ents exact" if (best[0], best[1]) == (ent.start_char, ent.end_char)
                  else "ents overlapping"] += 1
        else:
            stats["ents not in gold"] += 1
        types[str(ent.start_char)] = label
    stats["gold mentions"] += len(passage.mentions)
    relations = []
    for relation in passage.relations:
        sentence = _locate(doc, relation, mention_of)
        if sentence is None:
            stats["relations not located"] += 1
            continue
        ents = [e for e in doc.ents if sentence.start <= e.start and e.end <= sentence.end]
        subjects = [e for e in ents if mention_of.get(e.start_char) == relation["s"]]
        objects = [e for e in ents if mention_of.get(e.start_char) == relation["o"]]
        if not subjects or not objects:
            stats["relations with an anaphoric end"] += 1
            continue
        stats["relations located"] += 1
        optional = int(bool(relation.get("optional")))
        for a in subjects:
            for b in objects:
                if a.start_char == b.start_char:
                    continue
                relations.append([a.start_char, b.start_char, relation["p"], optional])
                if relation["p"] in SYMMETRIC_RELATIONS:
                    relations.append([b.start_char, a.start_char, relation["p"], optional])
    doc.user_data.clear()
    keep_tensor(doc)
    doc.user_data[GOLD_TYPES] = types
    doc.user_data[GOLD_RELATIONS] = relations


def default_parts(dev_data: Path | None) -> list[tuple[Passage, str]]:
    """Every written passage in its split, and articles 01-10 (when present) for training."""
    located = (
        gold_passages(dev_data, lambda name: not is_blind(name))
        if dev_data and dev_data.is_dir()
        else []
    )
    if dev_data and not located:
        print(f"note: no development articles in {dev_data}; training on the corpus alone")
    return [(p, split_of(p.id)) for p in corpus_passages()] + [(p, "train") for p in located]


def prepare(
    stage: str,
    parts: list[tuple[Passage, str]],
    *,
    build_dir: Path = BUILD,
    settings: Settings | None = None,
) -> dict[str, Counter]:
    """DocBins `<stage>-<split>.spacy` in `build_dir`, read by the pipeline as it is before
    the component trained at this stage."""
    settings = replace(settings or Settings(), learned=LEARNED_BEFORE[stage])
    nlp = build_nlp(settings)
    if stage == "typer":  # the typer runs before the entity types are decided
        nlp.remove_pipe("kg_entity_types")
    bins = {split: DocBin(store_user_data=True) for split in SPLITS}
    stats = {split: Counter() for split in SPLITS}
    docs = nlp.pipe((nlp_text(p.text) for p, _ in parts), batch_size=32)
    for (passage, split), doc in zip(parts, docs, strict=True):
        label_doc(doc, passage, stats[split])
        stats[split]["passages"] += 1
        bins[split].add(doc)
    build_dir.mkdir(parents=True, exist_ok=True)
    for split in SPLITS:
        bins[split].to_disk(build_dir / f"{stage}-{split}.spacy")
    return stats


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stage", choices=sorted(LEARNED_BEFORE))
    parser.add_argument("--dev-data", type=Path, default=DEV_DATA,
                        help="development articles (01-10 are used for training)")
    args = parser.parse_args(argv)
    stats = prepare(args.stage, default_parts(args.dev_data))
    for split, counts in stats.items():
        print(f"{args.stage}-{split}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
