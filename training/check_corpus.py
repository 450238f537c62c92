"""Check the hand-written training corpus (training/corpus/*.jsonl) before it is used.

    python training/check_corpus.py [FILE...]

One passage per line: {"id", "text", "entities": [{"name", "type", "fine"?, "aliases"?}],
"relations": [{"s", "p", "o", "certainty"?, "cue", "optional"?}]}. Every name and alias must
occur in the text as a whole word, every relation end must be an entity name, its types must
fit the relation's domain and range, and its cue must occur in the text. Prints one line per
problem (file:line id: message) and a count per relation and entity type; exit 1 on problems.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"

TYPES = {
    "Person": {None},
    "Organization": {None, "Company", "Startup", "NewsMedia", "GovernmentAgency", "InvestmentFirm"},
    "Product": {None, "AIModel"},
    "Place": {None},
}
ORG, PER, PRO, PLA = "Organization", "Person", "Product", "Place"
SIGNATURES = {  # relation: (subject types, object types)
    "investsIn": ({ORG, PER}, {ORG}),
    "acquired": ({ORG, PER}, {ORG}),
    "partnersWith": ({ORG}, {ORG}),
    "foundedBy": ({ORG}, {PER, ORG}),
    "hasCEO": ({ORG}, {PER}),
    "worksFor": ({PER}, {ORG}),
    "hasClient": ({ORG}, {ORG, PER}),
    "develops": ({ORG, PER}, {PRO}),
    "basedOn": ({PRO}, {PRO}),
    "contractWith": ({ORG}, {ORG}),
    "competitorOf": ({ORG, PRO}, {ORG, PRO}),
    "subsidiaryOf": ({ORG}, {ORG}),
    "locatedIn": ({ORG}, {PLA}),
}
CERTAINTIES = {"asserted", "hedged", "negated"}
PASSAGE_KEYS = {"id", "text", "entities", "relations", "sector", "note"}
ENTITY_KEYS = {"name", "type", "fine", "aliases"}
RELATION_KEYS = {"s", "p", "o", "certainty", "cue", "optional", "note"}


def occurrences(text: str, name: str) -> list[int]:
    """Start offsets of `name` in `text` as a whole word (no letter or digit on either side)."""
    pattern = r"(?<![\w])" + re.escape(name) + r"(?![\w])"
    return [m.start() for m in re.finditer(pattern, text)]


def check_passage(passage: dict) -> list[str]:
    problems: list[str] = []
    unknown = set(passage) - PASSAGE_KEYS
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    text = passage.get("text")
    if not isinstance(text, str) or not text.strip():
        return [*problems, "no text"]
    types: dict[str, str] = {}
    for entity in passage.get("entities", []):
        unknown = set(entity) - ENTITY_KEYS
        if unknown:
            problems.append(f"entity {entity.get('name')!r}: unknown keys {sorted(unknown)}")
        name, kind, fine = entity.get("name"), entity.get("type"), entity.get("fine")
        if kind not in TYPES:
            problems.append(f"entity {name!r}: type {kind!r} is not one of {sorted(TYPES)}")
            continue
        if fine not in TYPES[kind]:
            problems.append(f"entity {name!r}: fine type {fine!r} does not refine {kind}")
        if name in types:
            problems.append(f"entity {name!r} listed twice")
        types[name] = kind
        for form in [name, *entity.get("aliases", [])]:
            if not occurrences(text, form):
                problems.append(f"entity {name!r}: {form!r} is not in the text as a whole word")
    for relation in passage.get("relations", []):
        unknown = set(relation) - RELATION_KEYS
        if unknown:
            problems.append(f"relation {relation}: unknown keys {sorted(unknown)}")
        s, p, o = relation.get("s"), relation.get("p"), relation.get("o")
        where = f"relation {s} {p} {o}"
        if p not in SIGNATURES:
            problems.append(f"{where}: unknown relation {p!r}")
            continue
        for end, allowed in zip((s, o), SIGNATURES[p], strict=True):
            if end not in types:
                problems.append(f"{where}: {end!r} is not an entity name of the passage")
            elif types[end] not in allowed:
                problems.append(f"{where}: {end!r} is a {types[end]}, {p} needs {sorted(allowed)}")
        if relation.get("certainty", "asserted") not in CERTAINTIES:
            problems.append(f"{where}: certainty {relation.get('certainty')!r}")
        cue = relation.get("cue")
        if not isinstance(cue, str) or cue not in text:
            problems.append(f"{where}: cue {cue!r} is not in the text")
    return problems


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(CORPUS.glob("*.jsonl"))
    relations: Counter[str] = Counter()
    entity_types: Counter[str] = Counter()
    seen: set[str] = set()
    bad = passages = 0
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            passages += 1
            try:
                passage = json.loads(line)
            except json.JSONDecodeError as error:
                print(f"{path.name}:{number}: not JSON: {error}")
                bad += 1
                continue
            ident = passage.get("id")
            problems = check_passage(passage)
            if ident in seen:
                problems.append("id used twice")
            seen.add(ident)
            for problem in problems:
                print(f"{path.name}:{number} {ident}: {problem}")
            bad += bool(problems)
            for relation in passage.get("relations", []):
                relations[relation.get("p")] += 1
            for entity in passage.get("entities", []):
                entity_types[entity.get("fine") or entity.get("type")] += 1
    print(f"{passages} passages, {bad} with problems")
    print("relations: " + ", ".join(f"{k} {v}" for k, v in relations.most_common()))
    print("entities: " + ", ".join(f"{k} {v}" for k, v in entity_types.most_common()))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
