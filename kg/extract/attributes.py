"""Attributes of organisations: founding date, valuation and revenue (pipelines/attributes.yaml).

"Scale AI, fondée en 2016" -> foundingDate 2016; "La startup a été évaluée ... à 14 milliards de
dollars lors d'un tour de financement en 2024" -> valuation 14000000000 USD (2024); "son
chiffre d'affaires, qui est passé de 870 millions de dollars en 2024 à 2 milliards de dollars
en 2025" -> two revenues, each with the year that follows its amount.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from ..components.lexicon import fold
from ..components.phrases import sentence_of
from ..components.schemas import AttributesFile, load_checked
from ..types import Amount, Mention, MentionKind, When
from .certainty import Assessment, assess
from .frames import FrameMatcher
from .lexicon import Frame, RelationLexicon, words

__all__ = ["AttributeFinding", "find_attributes", "load_attribute_frames"]

_WINDOW = 8  # tokens between the trigger and its value
# "L'action X vaut 12 euros": a share's price, no company's worth
_LEAST_VALUATION = 1_000_000


@dataclass(frozen=True)
class AttributeFinding:
    predicate: str
    owner: Mention
    value: Amount | When
    date: When | None
    trigger: Token
    assessment: Assessment
    rule: str


@cache
def _aimed(assessment: Assessment) -> bool:
    """'veut porter son chiffre d'affaires à X', 'vise une valorisation de X': a figure a goal
    or a plan names is none the company has (a rumour, "aurait réalisé", still is one)."""
    return any(cue.startswith(("intention:", "plan:")) for cue in assessment.cues)


@cache
def load_attribute_frames(pipelines_dir: str) -> tuple[Frame, ...]:
    data = load_checked(Path(pipelines_dir) / "attributes.yaml", AttributesFile).model_dump()
    frames = []
    for predicate, entry in data.items():
        entry["owner_of_subject_verbs"] = ["agent"]
        for name, kind, lemmas_key, roles_key in (
            ("verb", "verb", "verbs", "owner_of_verbs"),
            ("noun", "noun", "nouns", "owner_of_nouns"),
            ("subject-verb", "verb", "subject_verbs", "owner_of_subject_verbs"),
        ):
            if entry.get(lemmas_key):
                frames.append(
                    Frame(
                        id=f"{predicate}.{name}",
                        relation=predicate,
                        kind=kind,
                        lemmas=tuple(words(lemma) for lemma in entry[lemmas_key]),
                        subject=tuple(entry[roles_key]),
                        object=(),
                        subject_types=frozenset({"Organization"}),
                        other_events=frozenset(fold(w) for w in entry["other_events"]),
                        goal_nouns=frozenset(fold(w) for w in entry["goal_nouns"]),
                        projecting_verbs=frozenset(fold(w) for w in entry["projecting_verbs"]),
                    )
                )
    return tuple(frames)


def _another_event(trigger: Token, frame: Frame) -> bool:
    """'Y, lancée en Bourse en 2015', 'lancé sur le marché en 2023': a complement of the verb
    that makes it another event than the one the attribute dates."""
    return any(
        fold(child.lemma_) in frame.other_events or fold(child.text) in frame.other_events
        for child in trigger.children
        if child.dep_.startswith("obl") or child.dep_ in ("obj", "nmod")
    )


def _goal(noun: Token, frame: Frame) -> bool:
    """'un objectif de chiffre d'affaires de 60 millions d'euros', 'ses prévisions de ventes':
    a figure the company aims at or forecasts, none it has."""
    return noun.dep_ == "nmod" and fold(noun.head.lemma_) in frame.goal_nouns


def _projected(verb: Token, frame: Frame) -> bool:
    """'Une opération qui pourrait la valoriser plus d'un milliard d'euros': a valuing verb
    under a conditional of `projecting_verbs` gives a figure foreseen, none the company has."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and fold(head.lemma_) in frame.projecting_verbs
        and "Cnd" in head.morph.get("Mood")
    )


def _token_span(sentence: Span, start: int, end: int) -> Span | None:
    return sentence.doc.char_span(start, end, alignment_mode="expand")


def _value_tokens(trigger: Token) -> set[int]:
    """Where a trigger's value may be: its phrase, and for a verb its clause."""
    region = {t.i for t in trigger.subtree}
    if trigger.pos_ not in ("VERB", "AUX"):
        head = trigger.head
        if head.pos_ in ("VERB", "AUX"):
            region |= {t.i for t in head.subtree}
    return region


_LINK_POS = frozenset(
    {"ADP", "DET", "AUX", "ADV", "PRON", "PUNCT", "CCONJ", "SCONJ", "NUM", "SPACE"}
)
_LINK_VERBS = frozenset(
    {
        "passer",
        "atteindre",
        "elever",
        "etre",
        "representer",
        "porter",
        "grimper",
        "bondir",
        "progresser",
        "augmenter",
        "croitre",
        "afficher",
        "realiser",
        "estimer",
        "evaluer",
        "valoriser",
        "peser",
        "chiffrer",
        "situer",
        "depasser",
        "franchir",
        "avoisiner",
        "froler",
        "approcher",
        "etablir",
        "ressortir",
        "culminer",
        "valoir",
        # a figure fallen to: "a vu son chiffre d'affaires reculer à 740 millions d'euros"
        "reculer",
        "baisser",
        "chuter",
        "diminuer",
        "tomber",
        "revenir",
    }
)


# verbs of change whose "de" complement is the change, not the figure reached: "a progressé de
# 50 millions d'euros", "a reculé de 10 millions" (not "est passé de X à Y": from X to Y)
_CHANGE_VERBS = frozenset(
    {"progresser", "augmenter", "bondir", "grimper", "croitre", "reculer", "baisser", "chuter"}
    | {"diminuer", "tomber"}
)


def _with_currency_before(
    amount: Amount, start: int, amounts: list[tuple[int, int, Amount]], sentence: Span
) -> Amount:
    """A sum with a scale word and no currency ("185 millions") after one with a currency in
    the same sentence ("410 millions d'euros") is in that currency."""
    before = [
        a
        for s_, e_, a in amounts
        if e_ <= start and a.currency and _token_span(sentence, s_, e_) is not None
    ]
    return replace(amount, currency=before[-1].currency) if before else amount


def _in_imperfect_relative(token: Token) -> bool:
    """Inside a relative clause whose verb is in the imperfect: 'qui frôlait 410 millions'."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "acl:relcl":
            return "Imp" in ancestor.morph.get("Tense")
    return False


def _change_by(amount: Span) -> bool:
    """The amount is the size of a change ("a reculé de 50 millions d'euros")."""
    doc = amount.doc
    i = amount[0].i - 1
    if i < 1 or fold(doc[i].text) not in ("de", "d'"):
        return False
    verb = doc[i - 1]
    return verb.pos_ in ("VERB", "AUX") and fold(verb.lemma_) in _CHANGE_VERBS


def _compared(amount: Span) -> bool:
    """The amount is the figure another one is set against ("45 millions d'euros l'an
    dernier, contre 38 millions un an plus tôt"): an earlier period's, not the one stated."""
    i = amount[0].i - 1
    return i >= 0 and fold(amount.doc[i].text) == "contre"


def _linking(between: Span, value_tokens: set[int], owner_tokens: set[int] = frozenset()) -> bool:
    """Only words that link a noun to its value lie between them ("chiffre d'affaires de",
    "qui est passé de 870 millions de dollars en 2024 à"), no other noun ("... pour un Ebitda
    de 7 millions d'euros" is not the revenue); a time ago ("il y a dix ans") links too."""
    ago = _time_ago(between)
    for token in between:
        if token.i in ago:
            continue
        if token.i in value_tokens or token.i in owner_tokens or token.pos_ in _LINK_POS:
            continue  # "La valorisation de la start-up Dreamjet atteint 800 millions"
        if token.pos_ in ("VERB", "ADJ") and (
            fold(token.lemma_) in _LINK_VERBS or token.pos_ == "ADJ"
        ):
            continue
        if fold(token.text) in (
            "affaires",
            "chiffre",
            "valorisation",
            "boursiere",
            "capitalisation",
            "enseigne",  # "un chiffre d'affaires sous enseigne de": a franchise network's sales
        ):
            continue
        return False
    return True


def _time_ago(between: Span) -> set[int]:
    """The words of 'il y a dix ans', 'il y a trois ans': when, not what the value is of."""
    words = [fold(t.text) for t in between]
    found: set[int] = set()
    for k in range(len(words) - 4):
        if words[k : k + 3] == ["il", "y", "a"] and words[k + 4] in _AGO_UNITS:
            found.update(between[j].i for j in range(k, k + 5))
    return found


_AGO_UNITS = frozenset({"an", "ans", "annee", "annees", "mois", "decennie", "decennies"})


def _in_noun_phrase(trigger: Token, frame: Frame) -> bool:
    """'Paul Morel, fondateur de Kelvio en 2004, a cédé ses parts': a noun apposed to a name, or
    what a company has "avec", states its fact whatever the clause around it says (it sold its
    shares, the founding stands)."""
    return frame.kind == "noun" and (
        (trigger.dep_ in ("appos", "nmod", "acl", "dep") and trigger.head.pos_ in ("NOUN", "PROPN"))
        # "Avec un chiffre d'affaires de 40 millions d'euros, X vise l'Asie": what the company
        # has, whatever its verb aims at
        or (
            trigger.dep_.startswith("obl")
            and any(c.dep_ == "case" and fold(c.text) == "avec" for c in trigger.children)
        )
    )


def _complement_of_another_verb(noun: Token, frame: Frame) -> bool:
    """'Ecouto, rachetée en 2022 à ses fondateurs': a founding noun that is a complement of a
    verb, whose clause's date is that verb's (only a date of the noun's own phrase dates the
    founding: 'depuis sa création en 2015'); so is a founder who is its subject ('Son
    fondateur cédera ses parts, de même que le fonds X, entré au capital en 2015'), not the
    founding itself ('La création de Y remonte à 2004')."""
    verb = noun.head
    founder = fold(noun.lemma_).endswith(("teur", "trice", "teurs", "trices"))  # the person
    return (
        frame.kind == "noun"
        and (
            noun.dep_ in ("obj", "iobj", "obl", "obl:arg", "obl:mod")
            or (founder and noun.dep_ in ("nsubj", "nsubj:pass"))
        )
        and verb.pos_ in ("VERB", "AUX")
        and verb.i != noun.i
    )


def _in_other_clause(value: Token, trigger: Token) -> bool:
    """'Les fondateurs ont vendu leurs parts au groupe Talmor, arrivé en 2000 au capital': a
    date in a participle or relative clause of another noun dates that clause."""
    for ancestor in value.ancestors:
        if ancestor.i == trigger.i or ancestor.i == trigger.head.i:
            return False
        if ancestor.pos_ in ("VERB", "AUX") and (
            ancestor.dep_ in ("acl", "acl:relcl", "advcl")
            # "Fondée en 1998, X a été valorisée ...": a fronted participle, whatever its label
            or (
                "Part" in ancestor.morph.get("VerbForm")
                and ancestor.i == sentence_of(ancestor).start
            )
        ):
            return trigger not in ancestor.subtree
    return False


@cache
def _revenue_words(frames: tuple[Frame, ...]) -> frozenset[str]:
    """The first words of the revenue nouns ("chiffre", "revenus", "ventes"), read once."""
    return frozenset(
        phrase[0] for frame in frames if frame.relation == "revenue" for phrase in frame.lemmas
    )


@cache
def _valuing_verbs(frames: tuple[Frame, ...]) -> frozenset[str]:
    """The valuation frame's verbs but "peser" ("pèse 85 millions d'euros de revenus")."""
    return frozenset(
        phrase[0]
        for frame in frames
        if frame.relation == "valuation" and frame.kind == "verb"
        for phrase in frame.lemmas
    ) - {"peser"}


def _valued_between(between: Span, valuing: frozenset[str]) -> bool:
    """'Le groupe, qui a réalisé un chiffre d'affaires de 4,3 milliards d'euros, est valorisé 12
    milliards': a verb of valuing between the revenue noun and a sum makes the sum a worth
    (not a participle of the revenue's own: "son chiffre d'affaires, évalué à 30 millions")."""
    return any(
        t.pos_ in ("VERB", "ADJ")
        and fold(t.lemma_) in valuing
        and (  # a clause of its own: "est valorisé", "vaut"; not a bare participle
            "Fin" in t.morph.get("VerbForm")
            or any(c.dep_ in ("aux", "aux:pass", "aux:tense", "cop") for c in t.children)
        )
        for t in between
    )


def _of_revenue(amount: Span, revenue_words: frozenset[str]) -> bool:
    """'X pèse 85 millions d'euros de revenus': the sum is of what the noun after it names (a
    revenue), not what the verb says of the company (its worth)."""
    doc = amount.doc
    after = doc[amount.end : amount.end + 3]
    return (
        len(after) >= 2
        and fold(after[0].text) in ("de", "d'")
        and any(fold(t.text) in revenue_words or fold(t.lemma_) in revenue_words for t in after[1:])
    )


def _dates_after(
    span: Span, dates: list[tuple[int, int, When]], revenue_words: frozenset[str]
) -> When | None:
    """The year right after an amount, or after the revenue noun that follows it: '870
    millions de dollars en 2024', '12 millions d'euros de chiffre d'affaires en 2024'."""
    last = _revenue_noun_end(span, revenue_words) if _of_revenue(span, revenue_words) else span[-1]
    end = last.idx + len(last.text)
    for start, _end, when in dates:
        if 0 <= start - end <= 4 and when.value:
            return when
    return None


def _revenue_noun_end(amount: Span, revenue_words: frozenset[str]) -> Token:
    """The last word of the revenue noun after an amount: 'de ventes', "de chiffre d'affaires"."""
    doc = amount.doc
    noun = next(
        t
        for t in doc[amount.end + 1 : amount.end + 3]
        if fold(t.text) in revenue_words or fold(t.lemma_) in revenue_words
    )
    after = doc[noun.i + 2] if noun.i + 2 < len(doc) else noun
    return after if fold(noun.text) == "chiffre" and fold(after.text) == "affaires" else noun


_OBJECT_CLITICS = frozenset({"l'", "le", "la", "les"})


def _price_taken_up(verb: Token, price_nouns: frozenset[str]) -> bool:
    """'Le montant de la transaction n'a pas été dévoilé, mais des sources l'évaluent à 200
    millions d'euros': the clitic object of a valuing verb takes up a price noun that is a
    subject earlier in its sentence, not a company."""
    clitic = next(
        (
            c
            for c in verb.children
            if c.dep_ == "obj" and c.i < verb.i and fold(c.text) in _OBJECT_CLITICS
        ),
        None,
    )
    if clitic is None:
        return _price_relative(verb, price_nouns)
    return any(
        t.dep_ in ("nsubj", "nsubj:pass") and fold(t.lemma_) in price_nouns
        for t in verb.doc[verb.sent.start : clitic.i]
    )


def _price_relative(verb: Token, price_nouns: frozenset[str]) -> bool:
    """'pour un montant que les parties n'ont pas dévoilé mais que des observateurs estiment à
    70 millions de dollars': the "que" of a valuing verb's relative (or of one coordinated with
    an earlier relative) takes up a price noun, not a company."""
    doc = verb.doc
    start = verb.sent.start
    relative = next(
        (c for c in verb.children if c.i < verb.i and fold(c.text) in ("que", "qu'")), None
    )
    if relative is None or relative.i <= start:
        return False
    i = relative.i
    if fold(doc[i - 1].text) in ("mais", "et", "ou"):  # the earlier relative's "que"
        i = next((j for j in range(i - 2, start, -1) if fold(doc[j].text) in ("que", "qu'")), 0)
    return i > start and fold(doc[i - 1].lemma_) in price_nouns


def _dates_the_trigger(sentence: Span, date: tuple[int, int, When], trigger: Token) -> bool:
    """'Cédée en 2012 au fonds X, la société Y a été créée en 1990': a year that hangs on the
    verb itself dates it before any other of its clause (the year of another participle)."""
    span = _token_span(sentence, date[0], date[1])
    if span is None:
        return False
    return span.root.head.i == trigger.i or trigger.pos_ not in ("VERB", "AUX")


_DATING_VERBS = frozenset({"remonter", "dater"})


def _year_dating(trigger: Token) -> list[tuple[int, int, When]]:
    """'La création de Vigilis remonte à 2004', 'sa fondation date de 1887': the bare year a
    verb of dating gives its subject (a year after "à" or "de", which no date prefix takes)."""
    verb = trigger.head
    if not trigger.dep_.startswith("nsubj") or fold(verb.lemma_) not in _DATING_VERBS:
        return []
    return [
        (year.idx, year.idx + len(year.text), When(year.text, year.text))
        for year in verb.children
        if year.like_num
        and len(year.text) == 4
        and year.text.startswith(("18", "19", "20"))
        and any(fold(c.text) in ("a", "de", "d'") for c in year.children if c.dep_ == "case")
    ]


def _bought_on(noun: Token, lexicon: RelationLexicon) -> Token | None:
    """The verb of buying a value noun completes ('X a racheté la participation de B sur la
    base d'une valorisation de 480 millions'): the value a buyer pays on is the value of what
    it buys, never the buyer's own. None for any other verb."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb if fold(verb.lemma_) in lexicon.buying_verbs else None


def _joint(owners: list[Mention]) -> bool:
    """Owners said together ("les deux sociétés", "A et B réalisent 2 milliards d'euros de
    chiffre d'affaires"): the sum is theirs together, no one's revenue or value."""
    return len(owners) > 1 or any(o.kind is MentionKind.PLURAL for o in owners)


def _values_another(
    verb: Token, frame: Frame, matcher: FrameMatcher, amounts: list[tuple[int, int, Amount]]
) -> bool:
    """'X a déposé une offre sur le semencier, qu'il valorise à 2 milliards d'euros', 'X
    valorise la cible à ...': a valuing verb with an object other than the sum values that
    object; its subject is the valuer, never the company valued ("X pèse 2 milliards")."""
    if frame.relation != "valuation" or frame.kind != "verb":
        return False
    patient = matcher.args.patient(verb)
    if patient is None or patient.pos_ in ("NUM", "PUNCT"):  # "qu'il valorise": a relative
        return False
    return not any(start <= patient.idx < end for start, end, _ in amounts)


def _accompanied_since(noun: Token) -> Token | None:
    """'La banque X, qui accompagne l'entreprise depuis sa création en 1996': the possessive
    of a "depuis" complement is the object of its verb (the one whose creation it is), not
    the verb's subject. The object, or None."""
    verb = noun.head
    if not any(c.dep_ == "case" and c.lower_ == "depuis" for c in noun.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("sa", "son") for c in noun.children):
        return None
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "obj" and c.i < noun.i), None)


def find_attributes(
    sentence: Span,
    matcher: FrameMatcher,
    frames: tuple[Frame, ...],
    lexicon: RelationLexicon,
    amounts: list[tuple[int, int, Amount]],
    dates: list[tuple[int, int, When]],
    described: dict[int, Token] | None = None,
) -> list[AttributeFinding]:
    """The attributes stated in the sentence; `described` maps a participle the slot grammar
    read to the noun it describes ("Kestria, elle-même créée en 2009 par X"), for the ones the
    parse hangs elsewhere."""
    found: list[AttributeFinding] = []
    revenue_words = _revenue_words(frames)
    for token in sentence:
        for frame, _phrase in matcher._frames_from(token, frames):
            owners: list[Mention] = []
            for spec in frame.subject:
                owners, _ = matcher._resolve_role(spec, token, frame)
                owners = [o for o in owners if matcher._allowed(frame, "subject", o)]
                bought = _bought_on(token, lexicon)
                if spec == "agent" and frame.kind == "noun" and bought is not None:
                    # "X a racheté Y sur la base d'une valorisation de V": Y's value, and no
                    # one's after "X a racheté la part de B" (a stake names no company valued)
                    patient = matcher.args.patient(bought)
                    owners = (
                        matcher.args.referents(patient, expand=False)
                        if patient is not None and patient.ent_type_
                        else []
                    )
                if spec == "agent" and _values_another(token, frame, matcher, amounts):
                    owners = []
                accompanied = _accompanied_since(token) if spec == "possessor" else None
                if accompanied is not None:  # "X accompagne Y depuis sa création": Y's, and
                    # no one's for a description the subject would be taken for ("l'entreprise")
                    named = accompanied.ent_type_ or matcher.args._named_in_np(accompanied)
                    owners = matcher.args.referents(accompanied, expand=False) if named else []
                if owners:
                    break
            if frame.relation == "valuation" and _price_taken_up(token, lexicon.price_nouns):
                continue
            if not owners and described and token.i in described:
                owners = matcher.args.referents(described[token.i])
            if not owners and frame.kind == "verb" and token.dep_ == "acl" and token.head.ent_type_:
                # "Ondivia, valorisée 2 milliards de dollars, ...": the sum read as the
                # participle's object, the name it describes is the owner
                owners = [
                    o
                    for o in matcher.args.referents(token.head, expand=False)
                    if matcher._allowed(frame, "subject", o)
                ]
            if not owners:
                continue
            region = _value_tokens(token)
            owner_tokens = {  # "la société Altavia", "la cible"
                i
                for o in owners
                for name in [sentence.doc.char_span(o.start, o.end, alignment_mode="expand")]
                if name is not None
                for i in range(matcher.args.np_start(name[0]), name[-1].i + 1)
            }
            assessment = assess(token, lexicon, presupposed=_in_noun_phrase(token, frame))
            if frame.relation == "foundingDate":
                if _another_event(token, frame):
                    continue
                candidates = [*dates, *_year_dating(token)]
                candidates.sort(key=lambda d: not _dates_the_trigger(sentence, d, token))
                governed = _complement_of_another_verb(token, frame)
                for start, end, when in candidates:
                    span = _token_span(sentence, start, end)
                    if span is None or not when.value or len(when.value) != 4:
                        continue
                    if _in_other_clause(span.root, token):
                        continue  # "..., au groupe Talmor, arrivé en 2000 au capital"
                    if governed and span.root not in token.subtree:
                        continue  # "rachetée en 2022 à ses fondateurs": the purchase's year
                    if span[-1].i in region or 0 < span[0].i - token.i <= 3:
                        found.extend(
                            AttributeFinding(
                                "foundingDate", o, when, None, token, assessment, frame.id
                            )
                            for o in owners
                        )
                        break
                continue
            if _aimed(assessment) or _goal(token, frame) or _projected(token, frame):
                continue  # "veut porter son chiffre d'affaires à X d'ici à 2027": a goal
            if _joint(owners):
                continue  # "Les deux magazines représentaient 15 millions de revenus": a sum
            values = []
            value_tokens = {
                t.i
                for s_, e_, _v in [*amounts, *dates]
                for t in (_token_span(sentence, s_, e_) or [])
            }
            for start, end, amount in amounts:
                span = _token_span(sentence, start, end)
                if not amount.currency:  # "est tombé à 185 millions": the currency said before
                    amount = _with_currency_before(amount, start, amounts, sentence)
                if span is None or not amount.currency or _change_by(span) or _compared(span):
                    continue
                adjacent_before = 0 < token.i - span[-1].i <= 3 and fold(
                    sentence.doc[span[-1].i + 1].text
                ) in ("de", "d'")
                after = span[0].i - token.i
                if frame.kind == "verb" and token.pos_ in ("VERB", "AUX"):
                    # "évaluée pour la dernière fois à 14 milliards": within the clause
                    linked = 0 < after <= _WINDOW + 10 and span[0].i in region
                else:
                    between = sentence.doc[token.i + 1 : span[0].i]
                    # another figure and its time between count as no distance ("qui frôlait
                    # 410 millions d'euros il y a dix ans, est tombé à 185 millions")
                    told = {t.i for t in between if t.i in value_tokens} | _time_ago(between)
                    linked = (
                        0 < after - len(told) <= _WINDOW + 10
                        and _linking(between, value_tokens, owner_tokens)
                        and not (
                            frame.relation == "revenue"
                            and _valued_between(between, _valuing_verbs(frames))
                        )
                    )
                if adjacent_before or linked:
                    values.append((span, amount))
            # "Son chiffre d'affaires, qui frôlait 410 millions d'euros il y a dix ans, est
            # tombé à 185 millions": the undated figure of a relative in the imperfect is older
            older = (
                {sp.start for sp, _a in values if _in_imperfect_relative(sp.root)}
                if frame.relation == "revenue" and len(values) > 1
                else set()
            )
            if len(older) == len(values):
                older = set()
            if frame.relation == "valuation":
                values = [
                    (span, amount)
                    for span, amount in values
                    if amount.value >= _LEAST_VALUATION and not _of_revenue(span, revenue_words)
                ][:1]
            # a year right after another amount belongs to it ("870 millions de dollars en 2024")
            free_dates = [
                (s_, e_, w)
                for s_, e_, w in dates
                if not any(0 <= s_ - a_end <= 4 for _a, a_end, _v in amounts)
            ]
            for span, amount in values:
                date = _dates_after(span, dates, revenue_words)
                if date is None:
                    date = next(
                        (
                            w
                            for s_, e_, w in free_dates
                            if w.value
                            and (first := (_token_span(sentence, s_, e_) or [token])[0]).i in region
                            # "Fondé en 1921 à C, X a réalisé en 2024 un chiffre d'affaires":
                            # the year of a fronted participle dates the founding
                            and not _in_other_clause(first, token)
                        ),
                        None,
                    )
                if date is None and span.start in older:
                    continue
                found.extend(
                    AttributeFinding(frame.relation, o, amount, date, token, assessment, frame.id)
                    for o in owners
                )
    return found
