"""French noun phrases around a name, read left to right on the tokens (robust to bad parses).

In "la société de défense Anduril Industries" the name is in apposition to "société", and
"de défense" (bare "de", no article) is a modifier of that head. In "la filiale japonaise du
groupe chinois Envision" the article in "du" (= de + le) opens a new noun phrase, "groupe
chinois Envision", of which Envision is the apposed name. In "le directeur général de Danone"
the name follows "de" directly: it is a complement, not an apposition.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from .lexicon import fold

__all__ = [
    "MODEL_ARTICLES",
    "NAMING_VERBS",
    "PAST_PARTICIPLE_ENDINGS",
    "brand_owner",
    "disagree",
    "is_bare_de",
    "is_bare_en",
    "is_de",
    "left_np",
    "naming_participle",
    "nominal_like",
    "opening_np_head",
    "opens_complement",
    "sentence_of",
]

_DE = frozenset({"de", "d'"})
_CONTRACTED = frozenset({"du", "des"})
_ARTICLES = frozenset({"le", "la", "l'", "les"})
_AUXILIARIES = frozenset(
    {"etre", "avoir", "pouvoir", "devoir", "aller", "venir", "faire", "sembler"}
)

# Participles that name what the noun before them is: "une start-up appelée Sparrow".
# Endings of a past participle of an -er verb, longest first (so the first that fits is cut):
# what the tagger may read as an adjective, a noun or a name ("Valorisée", "nommée").
PAST_PARTICIPLE_ENDINGS = ("ées", "ée", "és", "é")
# articles before a model's name or number: "le Z45", "l'E390neo", "des 450 Cargo"
MODEL_ARTICLES = frozenset({"le", "la", "l'", "les", "un", "une", "du", "au", "aux", "des"})
NAMING_VERBS = frozenset(
    {"appeler", "baptiser", "rebaptiser", "nommer", "denommer", "surnommer",
     "intituler"}
)  # fmt: skip


def naming_participle(token: Token) -> bool:
    """'Baptisée', 'Nommé', 'Rebaptisés': a participle of a verb of naming, which opens a
    sentence with a capital ("Baptisée Biorésine, la société ...") but is no part of the name."""
    word = fold(token.text)
    for ending in ("ees", "ee", "es", "e"):
        if word.endswith(ending):
            return word[: -len(ending)] + "er" in NAMING_VERBS
    return False


def disagree(a: Token, b: Token) -> bool:
    """Two words whose gender or number the tagger gives, and gives different."""
    for feature in ("Gender", "Number"):
        first, second = a.morph.get(feature), b.morph.get(feature)
        if first and second and first != second:
            return True
    return False


def sentence_of(token: Token | Span) -> Span:
    """`token.sent`, without scanning the document each time (spaCy recomputes it on every
    access): the sentences are indexed once per Doc, after the parse."""
    index = _sentence_index(token.doc)
    position = token.i if isinstance(token, Token) else token.start
    return index[1][index[2][position]]


def sentences(doc: Doc) -> list[Span]:
    """`list(doc.sents)`, from the same index."""
    return _sentence_index(doc)[1]


def _sentence_index(doc: Doc) -> tuple[int, list[Span], list[int]]:
    index = doc.user_data.get("kg_sentence_index")
    if index is None or index[0] != len(doc):
        # read the boundaries as an array: iterating doc.sents builds every token
        starts = [i for i, flag in enumerate(doc.to_array([SENT_START]).tolist()) if flag == 1]
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        bounds = [*starts[1:], len(doc)]
        found = [doc[start:end] for start, end in zip(starts, bounds, strict=True) if end > start]
        owner = [0] * len(doc)
        for k, sentence in enumerate(found):
            owner[sentence.start : sentence.end] = [k] * (sentence.end - sentence.start)
        index = doc.user_data["kg_sentence_index"] = (len(doc), found, owner)
    return index


def is_de(token: Token) -> bool:
    """'de', 'd'', 'du', and 'des' when it is 'de les' (not the indefinite article)."""
    word = fold(token.text)
    return word in _DE or word == "du" or (word == "des" and token.pos_ == "ADP")


def completed_noun(doc: Doc, start: int) -> Token | None:
    """The noun whose "de" complement opens at `start`, past the noun's adjectives: "le
    propriétaire de | la marque X", "le géant américain du | logiciel X" (None when no "de"
    opens there)."""
    de = start if fold(doc[start].text) in ("du", "des") else start - 1
    if de < 1 or not is_de(doc[de]):
        return None
    k = de - 1
    while k > 0 and doc[k].pos_ == "ADJ" and not doc[k].ent_type_:
        k -= 1
    return doc[k]


def is_bare_de(token: Token) -> bool:
    """'de' with no article after it: 'la société de défense', 'l'éditeur de logiciels'."""
    if fold(token.text) not in _DE:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        following is not None and fold(following.text) not in _ARTICLES and following.pos_ != "DET"
    )


def is_bare_en(token: Token) -> bool:
    """'en' before a bare noun: 'la banque en ligne', 'la start-up en santé'."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        fold(token.text) == "en"
        and following is not None
        and following.pos_ == "NOUN"
        and following.text.islower()
    )


def opens_complement(token: Token) -> bool:
    """'du', 'des' (de + les), 'de la', 'de l'': a preposition with an article, which starts
    a new noun phrase."""
    word = fold(token.text)
    if word in _CONTRACTED and token.pos_ == "ADP":
        return True
    if word in _DE and token.i + 1 < len(token.doc):
        return fold(token.doc[token.i + 1].text) in _ARTICLES
    return False


def nominal_like(token: Token) -> bool:
    """A noun or adjective, including words the tagger got wrong ('automobile' as AUX)."""
    if token.ent_type_ or (not token.is_alpha and "-" not in token.text):
        return False
    if token.pos_ in ("NOUN", "ADJ"):
        return True
    if token.pos_ == "AUX":  # French auxiliaries are a closed class; anything else is mis-tagged
        return token.text.islower() and fold(token.lemma_) not in _AUXILIARIES
    if token.pos_ == "VERB":
        return False
    return token.pos_ in ("X", "PROPN") and token.text.islower()  # "grenobloise" as PROPN


_OPENING_QUOTES = frozenset({"«", "“"})


def left_np(name: Token, max_back: int = 8, is_descriptor=None) -> tuple[int, Token | None]:
    """The first token of the noun phrase a name is apposed in, and its head word (the
    leftmost noun or adjective): 'la société de défense Anduril' -> (la, société).
    `is_descriptor` accepts words the tagger mislabels ('la biotech Verkane')."""
    doc = name.doc
    stop = max(sentence_of(name).start, name.i - max_back)
    i = name.i - 1
    start, head = name.i, None
    if i >= stop and doc[i].text in _OPENING_QUOTES:
        i -= 1  # "la série policière « Brumes »": a quoted title keeps the noun before the quote
    if i >= stop and is_de(doc[i]):
        return start, None
    while i >= stop:
        token = doc[i]
        if token.text in ("-", "–") and i > stop and not doc[i - 1].whitespace_:
            i -= 1
            continue
        if token.text == ")":  # "son modèle de langage étendu (LLM) Llama"
            j = i - 1
            while j >= stop and doc[j].text != "(" and i - j <= 4:
                j -= 1
            if j < stop or doc[j].text != "(":
                break
            i = j - 1
            continue
        if token.ent_type_:
            break
        if token.pos_ == "DET" or fold(token.text) == "l'":
            start = i
            break
        if not (nominal_like(token) or (is_descriptor is not None and is_descriptor(token))):
            break
        previous = doc[i - 1] if i - 1 >= stop else None
        if previous is not None and (is_bare_de(previous) or is_bare_en(previous)):
            i -= 2  # "de défense", "en ligne": a modifier; the head is further left
            continue
        start, head = i, token
        if previous is not None and opens_complement(previous):
            break  # "du groupe chinois Envision": the phrase starts at "groupe"
        i -= 1
    return start, head


def opening_np_head(name: Token) -> Token | None:
    """'La start-up en IA basée à Toronto (Canada), Cohere, vient de ...': a sentence that opens
    with a noun phrase, then a comma and the name, names what the phrase describes."""
    doc = name.doc
    comma = name.i - 1
    if comma <= sentence_of(name).start or doc[comma].text != ",":
        return None
    sentence_start = sentence_of(name).start
    first = doc[sentence_start]
    if first.pos_ != "DET" and fold(first.text) not in _ARTICLES:
        return None
    for token in doc[sentence_start + 1 : comma]:
        if token.pos_ in ("PRON", "SCONJ", "CCONJ") or (
            token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
        ):
            return None
        if token.ent_type_ and not _in_parentheses(token):
            if doc[token.i - 1].pos_ == "ADP" or doc[token.i - 1].text == "(":
                continue
            return None
    head = doc[sentence_start + 1]
    return head if nominal_like(head) else None


def _in_parentheses(token: Token) -> bool:
    doc = token.doc
    return (token.i > 0 and doc[token.i - 1].text == "(") or (
        token.i + 1 < len(doc) and doc[token.i + 1].text == ")"
    )


def brand_owner(name: Token) -> Token | None:
    """'Webedia (Pure People, Pure Medias, Pure Trend, Pure Break)' -> Webedia for each brand:
    a bracketed list of names right after an organisation's name."""
    doc = name.doc
    i = name.i - 1
    while i > sentence_of(name).start and doc[i].text == "," and doc[i - 1].ent_type_:
        i -= 2  # walk back over "Pure People ," to the opening bracket
    if i <= sentence_of(name).start or doc[i].text != "(":
        return None
    owner = doc[i - 1]
    j = name.i + 1
    while j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].ent_type_:
        j += 2
    if j >= len(doc) or doc[j].text != ")":
        return None
    if j - i < 4:
        return None  # one name in brackets is another name of the same thing: "(DGA)"
    if not owner.ent_type_ or owner.ent_type_ in ("LOC", "Place", "PER", "Person"):
        return None
    return owner
