"""Score kg on the development set (../shared/data/dev by default): P/R/F1 per relation type.

    python bench/dev_eval.py [--data DIR] [--json] [--details]

The articles are public texts kept outside the repository for evaluation only; this script
reads them where they are and prints scores, never their text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console

from kg.build import Builder
from kg.evaluate import evaluate, load_gold, merge_reports, render, summary_line
from kg.graph import build_graph
from kg.read import read_document

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev"


def markdown_table(report) -> str:
    """The README's table: P/R/F1 and support per relation type, then the totals."""
    data = report.to_json()
    lines = [
        "| relation | P | R | F1 | support (strict gold) | TP | FP | FN |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, scores in data["by_relation"].items():
        if scores["support"] == 0 and scores["fp"] == 0:
            continue
        lines.append(
            f"| {name} | {scores['precision']:.2f} | {scores['recall']:.2f} | {scores['f1']:.2f} | "
            f"{scores['support']} | {scores['tp']} | {scores['fp']} | {scores['fn']} |"
        )
    total = data["relations"]
    lines.append(
        f"| **all (micro)** | **{total['precision']:.2f}** | **{total['recall']:.2f}** | "
        f"**{total['f1']:.2f}** | {total['support']} | {total['tp']} | {total['fp']} | "
        f"{total['fn']} |"
    )
    lines.append("")
    lines.append(summary_line(report))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true", help="print the merged report as JSON")
    parser.add_argument("--details", action="store_true", help="print each document's report")
    parser.add_argument(
        "--markdown", action="store_true", help="print the per-relation table as Markdown"
    )
    args = parser.parse_args()
    golds = sorted(args.data.glob("*.gold.json"))
    if not golds:
        print(f"no gold files in {args.data}", file=sys.stderr)
        return 1
    console = Console()
    builder = Builder()
    documents = [
        read_document(gold.with_name(gold.name.replace(".gold.json", ".fr.txt"))) for gold in golds
    ]
    resolutions = builder.resolve_texts(documents)
    reports = []
    for gold_path, resolution in zip(golds, resolutions, strict=True):
        report = evaluate(build_graph([resolution], builder.settings), load_gold(gold_path))
        reports.append(report)
        console.print(
            f"{gold_path.name.removesuffix('.gold.json'):45} {summary_line(report)}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        if args.details:
            console.print(render(report))
    merged = merge_reports(reports)
    if args.markdown:
        print(markdown_table(merged))
        return 0
    if args.json:
        print(json.dumps(merged.to_json(), indent=2, ensure_ascii=False))
    else:
        console.print(render(merged))
        print(summary_line(merged))
    return 0


if __name__ == "__main__":
    sys.exit(main())
