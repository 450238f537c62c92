"""Roles of people: 'Henning Kagermann, patron de SAP', 'le PDG de Danone, Antoine de
Saint-Affrique', 'Stanislas Maximin, le PDG et cofondateur de Latitude, mais aussi président
de l'Alliance NewSpace France', 'le PDG Mark Zuckerberg', 'l'ancien PDG X' (a past role).

A title is a noun phrase in apposition to a person's name, before or after it; the
organisation is its "de" complement. Titles joined by "et" share the complement that follows
("le PDG et cofondateur de Latitude"). A bare title before a name ("le PDG Mark Zuckerberg")
takes the only organisation named in the sentence, or else the company the passage is about.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..components.lexicon import fold
from ..components.phrases import sentence_of
from ..types import EntityType, Mention, MentionKind
from .arguments import Arguments
from .lexicon import RelationLexicon, words

__all__ = ["Role", "find_roles"]

_LINKS = (("et",), ("mais", "aussi"), ("ainsi", "que"), ("mais", "egalement"), ("et", "aussi"))
_DETS = frozenset({"le", "la", "l'", "les", "un", "une", "son", "sa", "ses", "leur", "notre"})
_OF = frozenset({"de", "d'", "du", "des"})


@dataclass(frozen=True)
class Role:
    relation: str  # hasCEO / foundedBy / worksFor
    person: Mention
    organization: Mention
    title_token: Token
    past: bool
    rule: str
    stated: bool = False  # said by a verb ("X va prendre la tête de Y"): its clause's modality


class _Reader:
    """Reads title phrases left to right over the tokens of a sentence."""

    def __init__(self, lexicon: RelationLexicon):
        self.titles = lexicon.titles
        self.past = lexicon.past_title_modifiers
        self.deputy = lexicon.deputy_title_modifiers
        self.buying_verbs = lexicon.buying_verbs
        self.longest = max(len(t) for t in self.titles)

    def title_at(self, tokens: list[Token], i: int) -> tuple[str, int, bool, int] | None:
        """(relation, index after the title, past?, title token index) if a title starts at i
        (after optional determiner and modifiers)."""
        past = False
        j = i
        while j < len(tokens) and (fold(tokens[j].text) in _DETS or tokens[j].pos_ == "DET"):
            j += 1
        if (  # "jusqu'ici directrice de", "jusqu'alors PDG de"
            j + 1 < len(tokens)
            and fold(tokens[j].text) == "jusqu'"
            and fold(tokens[j + 1].text) in ("ici", "alors", "a present", "present")
        ):
            past, j = True, j + 2
        while j < len(tokens) and (
            fold(tokens[j].text).rstrip("-") in self.past
            or (
                tokens[j].pos_ == "ADJ"
                and fold(tokens[j].text)
                in (
                    "nouveau",
                    "nouvelle",
                    "actuel",
                    "actuelle",
                    "grand",
                    "premier",
                    "futur",
                    "future",
                    "emblematique",
                    "charismatique",
                    "jeune",
                )
            )
        ):
            if fold(tokens[j].text).rstrip("-") in self.past:
                past = True
            j += 1
        if j < len(tokens) and tokens[j].text.lower().startswith("ex-") and len(tokens[j].text) > 3:
            past = True
        for length in range(self.longest, 0, -1):
            written = "".join(t.text_with_ws for t in tokens[j : j + length])
            phrase = words(written.replace("ex-", ""))  # "Président-Directeur général"
            if phrase in self.titles:
                relation, end = self.titles[phrase], j + length
                # "directrice générale par intérim de", "directeur général délégué de"
                while end < len(tokens):
                    word = fold(tokens[end].text)
                    if word == "par" and end + 1 < len(tokens) and fold(tokens[end + 1].text) in (
                        "interim",
                    ):
                        end += 2
                    elif word in self.deputy:
                        relation, end = "worksFor", end + 1
                    else:
                        break
                return relation, end, past, j
        return None


def _department(token: Token) -> bool:
    """A word of the department a title may name before the company: 'du marketing', 'des
    opérations', 'R&D', 'de la recherche clinique'."""
    return token.pos_ in ("DET", "ADJ", "NOUN") or (
        token.text.isupper() and len(token.text) <= 4 and not token.ent_type_
    )


def _organization_after(tokens: list[Token], i: int, args: Arguments) -> tuple[list[Mention], int]:
    """'de SAP', "d'Actelion", 'de la SNCF', 'du groupe Fimalac', 'chez Oddo BHF' right after
    a title, also past the department it heads: 'responsable du marketing de Vendora',
    'directeur R&D chez le chimiste Brivane'."""
    j = i
    nouns: list[Token] = []
    while j < len(tokens) and j <= i + 10:
        token = tokens[j]
        word = fold(token.text)
        if token.ent_type_:
            k = j - 1 if j - 1 > i and fold(tokens[j - 1].text) in _DETS else j  # "de la X"
            if k > i and (fold(tokens[k - 1].text) in _OF | {"chez"} or nouns):
                return args.referents(token, expand=False), j + 1
            break
        if word in _OF or word == "chez" or _department(token):
            if token.pos_ == "NOUN":
                nouns.append(token)
            j += 1
            continue
        break
    for head in reversed(nouns):  # "du groupe", "de l'opérateur", "de la mutuelle": a description
        described = [m for m in args.referents(head, expand=False) if m.kind is MentionKind.NOMINAL]
        if described:
            return described, j
    return [], i


def find_roles(sentence: Span, args: Arguments, lexicon: RelationLexicon) -> list[Role]:
    reader = _Reader(lexicon)
    tokens = list(sentence)
    roles: list[Role] = []
    organizations = [t for t in tokens if _is_named(t, args, "Organization")]
    for index, token in enumerate(tokens):
        if not _is_named(token, args, "Person"):
            continue
        person = args.name_mention(token)
        # title after the name: "X, [le] PDG [et cofondateur] de Y[, mais aussi président de Z]"
        i = index + 1
        pending: list[tuple[str, bool, Token]] = []
        if i < len(tokens) and tokens[i].text == ",":
            i += 1
            while True:
                title = reader.title_at(tokens, i)
                if title is None:
                    break
                relation, i, past, title_index = title
                pending.append((relation, past, tokens[title_index]))
                organization, after = _organization_after(tokens, i, args)
                if organization:
                    for relation_, past_, title_token in pending:
                        roles.extend(
                            Role(relation_, person, org, title_token, past_, "title.after")
                            for org in organization
                        )
                    pending = []
                    i = after
                    while (
                        i < len(tokens)
                        and tokens[i].pos_ in ("ADP", "NOUN", "DET", "ADJ")
                        and fold(tokens[i].text) not in ("et", ",")
                    ):
                        i += 1  # "directeur général de Danone depuis septembre"
                link = None
                for candidate in ((",",), *_LINKS, *((",", *lk) for lk in _LINKS)):
                    length = len(candidate)
                    if tuple(fold(t.text) for t in tokens[i : i + length]) == tuple(candidate):
                        link = length
                if link is None:
                    break
                i += link
        roles.extend(_predicated_roles(tokens, index, person, args, lexicon, reader))
        roles.extend(_predecessor_roles(tokens, index, person, args, lexicon))
        # title before the name: "[le] PDG de Y, X" or "le PDG X", "Ex-patron de Y, M. X"
        j = index - 1
        if j >= 1 and fold(tokens[j].text) in args.lexicon.person_titles:
            j -= 1  # "M.", "Mme"
        if j >= 0 and tokens[j].text == ",":
            found = _titles_before_comma(tokens, j, person, args, reader)
            if found:
                roles.extend(found)
                continue
            # "Le patron de SAP, Henning Kagermann", "Le fondateur de la start-up Dreamjet, X"
            k = j - 1
            if k >= 0 and tokens[k].ent_type_:
                of = args.np_start(tokens[k]) - sentence.start - 1
                if of >= 1 and fold(tokens[of].text) in _OF:
                    for begin in range(max(0, of - 6), of):
                        title = reader.title_at(tokens, begin)
                        if title and title[1] == of:
                            org = args.referents(tokens[k], expand=False)
                            roles.extend(
                                Role(
                                    title[0],
                                    person,
                                    o,
                                    tokens[title[3]],
                                    title[2],
                                    "title.before-of",
                                )
                                for o in org
                            )
                            break
        else:
            for begin in range(max(0, index - 5), index):
                title = reader.title_at(tokens, begin)
                if title is None or title[1] != index:
                    continue
                relation, _, past, title_index = title
                title_token = tokens[title_index]
                organization, _ = _organization_after(tokens, index + 1, args)
                rule = "title.before"
                if not organization and _observer(tokens, title_index, title[1], lexicon):
                    break  # "Selon l'analyste X, la gamme de Y ...": X speaks of Y from outside
                if not organization:
                    organization = args.sold_company(title_token, lexicon.buying_verbs)
                    rule = "title.seller"
                if not organization:
                    possessor = args.possessor(title_token)
                    if possessor is not None:
                        organization, rule = [possessor], "title.possessive"
                if not organization:
                    others = [
                        o for o in organizations if o.i != token.i and not _is_source(o, lexicon)
                    ]
                    names = {fold(o.text) for o in others}
                    if len(names) == 1:
                        organization, rule = [args.name_mention(others[0])], "title.sentence-org"
                    elif not names:
                        organization, rule = (
                            [args.anaphor(title_token, MentionKind.TOPIC)],
                            "title.topic",
                        )
                roles.extend(
                    Role(relation, person, o, title_token, past, rule) for o in organization
                )
                break
    roles.extend(_appointments(tokens, args, lexicon, reader))
    roles.extend(_copular_titles(tokens, args, lexicon, reader))
    return roles


def _past_tense(verb: Token) -> bool:
    """'était', 'fut': a copula in the imperfect or the simple past states a past role."""
    tense = verb.morph.get("Tense")
    return "Imp" in tense or "Past" in tense


def _copular_titles(
    tokens: list[Token], args: Arguments, lexicon: RelationLexicon, reader: _Reader
) -> list[Role]:
    """A title the parse makes the predicate of a person, wherever the subject stands: 'X, PDG
    de K, est aussi administrateur de B', 'X, qui est directeur financier de B', 'X reste
    malgré tout présidente de B' (the reading right after the name stops at the apposition,
    the relative pronoun or the adverbs)."""
    roles = []
    first = tokens[0].i if tokens else 0
    for cop in tokens:
        if cop.dep_ != "cop" or fold(cop.lemma_) not in lexicon.copula_verbs:
            continue
        predicate = cop.head
        subject = next((c for c in predicate.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PRON" and predicate.dep_ == "acl:relcl":
            subject = predicate.head  # "X, qui est directeur de Y": the relative's antecedent
        if subject is None or not _is_named(subject, args, "Person"):
            continue
        if any(fold(c.text) in _NEGATION for c in predicate.children):
            continue  # "X n'est pas le directeur de Y"
        i = cop.i + 1 - first
        while i < len(tokens) and tokens[i].pos_ == "ADV":
            i += 1  # "est aussi", "devient désormais"
        title = reader.title_at(tokens, i)
        if title is None or tokens[title[3]] not in set(predicate.subtree):
            continue
        relation, after, past, title_index = title
        past = past or _past_tense(cop)
        organizations, _ = _organization_after(tokens, after, args)
        person = args.name_mention(subject)
        roles.extend(
            Role(relation, person, o, tokens[title_index], past, "title.copula-parse")
            for o in organizations
        )
    return roles


def _titles_before_comma(
    tokens: list[Token], comma: int, person: Mention, args: Arguments, reader: _Reader
) -> list[Role]:
    """'Son PDG, X', 'explique sa présidente, X', 'Le fondateur et ancien patron de
    l'opérateur, X': titles (joined by "et") then the organisation, a description or a
    possessive, before the comma and the name."""
    for begin in range(max(0, comma - 10), comma):
        titles: list[tuple[str, bool, Token]] = []
        i = begin
        while True:
            title = reader.title_at(tokens, i)
            if title is None:
                break
            relation, i, past, title_index = title
            titles.append((relation, past, tokens[title_index]))
            if i < comma and fold(tokens[i].text) == "et":
                i += 1
                continue
            break
        if not titles:
            continue
        first_title = titles[0][2]
        if i == comma:  # "Son PDG, X": the owner of the possessive
            if not any(
                fold(t.text) in ("son", "sa", "ses", "leur")
                for t in tokens[begin : first_title.i - tokens[0].i + 1]
            ):
                continue
            organizations = _possessive_owner(first_title, args, reader.buying_verbs)
            rule = "title.possessive-comma"
            if not organizations:
                continue
        else:
            organizations, after = _organization_after(tokens, i, args)
            if not organizations or after != comma:
                continue
            rule = "title.before-of"
        return [
            Role(relation, person, org, title_token, past, rule)
            for relation, past, title_token in titles
            for org in organizations
        ]
    return []


def _head_of_at(
    tokens: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]
) -> int | None:
    """The index of the "de" that ends a head-of phrase ("aux commandes de") starting at i."""
    following = words(" ".join(t.text for t in tokens[i : i + 6]))
    for phrase in phrases:
        if following[: len(phrase)] == phrase:
            end = i
            while end < len(tokens) and fold(tokens[end].text) not in _OF:
                end += 1
            return end
    return None


def _predicated_roles(
    tokens: list[Token],
    index: int,
    person: Mention,
    args: Arguments,
    lexicon: RelationLexicon,
    reader: _Reader,
) -> list[Role]:
    """A role said of the person right after the name: 'X, aux commandes de Y depuis 2019',
    'X restera président de Y', 'X est à la tête de Y', 'X était PDG de Y' (a past role),
    'X va prendre la tête de Y', 'X remplace Z à la tête de Y'."""
    i = index + 1
    past = False
    if i < len(tokens) and tokens[i].text == ",":
        i += 1
        copular = clitic = False
    else:
        if i < len(tokens) and fold(tokens[i].text) == "qui":
            i += 1  # "C'est Claire Vasseur qui en prend la tête"
        while i + 1 < len(tokens) and (
            fold(tokens[i].lemma_) in _AUXILIARIES
            or fold(tokens[i].text) in _NEGATION
            or tokens[i].pos_ == "ADV"
            or _clitic_en(tokens[i])
        ):
            i += 1  # "a été", "va prendre", "vient de prendre", "n'a finalement pas pris"
            if fold(tokens[i].text) in ("de", "d'"):
                i += 1
        if i >= len(tokens):
            return []
        verb = fold(tokens[i].lemma_)
        clitic = any(_clitic_en(t) for t in tokens[index + 1 : i])
        if verb in lexicon.head_taking_verbs:
            if clitic and _post_at(tokens, i + 1, lexicon.head_posts):  # "en prend la tête"
                return [
                    Role("hasCEO", person, o, tokens[i], False, "title.head-taking", stated=True)
                    for o in args.clitic_antecedent(tokens[i])
                ]
            of = _head_of_at(tokens, i + 1, lexicon.head_posts)
            return _heads(tokens, of, person, tokens[i], args, "title.head-taking")
        if verb in lexicon.succession_verbs:
            of = _after_predecessor(tokens, i + 1, args, lexicon)
            return _heads(tokens, of, person, tokens[i], args, "title.successor")
        if verb not in lexicon.copula_verbs:
            return []
        perfect = any(fold(t.lemma_) == "avoir" for t in tokens[index + 1 : i])  # "a été"
        past = perfect or _past_tense(tokens[i])
        i += 1
        copular = True
    of = _head_of_at(tokens, i, lexicon.head_of_phrases)
    if of is not None:
        organizations, _ = _organization_after(tokens, of, args)
        return [Role("hasCEO", person, o, tokens[i], past, "title.head-of") for o in organizations]
    if not copular:
        if i < len(tokens) and fold(tokens[i].text) == "chez":  # "M. Ferrand, chez Talmor depuis"
            employers, _ = _organization_after(tokens, i, args)
            return [Role("worksFor", person, o, tokens[i], False, "title.at") for o in employers]
        return []  # "X, PDG de Y" is read with the other titles after a name
    title = reader.title_at(tokens, i)
    if title is None:
        return []
    relation, after, title_past, title_index = title
    organizations, _ = _organization_after(tokens, after, args)
    rule = "title.copula"
    if not organizations and clitic and _ends_clause(tokens, after):
        organizations, rule = args.clitic_antecedent(tokens[title_index]), "title.clitic"
    return [
        Role(relation, person, o, tokens[title_index], past or title_past, rule)
        for o in organizations
    ]


def _clitic_en(token: Token) -> bool:
    """'en' standing for the company before ('Claire Vasseur en est la présidente')."""
    return token.pos_ == "PRON" and fold(token.text) == "en"


def _post_at(tokens: list[Token], i: int, posts: tuple[tuple[str, ...], ...]) -> bool:
    """A post without its "de" ends the clause at i: "(en prend) la tête", "les rênes"."""
    following = words(" ".join(t.text for t in tokens[i : i + 4]))
    for post in posts:
        bare = post[:-1] if post[-1] in _OF else post
        if not bare or following[: len(bare)] != bare:
            continue
        last = next(j for j in range(i, len(tokens)) if fold(tokens[j].text) == bare[-1])
        if _ends_clause(tokens, last + 1):
            return True
    return False


def _ends_clause(tokens: list[Token], i: int) -> bool:
    """Nothing more of the noun phrase after i: the end, a comma, a date or a new clause
    ("la présidente depuis 2019", not "la présidente du conseil")."""
    if i >= len(tokens):
        return True
    return tokens[i].pos_ in ("PUNCT", "ADP", "ADV", "CCONJ", "SCONJ") and (
        fold(tokens[i].text) not in _OF
    )


def _is_named(token: Token, args: Arguments, kind: str) -> bool:
    """The token names an entity of this coarse class ("Person", "Organization")."""
    if not token.ent_type_:
        return False
    typed = args.name_mention(token).type
    return typed is not None and typed.value == kind


_AUXILIARIES = frozenset({"avoir", "aller", "venir", "devoir"})
_NEGATION = frozenset({"ne", "n'", "pas", "plus", "jamais"})


def _heads(
    tokens: list[Token], of: int | None, person: Mention, trigger: Token, args: Arguments, rule: str
) -> list[Role]:
    """The person heads the organisations named after the "de" at `of` (a present role)."""
    if of is None:
        return []
    organizations, _ = _organization_after(tokens, of, args)
    return [Role("hasCEO", person, o, trigger, False, rule, stated=True) for o in organizations]


def _after_predecessor(
    tokens: list[Token], i: int, args: Arguments, lexicon: RelationLexicon
) -> int | None:
    """'remplace [à] [M.] Z à la tête de': the "de" of the head-of phrase after the person
    replaced, who must be a name."""
    if i < len(tokens) and fold(tokens[i].text) in ("a", "à"):
        i += 1
    while i < len(tokens) and fold(tokens[i].text) in args.lexicon.person_titles:
        i += 1  # "M.", "Mme"
    named = i
    while i < len(tokens) and _is_named(tokens[i], args, "Person"):
        i += 1
    if i == named:
        return None
    return _head_of_at(tokens, i, lexicon.head_of_phrases)


def _predecessor_roles(
    tokens: list[Token], index: int, person: Mention, args: Arguments, lexicon: RelationLexicon
) -> list[Role]:
    """'Il succède à X à la tête de Y', 'remplace X à la tête de Y': X headed Y (a past
    role; the successor's own is read with its name, in `_predicated_roles`)."""
    before = [fold(t.lemma_) for t in tokens[max(0, index - 2) : index]]
    if not any(lemma in lexicon.succession_verbs for lemma in before):
        return []
    of = _head_of_at(tokens, index + 1, lexicon.head_of_phrases)
    if of is None:
        return []
    organizations, _ = _organization_after(tokens, of, args)
    return [
        Role("hasCEO", person, o, tokens[index], True, "title.predecessor") for o in organizations
    ]


def _possessive_owner(
    title: Token, args: Arguments, buying_verbs: frozenset[str]
) -> list[Mention]:
    """Whose 'son PDG': an owner named earlier in the sentence is left to the resolver; at the
    start of a sentence, the subject of the sentence before ('Le géant américain intégrera
    ... Son directeur général, X'), which is not always the passage's most named company."""
    possessor = args.possessor(title)
    if possessor is None:
        return []
    sold = args.sold_company(title, buying_verbs)  # "reprend X à son fondateur, Y"
    if sold:
        return sold
    sentence = sentence_of(title)
    if any(t.ent_type_ or t.pos_ == "PRON" for t in sentence if t.i < title.i):
        return [possessor]
    subject = args.previous_subject(title)
    if subject is None:
        return []
    if subject.pos_ == "PRON":
        return [possessor]
    return args.referents(subject, expand=False)


def _appointments(
    tokens: list[Token], args: Arguments, lexicon: RelationLexicon, reader: _Reader
) -> list[Role]:
    """'X a été nommé directeur général du groupe Y', 'X a été nommée à la tête de Y'."""
    roles = []
    for index, verb in enumerate(tokens):
        if fold(verb.lemma_) not in lexicon.appointment_verbs or verb.pos_ not in ("VERB", "AUX"):
            continue
        people = [
            t
            for t in [args.subject_of(verb), *(c for c in verb.children if c.dep_ == "obj")]
            if t is not None
            and t.ent_type_
            and args.name_mention(t).type is not None
            and args.name_mention(t).type.value == "Person"
        ]
        if not people:
            continue
        person = args.name_mention(people[0])
        # "à la tête de", "aux commandes de"
        of = _head_of_at(tokens, index + 1, lexicon.head_of_phrases)
        if of is not None:
            organization, _ = _organization_after(tokens, of, args)
            roles.extend(
                Role("hasCEO", person, o, verb, False, "appointment.head-of") for o in organization
            )
        else:
            title = _appointed_title(tokens, index, people[0], reader)
            if title is not None:
                relation, after, past, title_index = title
                organization, _ = _organization_after(tokens, after, args)
                if not organization and not args.is_passive(verb):
                    # "Brivane a nommé X directeur financier": a post in the appointer, or in
                    # the company whose board appoints ("Le conseil de Brivane a nommé X ...")
                    appointer = args.subject_of(verb)
                    named = [
                        m
                        for m in (args.referents(appointer, expand=False) if appointer else [])
                        if m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION
                    ]
                    if named:  # "Brivane", "le groupe Brivane"
                        organization = named
                    elif appointer is not None and appointer.pos_ == "NOUN":
                        position = appointer.i - tokens[0].i + 1
                        organization, _ = _organization_after(tokens, position, args)
                roles.extend(
                    Role(relation, person, o, tokens[title_index], past, "appointment.title")
                    for o in organization
                )
    return roles


_POST_WORDS = (("au", "poste", "de"), ("au", "poste", "d'"), ("comme",), ("en", "tant", "que"),
               ("en", "qualite", "de"), ("en", "qualite", "d'"))  # fmt: skip


def _appointed_title(
    tokens: list[Token], index: int, person: Token, reader: _Reader
) -> tuple[str, int, bool, int] | None:
    """The title of 'nommé directeur', 'a nommé X directeur', 'a nommé X au poste de
    directeur', 'a recruté X comme directrice': right after the verb, else after the person."""
    starts = [index + 1]
    if person.i > tokens[index].i:
        starts.append(person.i - tokens[0].i + 1)
    for start in starts:
        for phrase in ((), *_POST_WORDS):
            end = start + len(phrase)
            if tuple(fold(t.text) for t in tokens[start:end]) == phrase:
                title = reader.title_at(tokens, end)
                if title is not None:
                    return title
    return None


def _observer(tokens: list[Token], begin: int, end: int, lexicon: RelationLexicon) -> bool:
    """Whether the title tokens[begin:end] names an outside observer (an analyst), whose
    employer is never guessed from the sentence."""
    return words("".join(t.text_with_ws for t in tokens[begin:end])) in lexicon.observer_titles


def _is_source(token: Token, lexicon: RelationLexicon) -> bool:
    before = {fold(t.text) for t in token.doc[max(sentence_of(token).start, token.i - 3) : token.i]}
    return (
        bool(before & lexicon.cues["attribution"]["prepositions"]) or token.ent_type_ == "NewsMedia"
    )
