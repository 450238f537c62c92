"""The compositional grammar of pipelines/grammar.yaml: relation families x syntactic slots.

Each slot is a spaCy pattern (Matcher over the words, or DependencyMatcher over the parse)
whose ends are named; each family lists the lemmas that fill the slot's `$nouns` or `$verbs`
and says which end is the subject and which the object of its relations. One pattern per
(family, slot) is compiled at load. The file is checked against a schema first: an unknown
key, a relation the ontology does not define, an end a slot does not name, or a pattern spaCy
refuses is an error that names the file and the entry.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.attrs import ENT_TYPE, LEMMA, LOWER, POS, SENT_START
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..components.lexicon import with_class_nouns
from ..components.phrases import disagree, is_de, sentence_of, sentences
from ..components.schemas import GrammarFamily as FamilySpec
from ..components.schemas import GrammarFile, load_checked
from ..components.schemas import GrammarSlot as SlotSpec
from ..errors import ModelError
from ..vocab import SYMMETRIC_RELATIONS

__all__ = ["SlotGrammar", "SlotMatch", "load_grammar"]

ENDS = {
    "noun": ("trigger", "holder", "complement"),
    "verb": ("trigger", "agent", "patient", "place"),
}
# The ends each pattern of a slot must name, one of each group: a verb slot names its agent, or
# the place a verb of location puts its patient in ("Kestria, installée à Lille").
_NEEDED = {
    "noun": (("trigger",), ("holder",), ("complement",)),
    "verb": (("trigger",), ("patient",), ("agent", "place")),
}
WORDS = {"noun": "$nouns", "verb": "$verbs"}
# Endings of verb forms the lemmatizer leaves as they are ("reste", "co-détenue", "cédée"),
# and the infinitive endings they may come from.
_ENDINGS = (
    ("ues", "ir"), ("ue", "ir"), ("us", "ir"), ("u", "ir"),
    ("ées", "er"), ("ée", "er"), ("és", "er"), ("é", "er"), ("ent", "er"), ("es", "er"),
    ("e", "er"), ("ait", "er"), ("aient", "er"), ("ant", "er"),
)  # fmt: skip

_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues")

# The fine-grained tag of a "de" between two common nouns (`noun_modifier`), set by
# `SlotGrammar.matches`: fr_core_news_md's tags repeat the coarse part of speech.
NOUN_MODIFIER_TAG = "ADP_NOUN_MODIFIER"
if not Token.has_extension("kg_noun_modifier"):
    Token.set_extension("kg_noun_modifier", getter=lambda token: token.tag_ == NOUN_MODIFIER_TAG)
# Subject pronouns (and the relative "qui") a token pattern's end may be instead of a name
# (`_: {kg_named: true}`), and the demonstratives that are, whatever the tagger makes of them.
_STANDING_PRONOUNS = frozenset({"il", "elle", "qui"})
_STANDING_DEMONSTRATIVES = frozenset({"celui-ci", "celle-ci"})


def named(token: Token) -> bool:
    """A name, or a subject pronoun standing for one ("Celle-ci rejoint la banque X comme
    présidente du directoire"): an end that resolves to a name either way (`_native` says the
    same in a pattern's attributes)."""
    return (
        bool(token.ent_type_)
        or token.lower_ in _STANDING_DEMONSTRATIVES
        or (token.pos_ == "PRON" and token.lower_ in _STANDING_PRONOUNS)
    )


if not Token.has_extension("kg_named"):
    Token.set_extension("kg_named", getter=named)


def noun_modifier(token: Token) -> bool:
    """A "de" between two common nouns, inside a name's descriptor: "le fabricant de
    menuiseries Brévenne", "la société de cybersécurité Vigilon" (not "la start-up de Paul
    Ferrand", whose "de" opens a complement); a lower-case word the tagger calls a name is a
    noun still ("la marque de kombucha Fermentis"); an adjective may qualify the first noun
    ("son fournisseur historique de perles, X")."""
    doc = token.doc
    if token.lower_ not in ("de", "d'") or token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.lower_ in ("et", "ou"):  # "le groupe d'arômes et de parfums Helvarom": the
        # second of two trades is one too, whatever conjunct the parser hangs it on
        i = before.i - 1
        while i > 0 and doc[i].pos_ in ("NOUN", "ADJ") and doc[i].is_lower and not doc[i].ent_type_:
            i -= 1
        return (
            i < before.i - 1
            and noun_modifier(doc[i])
            and after.pos_ in ("NOUN", "ADJ")
            and after.is_lower
            and not after.ent_type_
        )
    if before.pos_ == "ADJ" and before.is_lower and token.i > 1 and before.head.i == token.i - 2:
        before = doc[token.i - 2]
    return (
        before.pos_ == "NOUN"
        and after.pos_ in ("NOUN", "ADJ", "PROPN")
        and before.is_lower
        and after.is_lower
        and not before.ent_type_
        and not after.ent_type_
    )


def _phrase_opening(token: Token) -> int:
    """The index of the word before the token's noun phrase: past its article, adjectives and
    descriptor nouns ("le fabricant de pompes Hydrelis")."""
    doc = token.doc
    i = token.i - 1
    while i > 0 and (
        (doc[i].pos_ in ("DET", "ADJ", "NOUN") and not doc[i].ent_type_ and not is_de(doc[i]))
        or doc[i].tag_ == NOUN_MODIFIER_TAG
    ):
        i -= 1
    return i


def de_governor(token: Token) -> Token | None:
    """The noun whose "de" complement the token's noun phrase is: "site" in "le site de
    Kestria", "usine" in "l'usine du groupe Talmor", "client" in "le client historique de
    Talmor" (none in "le fabricant de pompes Hydrelis", whose "de" is a noun modifier)."""
    doc = token.doc
    i = _phrase_opening(token)
    if i <= 0 or not is_de(doc[i]):
        return None
    i -= 1
    while i > 0 and doc[i].pos_ == "ADJ":
        i -= 1
    return doc[i] if doc[i].pos_ in ("NOUN", "PROPN") else None


def _by_agreeing_descriptor(patient: Token, trigger: Token) -> bool:
    """A name introduced by "par" is the agent of the participle before it, and the next
    participle describes the first name ("Kestria, rachetée par Talmor, installée à Lyon"),
    unless its descriptor agrees with it ("rachetée par le groupe Talmor, basé à Paris")."""
    doc = patient.doc
    i = _phrase_opening(patient)
    if i <= 0 or doc[i].lower_ != "par":
        return True
    nouns = [t for t in doc[i + 1 : patient.i] if t.pos_ == "NOUN"]
    return any(_gender(t) and not _disagrees_with_noun(trigger, t) for t in nouns)


def _descriptor_disagrees(name: Token, participle: Token) -> bool:
    """'Talmor pourrait racheter la start-up Ondivia, soutenu par le fonds K': the participle's
    gender is not that of the noun that presents the name ("la plateforme de covoiturage Y",
    its first noun), and no noun between them takes it up ("Ondivia, une start-up soutenue par
    K"). Number may differ: "les studios A, installé à Rennes, et B"."""
    doc = name.doc
    if participle.pos_ != "VERB" or not name.ent_type_:
        return False  # "propulsé" tagged a feminine noun: its gender says nothing
    if any(_apposed_noun(t) for t in doc[name.i + 1 : participle.i]):
        return False
    article = _phrase_opening(name)
    if doc[article].pos_ != "DET":
        article += 1  # the word before the phrase, unless the phrase opens the sentence
    if doc[article].pos_ != "DET":
        return False
    noun = next((t for t in doc[article + 1 : name.i] if t.pos_ == "NOUN"), None)
    if noun is None or noun.ent_type_:
        return False
    first, second = participle.morph.get("Gender"), _gender(noun)
    return bool(first and second and first != second)


# the gender a singular article gives its noun, which the tagger may miss on a loanword ("la
# biotech", "la medtech" read as masculine plurals)
_ARTICLE_GENDERS = {"la": "Fem", "une": "Fem", "le": "Masc", "un": "Masc"}


def _article_gender(noun: Token) -> str | None:
    """The gender of the singular article right before a noun, if it has one."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is None or before.pos_ != "DET":
        return None
    return _ARTICLE_GENDERS.get(before.lower_)


def _gender(noun: Token) -> list[str]:
    """The gender of a noun: its singular article's, else the tagger's."""
    gender = _article_gender(noun)
    return [gender] if gender else noun.morph.get("Gender")


def _disagrees_with_noun(participle: Token, noun: Token) -> bool:
    """`disagree`, with a noun's gender and number read from its singular article when it has
    one ("la biotech", tagged a masculine plural, takes "installée")."""
    gender = _article_gender(noun)
    if gender is None:
        return disagree(participle, noun)
    form, number = participle.morph.get("Gender"), participle.morph.get("Number")
    return (bool(form) and form != [gender]) or (bool(number) and number != ["Sing"])


def _apposed_noun(token: Token) -> bool:
    """A common noun between a name and its participle, which takes the participle up ("Y, une
    start-up basée à Nîmes"), in lower case even when the tagger reads it as a name ("Y,
    enseigne discount basée à Reims")."""
    return token.pos_ == "NOUN" or (token.is_lower and token.pos_ in ("PROPN", "X"))


_OBJECT_DEPS = frozenset({"obj", "obl", "obl:arg", "iobj"})


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is the infinitive of ("Talmor pourrait
    racheter Y": Talmor)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None or verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _presenting_noun(name: Token) -> Token | None:
    """The common noun a name is the complement of ("la société Ondivia": société)."""
    head = name.head
    if name.dep_ in ("nmod", "appos", "flat:name") and head.pos_ == "NOUN" and head.i < name.i:
        return None if head.ent_type_ else head
    return None


def _subject_may_take_participle(name: Token, participle: Token) -> bool:
    """'Talmor pourrait racheter Ondivia, soutenu par le fonds K': a participle after the object
    that closes a clause whose subject is a company may describe the subject; only agreement
    says which. It describes the object when the noun presenting the object agrees with it and
    no noun presenting the subject does ("Le groupe Talmor a racheté la société Ondivia,
    soutenue par K"), or when the subject's noun disagrees with it ("Le groupe Talmor pourrait
    racheter Ondivia, soutenue par K"); with no cue it describes neither."""
    if participle.i < name.i or participle.pos_ != "VERB":
        return False
    if any(t.pos_ == "NOUN" for t in name.doc[name.i + 1 : participle.i]):
        return False  # "Y, une entreprise basée à Toulon": the apposition's participle
    noun = _presenting_noun(name)
    phrase = noun if noun is not None else name
    verb = phrase.head
    if phrase.dep_ not in _OBJECT_DEPS or verb.pos_ != "VERB" or verb.i > name.i:
        return False
    subject = _clause_subject(verb)
    if subject is None or subject.i > name.i:
        return False
    subject_noun = None if subject.ent_type_ else subject
    if subject_noun is not None and not any(
        c.ent_type_ and c.dep_ in ("nmod", "appos", "flat:name") for c in subject.children
    ):
        return False  # "L'opération vise Ondivia, soutenue par K": no company as the subject
    if subject_noun is not None and disagree(participle, subject_noun):
        return False
    if noun is not None and not disagree(participle, noun):
        return subject_noun is not None
    return True


def describes_patient(ends: dict[str, Token], undescribed: frozenset[str]) -> bool:
    """A participle after "N1 de N2" describes N2 only when it cannot describe N1: "la cession
    du fabricant, installé à Grenoble" locates the maker, "l'usine du groupe Talmor, installée
    à Vierzon" and "le site de Kestria, installé à Lille" do not locate the company. Nor does
    it describe a noun it disagrees with: "X, la filiale de l'assureur, dirigée par P" (the
    subsidiary is run by P, not the insurer)."""
    patient, trigger = ends["patient"], ends["trigger"]
    if patient.i > trigger.i:
        return True
    if patient.pos_ == "NOUN" and not patient.ent_type_ and disagree(trigger, patient):
        return False
    if _descriptor_disagrees(patient, trigger):
        return False
    if _subject_may_take_participle(patient, trigger):
        return False
    if not _by_agreeing_descriptor(patient, trigger):
        return False
    governor = de_governor(patient)
    return (
        governor is None
        or governor.lemma_.lower() in undescribed  # "l'acquisition de la PME X, installée à"
        or disagree(trigger, governor)
    )


def barred_after(ends: dict[str, Token], barred: frozenset[str]) -> bool:
    """One of the `barred` words follows the match's last end before the clause goes on to
    another verb: "La filiale de Talmor compte la banque Valmont parmi ses clients"."""
    last = max(token.i for token in ends.values())
    sentence = sentence_of(ends["trigger"])
    for token in sentence[last - sentence.start + 1 :]:
        if (token.pos_ in ("VERB", "AUX") and not token.ent_type_) or token.text in (";", ":"):
            return False
        if token.lower_ in barred:
            return True
    return False


def governed_before(name: Token, trigger: Token) -> bool:
    """A name that is the argument of a verb before it, other than the trigger's own verb:
    "Ondivia, dont le capital est détenu par Talmor, compte parmi ses actionnaires K" (Talmor
    closes an incise, it counts nothing); or the complement of a noun apposed to the name
    before it: "Kryptel, filiale du groupe Armavis, compte A parmi ses clients"."""
    if not name.ent_type_:
        return False
    if _completes_apposition(name):
        return True
    verb = name.head  # (the name itself may be tagged a verb: "le fonds Astrée")
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head  # (spaCy makes a new Token each time: compare positions, not objects)
    counting = trigger
    while counting.head.i != counting.i and counting.pos_ not in ("VERB", "AUX"):
        counting = counting.head
    return verb.pos_ in ("VERB", "AUX") and verb.i < name.i and verb.i != counting.i


def agent_by_par(name: Token) -> bool:
    """A name a "par" introduces, the agent of some passive: "son moteur est fourni par le
    japonais Kanemoto, également motoriste de son concurrent" (Kanemoto is no one the clause is
    about; the name climbs to the descriptor it names first)."""
    if not name.ent_type_:
        return False
    phrase = name
    while (
        phrase.dep_ in ("flat:name", "appos", "nmod", "amod")
        and phrase.head.i < phrase.i
        and phrase.head.pos_ in ("NOUN", "PROPN", "ADJ")
        and not any(c.dep_ == "case" for c in phrase.children)
    ):
        phrase = phrase.head  # "le japonais Kanemoto": the descriptor heads the phrase
    return any(c.dep_ == "case" and c.lower_ == "par" for c in phrase.children)


def _completes_apposition(name: Token) -> bool:
    """'Kryptel, filiale du groupe de défense Armavis': the name completes ("de") a common
    noun apposed, after a comma, to the name before it."""
    doc = name.doc
    words = []
    for token in reversed(doc[max(0, name.i - 8) : name.i]):
        if token.text == ",":
            return (
                token.i > 0
                and bool(doc[token.i - 1].ent_type_)
                and any(is_de(w) for w in words)
                and any(w.pos_ == "NOUN" for w in words)
            )
        if token.ent_type_ or not token.is_alpha or not token.is_lower:
            return False
        words.append(token)
    return False


def lemma_of(
    token: Token,
    verbs: frozenset[str],
    participles: dict[str, str],
    nouns: frozenset[str] = frozenset(),
) -> str:
    """The token's lemma, or the infinitive of a grammar verb its form comes from when the
    lemmatizer returned the form itself (or read a capitalised participle as a name:
    "Conçu par Kestrel, ..."). `participles` maps every inflected form to its verb; a form
    that is itself a grammar noun keeps it ("reste actionnaire": not "actionnair"), and so does
    one tagged a noun after its determiner ("son produit phare": not produire)."""
    lemma = token.lemma_.lower()
    form = token.text.lower()
    if form in participles and not _determined_noun(token, lemma, nouns):
        return participles[form]
    if form in nouns and token.pos_ in ("NOUN", "ADJ"):
        return form
    if (token.pos_ in ("VERB", "AUX", "ADJ", "PROPN") or _fronted_participle(token)) and (
        lemma == token.text.lower()
    ):
        for ending, infinitive in _ENDINGS:
            if lemma.endswith(ending):
                candidate = lemma[: -len(ending)] + infinitive
                if candidate in verbs:
                    return candidate
    return lemma


def _determined_noun(token: Token, lemma: str, nouns: frozenset[str]) -> bool:
    """'Son produit vedette, le X', 'ses produits': a participle's form that is also a grammar
    noun, tagged a noun with a determiner of its own, is that noun."""
    return (
        token.pos_ == "NOUN"
        and lemma in nouns
        and any(c.dep_ == "det" and c.i < token.i for c in token.children)
    )


def _fronted_participle(token: Token) -> bool:
    """A capitalised participle that opens the sentence and that the tagger reads as a noun
    ("Contrôlé depuis 2018 par le fonds X, le groupe ...")."""
    return (
        token.pos_ == "NOUN"
        and token.is_sent_start
        and token.text[:1].isupper()
        and token.lower_.endswith(_PARTICIPLE_ENDINGS)
    )


@dataclass(frozen=True)
class SlotMatch:
    """One family's words in one slot of a sentence, with the token at each end."""

    family: FamilySpec
    slot: SlotSpec
    ends: dict[str, Token]

    @property
    def rule(self) -> str:
        return f"{self.family.id}@{self.slot.id}"


def _ends_of(slot: SlotSpec, pattern: list[dict]) -> list[str]:
    key = "END" if slot.matcher == "token" else "RIGHT_ID"
    return [p[key] for p in pattern if key in p]


def _check(path: Path, grammar: GrammarFile) -> None:
    slot_ids = {slot.id for slot in grammar.slots}
    for slot in grammar.slots:
        unknown_overrides = set(slot.overrides) - slot_ids
        if unknown_overrides:
            raise ModelError(
                f"{path}: slots ({slot.id}).overrides: no slot {sorted(unknown_overrides)[0]!r}"
            )
        needed = (("trigger",), ("holder",)) if slot.reciprocal else _NEEDED[slot.kind]
        for number, pattern in enumerate(slot.patterns):
            named = _ends_of(slot, pattern)
            missing = [group[0] for group in needed if not set(group) & set(named)]
            if missing:
                raise ModelError(
                    f"{path}: slots ({slot.id}).patterns[{number}]: no {missing[0]!r} end"
                )
    kinds = {slot.kind for slot in grammar.slots}
    for family in grammar.families:
        family_kinds = [k for k, words in (("noun", family.nouns), ("verb", family.verbs)) if words]
        if not family_kinds:
            raise ModelError(f"{path}: families ({family.id}): no nouns and no verbs")
        unknown = set(family.slots) - {slot.id for slot in grammar.slots}
        if unknown:
            raise ModelError(f"{path}: families ({family.id}): no slot {sorted(unknown)[0]!r}")
        for kind in family_kinds:
            if kind not in kinds:
                raise ModelError(f"{path}: families ({family.id}): no slot takes {kind}s")
            for spec in family.relations:
                for end in (spec.subject, spec.object):
                    if end not in ENDS[kind]:
                        raise ModelError(
                            f"{path}: families ({family.id}): {end!r} is not an end of "
                            f"{kind} slots ({', '.join(ENDS[kind])})"
                        )
                for end in (*spec.only_if, *spec.unless):
                    if end not in (spec.subject, spec.object):
                        raise ModelError(
                            f"{path}: families ({family.id}): a condition on {end!r}, "
                            f"neither the subject ({spec.subject}) nor the object ({spec.object})"
                        )


def _pattern_lemmas(value) -> Iterator[str]:
    """The words a slot's own patterns ask for as lemmas ("rester" in the predicate slot)."""
    if isinstance(value, dict):
        lemma = value.get("LEMMA")
        if isinstance(lemma, dict) and isinstance(lemma.get("IN"), list):
            yield from (w.lower() for w in lemma["IN"])
        for item in value.values():
            yield from _pattern_lemmas(item)
    elif isinstance(value, list):
        for item in value:
            yield from _pattern_lemmas(item)


def _substitute(pattern: list[dict], words: list[str], placeholder: str) -> list[dict]:
    """A copy of the pattern with the family's lemmas in place of `$nouns` / `$verbs`."""

    def walk(value):
        if value == placeholder:
            return list(words)
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    return walk(copy.deepcopy(pattern))


_LITERAL_ATTRS = ("LOWER", "ORTH", "LEMMA", "TEXT", "NORM")
# What `_Prefilter.token_bits` reads of a token beside its form and lemma (never spelled so).
_NAME_MARK, _NO_NAME_MARK, _START_MARK, _POS_MARK = "<name>", "<no-name>", "<start>", "<pos>"

# One token of a pattern as `_requirements` reads it: sets of words it must be one of each.
_Required = tuple[frozenset[str], ...]


def _requirements(pattern: list[dict]) -> tuple[_Required, ...]:
    """What a sentence must hold, in this order, for the pattern to match in it: for each
    required token of the pattern, the words (`_Prefilter.token_bits`) it may be, one of each
    set (the "LOWER" and "LEMMA" of one token are two sets it meets both): its forms, its part
    of speech, whether it is a name and opens the sentence."""
    required = []
    for spec in pattern:
        op = spec.get("OP")
        if op in ("?", "*") or (isinstance(op, str) and op.startswith("{0")):
            continue
        token: list[frozenset[str]] = []
        for attr in _LITERAL_ATTRS:
            value = spec.get(attr)
            if isinstance(value, str):
                token.append(frozenset({value.lower()}))
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                token.append(frozenset(word.lower() for word in value["IN"]))
        pos = spec.get("POS")
        if isinstance(pos, str):
            token.append(frozenset({_POS_MARK + pos}))
        elif isinstance(pos, dict) and isinstance(pos.get("IN"), list):
            token.append(frozenset(_POS_MARK + p for p in pos["IN"]))
        ent_type = spec.get("ENT_TYPE")
        if ent_type == "":
            token.append(frozenset({_NO_NAME_MARK}))
        elif ent_type == {"NOT_IN": [""]}:
            token.append(frozenset({_NAME_MARK}))
        if spec.get("IS_SENT_START") is True:
            token.append(frozenset({_START_MARK}))
        if token:
            required.append(tuple(token))
    return tuple(required)


class _Prefilter:
    """Which groups of token patterns can match in a window, by bitmasks: each set of words
    some required token names (`_requirements`) is a bit, each token of a Doc the bits of the
    sets its words (form, lemma, part of speech, name or not, sentence start) are in. A group
    can match where every bit it needs is held, by tokens in its order."""

    def __init__(self, groups: list[tuple[_Required, ...]]):
        sets = sorted({c for required in groups for token in required for c in token}, key=sorted)
        self.word_bits: dict[str, int] = {}
        for bit, choices in enumerate(sets):
            for word in choices:
                self.word_bits[word] = self.word_bits.get(word, 0) | (1 << bit)
        index = {choices: 1 << bit for bit, choices in enumerate(sets)}
        self.groups: list[tuple[int, tuple[int, ...]]] = []  # all bits, bits of each token
        for required in groups:
            tokens = tuple(sum(index[c] for c in set(token)) for token in required)
            every = 0
            for bits in tokens:
                every |= bits
            self.groups.append((every, tokens))

    def token_bits(self, doc: Doc) -> list[int]:
        """The bits of each token (its columns read as arrays: a Token is slow to build)."""
        strings, word_bits = doc.vocab.strings, self.word_bits
        columns = doc.to_array([LOWER, LEMMA, POS, ENT_TYPE, SENT_START]).tolist()
        found = []
        for i, (lower, lemma, pos, ent_type, sent_start) in enumerate(columns):
            bits = word_bits.get(strings[lower], 0) | word_bits.get(strings[lemma].lower(), 0)
            bits |= word_bits.get(_POS_MARK + strings[pos], 0)
            bits |= word_bits.get(_NAME_MARK if ent_type else _NO_NAME_MARK, 0)
            if sent_start == 1 or i == 0:
                bits |= word_bits.get(_START_MARK, 0)
            found.append(bits)
        return found

    def candidates(self, window: list[int]) -> Iterator[int]:
        """The groups that can match in a window of tokens' bits."""
        held = 0
        for bits in window:
            held |= bits
        for number, (every, tokens) in enumerate(self.groups):
            if held & every == every and _in_order(tokens, window):
                yield number


def _in_order(tokens: tuple[int, ...], window: list[int]) -> bool:
    """Whether the window's tokens hold each required token's bits, one after the other."""
    position, end = 0, len(window)
    for bits in tokens:
        while position < end and window[position] & bits != bits:
            position += 1
        if position == end:
            return False
        position += 1
    return True


def _native(pattern: list[dict]) -> list[list[dict]]:
    """The pattern with kg's token extensions turned into native attributes, which spaCy's
    Matcher tests in C (it reads an extension through Python for every token of every window
    it is given, which made it twice as slow): a noun modifier is a tag, and a name-or-pronoun
    end (`kg_named`) becomes three patterns: a name, a standing pronoun, a demonstrative."""
    variants: list[list[dict]] = [[]]
    for spec in pattern:
        extensions = dict(spec.get("_", {}))
        plain = {key: value for key, value in spec.items() if key != "_"}
        if extensions.get("kg_noun_modifier") is True:
            del extensions["kg_noun_modifier"]
            plain["TAG"] = NOUN_MODIFIER_TAG
        choices = [plain]
        if extensions.get("kg_named") is True:
            if plain.keys() & {"ENT_TYPE", "POS", "LOWER"}:
                raise ValueError("kg_named takes no ENT_TYPE, POS or LOWER beside it")
            del extensions["kg_named"]
            choices = [
                {**plain, "ENT_TYPE": {"NOT_IN": [""]}},
                {**plain, "POS": "PRON", "LOWER": {"IN": sorted(_STANDING_PRONOUNS)}},
                {**plain, "LOWER": {"IN": sorted(_STANDING_DEMONSTRATIVES)}},
            ]
        if extensions:
            for choice in choices:
                choice["_"] = extensions
        variants = [[*variant, choice] for variant in variants for choice in choices]
    return variants


class SlotGrammar:
    """The grammar compiled: one spaCy pattern per slot alternative, whose trigger takes the
    words of every family of the slot's kind; a match is then read for each family its
    trigger word belongs to (fewer patterns make the matchers fast, the result is the same
    as one pattern per family and slot). The token patterns are grouped by the words they
    require in order (`_requirements`), and each group runs only on the sentences that hold
    them so: a pattern can match in a tenth of the sentences on average, and spaCy's Matcher
    tries every pattern at every token it is given."""

    def __init__(self, vocab: Vocab, path: Path):
        self.path = path
        self.grammar = grammar = load_checked(path, GrammarFile)
        _check(path, grammar)
        groups: dict[tuple[_Required, ...], Matcher] = {}  # token patterns by required words
        self.dependency_matcher = DependencyMatcher(vocab, validate=True)
        self.keys: dict[str, tuple[SlotSpec, list[str | None]]] = {}  # key -> slot, its ends
        self.families: dict[tuple[str, str], list[FamilySpec]] = {}  # (kind, lemma) -> families
        for family in grammar.families:
            for kind, words in (("noun", family.nouns), ("verb", family.verbs)):
                for word in with_class_nouns(words, Path(path)):
                    self.families.setdefault((kind, word.lower()), []).append(family)
        self.nouns = frozenset(lemma for kind, lemma in self.families if kind == "noun")
        self.dependency_words: set[str] = set()
        self.participles = {  # "conçu", "conçue", "conçus", "conçues" -> concevoir
            form.lower() + ending: verb.lower()
            for form, verb in grammar.participles.items()
            for ending in ("", "e", "s", "es")
        }
        self.undescribed = frozenset(word.lower() for word in grammar.undescribed)
        self.verbs = frozenset(v.lower() for f in grammar.families for v in f.verbs) | frozenset(
            word for slot in grammar.slots for word in _pattern_lemmas(slot.patterns)
        )
        for slot in grammar.slots:
            words = sorted({lemma for kind, lemma in self.families if kind == slot.kind})
            for number, template in enumerate(slot.patterns):
                key = f"{slot.id}#{number}"
                pattern = _substitute(template, words, WORDS[slot.kind])
                ends = (
                    [p.pop("END", None) for p in pattern]
                    if slot.matcher == "token"
                    else [p["RIGHT_ID"] for p in pattern]
                )
                try:
                    if slot.matcher == "token":
                        required = _requirements(pattern)
                        if required not in groups:
                            groups[required] = Matcher(vocab, validate=True)
                        groups[required].add(key, _native(pattern))
                    else:
                        self.dependency_matcher.add(key, [pattern])
                except (ValueError, KeyError) as error:
                    message = f"{path}: slots ({slot.id}).patterns[{number}]: {error}"
                    raise ModelError(message) from None
                self.keys[key] = (slot, ends)
                if slot.matcher == "dependency":
                    self.dependency_words |= set(words)
        self.token_matchers = list(groups.values())
        self.prefilter = _Prefilter(list(groups))

    def _for_families(self, slot: SlotSpec, ends: dict[str, Token]) -> Iterator[SlotMatch]:
        for family in self.families.get((slot.kind, ends["trigger"].lemma_.lower()), ()):
            if (family.slots or slot.opt_in) and slot.id not in family.slots:
                continue
            if slot.reciprocal and not all(
                r.relation in SYMMETRIC_RELATIONS for r in family.relations
            ):
                continue  # a list relates its members pairwise only by a symmetric relation
            yield SlotMatch(family, slot, ends)

    def _token_matches(self, doc: Doc) -> Iterator[tuple[int, int, int, list[int]]]:
        """The token patterns' matches, each group of patterns run on the sentences that hold
        the words it requires (offsets in the document). A match found from two sentences (the word
        before a sentence opens some patterns) is found twice: the caller keeps one."""
        bits = self.prefilter.token_bits(doc)
        for sentence in sentences(doc):
            # from the word before: "..., qui" or ". X, qui" patterns read it
            window = doc[max(0, sentence.start - 1) : sentence.end]
            for number in self.prefilter.candidates(bits[window.start : window.end]):
                matcher = self.token_matchers[number]
                for key, start, end, alignments in matcher(window, with_alignments=True):
                    yield key, window.start + start, window.start + end, alignments

    def matches(self, doc: Doc) -> list[SlotMatch]:
        """Every match in the document, in text order of the trigger."""
        for token in doc:
            lemma = lemma_of(token, self.verbs, self.participles, self.nouns)
            if lemma != token.lemma_:  # "reste" -> rester, read by every later stage too
                token.lemma_ = lemma
            if noun_modifier(token):
                token.tag_ = NOUN_MODIFIER_TAG
        found: list[SlotMatch] = []
        strings = doc.vocab.strings
        for match_id, start, _end, alignments in self._token_matches(doc):
            slot, ends = self.keys[strings[match_id]]
            named: dict[str, Token] = {}
            for offset, index in enumerate(alignments):
                end_name = ends[index]
                if end_name is not None and end_name not in named:
                    named[end_name] = doc[start + offset]
            if slot.participle and not describes_patient(named, self.undescribed):
                continue
            if slot.barred_after and barred_after(named, frozenset(slot.barred_after)):
                continue
            if slot.subject_complement and (
                governed_before(named["complement"], named["trigger"])
                or agent_by_par(named["complement"])
            ):
                continue
            found.extend(self._for_families(slot, named))
        lemmas = {t.lemma_ for t in doc}
        dependency_matches = (
            self.dependency_matcher(doc) if lemmas & self.dependency_words else []
        )  # most texts hold no word of a dependency slot: skip its matcher
        for match_id, token_ids in dependency_matches:
            slot, names = self.keys[strings[match_id]]
            ends = {name: doc[i] for name, i in zip(names, token_ids, strict=True)}
            found.extend(self._for_families(slot, ends))
        overridden = {
            (other, m.ends["holder"].i)
            for m in found
            if "holder" in m.ends
            for other in m.slot.overrides
        }
        found = [
            m
            for m in found
            if "holder" not in m.ends or (m.slot.id, m.ends["holder"].i) not in overridden
        ]
        unique = {(m.rule, tuple(sorted((k, t.i) for k, t in m.ends.items()))): m for m in found}
        return sorted(unique.values(), key=lambda m: (m.ends["trigger"].i, m.rule))

    def in_sentence(self, doc: Doc, sentence: Span) -> Iterator[SlotMatch]:
        cached = doc.user_data.get("kg_slot_matches")
        if cached is None or cached[0] is not self:
            cached = doc.user_data["kg_slot_matches"] = (self, self.matches(doc))
        for match in cached[1]:
            if sentence.start <= match.ends["trigger"].i < sentence.end:
                yield match


@cache
def load_grammar(vocab: Vocab, path: str) -> SlotGrammar:
    return SlotGrammar(vocab, Path(path))
