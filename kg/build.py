"""The whole job for a set of articles: read -> nlp -> extract -> resolve -> graph -> files.

    >>> builder = Builder()
    >>> resolutions = builder.resolve_texts([read_document(Path("examples/meta-scale-ai.fr.txt"))])

Every input is read and checked before anything is written, and files are replaced
atomically, so a failed run leaves the previous graph as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path

from rdflib import Graph
from spacy.language import Language
from spacy.tokens import Doc

from .config import Settings
from .export import GraphFormat, OutputSet, read_graph
from .extract import extract, prepare_extraction
from .graph import build_graph
from .nlp import build_nlp
from .outputs import write_outputs
from .read import nlp_text, read_document, visible_text
from .resolve import resolve
from .store import Store
from .types import Document, Extraction, Resolution

__all__ = ["BuildResult", "Builder", "Processed", "build_documents", "build_files"]


@dataclass(frozen=True)
class Processed:
    """A document through every stage: the spaCy Doc, the extraction, the resolution."""

    document: Document
    doc: Doc
    extraction: Extraction
    resolution: Resolution


@dataclass(frozen=True)
class BuildResult:
    graph: Graph
    resolutions: tuple[Resolution, ...]
    written: tuple[Path, ...]  # the files in out_dir (once published)
    outputs: OutputSet | None = None  # not yet published when `build_files(publish=False)`


class Builder:
    """Holds the spaCy pipeline (loaded once) and turns documents into resolved statements."""

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None):
        self.settings = settings or Settings()
        self.nlp = nlp or build_nlp(self.settings)
        prepare_extraction(self.nlp.vocab, self.settings)

    def resolve_texts(self, documents: Sequence[Document]) -> list[Resolution]:
        seen = [_visible(d) for d in documents]
        texts = (nlp_text(v.text) for v, _ in seen)
        # The strings these texts add to the vocabulary (new words, names) go with their Docs,
        # so that a process reading a corpus does not grow with it; what extraction keeps from
        # one text to the next was interned when the pipeline was built (`prepare_extraction`).
        with self.nlp.memory_zone():
            docs = self.nlp.pipe(texts, batch_size=self.settings.batch_size)
            return [
                _restored(resolve(extract(doc, visible, self.settings)), document, offsets)
                for doc, (visible, offsets), document in zip(docs, seen, documents, strict=True)
            ]

    def process(self, document: Document) -> Processed:
        """One document with every intermediate result, for notebooks and debugging (for a text
        with invisible characters, the Doc and the extraction are those of its visible text)."""
        visible, offsets = _visible(document)
        doc = self.nlp(nlp_text(visible.text))
        extraction = extract(doc, visible, self.settings)
        return Processed(
            document, doc, extraction, _restored(resolve(extraction), document, offsets)
        )

    def graph(self, documents: Sequence[Document]) -> tuple[Graph, list[Resolution]]:
        resolutions = self.resolve_texts(documents)
        return build_graph(resolutions, self.settings), resolutions


def _visible(document: Document) -> tuple[Document, tuple[int, ...] | None]:
    """The document as spaCy and extraction read it: its invisible characters (zero-width,
    bidi, controls) taken out, with the offset in the original of each character left."""
    text, offsets = visible_text(document.text)
    return (document, None) if offsets is None else (replace(document, text=text), offsets)


def _restored(
    resolution: Resolution, document: Document, offsets: tuple[int, ...] | None
) -> Resolution:
    """A resolution of the visible text, its offsets and evidence put back in the original
    (which the evidence quotes verbatim, invisible characters included)."""
    if offsets is None:
        return resolution

    def span(start: int, end: int) -> tuple[int, int]:
        if end <= start:  # empty: where it stands
            at = offsets[start] if start < len(offsets) else len(document.text)
            return at, at
        return offsets[start], offsets[end - 1] + 1

    statements = []
    for statement in resolution.statements:
        start, end = span(statement.evidence.start, statement.evidence.end)
        evidence = replace(
            statement.evidence, sentence=document.text[start:end], start=start, end=end
        )
        statements.append(replace(statement, evidence=evidence))
    coreferences = []
    for mention, keys in resolution.coreferences:
        start, end = span(mention.start, mention.end)
        coreferences.append((replace(mention, start=start, end=end), keys))
    return replace(
        resolution,
        document=document,
        statements=tuple(statements),
        coreferences=tuple(coreferences),
    )


def build_files(
    paths: Iterable[Path],
    out_dir: Path,
    *,
    formats: Sequence[GraphFormat] = (GraphFormat.TURTLE,),
    html: bool = True,
    settings: Settings | None = None,
    builder: Builder | None = None,
    publish: bool = True,
    store: Store | None = None,
) -> BuildResult:
    """`kg build` of a few files, in this process: their graph as `out_dir/graph.<ext>` and
    `out_dir/graph.html` (see `build_documents`)."""
    settings = settings or (builder.settings if builder else Settings())
    documents = [read_document(path, settings) for path in paths]  # all checked first
    return build_documents(
        documents,
        out_dir,
        formats=formats,
        html=html,
        settings=settings,
        builder=builder,
        publish=publish,
        store=store,
    )


def build_documents(
    documents: Sequence[Document],
    out_dir: Path,
    *,
    formats: Sequence[GraphFormat] = (GraphFormat.TURTLE,),
    html: bool = True,
    settings: Settings | None = None,
    builder: Builder | None = None,
    publish: bool = True,
    store: Store | None = None,
) -> BuildResult:
    """The documents added to `store` (a store in memory without one), then out/ exported from
    it for these documents (`kg.outputs`): entities are linked across documents, as in the
    store. With `publish=False` the files wait in their staging folder until
    `result.outputs.publish(...)`. For corpora, `kg.corpus` streams instead."""
    settings = settings or (builder.settings if builder else Settings())
    builder = builder or Builder(settings)
    resolutions = builder.resolve_texts(documents)
    with nullcontext(store) if store is not None else Store(None, settings=settings) as target:
        target.add(resolutions)
        staged = write_outputs(
            target,
            [d.key for d in documents],
            out_dir,
            formats=formats,
            html=html,
            settings=settings,
        )
    outputs = staged.files
    names = [n for n in staged.names if n != "graph.html"]
    graph = read_graph(outputs.staging / names[0]) if names else Graph()
    if publish:
        outputs.publish(staged.manifest)
    return BuildResult(graph, tuple(resolutions), tuple(out_dir / n for n in staged.names), outputs)
