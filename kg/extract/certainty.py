"""How sure a statement is (asserted / hedged / negated), who reported it, and whether it is past.

French marks uncertainty on the words that govern the statement: the conditional mood
("serait sur le point de", "pourrait", "envisagerait"), verbs of intention ("envisage de"),
nouns of plans and bids ("projet de", "offre de rachat", "négociations exclusives",
"rumeurs"), adjectives ("un éventuel rachat", "l'investissement potentiel"). Negation is
"ne ... pas" on a governing verb, or a governing word of denial or failure ("renonce à",
"dément", "la rupture de", "candidat malheureux au rachat"). A cue elsewhere in the sentence
does not count: "Meta et Scale n'ont pas confirmé les pourparlers" negates "confirmer" only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from ..components.lexicon import fold
from ..components.phrases import is_de, sentence_of
from ..types import Certainty
from .lexicon import RelationLexicon, words

__all__ = ["Assessment", "assess", "chain", "has_completion"]


@dataclass(frozen=True)
class Assessment:
    certainty: Certainty
    past: bool
    cues: tuple[str, ...]


_ASIDE_WORDS = frozenset({"meme", "-meme", "deux", "toutes", "tous"})
_PRESUPPOSING = frozenset({"raison", "cause", "suite", "grace", "faveur"})
_ANTERIOR = frozenset({"apres"})  # "après avoir racheté Y, X ...": done before the main clause
_CONTRASTIVE = frozenset({"mais"})


def chain(trigger: Token) -> list[Token]:
    """The trigger and every word that governs it, up to the root of the sentence, or up to a
    cause ("en raison de", "grâce à", "à la suite de") or a relative clause: both are
    presupposed, so the modality of the main clause does not reach them; nor does that of a
    clause coordinated before one with its own subject."""
    tokens = [trigger]
    token = trigger
    while token.head.i != token.i and len(tokens) < 12:
        if _aside(token):
            break
        if token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubj:pass") for c in token.children):
            break  # "X a cédé A et Y a racheté B": a clause of its own, not governed by the first
        if token.dep_ == "conj" and any(
            c.dep_ == "cc" and fold(c.text) in _CONTRASTIVE for c in token.children
        ):
            break  # "X n'a pas remis au pot, mais reste actionnaire": the contrast is asserted
        if fold(token.lemma_) in _PRESUPPOSING or any(
            c.dep_ in ("case", "fixed") and fold(c.text) in _PRESUPPOSING for c in token.children
        ):
            break
        token = token.head
        tokens.append(token)
    return tokens


def _coordinate_head(token: Token, below: Token | None) -> tuple[bool, bool]:
    """Whether `token` is reached from a verb coordinated to it, and whether that verb has its
    own tense: "X cède A et reprend B" (the first verb's meaning never governs the second) and
    "X ne cède pas A et rachète B" (nor its negation or mood, when the second has its own
    auxiliary or finite form; "X n'a pas cédé A ni racheté B" shares them)."""
    if (
        below is None
        or below.dep_ != "conj"
        or below.head.i != token.i
        or token.pos_ not in ("VERB", "AUX")
        or below.pos_ not in ("VERB", "AUX")
    ):
        return False, False
    own = "Fin" in below.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") for c in below.children
    )
    return True, own


def _relative(token: Token) -> bool:
    """The verb of a relative clause: "..., qui a accepté l'offre de J&J" is asserted whatever
    the main clause says; so is "X vise l'Allemagne, où elle a noué un partenariat avec Y"."""
    return token.dep_ == "acl:relcl" or any(
        "Rel" in c.morph.get("PronType")
        and (c.dep_ in ("nsubj", "obj", "nsubj:pass") or c.lower_ == "où")
        for c in token.children
    )


def _aside(token: Token) -> bool:
    """A relative clause or an apposed participle ("ne comprend pas le fourgon A, conçu par Z":
    Z designed A whatever A's fate): what it states is out of reach of the main clause."""
    return token.head.i != token.i and (
        _relative(token)
        or _apposed_participle(token)
        or _fronted_participle(token)
        or _anterior_clause(token)
        or _detached_past_participle(token)
    )


def _anterior_clause(token: Token) -> bool:
    """A past infinitive after "après" ("Après avoir racheté Y en 2019, X serait en
    discussions ..."): what was done before the main clause is out of reach of its mood."""
    children = list(token.children)
    return any(c.dep_ == "mark" and fold(c.text) in _ANTERIOR for c in children) and any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in children
    )


def _detached_past_participle(token: Token) -> bool:
    """A bare past participle after a comma that follows its governing verb, the parser's
    reading of a participle apposed to the name before ("..., selon P, le directeur
    financier, passé auparavant par la banque Y"): the career told in passing is asserted."""
    doc = token.doc
    opening = token.left_edge.i
    while opening < token.i and doc[opening].is_punct:
        opening += 1  # the comma the parser hangs on the participle
    return (
        token.dep_ in ("advcl", "punct", "dep")  # the parser hangs it anywhere on the verb
        and token.pos_ == "VERB"
        and _bare_participle(token)
        and "Past" in token.morph.get("Tense")
        and token.i > token.head.i
        and opening > 1
        and doc[opening - 1].text == ","
        and doc[opening - 2].pos_ in ("NOUN", "PROPN", "ADJ")
        and not any(c.dep_ == "mark" for c in token.children)
    )


def _scope(governing: list[Token]) -> Span:
    """Where a hedging phrase counts: the aside the chain stops at ("Le groupe, dirigé par X,
    reste en discussions en vue de la cession de ...": the talks do not hedge who runs the
    group), else the whole sentence."""
    top = governing[-1]
    if _aside(top):
        return top.doc[top.left_edge.i : top.right_edge.i + 1]
    return sentence_of(top)


def _detached_present_participle(token: Token) -> bool:
    """'..., préférant lever des fonds', '..., choisissant plutôt Y': a present participle
    after a comma that follows its governing verb, without "en" (a gérondif is a manner of the
    verb, in its scope)."""
    doc = token.doc
    return (
        token.dep_ == "advcl"
        and token.pos_ == "VERB"
        and "Part" in token.morph.get("VerbForm")
        and "Pres" in token.morph.get("Tense")
        and token.i > token.head.i
        and token.left_edge.i > 0
        and doc[token.left_edge.i - 1].text == ","
        and not any(c.dep_ == "mark" for c in token.children)
    )


def _bare_participle(token: Token) -> bool:
    return "Part" in token.morph.get("VerbForm") and not any(
        c.dep_.startswith("aux") for c in token.children
    )


def _apposed_participle(token: Token) -> bool:
    """A participle set off by a comma after the noun it describes ("le fourgon A, conçu par
    Z"), or in an apposition ("Kestria, une PME installée à Roubaix", "Y, un fabricant de
    médicaments basé à Tours"): an aside the main clause's modality does not reach."""
    if token.dep_ in ("xcomp", "advcl") and token.i > token.head.i and _bare_participle(token):
        return _after_named_comma(token)  # "l'embouteilleur Y, finalement tombé dans ..."
    if not (token.dep_ == "acl" and token.i > token.head.i and _bare_participle(token)):
        return False
    doc, noun = token.doc, token.head
    before = token.i - 1  # past "elle aussi", "lui-même", "désormais" ("X, elle aussi installée")
    while before > 0 and (
        doc[before].pos_ in ("ADV", "PRON") or fold(doc[before].text) in _ASIDE_WORDS
    ):
        before -= 1
    if doc[before].text == ",":
        return True
    while noun.dep_ == "nmod" and noun.head.i < noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # "Y, un fabricant de médicaments basé à Tours": the apposed phrase
    opening = noun.left_edge.i
    return (
        noun.dep_ in ("appos", "nmod")
        and noun.head.i < noun.i
        and opening > 0
        and doc[opening - 1].text == ","
    )


def _after_named_comma(token: Token) -> bool:
    """A past participle right after the comma that closes a name (adverbs between), which the
    parse hung on the clause: it describes the name, as an aside."""
    if "Past" not in token.morph.get("Tense"):
        return False
    doc, before = token.doc, token.i - 1
    while before > 0 and doc[before].pos_ == "ADV":
        before -= 1
    return before > 0 and doc[before].text == "," and bool(doc[before - 1].ent_type_)


def _fronted_participle(token: Token) -> bool:
    """A participle that opens the sentence, before a comma and the clause it describes
    ("Dirigé depuis 2018 par X, l'équipementier vise ..."): an aside as well."""
    if not _bare_participle(token) or token.i >= token.head.i:
        return False
    sentence = sentence_of(token)
    return all(t.pos_ == "ADV" for t in sentence[: token.i - sentence.start]) and any(
        t.text == "," for t in token.doc[token.i : token.head.i]
    )


def _conditional_form(token: Token) -> bool:
    """The conditional read from the form when the tagger says imperfect ("figurerait" tagged
    Mood=Ind): the infinitive, or an "-re" infinitive less its "e", then "-ait" / "-aient"
    ("prendrait"); an imperfect drops the infinitive's ending ("figurait", "déclarait")."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    form, lemma = fold(token.text), fold(token.lemma_)
    for ending in ("ait", "aient"):
        if form.endswith(ending) and len(lemma) > 3:
            stem = form[: -len(ending)]
            if stem == lemma or (lemma.endswith("re") and stem == lemma[:-1]):
                return True
    return False


_CONDITIONAL_ENDINGS = ("ais", "ait", "ions", "iez", "aient")


def _tagged_conditional(token: Token) -> bool:
    """Mood=Cnd on a form that can be one: "comprennent" tagged Cnd is a present."""
    return "Cnd" in token.morph.get("Mood") and fold(token.text).endswith(_CONDITIONAL_ENDINGS)


def _conditional(token: Token) -> bool:
    if _tagged_conditional(token) or _conditional_form(token):
        return True
    return any(
        c.dep_ in ("aux", "aux:tense", "aux:pass", "cop")
        and (_tagged_conditional(c) or _conditional_form(c))
        for c in token.children
    )


def _verbal(token: Token) -> bool:
    """A verb, or a verb the tagger read as a noun ("Movéo ne s'approvisionne pas": a noun with
    "ne" of its own); not an adjective or a noun after a copula ("n'a jamais été rentable")."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return token.pos_ == "NOUN" and not any(c.dep_ == "cop" for c in token.children)


_NOT_ONLY = frozenset({"seulement", "uniquement", "simplement", "que", "qu'"})  # folded


def _bare_predicate(token: Token) -> bool:
    """'X n'est plus client de Y', "n'est pas actionnaire de Y": a noun after a copula with no
    determiner of its own, which a "ne ... pas" on it denies (never one with a determiner: "X
    n'est pas le premier client de Y" says X is one, not the first; nor "pas seulement")."""
    children = list(token.children)
    return (
        token.pos_ == "NOUN"
        and any(c.dep_ == "cop" for c in children)
        and not any(c.dep_ == "det" for c in children)
        and not any(fold(c.text) in _NOT_ONLY for c in children)
    )


def _negated(token: Token, particles: frozenset[str]) -> bool:
    """'ne ... pas' on the verb; the particle may hang on another adverb of the verb ("n'équipe
    pas encore": the parser makes "pas" a modifier of "encore"), or be the determiner of its
    subject ("Aucun accord ne lie A et B")."""
    children = list(token.children)
    has_ne = any(fold(c.text) in ("ne", "n'") for c in children)
    adverbs = [g for c in children if c.pos_ == "ADV" for g in c.children if g.i < c.i]
    adverbs += [
        d for c in children if c.dep_.startswith("nsubj") for d in c.children if d.dep_ == "det"
    ]
    has_particle = any(
        fold(c.text) in particles or "Neg" in c.morph.get("Polarity")
        for c in children + adverbs
        if fold(c.text) not in ("ne", "n'") and not _restrictive(c)
    )
    return has_ne and has_particle


def _none_of(token: Token, below: Token | None, particles: frozenset[str]) -> bool:
    """'n'a aucun projet de rachat de Y', 'ne détient aucune part de Y', 'n'a aucune intention
    de racheter Y': "ne" on the verb and the negation as the determiner of its object, the
    object on the way to the trigger (not "n'a aucun doute : il rachètera Y")."""
    return (
        below is not None
        and below.dep_ == "obj"
        and below.head.i == token.i
        and any(fold(c.text) in ("ne", "n'") for c in token.children)
        and any(c.dep_ == "det" and fold(c.text) in particles for c in below.children)
    )


def _infinitive_below(below: Token | None) -> bool:
    """'X compte racheter Y': the word the verb governs on the way to the trigger is an
    infinitive (or a clause under it)."""
    return below is not None and "Inf" in below.morph.get("VerbForm")


def _after_ne(token: Token) -> bool:
    """'ne dément pas', 'n'exclut pas', however the tagger reads the verb."""
    return token.i > 0 and fold(token.doc[token.i - 1].text) in ("ne", "n'")


def _denial_misread(verb: Token, forms: frozenset[str]) -> bool:
    """'Talmor ne dément pas vouloir ...': the tagger reads "dément" as an adverb and hangs
    the negation on the next verb; the word right after its "ne" is the denial negated."""
    doc = verb.doc
    return any(
        fold(c.text) in ("ne", "n'") and c.i + 1 < len(doc) and fold(doc[c.i + 1].text) in forms
        for c in verb.children
    )


def _concealment(verb: Token, phrases: frozenset[str]) -> bool:
    """'cacher', 'dissimuler', 'faire mystère de': a verb that hides what it governs (its
    object noun completes a phrase: "faire (un) mystère", "faire (un) secret")."""
    objects = {fold(c.lemma_) for c in verb.children if c.dep_ == "obj"}
    for phrase in phrases:
        head, _, noun = phrase.partition(" ")
        if head == fold(verb.lemma_) and (not noun or noun in objects):
            return True
    return False


def _restrictive(particle: Token) -> bool:
    """'ne ... plus que 10 %': only, not no longer (the stake is still held)."""
    following = particle.doc[particle.i + 1] if particle.i + 1 < len(particle.doc) else None
    return following is not None and fold(following.text) in ("que", "qu'")


_GOVERNING_DEPS = frozenset(
    {
        "nmod",
        "acl",
        "advcl",
        "xcomp",
        "obl",
        "obl:arg",
        "obl:mod",
        "obj",
        "nsubj",
        "nsubj:pass",
        "ccomp",
        "conj",
        "appos",
        "ROOT",
    }
)


_AIM_MARKERS = frozenset({"pour", "vue", "afin"})


def _talks_aimed_at(verb: Token, governing: list[Token], plans: frozenset[str]) -> bool:
    """'a engagé des négociations avec Y pour une alliance', 'a ouvert des discussions en vue
    d'un rachat': the verb's object is a plan (talks, an offer) and the relation is its aim."""
    if verb.pos_ not in ("VERB", "AUX") or verb not in governing[1:]:
        return False
    below = governing[governing.index(verb) - 1]
    aimed = any(
        c.dep_ in ("case", "mark", "fixed") and fold(c.text) in _AIM_MARKERS
        for c in below.children
    )
    return aimed and any(
        c.dep_ == "obj" and c.i < below.i and _in_lexicon(fold(c.lemma_), plans)
        for c in verb.children
    )


def _direct_governors(governing: list[Token]) -> list[Token]:
    """The governors reached through complements ('projet de rachat', 'négociations pour
    prendre'), not through a list or an example ('des projets tels que son modèle')."""
    direct = [governing[0]]
    for lower, upper in pairwise(governing):
        if lower.dep_ not in _GOVERNING_DEPS:
            break
        direct.append(upper)
    return direct


def _intender(below: Token | None) -> bool:
    """'Le portefeuille de X compte A et B': the active subject of a verb of intention is who
    intends, not what is intended ('X compte racheter Y' and 'X envisage le rachat de Y' stay
    hedged; so does the passive 'le rachat de Y est envisagé')."""
    return below is not None and below.dep_ == "nsubj"


def _nominal_governors(trigger: Token) -> list[Token]:
    """The trigger and the nouns it complements: 'la rupture de son contrat de partenariat'.
    Only through "de" complements and lists: a noun reached by another preposition is a
    circumstance, not what the phrase is about ('la fin d'un recentrage sous l'impulsion de son
    directeur' ends the refocusing, not the director's role)."""
    tokens = [trigger]
    token = trigger
    while (
        token.dep_ in ("nmod", "conj")
        and token.head.pos_ == "NOUN"
        and len(tokens) < 4
        and (token.dep_ == "conj" or all(is_de(c) for c in token.children if c.dep_ == "case"))
    ):
        token = token.head
        tokens.append(token)
    return tokens


_PURPOSE_MARKS = frozenset({"pour", "afin"})


def _planned_purpose(trigger: Token, hedge: dict) -> bool:
    """'X a levé 10 millions pour racheter Y', 'X s'est allié à Z pour racheter Y': a deal that
    is the purpose of what the clause tells is a plan, unless the clause tells its price paid
    ('les 5 millions qu'a dû payer X pour acquérir Y')."""
    if not _purpose(trigger) or fold(trigger.lemma_) not in hedge["purpose_verbs"]:
        return False
    governor = trigger.head
    while governor.dep_ == "xcomp" and governor.head.i != governor.i:
        governor = governor.head  # "qu'a dû payer X pour": the verb under the modal
    paid = hedge["paid_verbs"]
    return fold(governor.lemma_) not in paid and not any(
        fold(c.lemma_) in paid for c in governor.children if c.dep_ == "xcomp"
    )


def _denied_infinitive_before(verb: Token, purpose: Token) -> bool:
    """'X a démenti avoir fait une offre pour racheter Y': the parser hangs the purpose on the
    verb of denial, but an infinitive the verb denies stands between them, and the purpose is
    that infinitive's: what it is for is denied with it ("quitte X pour rejoindre Y" has none,
    and Y is joined)."""
    return any(
        c.dep_ == "xcomp"
        and c.i < purpose.i
        and any("Inf" in t.morph.get("VerbForm") for t in (c, *c.children) if t.i <= c.i)
        for c in verb.children
    )  # "avoir fait": the infinitive is the auxiliary


def _purpose(clause: Token | None) -> bool:
    """An infinitive clause of purpose ("pour rejoindre Y", "afin de prendre la tête de Y"):
    what a verb of leaving or giving up is done for is not given up."""
    return (
        clause is not None
        and clause.pos_ in ("VERB", "AUX")
        and "Inf" in clause.morph.get("VerbForm")
        and any(
            c.dep_ in ("mark", "case") and fold(c.text) in _PURPOSE_MARKS for c in clause.children
        )
    )


def has_completion(tokens: Iterable[Token], cues: dict) -> bool:
    return any(
        (fold(t.lemma_) in cues["completion"]["verbs"] or _court_decision(t, cues))
        and not _conditional(t)
        for t in tokens
    )


def _court_decision(verb: Token, cues: dict) -> bool:
    """'Le tribunal de commerce a retenu l'offre de reprise de X': a court that chooses an
    offer orders the takeover; the same verb with another subject chooses a bidder to talk to."""
    completion = cues["completion"]
    if fold(verb.lemma_) not in completion["court_verbs"]:
        return False
    # "a été retenue jeudi par le tribunal": the parse may hang the agent on the time noun
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "xcomp" for g in c.children)]
    return any(
        t.dep_ in ("nsubj", "obl:agent") and fold(t.lemma_) in completion["court_nouns"]
        for t in near
    )


def _in_lexicon(word: str, lexicon: frozenset[str]) -> bool:
    """Exact, or one typo away for long words ("négiociations" for "négociations")."""
    if word in lexicon:
        return True
    if len(word) < 9:
        return False
    return any(
        abs(len(word) - len(entry)) <= 1 and fuzz.ratio(word, entry) >= 92 for entry in lexicon
    )


def _phrase_in(
    sentence: Span,
    phrases: frozenset[str],
    trigger: Token | None = None,
    estimates: frozenset[str] = frozenset(),
) -> str | None:
    """The hedging phrase the sentence contains, the longest first (a set has no order, and the
    phrase found names the rule: the output must not depend on PYTHONHASHSEED); none in the
    clause of an estimate the trigger is not in ("X a racheté Y pour un montant estimé à 65
    millions d'euros par des sources proches du dossier": the sources vouch for the price)."""
    kept = [t for t in sentence if not t.is_punct]
    if trigger is not None:
        reported = _reported_relative_tail(sentence, trigger)
        kept = [t for t in kept if t.i not in reported]
        for verb in sentence:
            if fold(verb.lemma_) in estimates and trigger not in verb.subtree:
                inside = {t.i for t in verb.subtree}
                kept = [t for t in kept if t.i not in inside]
    text = " " + " ".join(words(" ".join(t.text for t in kept))) + " "
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        if f" {' '.join(words(phrase))} " in text:
            return phrase
    return None


def _reported_relative_tail(sentence: Span, trigger: Token) -> set[int]:
    """'est détenu par le fonds X, qui chercherait à céder sa participation, selon des sources':
    an attribution that closes the sentence right after a relative clause in the conditional
    reports that relative (the conditional is its mark), not the clause the trigger is in."""
    doc = sentence.doc
    for verb in sentence:
        if verb.dep_ != "acl:relcl" or trigger in verb.subtree or not _conditional(verb):
            continue
        comma = verb.right_edge.i + (doc[verb.right_edge.i].text != ",")
        if comma + 1 >= sentence.end or doc[comma].text != ",":
            continue
        if fold(doc[comma + 1].text) not in _ATTRIBUTION_OPENERS:
            continue
        tail = [i for i in range(comma + 1, sentence.end) if not doc[i].is_punct]
        if sum(doc[i].head.i not in tail for i in tail) == 1:  # one phrase, to the end
            return set(tail)
    return set()


_ATTRIBUTION_OPENERS = frozenset({"selon", "d'apres", "apres"})


def _clauses_on(noun: Token) -> list[Token]:
    """The relative clauses on a noun, and a "que" clause right after its comma that the
    parser hung on the verb ("une offre de X, que ses actionnaires n'ont pas retenue")."""
    doc = noun.doc
    clauses = [c for c in noun.children if c.dep_ == "acl:relcl"]
    clauses += [
        c
        for c in noun.head.children
        if c.dep_ == "ccomp"
        and c.i > noun.i
        and fold(doc[c.left_edge.i].text) in ("que", "qu'")
        and doc[c.left_edge.i - 1].text == ","
    ]
    return clauses


def _turned_down(trigger: Token, cues: dict) -> bool:
    """'Y avait reçu une offre de X, à laquelle son conseil n'avait pas donné suite', 'l'offre de
    X, que Y a rejetée': a bid (a hedge noun) that a relative clause on it turns down."""
    if trigger.pos_ != "NOUN" or not _in_lexicon(fold(trigger.lemma_), cues["hedge"]["nouns"]):
        return False
    negation = cues["negation"]
    for clause in _clauses_on(trigger):
        lemma = fold(clause.lemma_)
        if lemma in negation["verbs"] or (
            lemma in cues["declined_verbs"] and _negated(clause, negation["particles"])
        ):
            return True
    return False


def _adverbial(token: Token) -> bool:
    """An adverb, or a bare noun after "en" or "par" ('en revanche', 'par exemple'), or the
    preposition of either ('par ailleurs')."""
    if token.dep_ == "case":
        return _adverbial(token.head) and token.head.i > token.i
    if token.ent_type_:
        return False
    if token.pos_ == "ADV":
        return True
    kids = list(token.children)
    return (
        token.pos_ == "NOUN"
        and not any(c.dep_ == "det" for c in kids)
        and any(c.dep_ == "case" and fold(c.text) in ("en", "par") for c in kids)
    )


def _preceding(trigger: Token, kept: frozenset[str], count: int = 3) -> list[Token]:
    """The `count` words before the trigger, past adverbials (but the words `kept`): 'Datalys
    dément par ailleurs tout projet de rachat', with a verb of denial the tagger read as an
    adverb, reaches the plan as 'dément tout projet' does."""
    start = sentence_of(trigger).start
    found: list[Token] = []
    i = trigger.i - 1
    while i >= start and len(found) < count:
        token = trigger.doc[i]
        if not _adverbial(token) or fold(token.text) in kept:
            found.append(token)
        i -= 1
    return found[::-1]


_QUESTION_HEADS = frozenset({"savoir", "ignorer", "demander", "question", "interroger"})
_NOT_HYPOTHETICAL = frozenset({"meme", "comme"})


def _tense(verb: Token) -> str:
    """The tense of a verb, its auxiliary's for a compound form ("avait racheté": Imp)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux:tense", "aux", "aux:pass")]
    marked = auxiliaries[0] if auxiliaries else verb
    if _tagged_conditional(marked) or _conditional_form(marked):
        return "Cnd"
    if auxiliaries and any(c.dep_ == "aux:tense" for c in auxiliaries) and (
        "Pres" in marked.morph.get("Tense")
    ):
        return "Past"  # a compound past: "si X a racheté Y en 2019" tells a fact
    return next(iter(marked.morph.get("Tense")), "")


def _if_mark(verb: Token, hedge: dict) -> Token | None:
    """The "si" that opens the verb's clause (the parse may hang it on the subject, even as a
    preposition: "Si Talmor rachète Y"), not "même si" nor "comme si"."""
    mark = next(
        (
            c
            for c in verb.subtree
            if c.i < verb.i
            and c.dep_ in ("mark", "case")
            and fold(c.text) in hedge["conditions"]
            and verb in (c.head, c.head.head)
        ),
        None,
    )
    if mark is None or (mark.i > 0 and fold(verb.doc[mark.i - 1].text) in _NOT_HYPOTHETICAL):
        return None
    return mark


def _on_condition(verb: Token, hedge: dict) -> bool:
    """'X rachètera Y si les autorités donnent leur feu vert', 'Si Z accepte, X rachètera Y':
    what is to come on a condition is not yet a fact."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and _tense(verb) == "Fut"
        and any(c.dep_ == "advcl" and _if_mark(c, hedge) is not None for c in verb.children)
    )


def _hypothesis(verb: Token, hedge: dict) -> str | None:
    """A clause opened as a condition or an open question: "si X rachetait Y", "au cas où X
    rachèterait Y", "à supposer que X rachète Y", "la question de savoir si X rachètera Y". A
    "si" with the present counts when what it opens is to come ("si X rachète Y, le marché
    sera ...") or asked ("on ignore si X rachète Y"); never "même si", nor a compound past ("Si
    X a racheté Y en 2019, elle ...": a fact)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = verb.doc
    start = sentence_of(verb).start
    opening = " ".join(words(" ".join(t.text for t in doc[start : verb.left_edge.i + 1])))
    for phrase in hedge["condition_phrases"]:
        if f" {opening}".endswith(f" {' '.join(words(phrase))}"):
            return phrase
    if _if_mark(verb, hedge) is None:
        return None
    tense, head = _tense(verb), verb.head
    if tense in ("Imp", "Cnd", "Fut"):
        return "si"
    future = head.i != verb.i and _tense(head) in ("Fut", "Cnd")
    asked = fold(head.lemma_) in _QUESTION_HEADS
    return "si" if tense == "Pres" and (future or asked) else None


_FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")


def _future_form(token: Token) -> bool:
    """The future read from the form when the tagger says present ("permettra" tagged Pres):
    the infinitive, less the "e" of an "-re" verb, then a future ending."""
    form, lemma = fold(token.text), fold(token.lemma_)
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return len(lemma) > 3 and any(form == stem + ending for ending in _FUTURE_ENDINGS)


def to_come(verb: Token, lexicon: RelationLexicon) -> bool:
    """'P quittera Y en mars', 'va quitter Y': a verb in the future, or under a future
    auxiliary, tells what has not happened yet."""
    return _future(verb, lexicon.cues["hedge"]["future_auxiliaries"])


def _future(verb: Token, auxiliaries: frozenset[str]) -> bool:
    if _tense(verb) == "Fut" or (verb.pos_ == "VERB" and _future_form(verb)):
        return True
    return any(
        c.dep_.startswith("aux") and fold(c.lemma_) in auxiliaries for c in verb.children
    ) or (verb.dep_ == "xcomp" and fold(verb.head.lemma_) in auxiliaries)


def _enabling_to_come(token: Token, below: Token | None, hedge: dict) -> bool:
    """'Cette levée permettra à X de racheter Y', 'doit permettre au groupe de lancer Z', 'va
    servir à racheter Y': an enabling still to come is a plan (of the infinitive it governs,
    not of "servira de base à Z, l'assistant que X proposera"); 'a permis à X de racheter Y'
    tells what was done."""
    if token.pos_ != "VERB" or fold(token.lemma_) not in hedge["enabling_verbs"]:
        return False
    if below is None or not _infinitive_or_controller(below):
        return False
    return _future(token, hedge["future_auxiliaries"])


def _compound_of(noun: Token) -> str | None:
    """'lettre d'intention', 'accord de principe': a noun and the bare "de" complement right
    after it, as the lexicons write such compounds (None without one)."""
    if noun.pos_ != "NOUN" or noun.i + 2 >= len(noun.doc):
        return None
    case, complement = noun.doc[noun.i + 1], noun.doc[noun.i + 2]
    joint = fold(case.text)
    if (
        joint not in ("de", "d'")
        or complement.head.i != noun.i
        or complement.dep_ != "nmod"
        or complement.pos_ != "NOUN"
    ):
        return None
    return f"{fold(noun.lemma_)} {'de ' if joint == 'de' else joint}{fold(complement.lemma_)}"


def _noun_word(token: Token) -> str | None:
    """The noun a token is: its lemma, or its form when the tagger read a determined noun as
    a verb's form ('a relevé son offre sur Y': 'offre' as offrir; 'des visées sur Y')."""
    if token.pos_ == "NOUN":
        return fold(token.lemma_)
    determined = any(c.dep_ == "det" and c.i < token.i for c in token.children)
    if token.pos_ in ("VERB", "ADJ") and determined:
        return fold(token.text)
    return None


def _infinitive_or_controller(token: Token) -> bool:
    """The infinitive an enabling governs, or the noun the parser hung it on ('permettra au
    groupe X d'acquérir Y': 'acquérir' an acl of 'groupe')."""
    return "Inf" in token.morph.get("VerbForm") or any(
        c.dep_ == "acl" and "Inf" in c.morph.get("VerbForm") for c in token.children
    )


def _former_state(token: Token) -> bool:
    """A relational noun whose copula is in the imperfect tells a state that is over: "Ostra,
    dont il était l'unique actionnaire", "Talmor, qui était alors le premier client de Y"; not
    in reported speech ("a indiqué que Talmor était ...": the tense follows the verb of saying)."""
    if token.pos_ not in ("NOUN", "ADJ") or token.dep_ == "ccomp":
        return False
    return any(
        c.dep_ == "cop" and "Imp" in c.morph.get("Tense") and not _conditional(c)
        for c in token.children
    )


def _until_now(verb: Token) -> bool:
    """'Y était jusqu'ici détenu par X', 'X contrôlait jusqu'alors Y', 'Y, jusqu'ici détenue par
    X, change de mains': a state in the imperfect, or a participle's, said to last until now
    is over. The adverb right before a participle is the participle's, wherever the parse
    hangs it ("a racheté Y, jusqu'ici détenue par X": the holding is over, not the purchase)."""
    participle = "Part" in verb.morph.get("VerbForm") and _tense(verb) == "Past"
    if verb.pos_ != "VERB" or verb.dep_ == "ccomp" or not (_tense(verb) == "Imp" or participle):
        return False
    doc = verb.doc
    near = [*verb.children, *([doc[verb.i - 1]] if verb.i > 0 else [])]
    return any(
        fold(c.text) in ("ici", "alors", "la")
        and c.i > 0
        and fold(doc[c.i - 1].text) in ("jusqu'", "jusque")
        and (
            c.i + 1 == verb.i
            or c.i + 1 >= len(doc)
            or "Part" not in doc[c.i + 1].morph.get("VerbForm")
        )
        for c in near
    )


def _counted_until_now(noun: Token) -> bool:
    """'Jusqu'ici, Y comptait parmi ses actionnaires le fonds X': a role noun complement of a
    verb in the imperfect said to last until now (the count is over, and the role with it)."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in ("obl:arg", "obl", "obl:mod", "obj")
        and noun.head.i != noun.i
        and _until_now(noun.head)
    )


def _state_over(verb: Token, cues: dict, lasting: bool = False) -> bool:
    """'qui a longtemps travaillé chez Y', 'avait présidé Y', 'travaillait pour Y': a verb of a
    lasting role (a state verb of the cues, or any verb of a `lasting` frame) in a compound
    past or the imperfect; not a bare participle ('Y, dirigé par X'), nor under a verb of
    saying ("a indiqué que X travaillait ...": the tense follows it)."""
    if verb.pos_ != "VERB" or verb.dep_ == "ccomp":
        return False
    if not lasting and fold(verb.lemma_) not in cues["past"]["state_verbs"]:  # folded at load
        return False
    still = cues["past"]["still_words"]
    if any(fold(c.text) in still for c in verb.children):  # "travaillaient déjà ensemble"
        return False
    return _told_as_past(verb)


def _told_as_past(verb: Token) -> bool:
    """A verb in the imperfect ("détenait", also when tagged a present) or a compound past."""
    tense = _tense(verb)
    compound = any(c.dep_ == "aux:tense" for c in verb.children)
    imperfect = not compound and fold(verb.text).endswith(("ait", "aient"))  # mis-tagged Pres
    return tense == "Imp" or (tense == "Past" and compound) or (tense != "Cnd" and imperfect)


def _stake_sold(trigger: Token, lexicon: RelationLexicon) -> bool:
    """'La famille X, actionnaire majoritaire de Y, a cédé ses titres au groupe Z', 'Le fonds
    X, premier actionnaire de Y, vient de vendre sa participation', '... réalise sa sortie': a
    holder named before the verb that sells its whole stake (a possessive stake, no share
    counted), or leaves the capital, holds it no more."""
    past = lexicon.cues["past"]
    if fold(trigger.lemma_) not in past["stake_holders"]:
        return False
    root = sentence_of(trigger).root
    for verb in [root, *(c for c in root.children if c.dep_ == "xcomp")]:
        if verb.i > trigger.i and _exit(verb, past) and not to_come(verb, lexicon):
            return not any(fold(c.text) in ("ne", "n'", "pas") for c in verb.children)
        if verb.i < trigger.i or fold(verb.lemma_) not in lexicon.stake_sale_words:
            continue
        for obj in (c for c in verb.children if c.dep_ == "obj"):
            phrase = list(obj.subtree)
            if any(t.pos_ == "NUM" or t.text == "%" for t in phrase):
                return False  # "a cédé 20 % de ses parts": a part of it
            if any(
                fold(t.text) in past["stakes"]
                and any(fold(d.text) in ("sa", "ses", "leur", "leurs") for d in t.children)
                for t in phrase
            ):
                return True
    return False


def _exit(verb: Token, past: dict) -> bool:
    """'sort du capital', 'réalise sa sortie': a holder leaves the capital (not 'prépare sa
    sortie', a plan)."""
    if fold(verb.lemma_) in past["exit_verbs"]:
        return True
    return fold(verb.lemma_) in past["exit_done_verbs"] and any(
        c.dep_ == "obj"
        and fold(c.lemma_) in past["exit_nouns"]
        and any(fold(d.text) in ("sa", "leur") for d in c.children)
        for c in verb.children
    )


def _holding_sold(trigger: Token, lexicon: RelationLexicon) -> bool:
    """'X a cédé au fonds V la participation qu'il détenait dans Y', 'a vendu les 30 % qu'il
    possédait dans Y': a holding told in the past in a relative on the stake a verb of sale
    sells is over (not "souhaite céder les 20 % qu'il détient dans Y": still held)."""
    stake = trigger.head
    return (
        trigger.dep_ == "acl:relcl"
        and trigger.pos_ == "VERB"
        and _told_as_past(trigger)
        and (fold(stake.text) in lexicon.cues["past"]["stakes"] or stake.text == "%")
        and stake.dep_ == "obj"
        and fold(stake.head.lemma_) in lexicon.stake_sale_words
    )


def _seller_held(trigger: Token, lexicon: RelationLexicon) -> bool:
    """'Le vendeur, X, était entré au capital de Y en 2018': a stake told in the past by a
    subject the text calls the seller (`seller_nouns`) is over."""
    past = lexicon.cues["past"]
    return (
        trigger.pos_ == "VERB"
        and _told_as_past(trigger)
        and any(
            c.dep_ == "nsubj" and {fold(c.lemma_), fold(c.text)} & set(past["seller_nouns"])
            for c in trigger.children
        )
        and any(fold(c.text) in past["stakes"] for c in trigger.children)
    )


# what may stand between a clitic or relative object and its verb: "qu'il a résilié",
# "avant que X ne le rompe"
_BETWEEN_OBJECT_AND_VERB = frozenset(
    {"ne", "n'", "a", "ont", "avait", "avaient", "il", "elle", "ils", "elles", "on"}
)


def _broken_after(trigger: Token, past: dict) -> bool:
    """'Les deux sociétés avaient noué un partenariat ..., avant que X ne le rompe', 'X avait
    signé un contrat avec Y, qu'il a résilié en 2022': a verb of breaking after the trigger, in
    the same sentence, whose object is a clitic or a relative pronoun taking up the tie, says
    the tie is over. Read on the words (the tagger often takes "rompe" for a noun)."""
    doc = trigger.doc
    for verb in doc[trigger.i + 1 : sentence_of(trigger).end]:
        if fold(verb.lemma_) not in past["breaking_verbs"]:
            continue
        before = verb.i - 1
        while before > trigger.i and (
            fold(doc[before].text) in _BETWEEN_OBJECT_AND_VERB or doc[before].ent_type_
        ):
            before -= 1
        if before > trigger.i and fold(doc[before].text) in ("le", "la", "l'", "qu'", "que"):
            return True
    return False


def _cancelled_after(trigger: Token, negation: dict) -> str | None:
    """'X a attribué un marché au coréen Y, annulé depuis pour vice de procédure': a participle
    of failure set off by a comma after the trigger, which the parse hangs on the trigger or
    one of its words, says the deal was undone (whichever word it agrees with; not a verb of
    its own clause with an object, "X a racheté Y, annulé la vente de Z", nor a skill, "Y,
    rompue aux marchés publics")."""
    for participle in trigger.subtree:
        if (
            participle.i > trigger.i
            and participle.dep_ in ("acl", "advcl", "conj", "amod")
            and fold(participle.text) in negation["adjectives"]
            and trigger.doc[participle.i - 1].text == ","
            and not any(
                c.dep_ == "obj"
                or any(fold(k.text) in ("a", "au", "aux") for k in c.children if k.dep_ == "case")
                for c in participle.children
            )
        ):
            return fold(participle.text)
    return None


def _client_gone(trigger: Token, past: dict, lexicon: RelationLexicon) -> bool:
    """'depuis que son principal client, le distributeur Y, a basculé vers les appareils de
    Z', 'Son premier client, Y, a quitté X': a client noun, the subject of a verb that takes
    the client elsewhere (with "vers" or "chez" after it) or away, names a former client."""
    if fold(trigger.lemma_) not in past.get("client_nouns", ()) or not trigger.dep_.startswith(
        "nsubj"
    ):
        return False
    verb = trigger.head
    if verb.i < trigger.i or to_come(verb, lexicon):
        return False
    if any(fold(c.text) in ("ne", "n'", "pas") for c in verb.children):
        return False
    lemma = fold(verb.lemma_)
    if lemma in past.get("leave_verbs", ()):
        return True
    after = {fold(t.text) for t in verb.doc[verb.i + 1 : min(verb.i + 6, len(verb.doc))]}
    return lemma in past.get("switch_verbs", ()) and bool(after & {"vers", "chez"})


def _lost(trigger: Token, negation: dict) -> str | None:
    """A tie whose noun is what a loss takes away: 'X a perdu son principal client, Y', 'X a
    perdu Y, son principal client', 's'est séparé de son partenaire Y', 'a perdu le contrat
    de Y'; not a noun a loss merely mentions ('a perdu des parts de marché face à son rival Y'),
    nor a verb of its own clause ('Elle remplace P, qui dirigeait X': P's role is over, not
    denied)."""
    if trigger.pos_ == "VERB":
        return None
    if fold(trigger.lemma_) in negation["kept_units"]:
        return None  # "se sépare de sa filiale Y": still its unit as the text speaks of it
    noun = trigger
    if noun.dep_ == "appos" and noun.head.i < noun.i:
        noun = noun.head  # "a perdu Vexin, son principal client"
    elif (
        noun.dep_ in ("amod", "nmod")
        and noun.head.i == noun.i - 1
        and not any(c.dep_ == "case" for c in noun.children)
    ):
        noun = noun.head  # "a perdu 800 entreprises clientes": the noun it qualifies is lost
    verb = noun.head
    if _loss_verb(verb, negation) and verb.i < noun.i:
        cases = [fold(c.text) for c in noun.children if c.dep_ == "case"]
        direct = noun.dep_ == "obj" and not cases
        linked = noun.dep_.startswith("obl") and any(c in _LOSS_LINKS for c in cases)
        if direct or linked:
            return fold(verb.lemma_)
    verb = _verb_before(trigger)  # "séparée en mars de son partenaire", parsed on "mars"
    return fold(verb.lemma_) if verb is not None and _loss_verb(verb, negation) else None


_LOSS_LINKS = frozenset({"de", "d'", "avec"})


def _agreed_purpose(trigger: Token, nouns: Iterable[str]) -> str | None:
    """'X a signé un accord pour racheter Y': the infinitive of purpose of a clause whose object
    is an agreement (or of the agreement noun itself) states what was agreed, not done."""
    if "Inf" not in trigger.morph.get("VerbForm") or not any(
        c.dep_ == "mark" and fold(c.text) in ("pour", "afin") for c in trigger.children
    ):
        return None
    head = trigger.head
    objects = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "obj"]
    wanted = {fold(n) for n in nouns}
    for noun in objects:
        phrase = fold(noun.lemma_)
        following = noun.doc[noun.i + 1 : noun.i + 3]
        longer = " ".join([phrase, *(fold(t.text) for t in following)])
        if phrase in wanted or any(longer.startswith(w) for w in wanted if " " in w):
            return phrase
    return None


@cache
def _phrase_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """Phrases of the cues as `words` spells them, read once."""
    return frozenset(" ".join(words(p)) for p in phrases)


def _failed_candidate(trigger: Token, negation: dict) -> bool:
    """A deal noun in the "à" complement of a candidate called unsuccessful ("candidat
    malheureux l'an dernier à la reprise de Y", "prétendante malheureuse, en 2023, au rachat
    de Y"), however far the adverbials put the adjective from the deal's noun."""
    if trigger.pos_ != "NOUN" or not trigger.dep_.startswith(("obl", "nmod")):
        return False
    if not any(c.dep_ == "case" and fold(c.text) in ("a", "au", "aux") for c in trigger.children):
        return False
    holder = trigger.head
    return holder.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "fixed") and fold(c.text) in negation["adjectives"]
        for c in holder.children
    )


def _failed(governing: list[Token], negation: dict) -> str | None:
    """The failure phrase hung on a word of the chain ("sans succès" under "racheter", "en
    vain" under "tenté"), or a giving up that followed ("était candidat, avant de renoncer",
    "avant de jeter l'éponge"): the whole of one of its dependents, not words elsewhere in the
    sentence ("X, qui avait tenté sans succès de racheter Y, a acquis Z" fails no Z)."""
    wanted = _phrase_words(tuple(negation.get("failure_phrases", ())))
    openers = {phrase.split()[0] for phrase in wanted}
    for token in governing:
        for child in token.children:
            after = child.dep_ == "advcl" and any(
                m.dep_ == "mark" and fold(m.text) == "avant" for m in child.children
            )
            if not after and fold(child.left_edge.text) not in openers:
                continue  # no phrase opens here: its words are not read
            said = " ".join(words(" ".join(t.text for t in child.subtree)))
            if said in wanted:
                return said
            if after and (
                fold(child.lemma_) in negation.get("giving_up_verbs", ())
                or said.removeprefix("avant de ").removeprefix("avant d' ") in wanted
            ):
                return f"avant de {fold(child.lemma_)}"
    return None


def _bidder_gave_up(trigger: Token, negation: dict) -> str | None:
    """'une offre du groupe M, qui avait finalement renoncé à son acquisition': a relative on
    a deal noun's own "de" complement (its bidder) that gives it up ('la cible d'une offre du
    fonds K, qui a retiré sa proposition': on the complement of the noun's complement)."""
    if trigger.pos_ != "NOUN":
        return None
    owned = [c for c in trigger.children if c.dep_ == "nmod"]
    for bidder in [*owned, *(g for c in owned for g in c.children if g.dep_ == "nmod")]:
        if not any(is_de(c) for c in bidder.children):
            continue
        for relative in bidder.children:
            if relative.dep_ == "acl:relcl" and fold(relative.lemma_) in negation.get(
                "giving_up_verbs", ()
            ):
                return f"qui {fold(relative.lemma_)}"
    return None


def _loss_verb(verb: Token, negation: dict) -> bool:
    return (
        verb.pos_ == "VERB"
        and fold(verb.lemma_) in negation["loss_verbs"]
        and not _negated(verb, negation["particles"])
    )


def _denied_after(trigger: Token, negation: dict) -> str | None:
    """'X chercherait à racheter Y, ce que le groupe a démenti': a "ce que" relative that takes
    up the clause before it with a verb of denial negates that clause (its lemma, else None);
    the relative must follow the trigger's clause with no finite verb between them."""
    sentence = sentence_of(trigger)
    doc = trigger.doc
    for i in range(trigger.i + 1, sentence.end - 1):
        token = doc[i]
        if "Fin" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX"):
            return None
        if token.text == "," and fold(doc[i + 1].text) in ("une", "un", "la", "le", "l'"):
            denied = _denied_report(doc[i + 2 : min(sentence.end, i + 9)], negation)
            if denied:
                return denied
        if fold(token.text) != "ce" or fold(doc[i + 1].text) not in ("que", "qu'"):
            continue
        for verb in doc[i + 2 : min(sentence.end, i + 9)]:
            if fold(verb.text) in negation["verb_forms"] and not _negated(
                verb, negation["particles"]
            ):
                return fold(verb.text)  # "ce que dément la direction", "dément" read as ADJ
            if verb.pos_ != "VERB":
                continue
            lemma = fold(verb.lemma_)
            if lemma in negation.get("relative_denials", ()) and not _negated(
                verb, negation["particles"]
            ):
                return lemma
            return None
        return None
    return None


def _denied_report(after: Span, negation: dict) -> str | None:
    """', une information aussitôt démentie par Z', ', une rumeur que le groupe dément': a
    report noun apposed to the clause before it, denied by the participle or the relative that
    follows it (the denial's word, else None)."""
    nouns = negation.get("denied_report_nouns", ())
    # the form too: after its article, "offre" may be tagged the verb "offrir"
    if not len(after) or not {fold(after[0].lemma_), fold(after[0].text)} & set(nouns):
        return None
    for token in after[1:]:
        if token.text == "," or fold(token.text) in ("mais", "et"):
            return None
        word = fold(token.text)
        denial = word in negation["verb_forms"] or (
            token.pos_ == "VERB" and fold(token.lemma_) in negation.get("relative_denials", ())
        )
        if denial and not _negated(token, negation["particles"]) and not _no_comment(token):
            return word
    return None


_COMMENTING = frozenset({"commenter", "confirmer", "exprimer", "reagir", "repondre"})


def _no_comment(token: Token) -> bool:
    """'une information que son porte-parole s'est refusé à commenter': refusing to comment
    denies nothing."""
    return any(
        fold(t.lemma_) in _COMMENTING for t in token.doc[token.i + 1 : token.i + 4]
    )


def _verb_before(noun: Token) -> Token | None:
    """The verb a noun phrase follows in word order, past its "de" or "avec" and the
    adverbials between them ("séparée en mars de son partenaire"), or past the name it is
    apposed to ("a perdu au printemps le distributeur Y, son client le plus important")."""
    doc, start = noun.doc, sentence_of(noun).start
    i = noun.left_edge.i
    if fold(doc[i].text) in _LOSS_LINKS:
        i -= 1
    elif i > start and fold(doc[i - 1].text) in _LOSS_LINKS:
        i -= 2
    elif i > start and doc[i - 1].text == ",":
        i = _before_name(doc, i - 2, start)
        if i is None:
            return None
    else:
        return None
    while i > start and (_adverbial(doc[i]) or doc[i].pos_ == "ADV" or _bare_time(doc[i])):
        i -= 1
    return doc[i] if i >= start and doc[i].pos_ == "VERB" else None


def _before_name(doc: Doc, i: int, start: int) -> int | None:
    """The index before the named phrase ending at `i` ("le distributeur Y"), if one does."""
    if i < start or not doc[i].ent_type_:
        return None
    while i > start and (doc[i].ent_type_ or _descriptor_word(doc[i])):
        i -= 1
    return i


def _descriptor_word(token: Token) -> bool:
    return token.pos_ in ("DET", "ADJ") or (token.pos_ == "NOUN" and token.is_lower)


def _bare_time(token: Token) -> bool:
    """'au printemps', 'en mars', the preposition of either: a circumstance, no article."""
    if token.dep_ == "case" and token.head.i == token.i + 1:
        return _bare_time(token.head)
    kids = list(token.children)
    return (
        token.pos_ == "NOUN"
        and not token.ent_type_
        and not any(c.dep_ == "det" for c in kids)
        and any(c.dep_ == "case" and c.i == token.i - 1 for c in kids)
    )


def assess(
    trigger: Token, lexicon: RelationLexicon, *, presupposed: bool = False, lasting: bool = False
) -> Assessment:
    """Certainty and time of what `trigger` states (`lasting`: the trigger is a verb of a
    lasting role whatever its lemma, see `_state_over`).

    A relation stated inside a noun phrase ("son rival Oracle", "le patron de SAP, Henning
    Kagermann", "ses véhicules comme la R5") is presupposed: the modality of the clause around
    it (conditional, attribution, negation of the verb) does not reach it, only the words of
    the phrase itself do ("son ancien rival", "l'ex-PDG").
    """
    cues = lexicon.cues
    hedge, negation = cues["hedge"], cues["negation"]
    governing = _nominal_governors(trigger) if presupposed else chain(trigger)
    found: list[str] = []
    negated = hedged = past = False
    if fold(trigger.text).startswith("ex-"):  # "Vexa, ex-filiale du groupe Talmor"
        past = True
        found.append("past:ex-")
    if presupposed and _counted_until_now(trigger):
        past = True  # "Jusqu'ici, Y comptait parmi ses actionnaires le fonds X"
        found.append("past:until-now")
    completed = has_completion(governing, cues)
    if not presupposed and _planned_purpose(trigger, hedge):
        hedged = True  # "X a levé 10 millions pour racheter Y": a plan
        found.append("purpose")
    direct = _direct_governors(governing)
    # "celui-ci a refusé l'offre, préférant lever 15 millions auprès de X": what a detached
    # present participle states is the choice made instead, out of reach of a denial above it
    detached = next((i for i, t in enumerate(governing) if _detached_present_participle(t)), None)
    unreached = {t.i for t in governing[detached + 1 :]} if detached is not None else set()
    misread_main = (  # "P, ancien ingénieur de Z, dirige Y": a finite verb hung on a noun
        trigger.pos_ == "VERB"
        and "Fin" in trigger.morph.get("VerbForm")
        and trigger.dep_ == "acl"
        and trigger.head.pos_ == "NOUN"
    )
    for below, token in zip([None, *governing], governing, strict=False):
        lemma = fold(token.lemma_)
        coordinate, own_tense = _coordinate_head(token, below)
        supposed = None if presupposed else _hypothesis(token, hedge)
        if not presupposed and _on_condition(token, hedge):
            supposed = "si"
        if supposed:
            hedged = True
            found.append(f"condition:{supposed}")
        if token.i == trigger.i and _former_state(token):
            past = True
            found.append("past:imperfect")
        if token.i == trigger.i and _state_over(token, cues, lasting):
            past = True
            found.append(f"past:{lemma}")
        if token.i == trigger.i and _until_now(token):
            past = True
            found.append("past:until-now")
        if token.i != trigger.i and _enabling_to_come(token, below, hedge):
            hedged = True
            found.append(f"enabling:{lemma}")
        predicate = token.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "cop" for c in token.children)
        if (token.pos_ in ("VERB", "AUX") or predicate) and _conditional(token) and not own_tense:
            hedged = True
            found.append(f"conditional:{token.text}")
        form = fold(token.text)
        denial = (
            (lemma in negation["verbs"] or form in negation["verb_forms"])
            and token.i != trigger.i
            and (token.pos_ in ("VERB", "AUX") or form in negation["verb_forms"])
            and not (_purpose(below) and not _denied_infinitive_before(token, below))
            and not coordinate  # "X cède A et reprend B": B is bought
        )
        denied = (
            (_verbal(token) or (token.i == trigger.i and _bare_predicate(token)))
            and (
                _negated(token, negation["particles"])
                or _none_of(token, below, negation["particles"])
            )
            and not own_tense
        )
        if denied and (
            denial
            or _concealment(token, negation["concealment_verbs"])
            or _denial_misread(token, negation["verb_forms"])
        ):
            # "X n'exclut pas de racheter Y", "ne dément pas", "ne cache pas son intention de":
            # a denial or a concealment denied leaves the question open, it states no refusal
            hedged = True
            found.append(f"open:{lemma}")
        elif denied and lemma in negation["extent_verbs"] and token.i != trigger.i:
            found.append(f"extent:{lemma}")  # "ne se limite pas à": the tie, and more
        elif denied and lemma in cues["unconfirmed_verbs"]:
            hedged = True
            found.append(f"unconfirmed:{token.text}")
        elif denied and token.i not in unreached:
            negated = True
            found.append(f"negation:{token.text}")
        elif denial and token.i not in unreached:
            negated = True
            found.append(f"denial:{lemma}")
        if lemma in negation["nouns"] and token.pos_ == "NOUN" and token in direct:
            negated = True
            found.append(f"denial:{lemma}")
        if (
            lemma in hedge["verbs"]
            and token.pos_ in ("VERB", "AUX")
            and token.i != trigger.i
            and not coordinate
            and not _intender(below)
            and not (lemma in hedge["infinitive_verbs"] and not _infinitive_below(below))
        ) or (token.i == trigger.i and lemma in hedge["coveting_verbs"]):
            hedged = True
            found.append(f"intention:{lemma}")
        noun = _noun_word(token)
        if (
            noun is not None
            and (
                (_in_lexicon(noun, hedge["nouns"]) and not completed)
                # the trigger a compound of its own: "a signé une lettre d'intention avec Y"
                # signs the letter, the deal is still to come
                or (token.i == trigger.i and _compound_of(token) in hedge["nouns"])
            )
            and token in direct
            and not (presupposed and token.i != trigger.i)  # "une OPA sur sa rivale X"
        ):
            hedged = True
            found.append(f"plan:{noun}")
        if token.pos_ in ("VERB", "AUX") and not completed:
            for child in (
                token.children
            ):  # "entrer en négociations exclusives pour ...", "être en discussions"
                if (
                    child.dep_ in ("obl", "obl:arg", "obl:mod")
                    and child.i < trigger.i
                    and _in_lexicon(fold(child.lemma_), hedge["nouns"])
                    and any(fold(c.text) == "en" for c in child.children if c.dep_ == "case")
                ):
                    hedged = True
                    found.append(f"plan:{fold(child.lemma_)}")
        if not completed and _talks_aimed_at(token, governing, hedge["nouns"]):
            hedged = True  # "a engagé des négociations avec Y pour une alliance"
            found.append("plan:aim")
        for child in token.children:
            if child.dep_ not in ("amod", "advmod", "nmod", "acl"):
                continue
            word = fold(child.text)
            if word in hedge["adjectives"] and not completed:
                hedged = True
                found.append(f"modality:{word}")
            if word in negation["adjectives"]:
                negated = True
                found.append(f"failure:{word}")
            if (
                word in cues["past"]["modifiers"]
                and not any(child.children)
                and not (token.i != trigger.i and misread_main)
            ):
                # (not "Ancien de McKinsey, X dirige Y": a phrase of its own, about the past
                # elsewhere; nor "P, ancien ingénieur de Z, dirige Y" with "dirige" hung on
                # the title as a relative: the main verb is not the title's)
                past = True
                found.append(f"past:{word}")
    kept = negation["verb_forms"] | negation["adjectives"] | cues["past"]["modifiers"]
    for token in _preceding(trigger, kept):
        word = fold(token.text)
        if word in negation["adjectives"] and token.pos_ in ("ADJ", "NOUN", "VERB"):
            negated = True  # "candidat malheureux au rachat"
            found.append(f"failure:{word}")
        if word in negation["verb_forms"] and not presupposed and not _after_ne(token):
            negated = True  # "Orange dément avoir racheté", with "dément" read as an adjective
            found.append(f"denial:{word}")
        if word in cues["past"]["modifiers"] and not past:
            past = True  # "Kestria, autrefois basée à Lyon", however the parse hangs "autrefois"
            found.append(f"past:{word}")
    if not negated and _failed_candidate(trigger, negation):
        negated = True  # "candidat malheureux l'an dernier à la reprise de Y"
        found.append("failure:candidate")
    misread_denial = next(  # "Talmor dément toute discussion ... en vue d'un rapprochement":
        (  # a verb of denial before the trigger the tagger read as an adverb or an adjective
            t
            for t in trigger.doc[sentence_of(trigger).start : trigger.i]
            if t.pos_ in ("ADV", "ADJ")
            and fold(t.text) in negation["verb_forms"]
            and not _after_ne(t)
        ),
        None,
    )
    if misread_denial is not None and not presupposed and not negated:
        negated = True
        found.append(f"denial:{fold(misread_denial.text)}")
    if _broken_after(trigger, cues["past"]):
        past = True
        found.append("past:broken")
    cancelled = None if negated else _cancelled_after(trigger, negation)
    if cancelled is not None:
        negated = True
        found.append(f"failure:{cancelled}")
    if _client_gone(trigger, cues["past"], lexicon):
        past = True
        found.append("past:client-gone")
    if (
        _stake_sold(trigger, lexicon)
        or _holding_sold(trigger, lexicon)
        or _seller_held(trigger, lexicon)
    ):
        past = True
        found.append("past:stake-sold")
    agreement = _agreed_purpose(trigger, hedge.get("agreement_nouns", ()))
    if agreement and not presupposed:
        hedged = True
        found.append(f"agreement:{agreement}")
    loss = _lost(trigger, negation)
    if loss:
        negated = True
        found.append(f"loss:{loss}")
    failure = _failed(governing, negation) or _bidder_gave_up(trigger, negation)
    if failure:
        negated = True
        found.append(f"failure:{failure}")
    if _turned_down(trigger, cues):
        negated = True
        found.append("declined")
    denier = None if presupposed else _denied_after(trigger, negation)
    if denier:
        negated = True
        found.append(f"denied-after:{denier}")
    phrase = None if presupposed else _phrase_in(
        _scope(governing), hedge["phrases"], trigger, hedge["estimate_verbs"]
    )
    if phrase:
        hedged = True
        found.append(f"phrase:{phrase}")
    if negated:
        return Assessment(Certainty.NEGATED, past, tuple(found))
    if hedged:
        return Assessment(Certainty.HEDGED, past, tuple(found))
    return Assessment(Certainty.ASSERTED, past, tuple(found))
