"""Relation frames (pipelines/relations.yaml) applied to one parsed sentence."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..components.lexicon import fold
from ..components.phrases import brand_owner, is_de, naming_participle, sentence_of
from ..types import Amount, Certainty, EntityType, Mention, MentionKind, When
from ..vocab import SYMMETRIC_RELATIONS
from .arguments import (
    DEMONSTRATIVE_PRONOUNS,
    POSSESSIVES,
    Arguments,
    counted_pair,
    marked_infinitive,
    purpose_clause,
)
from .certainty import Assessment, assess, to_come
from .lexicon import Frame, RelationLexicon, words
from .slots import lemma_of, noun_modifier

__all__ = ["Candidate", "FrameMatcher"]


@dataclass(frozen=True)
class Candidate:
    """A relation found by a frame, before evidence and amounts are attached."""

    frame: Frame
    trigger: Token
    subject: Mention
    object: Mention
    assessment: Assessment
    rule: str
    confidence: float


# The rule of a relation the trained scorer added (kg.extract's `_scored`), which no rule of
# the grammar takes for a fact: "kg_relation_scorer[0.93]"
SCORER_RULE = "kg_relation_scorer"


@dataclass
class Memory:
    """What earlier sentences established, for 'ce tour de table', 'cet accord'."""

    raiser: list[Mention] = field(default_factory=list)
    raise_amount: Amount | None = None
    agents: dict[str, list[Mention]] = field(default_factory=dict)  # deal noun -> its agent
    awarder: list[Mention] = field(default_factory=list)  # the client of the last contract won
    awarder_age: int = 0  # sentences since that contract
    maker: list[Mention] = field(default_factory=list)  # the maker of the last product named
    for_sale: list[Mention] = field(default_factory=list)  # what 'le dossier' is about
    sale_stake: bool = False  # a stake in it is for sale, not the company
    sale_age: int = 0  # sentences since it was said to be for sale
    capital: list[Mention] = field(default_factory=list)  # "au capital de Z", the sentence before
    stake_target: list[Mention] = field(default_factory=list)  # the company of the last deal
    stake_age: int = 0  # sentences since that deal
    deal_told: bool = False  # a purchase, a sale, a bid or a merger told in a sentence before
    deal: str | None = None  # the relation of the last partnership or contract told


_INDEXES: dict[int, tuple[tuple[Frame, ...], dict[tuple[str, str], list[Frame]]]] = {}
_DATIVES = frozenset({"a"})  # "à", "au", "aux" as lexicon.words reads them


def _after_comma(token: Token) -> bool:
    """A comma before the token, only adverbs between ('..., jusqu'ici détenues par')."""
    doc = token.doc
    i = token.i - 1
    while i > 0 and (doc[i].pos_ == "ADV" or fold(doc[i].text) in ("jusqu'", "jusque")):
        i -= 1
    return i >= 0 and doc[i].text == ","


def _coordinated_clause(token: Token, trigger: Token) -> bool:
    """'Elle a signé avec A et B, qui lui fourniront leurs batteries, et revendra le lithium au
    fabricant C': a finite verb joined by "et" to a clause above the trigger's opens a clause of
    its own, whose complements are not the trigger's (a verb joined to the trigger itself, "X
    fournit et livre à Y", shares them)."""
    return (
        trigger.pos_ == "VERB"
        and token.pos_ == "VERB"
        and token.dep_ == "conj"
        and "Fin" in token.morph.get("VerbForm")
        and token.head.i != trigger.i
        and all(a.i != trigger.i for a in token.ancestors)
    )


def _finite(token: Token) -> bool:
    """A finite verb ('compte', 'a'), not a participle nor a noun."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def _frame_index(frames: tuple[Frame, ...]) -> dict[tuple[str, str], list[Frame]]:
    """(kind, head word) -> frames, so that each token looks up only the frames it may start
    (cached by identity: hashing the frames on every token would cost more than the lookup)."""
    cached = _INDEXES.get(id(frames))
    if cached is not None and cached[0] is frames:
        return cached[1]
    index: dict[tuple[str, str], list[Frame]] = {}
    for frame in frames:
        for phrase in frame.lemmas:
            if phrase and frame not in index.setdefault((frame.kind, phrase[0]), []):
                index[(frame.kind, phrase[0])].append(frame)
    _INDEXES[id(frames)] = (frames, index)
    return index


def _beside(de: Token) -> bool:
    """The "de" of "aux côtés de X", "à côté de X", "auprès de X": X took part, it did not
    raise ("a pris part à la levée aux côtés de Midival")."""
    before = de.nbor(-1) if de.i > 0 else None
    return before is not None and fold(before.text) in ("cotes", "cote", "pres")


def _own_complement(noun: Token, complement: Token) -> bool:
    """At most the noun's own name between them, and no verb: in "L'assistant Medix concurrence
    le Scribo 3 de la société Texwrite", Texwrite is the Scribo 3's maker, not the assistant's;
    in "L'application Stockeo équipe les entrepôts de Bricoval", Bricoval owns the warehouses."""
    between = noun.doc[noun.i + 1 : complement.i]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl") for t in between):
        return False
    return sum(1 for t in between if t.ent_type_ and t.ent_iob_ == "B") <= 1


def _in_phrase(noun: Token, complement: Token) -> bool:
    """No verb, relative pronoun or clause break between a deal noun and a complement after
    it: "la cession d'Ostra, qui a rapporté 30 millions au groupe Kastel" sells nothing to
    Kastel; but a relative set off by two commas is an aside the phrase goes on after ("la
    cession de la distillerie Y, qui produit le rhum du même nom, au groupe Z"), and so is an
    apposition ("la cession de Y, l'application qui permet ..., au fonds Z")."""
    between = list(noun.doc[noun.i + 1 : complement.i])
    commas = [k for k, t in enumerate(between) if t.text == ","]
    if len(commas) == 2 and all(t.pos_ in ("ADP", "DET") for t in between[commas[1] + 1 :]):
        opener, closer = commas
        aside = between[opener + 1] if closer > opener + 1 else None
        if aside is not None and (fold(aside.text) in ("qui", "dont") or aside.pos_ == "DET"):
            between = between[:opener]
    return not any(
        (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl"))
        or fold(t.text) in ("qui", "que", "dont", ";", ":")
        for t in between
    )


def _own_capital(token: Token) -> bool:
    """'de son capital', 'de leur capital': the subject's own capital, whose stake names no
    other company (investsIn.own-capital reads who it goes to)."""
    return fold(token.lemma_) == "capital" and any(
        c.dep_ == "det" and fold(c.text) in ("son", "sa", "leur") for c in token.children
    )


def _percentage(token: Token) -> float | None:
    """The figure of '30 %' or '30 pourcent' at its sign, when the parse counts it."""
    if token.text != "%" and fold(token.lemma_) != "pourcent":
        return None
    for child in token.children:
        if child.dep_ == "nummod":
            try:
                return float(child.text.replace(",", "."))
            except ValueError:
                return None
    return None


def _minority(token: Token) -> bool:
    """'30 % de Y': a share under half of a company, which no purchase of it is."""
    share = _percentage(token)
    return share is not None and share < 50


_CAPITAL_WORDS = frozenset({"capital", "part", "parts", "action", "actions", "titre", "titres"})


def _majority(token: Token) -> bool:
    """'70 % de Y': more than half of a company, whose purchase is a takeover."""
    share = _percentage(token)
    return share is not None and share > 50


def _counted(token: Token) -> bool:
    """'pour 50 millions d'euros': a word of an amount in figures, which no deal noun sells
    or buys (not 'ses deux filiales')."""
    before = token.doc[max(0, token.i - 3) : token.i + 1]
    return not token.ent_type_ and any(t.text[:1].isdigit() for t in before)


def _qualifying_participle(token: Token) -> bool:
    """'a commandé des moteurs destinés à Kestrel': the complements of a participle that
    qualifies a noun are its own, not the verb's (Kestrel receives the engines, it sells none)."""
    return (
        token.dep_ in ("acl", "amod")
        and token.pos_ in ("VERB", "ADJ")
        and "Part" in token.morph.get("VerbForm")
        and token.head.pos_ == "NOUN"
    )


_OF_PREPOSITIONS = frozenset({"de", "d'", "du", "des"})
# The stressed pronouns that open an apposition about the name before it, which they take up
# ("Le fondeur X, lui-même filiale du groupe Y": X is the subsidiary).
_SELF_PRONOUNS = frozenset({"lui-meme", "elle-meme", "eux-memes", "elles-memes"})


def _of_other_participle(token: Token, trigger: Token) -> bool:
    """'le rachat du réseau Y, un spécialiste fondé en 2004 par P': the agent of a participle
    that qualifies another noun than the trigger is that participle's (P founded Y, bought
    nothing); 'le rachat de Y mené par X' keeps X."""
    head = token.head
    return (
        token.dep_.startswith("obl")
        and head.i != trigger.i
        and _qualifying_participle(head)
        and head.head.i != trigger.i
    )


def _passive(verb: Token) -> bool:
    """A participle with its passive auxiliary or subject and its agent: 'est détenu par X'
    (not 'est devenu l'actionnaire de Y', which the parse may also read as a passive)."""
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children) and any(
        c.dep_ == "obl:agent" for c in verb.children
    )


def _under_passive_object(token: Token, trigger: Token) -> bool:
    """'Y, dont le capital est détenu à 60 % par la famille F, compte à son tour de table le
    fonds d'infrastructures K': a passive participle takes no direct object, so an "obj" the
    parse hangs on it is a noun of another clause, and its "de" complements are not the
    participle's."""
    if not _passive(trigger):
        return False
    return any(
        c.dep_ == "obj" and c.left_edge.i <= token.i <= c.right_edge.i for c in trigger.children
    )


def _phrase_elsewhere(token: Token, trigger: Token, start: int) -> bool:
    """'a signé un contrat avec A, et a noué un partenariat avec le grand magasin B': a name
    the parse hangs on the trigger verb while the words of its phrase hang on another verb
    belongs to that verb's clause (so for the trigger noun, object of the first verb)."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb.pos_ != "VERB" or token.head.i != verb.i or start >= token.i:
        return False
    head = token.doc[start]
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head.pos_ == "VERB" and head.i != verb.i


def _in_object_apposition(token: Token, trigger: Token) -> bool:
    """'X développe P, une gamme de capsules lancée en mars et produite en partenariat avec Y':
    a complement inside the apposition that opens after a verb's named object describes that
    apposition (Y makes the capsules, it does not develop P with X); past the comma that closes
    the apposition it is the verb's again."""
    if trigger.pos_ != "VERB" or token.i <= trigger.i or token.head.i == trigger.i:
        return False
    doc = token.doc
    commas = [t.i for t in doc[trigger.i + 1 : token.i] if t.text == ","]
    if len(commas) != 1 or commas[0] + 2 >= token.i:
        return False
    comma = commas[0]
    named, opener, noun = doc[comma - 1], doc[comma + 1], doc[comma + 2]
    return (
        bool(named.ent_type_)
        and opener.pos_ == "DET"
        and noun.pos_ == "NOUN"
        and not noun.ent_type_
    )


def _under_aupres(token: Token, trigger: Token) -> bool:
    """'a acquis 100 % du capital auprès des fondateurs et du fonds Z': a name in a phrase
    'auprès de' opens (or in a conjunct of it) is the seller or the awarder, never a bare
    "de" complement of the trigger."""
    node = token
    for _ in range(4):
        if node.i == trigger.i:
            return False
        if fold(node.head.text) == "aupres" or any(
            c.dep_ in ("case", "advmod") and fold(c.text) == "aupres" and c.i < node.i
            for c in node.children
        ):
            return True
        if node.dep_ not in ("nmod", "amod", "conj", "appos", "flat:name") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _of_apposed_participle(token: Token, trigger: Token) -> bool:
    """'l'acquisition de Y, marque fondée en 1962 à Grasse par P': a complement after a past
    participle of an apposition (past a comma after the trigger) is the participle's, however
    the parse hangs it (P founded Y, bought nothing); 'le rachat de Y mené par X' keeps X."""
    if token.i <= trigger.i:
        return False
    doc = token.doc
    commas = [t.i for t in doc[trigger.i + 1 : token.i] if t.text == ","]
    if not commas:
        return False
    return any(  # the participle's phrase runs on to the token ("..., fondée par X, par Y")
        t.pos_ in ("VERB", "ADJ")
        and "Part" in t.morph.get("VerbForm")
        and "Past" in t.morph.get("Tense")
        and not any(u.text == "," for u in doc[t.i + 1 : token.i])
        for t in doc[commas[0] + 1 : token.i]
    )


_DE_WORDS = frozenset({"de", "d'", "du", "des"})
# prepositions that open a complement of their own ("dans les tours de Z"; not the "open" the
# tagger takes for one in "un modèle open source de X")
_OTHER_PREPOSITIONS = frozenset(
    {"dans", "a", "au", "aux", "en", "sur", "chez", "pour", "avec", "par", "vers", "sous", "entre"}
)


def _of_another_complement(
    token: Token, trigger: Token, start: int, prepositions: frozenset[str]
) -> bool:
    """'des participations dans le réseau Y et dans les tours de Z': a "de" complement
    under another noun that one of the trigger's own prepositions (`prepositions`, here
    "dans") introduces is that noun's, not the trigger's (Z holds no stake); under a noun of
    another preposition it is still the trigger's ("la filiale de crédit à la consommation de
    la banque, Y": the bank's)."""
    head = token.head
    while head.i != trigger.i and head.head.i != head.i:
        quantity = head.text == "%" or any(c.dep_ == "nummod" for c in head.children)
        if not quantity and any(
            c.dep_ == "case" and fold(c.text) in prepositions for c in head.children
        ):
            return True  # (not "filiale à 100 % de Y": a share of Y)
        head = head.head
    doc = token.doc  # the parse may hang the name on the trigger: read the words in order
    de = start - 1  # the "de" before the token's noun phrase
    if token.i < trigger.i or de <= trigger.i or not is_de(doc[de]):
        return False
    # "dans les tours télécoms de": a preposition, an article, common nouns and adjectives
    for p in range(de - 3, trigger.i, -1):
        opening = doc[p]
        if fold(opening.text) in prepositions and doc[p + 1].pos_ == "DET":
            words = doc[p + 2 : de]
            return any(t.pos_ == "NOUN" for t in words) and all(
                t.pos_ in ("NOUN", "ADJ") and not t.ent_type_ and t.is_alpha for t in words
            )
        if opening.pos_ not in ("NOUN", "ADJ", "DET"):
            return False
    return False


def _opens_phrase(token: Token) -> bool:
    """A preposition other than "de" ("au", "chez", "auprès de"): a new complement begins."""
    return (token.pos_ == "ADP" and not is_de(token)) or token.lower_ in ("auprès", "chez")


def _definite(noun: Token) -> bool:
    """'le premier contrat', 'ce partenariat', 'cet accord': a deal already introduced."""
    return any(
        c.dep_ == "det" and fold(c.text) in ("le", "la", "l'", "ce", "cet", "cette")
        for c in noun.children
    )


def _person_or_pronoun(mention: Mention) -> bool:
    """A person, or a personal pronoun that resolution will read ('P connaît le secteur. Il a
    passé neuf ans chez W': its type is the antecedent's, checked against the relation's)."""
    return mention.type is EntityType.PERSON or (
        mention.kind is MentionKind.PRONOUN and mention.type is None
    )


def _names_its_own(noun: Token) -> bool:
    """'la marque de glaces Névéa': a definite noun followed by its own name introduces a new
    thing; it takes up no deal or product told before ('le premier contrat', 'la marque')."""
    for token in noun.doc[noun.i + 1 : sentence_of(noun).end]:
        if token.ent_type_:
            return not any(c.dep_ == "case" for c in token.children)
        if not (token.pos_ in ("NOUN", "ADJ") or (token.pos_ == "ADP" and is_de(token))):
            return False
    return False


@lru_cache(maxsize=65536)
def _first_group_infinitives(form: str) -> frozenset[str]:
    """'participe', 'participent' -> 'participer': the lemmatizer misses some -er verbs."""
    for ending in ("ent", "es", "e"):
        if form.endswith(ending) and len(form) > len(ending) + 3:
            return frozenset({form[: -len(ending)] + "er"})
    return frozenset()


_SALE_REACH = 4  # sentences after a sale within which "le dossier" is still that sale

_TIME_PREPOSITIONS = frozenset({"depuis", "dès", "pendant", "durant"})  # not folded: "des"
_DURATION_UNITS = frozenset({"an", "annee", "mois", "semaine", "decennie"})  # folded lemmas


def _in_time_complement(token: Token) -> bool:
    """'collaborent depuis l'an dernier sur', 'a travaillé douze ans chez': a time complement
    or a duration inside a phrase is no word of another construction."""
    if fold(token.lemma_) in _DURATION_UNITS and any(
        c.dep_ in ("nummod", "det") for c in token.children
    ):
        return True
    return any(c.dep_ == "case" and c.lower_ in _TIME_PREPOSITIONS for c in token.children)


_AMOUNT_UNITS = frozenset({"million", "milliard", "euro", "dollar", "franc", "yen"})  # folded


def _measure(token: Token) -> bool:
    """'a remporté un contrat de dix ans auprès de Y', 'un contrat de 180 millions d'euros
    auprès de Y': a duration or an amount after "de" measures the verb's object and names no
    party, so the words after it are still read for one (never a share: "30 % de Y")."""
    if token.ent_type_:
        return False
    if fold(token.lemma_) in _DURATION_UNITS and any(
        c.dep_ in ("nummod", "det") for c in token.children
    ):
        return True
    return fold(token.lemma_) in _AMOUNT_UNITS and any(
        c.dep_ == "nummod" for c in token.children
    )


def _candidate_for_something(noun: Token) -> bool:
    """'candidat malheureux au rachat de Y', 'à la reprise de Y': a bid for a deal the phrase
    names, not for the contract the text awarded before."""
    doc = noun.doc
    for token in doc[noun.i + 1 : min(len(doc), noun.i + 4)]:
        if fold(token.text) in ("a", "au", "aux"):
            return True
        if token.pos_ not in ("ADJ", "ADV"):
            return False
    return False


_COORDINATORS = frozenset({"et", "ou", "puis", "qu'", "que", "aussi"})  # folded


def objects_added(patient: Token) -> list[Token]:
    """'Elle fournit les enseignes A et B, qui ..., ainsi que le réseau C': a name opened by
    ", ainsi que" later in the sentence, with no preposition, adds to the verb's object (the
    parser hangs it on the verb); the comma closes any relative in between."""
    doc = patient.doc
    sentence = sentence_of(patient)
    found = []
    for token in doc[patient.i + 1 : sentence.end - 2]:
        if not (
            fold(token.text) == "ainsi"
            and fold(doc[token.i + 1].text) in ("que", "qu'")
            and doc[token.i - 1].text == ","
        ):
            continue
        head = next(
            (t for t in doc[token.i + 2 : sentence.end] if t.pos_ not in ("DET", "ADJ", "NUM")),
            None,
        )
        if head is None or head.pos_ == "ADP" or not (head.ent_type_ or head.pos_ == "NOUN"):
            continue
        found.append(head)
    return found


def _owner_told(noun: Token) -> bool:
    """'ses clients', "les clients institutionnels de l'opérateur": a noun whose owner the
    sentence tells (a possessive, a "de" before an article or a name in its phrase) is that
    owner's, never the passage's topic, even when the owner cannot be read."""
    if any(c.dep_ == "det" and fold(c.text) in POSSESSIVES for c in noun.children):
        return True
    doc = noun.doc
    end = sentence_of(noun).end
    for i in range(noun.i + 1, end - 1):
        if doc[i].pos_ in ("PUNCT", "VERB", "AUX"):
            return False
        if is_de(doc[i]) and (doc[i + 1].pos_ == "DET" or doc[i + 1].ent_type_):
            return True
        if fold(doc[i].text) in ("du", "des"):
            return True
    return False


def _sites_listed_after(start: Token, parts: frozenset[str]) -> list[Token]:
    """'X équipe les gares de A et les hôtels de B', 'équipe déjà A, les gares de B et les
    centres de C': the sites or goods of a frame's `owner_of` listed after the verb's first
    object, each opened by a comma or "et" and its article, in word order (the parser hangs
    such a list anywhere); the list ends at the next verb or relative pronoun."""
    doc = start.doc
    found = []
    for token in doc[start.i + 1 : sentence_of(start).end]:
        if token.pos_ in ("VERB", "AUX") or fold(token.text) in ("qui", "que", "dont", ";"):
            break
        if token.pos_ != "NOUN" or fold(token.lemma_) not in parts:
            continue
        opener = token.i - 1
        while opener > start.i and doc[opener].pos_ in ("ADJ", "NUM"):
            opener -= 1
        if (
            opener - 1 > start.i
            and doc[opener].pos_ == "DET"
            and (doc[opener - 1].text == "," or fold(doc[opener - 1].text) == "et")
        ):
            found.append(token)
    return found


def _coordinated_after(first: Token) -> list[Token]:
    """'un partenariat avec A, qui ..., ainsi qu'avec B', '... avec A et avec B': the later
    complements of its sentence with the same preposition, each opened by a coordinator right
    before it ("et", "ainsi que", "mais aussi", "puis"), read in word order (the parser hangs
    such a complement on whatever verb came last)."""
    doc = first.doc
    case = next((c for c in first.children if c.dep_ == "case" and c.i < first.i), None)
    if case is None:
        return []
    found = []
    sentence = sentence_of(first)
    for token in doc[first.i + 1 : sentence.end]:
        if (
            fold(token.text) != fold(case.text)
            or token.i < 1
            or fold(doc[token.i - 1].text) not in _COORDINATORS
        ):
            continue
        head = next(
            (t for t in doc[token.i + 1 : sentence.end] if t.pos_ not in ("DET", "ADJ")), None
        )
        if head is not None and (head.pos_ in ("NOUN", "PROPN") or head.ent_type_):
            found.append(head)
    return found


def _in_agent_phrase(trigger: Token, obj: Mention) -> bool:
    """'Y est détenue à 60 % par la coopérative A et à 40 % par le fonds d'infrastructure B':
    a name inside the passive's "par" phrase is a holder (what the parser may hang on a "de"
    there), never what the verb's "de" complement names."""
    if not any(c.dep_ == "aux:pass" for c in trigger.children):
        return False  # "remporter l'appel d'offres lancé par Y": an active verb's object
    doc = trigger.doc
    token = next((t for t in doc if t.idx <= obj.start < t.idx + len(t.text)), None)
    if token is None or trigger not in token.ancestors:
        return False  # a name a relative pronoun stands for is in another clause
    while token.i != trigger.i:
        if token.dep_ == "obl:agent" or any(
            c.dep_ == "case" and fold(c.text) == "par" for c in token.children
        ):  # the parser may hang the second "par" phrase on the first one's percentage
            return True
        token = token.head
    return False


def _possessed(noun: Token) -> bool:
    """'son rival', 'leur client': a possessive determiner names the noun's owner."""
    return any("Yes" in c.morph.get("Poss") for c in noun.children if c.dep_ == "det")


def _de_only(argument: str) -> bool:
    """Whether a role's prepositions are all forms of "de" ("de|d'|du"; "de chez" is "chez")."""
    return all(
        words(p) and words(p)[0] in ("de", "d'", "du", "des") and "chez" not in words(p)
        for p in argument.split("|")
    )


def _quantified(noun: Token) -> bool:
    """'100 kWh', 'deux usines': a noun phrase with a number, a quantity rather than a name."""
    return (noun.i > 0 and noun.doc[noun.i - 1].like_num) or any(
        c.dep_ == "nummod" for c in noun.children
    )


def _part_of_clitic(verb: Token, patient: Token) -> bool:
    """'P en dirige la filiale espagnole', "X en a racheté l'usine": a description after a verb
    with the clitic "en" names something of what "en" stands for, never that thing itself."""
    return (
        patient.pos_ == "NOUN"
        and not patient.ent_type_
        and any(c.pos_ == "PRON" and fold(c.text) == "en" and c.i < verb.i for c in verb.children)
    )


def _apposition_closed(participle: Token) -> int | None:
    """Where the apposition of a participle to a name ends, when a comma and "et" or "ou" close
    it ("le fonds K, allié à la foncière Y, et le groupe B": B is K's conjunct, not Y's), as a
    character offset; None when the participle is no apposition or nothing closes it."""
    if _apposed_after_name(participle) is None:
        return None
    doc, end = participle.doc, sentence_of(participle).end
    for token in doc[participle.i + 1 : end - 1]:
        if token.text == "," and fold(doc[token.i + 1].text) in ("et", "ou"):
            return token.idx
    return None


def _disagrees(participle: Token, name: Token) -> bool:
    """'sa filiale Ondivia au fonds Kerval, tombée ensuite dans l'escarcelle de B': a participle
    whose written ending is feminine does not describe a name its noun's article makes
    masculine ("au fonds K"), nor the reverse (the tagger's genders are often wrong; "l'" and
    the plural articles tell none)."""
    described = name.head if name.dep_ == "nmod" and name.head.pos_ == "NOUN" else None
    if described is None or described.i != name.i - 1:
        return False  # only "le fonds K", "la société K": the noun right before the name
    articles = {fold(c.text) for c in described.children if c.i < described.i}
    masculine = bool(articles & {"le", "un", "au", "du", "ce", "cet"})
    feminine = bool(articles & {"la", "une", "cette"})
    written = participle.lower_
    if written.endswith(("ée", "ées")):
        return masculine
    return written.endswith(("é", "és")) and feminine


def _disagreeing_apposition(participle: Token) -> bool:
    """A participle right after the comma that follows a name it cannot describe (`_disagrees`):
    it describes a noun further back, never the clause's subject."""
    doc = participle.doc
    return (
        participle.i >= 2
        and doc[participle.i - 1].text == ","
        and bool(doc[participle.i - 2].ent_type_)
        and "Part" in participle.morph.get("VerbForm")
        and _disagrees(participle, doc[participle.i - 2])
    )


def _apposed_after_name(noun: Token) -> Token | None:
    """'X, entrée au capital de Y en 2019': a participle (or a deal noun that looks like one,
    the tagger's "entrée", with no article of its own) right after the comma that follows a
    name is apposed to that name: the name is its agent, not the clause's subject."""
    doc = noun.doc
    if (
        noun.i < 2
        or doc[noun.i - 1].text != ","
        or not doc[noun.i - 2].ent_type_
        or any(c.dep_ == "det" for c in noun.children)
    ):
        return None
    if noun.pos_ in ("VERB", "AUX"):
        main = noun.dep_ == "ROOT" or any(c.dep_.startswith("nsubj") for c in noun.children)
        # (not "P, cofondatrice de Y, rejoint Z": the main verb, whatever its form)
        name = doc[noun.i - 2]
        if "Part" not in noun.morph.get("VerbForm") or main or _disagrees(noun, name):
            return None
        return name
    following = fold(doc[noun.i + 1].text) if noun.i + 1 < len(doc) else ""
    if (
        "-" in noun.text  # "le drone Faucon, dernier-né du constructeur X": a noun
        or not noun.text.endswith(("é", "ée", "és", "ées"))
        or following in ("de", "du", "des", "d'")
    ):
        return None
    return doc[noun.i - 2]


def _closes_fronted_complement(name: Token, noun: Token) -> bool:
    """'Avec Semavia, le groupe de Ludwigshafen deviendrait ...': the name closes a
    prepositional phrase that opens the sentence, and the description after the comma is the
    verb's subject, no apposition to it."""
    return (
        noun.dep_.startswith("nsubj")
        and name.left_edge.i == sentence_of(name).start
        and any(c.dep_ == "case" and c.i < name.i for c in name.children)
    )


def _matches_phrase(token: Token, phrase: tuple[str, ...]) -> bool:
    """The head word is the token's lemma; the other words follow within a few tokens, in order
    ('faire équipe', 'prendre une participation majoritaire dans')."""
    if phrase[0] not in (
        fold(token.lemma_),
        fold(token.text),
        *_first_group_infinitives(fold(token.text)),
    ):
        return False
    rest = list(phrase[1:])
    doc = token.doc
    i = token.i + 1
    while rest and i < min(len(doc), token.i + 2 + 2 * len(phrase)):
        candidate = doc[i]
        forms = {fold(candidate.text), fold(candidate.lemma_), *words(candidate.text)}
        if rest[0] in forms:
            rest.pop(0)
        elif (
            candidate.pos_ not in ("DET", "ADJ", "ADV", "ADP", "PUNCT", "NUM")  # "en 2015"
            and not candidate.ent_type_  # "l'entrée de Kastel au capital de", "notifié à X un"
            and words(candidate.text) != ()
            and (candidate.pos_ != "NOUN" or len(rest) == len(phrase) - 1)
            and not _in_time_complement(candidate)
        ):
            return False  # only a noun may sit inside a phrase: "à cette occasion au capital de"
        i += 1
    return not rest


_PARTNER_PREPOSITIONS = frozenset({("avec",), ("entre",)})
# what a post may be in charge of without any deal: "directeur des achats", "des partenariats"
_DEAL_RELATIONS = frozenset({"acquired", "investsIn", "partnersWith", "contractWith"})
_AIM_DEPS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "nmod"})
_UNNAMED_MANY = frozenset({"des", "plusieurs", "quelques", "certains", "certaines", "divers",
                           "diverses", "nombreux", "nombreuses", "d'autres"})  # folded


def _purpose_of_another(verb: Token) -> bool:
    """'X a choisi Y pour fournir les batteries de sa citadine': a purpose infinitive ("pour",
    "afin de") whose doer is the main verb's object; what its possessive owns is the main
    subject's, whose purpose it is."""
    return (
        "Inf" in verb.morph.get("VerbForm")
        and verb.head.pos_ == "VERB"
        and verb.head.i != verb.i
        and any(c.dep_ == "mark" and fold(c.text) in ("pour", "afin") for c in verb.children)
        and any(c.dep_ == "obj" and c.i < verb.i for c in verb.head.children)
    )


class FrameMatcher:
    """Finds the relations of one sentence, frame by frame."""

    def __init__(self, arguments: Arguments, lexicon: RelationLexicon, memory: Memory):
        self.args = arguments
        self.lexicon = lexicon
        self.memory = memory
        self._words: dict[int, frozenset[str]] = {}

    # -- triggers ---------------------------------------------------------------------------

    def _verb_taken_for_noun(self, token: Token, frames: tuple[Frame, ...]) -> bool:
        """'Orange injecte 20 millions ...', 'Dreamjet concurrence le groupe Airbus',
        "L'opération valorise la société X": a verb form with no article of its own, right
        after a name, or between a noun phrase and an article or a name, tagged as a noun."""
        if token.pos_ not in ("NOUN", "ADJ") or any(c.dep_ == "det" for c in token.children):
            return False
        doc = token.doc
        before = doc[token.i - 1] if token.i > 0 else None
        following = (t for t in doc[token.i + 1 : token.i + 4] if t.pos_ != "ADV")
        after = next(following, None)  # "La start-up équipe déjà les entrepôts de X"
        if before is None:
            return False
        after_subject = before.ent_type_ or before.pos_ == "PRON"
        between_phrases = (
            before.pos_ == "NOUN"
            and any(c.dep_ == "det" for c in before.children)
            and after is not None
            and (after.pos_ == "DET" or bool(after.ent_type_))
        )
        if not (after_subject or between_phrases):
            return False
        forms = _first_group_infinitives(fold(token.text))
        index = _frame_index(frames)
        return any(("verb", form) in index for form in forms)

    def _frames(self, token: Token) -> Iterator[tuple[Frame, tuple[str, ...]]]:
        return self._frames_from(token, self.lexicon.frames)

    def _frames_from(
        self, token: Token, frames: tuple[Frame, ...]
    ) -> Iterator[tuple[Frame, tuple[str, ...]]]:
        words_ = self._words[token.i] if token.i in self._words else self._read_words(token)
        if not words_:
            return
        index = _frame_index(frames)
        if not any(("verb", w) in index or ("noun", w) in index for w in words_):
            return  # most words start no frame: decide that before looking at the parse
        kind = self._kind(token, frames)
        if kind is None:
            return
        department = kind == "noun" and (self._department(token) or self._market(token))
        heads = {fold(token.lemma_), fold(token.text)}
        if kind == "verb":
            heads |= _first_group_infinitives(fold(token.text))
        candidates = {id(f): f for head in heads for f in index.get((kind, head), ())}
        pronominal = not heads.isdisjoint(self.lexicon.pronominal_heads) and any(
            fold(c.text) in ("se", "s'") and c.i < token.i for c in token.children
        )
        for frame in candidates.values():
            if pronominal and heads.isdisjoint(frame.pronominal):
                continue  # "s'approvisionne auprès de Y": never "approvisionne Y"
            if department and frame.relation in _DEAL_RELATIONS:
                continue
            best = None
            for phrase in frame.lemmas:
                if (
                    phrase
                    and phrase[0] in heads
                    and _matches_phrase(token, phrase)
                    and (best is None or len(phrase) > len(best))
                ):
                    best = phrase
            if best is not None:
                yield frame, best

    def _department(self, noun: Token) -> bool:
        """'directeur des achats', 'responsable des acquisitions', 'chef des partenariats': a
        deal noun that names what a post is in charge of states no deal (a subsidiary still
        does: 'directeur général de la filiale X')."""
        head = noun.head
        return (
            noun.dep_ == "nmod"
            and head.i < noun.i
            and fold(head.lemma_) in self.lexicon.title_heads
            and any(is_de(c) for c in self.args.kids(noun) if c.dep_ == "case")
        )

    def _market(self, noun: Token) -> bool:
        """'Talmor se dispute ce marché avec Kestrel': a deal noun that is the object of a verb
        of competition names a market, not a deal."""
        verb = noun.head
        forms = {fold(verb.lemma_), *_first_group_infinitives(fold(verb.text))}
        return noun.dep_ in ("obj", "obl", "obl:mod", "obl:arg") and not forms.isdisjoint(
            self.lexicon.market_verbs
        )

    def _read_words(self, token: Token) -> frozenset[str]:
        """The forms a token may start a frame with (lemma, text, -er infinitive); read once
        per token for the relation and the attribute frames."""
        if token.ent_type_:
            words_: frozenset[str] = frozenset()
        else:
            text = fold(token.text)
            words_ = frozenset({fold(token.lemma_), text, *_first_group_infinitives(text)})
        self._words[token.i] = words_
        return words_

    def _kind(self, token: Token, frames: tuple[Frame, ...]) -> str | None:
        """'verb' or 'noun', correcting the tagger where French makes it stumble."""
        determined = any(c.dep_ == "det" and c.i < token.i for c in self.args.kids(token))
        if determined and token.pos_ in ("VERB", "ADJ"):
            return "noun"  # "l'offre d'achat", "des visées sur": a noun read as a verb's form
        if (
            token.pos_ in ("VERB", "AUX")
            or (token.pos_ == "ADJ" and "Part" in token.morph.get("VerbForm"))
            # "La SNCF entre au capital de ...": a verb the tagger took for "entre"
            or (token.pos_ == "ADP" and fold(token.lemma_) != fold(token.text))
            or self._verb_taken_for_noun(token, frames)
        ):
            return "verb"
        return "noun" if token.pos_ in ("NOUN", "X", "PROPN") else None

    # -- roles ------------------------------------------------------------------------------

    def _resolve_role(
        self, spec: str, trigger: Token, frame: Frame, other: Token | None = None
    ) -> tuple[list[Mention], str]:
        name, _, argument = spec.partition(":")
        args = self.args
        found: list[Mention] = []
        if name == "agent" and frame.kind != "verb":
            found = self._referents(self._noun_agent(trigger), trigger)
        elif name == "agent":
            pronominal = fold(trigger.lemma_) in frame.pronominal
            # "Talmor a signé avec le fonds Kastel, entré au capital de Vexa": the name an
            # active participle is apposed to, not the clause's subject
            apposed = (
                _apposed_after_name(trigger)
                if pronominal or not args.is_passive(trigger)
                else None
            )
            if apposed is not None:  # "le fonds K, associé à Y, et le groupe B": K alone
                found = self._referents(
                    apposed, trigger, expand=not _singular_after(trigger, apposed)
                )
            elif not _disagreeing_apposition(trigger):
                # (not "sa filiale O au fonds K, tombée dans l'escarcelle de B": not K's either)
                found = self._referents(args.agent(trigger, pronominal=pronominal), trigger)
        elif name == "patient":
            patient = first = args.patient(trigger)
            own = self._company_of_subjects_relative(trigger, patient)
            if own:  # "P, qui présidait Y depuis sa création, quittera l'entreprise": Y
                return own, name
            if patient is not None and _part_of_clitic(trigger, patient):
                patient = None  # "P en dirige la filiale": the subsidiary of what "en" names
            if patient is not None and fold(patient.lemma_) in self.lexicon.control_nouns:
                patient = self.whole_of(patient)  # "prend le contrôle du joaillier X"
            elif patient is not None and fold(patient.lemma_) in frame.owner_of:
                patient = self.whole_of(patient, frame.owner_of)  # "équipe les entrepôts de X"
            elif patient is not None and frame.owner_of:
                patient = self._maker_of(patient)  # "équipe le Kubix de son concurrent X"
            elif patient is not None and frame.whole_only and _majority(patient):
                patient = self._majority_whole(patient)  # "a acquis 70 % de la distillerie X"
                if _own_capital(patient) and fold(trigger.lemma_) in self.lexicon.buying_verbs:
                    # "Y rejoint le groupe X, qui a acquis 100 % de son capital": no buyer buys
                    # its own capital, the possessive is the company bought
                    patient = next(c for c in patient.children if c.dep_ == "det")
            found = self._referents(patient, trigger, expand=not _singular_after(trigger, patient))
            if found and first is not None and frame.owner_of:
                found += self._listed_owners(first, frame.owner_of, trigger)
            if found and patient is not None and patient.dep_ == "obj":
                for added in objects_added(patient):  # "..., ainsi que le réseau C"
                    found += self._referents(added, trigger)
        elif name == "prep" and _de_only(argument) and _apposed_after_name(trigger) is not None:
            pass  # "X, entrée au capital du groupe": the "de" completes the capital, X enters
        elif (
            name == "prep"
            and _de_only(argument)
            and frame.kind == "noun"
            and spec in frame.subject
            and "possessor" in frame.subject
            and not any(role.startswith("prep") for role in frame.object)
            and _possessed(trigger)
        ):  # "son rival V dans l'appel d'offres de la régie A": "son" says whose rival, not A
            pass  # (the object named by the noun itself: a "de" could only say the owner)
        elif name == "prep":
            alternatives = [words(p) for p in argument.split("|")]
            complements = self._complements(
                trigger, alternatives, near=frame.near, first=frame.first_complement
            ) or self._governor_complements(trigger, frame, alternatives)
            # (the frame of "aux côtés de" itself reads its complement)
            beside_named = fold(trigger.lemma_) in ("cote", "pres") or any(
                w in argument for w in ("côté", "près")
            )
            for token in complements:
                if not beside_named and _beside(token.doc[self.args.np_start(token) - 1]):
                    continue  # "possède 31 % des parts, aux côtés de la banque Y": a co-holder
                if frame.whole_only and _minority(token):
                    break  # "le rachat de 30 % de Y": a stake, not the company
                if _own_capital(token) and fold(trigger.lemma_) in self.lexicon.sale_holding_verbs:
                    # "Le fonds X détient 40 % de son capital": no holder owns its own capital,
                    # the possessive is the company the passage is about
                    owner = next(c for c in token.children if c.dep_ == "det")
                    found = self._referents(owner, trigger)
                    break
                if _own_capital(token):
                    break  # "a cédé 40 % de son capital au groupe Y, propriétaire de Z"
                if frame.first_complement:  # "la cession du pôle logistique de Kestria" sells
                    found = self._own_referents(token, trigger)  # a unit, not Kestria
                    break
                placed = frame.object_types == {EntityType.PLACE.value}
                if placed and fold(token.lemma_) in self.lexicon.outskirts_nouns:
                    break  # "son siège dans la banlieue de Nantes": near a town, in none named
                found = self._referents(self.whole_of(token, frame.owner_of), trigger)
                if not found and placed:
                    found = self._place_within(token, trigger)
                if found:
                    for other in _coordinated_after(token):
                        if _under_aupres(other, trigger) and not _under_aupres(token, trigger):
                            continue  # "30 % de Y auprès de la famille B et du fonds Z"
                        found += self._referents(self.whole_of(other, frame.owner_of), trigger)
                    closed = _apposition_closed(trigger) if frame.kind == "verb" else None
                    if closed is not None:  # "le fonds K, allié à Y, et le groupe B": not B
                        found = [m for m in found if m.start < closed]
                    break
        elif name == "possessor":
            mention = args.possessor(trigger)
            if mention is not None and frame.relation == "develops" and (
                self._made_for(trigger)
                or self._part_supplied(trigger)
                or self.maker_left_unsaid(trigger)
            ):  # "Sa première collection pour Verdonnet": a designer's or a supplier's; "X a
                pass  # signé avec Y, qui utilisera les images de ses satellites P": X's or Y's
            elif mention is not None:
                found = self.owners(trigger, mention)
            else:  # "X, dont le siège se trouve à": the relative's antecedent owns the noun
                near = list(args.kids(trigger))
                if trigger.dep_ in ("nsubj", "nsubj:pass"):
                    near += args.kids(trigger.head)  # "dont" attached to "se trouve"
                whose = [c for c in near if fold(c.text) == "dont"]
                found = args.referents(whose[0], expand=False) if whose else []
        elif name == "person":
            found = self._person_of_participle(trigger)
        elif name == "unit":  # "P dirige la division logistique de Y": Y, never the unit
            patient = args.patient(trigger)
            if patient is not None and fold(patient.lemma_) in frame.owner_of:
                whole = self.whole_of(patient, frame.owner_of)
                if whole is patient:  # "dirigeait la branche eau de l'énergéticien E"
                    whole = self._described_whole_after(patient) or patient
                found = self._referents(whole, trigger) if whole is not patient else []
        elif name == "acceptor":
            verb = args.governing_verb(trigger)
            target = self._target_of(trigger)
            if target is not None:  # "X fait l'objet d'une offre de Y"
                found = self._referents(target, trigger)
            elif verb is not None and fold(verb.lemma_) in self.lexicon.accept_verbs:
                found = self._referents(args.subject_of(verb), trigger)
        elif name == "topic":  # "les deux rivaux A et B" are rivals of each other (grammar)
            unbridged = argument == "bare" and not self._bridged(trigger)
            owned = argument == "unowned" and _owner_told(trigger)
            found = (
                []
                if counted_pair(trigger) or unbridged or owned
                else [args.anaphor(trigger, MentionKind.TOPIC)]
            )
        elif name == "apposed":
            found = self._apposed(trigger)
        elif name == "listed":
            listed = args.listed_after(trigger)
            if listed is None:
                named = args._named_in_np(trigger)
                listed = named
            found = args.referents(listed) if listed is not None else []
        elif name == "funded":
            found = self._funded(trigger)
        elif name == "awarder":  # "X, candidat malheureux": who awarded the last contract
            found = [] if _candidate_for_something(trigger) else list(self.memory.awarder)
        elif name == "clitic":
            found = self._clitic(trigger, argument)
        elif name == "self":  # "La filiale de la SNCF a annoncé ...": the subject refers back;
            # an object ("Talmor a racheté la filiale de Kestrel"), or a phrase the parse hangs
            # on one, is another company
            objects = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod")
            attached = trigger.head if trigger.dep_ in ("appos", "conj") else trigger
            found = args._nominal(trigger) if attached.dep_ not in objects else []
        return found, name

    def _bridged(self, noun: Token) -> bool:
        """'Les filiales A ou B ont ...', 'directrice de la filiale espagnole Y': a noun with no
        owner named belongs to the topic only when nothing in the sentence could own it: no
        "de" after it before the clause goes on, and no organisation acting on it as subject
        ("Kerlan a racheté la filiale Y", "... la filiale Y du groupe Z")."""
        doc = noun.doc
        end = sentence_of(noun).end
        i = noun.i + 1
        while i < end and doc[i].pos_ not in ("PUNCT", "VERB", "AUX"):
            if is_de(doc[i]) or {"de", "du", "des"} & set(fold(doc[i].text).split()):
                return False  # "la filiale Ostra du groupe Talmor", a name that took the "du"
            i += 1
        name = self.args._named_in_np(noun)
        named = {noun.i} | ({t.i for t in self.args.list_of(name)} if name is not None else set())
        subject = self._nearest_subject(noun)
        return subject is None or subject.i in named or subject.ent_type_ == "Person"

    def _nearest_subject(self, token: Token) -> Token | None:
        """The subject of the nearest verb above a token that has one ('son intention de céder
        la filiale Y': the subject of 'a annoncé')."""
        verb = self.args.governing_verb(token)
        for _ in range(4):
            if verb is None:
                return None
            subject = self.args.subject_of(verb)
            if subject is not None or verb.dep_ == "ROOT" or verb.head.i == verb.i:
                return subject
            verb = self.args.governing_verb(verb.head)
        return None

    def _clitic(self, trigger: Token, argument: str) -> list[Mention]:
        """'Talmor en détient 30 %', 'Le fonds y a investi 20 millions': a clitic on the verb
        stands for what the sentence before was about (a company, checked by the frame's
        range). 'en@develops': the clitic stands for a product, and the end is its maker, the
        subject of the sentence before when that sentence says so ("Kestrel fabrique le drone
        Vexo. Le ministère en a commandé douze")."""
        word, _, stated = argument.partition("@")
        if self._clitic_before(trigger) != word:
            return []
        if word == "y" and self._own_dans(trigger):
            return []
        if word in ("lui", "leur"):
            subject = self._main_subject_over_relative(trigger) or self._joined_clause_subject(
                trigger
            )
            if subject is not None:
                return self.args.referents(subject)
            if word == "lui" and trigger.dep_ == "ROOT" and not _contrastive_lui(trigger):
                # "Hydrala accélère. L'opérateur Transalis lui a commandé 45 bus": in a main
                # clause, what the sentence before was about
                return self.args.clitic_antecedent(trigger)
            return []
        commented = None if stated else self._commented_subject(trigger)
        if commented is not None:
            return self.args.referents(commented, expand=False)
        named = None if stated else self._named_before_relative(trigger)
        if named is not None:
            return self.args.referents(named, expand=False)
        sentence = sentence_of(trigger)
        if word == "y" and self._site_before(trigger):
            return []
        if stated and (
            sentence.start == 0
            or not any(
                frame.relation == stated
                for frame, _ in self._frames(sentence_of(trigger.doc[sentence.start - 1]).root)
            )
        ):
            return []
        antecedent = self.args.clitic_antecedent(trigger)
        if stated and antecedent and all(m.type is EntityType.PRODUCT for m in antecedent):
            # "Kestrel a dévoilé le Vexo. L'appareil a été mis au point à Lyon. Le ministère en a
            # commandé douze": the sentence before is about the product, en stands for it
            return list(self.memory.maker)
        return antecedent

    def _joined_clause_subject(self, verb: Token) -> Token | None:
        """'Ludéa a beaucoup investi dans ses parcs : le constructeur K lui a livré de
        nouvelles attractions', '..., et le fabricant K lui a livré ...': a dative clitic in a
        clause joined to an earlier one of the same sentence (after a colon, a semicolon or
        "et") stands for that clause's subject, a company, when it agrees in number and the
        clitic's own clause has a subject of its own; None anywhere else."""
        first = verb.head
        joined = verb.dep_ in ("parataxis", "conj", "advcl")
        if not joined or first.i >= verb.i or first.pos_ != "VERB":
            return None
        own = self.args.subject_of(verb)
        subject = self.args.subject_of(first)
        if own is None or subject is None or own.i == subject.i or own.i < first.i:
            return None
        between = {t.text for t in verb.doc[first.i : own.i]}
        if not between & {":", ";", "et"}:
            return None
        plural = (  # a name's number is its list's
            len(self.args.list_of(subject)) > 1
            if subject.ent_type_
            else "Plur" in subject.morph.get("Number")
        )
        if plural != (fold(self._clitic_before(verb) or "") == "leur"):
            return None  # "lui" for one, "leur" for several
        mentions = self.args.referents(subject, expand=False)
        if not mentions or any(m.type is not EntityType.ORGANIZATION for m in mentions):
            return None  # "Les 25 000 tonnes ... : l'industriel lui achète": no company
        return subject

    def _own_dans(self, verb: Token) -> bool:
        """'Le verrier y investira 18 millions d'euros dans une nouvelle ligne': a verb with a
        "dans" complement of its own says where the money goes; its "y" is the place where, not
        the company invested in."""
        return any(
            c.dep_.startswith("obl")
            and fold(c.lemma_) not in self.lexicon.dans_locution_nouns
            and any(g.dep_ == "case" and fold(g.text) == "dans" for g in self.args.kids(c))
            for c in self.args.kids(verb)
        )

    def _site_before(self, verb: Token) -> bool:
        """'... qui construira une usine près de Pune. Les deux partenaires y investiront 110
        millions': "y" takes up the site the sentence before brings in after its subject
        (`clitic_y_sites`), not the company it is about."""
        sentence = sentence_of(verb)
        if sentence.start == 0:
            return False
        before = sentence_of(verb.doc[sentence.start - 1])
        subject = self.args.subject_of(before.root)
        described = {t.i for t in subject.subtree} if subject is not None else set()
        return any(
            t.pos_ == "NOUN" and t.dep_ == "obj" and fold(t.lemma_) in self.lexicon.clitic_y_sites
            for t in before
            if t.i not in described  # "Kelvia, qui exploite une usine à Lyon, lève ...": Kelvia
        )

    def _main_subject_over_relative(self, verb: Token) -> Token | None:
        """'X s'appuie sur le fondeur Y, qui lui fournit ses puces': a dative clitic in a
        relative on a complement stands for the subject of the clause the relative hangs in
        (never the antecedent, the relative's own subject); None anywhere else."""
        relative = next(
            (
                c
                for c in self.args.kids(verb)
                if c.dep_ in ("nsubj", "nsubj:pass") and "Rel" in c.morph.get("PronType")
            ),
            None,
        )
        if verb.dep_ != "acl:relcl" or relative is None:
            return None
        antecedent = verb.head
        main = self.args.governing_verb(antecedent)
        subject = self.args.subject_of(main) if main is not None else None
        if subject is None or subject.i > antecedent.i or antecedent in subject.subtree:
            return None
        plural = (  # a name's number is its list's: the tagger makes "Quantalis" plural
            len(self.args.list_of(subject)) > 1
            if subject.ent_type_
            else "Plur" in subject.morph.get("Number")
        )
        if plural != (fold(self._clitic_before(verb) or "") == "leur"):
            return None  # "lui" for one, "leur" for several
        own = {t.i for t in subject.subtree}
        start = self.args.np_start(antecedent)
        if any(t.ent_type_ and t.i not in own for t in verb.doc[subject.i : start]):
            return None  # "a présenté Y au fonds Z, qui lui fournira": lui may be Y
        return subject

    def _commented_subject(self, verb: Token) -> Token | None:
        """'Kestra gardera son nom, précise le groupe, qui en détenait 20 %': in a relative on
        the inverted subject of a reporting incise, the clitic takes up the subject of the
        clause the incise comments on (not the sentence before's)."""
        reporter = verb.head
        incise = reporter.head
        first = min([incise.i] + [c.i for c in incise.children if c.dep_.startswith("aux")])
        if (
            verb.dep_ != "acl:relcl"
            or reporter.dep_ not in ("nsubj", "obj")
            or incise.dep_ not in ("parataxis", "advcl", "conj")
            or reporter.i < incise.i
            or incise.doc[first - 1].text != ","
            or fold(lemma_of(incise, self._reporting_verbs, {})) not in self._reporting_verbs
        ):
            return None
        subject = self.args.subject_of(incise.head)
        opening = sentence_of(verb)[0]
        if subject is None and fold(opening.text) in DEMONSTRATIVE_PRONOUNS:
            subject = opening  # "Celle-ci, qui ..., conservera": a subject the parser lost
        return subject if subject is not None and subject.i < incise.i else None

    def _named_before_relative(self, verb: Token) -> Token | None:
        """'a cédé ses parts de Kestrel au groupe Talmor, lequel en détenait déjà 27 %', 'a
        racheté Kestrel à Brivane, qui en détenait 60 %': in a relative clause on a name, the
        clitic takes up the organisation named before that name in the same clause (not the
        sentence before's subject); None when the relative opens on no name or none precedes."""
        pronoun = next(
            (
                c
                for c in self.args.kids(verb)
                if c.dep_ in ("nsubj", "nsubj:pass") and "Rel" in c.morph.get("PronType")
            ),
            None,
        )
        if verb.dep_ != "acl:relcl" or pronoun is None or pronoun.i < 2:
            return None
        doc = verb.doc
        if doc[pronoun.i - 1].text != ",":
            return None
        antecedent = doc[pronoun.i - 2]
        if not antecedent.ent_type_:
            return None
        listed = {t.i for t in self.args.list_of(antecedent)}
        for token in reversed(doc[sentence_of(verb).start : antecedent.i]):
            if token.i in listed or not token.ent_type_:
                continue
            mentions = self.args.referents(token, expand=False)
            if mentions and all(m.type is EntityType.ORGANIZATION for m in mentions):
                return token
            return None  # the name before is a person's or a place's: nothing to take up
        return None

    @property
    def _reporting_verbs(self) -> frozenset[str]:
        """The verbs of an attribution ("précise", "indique", "a expliqué"), cues.yaml."""
        return self.lexicon.cues["attribution"]["verbs"]  # folded to a frozenset at load

    def _clitic_before(self, verb: Token) -> str | None:
        """The clitic pronoun right before a verb and its auxiliaries ('en' of 'n'en détient
        plus que', 'y' of 'y a déjà investi'), if any."""
        skipped = self.lexicon.clitic_skipped
        for token in reversed(verb.doc[sentence_of(verb).start : verb.i]):
            if token.pos_ == "AUX" or (token.pos_ == "ADV" and fold(token.text) in skipped):
                continue
            if token.pos_ == "PRON" and fold(token.text) in ("en", "y", "lui", "leur"):
                return fold(token.text)
            return None
        return None

    def _referents(
        self, token: Token | None, trigger: Token, *, expand: bool = True
    ) -> list[Mention]:
        if token is None or token.i == trigger.i:
            return []
        return self.args.referents(self._principal(token), expand=expand)

    def _listed_owners(
        self, first: Token, parts: frozenset[str], trigger: Token
    ) -> list[Mention]:
        """'X équipe les gares de A et les hôtels de B': the owners of the other sites listed
        after the verb's first object are clients too (never sites under a possessive)."""
        found: list[Mention] = []
        for site in _sites_listed_after(first, parts):
            whole = self.whole_of(site, parts)
            if whole.i != site.i:
                found += self._referents(whole, trigger, expand=False)
        return found

    def _maker_of(self, token: Token) -> Token:
        """'X équipe le Kubix de son concurrent Utilec': a name under a definite article with a
        'de' complement is a product or a unit of that complement, whose owner is the client
        (a frame with `owner_of` only); any other token is itself."""
        kids = self.args.kids(token)
        if not token.ent_type_ or not any(
            child.dep_ == "det" and fold(child.text) in ("le", "la", "les", "l'") for child in kids
        ):
            return token
        for child in kids:
            if child.dep_ == "nmod" and any(
                c.dep_ == "case" and is_de(c) for c in self.args.kids(child)
            ):
                return child
        return token

    def _possessed(self, token: Token) -> bool:
        """'Kerlog équipe ses camions des boîtiers de Capvera': sites or staff under a
        possessive are the subject's own, so a later 'de' name is the goods' maker, not their
        owner."""
        kids = self.args.kids(token)
        return any(child.dep_ == "det" and fold(child.text) in POSSESSIVES for child in kids)

    def _majority_whole(self, share: Token) -> Token:
        """The company a majority share is of: '70 % de la distillerie X', '80 % du capital de
        X', '60 % des parts de X' (never '70 % des actifs de X', a part of what it owns)."""
        for child in self.args.kids(share):
            if child.dep_ != "nmod" or not any(
                c.dep_ == "case" and is_de(c) for c in self.args.kids(child)
            ):
                continue
            if fold(child.lemma_) in _CAPITAL_WORDS:
                return next(
                    (
                        g
                        for g in self.args.kids(child)
                        if g.dep_ == "nmod" and self.args.referents(g, expand=False)
                    ),
                    child if _own_capital(child) else share,
                )
            if child.ent_type_ or self.args.referents(child, expand=False):
                return child
        return share

    def whole_of(self, token: Token, parts: frozenset[str] = frozenset()) -> Token:
        """'le rachat d'activités de Danone', 'une partie du capital de X': the deal is about
        the company the part belongs to (and so is a frame's own `owner_of` noun: 'équipe les
        entrepôts de Bricoval')."""
        lemma = fold(token.lemma_)
        if token.ent_type_ or (lemma not in self.lexicon.part_nouns and lemma not in parts):
            return token
        if lemma in parts and self._possessed(token):
            return token
        whose = next((c for c in self.args.kids(token) if fold(c.text) == "dont"), None)
        if whose is not None and self.args.referents(whose, expand=False):
            return whose  # "Y, dont le capital est détenu par X": the relative's antecedent's
        for child in self.args.kids(token):  # "le contrôle du joaillier italien Castellani"
            if (
                child.dep_ == "nmod"
                # "une batterie de 100 kWh": a unit read as a name
                and not (lemma in parts and child.ent_type_ and _quantified(child))
                and any(c.dep_ == "case" and is_de(c) for c in self.args.kids(child))
                and self.args.referents(child, expand=False)
            ):
                return child
        doc = token.doc
        for candidate in self.args.in_clause(token):
            if candidate.ent_type_ and (
                is_de(doc[candidate.i - 1])
                # "les pièces de la société Ondivia": the name after its descriptor, close by
                or (
                    lemma in parts
                    and 0 < candidate.i - token.i <= 8
                    and is_de(doc[self.args.np_start(candidate) - 1])
                    and not _quantified(candidate)
                )
            ):
                return candidate
        following = token.doc[token.i + 1 : token.i + 4]
        for i, candidate in enumerate(following):
            if candidate.ent_type_ and i > 0 and is_de(following[i - 1]):
                return candidate
        return token

    @staticmethod
    def _described_whole_after(token: Token) -> Token | None:
        """'la branche eau de l'énergéticien Elvantis': a part's "de" complement, a company
        named after its descriptor, in word order (the parse may take the descriptor for an
        adjective and hang the name elsewhere)."""
        window = token.doc[token.i + 1 : min(token.i + 8, sentence_of(token).end)]
        opened = False
        for word in window:
            if word.ent_type_:
                return word if opened else None
            if is_de(word):
                opened = True
            elif word.is_punct or word.pos_ not in ("DET", "NOUN", "ADJ") or not word.is_lower:
                return None
        return None

    def _principal(self, token: Token) -> Token:
        """'Conseil de Lactalis, Perella Weinberg Partners envisage ...': an adviser acts for
        its client, who is the party to the deal."""
        if not token.ent_type_:
            return token
        doc = token.doc
        window = doc[max(sentence_of(token).start, token.i - 5) : token.i]
        if len(window) >= 3 and window[-1].text == ",":
            for i, item in enumerate(window[:-2]):
                if (
                    fold(item.lemma_) in self.lexicon.adviser_nouns
                    and is_de(window[i + 1])
                    and window[i + 2].ent_type_
                ):
                    return window[i + 2]
        return token

    def _noun_agent(self, noun: Token) -> Token | None:
        """The agent of a deal noun: the subject of the verb that governs it ('Carrefour a
        annoncé le rachat de Magne'), unless that verb is one of acceptance."""
        args = self.args
        if self._target_of(noun) is not None:  # "X fait l'objet d'une offre": X is no bidder
            return None
        apposed = _apposed_after_name(noun)
        if apposed is not None:  # "la société Orsalis, entrée au capital du groupe en 2019"
            return apposed
        adviser = self._adviser_over(noun)
        if adviser is not None:
            # "X est le conseil de Y pour le rachat de Z", "Conseiller de Y lors de l'acquisition
            # de Z, P ...": the deal of the adviser's client
            return next(
                (
                    c
                    for c in args.kids(adviser)
                    if c.ent_type_ and c.i < noun.i and any(is_de(k) for k in args.kids(c))
                ),
                None,
            )
        by = _participle_agent(noun)
        if by is not None and not by.ent_type_:
            by = args._named_in_np(by) or by  # "signé par sa filiale Ondal"
        if by is not None:  # "relancer le partenariat noué par l'application avec Y": not "Il"
            return by if args.referents(by, expand=False) else None
        verb = args.governing_verb(noun)
        if verb is not None and _describing_participle(verb):
            verb = args.governing_verb(verb.head)
        if verb is None:  # the parser found no verb: read the clause left to right
            subjects = [c for c in args.kids(noun) if c.dep_ in ("nsubj", "nsubj:pass")]
            return (
                (subjects[0] if subjects else None)  # "X a des visées sur Y", noun the root
                or self._apposed_token(noun)
                or self._subject_after_fronted(noun)
                or args._opening_subject(sentence_of(noun))
            )
        lemma = fold(verb.lemma_)
        if lemma in self.lexicon.accept_verbs or self._turned_down_bid(noun, lemma):
            return None
        if any(c.i == noun.i for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")):
            return None  # the noun is the subject itself
        if lemma in self.lexicon.adviser_verbs:  # "accompagne Talmor dans son projet de rachat"
            return args.patient(verb)
        agent = args.agent(verb)
        if agent is not None:
            return self._employer(agent) if self._speaker(agent) else agent
        return self._apposed_token(noun)

    def _won(self, noun: Token, *, vying: bool = False) -> bool:
        """'Le groupement formé par A et B a remporté le contrat': a deal its subjects won
        together, from someone else; with `vying`, also one they vie for ("A et B convoitent
        le contrat": rivals, each would deal with whoever awards it)."""
        verb = self.args.governing_verb(noun)
        if verb is None:
            return False
        lemma = fold(verb.lemma_)
        return lemma in self.lexicon.winning_verbs or (vying and lemma in self.lexicon.vying_verbs)

    def _target_of(self, noun: Token) -> Token | None:
        """'X fait l'objet d'une offre de Y', 'X est la cible d'une OPA de Y': the subject of
        the clause that undergoes the deal noun through one of `target_nouns` (the noun hung on
        that noun, or beside it on "faire"; "d'une offre d'achat de Y": the deal noun may
        complete another); None for any other noun."""
        while noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
            if fold(noun.head.lemma_) in self.lexicon.target_nouns:
                break
            noun = noun.head
        holder = noun.head
        if fold(holder.lemma_) not in self.lexicon.target_nouns:
            holder = next(
                (
                    c
                    for c in self.args.kids(holder)
                    if c.dep_ == "obj" and fold(c.lemma_) in self.lexicon.target_nouns
                ),
                None,
            )
            if holder is None or holder.i > noun.i:
                return None
        if not any(c.dep_ == "det" and c.i < holder.i for c in self.args.kids(holder)):
            return None  # "faire objet de": not the set phrase
        clause = holder.head if holder.dep_ == "obj" else holder  # "est la cible": predicate
        return self.args.subject_of(clause)

    def _own_unit(self, frame: Frame, trigger: Token, obj: Mention) -> bool:
        """'Talmor est entré en négociations en vue de la reprise de sa filiale Y': the clause's
        agent does not buy the unit its own possessive names (it sells it); 'la reprise de sa
        filiale Y par Z' names its buyer; 'le rachat de son ancienne filiale Y' buys it back."""
        if frame.relation != "acquired" or frame.kind != "noun" or obj.kind is not MentionKind.NAME:
            return False
        span = trigger.doc.char_span(obj.start, obj.end)
        if span is None:
            return False
        noun = span.root.head
        return (
            noun.i < span.start
            and fold(noun.lemma_) in self.lexicon.own_unit_nouns
            and _possessed(noun)
            and not any(fold(c.lemma_) in ("ancien", "ex") for c in noun.children)
        )

    def _adviser_over(self, noun: Token) -> Token | None:
        """The adviser's noun a deal noun depends on: 'le conseil de Y pour le rachat de Z',
        'conseiller de Y lors de l'acquisition de Z' (through the adverb of 'lors de')."""
        head = noun.head
        if head.pos_ == "ADV" and head.i < noun.i:
            head = head.head
        if (
            noun.dep_ in ("nmod", "obl:arg", "obl:mod")
            and head.i < noun.i
            and fold(head.lemma_) in self.lexicon.adviser_nouns
        ):
            return head
        return None

    def _turned_down_bid(self, noun: Token, verb_lemma: str) -> bool:
        """'P assure avoir refusé une offre de rachat de H': whoever turns a bid down is its
        target, not the buyer of the deal the bid (or the deal noun it names) is about."""
        if verb_lemma not in self.lexicon.turn_down_verbs:
            return False
        bids = self.lexicon.bid_nouns
        head = noun.head  # "la moindre offre": the lemmatizer may read "offre" as "offrir"
        return fold(noun.lemma_) in bids or (
            noun.dep_ == "nmod" and (fold(head.lemma_) in bids or fold(head.text) in bids)
        )

    def _speaker(self, token: Token) -> bool:
        """'Son PDG, Paul Ferrand, a annoncé le rachat de Kestrel': a person named with a title
        speaks or acts for the company, which is the party of the deal, not the person; 'Selon
        Claire Morvan, analyste chez Oddo, ...': a source the parse took for the subject."""
        args = self.args
        attribution = self.lexicon.cues["attribution"]["prepositions"]
        if any(c.dep_ == "case" and fold(c.text) in attribution for c in args.kids(token)):
            return True
        if not self._titles_near(token):
            return False
        mentions = args.referents(token, expand=False)  # none for "Le PDG de Talmor"
        return all(m.type is EntityType.PERSON for m in mentions)

    def _titles_near(self, token: Token) -> list[Token]:
        """The title words said of a name: its apposition, the noun it is apposed to, the words
        before it ("le PDG Paul Ferrand", "Son PDG, Paul Ferrand, ...")."""
        args = self.args
        near = [token, *(c for c in args.kids(token) if c.dep_ in ("appos", "nmod", "acl"))]
        if token.dep_ == "appos":
            near.append(token.head)
        start = args.np_start(token)
        near += token.doc[max(0, start - 2) : start]
        near += [t for t in token.doc[start : token.i] if t.pos_ == "NOUN"]
        heads = self.lexicon.title_heads  # "associé": a title the lemmatizer reads as a verb
        return [t for t in near if fold(t.lemma_) in heads or fold(t.text) in heads]

    def _employer(self, person: Token) -> Token | None:
        """'Paul Ferrand, PDG de Talmor, a annoncé le rachat de Kestrel': the company a titled
        speaker acts for, named in a current title ('P, ancien banquier chez Z' speaks for no Z),
        or the owner of its possessive ('Son directeur financier, P, a démenti ...'); none for an
        observer ('analyste chez Oddo')."""
        former = frozenset(fold(w) for w in self.lexicon.cues["past"]["modifiers"])
        for title in self._titles_near(person):
            if (fold(title.lemma_),) in self.lexicon.observer_titles:
                return None
            before = title.doc[max(0, title.i - 2) : title.i]
            if fold(title.text).startswith("ex-") or any(fold(t.text) in former for t in before):
                continue  # "P, ancien banquier chez Z": not whom P speaks for today
            for token in title.subtree:
                span = title.doc[min(title.i, token.i) : max(title.i, token.i)]
                if any(t.text == "," for t in span):
                    continue  # "Son directeur financier, P, ancien de Z": another aside's name
                mentions = self.args.referents(token, expand=False) if token.ent_type_ else []
                if mentions and all(m.type is EntityType.ORGANIZATION for m in mentions):
                    return token
            owner = next(
                (
                    c
                    for c in self.args.kids(title)
                    if c.dep_ == "det" and c.i < title.i and fold(c.text) in ("son", "sa")
                ),
                None,
            )
            if owner is not None:  # "Son directeur financier, P, a démenti ...": its company
                return owner
        return None

    def _subject_after_fronted(self, noun: Token) -> Token | None:
        """'Avec des clients tels que Safran et Airbus, la société Sogeti affiche ...': a
        sentence that opens with a prepositional phrase has its subject after the comma."""
        sentence = sentence_of(noun)
        if sentence[0].pos_ != "ADP":
            return None
        comma = next((t for t in sentence if t.i > noun.i and t.text == ","), None)
        if comma is None:
            return None
        for token in sentence[comma.i - sentence.start + 1 :]:
            if token.ent_type_:
                return token
            if token.pos_ not in ("DET", "NOUN", "ADJ"):
                return None
        return None

    def _apposed_token(self, noun: Token) -> Token | None:
        """'Fimalac, copropriétaire de ... et candidat malheureux au rachat de ...', and the
        subject of a predicative noun: 'Sogeti est une filiale de Capgemini'."""
        if any(c.dep_ == "cop" for c in self.args.kids(noun)):
            subject = next(
                (c for c in self.args.kids(noun) if c.dep_ in ("nsubj", "nsubj:pass")), None
            )
            if subject is not None:
                named = self.args._named_in_np(subject) if not subject.ent_type_ else subject
                return named or subject
        token = noun
        for _ in range(4):
            # (a finite verb the parse hangs as an apposition is a clause of its own: "Fondé
            # par P, le cabinet, qui ..., compte parmi ses clients Y": not P)
            if token.dep_ == "appos" and token.head.ent_type_ and not _finite(token):
                return token.head
            for child in token.children:
                if child.dep_ == "appos" and child.ent_type_:
                    return child
                if child.dep_ == "acl" and naming_participle(child):  # "une coentreprise,
                    named = next((c for c in child.children if c.ent_type_), None)  # baptisée Z"
                    if named is not None:
                        return named
            if (
                token.dep_ in ("nmod", "conj", "obl", "obl:mod", "obl:arg")
                and token.head.i != token.i
            ):
                token = token.head
            else:
                break
        # linear: NAME , [DET] noun, past "lui-même" ("Le fondeur X, lui-même filiale de Y")
        doc = noun.doc
        i = noun.i - 1
        while i > sentence_of(noun).start and (
            doc[i].pos_ in ("DET", "ADJ", "ADV") or fold(doc[i].text) in _SELF_PRONOUNS
        ):
            i -= 1
        if i > sentence_of(noun).start and doc[i].text == "," and doc[i - 1].ent_type_:
            return None if _closes_fronted_complement(doc[i - 1], noun) else doc[i - 1]
        return None

    def _person_of_participle(self, verb: Token) -> list[Mention]:
        """Whom a verb of career is said of, whatever voice the parse gives it ("passé par W" looks
        passive, its "par" no agent): the person its subject names, else the person a participle
        opening the sentence describes ("Passée par W, P dirige ..."), else the nearest person
        named before it in its clause ("P, le directeur financier de X, passé par W")."""
        sentence = sentence_of(verb)
        subject = self.args.subject_of(verb)
        candidates = [subject] if subject is not None else []
        nearest: Token | None = None
        if verb.i == sentence.start or all(t.pos_ == "ADV" for t in sentence if t.i < verb.i):
            candidates.append(self.args.after_fronted_participle(verb))
        for token in reversed(verb.doc[sentence.start : verb.i]):
            if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
                break
            if token.ent_type_ in ("PER", "Person"):
                nearest = token
                break
        for token in candidates:
            if token is None:
                continue
            people = [m for m in self._referents(token, verb) if _person_or_pronoun(m)]
            if people:
                return people
        # "A, une journaliste, et B, passé par W": the person right before, not A's list
        if nearest is None:
            return []
        if "Plur" in verb.morph.get("Number"):  # "A et B, passés par W": both
            return [m for m in self._referents(nearest, verb) if m.type is EntityType.PERSON]
        return [self.args.name_mention(nearest)]

    def _apposed(self, noun: Token) -> list[Mention]:
        """The name a noun describes: in apposition, or as the predicate of a copula
        ('Notre premier client sera le groupe Airbus')."""
        head = noun.head
        if noun.dep_ == "nsubj" and any(c.dep_ == "cop" for c in self.args.kids(head)):
            predicate = self.args.referents(head, expand=True)
            if predicate:
                return predicate
        kids = self.args.kids(noun)
        if any(c.dep_ == "cop" for c in kids):  # "Talmor pourrait être la prochaine cible de X"
            subject = next((c for c in kids if c.dep_ == "nsubj"), None)
            if subject is None and noun.dep_ == "xcomp":  # "pourrait être", "semble être"
                subject = self.args.subject_of(noun.head)
            if subject is not None:
                return self.args.referents(subject, expand=True)
        if (
            noun.dep_ in ("obj", "xcomp")
            and head.pos_ == "VERB"
            and fold(head.lemma_) in self.lexicon.copula_verbs
        ):  # "Ecran, qui revendique ..., devient ainsi une filiale de Médiaco": the parser
            # makes "devenir" and "rester" main verbs, their predicate an object (through a
            # relative, only a named antecedent: "à la tête de l'entreprise, qui deviendra une
            # filiale de X" is too weak a guess at which company the description is)
            subject = self.args.subject_of(head)
            if subject is not None:
                relative = "Rel" in subject.morph.get("PronType")
                return [
                    m
                    for m in self.args.referents(subject, expand=True)
                    if m.kind is MentionKind.NAME or not relative
                ]
        named = self.args._named_in_np(noun)
        if named is not None and named.i > noun.i:  # a plural names a list: "ses filiales A et B"
            return self.args.referents(named, expand="Plur" in noun.morph.get("Number"))
        token = self._apposed_token(noun)
        return self.args.referents(token, expand=False) if token is not None else []

    def _company_of_subjects_relative(
        self, verb: Token, patient: Token | None
    ) -> list[Mention]:
        """'P, qui présidait Y depuis sa création, quittera l'entreprise', 'P, qui a fondé Y
        en 2010, a revendu la société': a bare company description the verb has for object is
        the one company the relative on its subject person has for object."""
        args = self.args
        if (
            patient is None
            or patient.pos_ != "NOUN"
            or patient.dep_ != "obj"
            or args._named_in_np(patient) is not None
            or not any(
                c.dep_ == "det" and fold(c.text) in ("le", "la", "l'") for c in patient.children
            )
            or args.lexicon.descriptors.get(fold(patient.lemma_)) is None
        ):
            return []
        own_roles = self.lexicon.chair_verbs | {
            phrase[0]
            for frame in self.lexicon.frames
            if frame.id in ("hasCEO.verb", "foundedBy.verb")
            for phrase in frame.lemmas
        }  # a company of one's own: "qui présidait Y", "qui a fondé Y" (not "qui a quitté Y")
        # in the words' order, the parse of such asides being unreliable: "P, qui <role> Y
        # ..., <verb>", the person's name, its relative and the verb, nothing else between
        doc = verb.doc
        persons = [
            t
            for t in doc[sentence_of(verb).start : verb.i]
            if t.ent_type_ and args.name_mention(t).type is EntityType.PERSON
        ]
        if not persons:
            return []
        between = doc[persons[-1].i + 1 : verb.i]
        if len(between) < 4 or between[0].text != "," or fold(between[1].text) != "qui":
            return []
        verbs = [t for t in between if t.pos_ == "VERB"]
        if len(verbs) != 1 or fold(verbs[0].lemma_) not in own_roles:
            return []
        after = doc[verbs[0].i + 1]  # the name itself, right after: not "la filiale Y"
        if not after.ent_type_ or args.name_mention(after).type is not EntityType.ORGANIZATION:
            return []
        return [args.name_mention(after)]

    def owners(self, noun: Token, possessive: Mention) -> list[Mention]:
        """Who the possessive of `noun` stands for: the name its clause binds it to, else the
        anaphor itself. An owner is an organisation or a person: "L'appareil a été mis au
        point avec sa filiale X" is the maker's subsidiary, not the device's. A seller's
        possessive is the company sold ("reprend Kestrel à son fondateur, X"), a quoted
        speaker's the company that opens the sentence."""
        told = self.args.owner_told_by_clause(noun, self.lexicon)
        if told is not None:
            return told
        supplier = self.goods_source(noun)
        if supplier:  # "X a commandé à Y dix exemplaires de son drone": Y's
            return supplier
        client = self.client_of_work(noun)
        if client:  # "X a travaillé pour Y sur son jeu P": Y's
            return client
        also = self.also_owner(noun)
        if also is not None:  # "B, qui équipe aussi les camions de son concurrent C": A's
            return self.args.referents(also, expand=False)
        if self.args.bought_from_dative(noun):  # "pour lui racheter sa filiale": the seller's
            seller = self.args.dative_seller(noun)
            return [self.args.name_mention(seller)] if seller is not None else []
        if self._replaced_for_another(noun):
            return []
        owner = self.args.owner_in_clause(noun)
        if owner is not None:  # "... avec l'éditeur Y pour distribuer sa plateforme": Y's
            return [self.args.name_mention(owner)]
        if self.round_investors(noun):  # "Le tour de table est mené par X, avec ses
            return list(self.memory.raiser)  # investisseurs historiques": the raiser's
        bound = [
            m
            for m in self._bind_possessive(noun)
            if m.type in (None, EntityType.ORGANIZATION, EntityType.PERSON)
        ]
        if not bound and self._unowned(noun):
            return []
        return bound or [possessive]

    def goods_source(self, noun: Token) -> list[Mention]:
        """'La compagnie X a commandé au constructeur Y douze exemplaires de son biréacteur P',
        'a obtenu du studio Y la licence de sa série P': goods a company orders, buys, rents or
        licenses (`goods_getting_verbs`), the object itself or counted (`goods_count_nouns`),
        are the supplier's the verb names after "à", "auprès de" or "de", not the buyer's (a
        buyer does not order its own product). Empty when no supplier is named."""
        goods = noun
        for _ in range(4):  # "la licence des produits dérivés de sa série": up to the object
            if goods.dep_ == "obj":
                break
            head = goods.head
            # (the lemmatizer may read "produits" as the verb's form: the word itself counts)
            spelt = {fold(head.lemma_), fold(head.text), fold(head.text).removesuffix("s")}
            counted = head.pos_ == "NOUN" and bool(spelt & self.lexicon.goods_count_nouns)
            qualified = head.pos_ == "VERB" and head.dep_ == "acl"  # "produits dérivés de"
            if goods.dep_ not in ("nmod", "obl:arg", "acl") or not (counted or qualified):
                return []
            goods = head
        verb = goods.head
        if (
            goods.dep_ != "obj"
            or verb.pos_ != "VERB"
            or fold(verb.lemma_) not in self.lexicon.goods_getting_verbs
        ):
            return []
        for complement in self.args.kids(verb):
            cases = [fold(c.text) for c in self.args.kids(complement) if c.dep_ in ("case", "det")]
            if complement.i == goods.i or not cases:
                continue
            # "a obtenu du studio Y la licence": the parse may take "du studio" for an object
            partitive = complement.dep_ == "obj" and complement.i < goods.i
            if not partitive and complement.dep_ not in ("obl", "obl:arg", "obl:mod", "iobj"):
                continue
            if cases[0] not in ("a", "au", "aux", "aupres", "de", "du", "des", "d'"):
                continue
            found = [
                m
                for m in self.args.referents(complement, expand=False)
                if m.type in (None, EntityType.ORGANIZATION)
            ]
            if found:
                return found
        return []

    def made_for_another(self, verb: Token) -> bool:
        """'La start-up K conçoit la puce P, que fabriquera pour elle le fondeur X', 'Fabriquée
        sous contrat par X, la pompe P', 'X fabrique les tablettes P de Y', 'X a travaillé
        pour Y sur le jeu P': goods a company makes or works on (`contract_making_verbs`) for
        another named, under a contract (`contract_terms`) or that the goods' "de" names as
        owner are that client's; the contractor is not their maker."""
        if verb.pos_ not in ("VERB", "AUX") or (
            fold(verb.lemma_) not in self.lexicon.contract_making_verbs
        ):
            return False
        if self.client_worked_for(verb):
            return True
        for child in self.args.kids(verb):  # "fabriquée sous contrat par X"
            if child.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and (
                fold(child.lemma_) in self.lexicon.contract_terms
                and any(c.dep_ == "case" and fold(c.text) == "sous" for c in self.args.kids(child))
            ):
                return True
        patient = self.args.patient(verb)
        if patient is None or patient.dep_ != "obj":
            return False
        doc = verb.doc
        for token in doc[patient.i + 1 : min(len(doc) - 1, patient.i + 6)]:
            # "fabrique les tablettes P de Y": Y's goods, read in word order (the parser often
            # hangs the name elsewhere); not "de sa gamme", nor past the object's phrase
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                return False
            if not is_de(token):
                continue
            for after in doc[token.i + 1 : min(len(doc), token.i + 4)]:  # "de l'opérateur Y"
                if after.ent_type_:
                    if self._other_than_doer(verb, after):
                        return True
                    break
                if not (after.pos_ == "DET" or (after.is_lower and after.pos_ in ("NOUN", "ADJ"))):
                    break
        return False

    def client_worked_for(self, verb: Token) -> list[Mention]:
        """'que fabriquera pour elle le fondeur X', 'fabrique pour le compte du laboratoire Y',
        'a travaillé pour l'éditeur Y': the company a verb of `contract_making_verbs` names
        after "pour" (or "pour le compte de"), other than its doer; empty when none."""
        if verb.pos_ not in ("VERB", "AUX") or (
            fold(verb.lemma_) not in self.lexicon.contract_making_verbs
        ):
            return []
        complements = list(self.args.kids(verb))
        complements += [  # "a travaillé ces deux années pour Y": the parse hangs it on the object
            c
            for k in complements
            if k.dep_ in ("obj", "obl:mod")
            for c in self.args.kids(k)
            if c.dep_ == "nmod"
        ]
        for child in complements:
            cases = [fold(c.text) for c in self.args.kids(child) if c.dep_ == "case"]
            if child.dep_ not in ("obl", "obl:arg", "obl:mod", "nmod") or cases[:1] != ["pour"]:
                continue
            behalf = fold(child.lemma_) == "compte"  # "pour le compte du laboratoire Y"
            owners = [c for c in self.args.kids(child) if c.dep_ == "nmod"] if behalf else []
            for token in owners or [child]:
                found = self._other_than_doer(verb, token)
                if found:
                    return found
        return []

    def _other_than_doer(self, verb: Token, token: Token) -> list[Mention]:
        """The organisations (or pronouns) `token` stands for, other than the verb's doer."""
        agent = self.args.agent(verb)
        doer = {m.start for m in self.args.referents(agent, expand=False)} if agent else set()
        return [
            m
            for m in self.args.referents(token, expand=False)
            if m.start not in doer and m.type in (None, EntityType.ORGANIZATION)
        ]

    def client_of_work(self, noun: Token) -> list[Mention]:
        """'X a travaillé pour Y sur son jeu P', 'X fabrique pour le compte de Y le principe
        actif de son traitement P': what a contractor makes or works on for a client named is
        the client's, the possessive too (`client_worked_for`); empty otherwise."""
        head = noun
        for _ in range(3):  # up the object's "de" complements to the verb
            if head.dep_ != "nmod" or head.head.pos_ != "NOUN":
                break
            head = head.head
        if head.dep_ not in ("obj", "obl", "obl:arg", "obl:mod"):
            return []
        return self.client_worked_for(head.head)

    def round_investors(self, noun: Token) -> bool:
        """'Le tour de table est mené par X, avec la participation de ses investisseurs
        historiques, A et B', 'L'opération est menée par X, aux côtés de ses actionnaires':
        the investors a possessive gives a round that is its clause's subject are the company's
        that raised, never those of the fund that leads it (the anaphor would find X)."""
        if fold(noun.lemma_) not in self.lexicon.round_investor_nouns:
            return False
        verb = self.args.governing_verb(noun)
        subject = self.args.subject_of(verb) if verb is not None else None
        rounds = self.lexicon.funding_nouns | self.lexicon.round_standins
        return (
            subject is not None
            and not subject.ent_type_
            and fold(subject.lemma_) in rounds
            and self.args.possessor(noun) is not None
        )

    def _replaced_for_another(self, noun: Token) -> bool:
        """'X a confié ses paiements à Y, qui remplace son prestataire historique, Z': who
        replaces a possessive's supplier in a relative on a complement takes its place, for the
        main clause's subject or another; the possessive is then left unsaid (a verb of
        `succession_verbs`)."""
        verb = noun.head
        if noun.dep_ != "obj" or fold(verb.lemma_) not in self.lexicon.succession_verbs:
            return False
        subject = self.args.subject_of(verb)
        if subject is None or "Rel" not in subject.morph.get("PronType"):
            return False
        antecedent = self.args.antecedent_of_relative(subject)
        if antecedent is None:
            return False
        phrase = antecedent
        while phrase.dep_ in ("amod", "nmod", "appos", "flat:name") and phrase.head.i != phrase.i:
            phrase = phrase.head  # "a choisi l'équipementier grenoblois Y, qui remplace ..."
        return self.args.after_preposition(antecedent) or phrase.dep_ in (
            "obj",
            "iobj",
            "obl",
            "obl:arg",
            "obl:mod",
        )

    def _unowned(self, noun: Token) -> bool:
        """'Ses filiales comprennent A, B et C' opening a text: no organisation is named before
        the possessive, so it has no owner (never a name of its own phrase); a fronted phrase
        may still announce the subject after it ("Selon son fondateur, X, la start-up Y")."""
        if any(c.dep_ == "case" for c in noun.children):
            return False
        return not any(
            t.ent_type_ and self.args.name_mention(t).type is EntityType.ORGANIZATION
            for t in noun.doc[: noun.left_edge.i]
        )

    def _bind_possessive(self, noun: Token) -> list[Mention]:
        """'Meta s'est concentrée sur ... son modèle Llama': the possessive refers to the
        subject of its clause when that subject is a name (French binding, 3rd person)."""
        det = next(
            c
            for c in noun.children
            if c.dep_ == "det"
            and fold(c.text) in ("son", "sa", "ses", "leur", "leurs", "notre", "nos")
        )
        if fold(det.text) in ("notre", "nos"):
            return []
        plural_owner = fold(det.text) in ("leur", "leurs")  # "Arvel et Dorsan ... leurs drones"
        reputed = self._reputed_for(det)
        if reputed is not None:
            return self.args.referents(reputed, expand=False)
        if noun.dep_ == "conj" and not any(c.dep_ == "case" for c in noun.children):
            if self._possessed(noun.head):  # "sa fromagerie X et sa laiterie Y": one owner
                return self._bind_possessive(noun.head)
            # "Talmor a racheté Kestrel et son logiciel Orkos": Kestrel's (not "auprès du fonds
            # X et de ses investisseurs", the subject's)
            coordinated = self.args.referents(noun.head, expand=plural_owner)
            if coordinated:
                return coordinated
        verb = self.args.governing_verb(noun)
        if verb is not None and _purpose_of_another(verb):
            verb = verb.head  # "X a choisi Y pour fournir les batteries de sa citadine": X's
        subject = self.args.subject_of(verb) if verb is not None else None
        if verb is None:
            subject = self._phrase_before(noun)  # the parser found no clause: read leftwards
        if subject is None or subject.i == noun.i or self._own_subject(noun, verb):
            return []  # "Son modèle Codestral séduit ...": the owner is in an earlier sentence
        return self.args.referents(subject, expand=plural_owner)

    @staticmethod
    def _own_subject(noun: Token, verb: Token | None) -> bool:
        """'Ses rivaux, les groupes A et B, ont annoncé ...': the possessive noun is a subject
        of the verb itself, and the other subject the parse gives is its apposition, never its
        owner."""
        return verb is not None and noun.head.i == verb.i and noun.dep_ in ("nsubj", "nsubj:pass")

    def _split_owner(self, noun: Token) -> bool:
        """'A s'approvisionne auprès de B, qui équipe le Z de son concurrent C': in a relative on
        a complement, the "son" of a noun that completes the verb's object may be B's or the
        subject A's; a rival or a partner is then left unsaid (not so in 'A, qui a dépassé son
        concurrent C', on the subject, nor in 'pour B qui, contrairement à son rival C')."""
        if self.args.possessor(noun) is None or noun.dep_ != "nmod" or noun.head.dep_ != "obj":
            return False  # "contrairement à son grand rival": the antecedent's, as usual
        verb = self.args.governing_verb(noun)
        subject = self.args.subject_of(verb) if verb is not None else None
        if subject is None or "Rel" not in subject.morph.get("PronType"):
            return False
        antecedent = self.args.antecedent_of_relative(subject)
        return antecedent is not None and (
            self.args.after_preposition(antecedent)
            or antecedent.dep_ in ("obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod")
        )

    def split_owner(self, noun: Token) -> bool:
        """Whether the possessive of `noun` may be either of two companies (`_split_owner`)."""
        return self._split_owner(noun)

    def maker_left_unsaid(self, noun: Token) -> bool:
        """'X a signé avec Y, qui utilisera les images de ses satellites P': the product of a
        split-owner relative (`_split_owner`) may be X's or Y's, its maker left unsaid; not
        when the relative's subject buys parts of it ('Y, qui lui achètera les pales de sa
        turbine P': a buyer of `goods_getting_verbs` equips its own product)."""
        if not self._split_owner(noun) or self.also_owner(noun) is not None:
            return False
        verb = self.args.governing_verb(noun)
        return verb is None or fold(verb.lemma_) not in self.lexicon.goods_getting_verbs

    def also_owner(self, noun: Token) -> Token | None:
        """'A achète ses cellules à B, qui équipe aussi les camions de son concurrent C': with
        "aussi" or "également" on the verb of a split-owner relative (`_split_owner`), B serves
        C as it serves A, so the "son" is A's, the subject of the clause the relative's
        antecedent belongs to, when it is named ("Le groupe angevin" may be anyone the text
        named before); None when the sentence does not say so."""
        if not self._split_owner(noun):
            return None
        verb = self.args.governing_verb(noun)
        if verb is None or not any(
            c.dep_ == "advmod" and fold(c.text) in self.args.lexicon.also_words
            for c in verb.children
        ):
            return None
        pronoun = self.args.subject_of(verb)
        antecedent = self.args.antecedent_of_relative(pronoun) if pronoun is not None else None
        main = self.args.governing_verb(antecedent) if antecedent is not None else None
        subject = self.args.subject_of(main) if main is not None else None
        if subject is None or subject.i == antecedent.i:
            return None
        owners = self.args.referents(subject, expand=False)
        return subject if owners and all(m.kind is MentionKind.NAME for m in owners) else None

    @staticmethod
    def _reputed_for(det: Token) -> Token | None:
        """'la Biscuiterie Guénolé, connue pour ses galettes Z', 'le studio Ludara, célèbre pour
        son jeu Z': the name an apposed adjective or participle + "pour" qualifies owns what
        the possessive names (the parse hangs the adjective on the main verb)."""
        doc = det.doc
        i = det.i - 1
        if i < 2 or fold(doc[i].text) != "pour":
            return None
        i -= 1
        while i > 0 and doc[i].pos_ == "ADV":
            i -= 1  # "surtout connue pour"
        qualifier = doc[i]
        if qualifier.pos_ not in ("ADJ", "VERB") or qualifier.is_title:
            return None
        i -= 1
        while i > 0 and doc[i].pos_ == "ADV":
            i -= 1
        if i < 1 or doc[i].text != "," or not doc[i - 1].ent_type_:
            return None
        return doc[i - 1]

    def _phrase_before(self, noun: Token) -> Token | None:
        """The nearest noun phrase before `noun` in its sentence that is not a prepositional
        complement: "..., l'entreprise compte parmi ses clients" -> l'entreprise."""
        sentence = sentence_of(noun)
        for token in reversed(sentence[: noun.i - sentence.start]):
            if token.text in (";", ":"):
                return None
            if (
                (token.ent_type_ or token.pos_ in ("NOUN", "PROPN"))
                and not self.args.after_preposition(token)
                and self.args.referents(token, expand=False)
            ):
                return token
        return None

    def _complements(
        self,
        trigger: Token,
        alternatives: list[tuple[str, ...]],
        *,
        near: bool = False,
        first: bool = False,
    ) -> list[Token]:
        """Tokens governed by the trigger (same clause) introduced by one of the prepositions,
        nearest first; when the parse attached them elsewhere, the words after the trigger.
        `first`: the words after the noun in its own phrase only, in word order."""

        def introduced(token: Token) -> bool:
            marker = self.args.marker(token)
            return any(alt and marker[-len(alt) :] == alt for alt in alternatives)

        of_only = all(alt and alt[-1] in _OF_PREPOSITIONS for alt in alternatives)

        def beyond_comma(token: Token) -> bool:
            """'une participation dans Y, une start-up issue de l'université Z': a noun's "de"
            complement is in its own phrase; one past a comma after it, hung elsewhere,
            completes an apposition or another phrase."""
            return (
                of_only
                and trigger.pos_ == "NOUN"
                and token.i > trigger.i
                and token.head.i != trigger.i
                and any(t.text == "," for t in trigger.doc[trigger.i + 1 : token.i])
            )

        seller_words = not any("aupres" in alt for alt in alternatives)

        def sold_by(token: Token) -> bool:
            return seller_words and _under_aupres(token, trigger)

        own_prepositions = frozenset(  # "dans" of "participation dans"
            alt[0] for alt in alternatives if alt and alt[0] in _OTHER_PREPOSITIONS
        )

        def bare_de(token: Token) -> bool:  # "de", not "au capital de"
            marker = self.args.marker(token)
            matched = [alt for alt in alternatives if alt and marker[-len(alt) :] == alt]
            return bool(matched) and all(len(alt) == 1 and alt[0] in _DE_WORDS for alt in matched)

        region = list(self.args.in_clause(trigger))
        if trigger.dep_ in ("nsubj", "nsubj:pass") and trigger.head.pos_ in ("VERB", "AUX"):
            # "Le premier contrat a été signé avec la Commission": the verb's complements, not
            # those of an infinitive it governs ("Cette acquisition permet à X de rattraper son
            # retard sur son concurrent Y": Y is no target)
            embedded = {
                t.i for c in trigger.head.children if marked_infinitive(c) for t in c.subtree
            }
            if fold(trigger.head.lemma_) in self.lexicon.third_party_verbs:
                # "le rachat de Y a été financé par la banque B": B, no party to the deal
                embedded |= {
                    t.i for c in trigger.head.children if c.dep_ == "obl:agent" for t in c.subtree
                }
            region += [
                t
                for t in self.args.in_clause(trigger.head)
                if t.i != trigger.i
                and t.i not in embedded
                # "Sa concurrente K a obtenu le soutien du fonds B": another noun's "de"
                and not (bare_de(t) and t.head.pos_ == "NOUN" and t.head.i != trigger.i)
            ]
        if any(alt in _PARTNER_PREPOSITIONS for alt in alternatives):
            region += self._partner_before(trigger)
        # the noun's own name is not its complement ("de son concurrent Cybrane": that "de"
        # introduces the noun itself)
        own = self.args._named_in_np(trigger)
        named = {trigger.i} | ({t.i for t in self.args.list_of(own)} if own else set())
        if first:  # "la cession par Kastel de sa filiale Ostra au fonds Talmor": in word order
            if "Plur" in trigger.morph.get("Number") or (
                self._entrusted(trigger) and any(alt[0] in _DATIVES for alt in alternatives)
            ):  # "les ventes de Y": what a company sells
                return []
            sentence = sentence_of(trigger)
            return [
                t
                for t in trigger.doc[trigger.i + 1 : min(sentence.end, trigger.i + 25)]
                if self._argument_like(t)
                and introduced(t)
                and t.i not in named
                and _in_phrase(trigger, t)
                and not self._stake_before(trigger, t)
                and not _counted(t)
            ]
        candidates = [
            t
            for t in region
            if self._argument_like(t)
            and introduced(t)
            and t.i not in named
            and not (t.i > 0 and noun_modifier(t.doc[t.i - 1]))  # "au groupe de luxe X"
            and not self._attributed_under(t, trigger)
            and not sold_by(t)
            and not _of_other_participle(t, trigger)
            and not _under_passive_object(t, trigger)
            and not (self.args.marker(t)[-1:] == ("par",) and _of_apposed_participle(t, trigger))
            and not beyond_comma(t)
            and not (trigger.pos_ == "VERB" and bare_de(t) and _measure(t))
            and not (bare_de(t) and self._in_subject_phrase(t, trigger))
            and not _in_object_apposition(t, trigger)
            and not _phrase_elsewhere(t, trigger, self.args.np_start(t))
            and not (
                bare_de(t)
                and _of_another_complement(t, trigger, self.args.np_start(t), own_prepositions)
            )
        ]
        if near:  # a complement of the noun itself: "le site de vente en ligne de la SNCF"
            return sorted(
                (t for t in candidates if 0 < t.i - trigger.i <= 8 and _own_complement(trigger, t)),
                key=lambda t: t.i,
            )
        if not candidates:
            sentence = sentence_of(trigger)
            participle = ""  # "", or the complement of a qualifying participle "to-come", "read"
            for token in sentence[trigger.i - sentence.start + 1 :]:
                if (
                    token.text in (";", ".")
                    or (
                        token.pos_ in ("VERB",)
                        and any(
                            c.dep_ in ("nsubj", "nsubj:pass") and c.i != trigger.i
                            for c in token.children
                        )
                    )
                    or fold(token.text) in ("qui", "que", "dont")
                    # "..., avec laquelle la start-up a signé": a relative opens another clause
                    or (token.pos_ == "PRON" and "Rel" in token.morph.get("PronType"))
                    or fold(token.text) in self.lexicon.cues["attribution"]["prepositions"]
                    or _coordinated_clause(token, trigger)
                    or purpose_clause(token)
                    or (trigger.dep_.startswith("nsubj") and marked_infinitive(token))
                    # "Sa concurrente K a obtenu le soutien du fonds B": a subject's own "de"
                    # comes before its verb
                    or (of_only and token.i == trigger.head.i and token.pos_ in ("VERB", "AUX"))
                    # "L'acquisition est financée par une dette apportée par le fonds de dette
                    # Z": past its own verb, a subject's words are the verb's, never its own
                    # (not "être": "dont le siège est à Lorient" says where the seat is)
                    or (
                        trigger.dep_.startswith("nsubj")
                        and token.i == trigger.head.i
                        and token.pos_ == "VERB"
                        and fold(token.lemma_) != "etre"
                    )
                    # "Y, dont le capital est détenu à 60 % par F, compte le fonds K": a passive
                    # participle's complements end at the comma that closes its clause
                    or (token.text == "," and _passive(trigger))
                    or (  # "..., cédé par le fonds Ardian", "..., jusqu'ici détenues par":
                        token.pos_ == "VERB"  # a participle opens another clause
                        and "Part" in token.morph.get("VerbForm")
                        and _after_comma(token)
                    )
                    # "poursuivre ses achats, mais n'avoir aucune intention de prendre le
                    # contrôle de Y": what follows a verb with its own object is that verb's
                    or _verb_with_object(token, trigger)
                ):
                    break
                if _qualifying_participle(token) and not self._deal_made(token, trigger):
                    participle = "to-come"
                elif participle == "read" and _opens_phrase(token):
                    participle = ""  # "... destinés à ses bases au motoriste Y": a new phrase
                elif participle == "to-come" and token.lower_ == "par":
                    participle = ""  # "l'appel d'offres lancé par X": the tender's client
                if participle:  # "des moteurs destinés à Kestrel": the participle's complement
                    if self._argument_like(token):
                        participle = "read"
                elif (
                    self._argument_like(token)
                    and introduced(token)
                    and token.i not in named
                    and not (token.i > 0 and noun_modifier(token.doc[token.i - 1]))
                    and not sold_by(token)
                    and not _of_other_participle(token, trigger)
                    and not _under_passive_object(token, trigger)
                    and not beyond_comma(token)
                    and not _in_object_apposition(token, trigger)
                    and not (
                        self.args.marker(token)[-1:] == ("par",)
                        and _of_apposed_participle(token, trigger)
                    )
                ):
                    candidates.append(token)
        return sorted(candidates, key=lambda t: (t.i < trigger.i, abs(t.i - trigger.i)))

    def _with_others(self, trigger: Token) -> bool:
        """'A et B, qui multiplient les collaborations avec des créateurs': the partners are
        others the text leaves unnamed ("avec des", "avec plusieurs"), not each other."""
        return any(
            child.dep_ in _AIM_DEPS
            and any(c.dep_ == "case" and fold(c.text) == "avec" for c in self.args.kids(child))
            and any(
                c.dep_ == "det" and fold(c.text) in _UNNAMED_MANY for c in self.args.kids(child)
            )
            for child in self.args.kids(trigger)
        )

    def _in_subject_phrase(self, token: Token, trigger: Token) -> bool:
        """'Kelvo, filiale du groupe Arvex, a remporté un contrat auprès de Y': a "de" inside
        an apposition to the verb's own subject completes that apposition, never the verb (but
        "Le fondateur de Kelvia, P, détient 40 % du capital": the subject's own "de" may)."""
        if trigger.pos_ != "VERB" or token.i > trigger.i:
            return False
        subject = self.args.subject_of(trigger)
        if subject is None or subject.i > token.i:
            return False
        head = token
        for _ in range(6):
            if head.i == subject.i or head.head.i == head.i:
                return False
            if head.dep_ == "appos" and head.head.i >= subject.i:
                return any(t.i == head.i for t in subject.subtree)
            head = head.head
        return False

    def _deal_made(self, participle: Token, trigger: Token) -> bool:
        """'un partenariat noué en 2023 avec Y': a participle of making that qualifies the
        deal noun itself, whose complements are the noun's."""
        return (
            participle.head.i == trigger.i
            and fold(participle.lemma_) in self.lexicon.deal_making_participles
        )

    def _governor_complements(
        self, trigger: Token, frame: Frame, alternatives: list[tuple[str, ...]]
    ) -> list[Token]:
        """'X a concédé au fabricant Y la licence de sa marque': a noun object whose frame names
        its verbs (`governed_by`) takes the verb's own complement before it, the dative of
        "concéder à Y une licence"."""
        verb = trigger.head
        if (
            not frame.governed_by
            or trigger.dep_ != "obj"
            or fold(verb.lemma_) not in frame.governed_by
        ):
            return []
        return [
            c
            for c in verb.children
            if c.dep_.startswith("obl")
            and c.i < trigger.i
            and self._argument_like(c)
            and any(alt and self.args.marker(c)[-len(alt) :] == alt for alt in alternatives)
        ]

    def _attributed_under(self, token: Token, trigger: Token) -> bool:
        """'son concurrent Y, selon des informations du Figaro': a complement inside a phrase
        of attribution names the source, never the noun's own complement."""
        prepositions = self.lexicon.cues["attribution"]["prepositions"]
        for node in (token, *token.ancestors):
            if node.i == trigger.i:
                return False
            if any(c.dep_ == "case" and fold(c.text) in prepositions for c in node.children):
                return True
        return False

    def _own_referents(self, token: Token, trigger: Token) -> list[Mention]:
        """What a complement names itself ('de sa filiale de logistique Ferloc', 'au fonds
        Kastel'), never a company its own "de" complement names ('de l'activité de conseil
        d'Ostra', 'du pôle logistique de Kestria': a part of it)."""
        found = self._referents(token, trigger)
        doc = token.doc
        for mention in found:
            span = doc.char_span(mention.start, mention.end)
            if (
                span is not None
                and span.start > token.i + 1
                and is_de(doc[span.start - 1])
                and fold(doc[span.start - 2].text) not in ("et", "ou", ",")  # "de A et d'B"
            ):
                return []
        return found

    def _entrusted(self, noun: Token) -> bool:
        """'Kastel a confié la vente de sa filiale Y à la banque X': the verb that governs the
        deal noun takes the "à" complement after it."""
        verb = self.args.governing_verb(noun)
        return verb is not None and fold(verb.lemma_) in self.lexicon.entrust_verbs

    def _stake_before(self, trigger: Token, complement: Token) -> bool:
        """'la cession de 30 % d'Ostra à Talmor', 'la vente de ses parts dans Ostra': a stake
        changes hands, not the company."""
        stake = self.lexicon.sale_stake_words
        between = trigger.doc[trigger.i + 1 : complement.i]
        return any(fold(t.lemma_) in stake or t.text in stake for t in between)

    def _partner_before(self, trigger: Token) -> list[Token]:
        """'Talmor négocie avec Brivane un partenariat', 'en discussions avec Brivane en vue
        d'un partenariat', 'les discussions entre A et B sur une alliance': the partner of the
        verb or the talks whose object or aim the deal noun is (those after the noun come
        first, as the noun's own would)."""
        found: list[Token] = []
        token = trigger
        for _ in range(2):  # "en vue d'un partenariat": past "vue"
            if token.dep_ not in _AIM_DEPS or token.head.i == token.i:
                break
            token = token.head
            found += [t for t in self.args.in_clause(token) if t.i != trigger.i]
        return found

    @staticmethod
    def _argument_like(token: Token) -> bool:
        """A name, noun or pronoun, not a word of a fixed phrase ("lui" of "quant à lui")."""
        if token.ent_type_:
            return True
        return token.dep_ != "fixed" and token.pos_ in ("NOUN", "PRON", "PROPN")

    def round_of(self, noun: Token) -> list[Mention]:
        """The company a round noun stands for when no name follows it ('a pris part à la
        levée aux côtés de X'): the last company that raised, for the slot grammar's ends
        (never the clause's subject, who took part in it)."""
        if noun.ent_type_ or fold(noun.lemma_) not in self.lexicon.funding_nouns:
            return []
        return list(self.memory.raiser)

    def capital_of(self, percent: Token) -> list[Mention]:
        """The company a stake named with no company stands in ('pour les 35 % détenus par
        X'): the one whose capital the sentence before named ('Y va remplacer X au capital de
        Z'), and no older one."""
        return list(self.memory.capital) if percent.text == "%" else []

    def sale_of(self, noun: Token) -> list[Mention]:
        """The company (or the company of the stake) a candidacy's word stands for when no name
        follows it ('X serait sur les rangs', 'X étudierait le dossier'): the last one said to
        be for sale, a few sentences back at most."""
        standins = self.lexicon.sale_standins
        if noun.ent_type_ or not {fold(noun.lemma_), fold(noun.text)} & standins:
            return []
        return list(self.memory.for_sale) if self.memory.sale_age <= _SALE_REACH else []

    def _funded(self, trigger: Token) -> list[Mention]:
        """The company a round funds: 'lors d'un tour de financement soutenu par Meta' (the
        subject of the clause), 'la levée de fonds de 101 millions réalisée par BlaBlaCar',
        or the last company that raised money ('ce tour de table mené par Inovia')."""
        rounds = self.lexicon.funding_nouns | self.lexicon.raising_verbs
        funding = (
            self._governing_noun(trigger, rounds)
            or self._round_standin(trigger, self.lexicon.funding_nouns)
            or trigger
        )
        beside = fold(trigger.lemma_) == "cote"  # "mené le tour de table de Y, aux côtés de X"
        if trigger.pos_ in ("VERB", "AUX", "ADP") or beside:  # "participe à la levée ... par X"
            funding = next(
                (
                    t
                    for t in self.args.in_clause(trigger)
                    if fold(t.lemma_) in self.lexicon.funding_nouns and t.pos_ == "NOUN"
                ),
                funding,
            )
        if funding.i != trigger.i and fold(funding.lemma_) in self.lexicon.raising_verbs:
            subject = self.args.subject_of(funding)  # "a levé 5 millions auprès de X, avec la
            return self.args.referents(subject) if subject is not None else []  # participation"
        demonstrative = any(fold(c.text) in ("ce", "cet", "cette", "ces") for c in funding.children)
        for child in funding.subtree:  # "la levée de fonds ... réalisée par X"
            if (
                child.dep_ == "acl"
                and fold(child.lemma_) in self.lexicon.round_participles
                and child.i - funding.i <= 6
            ):
                agent = self.args.agent(child)
                if agent is not None and child.i != trigger.i:
                    return self.args.referents(agent)
        for token in self.args.in_clause(funding):  # "la levée de fonds de la start-up Dreamjet"
            before = token.doc[self.args.np_start(token) - 1]  # or "un tour de table dans Y"
            if (
                (token.ent_type_ or self._round_owner_described(token, funding))
                and token.i > funding.i
                and (is_de(before) or fold(before.text) == "dans")
                and not any(t.pos_ in ("VERB", "AUX") for t in token.doc[funding.i : token.i])
                and not _beside(token.doc[self.args.np_start(token) - 1])
            ):
                if token.ent_type_:
                    return self.args.referents(token)
                return self._other_than_subject(token, funding)
        if not demonstrative and funding.i != trigger.i:  # a verb with no round noun ("reste
            # actionnaire"): its clause's subject is who stays, the company is the raiser
            verb = self.args.governing_verb(funding)
            invested = self._invested_in(verb) if verb is not None else None
            if invested is not None:  # "X a pris une participation dans Y lors d'un tour de
                return self.args.referents(invested)  # table mené par Z": Y's round
            if verb is not None and verb.i != trigger.i:
                subject = self.args.subject_of(verb)
                if subject is not None and subject.i not in (trigger.i, funding.i):
                    mentions = self.args.referents(subject)
                    if mentions:
                        return mentions
        return list(self.memory.raiser)

    def _round_owner_described(self, token: Token, funding: Token) -> bool:
        """'le dernier tour de table de la jeune pousse, mené par X': a company's description
        after the round's "de" names whose round it is, never the clause's subject."""
        return (
            token.pos_ == "NOUN"
            and (token.head.i == funding.i or token.head.head.i == funding.i)  # "tour de table"
            and any(c.dep_ == "det" for c in token.children)  # never "la levée de fonds"
            and self.args._company_noun(token)
        )

    def _other_than_subject(self, description: Token, funding: Token) -> list[Mention]:
        """'Le groupe n'a pas suivi le tour de table de la jeune pousse': a description in the
        complement of a round names another company than its clause's subject (that would be
        "son tour"); one that could take the subject up ("de la société") is left unread."""
        verb = self.args.governing_verb(funding)
        subject = self.args.subject_of(verb) if verb is not None else None
        if subject is not None:
            descriptors = self.args.lexicon.descriptors
            named = self.args._named_in_np(subject) if not subject.ent_type_ else subject
            words = {fold(subject.lemma_), *self.args.descriptors_of(named or subject)}
            classes = {descriptors.get(w) for w in words} | {(named or subject).ent_type_}
            if descriptors.get(fold(description.lemma_)) in classes:
                return []
        return self.args.referents(description)

    def _invested_in(self, verb: Token) -> Token | None:
        """The company a verb's clause puts money "dans" or whose capital it enters ("a pris
        une participation minoritaire dans Y", "a investi dans Y", "est entré au capital de la
        jeune pousse"), whose round an adjunct names; a description stands for a company only
        when it takes one up."""
        for token in self.args.in_clause(verb):
            before = token.doc[self.args.np_start(token) - 1]
            capital = token.head.i != token.i and fold(token.head.lemma_) == "capital"
            if not (fold(before.text) == "dans" or (capital and is_de(before))):
                continue
            if token.ent_type_ or (token.pos_ == "NOUN" and self.args.referents(token)):
                return token
        return None

    # -- matching ---------------------------------------------------------------------------

    def _allowed(self, frame: Frame, end: str, mention: Mention) -> bool:
        allowed = frame.subject_types if end == "subject" else frame.object_types
        if set(allowed) == {"Product"} and self.after_trade_name(mention):
            return False  # "un producteur de cidre du Calvados": where the maker is, whatever
            # the model calls the name, never what it makes
        if (
            mention.kind is MentionKind.NAME
            and mention.type_strength < 1.0
            and set(allowed) != {"Place"}
            and not frame.firm_types
            and not self._place_after_locative(mention)
        ):
            return True  # typed by the statistical model alone: its role decides (kg.resolve),
            # except for a place, which a company or person cannot become
        return frame.allows(
            end, mention.fine_type or (mention.type.value if mention.type else None)
        )

    def _place_after_locative(self, mention: Mention) -> bool:
        """'un projet de ferme à Bergen, conçu avec X': a place after "à" or "en" is where
        something is, never a product or a company its role would make of it; nor is one
        after a trade ("le fabricant de jouets de Villeurbanne": where the maker is), nor a
        town or a country the lexicon knows ("un fabricant de Nantes")."""
        if mention.type is not EntityType.PLACE:
            return False
        doc = self.args.doc
        span = doc.char_span(mention.start, mention.end)
        if span is None or span.start == 0:
            return False
        places = self.args.lexicon
        return (
            fold(doc[span.start - 1].text) in ("a", "en")
            or _after_trade(doc, span.start)
            or fold(span.text) in places.place_nationalities
            or fold(span.text) in places.countries
        )

    def _made_for(self, noun: Token) -> bool:
        """'sa première collection pour Verdonnet, baptisée Comète': a work made for a company
        named after "pour", whose maker the possessive leaves open (a designer, a supplier)."""
        return any(
            t.ent_type_ and self.args.referents(t, expand=False)
            for t in self._complements(noun, [("pour",)], near=True)
        )

    def _part_supplied(self, noun: Token) -> bool:
        """'Daesan, qui reste le fournisseur des écrans de sa liseuse Papyra': the possessive
        noun completes a part ("écrans", "matériaux du fuselage") that a supplier noun
        (`supplier_nouns`) supplies; the whole is the client's, whatever the possessive's
        nearest subject (the supplier)."""
        head = noun
        for parts in range(4):  # the nouns climbed before the supplier's: the parts supplied
            if head.dep_ != "nmod" or head.head.pos_ != "NOUN" or head.head.ent_type_:
                return False
            head = head.head
            if fold(head.lemma_) in self.lexicon.supplier_nouns:
                return parts > 0
        return False

    def after_trade_name(self, mention: Mention) -> bool:
        """A name after a trade and "de": "un éditeur de logiciels de la Mayenne"."""
        doc = self.args.doc
        span = doc.char_span(mention.start, mention.end)
        return span is not None and span.start > 0 and _after_trade(doc, span.start)

    def _governed_ok(self, frame: Frame, trigger: Token) -> bool:
        """'un tour de financement mené par X', and with a clause of its own 'le tour de table
        est mené par X, avec la participation de Y'."""
        if not frame.governed_by:
            return True
        if self._governing_noun(trigger, frame.governed_by) is not None:
            return True
        rounds = frame.governed_by & self.lexicon.funding_nouns
        return bool(rounds) and self._round_standin(trigger, rounds) is not None

    def _round_standin(self, trigger: Token, rounds: frozenset[str]) -> Token | None:
        """'Quantalis a bouclé un tour de table. L'opération est menée par X': a generic deal
        noun under a definite or demonstrative article stands for the round the sentence
        before told (a raising verb or a round noun in it); that noun, or None."""
        noun = self._governing_noun(trigger, self.lexicon.round_standins)
        if noun is None or not any(
            c.dep_ == "det" and fold(c.text) in ("l'", "la", "le", "cette", "cet", "ce")
            for c in self.args.kids(noun)
        ):
            return None
        agent = self.args.agent(trigger) if trigger.pos_ == "VERB" else None
        named = agent if agent is None or agent.ent_type_ else self.args._named_in_np(agent)
        if agent is not None and (named is None or named.ent_type_ == "Person"):
            return None  # "L'opération a été pilotée par le directeur financier, P": staff
        sentence = sentence_of(noun)
        if sentence.start == 0:
            return None
        before = sentence_of(noun.doc[sentence.start - 1])
        told = any(
            (fold(t.lemma_) in self.lexicon.raise_verbs and t.pos_ == "VERB")
            or (fold(t.lemma_) in rounds and t.pos_ == "NOUN")
            for t in before
        )
        return noun if told else None

    def _governing_noun(self, trigger: Token, nouns: frozenset[str]) -> Token | None:
        """The noun of `nouns` the trigger qualifies: its head ('un tour ... mené'), its own
        subject ('le tour ... est mené'), its head verb's subject ('le tour est mené ...,
        avec la participation de') or the noun its head participle qualifies ('un tour mené
        par X, avec la participation de')."""
        head = self._measured(trigger.head)
        subject_deps = ("nsubj", "nsubj:pass")
        candidates = [c for c in self.args.kids(trigger) if c.dep_ in subject_deps]
        if head.i != trigger.i:
            candidates.append(head)
            candidates += [c for c in self.args.kids(head) if c.dep_ in ("nmod", "compound")]
            if head.pos_ in ("VERB", "AUX"):
                candidates += [
                    c for c in self.args.kids(head) if c.dep_ in subject_deps and c.i != trigger.i
                ]
            if head.dep_ == "acl":  # "un tour mené par X, avec la participation de Y"
                candidates.append(head.head)
        return next((c for c in candidates if fold(c.lemma_) in nouns), None)

    def _measured(self, token: Token) -> Token:
        """'une levée de 12 millions d'euros menée par X': a participle the parser hung on an
        amount qualifies what the amount measures (the round)."""
        for _ in range(2):
            counted = (token, token.head)
            if not (
                token.dep_ == "nmod"
                and token.head.pos_ == "NOUN"
                and any(c.dep_ == "nummod" for t in counted for c in self.args.kids(t))
            ):
                break
            token = token.head
        return self._compounded(token)

    def _compounded(self, token: Token) -> Token:
        """'une levée de fonds menée par X', 'un tour de table conduit par X': the parser hangs
        the participle on the bare noun after 'de', which only says what kind of round it is."""
        bare_modifier = (
            token.dep_ == "nmod"
            and token.pos_ == "NOUN"
            and token.head.pos_ == "NOUN"
            and not token.ent_type_
            and any(c.dep_ == "case" and is_de(c) for c in self.args.kids(token))
            and not any(c.dep_ == "det" for c in self.args.kids(token))
        )
        return token.head if bare_modifier else token

    def _percent_ok(self, frame: Frame, trigger: Token) -> bool:
        if not frame.requires_percent:
            return True
        if self._whole_bought(trigger):
            return False
        return any(self._stake_share(t) for t in self.args.in_clause(trigger))

    def _whole_bought(self, trigger: Token) -> bool:
        """'X a racheté 100 % de Y', 'un accord pour acquérir 100 % de Y': a purchase verb
        (`stake_purchase_words`) whose object is the whole of a company takes it over (read as
        acquired), it takes no stake; who holds or sells the whole does hold one."""
        if fold(trigger.lemma_) not in self.lexicon.stake_purchase_words:
            return False
        shares = [c for c in self.args.kids(trigger) if c.dep_ == "obj"]
        return bool(shares) and all((_percentage(s) or 0) >= 100 for s in shares)

    def _stake_share(self, token: Token) -> bool:
        """'30 % de Y', '30 % du capital de Y', 'un tiers du capital de Y', 'la moitié de Y': a
        share of a company or of its capital (a fraction says which; a percentage of one thing
        may be of a company, '30 % du pionnier de la voiture autonome Y'; never '30 % des
        magasins de Y', a share of things)."""
        percent = token.text in ("%", "pour cent") or fold(token.text) == "pourcent"
        if not percent and fold(token.text) not in self.lexicon.stake_fractions:
            return False
        kids = self.args.kids
        divided = [  # what the share is "de": "de la start-up X", "du capital", "des magasins"
            c for c in kids(token) if c.dep_ == "nmod" and any(is_de(k) for k in kids(c))
        ]
        of_stake = [
            bool(c.ent_type_)
            or c.pos_ == "PRON"
            or fold(c.lemma_) in self.lexicon.stake_fraction_of
            # a descriptor with its name: "de la start-up X" (not "des magasins de X")
            or any(k.ent_type_ and not any(is_de(x) for x in kids(k)) for k in kids(c))
            for c in divided
        ]
        if percent:
            singular = ("Sing" in c.morph.get("Number") for c in divided)
            return all(s or one for s, one in zip(of_stake, singular, strict=True))
        return any(of_stake)

    def match(self, sentence: Span) -> list[Candidate]:
        found: list[Candidate] = list(self._brands(sentence))
        for token in sentence:
            for frame, phrase in self._frames(token):
                if not self._governed_ok(frame, token) or not self._percent_ok(frame, token):
                    continue
                found.extend(self._apply(frame, token, phrase))
        return found

    def _brands(self, sentence: Span) -> Iterator[Candidate]:
        """'Webedia (Pure People, Pure Medias, ...)': a company develops the brands it lists."""
        frame = self.lexicon.brand_frame
        for token in sentence:
            owner = brand_owner(token) if token.ent_type_ else None
            if owner is None:
                continue
            subject, obj = self.args.name_mention(owner), self.args.name_mention(token)
            if self._allowed(frame, "subject", subject) and self._allowed(frame, "object", obj):
                # a bracketed list states what the company owns, whatever the clause says
                yield Candidate(
                    frame,
                    token,
                    subject,
                    obj,
                    Assessment(Certainty.ASSERTED, False, ()),
                    f"{frame.id}[brand-list]",
                    0.75,
                )

    def _ranked(self, noun: Token) -> bool:
        """'la plus grosse biotech', 'le premier opérateur', 'le numéro un mondial'."""
        ranks = ("premier", "premiere", "numero", "leader", "deuxieme", "second")
        for child in self.args.kids(noun):
            if fold(child.text) in ranks:
                return True
            if child.dep_ == "advmod" and fold(child.text) in ("plus", "moins"):
                return True  # "la plus grosse biotech", however the parser attached "plus"
            if child.dep_ == "amod" and any(
                fold(c.text) in ("plus", "moins") for c in self.args.kids(child)
            ):
                return True
        return False

    def _place_within(self, token: Token, trigger: Token) -> list[Mention]:
        """'installée à la Technocité de Bayonne', 'dans la zone industrielle de Valence': a
        place named as part of a place is in it."""
        for child in self.args.kids(token):
            if (
                child.dep_ == "nmod"
                and child.ent_type_
                and any(is_de(c) for c in self.args.kids(child))
            ):
                return self._referents(child, trigger)
        return []

    def _co_listed(self, a: Mention, b: Mention, trigger: Token) -> bool:
        """Two names of one list ("ses investisseurs historiques A, B et C") are never each
        other's ends, unless the trigger stands between them ("Capgemini et sa filiale
        Sogeti"): the relation is between the list and something else."""
        if a.kind is not MentionKind.NAME or b.kind is not MentionKind.NAME:
            return False
        if min(a.start, b.start) < trigger.idx < max(a.start, b.start):
            return False
        doc = self.args.doc
        first, second = doc.char_span(a.start, a.end), doc.char_span(b.start, b.end)
        if first is None or second is None:
            return False
        listed = self.args.list_of(first.root)
        return len(listed) > 1 and second.root in listed

    def _stake_given_up(self, frame: Frame, trigger: Token, role: str) -> str | None:
        """The word that takes a stake from the holder a stake noun names: "Talmor a repris la
        participation de Kastel dans Ferlane" (any transfer, the holder after "de"), "Kastel a
        vendu sa participation dans Ferlane" (a sale, its subject), "Moliva a cédé ses 20 % dans
        Kervel" (a verb of sale that moves a percentage, its subject)."""
        if frame.relation != "investsIn" or role == "apposed":
            return None
        if frame.kind != "noun":
            lemma = fold(trigger.lemma_)
            sold = frame.requires_percent and role == "agent"
            return lemma if sold and lemma in self.lexicon.stake_sale_words else None
        governors = [self.args.governing_verb(trigger)]
        if trigger.dep_ == "nmod" and trigger.head.pos_ == "NOUN":
            governors.append(trigger.head)  # "la cession de la participation de Kastel"
        moved = self.lexicon.stake_sale_words
        if role == "prep":
            moved = moved | self.lexicon.stake_purchase_words
        return next(
            (fold(g.lemma_) for g in governors if g is not None and fold(g.lemma_) in moved), None
        )

    def _apply(self, frame: Frame, trigger: Token, phrase: tuple[str, ...]) -> list[Candidate]:
        if frame.no_superlative and self._ranked(trigger):
            return []
        if frame.as_before and self.memory.deal != frame.relation:
            return []  # "un accord similaire" after a partnership is one, after a contract one
        if (
            frame.relation in SYMMETRIC_RELATIONS
            and self._split_owner(trigger)
            and self.also_owner(trigger) is None
        ):
            return []
        subjects: list[Mention] = []
        objects: list[Mention] = []
        subject_role = object_role = ""
        for spec in frame.subject:
            subjects, subject_role = self._resolve_role(spec, trigger, frame)
            subjects = [s for s in subjects if self._allowed(frame, "subject", s)]
            if subjects:
                break
        if frame.kind == "noun":
            lemma = fold(trigger.lemma_)
            if subjects and subject_role in ("agent", "possessor"):
                self.memory.agents[lemma] = subjects  # "Arianespace a annoncé deux contrats"
            elif (
                not subjects
                and _definite(trigger)
                and lemma in self.memory.agents
                and not _names_its_own(trigger)
            ):
                subjects, subject_role = (
                    self.memory.agents[lemma],
                    "earlier",
                )  # "le premier contrat"
        if not subjects:
            return []  # a third of the triggers: their objects are never needed
        for spec in frame.object:
            objects, object_role = self._resolve_role(spec, trigger, frame)
            objects = [
                o
                for o in objects
                if self._allowed(frame, "object", o)
                and all((o.start, o.end) != (s.start, s.end) for s in subjects)
            ]
            if objects:
                break
        pairs: list[tuple[Mention, Mention]] = []
        if objects:
            pairs = ends_paired(trigger, subjects, objects)
        elif (
            frame.reciprocal
            and not self._won(trigger, vying=frame.relation != "competitorOf")
            and not self._with_others(trigger)
        ):
            members = subjects
            if len(members) == 1 and members[0].kind is MentionKind.PLURAL:
                pairs = [(members[0], members[0])]  # resolve expands "les deux entreprises"
            elif len(members) > 1:
                pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
        pairs = [
            (subject, obj)
            for subject, obj in pairs
            if not (
                subject.kind is MentionKind.NAME
                and obj.kind is MentionKind.NAME
                and (subject.start, subject.end) == (obj.start, obj.end)
            )
            and self._allowed(frame, "subject", subject)
            and self._allowed(frame, "object", obj)
            and not (objects and self._co_listed(subject, obj, trigger))
            and not (subject_role == "agent" and self._own_unit(frame, trigger, obj))
            and not (
                subject_role == "agent" and object_role == "prep" and _in_agent_phrase(trigger, obj)
            )
        ]
        if not pairs:
            return []  # most triggers find no pair: their certainty is never needed
        presupposed = (
            frame.presupposed
            or subject_role in ("apposed", "possessor")
            or object_role in ("apposed", "listed")
            # "renégocier le contrat conclu en 2019 par X avec Y": a deal done, whatever the plan
            or (subject_role == "agent" and _participle_agent(trigger) is not None)
        )
        assessment = assess(
            trigger,
            self.lexicon,
            presupposed=presupposed and frame.kind == "noun",
            lasting=frame.lasting,
        )
        if frame.ending and assessment.certainty is Certainty.NEGATED:
            return []  # "P n'a pas quitté Y": no leaving, and no denial of P's job either
        if frame.past and not assessment.past and not to_come(trigger, self.lexicon):
            cues = (*assessment.cues, "past:told")  # "a fait ses débuts chez Y"
            assessment = Assessment(assessment.certainty, True, cues)
        transfer = self._stake_given_up(frame, trigger, subject_role)
        if transfer is not None:
            cues = (*assessment.cues, f"transfer:{transfer}")
            assessment = Assessment(Certainty.NEGATED, assessment.past, cues)
        if objects:
            rule = f"{frame.id}[{subject_role}>{object_role}]"
            if assessment.cues:
                rule += " " + ",".join(assessment.cues)
        else:
            rule = f"{frame.id}[reciprocal]"
        confidence = 0.85 if subject_role in ("agent", "patient", "apposed") else 0.75
        candidates = []
        for subject, obj in pairs:
            anaphoric = subject.kind is not MentionKind.NAME or obj.kind is not MentionKind.NAME
            candidates.append(
                Candidate(
                    frame,
                    trigger,
                    subject,
                    obj,
                    assessment,
                    rule,
                    confidence - (0.1 if anaphoric else 0.0),
                )
            )
        return candidates


def ends_paired(
    trigger: Token, subjects: list[Mention], objects: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """Every subject with every object; but "respectivement" on the trigger pairs two lists of
    the same length one by one, in their order ('A et B, implantées respectivement à Lyon et à
    Lille': A in Lyon, B in Lille)."""
    if any(c.dep_ == "advmod" and fold(c.text) == "respectivement" for c in trigger.children):
        firsts, seconds = _in_order(subjects), _in_order(objects)
        if len(firsts) == len(seconds) > 1:
            return list(zip(firsts, seconds, strict=True))
    return [(s, o) for s in subjects for o in objects]


def _in_order(mentions: list[Mention]) -> list[Mention]:
    """The mentions once each, in text order (a list may be found twice)."""
    return sorted({(m.start, m.end): m for m in mentions}.values(), key=lambda m: m.start)


def _participle_agent(noun: Token) -> Token | None:
    """'le partenariat noué par X avec Y', 'l'accord signé par X avec Y': the agent of a past
    participle that follows a deal noun (or its bare complement: "l'accord de distribution
    signé par X") is its party, whatever verb governs the noun."""
    bare = [
        c for c in noun.rights if c.dep_ == "nmod" and not any(d.dep_ == "det" for d in c.children)
    ]
    for participle in [r for head in (noun, *bare) for r in head.rights]:
        if participle.dep_ != "acl" or "Past" not in participle.morph.get("Tense"):
            continue
        if "Part" not in participle.morph.get("VerbForm"):
            continue
        return next((c for c in participle.children if c.dep_ == "obl:agent"), None)
    return None


def _describing_participle(verb: Token) -> bool:
    """'la signature d'un accord portant sur le rachat de Y', 'un projet visant au rachat de Y':
    a present participle that says what a noun is about; the deal is the clause's."""
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and "Part" in verb.morph.get("VerbForm")
        and "Pres" in verb.morph.get("Tense")
    )


def _singular_after(participle: Token, noun: Token) -> bool:
    """A singular participle after the name it describes: "Kestria, installée à Lille, et Ondal,
    basée à Nantes" places Ondal alone, not the list the two names make."""
    return (
        noun is not None
        and noun.i < participle.i
        and "Part" in participle.morph.get("VerbForm")
        and participle.morph.get("Number") == ["Sing"]
    )


def amount_near(trigger: Token, amounts: list[tuple[int, int, Amount]]) -> Amount | None:
    """The sum of money stated with the trigger: in its own phrase first ("l'offre d'achat à 30
    milliards"), then after it behind "pour" ("le rachat d'Hyperion ... pour 3,3 milliards"),
    then anywhere in its clause, nearest first."""
    if not amounts:
        return None
    doc = trigger.doc
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    clause = {t.i for t in verb.subtree}
    own = {t.i for t in trigger.subtree}
    best = None
    for start, end, amount in amounts:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        first = span[0]
        before = fold(doc[first.i - 1].text) if first.i > 0 else ""
        introduced = first.i > trigger.i and before in ("pour", "a", "de", "montant")
        if first.i in own:
            rank = 0
        elif introduced and sentence_of(first).start == sentence_of(trigger).start:
            rank = 1
        elif first.i in clause:
            rank = 2
        else:
            continue
        key = (rank, abs(first.i - trigger.i))
        if best is None or key < best[0]:
            best = (key, amount)
    return best[1] if best else None


_OTHER_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj", "appos"})


def _own_words(trigger: Token, completion: Collection[str]) -> set[int]:
    """The trigger's subtree without the clauses said of its arguments: in 'a racheté Y,
    fondée en 2015' or 'Y, soutenue par K depuis 2019', the year is Y's, not the deal's (a
    verb's participle after it is said of its object, whichever word the parse hangs it on).
    A participle of completion is the deal's own wherever it hangs: 'le rachat de Y par le
    groupe X, finalisé en mars 2019'."""
    skipped: set[int] = set()
    for token in trigger.subtree:
        if (
            token.i == trigger.i
            or token.dep_ not in _OTHER_CLAUSES
            or fold(token.lemma_) in completion
        ):
            continue
        if token.head.i != trigger.i or (
            trigger.pos_ in ("VERB", "AUX")
            and token.i > trigger.i
            and "Part" in token.morph.get("VerbForm")
        ):
            skipped.update(t.i for t in token.subtree)
    return {t.idx for t in trigger.subtree if t.i not in skipped}


def date_near(
    trigger: Token, dates: list[tuple[int, int, When]], lexicon: RelationLexicon
) -> When | None:
    """The date of the deal a trigger states: the nearest date among its own words and its
    head's other complements."""
    sentence = sentence_of(trigger)
    region = _own_words(trigger, lexicon.cues["completion"]["verbs"]) | {
        t.idx for t in trigger.head.subtree if t.head.i == trigger.head.i or t.head.i == trigger.i
    }
    best = None
    for start, end, when in dates:
        span = sentence.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not (span[0].idx in region or span[-1].idx in region):
            continue
        distance = abs(span[0].i - trigger.i)
        if best is None or distance < best[0]:
            best = (distance, when)
    return best[1] if best else None


def _after_trade(doc: Doc, start: int) -> bool:
    """'le fabricant de jouets de Villeurbanne', "l'éditeur de logiciels de Lyon": a name
    after "de" that follows a trade, a common noun itself after "de", says where from; so
    does a region after "de la" ("un producteur d'énergie solaire de la Drôme")."""
    if start >= 4 and fold(doc[start - 1].text) in ("la", "l'") and is_de(doc[start - 2]):
        start -= 1
    if start < 3 or not is_de(doc[start - 1]):
        return False
    k = start - 2
    if doc[k].pos_ == "ADJ" and k > 2:
        k -= 1  # "de jouets anciens de Lyon"
    if doc[k].pos_ != "NOUN":
        return False
    before = doc[k - 1]
    if before.pos_ == "DET" and k > 2:
        before = doc[k - 2]  # "de la chimie de Lyon"
    return is_de(before)


def _contrastive_lui(verb: Token) -> bool:
    """'sera quant à lui fourni par Y': the "lui" of "quant à lui" contrasts the subject, it is
    no dative clitic."""
    doc = verb.doc
    lui = next(
        (t for t in reversed(doc[sentence_of(verb).start : verb.i]) if fold(t.text) == "lui"),
        None,
    )
    return lui is not None and lui.i > 0 and fold(doc[lui.i - 1].text) in ("a", "à")


def _verb_with_object(token: Token, trigger: Token) -> bool:
    """A verb after a noun, not a participle, with an object of its own: the words after it
    are its complements, never the noun's ("ses achats, mais ... prendre le contrôle de Y")."""
    return (
        trigger.pos_ == "NOUN"
        and token.i > trigger.i
        and token.pos_ == "VERB"
        and "Part" not in token.morph.get("VerbForm")
        and any(c.dep_ == "obj" and c.i > token.i for c in token.children)
    )
