"""Type each entity from what the sentence says it is, then agree on one type per name.

Runs after the parser, on entities merged into single tokens. Cues, strongest first:
a title cut before a person's name; a descriptor noun before the name ("la startup Verkor",
"le constructeur automobile français Renault", "l'allemand SAP") or in apposition after it
("Scale AI, une startup ...", "Llama, le moteur de ..."); an organisation suffix ("Anduril
Industries"); an attribution ("selon Bloomberg", "Reuters rapporte"); the list the name is in
("des start-ups comme OpenAI et Anthropic"); last, the statistical label (PER, ORG, LOC, MISC).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..vocab import FINE_CLASSES
from .entity_typer import NOT_AN_ENTITY
from .lexicon import EntityLexicon, fold, load_entity_lexicon
from .phrases import (
    MODEL_ARTICLES,
    NAMING_VERBS,
    brand_owner,
    completed_noun,
    is_de,
    left_np,
    nominal_like,
    opening_np_head,
    opens_complement,
    sentence_of,
)
from .segments import dateline_ends

_MODALS = frozenset({"pouvoir", "devoir", "aller", "vouloir"})  # "X pourrait céder Y"
_NER_LABELS = {"PER": "Person", "ORG": "Organization", "LOC": "Place", "MISC": "Product"}
_LIST_INTRODUCERS = frozenset({"comme", "notamment", "dont"})
# "une filiale de X": the parent a subsidiary noun names is a company
_PARENT_OF_NOUNS = frozenset({"filiale", "sous-filiale"})
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre"})
_LIST_PREPOSITIONS = frozenset({"de", "d'", "du", "à", "au", "par", "pour", "avec", "chez"})
if not Token.has_extension("kg_type_cue"):
    Token.set_extension("kg_type_cue", default=None)
_PLURAL_DETERMINERS = frozenset(
    {"les", "des", "ces", "nos", "vos", "leurs", "quelques", "plusieurs", "deux", "trois",
     "quatre", "cinq", "six", "dix", "douze", "vingt", "cent"}
)  # fmt: skip

# words between a title and the territory it covers ("directrice générale adjointe Europe")
_TITLE_QUALIFIERS = frozenset({"general", "generale", "adjoint", "adjointe"})


def _name_between(ent: Token, noun: Token) -> bool:
    """'a déclaré à BFM Business Julien Morel, son directeur': a parse may hang the apposition
    on the first of two names side by side; it describes the name nearest to it."""
    return any(t.ent_type_ for t in ent.doc[ent.i + 1 : noun.i])


def _names_another(noun: Token, ent: Token) -> bool:
    """'Créée par l'ingénieur Marc Aubry, Altexa compte ...': a noun with a name of its own
    right after it (past its adjectives) describes that name, not a later one the parse hangs
    on it."""
    doc = noun.doc
    i = noun.i + 1
    while i < ent.i and doc[i].pos_ == "ADJ" and not doc[i].ent_type_:
        i += 1
    return i < ent.i and bool(doc[i].ent_type_)


def _before_its_verb(ent: Token) -> bool:
    """'Créée par deux chercheurs, A et B, Genoria emploie ...': a name right before a finite
    verb, after a comma, is that verb's subject, not the apposition the parse hangs on a noun
    before it."""
    doc = ent.doc
    following = doc[ent.i + 1] if ent.i + 1 < len(doc) else None
    return (
        ent.i > 0
        and doc[ent.i - 1].text == ","
        and following is not None
        and following.pos_ in ("VERB", "AUX")
        and "Fin" in following.morph.get("VerbForm")
    )


@dataclass(frozen=True)
class TypeCue:
    label: str
    strength: float
    rule: str


def _closes_fronted_phrase(ent: Token, noun: Token) -> bool:
    """'Coté à Paris, le groupe est valorisé ...', "Interrogé par l'AFP, le directeur général
    de X, P, ...": the noun after the comma is the subject of the sentence, which a
    prepositional phrase opened; it does not describe the name."""
    before = ent.i - 1
    if before > 0 and ent.doc[before].pos_ == "DET":
        before -= 1  # "par l'AFP"
    if before < 0 or ent.doc[before].pos_ != "ADP":
        return False
    if noun.dep_ in ("nsubj", "nsubj:pass") and noun.head.i > noun.i:
        return True
    # the parse may hang the subject on the name ('Avec X, des chercheurs de l'université de
    # Lyon ont conçu'): the name's verb comes after the noun, with no comma between
    verb = ent.head
    return (
        verb.pos_ == "VERB"
        and verb.i > noun.i
        and not any(t.is_punct for t in ent.doc[noun.i + 1 : verb.i])
    )


def _hyphen_compound(token: Token) -> str | None:
    """'start-ups' when `token` is 'ups' preceded by 'start' '-' with no spaces."""
    doc = token.doc
    i = token.i
    if (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    ):
        return fold(doc[i - 2].text + "-" + token.text)
    return None


def _singular_phrase(phrase: str) -> str:
    """'chaines payantes' -> 'chaine payante': each word without a plural -s or -x, so that
    a phrase of the lexicon matches the text in both numbers."""
    return " ".join(
        word[:-1] if len(word) > 3 and word.endswith(("s", "x")) else word
        for word in phrase.split()
    )


def _phrase_key(tokens: Span) -> str:
    """The folded words of `tokens` as a lexicon phrase: "chaînes d' information" ->
    "chaine d'information"."""
    return _singular_phrase(" ".join(fold(t.text) for t in tokens).replace("' ", "'"))


def _is_model_code(word: str, index: int) -> bool:
    """'Z45', 'E390neo', '797' (not a year), and a first word with figures ('3D')."""
    digits = sum(ch.isdigit() for ch in word)
    if not digits:
        return False
    if any(ch.isalpha() for ch in word):
        return True
    return word.isdigit() and (index == 0 or (len(word) >= 3 and word[:2] not in ("19", "20")))


def _after_class_noun(ent: Token) -> bool:
    """'la selle S-900', 'le sac JV-12': a name right after a common noun that an article
    opens, which the noun classifies (a descriptor of an organisation is read before)."""
    doc = ent.doc
    noun = doc[ent.i - 1] if ent.i > 1 else None
    return (
        noun is not None
        and noun.pos_ == "NOUN"
        and noun.text.islower()
        and fold(doc[ent.i - 2].text) in MODEL_ARTICLES
    )


def _is_plural(noun: Token) -> bool:
    """'chaînes', 'applications': a plural noun (by its morphology, or an -s/-x form whose
    lemma is shorter, for the nouns the tagger leaves without a number)."""
    if "Plur" in noun.morph.get("Number"):
        return True
    text, lemma = fold(noun.text), fold(noun.lemma_ or noun.text)
    return text != lemma and text.endswith(("s", "x")) and text[:-1] == lemma


def _after_article(ent: Span) -> bool:
    """'l'Inrae', 'du Cnes': a name right after an article, which a person's never is."""
    return ent.start > 0 and fold(ent.doc[ent.start - 1].text) in MODEL_ARTICLES


class EntityTypes:
    def __init__(self, lexicon: EntityLexicon):
        self.lexicon = lexicon
        self._multiword_phrases = {
            _singular_phrase(k): v for k, v in lexicon.multiword_descriptors.items()
        }
        self._plural_phrases = {
            _singular_phrase(k): v for k, v in lexicon.plural_descriptors.items()
        }
        self._multiword_by_last_word: dict[str, list[tuple[str, str]]] = {}
        for phrase, cls in lexicon.multiword_descriptors.items():  # in the lexicon's order
            self._multiword_by_last_word.setdefault(phrase.split(" ")[-1], []).append(
                (phrase, cls)
            )

    # -- cues -------------------------------------------------------------------------------

    def _descriptor_class(self, noun: Token) -> str | None:
        """The class a descriptor noun names, refined by the words after it."""
        compound = _hyphen_compound(noun)
        if compound:  # "start-ups" is three tokens for the French tokenizer
            for form in (compound, compound.removesuffix("s")):
                if form in self.lexicon.descriptors:
                    return self.lexicon.descriptors[form]
        lemma = fold(noun.lemma_ or noun.text)
        phrase_cls = self._phrase_class(noun)
        if phrase_cls:
            return phrase_cls
        forms = (lemma, fold(noun.text))
        is_title = any(f in self.lexicon.person_titles for f in forms)
        is_descriptor = any(f in self.lexicon.descriptors for f in forms)
        if is_title and is_descriptor:
            return None  # "investisseur": a fund or a person, the noun does not say which
        if is_title:
            return "Person"
        return (
            self.lexicon.descriptors.get(lemma)
            or self.lexicon.descriptors.get(fold(noun.text))
            or self._plural_class(noun)
        )

    def _plural_class(self, noun: Token) -> str | None:
        """'les citadines Nuvia et Elara': the class of a descriptor in the plural whose lemma
        the lemmatizer got wrong ("citadin"), products only (the plural of a company's noun
        may say something else: `plural_descriptors`)."""
        word = fold(noun.text)
        if not word.endswith(("s", "x")):
            return None
        cls = self.lexicon.descriptors.get(word[:-1])
        return cls if cls == "Product" else None

    def _owned_class(self, noun: Token, ent: Token, cls: str | None, after: int) -> str | None:
        """'Orkos, la plateforme logicielle du groupe Vantrel', 'sa plateforme Vigil', 'la
        plateforme Vigil de Vantrel', 'Vantrel lance la plateforme Vigil': a company's noun
        that something owns or launches names a product (`after`: where a maker would be),
        unless the name is bought or sold (then it is a company)."""
        if cls is None or fold(noun.lemma_ or noun.text) not in self.lexicon.owned_product_nouns:
            return cls
        if any(
            t.dep_ == "obj" and fold(t.head.lemma_) in self.lexicon.traded_verbs
            for t in (noun, ent)
        ):
            return cls
        doc = noun.doc
        k = noun.i - 1
        while k > 0 and doc[k].pos_ == "ADJ":
            k -= 1  # "sa nouvelle plateforme"
        owned = k >= 0 and fold(doc[k].text) in _POSSESSIVES
        launched = (
            noun.dep_ == "obj" and fold(noun.head.lemma_) in self.lexicon.product_launch_verbs
        )
        made = self._made_by_organization(noun) or self._made_by_organization(ent)
        if owned or launched or made or self._worked_on(noun) or self._maker_at(doc, after):
            return "Product"
        return cls

    def _made_by_organization(self, token: Token) -> bool:
        """'Medix, conçue par la start-up Datalys', 'la plateforme X, développée par Y': a
        participle of making whose agent is no person."""
        makers = self.lexicon.product_maker_verbs
        agents = [
            agent
            for participle in token.children
            if participle.dep_ == "acl" and fold(participle.lemma_) in makers
            for agent in participle.children
            if agent.dep_ == "obl:agent"
        ]
        named = [  # the agent's name, or the name its descriptor has ("par la start-up Y")
            name
            for agent in agents
            for name in (
                [agent]
                if agent.ent_type_
                else [c for c in agent.children if c.dep_ in ("nmod", "appos")]
            )
            if name.ent_type_
        ]
        return any(name.ent_type_ not in ("PER", "Person") for name in named)

    def _made_product(self, ent: Token) -> TypeCue | None:
        """A name an organisation made, with no descriptor of its own ("Medix, conçue par la
        start-up Datalys") is a product."""
        if self._made_by_organization(ent):
            return TypeCue("Product", 1.2, "made-by")
        return None

    def _worked_on(self, noun: Token) -> bool:
        """'collaborent sur la plateforme Vigil', 'travaillent ensemble sur la plateforme X':
        what companies work on is a product (a "sur" complement of a verb of work)."""
        return (
            noun.dep_.startswith("obl")
            and fold(noun.head.lemma_) in self.lexicon.product_work_verbs
            and any(c.dep_ == "case" and fold(c.text) == "sur" for c in noun.children)
        )

    def _maker_at(self, doc: Doc, i: int) -> bool:
        """'logicielle du groupe X', 'de paiement de la start-up X', 'de Vantrel': a "de"
        complement at `i` (past adjectives and bare "de" + noun) that names an organisation."""
        end = min(len(doc), i + 8)
        while i < end and (
            doc[i].pos_ == "ADJ"
            or doc[i].dep_ == "amod"  # "logicielle", which the tagger may call a noun
            or (fold(doc[i].text) in ("de", "d'") and i + 1 < end and doc[i + 1].pos_ == "NOUN")
            or (doc[i].pos_ == "NOUN" and not doc[i].ent_type_ and is_de(doc[i - 1]))
        ):
            i += 1
        if i >= end or not is_de(doc[i]):
            return False
        i += 1
        if i < end and doc[i].pos_ == "DET":
            i += 1
        if i >= end:
            return False
        if doc[i].ent_type_:
            scores = doc[i]._.kg_type_scores or {}  # "de Lyon" is where it is, unlike "de Kerys"
            return doc[i].ent_type_ != "LOC" or scores.get("Place", 1.0) < _PLACE_EVIDENCE
        return coarse_class(self._descriptor_class(doc[i]) or "") == "Organization"

    def _phrase_class(self, noun: Token) -> str | None:
        """The class of the longest descriptor phrase opening at `noun` ("chaîne de
        magasins"), in the singular or the plural. A plural noun is first read in
        `plural_descriptors`, whose phrases must end where the name starts: "les chaînes de
        télévision A et B", "deux chaînes (A et B)", but "les chaînes hôtelières A et B"."""
        doc = noun.doc
        plural = _is_plural(noun)
        for k in range(min(6, len(doc) - noun.i), 0, -1):
            said = _phrase_key(doc[noun.i : noun.i + k])
            following = doc[noun.i + k] if noun.i + k < len(doc) else None
            names_next = following is not None and (
                following.text[:1].isupper() or following.text == "("
            )
            if plural and names_next and said in self._plural_phrases:
                return self._plural_phrases[said]
            if said in self._multiword_phrases:
                return self._multiword_phrases[said]
        return "Company" if self._network_of_outlets(noun) else None

    def _network_of_outlets(self, noun: Token) -> bool:
        """'le réseau de salles de sport X', 'la chaîne de boulangeries X', 'le premier réseau
        français de cliniques vétérinaires': a network noun before "de" and a plural noun (which
        the tagger may read as an adjective: "cliniques vétérinaires"), past its adjectives (not
        "la chaîne de télévision X", "le réseau social X")."""
        doc = noun.doc
        if fold(noun.lemma_) not in self.lexicon.outlet_network_nouns:
            return False
        de = noun.i + 1
        while de < min(len(doc), noun.i + 3) and doc[de].pos_ == "ADJ" and not doc[de].ent_type_:
            de += 1  # "le réseau français de"
        if de + 1 >= len(doc) or fold(doc[de].text) not in ("de", "d'"):
            return False
        complement = doc[de + 1]
        if complement.like_num and de + 2 < len(doc):
            complement = doc[de + 2]  # "un réseau de dix-huit agences"
        return (
            complement.pos_ in ("NOUN", "ADJ")
            and complement.is_lower
            and not complement.ent_type_
            and _is_plural(complement)
        )

    def _left_descriptor(self, ent: Token) -> TypeCue | None:
        """'la société de défense X', 'le fonds canadien de capital-risque X', 'l'allemand X'.

        The name must be in apposition to the noun (see phrases.left_np): after "de" it is a
        complement instead ("le directeur général de Danone"), and after a plural noun it is
        a brand that qualifies it ("les modèles Alpine").
        """
        named = self._named_as(ent)
        if named is not None:
            return named
        before = " ".join(fold(t.text) for t in ent.doc[max(0, ent.i - 4) : ent.i])
        for phrase, cls in self._multiword_by_last_word.get(before.rpartition(" ")[2], ()):
            if before.endswith(" " + phrase) or before == phrase:  # "la jeune pousse X"
                return TypeCue(cls, 2.0, f"descriptor:{phrase}")
        start, head = left_np(ent, is_descriptor=lambda t: fold(t.text) in self.lexicon.descriptors)
        if head is None or self._placed_at_post(start, ent):
            return None
        cls = self._descriptor_class(head)
        trade = self._trade_noun_before(start, head, cls, ent)
        if trade is not None:  # "le géant des spiritueux X": X is the giant, not a spirit
            head, cls = trade, self._descriptor_class(trade)
        if cls is None and head.pos_ == "ADJ":  # "la nouvelle start-up X": after the adjective
            after = next(
                (t for t in ent.doc[head.i + 1 : ent.i] if self._descriptor_class(t)), None
            )
            if after is not None:
                head, cls = after, self._descriptor_class(after)
        determiner = ent.doc[start] if start < head.i else None
        plural = (
            (fold(determiner.text) in _PLURAL_DETERMINERS)
            if determiner is not None
            else ("Plur" in head.morph.get("Number"))
        )
        if plural and head.i == ent.i - 1 and cls != "Product":
            return None  # "les modèles Alpine" names a brand; "deux microlanceurs Zephyr" a model
        cls = self._brand_owned(head, start, self._owned_class(head, ent, cls, ent.i + 1))
        trade = fold(head.lemma_ or head.text)
        if trade in self.lexicon.person_trades and self._first_name(ent, "") is not None:
            return TypeCue("Person", 2.0, f"person-trade:{trade}")  # "l'industriel Paul Roux"
        if cls:
            return TypeCue(cls, 2.0, f"descriptor:{fold(head.lemma_)}")
        if (
            head.text.islower()
            and self.lexicon.is_nationality(head.text)
            and head.i == ent.i - 1
            and self._first_name(ent, "") is None  # "la française Claire Dumas": a person
        ):
            return TypeCue("Company", 2.0, "nationality-noun")
        return None

    def _placed_at_post(self, start: int, ent: Token) -> bool:
        """'a nommé à la tête du club Sophie Arrighi': the noun is the complement of a post
        (`post_nouns`), and a name that opens on a first name after it is the person placed
        there, not a name in apposition to the noun."""
        doc = ent.doc
        words = ent.text.split()
        if len(words) < 2 or fold(words[0].split("-")[0]) not in self.lexicon.first_names:
            return False
        of = ("du", "des", "de", "d'")
        i = start  # back to the "de" of the complement: "du club", "de la société"
        while i > 0 and fold(doc[i].text) not in of and (i == start or doc[i].pos_ == "DET"):
            i -= 1
        if fold(doc[i].text) not in of:
            return False
        return i > 0 and fold(doc[i - 1].text) in self.lexicon.post_nouns

    def _trade_noun_before(
        self, start: int, head: Token, cls: str | None, ent: Token
    ) -> Token | None:
        """'le géant des spiritueux X', 'le spécialiste de la cybersécurité X', 'le leader
        européen des paiements X': a phrase that is the "de" complement of a trade noun
        (`trade_nouns`, past its adjectives) names a trade, and X is apposed to the trade noun.
        A product noun in the singular names a trade as well ("le spécialiste de la trottinette
        électrique Voltéa", "le leader du logiciel de paie Orkane"). So does a phrase of no class
        after an organisation's noun ("la pépite parisienne de l'intelligence artificielle X",
        "le groupe de l'agroalimentaire X"), unless it names a family or the name opens on a
        first name ("la société de la famille Dupont", "la société de la chanteuse Léa Morel")."""
        doc = head.doc
        contracted = fold(doc[start].text) in ("du", "des")
        opens = contracted or start == head.i or doc[start].pos_ == "DET"
        if not (opens or fold(doc[start].text) == "l'"):
            return None
        noun = completed_noun(doc, start)  # "le leader européen des paiements"
        if noun is None or noun.ent_type_:
            return None
        if fold(noun.lemma_ or noun.text) in self.lexicon.trade_nouns:
            return noun
        domain = (
            cls is None
            and fold(ent.text.split()[0]) not in self.lexicon.first_names
            and fold(head.lemma_ or head.text) not in self.lexicon.family_nouns
        )
        organization = coarse_class(self._descriptor_class(noun) or "") == "Organization"
        return noun if domain and organization else None

    def _owned_by(self, start: int, doc: Doc, nouns: frozenset[str] | None = None) -> bool:
        """'le propriétaire de Ferlane', "l'actionnaire majoritaire de la marque Ferlane",
        'propriétaire des marques A et B': the noun phrase opening at `start` is the "de"
        complement of an owner noun (`owner_nouns`, or `nouns`), so it names a company."""
        noun = completed_noun(doc, start)  # "l'actionnaire majoritaire de"
        if noun is None:
            return False
        owners = nouns or self.lexicon.owner_nouns
        before = doc[noun.i - 1] if noun.i > 0 else None
        compound = f"{fold(before.text)}-{fold(noun.text)}" if before is not None else ""
        return fold(noun.lemma_ or noun.text) in owners or compound in owners  # maison mère

    def _brand_owned(self, head: Token, start: int, cls: str | None) -> str | None:
        """'propriétaire de la marque Ferlane', 'a racheté le réseau Maisonia', 'directrice
        générale de la marque Elixia': a brand an owner holds, a buyer buys or an officer
        runs is a company (`owned_brand_nouns`); the class `cls` otherwise."""
        if fold(head.lemma_ or head.text) not in self.lexicon.owned_brand_nouns:
            return cls
        traded = head.dep_ == "obj" and fold(head.head.lemma_) in self.lexicon.traded_verbs
        if (
            traded
            or self._owned_by(start, head.doc)
            or self._owned_by(start, head.doc, self.lexicon.person_titles)
        ):
            return "Company"
        return cls

    def _owned_company(self, ent: Token) -> TypeCue | None:
        """'Le propriétaire de Ferlane a écrit aux salariés': what an owner owns is a company
        (a product owned is named with its descriptor: "propriétaire du logiciel Orkos"), and
        so is the parent of a subsidiary ("une filiale de Médiaco")."""
        start = self._list_start(ent)
        if self._owned_by(start, ent.doc):
            return TypeCue("Company", 1.2, "owned-by")
        if self._owned_by(start, ent.doc, self.lexicon.officer_nouns) and not self._first_named(
            ent
        ):  # "Directrice générale de Kelvane depuis 2022, P ...": what an officer heads
            return TypeCue("Organization", 1.2, "officer-of")
        subsidiary = completed_noun(ent.doc, start)
        if (
            subsidiary is not None
            and fold(subsidiary.lemma_) in _PARENT_OF_NOUNS
            and not any(fold(c.text) in _POSSESSIVES for c in subsidiary.children)
            and not (ent.i + 1 < len(ent.doc) and is_de(ent.doc[ent.i + 1]))
        ):  # "devient une filiale de X" (never "sa filiale de Shanghai", "la filiale de
            # Bergame du groupe Y": a town)
            return TypeCue("Company", 1.2, "parent")
        return None

    def _first_named(self, ent: Token) -> bool:
        """A name that opens on a first name ("Paul Marec", "Anne-Sophie Roy")."""
        words = ent.text.split()
        return len(words) > 1 and fold(words[0].split("-")[0]) in self.lexicon.first_names

    @staticmethod
    def _list_start(ent: Token) -> int:
        """Where the list of "de" complements a name ends opens: "de Ferlane" for "Ostrea" in
        "propriétaire de Ferlane et d'Ostrea" (the name itself when it is first)."""
        doc, i = ent.doc, ent.i
        while (
            i >= 3
            and is_de(doc[i - 1])
            and fold(doc[i - 2].text) in ("et", "ou", ",")
            and doc[i - 3].ent_type_
        ):
            i -= 3
            while i > 0 and doc[i].ent_iob_ == "I":
                i -= 1  # the first word of the name before
        return i

    def _named_as(self, ent: Token) -> TypeCue | None:
        """'un vaccin baptisé Immunex', 'une start-up appelée Sparrow', 'un nouveau moteur de
        jeu, baptisé Hoshi': the noun before the naming participle (past its adjectives, its
        "de" complements and a comma) says what the name is."""
        doc = ent.doc
        if ent.i < 2 or fold(doc[ent.i - 1].lemma_) not in NAMING_VERBS:
            return None
        i = ent.i - 2
        if i > 0 and doc[i].text == ",":
            i -= 1
        while i > 0:
            if doc[i].pos_ == "ADJ":
                i -= 1
            elif i >= 2 and is_de(doc[i - 1]) and doc[i].pos_ == doc[i - 2].pos_ == "NOUN":
                i -= 2  # "un moteur de jeu"
            else:
                break
        # "L'offre, baptisée X": the tagger may take a noun right after its article for a verb
        # ("offre" as "offrir"); after a determiner it is the noun all the same
        nominal = doc[i].pos_ in ("NOUN", "X") or (i > 0 and doc[i - 1].pos_ == "DET")
        cls = self._descriptor_class(doc[i]) if nominal else None
        if cls is None and nominal and fold(doc[i].text) in self.lexicon.named_offer_nouns:
            cls = "Product"  # "L'offre, baptisée X": the offer is what the name names
        cls = self._owned_class(doc[i], ent, cls, ent.i + 1)  # "a développé une plateforme"
        return TypeCue(cls, 2.0, f"named:{fold(doc[i].lemma_)}") if cls else None

    def _opening_phrase(self, ent: Token) -> TypeCue | None:
        """'La start-up en IA basée à Toronto (Canada), Cohere, vient de lever ...'."""
        head = opening_np_head(ent)
        cls = self._descriptor_class(head) if head is not None else None
        return (
            TypeCue(cls, 1.9, f"opening:{fold(head.lemma_)}") if cls and head is not None else None
        )

    @staticmethod
    def _dateline(ent: Token) -> TypeCue | None:
        """'LYON (Agence) - ', 'Paris - ': the city a dispatch is sent from (the first name of
        a line that a dateline opens)."""
        starts = ent.doc.user_data.get("kg_dateline_names")
        if starts is None:  # where each dateline's first word starts -> where the dateline ends
            text = ent.doc.text
            lines = {text.rfind("\n", 0, end) + 1: end for end in dateline_ends(text)}
            starts = ent.doc.user_data["kg_dateline_names"] = {
                start + len(text[start:end]) - len(text[start:end].lstrip()): end
                for start, end in lines.items()
            }
        end = starts.get(ent.idx)
        if end is not None and ent.idx + len(ent.text) < end:
            return TypeCue("Place", 2.5, "dateline")
        return None

    def _country(self, ent: Token) -> TypeCue | None:
        """'Emirats Arabes Unis', 'Afrique du Sud': the name of a country."""
        if fold(ent.text) in self.lexicon.countries:
            return TypeCue("Place", 2.5, "country")
        return None

    def _post_scope(self, ent: Token) -> TypeCue | None:
        """'directrice Europe du groupe Y', 'le directeur général France de Y': the territory a
        title covers (`post_scopes`), right after it, is no one's name."""
        doc = ent.doc
        before = ent.i - 1
        while before >= 0 and fold(doc[before].text) in _TITLE_QUALIFIERS:
            before -= 1  # "directeur général France"
        if (
            fold(ent.text) in self.lexicon.post_scopes
            and before >= 0
            and fold(doc[before].text) in self.lexicon.person_titles
        ):
            return TypeCue("Place", 3.0, "post-scope")
        return None

    def _compass_region(self, ent: Token) -> TypeCue | None:
        """'dans l'Ouest', 'le Sud-Ouest': a region named by a point of the compass."""
        if fold(ent.text) in self.lexicon.compass_regions:
            return TypeCue("Place", 2.5, "compass-region")
        return None

    def _place_in_parentheses(self, ent: Token) -> TypeCue | None:
        """'Toronto (Canada)': a name in parentheses after a place is a place."""
        doc = ent.doc
        if (
            ent.i >= 2
            and doc[ent.i - 1].text == "("
            and doc[ent.i - 2].ent_type_ in ("LOC", "Place")
            and ent.ent_type_ in ("LOC", "Place")
        ):
            return TypeCue("Place", 2.5, "place-in-parentheses")
        return None

    def _parenthetical_brand(self, ent: Token) -> TypeCue | None:
        """'Webedia (Pure People, Pure Medias, Pure Trend, Pure Break)': the names in brackets
        after a company are its brands and products."""
        if ent.ent_type_ in ("LOC", "Place", "PER", "Person"):
            return None
        owner = brand_owner(ent)
        if owner is not None:
            return TypeCue("Product", 2.0, "brand-in-parentheses")
        return None

    def _located_at(self, ent: Token) -> TypeCue | None:
        """'installée à Vierzon', 'desservir Nantes', 'un vol pour Agadir', 'au départ de
        Brest': where something is, or where a journey goes, is a place."""
        doc = ent.doc
        before = [fold(t.text) for t in doc[max(0, ent.i - 4) : ent.i]]
        if ent.i >= 2 and before[-1] == "a":
            located = doc[ent.i - 2]
            if located.pos_ == "ADJ" and ent.i >= 3 and doc[ent.i - 3].pos_ == "NOUN":
                located = doc[ent.i - 3]  # "son siège social à Lyon"
            if located.pos_ == "NOUN" and located.i >= 1 and is_de(doc[located.i - 1]):
                return None  # "servira de base à Corvis": what a product is the base of
            if (
                fold(located.lemma_) in self.lexicon.location_verbs
                or fold(located.text) in self.lexicon.location_verbs
            ):
                return TypeCue("Place", 2.0, f"located-at:{fold(located.lemma_)}")
        if ent.i >= 2 and before[-1] in ("pour", "vers"):
            k = ent.i - 2
            if k > 0 and doc[k].ent_type_:  # "des vols Kestrel Air vers X"
                k -= 1
            noun = fold(doc[k].lemma_ or doc[k].text)
            if noun in self.lexicon.route_nouns:
                return TypeCue("Place", 2.0, f"destination:{noun}")
        if (  # "son usine de Hautmont": a company's own plant, named by its town
            ent.i >= 3
            and is_de(doc[ent.i - 1])
            and fold(doc[ent.i - 2].text) in self.lexicon.own_site_nouns
            and fold(doc[ent.i - 3].text) in _POSSESSIVES
        ):
            return TypeCue("Place", 2.0, "own-site")
        said = " ".join(before).replace("' ", "'")
        if any(said.endswith(phrase) for phrase in self.lexicon.destination_phrases):
            return TypeCue("Place", 2.0, "destination")
        if ent.dep_ == "obj" and fold(ent.head.lemma_) in self.lexicon.travel_verbs:
            return TypeCue("Place", 1.6, f"destination:{fold(ent.head.lemma_)}")
        if (  # "l'usine Talmor de Villeurbanne": the site's town
            ent.i >= 3
            and before[-1] in ("de", "d'")
            and doc[ent.i - 2].ent_type_
            and fold(doc[ent.i - 3].lemma_ or doc[ent.i - 3].text) in self.lexicon.site_nouns
        ):
            return TypeCue("Place", 2.0, "site-town")
        if ent.i >= 3 and before[-1] in ("de", "d'") and self._establishment_named(doc, ent.i - 2):
            return TypeCue("Place", 2.0, "establishment-town")
        return None

    def _establishment_named(self, doc, i: int) -> bool:
        """'la polyclinique Valmeyre' + "de Grenoble", 'les ateliers ferroviaires Ferrotech' +
        "de Nevers": token i is a name right after an establishment's noun (up to two
        lower-case words between), whose town the "de" after it gives."""
        if not doc[i].ent_type_:
            return False
        for k in range(i - 1, max(i - 4, -1), -1):
            if fold(doc[k].text) in self.lexicon.establishment_nouns:
                return True
            if not (doc[k].is_alpha and doc[k].is_lower):
                return False
        return False

    @staticmethod
    def _quoted_title(ent: Token) -> TypeCue | None:
        """'le producteur de « Brumes »', 'la saison de « Brumes »': French quotes a work's
        title (a series, a film, a show), never a town; a quoted name the model calls a place
        or a miscellany is a product when nothing else says what it is."""
        doc = ent.doc
        start, end = ent.i, ent.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if start > 0 and end < len(doc) and doc[start - 1].text in "«“" and doc[end].text in "»”":
            return TypeCue("Product", 1.0, "quoted-title")
        return None

    def _platform(self, ent: Token) -> TypeCue | None:
        """'fonctionne sur X', 'un logiciel pour X', 'disponible sur X et sur
        Y', 'tourne sous X': what a product runs on is a product."""
        doc = ent.doc
        i = ent.i - 1
        if i < 1 or fold(doc[i].text) not in ("sur", "pour", "sous"):
            return None
        start, k = sentence_of(ent).start, i - 1
        while k >= max(start, i - 8):
            token = doc[k]
            word = fold(token.lemma_ or token.text)
            if word in self.lexicon.platform_words or fold(token.text) in (
                self.lexicon.platform_words
            ):
                return TypeCue("Product", 1.2, f"platform:{word}")
            if token.pos_ == "NOUN" and coarse_class(self._descriptor_class(token) or "") == (
                "Product"
            ):
                return TypeCue("Product", 1.2, f"platform:{word}")
            if token.ent_type_ and k > start and doc[k - 1].text == doc[i].text:
                k -= 2  # "sur X et sur Y": past the first platform
                continue
            if token.ent_type_ or token.is_punct:
                return None
            k -= 1
        return None

    def _workplace(self, ent: Token) -> TypeCue | None:
        """'analyste chez Kepler Cheuvreux', 'passé chez Google': "chez" names an organisation."""
        doc = ent.doc
        if ent.i >= 1 and fold(doc[ent.i - 1].text) == "chez":
            return TypeCue("Organization", 1.2, "chez")
        return None

    def _made_by(self, ent: Token) -> TypeCue | None:
        """'le développeur de Farmville', "l'éditeur d'Assassin's Creed": what a maker makes
        (not a town or a country the lexicon knows: "un fabricant de Nantes" is from there)."""
        noun = self._noun_of_complement(ent)
        known_place = fold(ent.text) in self.lexicon.place_nationalities or (
            fold(ent.text) in self.lexicon.countries
        )
        if noun is not None and fold(noun.lemma_) in self.lexicon.maker_nouns and not known_place:
            return TypeCue("Product", 1.2, f"made-by:{fold(noun.lemma_)}")
        return None

    def _of_named_maker(self, ent: Token) -> TypeCue | None:
        """'le Kubix de son concurrent Utilec', 'la Sirra du constructeur italien Arvel': a
        name with a definite article whose "de" complement is a company named with its
        descriptor is that company's product (not 'le PSG de Nasser Al-Khelaïfi': a bare name
        says no company; nor 'de son propriétaire QSI': a holder, `holder_nouns`)."""
        doc = ent.doc
        i = ent.i + 1
        if ent.i < 1 or fold(doc[ent.i - 1].text) not in ("le", "la", "l'") or i >= len(doc):
            return None
        if not is_de(doc[i]):
            return None
        i += 1
        while i < len(doc) and i <= ent.i + 4 and doc[i].pos_ in ("DET", "ADJ"):
            i += 1  # "de son grand concurrent"
        noun = doc[i] if i < len(doc) else None
        if noun is None or noun.ent_type_ or fold(noun.lemma_) in self.lexicon.holder_nouns:
            return None
        if coarse_class(self._descriptor_class(noun) or "") != "Organization":
            return None
        i += 1
        while i < len(doc) and i <= noun.i + 2 and doc[i].pos_ == "ADJ" and not doc[i].ent_type_:
            i += 1  # "du constructeur italien Arvel"
        if i >= len(doc) or not doc[i].ent_type_:
            return None
        return TypeCue("Product", 1.2, f"of-maker:{fold(noun.lemma_)}")

    def _available(self, ent: Token) -> TypeCue | None:
        """'Nuvia est disponible sur iOS', 'Orkos sera téléchargeable gratuitement sur
        Android', 'Kubix fonctionne sous Linux': what runs on a platform is a product."""
        doc = ent.doc
        i = ent.i + 1
        while i < len(doc) and i <= ent.i + 3 and doc[i].pos_ in ("AUX", "ADV"):
            i += 1
        if i >= len(doc) or fold(doc[i].lemma_ or doc[i].text) not in self.lexicon.available_words:
            return None
        following = [fold(t.text) for t in doc[i + 1 : i + 4]]
        if any(word in ("sur", "sous") for word in following):
            return TypeCue("Product", 1.2, f"available:{fold(doc[i].lemma_)}")
        return None

    def _shown(self, ent: Token, person_like: bool) -> TypeCue | None:
        """'Phalène AI a dévoilé Nuvia', 'Vantrel commercialise Orkos depuis mars': what a
        company unveils or sells is a product. A person is presented too ('a présenté Dupont
        comme son successeur'): a name the model calls a person's must be unveiled or sold."""
        verb = fold(ent.head.lemma_)
        if person_like and verb == "presenter":
            return None
        following = ent.doc[ent.i + 1] if ent.i + 1 < len(ent.doc) else None
        if following is not None and fold(following.text) == "comme":
            return None  # "présente Kestrel comme le leader du secteur"
        if ent.dep_ == "obj" and verb in self.lexicon.product_show_verbs:
            return TypeCue("Product", 1.0, f"shown:{fold(ent.head.lemma_)}")
        return None

    def _product_part(self, ent: Token) -> TypeCue | None:
        """'la version 2 de Nuvia', 'les utilisateurs de Corvis', 'une nouvelle mouture
        d'Orkos': what has versions and users is a product."""
        noun = self._noun_of_complement(ent)
        if noun is not None and fold(noun.lemma_ or noun.text) in self.lexicon.product_part_nouns:
            return TypeCue("Product", 1.2, f"product-part:{fold(noun.lemma_)}")
        return None

    @staticmethod
    def _noun_of_complement(ent: Token) -> Token | None:
        """The noun whose "de" complement `ent` is, past a number or adjectives ('la version
        2 de X', "l'éditeur américain de X")."""
        doc = ent.doc
        if ent.i < 2 or not is_de(doc[ent.i - 1]):
            return None
        k = ent.i - 2
        while k > 0 and ent.i - k <= 4 and (doc[k].like_num or doc[k].pos_ == "ADJ"):
            k -= 1
        return doc[k] if doc[k].pos_ == "NOUN" else None

    def _agent_of_deal(self, ent: Token) -> TypeCue | None:
        """A name that buys, invests, partners or announces is an organisation (or a person):
        'Casino avait annoncé la rupture de son contrat de partenariat'."""
        if (
            ent.dep_ in ("nsubj", "obl:agent")
            and fold(ent.head.lemma_) in self.lexicon.organization_agent_verbs
        ):
            return TypeCue("Organization", 1.0, f"agent-of:{fold(ent.head.lemma_)}")
        return None

    def _right_apposition(self, ent: Token) -> TypeCue | None:
        """'X, une startup ...', 'X, le fondateur de ...', 'X, filiale de ...'."""
        doc = ent.doc
        i = ent.i + 1
        if i >= len(doc) or doc[i].text not in (",", "("):
            return None
        i += 1
        while (
            i < len(doc)
            and i < ent.i + 6
            and (doc[i].pos_ in ("DET", "ADJ", "ADV") or fold(doc[i].text) in ("et", "tout"))
        ):
            i += 1
        skipped = {fold(t.text) for t in doc[ent.i + 2 : i]}
        if "et" in skipped and skipped & _POSSESSIVES:
            return None  # "Lyon, et sa directrice générale, X": another noun's, coordinated
        if i < len(doc) and doc[i].pos_ in ("NOUN", "ADJ", "PROPN") and not doc[i].ent_type_:
            if _closes_fronted_phrase(ent, doc[i]):
                return None
            cls = self._owned_class(
                doc[i], ent, self._descriptor_class(doc[i]), doc[i].i + 1
            )
            if cls and not self._describes_next_name(doc[i]):
                return TypeCue(cls, 2.0, f"apposition:{fold(doc[i].lemma_)}")
        return None

    @staticmethod
    def _describes_next_name(noun: Token) -> bool:
        """In 'X, le concepteur de cartes graphiques Nvidia' the noun describes Nvidia; in
        'X, éditeur de l'agent conversationnel ChatGPT' it describes X (ChatGPT is inside the
        complement that opens with an article)."""
        doc = noun.doc
        i = noun.i + 1
        while i < len(doc) and i < noun.i + 6:
            token = doc[i]
            if token.ent_type_:
                return not is_de(doc[i - 1])
            if opens_complement(token):
                return False
            if not (nominal_like(token) or token.pos_ in ("ADP", "DET")) or token.is_punct:
                return False
            i += 1
        return False

    def _parsed_apposition(self, ent: Token) -> TypeCue | None:
        """'La start-up en IA basée à Toronto (Canada), Cohere, vient de ...' (appos arc)."""
        if ent.i > 0 and ent.doc[ent.i - 1].text == "(":
            return None
        nouns = (
            [ent.head]
            if ent.dep_ == "appos"
            and not _names_another(ent.head, ent)
            and not _before_its_verb(ent)
            else []
        )
        nouns += [
            child
            for child in ent.children
            if child.dep_ == "appos" and not _name_between(ent, child)
        ]
        for noun in nouns:
            if noun.pos_ == "NOUN" and not noun.ent_type_:
                cls = self._descriptor_class(noun)
                if cls:
                    return TypeCue(cls, 1.9, f"appos:{fold(noun.lemma_)}")
        return None

    def _awarding_body(self, ent: Token) -> TypeCue | None:
        """'La région Normandie a attribué le marché à X', 'le contrat confié à X par la ville
        de Rennes', "l'appel d'offres lancé par la région Bretagne": a place named after a
        public body's word that awards a contract or launches a tender is that body, an
        organisation; a plain place stays one ('installée dans la région Normandie')."""
        doc, sentence = ent.doc, ent.sent
        i = ent.i - 1
        while i > sentence.start and doc[i + 1].ent_iob_ == "I":
            i -= 1  # the name's first word
        if i > sentence.start and is_de(doc[i]):
            i -= 1  # "la ville de Rennes", "le département du Finistère"
        if i < sentence.start or fold(doc[i].text) not in self.lexicon.public_body_words:
            return None
        awarders = self.lexicon.awarder_verbs
        j = ent.i + 1
        while j < sentence.end and (doc[j].ent_iob_ == "I" or doc[j].pos_ in ("AUX", "ADV")):
            j += 1  # "a finalement attribué", "a officiellement confié"
        acts = j < sentence.end and fold(doc[j].lemma_) in awarders and doc[j].pos_ == "VERB"
        k = i - 1 if i > sentence.start and doc[i - 1].pos_ == "DET" else i
        by = k > sentence.start and fold(doc[k - 1].text) == "par"
        passive = by and any(
            t.pos_ == "VERB"
            and (
                fold(t.lemma_) in awarders
                or (  # "l'appel d'offres lancé par la région Bretagne"
                    fold(t.lemma_) in self.lexicon.tender_launch_verbs
                    and t.i > sentence.start
                    and fold(doc[t.i - 1].text) in self.lexicon.tender_nouns
                )
            )
            for t in doc[sentence.start : k]
        )
        # to a company named ("à la société X"), not "des subventions à de nombreuses PME"
        party = any(  # and never a person ("a confié la présidence de son agence à X")
            t.ent_type_ not in ("", "PER", "Person") and t.ent_iob_ == "B" and t.i != ent.i
            for t in sentence
        )
        # whose contract is won: any winner (the model may still call the company a person)
        awards = ((acts or passive) and party) or self._contract_owner(doc, k, sentence.start)
        return TypeCue("GovernmentAgency", 2.2, "awarding-body") if awards else None

    def _contract_owner(self, doc: Doc, k: int, start: int) -> bool:
        """'la concession de l'eau potable de la métropole de Montvérac': the public body's
        phrase (opening at k) completes a contract's noun, past nouns, adjectives and "de"."""
        if k <= start or not is_de(doc[k - 1]):
            return False
        for t in reversed(doc[max(start, k - 9) : k - 1]):
            if fold(t.lemma_) in self.lexicon.contract_nouns or fold(t.text) in (
                self.lexicon.contract_nouns
            ):
                return t.pos_ == "NOUN"
            if t.pos_ not in ("NOUN", "ADJ", "DET", "ADP"):
                return False
        return False

    def _recipient(self, ent: Token) -> TypeCue | None:
        """'a vendu ses parts à Vexa', 'a cédé sa filiale à Kestrel': who a stake is sold to
        is an organisation (or a person), not a place; never "à" + a name between commas right
        after another name ("céder la clinique Y, à Vénissieux, au groupe Z"), which says where
        that one is."""
        doc = ent.doc
        if (
            ent.i >= 3
            and doc[ent.i - 2].text == ","
            and doc[ent.i - 3].ent_type_
            and ent.i + 1 < len(doc)
            and doc[ent.i + 1].text == ","
        ):
            return None
        governor = ent.head
        while (
            governor.pos_ == "NOUN"
            and fold(governor.lemma_) in self.lexicon.awarded_nouns
            and governor.head.i != governor.i  # a root is its own head
        ):
            governor = governor.head  # "un contrat de 80 millions d'euros à X"
        if (
            ent.i > 0
            and fold(doc[ent.i - 1].text) == "a"
            and (ent.dep_.startswith(("obl", "iobj")) or governor.i != ent.head.i)
            and governor.pos_ == "VERB"
            and fold(governor.lemma_) in self.lexicon.recipient_verbs
        ):
            return TypeCue("Organization", 1.0, f"recipient-of:{fold(governor.lemma_)}")
        return None

    def _business_subject(self, ent: Token) -> TypeCue | None:
        """'Pook a racheté Zanzo', 'les 8 millions versés par Pook pour acquérir Zanzo': a name the
        words after it make the doer of a deal, read in word order (the parse of an inverted
        subject is often wrong)."""
        doc = ent.doc
        previous = doc[ent.i - 1] if ent.i > 0 else None
        if previous is not None and fold(previous.text) != "par" and (
            previous.pos_ == "ADP" or is_de(previous)
        ):
            return None  # "cette biotech du Massachusetts emploie": a complement
        i = ent.i + 1
        if i < len(doc) and fold(doc[i].text) == "pour":
            i += 1
        else:
            while (
                i < len(doc)
                and i <= ent.i + 3
                and (
                    doc[i].pos_ in ("AUX", "ADV")
                    or fold(doc[i].text) in ("de", "d'")
                    or fold(doc[i].lemma_) in _MODALS
                )
            ):
                i += 1  # "a ensuite", "vient de", "aurait", "pourrait", "va"
        if (
            i < len(doc)
            and doc[i].pos_ == "VERB"
            and (fold(doc[i].lemma_) in self.lexicon.organization_agent_verbs)
        ):
            return TypeCue("Organization", 1.0, f"does:{fold(doc[i].lemma_)}")
        return None

    def _deal_by(self, ent: Token) -> TypeCue | None:
        """'le rachat de Kestrel par Talmor', 'l'acquisition de la PME Ferlane par Ostrom': the
        name after the "par" of a deal noun is its buyer, a company unless named as a person."""
        doc = ent.doc
        if ent.i < 2 or fold(doc[ent.i - 1].text) != "par":
            return None
        for token in reversed(doc[max(0, ent.i - 9) : ent.i - 1]):
            if token.pos_ in ("VERB", "AUX", "PUNCT"):
                return None
            if token.pos_ == "NOUN" and fold(token.lemma_) in self.lexicon.deal_nouns:
                return TypeCue("Organization", 1.0, f"party-of:{fold(token.lemma_)}")
        return None

    def _bare_surname_like(self, ent: Token) -> bool:
        """One word the model calls a person's that is neither a first name nor the surname
        of a person the text names in full: it may as well be a company ('Pook')."""
        word = fold(ent.text)
        if " " in ent.text or word in self.lexicon.first_names:
            return False
        return not any(
            e.label_ in ("PER", "Person")
            and ((len(e) > 1 and fold(e[-1].text) == word) or fold(e.text).endswith(" " + word))
            for e in ent.doc.ents
        )

    def _attribution(self, ent: Token) -> TypeCue | None:
        doc = ent.doc
        window = doc[max(sentence_of(ent).start, ent.i - 3) : ent.i]
        for k, token in enumerate(window):
            # "selon le quotidien X", not "Selon Les Echos, X serait ...": the preposition's
            # own phrase, no comma nor other name between
            between = window[k + 1 :]
            if fold(token.text) in self.lexicon.attribution_prepositions and not any(
                t.ent_type_ or t.is_punct for t in between
            ):
                return TypeCue("NewsMedia", 1.5, "attribution")
        if ent.dep_ == "nsubj" and fold(ent.head.lemma_) in self.lexicon.report_verbs:
            return TypeCue("NewsMedia", 1.5, "report-verb")
        following = doc[ent.i + 1] if ent.i + 1 < len(doc) else None
        if (
            following is not None
            and fold(following.lemma_) in self.lexicon.report_verbs
            and following.pos_ == "VERB"
        ):
            return TypeCue("NewsMedia", 1.5, "report-verb")  # "Kotaku rapporte que ..."
        if ent.dep_ == "obl:agent" and fold(ent.head.lemma_) in self.lexicon.report_verbs:
            return TypeCue("NewsMedia", 1.5, "report-verb")
        return None

    def _suffix(self, ent: Token) -> TypeCue | None:
        """'Anduril Industries', 'Meta Platforms Inc.'; 'Banque Valmont', 'Crédit Maritime'."""
        words = ent.text.split()
        if len(words) > 1 and fold(words[-1]) in self.lexicon.org_suffixes:
            return TypeCue("Company", 1.8, "org-suffix")
        if len(words) > 1 and self.lexicon.is_org_prefix(words[0]):
            return TypeCue("Organization", 1.8, "org-prefix")
        return None

    @staticmethod
    def _model_code(ent: Token) -> TypeCue | None:
        """'le Z45', "l'E390neo", 'le Volmar 320 Max', '50 K350': a name with a model code
        (letters and figures, or three figures) after an article or a number is a model (a
        company's name with figures goes without one: 'TF1 a annoncé')."""
        doc = ent.doc
        words = ent.text.split()
        counted = ent.i > 0 and (
            fold(doc[ent.i - 1].text) in MODEL_ARTICLES
            or doc[ent.i - 1].like_num
            or _after_class_noun(ent)
        )  # "le Z45", "50 A350", "la selle S-900"
        if counted and any(_is_model_code(word, index) for index, word in enumerate(words)):
            return TypeCue("Product", 1.6, "model-code")
        return None

    @staticmethod
    def _units_counted(ent: Token) -> TypeCue | None:
        """'les Rafale', 'trois Airbus', 'les premiers Vexa': a one-word name in the singular
        after a plural determiner or a count (adjectives between) names units of a model, not
        an organisation ('les Galeries', 'les Echos' take the plural's mark)."""
        doc = ent.doc
        word = ent.text
        if " " in word or not word[:1].isupper() or fold(word)[-1:] in ("s", "x", "z"):
            return None
        i = ent.i - 1
        while i >= 0 and doc[i].pos_ == "ADJ" and ent.i - i <= 2:
            i -= 1
        if i < 0:
            return None
        before = doc[i]
        plural = fold(before.text) in _PLURAL_DETERMINERS or (
            before.like_num and before.text not in ("1", "un", "une")
        )
        return TypeCue("Product", 1.2, "units-counted") if plural else None

    def _first_name(self, ent: Token, label: str) -> TypeCue | None:
        """'Larry Page', 'Jean-Cyril Spinetta': two capitalised words or more, the first a
        common first name, no organisation word: a person."""
        words = ent.text.split()
        particles = ("de", "du", "des", "d'", "le", "la", "van", "von", "der", "da", "di")
        named = all(
            w[:1].isupper() or fold(w) in particles or (fold(w)[:2] == "d'" and w[2:3].isupper())
            for w in words[1:]
        )  # "Thibault d'Aurignac", "Marc Ladreit de Lacharrière"
        if len(words) < 2 or not words[0][:1].isupper() or not named or label == "ORG":
            return None
        first = fold(words[0])
        if first not in self.lexicon.first_names and fold(words[0].split("-")[0]) not in (
            self.lexicon.first_names
        ):
            return None
        if self._suffix(ent) is not None:
            return None
        return TypeCue("Person", 1.6, "first-name")

    def _cue(self, ent: Token, label: str, span_cue: str | None) -> TypeCue:
        scope = self._post_scope(ent)
        if scope is not None:
            return scope
        if span_cue == "title":
            return TypeCue("Person", 3.0, "title")
        if span_cue == "place":  # a route's ends, a site's town
            return TypeCue("Place", 2.5, "route-or-site")
        if span_cue == "work":  # "la série « Les Disparus de l'Aubrac »"
            return TypeCue("Product", 2.5, "quoted-title")
        if label in ("GovernmentAgency",):
            return TypeCue(label, 3.0, "pattern")
        attribution = self._attribution(ent)  # "selon le site X": with a descriptor, even if PER
        for finder in (
            self._country,
            self._compass_region,
            self._dateline,
            self._place_in_parentheses,
            self._parenthetical_brand,
            self._awarding_body,
            self._left_descriptor,
            self._right_apposition,
            self._opening_phrase,
            self._parsed_apposition,
            self._suffix,
            self._model_code,
            self._units_counted,
            self._product_part,
            self._made_product,
            self._owned_company,
            self._located_at,
            partial(self._first_name, label=label),
        ):
            if (
                label == "PER"
                and finder in (self._right_apposition, self._parsed_apposition)
                and not (finder == self._right_apposition and self._bare_surname_like(ent))
            ):
                cue = finder(ent)  # "Clémence Auberger et X, l'entreprise ...": a parse slip
                if cue is not None and cue.label != "Person":
                    continue
            cue = finder(ent)
            if cue:
                if attribution and cue.label in ("Product", "NewsMedia", "Organization"):
                    # "selon le site Streetinsideer": a site quoted as a source is a medium
                    return TypeCue("NewsMedia", 2.1, f"{attribution.rule}+{cue.rule}")
                return cue
        if attribution and label != "PER":
            return attribution
        if label in ("MISC", "LOC") or (label == "PER" and self._bare_surname_like(ent)):
            cue = self._agent_of_deal(ent) or self._business_subject(ent) or self._deal_by(ent)
            if cue:
                return cue
        if label in ("MISC", "LOC"):
            cue = self._recipient(ent)
            if cue:
                return cue
        if label in ("MISC", "LOC"):
            cue = self._made_by(ent)
            if cue:
                return cue
        if label != "PER" or self._bare_surname_like(ent):  # "Nuvia", which the model calls PER
            cue = (
                self._available(ent)
                or self._shown(ent, person_like=label == "PER")
                or self._of_named_maker(ent)
            )
            if cue:
                return cue
        if label == "MISC" or fold(ent.doc[ent.i - 1].text) == "sous":  # "tourne sous X"
            cue = self._platform(ent)
            if cue:
                return cue
        cue = self._workplace(ent)
        if cue:
            return cue
        if label in ("LOC", "MISC"):
            cue = self._quoted_title(ent)
            if cue:
                return cue
        return TypeCue(_NER_LABELS.get(label, label), 0.5, f"ner:{label}")

    # -- lists and agreement ----------------------------------------------------------------

    @staticmethod
    def _lists(ents: list[Span]) -> list[list[int]]:
        """Runs of entities joined by ',' 'et' 'ou' only: 'Microsoft, Amazon et Alphabet'."""
        runs: list[list[int]] = []
        closed = True  # a list closes at its "et" / "ou": "A, B et C, D" is A-B-C then D
        for index, ent in enumerate(ents):
            if index and not closed:
                previous = ents[index - 1]
                words = [
                    t.text.lower() for t in ent.doc[previous.end : ent.start] if not t.is_space
                ]
                following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
                two_clauses = (
                    following is not None
                    and following.pos_ == "VERB"
                    and previous.start > 0
                    and is_de(ent.doc[previous.start - 1])
                )  # "du développeur de Farmville et Epic Games intégrer"
                said_again = (  # "de Boltline et de Hanwei": the first one's preposition again
                    len(words) == 2
                    and words[0] in ("et", "ou")
                    and words[1] in _LIST_PREPOSITIONS
                    and previous.start > 0
                    and ent.doc[previous.start - 1].text.lower() in _LIST_PREPOSITIONS
                )
                if (
                    words
                    and (all(w in (",", "et", "ou") for w in words) or said_again)
                    and len(words) <= 2
                    and not two_clauses
                ):
                    runs[-1][0].append(index)
                    runs[-1][1] = bool({"et", "ou"} & set(words))
                    closed = runs[-1][1]
                    continue
            runs.append([[index], False])
            closed = False
        return [
            members for members, has_conjunction in runs if len(members) > 1 and has_conjunction
        ]

    def _list_introducer_cue(self, first: Span) -> TypeCue | None:
        """'des start-ups externes spécialisées dans l'IA, comme OpenAI': type from the noun;
        'trois chaînes (Kerlan+1, Orbi+1 et Vexa+1)', 'les chaînes de télévision Kerlan,
        Ombra TV et Vexa': a plural noun before the list names what its members are."""
        doc = first.doc
        i = first.start - 1
        j = i - 1 if i >= 1 and doc[i].text == "(" else i
        if j >= 0 and doc[j].pos_ == "NOUN" and "Plur" in doc[j].morph.get("Number"):
            opening = j - 1 if j >= 1 and doc[j - 1].pos_ in ("DET", "ADP") else j
            cls = self._brand_owned(doc[j], opening, self._descriptor_class(doc[j]))
            if cls:
                return TypeCue(cls, 1.5, f"list-head:{fold(doc[j].lemma_)}")
        start, head = left_np(
            first.root, is_descriptor=lambda t: fold(t.text) in self.lexicon.descriptors
        )
        if head is not None and _is_plural(head):  # "les chaînes de télévision A et B"
            cls = self._brand_owned(head, start, self._descriptor_class(head))
            if cls:
                return TypeCue(cls, 1.5, f"list-head:{fold(head.lemma_)}")
        if i < 0 or fold(doc[i].text) not in _LIST_INTRODUCERS | {"que"}:
            return None
        for token in reversed(doc[max(sentence_of(first).start, i - 10) : i]):
            if token.pos_ in ("NOUN", "X"):
                cls = self._descriptor_class(token)
                if cls:
                    return TypeCue(cls, 1.5, f"list-introducer:{fold(token.lemma_)}")
            finite = token.pos_ in ("VERB", "AUX") and "Part" not in token.morph.get("VerbForm")
            if finite or token.ent_type_:
                return None
        return None

    def _full_names(self, ents: list[Span], cues: list[TypeCue]) -> dict[str, str]:
        """Each name, or the fuller name of the text it is short for when nothing the text says
        types it: 'Nordvik' after 'Nordvik Equity', 'Tikehau' after 'Tikehau Capital' (the
        words dropped being a company's form, `alias_suffixes`), so that both are typed as one
        (not 'l'application Pockett' beside 'Pockett Labs')."""
        names = {fold(ent.text) for ent in ents}
        full = {name: name for name in names}
        described = {fold(e.text) for e, c in zip(ents, cues, strict=True) if c.strength >= 1}
        for name in names - described:
            for longer in names:
                extra = longer[len(name) :].split()
                if (
                    longer.startswith(name + " ")
                    and extra
                    and all(word in self.lexicon.alias_suffixes for word in extra)
                ):
                    full[name] = longer
        return full

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        if not ents:
            return doc
        span_cues = doc._.kg_entity_cues or {}
        cues = [
            self._cue(ent.root, ent.label_, span_cues.get((ent.start_char, ent.end_char)))
            for ent in ents
        ]
        best_by_name: dict[str, TypeCue] = {}
        for ent, cue in zip(ents, cues, strict=True):
            known = best_by_name.get(fold(ent.text))
            if known is None or cue.strength > known.strength:
                best_by_name[fold(ent.text)] = cue
        for run in self._lists(ents):
            introduced = self._list_introducer_cue(ents[run[0]])
            strongest = max(
                (best_by_name[fold(ents[i].text)] for i in run), key=lambda c: c.strength
            )
            weak_majority = Counter(  # a lone unknown word the model calls a person's does
                cues[i].label  # not vote: "entre Talmor et Brivane" names two companies
                for i in run
                if cues[i].strength < 1
                and not (cues[i].rule == "ner:PER" and self._bare_surname_like(ents[i].root))
            ).most_common(1)
            for i in run:
                if cues[i].strength >= 1:
                    continue
                if introduced:
                    proposed = introduced
                elif strongest.strength >= 1:  # a neighbour's cue: weak, the typer may overrule
                    proposed = TypeCue(strongest.label, 0.8, f"list:{strongest.rule}")
                elif weak_majority:
                    proposed = TypeCue(weak_majority[0][0], 0.6, "list-majority")
                else:
                    continue
                if not (coarse_class(proposed.label) == "Person" and _after_article(ents[i])):
                    cues[i] = proposed  # "deux ingénieurs de l'Inrae, Lucie X et Marc Y"
        # one type per name in the document, from every mention's cue and the typer's scores
        named = self._full_names(ents, cues)
        by_name: dict[str, list[int]] = defaultdict(list)
        for index, ent in enumerate(ents):
            by_name[named[fold(ent.text)]].append(index)
        chosen: dict[str, TypeCue] = {}
        for name, indexes in by_name.items():
            scores = [ents[i].root._.kg_type_scores for i in indexes]
            chosen[name] = decide([cues[i] for i in indexes], [s for s in scores if s])
        new_ents = []
        for ent in ents:
            cue = chosen[named[fold(ent.text)]]
            if cue.label == NOT_AN_ENTITY:
                continue  # "Offre", "TTC": the typer is sure it names nothing
            for token in ent:
                token._.kg_type_cue = f"{cue.rule}@{cue.strength}"
            new_ents.append(Span(doc, ent.start, ent.end, label=cue.label))
        doc.ents = new_ents
        return doc


# Votes: a strong cue (descriptor, title, apposition, suffix: 1.6 to 3) its strength; the
# typer its probability per mention; a weak cue (the statistical label 0.5, a list's majority
# 0.6) its strength. Measured on the seed article and articles 01-20, the typer and the
# statistical label are worth about as much when neither is sure: the typer is trained on our
# own writing, the label on Wikipedia.
_TYPER_WEIGHT = 1.0
_STRONG_CUE = 1.0  # a cue at least this strong can give the entity its fine class

_FIRM_TYPER = 0.85  # a type the typer is this sure of is not re-typed by a relation's roles
_PLACE_EVIDENCE = 0.5  # a place nothing in the text calls one must be one for the typer
_SURELY_NOTHING = 0.8  # a span is dropped only when the typer is this sure it names nothing


def coarse_class(label: str) -> str:
    return FINE_CLASSES.get(label, label)


def decide(cues: list[TypeCue], scores: list[dict[str, float]]) -> TypeCue:
    """One type for a name from all its mentions: each cue votes its strength for its class,
    the typer its probabilities for every mention it scored, so that the statistical label only
    decides when the typer is unsure and no word of the text says what the name is. The winning
    class keeps the finest cue that named it, and the rule records the evidence."""
    strongest = max(cues, key=lambda c: c.strength)
    if not scores:  # no typer: the strongest cue wins, then the most frequent label
        best = strongest.strength
        labels = Counter(c.label for c in cues if c.strength == best)
        label = labels.most_common(1)[0][0]
        return next(c for c in cues if c.label == label and c.strength == best)
    votes: Counter[str] = Counter()
    for cue in cues:
        if cue.strength >= _STRONG_CUE:
            votes[coarse_class(cue.label)] += cue.strength
        else:  # the statistical label, a list's majority: tie-breakers
            votes[coarse_class(cue.label)] += cue.strength
    mean = {label: sum(s.get(label, 0.0) for s in scores) / len(scores) for label in scores[0]}
    for label, probability in mean.items():
        votes[label] += _TYPER_WEIGHT * probability * len(scores)
    winner = max(votes, key=lambda label: (votes[label], label))
    if winner == NOT_AN_ENTITY:
        if strongest.strength < _STRONG_CUE and mean[NOT_AN_ENTITY] >= _SURELY_NOTHING:
            return TypeCue(NOT_AN_ENTITY, 0.0, f"typer:{NOT_AN_ENTITY}={mean[winner]:.2f}")
        del votes[NOT_AN_ENTITY]  # a cue says it is something, or the typer is not sure
        winner = max(votes, key=lambda label: (votes[label], label))
    if (
        winner == "Place"
        and mean.get("Place", 0.0) < _PLACE_EVIDENCE
        and not any(c.label == "Place" and c.strength >= _STRONG_CUE for c in cues)
    ):  # "Kastel": an unknown name the statistical model calls a place, and nothing else does
        del votes["Place"]
        winner = max(votes, key=lambda label: (votes[label], label))
    evidence = f"typer:{winner}={mean.get(winner, 0.0):.2f}"
    agreeing = [c for c in cues if coarse_class(c.label) == winner and c.strength >= _STRONG_CUE]
    if agreeing:
        cue = max(agreeing, key=lambda c: c.strength)
        return TypeCue(cue.label, cue.strength, f"{cue.rule}+{evidence}")
    firm = mean.get(winner, 0.0) >= _FIRM_TYPER
    return TypeCue(winner, 1.2 if firm else 0.8, evidence)


@Language.factory(
    "kg_entity_types_v1",
    assigns=["doc.ents", "token._.kg_type_cue"],
    default_config={"lexicon_path": ""},
)
def make_entity_types(nlp: Language, name: str, lexicon_path: str) -> EntityTypes:
    return EntityTypes(load_entity_lexicon(lexicon_path))
