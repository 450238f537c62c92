"""The learned components' figures on data they were not trained on.

    python training/evaluate.py [--dev-data DIR] [--write-readme]

Two held-out sets: the test part of the written corpus (training/prepare.py's split) and
development articles 11-20 (real articles, never used for training). For the typer, P/R/F1 per
class of the typer alone, of the statistical NER label alone (PER/ORG/LOC/MISC read as
Person/Organization/Place/Product), and of kg's final types (cues and typer together). For the
scorer, P/R/F1 per relation over pairs of names at a cut of 0.5, and the whole
extraction scored like `kg eval` with the grammar alone and with grammar + scorer.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy
from spacy.tokens import DocBin

from kg.build import Builder
from kg.components.entity_typer import GOLD_TYPES, NOT_AN_ENTITY, TYPER_LABELS
from kg.components.entity_types import coarse_class
from kg.components.reader import preparsed_docs
from kg.config import Settings
from kg.evaluate import Gold, evaluate, load_gold, merge_reports, parse_gold
from kg.graph import build_graph
from kg.nlp import build_nlp
from kg.read import read_document
from kg.types import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prepare import (
    BUILD,
    DEV_DATA,
    corpus_passages,
    gold_passages,
    is_blind,
    label_doc,
    split_of,
)

README = Path(__file__).resolve().parents[1] / "README.md"
_NER = {"PER": "Person", "ORG": "Organization", "LOC": "Place", "MISC": "Product"}
_MARKERS = ("<!-- learned-figures:start -->", "<!-- learned-figures:end -->")


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _class_scores(pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float, float, int]]:
    """(guess, truth) -> P/R/F1 and support per class (NONE left out of the classes)."""
    table = {}
    for label in (*TYPER_LABELS[:-1], "all"):
        tp = fp = fn = 0
        for guess, truth in pairs:
            if label == "all":
                tp += guess == truth and truth != NOT_AN_ENTITY
                fp += guess != truth and guess != NOT_AN_ENTITY
                fn += guess != truth and truth != NOT_AN_ENTITY
            else:
                tp += guess == label and truth == label
                fp += guess == label and truth != label
                fn += guess != label and truth == label
        support = sum(1 for _g, t in pairs if (t == label or (label == "all" and t != "NONE")))
        table[label] = (*_prf(tp, fp, fn), support)
    return table


def typer_figures(docbin: Path) -> dict[str, dict]:
    """Per class, on the entity spans of the Docs: the typer, the NER label, kg's types."""
    nlp = build_nlp(Settings(learned=("kg_entity_typer",)))
    typer = nlp.get_pipe("kg_entity_typer")
    types = nlp.get_pipe("kg_entity_types")
    found: dict[str, list[tuple[str, str]]] = {"typer": [], "ner": [], "kg": []}
    for doc in preparsed_docs(docbin, nlp.vocab):
        gold = doc.user_data.get(GOLD_TYPES, {})
        ner = {ent.start_char: _NER.get(ent.label_, ent.label_) for ent in doc.ents}
        doc = types(typer(doc))
        final = {ent.start_char: coarse_class(ent.label_) for ent in doc.ents}
        for start, truth in gold.items():
            start = int(start)
            token = next((t for t in doc if t.idx == start), None)
            scores = token._.kg_type_scores if token is not None else None
            found["typer"].append((max(scores, key=scores.get) if scores else "NONE", truth))
            found["ner"].append((ner.get(start, NOT_AN_ENTITY), truth))
            found["kg"].append((final.get(start, NOT_AN_ENTITY), truth))
    return {name: _class_scores(pairs) for name, pairs in found.items()}


def scorer_figures(docbin: Path) -> dict[str, tuple[float, float, float, int]]:
    """Per relation, over ordered pairs of names in a sentence, at a cut of 0.5 (the shipped
    thresholds, chosen for a precision of 0.9, keep almost nothing: the scorer is off by
    default)."""
    nlp = build_nlp(Settings(learned=("kg_relation_scorer",)))
    scorer = nlp.get_pipe("kg_relation_scorer")
    counts: dict[str, Counter] = {label: Counter() for label in scorer.labels}
    for doc in preparsed_docs(docbin, nlp.vocab):
        instances = scorer.instances(doc)
        if not instances:
            continue
        truth = scorer.gold_rows(doc, instances)
        probabilities = scorer.predict([doc])
        for column, label in enumerate(scorer.labels):
            for row in range(len(instances)):
                gold = truth[row, column]
                if numpy.isnan(gold):
                    continue
                said = probabilities[row, column] >= 0.5
                counts[label]["tp"] += bool(said and gold == 1)
                counts[label]["fp"] += bool(said and gold == 0)
                counts[label]["fn"] += bool(not said and gold == 1)
    table = {}
    total = Counter()
    for label, c in counts.items():
        total.update(c)
        table[label] = (*_prf(c["tp"], c["fp"], c["fn"]), c["tp"] + c["fn"])
    table["all"] = (*_prf(total["tp"], total["fp"], total["fn"]), total["tp"] + total["fn"])
    return table


def passage_gold(passage) -> Gold:
    """A written passage as a gold file of the spec, so that `kg eval` can score it."""
    entities: dict[str, dict] = {}
    for start, end, key, kind in passage.mentions:
        entity = entities.setdefault(key, {"id": key, "label": key, "type": kind, "aliases": []})
        form = passage.text[start:end]
        if form != key and form not in entity["aliases"]:
            entity["aliases"].append(form)
    relations: dict[tuple, dict] = {}  # one per triple: a passage lists it in every sentence
    for r in passage.relations:
        key = (r["s"], r["p"], r["o"])
        known = relations.setdefault(key, {
            "s": r["s"], "p": r["p"], "o": r["o"],
            "certainty": r.get("certainty", "asserted"), "optional": bool(r.get("optional")),
        })
        known["optional"] = known["optional"] and bool(r.get("optional"))
    data = {
        "document": passage.id,
        "entities": list(entities.values()),
        "relations": list(relations.values()),
        "attributes": [],
        "forbidden": [],
    }
    return parse_gold(data, passage.id)


def extraction_figures(items: list[tuple[Document, Gold]]) -> dict[str, dict]:
    """Relations P/R/F1 like `kg eval`, grammar alone and grammar + scorer."""
    found = {}
    for name, learned in (("grammar", ("kg_entity_typer",)),
                          ("grammar + scorer", ("kg_entity_typer", "kg_relation_scorer"))):
        builder = Builder(Settings(learned=learned))
        resolutions = builder.resolve_texts([d for d, _g in items])
        reports = [
            evaluate(build_graph([r], builder.settings), gold)
            for r, (_d, gold) in zip(resolutions, items, strict=True)
        ]
        merged = merge_reports(reports).to_json()
        found[name] = {"relations": merged["relations"], "by_relation": merged["by_relation"],
                       "entities_typed": merged["entities_typed"]}
    return found


def _row(name: str, scores: tuple[float, float, float, int]) -> str:
    p, r, f, n = scores
    return f"| {name} | {p:.2f} | {r:.2f} | {f:.2f} | {n} |"


def render(figures: dict) -> str:
    lines = []
    for where, typer in figures["typer"].items():
        lines += [f"**Entity typer, {where}** (P / R / F1 per class over gold mentions)", "",
                  "| class | typer P | R | F1 | NER label P | R | F1 | kg (cues + typer) F1 | "
                  "support |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for label in typer["typer"]:
            t, n, k = typer["typer"][label], typer["ner"][label], typer["kg"][label]
            lines.append(f"| {label} | {t[0]:.2f} | {t[1]:.2f} | {t[2]:.2f} | {n[0]:.2f} | "
                         f"{n[1]:.2f} | {n[2]:.2f} | {k[2]:.2f} | {t[3]} |")
        lines.append("")
    for where, scorer in figures["scorer"].items():
        lines += [f"**Relation scorer alone, {where}** (ordered pairs of names in a sentence, "
                  "cut at 0.5)", "", "| relation | P | R | F1 | support |",
                  "|---|---:|---:|---:|---:|"]
        lines += [_row(label, scores) for label, scores in scorer.items()]
        lines.append("")
    for where, extraction in figures["extraction"].items():
        lines += [f"**Whole extraction, {where}** (relations as `kg eval` scores them)", "",
                  "| | P | R | F1 | typed entity F1 |", "|---|---:|---:|---:|---:|"]
        for name, report in extraction.items():
            rel, ent = report["relations"], report["entities_typed"]
            lines.append(f"| {name} | {rel['precision']:.2f} | {rel['recall']:.2f} | "
                         f"{rel['f1']:.2f} | {ent['f1']:.2f} |")
        lines.append("")
    return "\n".join(lines)


def blind_docbins(dev_data: Path) -> dict[str, Path]:
    """Articles 11-20 as Docs for the typer and the scorer, with their gold (evaluation only)."""
    passages = gold_passages(dev_data, is_blind)
    paths = {}
    for stage, learned in (("typer", ()), ("scorer", ("kg_entity_typer",))):
        nlp = build_nlp(Settings(learned=learned))
        if stage == "typer":
            nlp.remove_pipe("kg_entity_types")
        docbin = DocBin(store_user_data=True)
        stats = Counter()
        for passage, doc in zip(passages, nlp.pipe(p.text for p in passages), strict=True):
            label_doc(doc, passage, stats)
            docbin.add(doc)
        paths[stage] = BUILD / f"{stage}-blind.spacy"
        docbin.to_disk(paths[stage])
    return paths


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev-data", type=Path, default=DEV_DATA)
    parser.add_argument("--write-readme", action="store_true")
    args = parser.parse_args(argv)
    figures: dict = {"typer": {}, "scorer": {}, "extraction": {}}
    figures["typer"]["written test part"] = typer_figures(BUILD / "typer-test.spacy")
    figures["scorer"]["written test part"] = scorer_figures(BUILD / "scorer-test.spacy")
    tests = [p for p in corpus_passages() if split_of(p.id) == "test"]
    figures["extraction"]["written test part"] = extraction_figures(
        [(Document(p.id, p.id, p.text, ""), passage_gold(p)) for p in tests]
    )
    if args.dev_data.is_dir():
        blind = blind_docbins(args.dev_data)
        figures["typer"]["articles 11-20"] = typer_figures(blind["typer"])
        figures["scorer"]["articles 11-20"] = scorer_figures(blind["scorer"])
        golds = [g for g in sorted(args.dev_data.glob("*.gold.json")) if is_blind(g.name)]
        figures["extraction"]["articles 11-20"] = extraction_figures(
            [(read_document(g.with_name(g.name.replace(".gold.json", ".fr.txt"))), load_gold(g))
             for g in golds]
        )
    text = render(figures)
    print(text)
    if args.write_readme:
        readme = README.read_text(encoding="utf-8")
        start, end = (readme.index(m) for m in _MARKERS)
        README.write_text(readme[: start + len(_MARKERS[0])] + "\n" + text + "\n"
                          + readme[end:], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
