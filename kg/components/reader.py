"""kg.PreparsedCorpus.v1: training Docs already read by kg's pipeline, for `spacy train`.

The learned components run late in kg's pipeline, on Docs that the statistical NER, kg's span
fixes, the parser and the lemmatizer have annotated. Their training corpus is those Docs,
saved once in a DocBin with the gold labels in `doc.user_data`; each Example pairs a copy to
predict on with the original that holds the gold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example
from spacy.util import registry

__all__ = ["preparsed_corpus"]


@registry.readers("kg.PreparsedCorpus.v1")
def preparsed_corpus(path: Path) -> Callable[[Language], Iterator[Example]]:
    def read(nlp: Language) -> Iterator[Example]:
        docs = DocBin(store_user_data=True).from_disk(path).get_docs(nlp.vocab)
        for doc in docs:
            yield Example(doc.copy(), doc)

    return read
