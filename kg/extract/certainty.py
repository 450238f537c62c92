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
from itertools import pairwise

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

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


def _relative(token: Token) -> bool:
    """The verb of a relative clause: "..., qui a accepté l'offre de J&J" is asserted whatever
    the main clause says."""
    return token.dep_ == "acl:relcl" or any(
        "Rel" in c.morph.get("PronType") and c.dep_ in ("nsubj", "obj", "nsubj:pass")
        for c in token.children
    )


def _aside(token: Token) -> bool:
    """A relative clause or an apposed participle ("ne comprend pas le fourgon A, conçu par Z":
    Z designed A whatever A's fate): what it states is out of reach of the main clause."""
    return token.head.i != token.i and (
        _relative(token) or _apposed_participle(token) or _fronted_participle(token)
    )


def _scope(governing: list[Token]) -> Span:
    """Where a hedging phrase counts: the aside the chain stops at ("Le groupe, dirigé par X,
    reste en discussions en vue de la cession de ...": the talks do not hedge who runs the
    group), else the whole sentence."""
    top = governing[-1]
    if _aside(top):
        return top.doc[top.left_edge.i : top.right_edge.i + 1]
    return sentence_of(top)


def _bare_participle(token: Token) -> bool:
    return "Part" in token.morph.get("VerbForm") and not any(
        c.dep_.startswith("aux") for c in token.children
    )


def _apposed_participle(token: Token) -> bool:
    """A participle set off by a comma after the noun it describes ("le fourgon A, conçu par
    Z"), or in an apposition ("Kestria, une PME installée à Roubaix"): an aside the main
    clause's modality does not reach."""
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
    opening = noun.left_edge.i
    return (
        noun.dep_ in ("appos", "nmod")
        and noun.head.i < noun.i
        and opening > 0
        and doc[opening - 1].text == ","
    )


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


def _conditional(token: Token) -> bool:
    if "Cnd" in token.morph.get("Mood") or _conditional_form(token):
        return True
    return any(
        c.dep_ in ("aux", "aux:tense", "aux:pass", "cop")
        and ("Cnd" in c.morph.get("Mood") or _conditional_form(c))
        for c in token.children
    )


def _verbal(token: Token) -> bool:
    """A verb, or a verb the tagger read as a noun ("Movéo ne s'approvisionne pas": a noun with
    "ne" of its own); not an adjective or a noun after a copula ("n'a jamais été rentable")."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return token.pos_ == "NOUN" and not any(c.dep_ == "cop" for c in token.children)


def _negated(token: Token, particles: frozenset[str]) -> bool:
    """'ne ... pas' on the verb; the particle may hang on another adverb of the verb ("n'équipe
    pas encore": the parser makes "pas" a modifier of "encore")."""
    children = list(token.children)
    has_ne = any(fold(c.text) in ("ne", "n'") for c in children)
    adverbs = [g for c in children if c.pos_ == "ADV" for g in c.children if g.i < c.i]
    has_particle = any(
        fold(c.text) in particles or "Neg" in c.morph.get("Polarity")
        for c in children + adverbs
        if fold(c.text) not in ("ne", "n'") and not _restrictive(c)
    )
    return has_ne and has_particle


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


def has_completion(tokens: Iterable[Token], cues: dict) -> bool:
    return any(
        fold(t.lemma_) in cues["completion"]["verbs"] and not _conditional(t) for t in tokens
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


def _phrase_in(sentence: Span, phrases: frozenset[str]) -> str | None:
    """The hedging phrase the sentence contains, the longest first (a set has no order, and the
    phrase found names the rule: the output must not depend on PYTHONHASHSEED)."""
    text = " " + " ".join(words(" ".join(t.text for t in sentence if not t.is_punct))) + " "
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        if f" {' '.join(words(phrase))} " in text:
            return phrase
    return None


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


def assess(trigger: Token, lexicon: RelationLexicon, *, presupposed: bool = False) -> Assessment:
    """Certainty and time of what `trigger` states.

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
    completed = has_completion(governing, cues)
    direct = _direct_governors(governing)
    for below, token in zip([None, *governing], governing, strict=False):
        lemma = fold(token.lemma_)
        predicate = token.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "cop" for c in token.children)
        if (token.pos_ in ("VERB", "AUX") or predicate) and _conditional(token):
            hedged = True
            found.append(f"conditional:{token.text}")
        if _verbal(token) and _negated(token, negation["particles"]):
            if lemma in cues["unconfirmed_verbs"]:
                hedged = True
                found.append(f"unconfirmed:{token.text}")
            else:
                negated = True
                found.append(f"negation:{token.text}")
        form = fold(token.text)
        if (
            (lemma in negation["verbs"] or form in negation["verb_forms"])
            and token.i != trigger.i
            and (token.pos_ in ("VERB", "AUX") or form in negation["verb_forms"])
        ):
            negated = True
            found.append(f"denial:{lemma}")
        if lemma in negation["nouns"] and token.pos_ == "NOUN" and token in direct:
            negated = True
            found.append(f"denial:{lemma}")
        if (
            lemma in hedge["verbs"]
            and token.pos_ in ("VERB", "AUX")
            and token.i != trigger.i
            and not _intender(below)
        ):
            hedged = True
            found.append(f"intention:{lemma}")
        if (
            _in_lexicon(lemma, hedge["nouns"])
            and token.pos_ == "NOUN"
            and not completed
            and token in direct
            and not (presupposed and token.i != trigger.i)  # "une OPA sur sa rivale X"
        ):
            hedged = True
            found.append(f"plan:{lemma}")
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
            if word in cues["past"]["modifiers"]:
                past = True
                found.append(f"past:{word}")
    kept = negation["verb_forms"] | negation["adjectives"] | cues["past"]["modifiers"]
    for token in _preceding(trigger, kept):
        word = fold(token.text)
        if word in negation["adjectives"] and token.pos_ in ("ADJ", "NOUN", "VERB"):
            negated = True  # "candidat malheureux au rachat"
            found.append(f"failure:{word}")
        if word in negation["verb_forms"] and not presupposed:
            negated = True  # "Orange dément avoir racheté", with "dément" read as an adjective
            found.append(f"denial:{word}")
        if word in cues["past"]["modifiers"] and not past:
            past = True  # "Kestria, autrefois basée à Lyon", however the parse hangs "autrefois"
            found.append(f"past:{word}")
    if _turned_down(trigger, cues):
        negated = True
        found.append("declined")
    phrase = None if presupposed else _phrase_in(_scope(governing), hedge["phrases"])
    if phrase:
        hedged = True
        found.append(f"phrase:{phrase}")
    if negated:
        return Assessment(Certainty.NEGATED, past, tuple(found))
    if hedged:
        return Assessment(Certainty.HEDGED, past, tuple(found))
    return Assessment(Certainty.ASSERTED, past, tuple(found))
