"""kg_entity_typer_v1: the learned entity typer, a probability per class for every mention.

It reads a mention in its sentence (words, neighbours, syntactic function, the statistical NER
label as one feature among others) and scores Person / Organization / Product / Place, or
NONE for a span that is no entity at all ("Offre", "TTC"). It only scores: kg_entity_types
weighs these probabilities with the cues of the text and decides one type per entity.
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.training import Example
from thinc.api import Model

from ..vocab import COARSE_CLASSES
from .classifier import InstanceClassifier

__all__ = ["NOT_AN_ENTITY", "TYPER_LABELS", "EntityTyper"]

NOT_AN_ENTITY = "NONE"
TYPER_LABELS: tuple[str, ...] = (*COARSE_CLASSES, NOT_AN_ENTITY)
GOLD_TYPES = "kg_gold_types"  # doc.user_data: {str(start_char): label} for training Docs

if not Token.has_extension("kg_type_scores"):
    Token.set_extension("kg_type_scores", default=None)


class EntityTyper(InstanceClassifier):
    exclusive = True
    smoothing = 0.1

    def gold_rows(self, doc: Doc, instances: list) -> numpy.ndarray:
        gold = doc.user_data.get(GOLD_TYPES, {})
        rows = numpy.zeros((len(instances), len(self.labels)), dtype="float32")
        for row, ent in enumerate(instances):
            label = gold.get(str(ent.start_char), NOT_AN_ENTITY)
            rows[row, self.labels.index(label)] = 1.0
        return rows

    def set_annotations(self, docs: list[Doc], scores: numpy.ndarray) -> None:
        row = 0
        for doc in docs:
            for ent in self.instances(doc):
                probabilities = {
                    label: round(float(p), 4)
                    for label, p in zip(self.labels, scores[row], strict=True)
                }
                for token in ent:
                    token._.kg_type_scores = probabilities
                row += 1

    def score(self, examples: list[Example], **kwargs) -> dict[str, float]:
        """Accuracy over mentions, and accuracy over the mentions that are entities."""
        right = total = right_entities = entities = 0
        for eg in examples:
            gold = eg.reference.user_data.get(GOLD_TYPES, {})
            for ent in self.instances(eg.predicted):
                scores = ent.root._.kg_type_scores or {}
                guess = max(scores, key=scores.get) if scores else NOT_AN_ENTITY
                truth = gold.get(str(ent.start_char), NOT_AN_ENTITY)
                total += 1
                right += guess == truth
                if truth != NOT_AN_ENTITY:
                    entities += 1
                    right_entities += guess == truth
        return {
            "typer_acc": right / total if total else 0.0,
            "typer_entity_acc": right_entities / entities if entities else 0.0,
        }


@Language.factory(
    "kg_entity_typer_v1",
    assigns=["token._.kg_type_scores"],
    default_config={
        "model": {"@architectures": "kg.InstanceClassifier.v1", "instances": "mentions"},
    },
    default_score_weights={"typer_acc": 1.0, "typer_entity_acc": 0.0},
)
def make_entity_typer(nlp: Language, name: str, model: Model) -> EntityTyper:
    return EntityTyper(nlp.vocab, model, name, labels=TYPER_LABELS)
