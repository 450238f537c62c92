"""kg.PreparsedCorpus.v1: training Docs already read by kg's pipeline, for `spacy train`.

The learned components run late in kg's pipeline, on Docs that the statistical NER, kg's span
fixes, the parser and the lemmatizer have annotated. Their training corpus is those Docs,
saved once in a DocBin with the gold labels (and the tok2vec output, which DocBin does not
keep) in `doc.user_data`; each Example pairs a copy to predict on with the original that
holds the gold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import registry
from spacy.vocab import Vocab

__all__ = ["keep_tensor", "preparsed_corpus", "preparsed_docs"]

_TENSOR = "kg_tensor"  # DocBin does not save doc.tensor: it travels in user_data


def keep_tensor(doc: Doc) -> None:
    """Put the tok2vec output in user_data, where DocBin saves it (as float16 bytes)."""
    tensor = numpy.asarray(doc.tensor, dtype="float16")
    doc.user_data[_TENSOR] = [list(tensor.shape), tensor.tobytes()]


def _restore_tensor(doc: Doc) -> Doc:
    saved = doc.user_data.pop(_TENSOR, None)
    if saved is not None:
        shape, data = saved
        doc.tensor = numpy.frombuffer(data, dtype="float16").reshape(shape).astype("float32")
    return doc


def preparsed_docs(path: Path, vocab: Vocab) -> Iterator[Doc]:
    """The Docs of a DocBin written by training/prepare.py, with their tok2vec output back."""
    for doc in DocBin(store_user_data=True).from_disk(path).get_docs(vocab):
        yield _restore_tensor(doc)


@registry.readers("kg.PreparsedCorpus.v1")
def preparsed_corpus(path: Path) -> Callable[[Language], Iterator[Example]]:
    def read(nlp: Language) -> Iterator[Example]:
        for doc in preparsed_docs(path, nlp.vocab):
            yield Example(doc.copy(), doc)

    return read
