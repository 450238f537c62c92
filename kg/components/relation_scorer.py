"""kg_relation_scorer_v1: the learned relation scorer, a probability per relation for every
ordered pair of entity mentions in a sentence.

It reads the pair in its sentence (the dependency path between the two names, the words
between and around them, their types, negation and mood) and gives one independent
probability per relation of the ontology. It only scores: kg.extract adds the relations the
grammar missed above a threshold and drops grammar matches the scorer finds very unlikely.
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from thinc.api import Model

from ..vocab import RELATIONS
from .classifier import InstanceClassifier

__all__ = ["RelationScorer"]

# doc.user_data of training Docs: [[subject start_char, object start_char, relation, optional]]
GOLD_RELATIONS = "kg_gold_relations"

if not Doc.has_extension("kg_relation_scores"):
    Doc.set_extension("kg_relation_scores", default=None)
if not Doc.has_extension("kg_relation_thresholds"):
    Doc.set_extension("kg_relation_thresholds", default=None)


class RelationScorer(InstanceClassifier):
    exclusive = False

    def gold_rows(self, doc: Doc, instances: list) -> numpy.ndarray:
        rows = numpy.zeros((len(instances), len(self.labels)), dtype="float32")
        gold: dict[tuple[int, int], dict[str, bool]] = {}
        for start_a, start_b, relation, optional in doc.user_data.get(GOLD_RELATIONS, []):
            gold.setdefault((start_a, start_b), {})[relation] = bool(optional)
        for row, (a, b) in enumerate(instances):
            for relation, optional in gold.get((a.start_char, b.start_char), {}).items():
                if relation in self.labels:
                    rows[row, self.labels.index(relation)] = numpy.nan if optional else 1.0
        return rows

    def set_annotations(self, docs: list[Doc], scores: numpy.ndarray) -> None:
        row = 0
        for doc in docs:
            found: dict[tuple[int, int], dict[str, float]] = {}
            for a, b in self.instances(doc):
                likely = {
                    label: round(float(p), 4)
                    for label, p in zip(self.labels, scores[row], strict=True)
                    if p >= 0.01
                }
                if likely:
                    found[(a.start, b.start)] = likely
                row += 1
            doc._.kg_relation_scores = found
            doc._.kg_relation_thresholds = self.cfg.get("thresholds")

    def score(self, examples: list[Example], **kwargs) -> dict[str, float]:
        """Micro P/R/F over pairs and relations at probability 0.5 (optional gold ignored)."""
        tp = fp = fn = 0
        for eg in examples:
            instances = self.instances(eg.predicted)
            truth = self.gold_rows(eg.reference, instances)
            found = eg.predicted._.kg_relation_scores or {}
            for row, (a, b) in enumerate(instances):
                guessed = found.get((a.start, b.start), {})
                for column, label in enumerate(self.labels):
                    gold = truth[row, column]
                    if numpy.isnan(gold):
                        continue
                    said = guessed.get(label, 0.0) >= 0.5
                    tp += said and gold == 1
                    fp += said and gold == 0
                    fn += (not said) and gold == 1
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"scorer_p": precision, "scorer_r": recall, "scorer_f": f1}


@Language.factory(
    "kg_relation_scorer_v1",
    assigns=["doc._.kg_relation_scores"],
    default_config={
        "model": {"@architectures": "kg.InstanceClassifier.v1", "instances": "pairs"},
    },
    default_score_weights={"scorer_f": 1.0, "scorer_p": 0.0, "scorer_r": 0.0},
)
def make_relation_scorer(nlp: Language, name: str, model: Model) -> RelationScorer:
    return RelationScorer(nlp.vocab, model, name, labels=RELATIONS)
