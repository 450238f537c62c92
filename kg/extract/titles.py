"""Roles of people: 'Henning Kagermann, patron de SAP', 'le PDG de Danone, Antoine de
Saint-Affrique', 'Stanislas Maximin, le PDG et cofondateur de Latitude, mais aussi président
de l'Alliance NewSpace France', 'le PDG Mark Zuckerberg', 'l'ancien PDG X' (a past role).

A title is a noun phrase in apposition to a person's name, before or after it; the
organisation is its "de" complement. Titles joined by "et" share the complement that follows
("le PDG et cofondateur de Latitude"). A bare title before a name ("le PDG Mark Zuckerberg")
takes the only organisation named in the sentence, or else the company the passage is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..components.lexicon import fold
from ..components.phrases import is_bare_en, is_de, sentence_of
from ..types import PROTAGONIST, EntityType, Mention, MentionKind
from .arguments import NUMBER_WORDS, Arguments
from .certainty import to_come
from .lexicon import RelationLexicon, words
from .slots import noun_modifier

__all__ = ["DEAL_FOUNDER_RULES", "FOUNDER_OR_TOPIC_RULE", "Role", "find_roles"]

# A bare founder's title, whose company the deal told nearby decides (kg.extract.stakes), or
# else, for the one that opens a sentence naming no company, the company the passage is about
FOUNDER_OR_TOPIC_RULE = "title.founder-of-deal-or-topic"
DEAL_FOUNDER_RULES = frozenset({"title.founder-of-deal", FOUNDER_OR_TOPIC_RULE})

_LINKS = (("et",), ("mais", "aussi"), ("ainsi", "que"), ("mais", "egalement"), ("et", "aussi"))
_DETS = frozenset({"le", "la", "l'", "les", "un", "une", "son", "sa", "ses", "leur", "notre"})
_OF = frozenset({"de", "d'", "du", "des"})
_POSSESSIVE = frozenset({"son", "sa", "ses", "leur", "leurs"})
_DEFINITE = frozenset({"le", "la", "l'", "son", "sa", "leur", "notre"})
_TITLE_WORDS = frozenset({"directeur", "directrice", "general", "generale", "pdg", "president",
                          "presidente", "fondateur", "fondatrice", "cofondateur", "cofondatrice"})
# "chercheur à l'Institut Y", "associée au fonds Y": a post held at the organisation named next
_AT = frozenset({"a", "au", "aux"})
_EX = re.compile(r"^ex-", re.IGNORECASE)  # "l'ex-directeur", "Ex-patron de la filiale"


@dataclass(frozen=True)
class Role:
    relation: str  # hasCEO / foundedBy / worksFor
    person: Mention
    organization: Mention
    title_token: Token
    past: bool
    rule: str
    stated: bool = False  # said by a verb ("X va prendre la tête de Y"): its clause's modality


_FORMER = frozenset({"ancien", "ancienne"})


class _Reader:
    """Reads title phrases left to right over the tokens of a sentence."""

    def __init__(self, lexicon: RelationLexicon):
        self.lexicon = lexicon
        self.titles = lexicon.titles
        self.definite = lexicon.definite_titles
        self.past = lexicon.past_title_modifiers
        self.deputy = lexicon.deputy_title_modifiers

    def title_at(
        self, tokens: list[Token], i: int, *, plural: bool = False
    ) -> tuple[str, int, bool, int] | None:
        """(relation, index after the title, past?, title token index) if a title starts at i
        (after optional determiner and modifiers); `plural` reads a title said of several
        people in the plural ("deux anciens ingénieurs de Y")."""

        def singular(word: str) -> str:
            return word[:-1] if plural and len(word) > 3 and word.endswith(("s", "x")) else word

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
            singular(fold(tokens[j].text).rstrip("-")) in self.past
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
            if singular(fold(tokens[j].text).rstrip("-")) in self.past:
                past = True
            j += 1
        if j < len(tokens) and tokens[j].text.lower().startswith("ex-") and len(tokens[j].text) > 3:
            past = True
        if (
            past
            and j > i
            and j < len(tokens)
            and fold(tokens[j].text) in _OF
            and singular(fold(tokens[j - 1].text)) in _FORMER
            and not self._school_at(tokens, j + 1)
        ):
            return "worksFor", j, True, j - 1  # "une ancienne de la banque Y": Y's staff once
        for length in range(self.lexicon.longest_title, 0, -1):
            written = "".join(t.text_with_ws for t in tokens[j : j + length])
            phrase = words(_EX.sub("", written))  # "Ex-patron", "Président-Directeur général"
            if plural:
                phrase = tuple(singular(w) for w in phrase)
            if phrase in self.titles:
                relation, end = self.titles[phrase], j + length
                if (
                    phrase in self.definite
                    and not plural
                    and any(fold(t.text) in _DEFINITE for t in tokens[i:j])
                ):
                    relation = self.definite[phrase]  # "le dirigeant de Y": its head
                # "directrice générale par intérim de", "directeur général délégué de"
                while end < len(tokens):
                    word = fold(tokens[end].text)
                    if (
                        word == "par"
                        and end + 1 < len(tokens)
                        and fold(tokens[end + 1].text) in ("interim",)
                    ):
                        end += 2
                    elif word in self.deputy:
                        relation, end = "worksFor", end + 1
                    else:
                        break
                return relation, end, past, j
        return None

    def _school_at(self, tokens: list[Token], i: int) -> bool:
        """'(un ancien de) l'école Y', 'HEC', 'Sciences Po': a school, whose "ancien" is an
        alumnus."""
        while i < len(tokens) and tokens[i].pos_ == "DET":
            i += 1
        if i >= len(tokens):
            return False
        return fold(tokens[i].lemma_) in self.lexicon.schools or any(
            fold(tokens[i].text) == school or fold(tokens[i].text).startswith(school + " ")
            for school in self.lexicon.schools
        )


def _department(token: Token) -> bool:
    """A word of the department a title may name before the company: 'du marketing', 'des
    opérations', 'R&D', 'de la recherche clinique', and a borrowed word the tagger cannot
    place ('directrice marketing', 'responsable design')."""
    return (
        token.pos_ in ("DET", "ADJ", "NOUN")
        or (token.text.isupper() and len(token.text) <= 4 and not token.ent_type_)
        or (token.pos_ == "X" and token.is_lower and token.is_alpha and not token.ent_type_)
    )


def _organization_after(tokens: list[Token], i: int, args: Arguments) -> tuple[list[Mention], int]:
    """'de SAP', "d'Actelion", 'de la SNCF', 'du groupe Fimalac', 'chez Oddo BHF' right after
    a title, also past the department it heads: 'responsable du marketing de Vendora',
    'directeur R&D chez le chimiste Brivane', and 'au cabinet Y', "à l'Institut Y" right
    after it (an organisation, never a town)."""
    j = i
    nouns: list[Token] = []
    # a preposition links the title to the noun phrase ("l'ingénieur P la start-up Y": none)
    linked = False
    # "consultante au cabinet Y" (the preposition, never the verb: "le PDG P a racheté Y"; nor
    # a participle's complement: "associée au fonds Y" acts beside Y)
    at = (
        0 < i < len(tokens)
        and fold(tokens[i].text) in _AT
        and tokens[i].pos_ == "ADP"
        and "Part" not in tokens[i - 1].morph.get("VerbForm")
    )
    while j < len(tokens) and j <= i + 10:
        token = tokens[j]
        word = fold(token.text)
        if _scope_at(tokens, j, i, args):
            j += 1  # "directrice Europe du groupe Y": the scope of the post, then its company
            continue
        if token.ent_type_:
            k = j - 1 if j - 1 > i and fold(tokens[j - 1].text) in _DETS else j  # "de la X"
            if _is_named(token, args, "Person"):
                break  # "directeur général en remplacement de Z": a person holds no post
            if at and not _is_named(token, args, "Organization"):
                break  # "directeur général à Lyon": a town, no employer
            if k > i and (fold(tokens[k - 1].text) in _OF | _AT | {"chez"} or (nouns and linked)):
                return _unit_named_after(tokens, j + 1, nouns, args) or (
                    args.referents(token, expand=False),
                    j + 1,
                )
            break
        if at and j > i and word in _OF | _AT:
            return [], i  # "un patron à la tête de Y": a post's phrase, not the house
        if (
            word in _OF
            or word == "chez"
            or (at and j == i)
            or _department(token)
            or is_bare_en(token)
        ):
            # "du négociant en grains Granexport": a bare "en" and its noun name a trade
            linked = linked or word in _OF | _AT | {"chez"}
            if token.pos_ == "NOUN":
                nouns.append(token)
            j += 1
            continue
        width = _descriptor_rest(tokens, j, nouns, args)
        if width:  # "de la banque en ligne X": the rest of a multiword descriptor
            j += width
            continue
        break
    if not linked:
        return [], i
    unit = _unit_named_after(tokens, j, nouns, args)
    if unit is not None:
        return unit
    for head in reversed(nouns):  # "du groupe", "de l'opérateur", "de la mutuelle": a description
        named = _name_closing(head)
        if named is not None and not _is_named(named, args, "Person"):
            # "de la plateforme de recrutement Talento": Talento
            return args.referents(named, expand=False), named.i - tokens[0].i + 1
        described = [m for m in args.referents(head, expand=False) if m.kind is MentionKind.NOMINAL]
        if not described and _person_apposed(head, args) and _said_before(head):
            described = args._nominal(head)
        if described:
            return described, j
    return [], i


def _unit_named_after(
    tokens: list[Token], j: int, nouns: list[Token], args: Arguments
) -> tuple[list[Mention], int] | None:
    """'de la filiale européenne du groupe, Ishikari Europe', 'de sa filiale allemande, Talmor
    GmbH': the unit a post is in, named in apposition after its phrase, is the organisation of
    the post (not the group its "de" names); None when no unit noun opens the phrase or no
    company's name follows its comma."""
    units = args.lexicon.subsidiary_nouns | args.lexicon.company_units
    if not any(fold(n.lemma_) in units or fold(n.text) in units for n in nouns):
        return None
    if j + 1 >= len(tokens) or tokens[j].text != ",":
        return None
    k = j + 1
    while k < min(len(tokens) - 1, j + 4) and not tokens[k].ent_type_ and tokens[k].pos_ in (
        "DET",
        "NOUN",
        "ADJ",
    ):
        k += 1  # "la société Kovia"
    if not _is_named(tokens[k], args, "Organization"):
        return None
    return args.referents(tokens[k], expand=False), k + 1


def _scope_at(tokens: list[Token], j: int, i: int, args: Arguments) -> bool:
    """'directeur France de Y', 'directrice Europe du groupe Y': a place right after the title
    and before a "de", the territory the post covers."""
    return (
        j == i
        and j + 1 < len(tokens)
        and fold(tokens[j + 1].text) in _OF
        and fold(tokens[j].text) in args.lexicon.post_scopes
    )


def _said_before(noun: Token) -> bool:
    """The text used the description's noun before ("la coopérative X ... le président de la
    coopérative"): a definite description it never used may be any company ("le directeur de
    la société portuaire", when the port's operator was called otherwise)."""
    lemma = fold(noun.lemma_)
    return any(t.pos_ == "NOUN" and fold(t.lemma_) == lemma for t in noun.doc[: noun.i])


def _person_apposed(noun: Token, args: Arguments) -> bool:
    """'Le fondateur de la société, P, ...': the parser may hang the name after the comma on
    the company's noun; that name is the title's holder, the noun still a description."""
    named = args._named_in_np(noun)
    return (
        named is not None
        and named.i > noun.i + 1
        and noun.doc[named.i - 1].text == ","
        and _is_named(named, args, "Person")
    )


def _name_closing(noun: Token) -> Token | None:
    """The name that ends a descriptor's phrase past its lower-case modifiers and their "de"
    ("plateforme de recrutement Talento"), which the tagger may read as any part of speech."""
    for token in noun.doc[noun.i + 1 : noun.i + 5]:
        if token.ent_type_:
            return token
        if not (is_de(token) or (token.is_lower and token.is_alpha and token.pos_ != "ADP")):
            return None
    return None


def _counted_people(
    tokens: list[Token], i: int, last: Token, args: Arguments
) -> list[Mention]:
    """'A et B, deux anciens ingénieurs de Y': the people a count after the comma takes up,
    when the name before the comma closes a list of as many people (empty otherwise)."""
    if i >= len(tokens) or fold(tokens[i].text) not in NUMBER_WORDS:
        return []
    listed = [t for t in args.list_of(last) if _is_named(t, args, "Person")]
    if len(listed) != NUMBER_WORDS[fold(tokens[i].text)] or listed[-1].i != last.i:
        return []
    return [args.name_mention(t) for t in listed]


def _people_counted_before(
    tokens: list[Token], begin: int, first: Token, args: Arguments
) -> list[Mention]:
    """'trois anciens ingénieurs du groupe Y, A, B et C', 'les fondateurs de Y, A et B': the
    people a count or a definite plural before a plural title names, listed after its comma
    from `first` on (as many as it counts), empty otherwise."""
    if begin < 1:
        return []
    before = fold(tokens[begin - 1].text)
    listed = [t for t in args.list_of(first) if _is_named(t, args, "Person")]
    if not listed or listed[0].i != first.i:
        return []
    if before in NUMBER_WORDS:
        counted = len(listed) == NUMBER_WORDS[before]
    else:
        counted = before in _PLURAL_DEFINITES and len(listed) > 1
    return [args.name_mention(t) for t in listed] if counted else []


_PLURAL_DEFINITES = frozenset({"les", "ses", "leurs"})
_VERBS = ("VERB", "AUX")
_NOUN_PHRASE = ("DET", "NOUN", "ADJ", "NUM")


def _title_after_apposed_phrase(tokens: list[Token], i: int, reader: _Reader, plural: bool) -> int:
    """'P, une ingénieure passée par X et ancienne directrice technique d'Y': a title after
    "et" that closes an apposition of the person's (no clause, no comma between); where the
    title starts, else `i`."""
    for k in range(i + 1, min(i + 14, len(tokens) - 1)):
        token = tokens[k]
        if token.text in (",", ";", ":", "(", ")") or token.pos_ in ("PRON", "SCONJ", "AUX"):
            return i
        if token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm"):
            return i
        if fold(token.text) == "et" and reader.title_at(tokens, k + 1, plural=plural):
            return k + 1
    return i


def _descriptor_rest(tokens: list[Token], j: int, nouns: list[Token], args: Arguments) -> int:
    """How many words from `j` end the multiword descriptor the last noun opens ("banque" +
    "en ligne", "banque" + "d'affaires"), 0 when none does."""
    if not nouns or nouns[-1].i != tokens[j].i - 1:
        return 0
    doc = tokens[j].doc
    for width in (2, 1):
        if j + width > len(tokens):
            continue
        phrase = fold(doc[nouns[-1].i : tokens[j + width - 1].i + 1].text)
        if phrase in args.lexicon.multiword_descriptors:
            return width
    return 0


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
        people, plural = [person], False
        if i < len(tokens) and tokens[i].text == ",":
            i += 1
            listed = _counted_people(tokens, i, token, args)
            if listed:  # "A et B, deux anciens ingénieurs de Y": the title of each
                people, plural, i = listed, True, i + 1
            title_start = i
            roles.extend(_apposed_employer(tokens, i, people, args))
            while True:
                title = reader.title_at(tokens, i, plural=plural)
                if title is None and i == title_start and tokens[i].pos_ in _NOUN_PHRASE:
                    # an apposed noun phrase opens it (not ", et par le fondateur de Y")
                    i = _title_after_apposed_phrase(tokens, i, reader, plural)
                    title = reader.title_at(tokens, i, plural=plural)
                if title is None:
                    break
                title_start, (relation, i, past, title_index) = i, title
                pending.append((relation, past, tokens[title_index]))
                organization, after = _organization_after(tokens, i, args)
                if organization:
                    spanned = _held_for_a_span(tokens, after, lexicon) or _left_after(
                        tokens, after, lexicon
                    )
                    for relation_, past_, title_token in pending:
                        roles.extend(
                            Role(
                                relation_,
                                someone,
                                org,
                                title_token,
                                past_ or spanned,
                                "title.after",
                            )
                            for org in organization
                            for someone in people
                        )
                    pending = []
                    i = after
                    while (
                        i < len(tokens)
                        and (
                            tokens[i].pos_ in ("ADP", "NOUN", "DET", "ADJ")
                            or _in_date(tokens[i], lexicon)  # "depuis 2021"
                        )
                        and fold(tokens[i].text) not in ("et", ",")
                    ):
                        i += 1  # "directeur général de Danone depuis septembre"
                link = None
                for candidate in ((",",), *_LINKS, *((",", *lk) for lk in _LINKS)):
                    length = len(candidate)
                    if tuple(fold(t.text) for t in tokens[i : i + length]) == tuple(candidate):
                        link = length
                if link is None:
                    further = _title_after_apposed_phrase(tokens, i, reader, plural)
                    if further == i:
                        break
                    i, pending = further, []  # "une ingénieure passée par X et ancienne ..."
                    continue
                i += link
            roles.extend(
                _bare_definite_title(
                    tokens, title_start, pending, people, organizations, lexicon, args
                )
            )
        replaced = _predecessor_roles(tokens, index, person, args, lexicon, reader)
        roles.extend(replaced)
        if not replaced:  # "succède à Z, à la tête de Y": Z no longer heads Y
            roles.extend(_predicated_roles(tokens, index, person, args, lexicon, reader))
        roles.extend(_fronted_origin(tokens, index, person, args, lexicon))
        roles.extend(_agent_heads_it(tokens, index, person, args, reader))
        roles.extend(_leads_management(tokens, index, person, args, lexicon))
        # title before the name: "[le] PDG de Y, X" or "le PDG X", "Ex-patron de Y, M. X"
        j = index - 1
        if j >= 1 and fold(tokens[j].text) in args.lexicon.person_titles:
            j -= 1  # "M.", "Mme"
        elif j >= 2 and fold(tokens[j].text) in lexicon.kin_nouns and tokens[j - 1].pos_ == "DET":
            j -= 2  # "Les deux fondateurs de Y, les frères Lucas et Thomas Peeters"
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
                        if _apposed_to_person(tokens, begin, args):
                            break  # "Pour X, patron de la start-up Y, Z reste ...": X's title
                        people = [person]
                        if not (title and title[1] == of):
                            title = reader.title_at(tokens, begin, plural=True)
                            people = _people_counted_before(tokens, begin, token, args)
                        if title and title[1] == of and people:
                            org = args.referents(tokens[k], expand=False)
                            roles.extend(
                                Role(
                                    title[0],
                                    someone,
                                    o,
                                    tokens[title[3]],
                                    title[2],
                                    "title.before-of",
                                )
                                for o in org
                                for someone in people
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
                    sold = args.sold_company(title_token, lexicon)
                    if sold is not None and not sold:
                        break  # a seller's possessive of a company the clause does not name
                    organization, rule = sold or [], "title.seller"
                if not organization and _owned_by_person_before(title_token):
                    break  # "fondée par P et son associé Q": P's partner, no post
                if not organization:
                    possessor = args.possessor(title_token)
                    if possessor is not None:
                        organization, rule = [possessor], "title.possessive"
                if not organization and _in_agent_phrase(title_token):
                    break  # "fondée par l'avocate X": a profession, no post in the company
                if not organization and _apposed_to_possessive(title_token, args):
                    break  # "auprès de son fondateur, le journaliste X": the noun says his post
                if not organization:
                    # "a recruté comme directeur technique X": a post given by the verb's subject
                    as_post = begin > 0 and fold(tokens[begin - 1].text) == "comme"
                    others = [
                        o
                        for o in organizations
                        if o.i != token.i
                        and not _is_source(o, lexicon)
                        and not (as_post and _in_relative_on(o, (token, title_token)))
                    ]
                    beside = [o for o in others if _acting_beside(o, title_token, args)]
                    if beside and len(beside) == len(others):
                        break  # the one company named acts with him: whose post, untold
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
    roles.extend(_fronted_title_of_pronoun(tokens, args, reader))
    roles.extend(_demonstrative_title(tokens, args, reader))
    roles.extend(_appointments(tokens, args, lexicon, reader))
    roles.extend(_chosen_to_lead(tokens, args, lexicon))
    roles.extend(_post_falling_to(tokens, args, reader))
    roles.extend(_head_takings(tokens, args, lexicon))
    roles.extend(_handovers(tokens, args, lexicon))
    roles.extend(_appointment_nouns(tokens, args, lexicon, reader))
    roles.extend(_led_under(tokens, args, lexicon))
    roles.extend(_chaired_boards(tokens, args, lexicon))
    roles.extend(_titled_joiners(tokens, args, lexicon))
    roles.extend(_copular_titles(tokens, args, lexicon, reader, roles))
    roles.extend(_whose_roles(tokens, args, lexicon, reader))
    roles.extend(_quoted_speaker(tokens, args, lexicon, reader))
    return _unique(_unit_posts(_replaced(roles, args, lexicon), args, lexicon))


def _whose_roles(
    tokens: list[Token], args: Arguments, lexicon: RelationLexicon, reader: _Reader
) -> list[Role]:
    """'La société Vendora, dont le directeur général est Marc Delorme', 'Talmor, dont Paul
    Ferrand est le président depuis 2015', 'Médiaco, dont le directeur général, P, promet':
    a title a "dont" relative on a named organisation gives a person is held in that
    organisation (not past a negation)."""
    roles = []
    for k, dont in enumerate(tokens[2:-3], start=2):
        if fold(dont.text) != "dont" or tokens[k - 1].text != ",":
            continue
        if not _is_named(tokens[k - 2], args, "Organization"):
            continue
        organizations = args.referents(tokens[k - 2], expand=False)
        title = reader.title_at(tokens, k + 1)
        if title is not None:  # "dont le directeur général est X"
            relation, i, past, title_index = title
            if any(fold(t.text) in _POSSESSIVE for t in tokens[k + 1 : title_index]):
                continue  # "d'anciens cadres de Y, dont son PDG, P": among them, not Y's
            copula, named = i, i + 1
            if i + 1 < len(tokens) and tokens[i].text == ",":
                i += 1
            if i < len(tokens) and _is_named(tokens[i], args, "Person"):
                # "dont le directeur général, Ludovic Thénard, promet ...", "dont la directrice
                # générale Véronique Daubin a fait ...": the title's holder named after it
                person = args.name_mention(tokens[i])
                roles.extend(
                    Role(relation, person, o, tokens[title_index], past, "title.whose")
                    for o in organizations
                )
                continue
        elif _is_named(tokens[k + 1], args, "Person"):  # "dont X est le président"
            named, copula = k + 1, k + 2
            title = reader.title_at(tokens, copula + 1)
            if title is None:
                continue
            relation, _, past, title_index = title
        else:
            continue
        if (
            fold(tokens[copula].lemma_) not in lexicon.copula_verbs
            or named >= len(tokens)
            or not _is_named(tokens[named], args, "Person")
        ):
            continue
        person = args.name_mention(tokens[named])
        past = past or _past_tense(tokens[copula])
        roles.extend(
            Role(relation, person, o, tokens[title_index], past, "title.whose")
            for o in organizations
        )
    return roles


def _replaced(roles: list[Role], args: Arguments, lexicon: RelationLexicon) -> list[Role]:
    """'La PDG d'Ondivia, Sarah Klein, a été remplacée par son adjoint, Hugo Besson', 'Le
    directeur général de Vexa, P, a été limogé': the holder the passive of a verb of loss is
    about held the post until then (still holds it when that is to come: "sera remplacée"), and
    the person who replaces the holder ("par Z", "par son adjoint, Z") holds it now."""
    loss_verbs = lexicon.cues["negation"]["loss_verbs"]
    found: list[Role] = []
    for role in roles:
        verb = _passive_verb_of(role)
        if verb is None or fold(verb.lemma_) not in loss_verbs or role.past:
            found.append(role)
            continue
        ahead = (
            "Fut" in verb.morph.get("Tense")
            or any(
                "Fut" in c.morph.get("Tense") or fold(c.lemma_) in ("aller", "devoir")
                for c in verb.children
                if c.dep_.startswith("aux") or c.dep_ == "xcomp"
            )
            or fold(verb.head.lemma_) in ("aller", "devoir")
        )
        found.append(
            role
            if ahead
            else Role(
                role.relation,
                role.person,
                role.organization,
                role.title_token,
                True,
                f"{role.rule}+replaced",
                role.stated,
            )
        )
        if fold(verb.lemma_) not in lexicon.succession_verbs:
            continue  # "limogé par le conseil": the board is no successor
        for agent in (c for c in verb.children if c.dep_ == "obl:agent"):
            for named in (agent, *(c for c in agent.children if c.dep_ in ("appos", "nmod"))):
                if not named.ent_type_:
                    continue
                for successor in args.referents(named, expand=False):
                    if successor.kind is MentionKind.NAME and successor.type is EntityType.PERSON:
                        found.append(
                            Role(
                                role.relation,
                                successor,
                                role.organization,
                                verb,
                                False,
                                "title.replaced-by",
                                stated=True,
                            )
                        )
    return found


def _unit_posts(roles: list[Role], args: Arguments, lexicon: RelationLexicon) -> list[Role]:
    """'Le directeur général de la division maroquinerie du groupe Y, P', 'P, PDG de la filiale
    française de Y', 'P, directeur général France de Y': the head of a part of Y (one of
    `own_unit_nouns`, with a "de" of its own, or a territory) works for Y and does not run it."""
    return [
        replace(role, relation="worksFor")
        if role.relation == "hasCEO" and _post_of_a_part(role, args, lexicon)
        else role
        for role in roles
    ]


def _post_of_a_part(role: Role, args: Arguments, lexicon: RelationLexicon) -> bool:
    """The words from the title to the organisation name a unit before the organisation's own
    "de" ("de la branche énergie de Y"), in one phrase (no comma, no verb between)."""
    title = role.title_token
    named = title.doc.char_span(
        role.organization.start, role.organization.end, alignment_mode="expand"
    )
    if named is None or named.start <= title.i or named.start - title.i > 12:
        return False
    between = list(title.doc[title.i + 1 : named.start])
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between):
        return False
    return any(
        (
            fold(unit.lemma_) in lexicon.own_unit_nouns
            and any(is_de(t) and not noun_modifier(t) for t in between[k + 1 :])
        )
        or fold(unit.text) in args.lexicon.post_scopes
        for k, unit in enumerate(between)
    )


def _passive_verb_of(role: Role) -> Token | None:
    """The passive verb whose subject is the role's title or its holder's name (the title
    before the name heads the phrase, the one after it is apposed to the name)."""
    token = role.title_token
    for _ in range(3):
        if token.dep_ == "nsubj:pass":
            return token.head
        if token.dep_ not in ("appos", "nmod", "flat:name") or token.head == token:
            return None
        token = token.head
    return None


def _in_agent_phrase(title: Token) -> bool:
    """The title is the noun of an agent ("par l'avocate X et l'ingénieur Y"), or of a name
    listed with it, or follows "par" and its article in word order when the parse lost the
    agent ("fondée par P, une ancienne puéricultrice, et par l'ingénieur Q")."""
    doc = title.doc
    before = [t for t in doc[max(title.sent.start, title.i - 2) : title.i] if t.pos_ == "DET"]
    opener = title.i - len(before) - 1
    if before and opener >= title.sent.start and fold(doc[opener].text) == "par":
        return True
    for _ in range(3):
        if title.dep_ not in ("conj", "appos", "flat:name") or title.head == title:
            break
        title = title.head
    return title.dep_ == "obl:agent"


def _in_relative_on(organization: Token, antecedents: tuple[Token, ...]) -> bool:
    """'a recruté comme directeur technique X, qui a passé huit ans chez Y': a company named in
    a relative clause on the person (or the title before the name) is where the person was or
    is otherwise, not the company that gives the post (which "comme" introduces)."""
    heads = {t.i for t in antecedents}
    return any(
        ancestor.dep_ == "acl:relcl" and ancestor.head.i in heads
        for ancestor in organization.ancestors
    )


def _quoted_speaker(
    tokens: list[Token], args: Arguments, lexicon: RelationLexicon, reader: _Reader
) -> list[Role]:
    """'Ce départ n'a pas surpris Olivier Danjou. « ... », a réagi mardi le patron de
    Motorvane.': an unnamed head of Y reacting to a quote, the incise ending the sentence, is
    the one person the sentence before named, when that sentence names no organisation (which
    the person might belong to) and nobody outside the quote here is named."""
    close = next((k for k, t in enumerate(tokens) if t.text == "»"), None)
    if (
        close is None
        or close + 2 >= len(tokens)
        or tokens[close + 1].text != ","
        or any(_is_named(t, args, "Person") for t in tokens[close:])
        or tokens[0].i == 0
    ):
        return []
    begin = close + 2
    while begin < len(tokens) and (
        tokens[begin].pos_ in ("AUX", "VERB", "ADV", "NUM")
        or fold(tokens[begin].lemma_) in lexicon.time_nouns
    ):
        begin += 1
    title = reader.title_at(tokens, begin) if begin > close + 2 else None
    if title is None or fold(tokens[begin].text) not in ("le", "la", "l'"):
        return []
    relation, end, past, title_index = title
    organizations, after = _organization_after(tokens, end, args)
    if not organizations or not all(t.is_punct for t in tokens[after:]):
        return []
    previous = sentence_of(tokens[0].doc[tokens[0].i - 1])
    if any(_is_named(t, args, "Organization") for t in previous):
        return []
    people = {fold(t.text): t for t in previous if _is_named(t, args, "Person")}
    if len(people) != 1:
        return []
    person = args.name_mention(next(iter(people.values())))
    return [
        Role(relation, person, org, tokens[title_index], past, "title.quoted-speaker")
        for org in organizations
    ]


def _held_for_a_span(tokens: list[Token], i: int, lexicon: RelationLexicon) -> bool:
    """'P, président du club pendant quatorze ans': a title held for a span of time, a
    count of years or months after one of the cues' `span_words`, is over."""
    if i >= len(tokens) or fold(tokens[i].text) not in lexicon.cues["past"]["span_words"]:
        return False
    after = tokens[i + 1 : i + 4]
    return any(t.pos_ == "NUM" or t.like_num for t in after) and any(
        fold(t.lemma_) in ("an", "annee", "mois", "decennie") for t in after
    )


def _left_after(tokens: list[Token], i: int, lexicon: RelationLexicon) -> bool:
    """'P, présidente du directoire de Y depuis 2016, quitte ses fonctions': the verb right
    after the apposition's comma says the title ends (`leaving_phrases`), not to come."""
    while i < len(tokens) and tokens[i].text != ",":
        if tokens[i].pos_ in ("VERB", "PUNCT"):
            return False  # the apposition's own clause ("..., qui a ...")
        i += 1
    i += 1
    while i < len(tokens) and tokens[i].pos_ == "AUX":
        i += 1
    if i >= len(tokens) or to_come(tokens[i], lexicon) or "Cnd" in tokens[i].morph.get("Mood"):
        return False
    said = words(" ".join(t.text for t in tokens[i + 1 : i + 6]))  # as the phrases are read
    return any(
        fold(tokens[i].lemma_) == phrase[0] and said[: len(phrase) - 1] == phrase[1:]
        for phrase in lexicon.leaving_phrases
    )


def _past_tense(verb: Token) -> bool:
    """'était', 'fut': a copula in the imperfect or the simple past states a past role."""
    tense = verb.morph.get("Tense")
    return "Imp" in tense or "Past" in tense


def _copular_titles(
    tokens: list[Token],
    args: Arguments,
    lexicon: RelationLexicon,
    reader: _Reader,
    known: list[Role],
) -> list[Role]:
    """A title the parse makes the predicate of a person, wherever the subject stands: 'X, PDG
    de K, est aussi administrateur de B', 'X, qui est directeur financier de B', 'X reste
    malgré tout présidente de B', 'X, jusqu'ici directrice de K, devient directrice générale
    déléguée du groupe' (the reading right after the name stops at the apposition, the relative
    pronoun or the adverbs). A title of a department ('Le fondateur de K, X, restera directeur
    de la production') is held in the company the sentence gives the person a present role in."""
    roles = []
    first = tokens[0].i if tokens else 0
    for cop in tokens:
        found = _predicate_of(cop, args, lexicon)
        if found is None:
            continue
        predicate, subject = found
        if subject is not None and subject.pos_ == "PRON" and predicate.dep_ == "acl:relcl":
            subject = predicate.head  # "X, qui est directeur de Y": the relative's antecedent
        named = _person_of(subject, args)
        taken_up = _person_taken_up(subject, args) if named is None else None
        if named is None and taken_up is None:
            continue
        if any(fold(c.text) in _NEGATION for c in (*predicate.children, *cop.children)):
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
        person = args.name_mention(named) if named is not None else taken_up
        rule = "title.copula-parse"
        if not organizations and not past:
            organizations, rule = _present_employers(person, known), "title.department"
        if (
            not organizations
            and not past
            and _post_of_topic(cop, tokens[title_index], lexicon)
            and _names_no_company(tokens, args)
        ):
            anaphor = args.anaphor(tokens[title_index], MentionKind.TOPIC, head=PROTAGONIST)
            organizations, rule = [anaphor], "title.copula-topic"
        roles.extend(
            Role(relation, person, o, tokens[title_index], past, rule) for o in organizations
        )
    return roles


def _names_no_company(tokens: list[Token], args: Arguments) -> bool:
    """A sentence with no company of its own: a post it names bare is the topic's."""
    return not any(_is_named(t, args, "Organization") for t in tokens)


def _post_of_topic(cop: Token, title: Token, lexicon: RelationLexicon) -> bool:
    """'P reste directeur technique', 'P devient présidente du conseil': a post in a company
    (`company_posts`) that a person keeps or takes, in a sentence that names no company, is
    one in the company the passage is about (not "P est ingénieur", a profession)."""
    return (
        fold(cop.lemma_) in ("rester", "devenir", "demeurer")
        and fold(title.lemma_) in lexicon.company_posts
        and title.i > cop.i
    )


def _predicate_of(
    verb: Token, args: Arguments, lexicon: RelationLexicon
) -> tuple[Token, Token | None] | None:
    """The predicate nominal of a copula and its subject: 'est directeur' (the parse makes the
    noun the head of the copula) or 'restera directeur', 'devient directrice' (a verb with the
    noun as its complement)."""
    if fold(verb.lemma_) not in lexicon.copula_verbs:
        return None
    if verb.dep_ == "cop" or (verb.dep_ == "aux:pass" and verb.head.pos_ == "NOUN"):
        # "cette ingénieure était jusqu'ici directrice": a copula the parse calls a passive's
        predicate = verb.head
        return predicate, next((c for c in predicate.children if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB":
        return None
    predicate = next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "NOUN" and c.i > verb.i),
        None,
    )
    return None if predicate is None else (predicate, args.subject_of(verb))


def _present_employers(person: Mention, known: list[Role]) -> list[Mention]:
    """The organisations the sentence already gives this person a present role in."""
    return list(dict.fromkeys(r.organization for r in known if r.person == person and not r.past))


def _person_taken_up(subject: Token | None, args: Arguments) -> Mention | None:
    """'Elle était jusqu'ici directrice des opérations de Y', 'cette ingénieure était ...': a
    subject pronoun or a demonstrative description whose predicate is a person's title takes
    up a person (kg.resolve: the last one; a company it might take up fails the role's
    signature)."""
    if subject is None or subject.dep_ not in ("nsubj",) or not _one_person_before(subject):
        return None
    if subject.pos_ == "PRON" and fold(subject.text) in ("il", "elle"):
        mention = args.anaphor(subject, MentionKind.PRONOUN)
    elif subject.pos_ == "NOUN" and any(
        c.dep_ == "det" and fold(c.text) in ("ce", "cet", "cette") for c in subject.children
    ):
        mention = args.anaphor(subject, MentionKind.NOMINAL, head=fold(subject.lemma_))
    else:
        return None
    return replace(mention, type=EntityType.PERSON)


def _one_person_before(token: Token) -> bool:
    """Whether the sentence before and the words before `token` name one person only (a
    pronoun or a description then takes up no other)."""
    doc = token.doc
    here = sentence_of(token)
    before = sentence_of(doc[here.start - 1]) if here.start > 0 else here
    people = {
        e.text
        for e in doc.ents
        if e.label_ in ("Person", "PER") and before.start <= e.start and e.end <= token.i
    }
    return len(people) == 1


def _person_of(subject: Token | None, args: Arguments) -> Token | None:
    """The person a subject names: the name itself, the antecedent of a relative ("C'est X,
    ..., qui en prend la tête") or the name apposed to a title ('Le fondateur de Y, X, restera
    ...', 'Le président du directoire, X, a rejoint ...')."""
    if subject is None:
        return None
    if subject.pos_ == "PRON" and "Rel" in subject.morph.get("PronType"):
        subject = args.antecedent_of_relative(subject)
        if subject is None:
            return None
    if _is_named(subject, args, "Person"):
        return subject
    if subject.pos_ != "NOUN":
        return None
    return next(
        (
            c
            for c in subject.children
            if c.dep_ in ("appos", "nmod")
            and c.i > subject.i
            and c.doc[c.i - 1].text == ","
            and _is_named(c, args, "Person")
        ),
        None,
    )


def _titled_joiners(tokens: list[Token], args: Arguments, lexicon: RelationLexicon) -> list[Role]:
    """'Le fondateur et ancien patron de K, X, a rejoint en janvier le concurrent Y': the
    subject of a verb of joining is a title, the person named after it joins; or the parse took
    a date for the object ('X a rejoint le mois dernier le spécialiste Y', 'a rejoint en mars
    la société Y'). A named subject with the company as the parsed object is the frame
    worksFor.join's."""
    roles = []
    for verb in tokens:
        if fold(verb.lemma_) not in lexicon.join_verbs or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "obj"]
        parsed = bool(objects) and fold(objects[0].lemma_) not in lexicon.time_nouns
        subject = args.subject_of(verb)
        if subject is None or (subject.ent_type_ and parsed):
            continue
        person = _person_of(subject, args)
        if person is None:
            continue
        mention = args.name_mention(person)
        roles.extend(
            Role("worksFor", mention, o, verb, False, "title.joined", stated=True)
            for o in _joined_companies(verb, objects, tokens, args, lexicon)
        )
    return roles


def _joined_companies(
    verb: Token,
    objects: list[Token],
    tokens: list[Token],
    args: Arguments,
    lexicon: RelationLexicon,
) -> list[Mention]:
    """What a verb of joining takes: its object that is no date, else the first noun phrase
    after the verb past a date ('a rejoint en mars la société Y')."""
    joined = next((c for c in objects if fold(c.lemma_) not in lexicon.time_nouns), None)
    if joined is not None:
        return _companies_at(joined, tokens, args)
    i = verb.i - tokens[0].i + 1
    while i < len(tokens) and tokens[i].pos_ != "DET" and _in_date(tokens[i], lexicon):
        i += 1  # "en mars", "dès lundi", "finalement"
    if i < len(tokens) and tokens[i].ent_type_:
        return _companies_at(tokens[i], tokens, args)
    found, _ = _organization_after(tokens, i, args)
    return [m for m in found if m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION]


def _companies_at(noun: Token, tokens: list[Token], args: Arguments) -> list[Mention]:
    """The companies a noun phrase names: 'Borvel', 'le spécialiste lyonnais des batteries
    Borvel' (a descriptor with its own complement, which the parse may not link to the name)."""
    named = [
        m
        for m in args.referents(noun)
        if m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION
    ]
    if named:
        return named
    found, _ = _organization_after(tokens, args.np_start(noun) - tokens[0].i, args)
    return [m for m in found if m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION]


def _board_of_no_one(
    tokens: list[Token], of: int, lexicon: RelationLexicon, args: Arguments
) -> bool:
    """The "de" at `of` opens a governing board's name ("du conseil d'administration", "du
    directoire") and the sentence names no organisation before the board (what the heir's
    apposition names after it is the heir's past): the board is the topic company's."""
    board = next((t for t in tokens[of + 1 : of + 3] if t.pos_ == "NOUN"), None)
    return (
        board is not None
        and _governing_board(board, lexicon)
        and not any(_is_named(t, args, "Organization") for t in tokens[: of + 8])
    )


def _governing_board(board: Token, lexicon: RelationLexicon) -> bool:
    """A company's board ('le conseil d'administration', 'le directoire'), not one an adjective
    sets apart ('le conseil scientifique', 'le conseil municipal')."""
    return fold(board.lemma_) in lexicon.board_nouns and not any(
        c.dep_ == "amod" and c.i > board.i for c in board.children
    )


def _chaired(verb: Token, args: Arguments) -> Token | None:
    """What a chairing verb is said of: its patient, or the subject of the verb its participle
    completes ('Le conseil reste présidé par X')."""
    patient = args.patient(verb)
    if patient is None and verb.dep_ == "xcomp":
        patient = args.subject_of(verb.head)
    return patient


def _unique(roles: list[Role]) -> list[Role]:
    """One role per relation, person, organisation and tense: the first rule that read it."""
    seen: dict[tuple[str, Mention, Mention, bool], Role] = {}
    for role in roles:
        seen.setdefault((role.relation, role.person, role.organization, role.past), role)
    return list(seen.values())


def _taken_unit_posts(lexicon: RelationLexicon) -> tuple[tuple[str, ...], ...]:
    """A department's posts as a verb takes them: "la direction financière de" of the fronted
    "à la direction financière de" (`unit_head_phrases`)."""
    return tuple(phrase[1:] for phrase in lexicon.unit_head_phrases if phrase[0] == "a")


def _head_takings(tokens: list[Token], args: Arguments, lexicon: RelationLexicon) -> list[Role]:
    """'X a pris en janvier la tête de Y', 'X, jusqu'ici directrice de K, prendra la tête de la
    filiale Y', "C'est X, ..., qui en prend la tête" (en: the company before): the subject of
    the verb heads the company its post names, past an adverbial or an apposition (the parse
    links them where the words in order do not); a post that names none, in a sentence that
    names no company, is one of the company the passage is about."""
    roles = []
    first = tokens[0].i if tokens else 0
    for verb in tokens:
        if fold(verb.lemma_) not in lexicon.head_taking_verbs or verb.pos_ != "VERB":
            continue
        post = next((c for c in verb.children if c.dep_ == "obj"), None)
        subject = args.subject_of(verb)
        person = _person_of(subject, args)
        if person is not None and first <= person.i < first + len(tokens):
            # "X, fille du fondateur, Y, prendra la tête de Z": X takes it
            person = _apposition_holder(tokens, person.i - first, args) or person
        mention = _pronoun_person(subject, args) if person is None else args.name_mention(person)
        if post is None or mention is None:
            continue
        start = args.np_start(post) - first
        taken = _post_taken(tokens, start, args, lexicon)
        relation = "hasCEO"
        if taken is not None:  # "prendra la tête de Y", "la direction financière du groupe Y"
            relation, organizations = taken
        elif any(_clitic_en(c) for c in verb.children) and _post_at(
            tokens, start, lexicon.head_posts
        ):
            organizations = _clitic_companies(verb, args, lexicon)
        elif _post_at(tokens, start, lexicon.head_posts) and _names_no_company(tokens, args):
            # "P prendra la direction générale": of the company the passage is about
            organizations = [args.anaphor(post, MentionKind.TOPIC, head=PROTAGONIST)]
        else:
            continue
        roles.extend(
            Role(relation, mention, o, verb, False, "title.head-taking", stated=True)
            for o in organizations
        )
    return roles


def _handovers(tokens: list[Token], args: Arguments, lexicon: RelationLexicon) -> list[Role]:
    """'Z cède les rênes de Y à X', 'le conseil a confié la direction générale de Y à X', 'a
    confié à X la direction de Y', 'en a confié la direction à X' (en: the company before):
    the person after "à" heads the company of the post handed over, and a person who hands it
    over held it (a past role). Read as presupposed, "céder" being a verb of loss, so a verb
    denied or supposed gives nothing."""
    roles = []
    for k, verb in enumerate(tokens):
        if (
            fold(verb.lemma_) not in lexicon.handover_verbs
            or verb.pos_ != "VERB"
            or _denied_or_supposed(verb)
        ):
            continue
        handed = _handed_post(tokens, k + 1, args, lexicon)
        if handed is None:
            handed = _post_handed_to_subject(tokens, verb, args, lexicon)
            if handed is not None:  # the person is the subject: no former holder is named
                relation, organizations, heir = handed
                roles.extend(
                    Role(relation, heir, o, verb, False, "title.handed-to") for o in organizations
                )
            continue
        relation, organizations, heir = handed
        roles.extend(Role(relation, heir, o, verb, False, "title.handover") for o in organizations)
        former = _person_of(args.subject_of(verb), args)
        if former is not None:
            person = args.name_mention(former)
            roles.extend(
                Role(relation, person, o, verb, True, "title.handed-over") for o in organizations
            )
    return roles


def _appointment_nouns(
    tokens: list[Token], args: Arguments, lexicon: RelationLexicon, reader: _Reader
) -> list[Role]:
    """'L'arrivée de X à la tête de Y', 'la nomination de X au poste de directeur général de
    Y', 'le recrutement de X chez Y': a noun of appointment puts the person named after its
    "de" in the post that follows (past a date, 'l'arrivée de X en 2021 à la tête de Y', 'la
    nomination en 2022 de X', and a description, 'de la banquière X', 'de Mme X')."""
    roles = []
    for k, noun in enumerate(tokens[:-2]):
        if noun.pos_ != "NOUN" or fold(noun.lemma_) not in lexicon.appointment_nouns:
            continue
        j = k + 1
        while j < len(tokens) and _in_date(tokens[j], lexicon):
            j += 1
        if j >= len(tokens) or not is_de(tokens[j]):
            continue
        j += 1
        while j < min(len(tokens), k + 8) and not tokens[j].ent_type_ and (
            tokens[j].pos_ in ("DET", "NOUN", "ADJ")
            or fold(tokens[j].text) in args.lexicon.person_titles
        ):
            j += 1  # "la nomination de Mme X", "de la banquière X"
        if j >= len(tokens) or not _is_named(tokens[j], args, "Person"):
            continue
        person = args.name_mention(tokens[j])
        j += 1
        while j < len(tokens) and _in_date(tokens[j], lexicon):
            j += 1
        relation, organizations = _succeeded_post(tokens, j, args, lexicon, reader)
        rule = "title.appointment-noun"
        roles.extend(
            Role(relation, person, o, noun, False, rule, stated=True) for o in organizations
        )
    return roles


def _post_handed_to_subject(
    tokens: list[Token], verb: Token, args: Arguments, lexicon: RelationLexicon
) -> tuple[str, list[Mention], Mention] | None:
    """A post handed over, told from its side: 'La direction générale de Y a été confiée à X'
    (the post is the passive's subject, the person after "à"), 'X s'est vu confier la
    présidence de Y' (the person is the subject of "se voir", the post after the verb)."""
    start = tokens[0].i
    if any(c.dep_ == "aux:pass" for c in verb.children):
        subject = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
        if subject is None:
            return None
        owned = _post_owner(subject, args, lexicon)
        if owned is not None:
            # "Sa direction générale sera confiée à P": the possessive's company
            after = verb.i - start + 1
            while after < len(tokens) and _in_date(tokens[after], lexicon):
                after += 1
            heir = _heir_at(tokens, after, args)
            return None if heir is None else ("hasCEO", [owned], args.name_mention(heir))
        post = _post_start(tokens, subject.left_edge.i - start, lexicon)
        of = None if post is None else _head_of_at(tokens, post, lexicon.head_posts)
        if of is None or of > subject.right_edge.i - start:
            return None
        after = verb.i - start + 1
        while after < len(tokens) and _in_date(tokens[after], lexicon):
            after += 1
        heir = _heir_at(tokens, after, args)
    elif verb.dep_ == "xcomp" and fold(verb.head.lemma_) == "voir":
        heir = _person_of(args.subject_of(verb.head), args)
        post = _post_start(tokens, verb.i - start + 1, lexicon)
        of = None if post is None else _head_of_at(tokens, post, lexicon.head_posts)
        if of is None:
            return None
    else:
        return None
    if heir is None:
        return None
    relation, organizations = _headed(tokens, of, args)
    return relation, organizations, args.name_mention(heir)


def _denied_or_supposed(verb: Token) -> bool:
    """'ne cédera pas', 'cèderait', 'pourrait céder', 'devrait confier': not a handover done."""
    around = [verb, *verb.children]
    if verb.dep_ == "xcomp":
        around.extend((verb.head, *verb.head.children))
    return any(
        fold(t.text) in _NEGATION
        or "Cnd" in t.morph.get("Mood")
        or fold(t.lemma_) in ("pouvoir", "devoir", "envisager", "souhaiter", "vouloir")
        for t in around
    )


def _handed_post(
    tokens: list[Token], i: int, args: Arguments, lexicon: RelationLexicon
) -> tuple[str, list[Mention], Mention] | None:
    """The post a verb of handing over names after i, its companies and the person it goes to:
    'les rênes de Y à X' or 'à X la direction de Y' (past a date)."""
    post = _post_start(tokens, i, lexicon)
    if post is not None:
        of = _head_of_at(tokens, post, lexicon.head_posts)
        if of is None:  # "en a confié la direction à X": en is not always the subject's
            return _bare_post_handed(tokens, post, args, lexicon)
        relation, organizations = _headed(tokens, of, args)
        after = _organization_after(tokens, of, args)[1]
        if not organizations and _board_of_no_one(tokens, of, lexicon, args):
            # "P1 cède la présidence du conseil d'administration à P2": the board of the
            # company the passage is about
            organizations = [args.anaphor(tokens[post], MentionKind.TOPIC, head=PROTAGONIST)]
            relation = "worksFor"
            after = next(
                (k for k in range(of + 1, min(of + 8, len(tokens))) if fold(tokens[k].text) == "a"),
                after,
            )
        while (
            after < len(tokens)
            and (tokens[after].ent_type_ or _in_date(tokens[after], lexicon))
            and not _is_heir_at(tokens, after, args)
        ):
            after += 1
        heir = _heir_at(tokens, after, args)
        return None if heir is None else (relation, organizations, args.name_mention(heir))
    while i < len(tokens) and _in_date(tokens[i], lexicon):
        i += 1
    heir = _heir_at(tokens, i, args)
    if heir is None:
        return None
    after = heir.i - tokens[0].i
    while after < len(tokens) and _is_named(tokens[after], args, "Person"):
        after += 1
    post = _post_start(tokens, after, lexicon)
    of = None if post is None else _head_of_at(tokens, post, lexicon.head_posts)
    if of is None:
        return None
    relation, organizations = _headed(tokens, of, args)
    return relation, organizations, args.name_mention(heir)


def _bare_post_handed(
    tokens: list[Token], post: int, args: Arguments, lexicon: RelationLexicon
) -> tuple[str, list[Mention], Mention] | None:
    """'La société change de gouvernance : P1 cède la direction générale à P2': a head post
    handed over with no company named (nor an "en" before the verb) is one of the company the
    passage is about."""
    if not _post_at(tokens, post, lexicon.head_posts):
        return None
    if any(_clitic_en(t) for t in tokens[max(0, post - 4) : post]):
        return None
    after = post
    while after < len(tokens) and fold(tokens[after].text) != "a":
        if tokens[after].ent_type_ or tokens[after].text in (",", ";", ":"):
            return None
        after += 1
    heir = _heir_at(tokens, after, args)
    if heir is None:
        return None
    company = args.anaphor(tokens[post], MentionKind.TOPIC, head=PROTAGONIST)
    return "hasCEO", [company], args.name_mention(heir)


def _kin_apposed(tokens: list[Token], i: int) -> bool:
    """'son père, X', 'sa fille, X', 'son adjointe, X': a possessed noun, a comma, then the name."""
    return (
        i + 2 < len(tokens)
        and fold(tokens[i].text) in ("son", "sa", "leur")
        and tokens[i + 1].pos_ == "NOUN"
        and tokens[i + 2].text == ","
    )


def _is_heir_at(tokens: list[Token], i: int, args: Arguments) -> bool:
    return _heir_at(tokens, i, args) is not None


def _heir_at(tokens: list[Token], i: int, args: Arguments) -> Token | None:
    """The person named after the "à" at i ('à X', 'à Mme X')."""
    if i >= len(tokens) or fold(tokens[i].text) != "a":
        return None
    i += 4 if _kin_apposed(tokens, i + 1) else 1  # "à sa fille, Lucie Dubreuil"
    while i < len(tokens) and fold(tokens[i].text) in args.lexicon.person_titles:
        i += 1
    return tokens[i] if i < len(tokens) and _is_named(tokens[i], args, "Person") else None


def _pronoun_person(subject: Token | None, args: Arguments) -> Mention | None:
    """A subject pronoun that may stand for a person ('Celle-ci prend la direction générale
    de Y', after a sentence naming her): the resolver reads it, and keeps the role only when it
    stands for a person (the signature of hasCEO)."""
    if subject is None or subject.lower_ not in ("il", "elle", "celui-ci", "celle-ci"):
        return None
    return next(iter(args.referents(subject, expand=False)), None)


def _clitic_companies(verb: Token, args: Arguments, lexicon: RelationLexicon) -> list[Mention]:
    """What 'en' stands for in 'en prend la tête': the subject of the sentence before, or the
    company the passage is about when that subject is a person ('X abandonne la direction
    opérationnelle du fabricant. C'est Y qui en prend la tête'); first a company an earlier
    verb of the same sentence has for object ('X, qui a fondé Y en 2016, en assure la
    direction', 'X a fondé Y et en a pris la tête'; not a company left: 'X, qui a quitté K,
    en prend la tête')."""
    for token in reversed(verb.doc[sentence_of(verb).start : verb.i]):
        if (
            token.dep_ == "obj"
            and token.pos_ in ("NOUN", "PROPN")
            and fold(token.head.lemma_) not in lexicon.leaving_verbs
        ):
            named = [
                m
                for m in args.referents(token, expand=False)
                if m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION
            ]
            if named:
                return named
    bought = _bought_before(verb, args, lexicon)
    if bought is not None:
        return bought
    if _person_of(args.previous_subject(verb), args) is not None:
        if _names_a_company(_person_of(args.subject_of(verb), args), verb, args):
            return []  # "X, venu de K, en prend la tête": the passage's company or K, unsure
        return [args.anaphor(verb, MentionKind.TOPIC, head=PROTAGONIST)]
    return args.clitic_antecedent(verb)


def _bought_before(verb: Token, args: Arguments, lexicon: RelationLexicon) -> list[Mention] | None:
    """'Talmor a racheté Ondivia. Paul Marec en prend la direction': right after a sentence
    that tells a purchase or a sale, "en" stands for the company bought, never the buyer (its
    subject); none when what was bought is no named company ('a mis la main sur un réseau').
    None when the sentence before tells no purchase."""
    sentence = sentence_of(verb)
    if sentence.start == 0:
        return None
    before = sentence_of(verb.doc[sentence.start - 1])
    root = before.root
    for head in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        bought = _purchase_object(head, args, lexicon)
        if bought is None:
            continue
        named = [
            m
            for m in args.referents(bought, expand=False)
            if m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION
        ]
        return named
    return None


def _purchase_object(verb: Token, args: Arguments, lexicon: RelationLexicon) -> Token | None:
    """What a verb of purchase or sale has bought ("a racheté Y", "Y a été cédée à K"), or the
    "de" of a purchase noun it has for object ("a finalisé l'acquisition de Y"); None when the
    verb tells no purchase."""
    lemma = fold(verb.lemma_)
    after = {fold(t.lemma_) for t in verb.doc[verb.i + 1 : verb.i + 6]}
    for frame in lexicon.frames:
        if frame.relation != "acquired" or frame.id not in _PURCHASE_FRAMES:
            continue
        if frame.kind == "verb" and any(
            phrase[0] == lemma and set(phrase[1:]) <= after for phrase in frame.lemmas
        ):
            patient = args.patient(verb)
            if patient is not None and fold(patient.lemma_) == "main":  # "mettre la main sur"
                patient = next(
                    (c for c in patient.children if c.dep_ == "nmod"),
                    next((c for c in verb.children if c.dep_ == "obl:arg"), None),
                )
            return patient if patient is not None else verb
        if frame.kind == "noun":
            for obj in (c for c in verb.children if c.dep_ == "obj"):
                if (fold(obj.lemma_),) in frame.lemmas:
                    of = next((c for c in obj.children if c.dep_ == "nmod"), None)
                    return of if of is not None else obj
    return None


_PURCHASE_FRAMES = frozenset({"acquired.verb", "acquired.sale", "acquired.noun"})


def _names_a_company(person: Token | None, verb: Token, args: Arguments) -> bool:
    """The person's own phrase, between the name and its verb, names a company ('X, le
    directeur industriel de K, en prend', 'X, qui pilotait le site pour le compte de K, en
    prend': the words' order, as the parser may hang the aside on the verb): one the "en" of
    the verb may not stand for."""
    if person is None or person.i > verb.i:
        return False
    return any(_is_named(t, args, "Organization") for t in verb.doc[person.i + 1 : verb.i])


def _chaired_boards(tokens: list[Token], args: Arguments, lexicon: RelationLexicon) -> list[Role]:
    """'Le conseil d'administration de Y reste présidé par X', 'son conseil de surveillance,
    présidé par X', 'X préside le directoire de Y': the chairman of a board works for its
    company, named by the board's "de", its possessive, or else (no company named in the
    sentence) the company the passage is about."""
    roles = []
    first = tokens[0].i if tokens else 0
    for verb in tokens:
        if fold(verb.lemma_) not in lexicon.chair_verbs or verb.pos_ != "VERB":
            continue
        board, person = _chaired(verb, args), _person_of(args.agent(verb), args)
        if board is None or person is None or not _governing_board(board, lexicon):
            continue
        described, _ = _organization_after(tokens, board.i - first + 1, args)
        organizations = [o for o in described if o.kind is MentionKind.NAME]
        owner = args.possessor(board)
        if not organizations and owner is not None:
            organizations = [owner]
        elif not organizations and described:
            # "le conseil de surveillance de l'autorité portuaire": the institution the
            # description takes up, never the passage's company for want of a name
            organizations = described
        elif not organizations and not any(_is_named(t, args, "Organization") for t in tokens):
            organizations = [args.anaphor(board, MentionKind.TOPIC, head=PROTAGONIST)]
        mention = args.name_mention(person)
        ended = _ended(verb)
        roles.extend(
            Role("worksFor", mention, o, verb, ended, "title.board-chair", stated=True)
            for o in organizations
        )
    return roles


def _ended(verb: Token) -> bool:
    """'qui en a présidé le directoire jusqu'en 2022': a role told in the past up to a year is
    over."""
    told_past = any(c.dep_.startswith("aux") for c in verb.children) or "Imp" in verb.morph.get(
        "Tense"
    )
    return told_past and any(
        child.like_num
        and len(child.text) == 4
        and any(fold(t.text).startswith("jusqu") for t in verb.doc[max(0, child.i - 3) : child.i])
        for child in verb.children
    )


def _titles_before_comma(
    tokens: list[Token], comma: int, person: Mention, args: Arguments, reader: _Reader
) -> list[Role]:
    """'Son PDG, X', 'explique sa présidente, X', 'Le fondateur et ancien patron de
    l'opérateur, X': titles (joined by "et") then the organisation, a description or a
    possessive, before the comma and the name."""
    for begin in range(max(0, comma - 10), comma):
        titles: list[tuple[str, bool, Token]] = []
        i = begin
        people = [person]
        while True:
            title = reader.title_at(tokens, i)
            if title is None and not titles and comma + 1 < len(tokens):
                # "Les deux cofondateurs de la PME, A et B, ...": a plural title, each name
                # listed after; founders and heads only ("les analystes de la banque, A et B"
                # may well work elsewhere)
                people = _people_counted_before(tokens, begin, tokens[comma + 1], args)
                title = reader.title_at(tokens, i, plural=True) if people else None
                if title is not None and title[0] == "worksFor":
                    title = None
            if title is None:
                break
            relation, i, past, title_index = title
            titles.append((relation, past, tokens[title_index]))
            if i < comma and fold(tokens[i].text) == "et":
                i += 1
                continue
            break
        if not titles or _apposed_to_person(tokens, begin, args):
            continue
        first_title = titles[0][2]
        if i == comma and _bare_founders(tokens, begin, titles):
            # "Les fondateurs, A et B, conservent 10 %", "tandis que le fondateur, P, cède ses
            # parts": of the company of the deal told nearby, if any (kg.extract.stakes)
            topic = args.anaphor(first_title, MentionKind.TOPIC, head=PROTAGONIST)
            alone = len(people) == 1 and _opens_unnamed(tokens, begin, args)
            rule = FOUNDER_OR_TOPIC_RULE if alone else "title.founder-of-deal"
            return [
                Role(relation, someone, topic, title_token, past, rule)
                for relation, past, title_token in titles
                for someone in people
            ]
        if i == comma and len(people) > 1:
            # "Les dirigeants, A et B, ...": whose, untold (in a deal, the buyer the passage is
            # about or the company bought)
            continue
        if i == comma and _opens_unnamed(tokens, begin, args):
            # "Le cofondateur et directeur général, X, ...": of the company the passage is about
            topic = args.anaphor(first_title, MentionKind.TOPIC, head=PROTAGONIST)
            organizations, rule = [topic], "title.topic"
        elif i == comma:  # "Son PDG, X": the owner of the possessive
            if not any(
                fold(t.text) in ("son", "sa", "ses", "leur")
                for t in tokens[begin : first_title.i - tokens[0].i + 1]
            ):
                continue
            organizations = _possessive_owner(first_title, args, reader.lexicon)
            rule = "title.possessive-comma"
            if not organizations:
                continue
        else:
            organizations, after = _organization_after(tokens, i, args)
            if (
                not organizations
                or not all(  # "Fondateur de la PME en 2004, X"
                    _in_date(t, reader.lexicon) for t in tokens[after:comma]
                )
            ):
                continue
            rule = "title.before-of"
        return [
            Role(relation, someone, org, title_token, past, rule)
            for relation, past, title_token in titles
            for org in organizations
            for someone in people
        ]
    return []


def _agent_heads_it(
    tokens: list[Token], index: int, person: Mention, args: Arguments, reader: _Reader
) -> list[Role]:
    """'l'entreprise, fondée en 2020 par P, qui en reste la directrice générale', 'Fondé par P,
    qui en est toujours le PDG, Y ...': "en" in a relative on the agent of a participle that
    describes a company stands for that company, not for the subject of the sentence before."""
    i = index + 1
    if not (
        i + 3 < len(tokens)
        and tokens[i].text == ","
        and fold(tokens[i + 1].text) == "qui"
        and _clitic_en(tokens[i + 2])
        and fold(tokens[i + 3].lemma_) in reader.lexicon.copula_verbs
    ):
        return []
    j = i + 4
    while j < len(tokens) and tokens[j].pos_ == "ADV" and fold(tokens[j].text) not in _NEGATION:
        j += 1  # "qui en est toujours le PDG"
    title = reader.title_at(tokens, j)
    if title is None or not _ends_clause(tokens, title[1]):
        return []
    relation, _, past, title_index = title
    agent = tokens[index]
    while agent.dep_ == "conj":  # "par A et B, qui en ..."
        agent = agent.head
    participle = agent.head
    if agent.dep_ != "obl:agent" or "Part" not in participle.morph.get("VerbForm"):
        return []
    described = args._described_by_fronted_participle(tokens[i + 2])
    if described is None and participle.dep_ == "acl":
        described = participle.head  # "l'entreprise, fondée par P, qui ..."
    if described is None:
        described = next((c for c in participle.children if c.dep_ == "nsubj:pass"), None)
    if described is None:
        return []
    organizations = [
        m
        for m in args.referents(described, expand=False)
        if m.type in (None, EntityType.ORGANIZATION) and m.kind is not MentionKind.PRONOUN
    ]
    return [
        Role(relation, person, o, tokens[title_index], past, "title.agent-relative")
        for o in organizations
    ]


def _leads_management(
    tokens: list[Token], index: int, person: Mention, args: Arguments, lexicon: RelationLexicon
) -> list[Role]:
    """'La direction de Y, emmenée par P', "son équipe dirigeante, menée par le directeur
    général P": who leads a company's management heads the company (named after "de", or
    the owner of the possessive). Read on the words, as the parser hangs the participle on
    any noun before it."""
    i = index - 1
    while i > 0 and (tokens[i].pos_ in ("DET", "ADJ") or fold(tokens[i].text) in _TITLE_WORDS):
        i -= 1  # "par le directeur général P"
    if i < 2 or fold(tokens[i].text) != "par":
        return []
    i -= 1
    while i > 1 and (_in_date(tokens[i], lexicon) or fold(tokens[i].text) == "depuis"):
        i -= 1  # "emmenée depuis janvier par P"
    if fold(tokens[i].text) not in lexicon.management_leading_verbs or tokens[i - 1].text != ",":
        return []
    end = i - 1  # the comma closing the management's phrase
    owner_name = None
    k = end - 1
    while k > 0 and tokens[k].ent_iob_ == "I":
        k -= 1
    if tokens[k].ent_type_ and _is_named(tokens[k], args, "Organization"):
        owner_name, end = tokens[k], k - 1  # "la direction de Y,"
        if end > 0 and fold(tokens[end].text) in _DETS:
            end -= 1
        if not (end > 0 and is_de(tokens[end])):
            return []
    for noun in lexicon.management_nouns:
        start = end - len(noun)
        if start < 0 or words("".join(t.text_with_ws for t in tokens[start:end])) != noun:
            continue
        determiner = fold(tokens[start - 1].text) if start > 0 else ""
        if owner_name is not None:
            owners = args.referents(owner_name, expand=False)
        elif determiner in ("son", "sa", "leur"):
            if start > 1 and fold(tokens[start - 2].text) in _AT:
                return []  # "Y a cédé X à son équipe dirigeante": the possessive may be X's
            owners = [args.possessive(tokens[start - 1])]
        else:  # "L'équipe dirigeante, emmenée par P": the buyer's or the company bought's?
            return []
        return [
            Role("hasCEO", person, o, tokens[start], False, "title.management-led")
            for o in owners
            if o is not None and o.type in (None, EntityType.ORGANIZATION)
        ]
    return []


def _apposed_to_person(tokens: list[Token], begin: int, args: Arguments) -> bool:
    """'D'après Julie Marchand, directrice de la recherche chez Natixis, Dumont ...': a title
    right after a person's name and its comma is that person's, not the next name's."""
    return (
        begin >= 2
        and tokens[begin - 1].text == ","
        and _is_named(tokens[begin - 2], args, "Person")
    )


def _bare_founders(tokens: list[Token], begin: int, titles: list[tuple[str, bool, Token]]) -> bool:
    """'Les deux fondateurs, A et B, ...', 'tandis que le cofondateur, P, ...': a founder's
    title among them (not a former one), definite, that opens the sentence or a clause ("et",
    "tandis que", "mais"; what the clause before names is its own)."""
    if not any(r == "foundedBy" and not past for r, past, _ in titles):
        return False  # "Le fondateur et ancien président, P": each title of the same company
    first = begin
    while first > 0 and (
        tokens[first - 1].pos_ in ("DET", "NUM", "ADJ")
        or fold(tokens[first - 1].text) in NUMBER_WORDS
    ):
        first -= 1  # "les deux", "le troisième"
    if fold(tokens[first].text) not in ("le", "la", "l'", "les"):
        return False
    return first == 0 or fold(tokens[first - 1].text) in _CLAUSE_OPENERS


_CLAUSE_OPENERS = frozenset({"et", "que", "mais", ":", ";"})


def _opens_unnamed(tokens: list[Token], begin: int, args: Arguments) -> bool:
    """A definite title opens a sentence, or the inverted subject of an incise, that names no
    organisation ('Le directeur général, X, conserve la majorité du capital', '« ... », assure
    le président, X'): the title is of the company the passage is about."""
    incise = (
        begin >= 2 and tokens[begin - 1].pos_ == "VERB" and tokens[begin - 2].text in (",", "»")
    )
    return (
        (begin == 0 or incise)
        and fold(tokens[begin].text) in ("le", "la", "l'")
        and not any(_is_named(t, args, "Organization") for t in tokens)
    )


def _head_of_at(tokens: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
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
    'X va prendre la tête de Y', 'X remplace Z à la tête de Y', also past an apposition ('X,
    jusqu'ici directrice de K, a pris en janvier la tête de Y', "C'est X, ancienne de K, qui
    en prend la tête")."""
    i = index + 1
    if (
        index > 0
        and tokens[index - 1].text == ","
        and i + 1 < len(tokens)
        and tokens[i].text == ","
        and tokens[i + 1].pos_ in ("VERB", "AUX")
    ):  # "Son adjoint, Pierre Lemaire, devient directeur financier": the name ends the subject
        if _apposition_holder(tokens, index, args) is not None:
            return []  # "X, petit-fils du fondateur, Y, prend la tête de Z": Y is the founder
        return _predicate_roles(tokens, index, i + 1, person, args, lexicon, reader)
    if i < len(tokens) and tokens[i].text == ",":
        found = _apposed_post(tokens, i + 1, person, args, lexicon)
        closing = _apposition_end(tokens, i)
        if found or closing is None:
            return found
        i = closing + 1
    return _predicate_roles(tokens, index, i, person, args, lexicon, reader)


def _apposition_holder(tokens: list[Token], index: int, args: Arguments) -> Token | None:
    """'X, petit-fils du fondateur, Y, prend ...': the name at `index`, between commas, closes
    a noun phrase apposed to another person's name X, and names someone of that phrase (the
    founder); X, the subject, is returned (None for any other name)."""
    if index < 2 or tokens[index - 1].text != "," or index + 1 >= len(tokens):
        return None
    if tokens[index + 1].text != ",":
        return None
    j = index - 2
    while j > 0 and tokens[j].text != "," and tokens[j].pos_ not in ("VERB", "AUX"):
        j -= 1
    if j > 0 and tokens[j].text == "," and _is_named(tokens[j - 1], args, "Person"):
        return tokens[j - 1]
    return None


def _apposed_post(
    tokens: list[Token], i: int, person: Mention, args: Arguments, lexicon: RelationLexicon
) -> list[Role]:
    """'X, aux commandes de Y depuis 2019', 'M. Ferrand, chez Talmor depuis vingt ans'."""
    of = _head_of_at(tokens, i, lexicon.head_of_phrases)
    if of is not None:
        relation, organizations = _headed(tokens, of, args)
        return [Role(relation, person, o, tokens[i], False, "title.head-of") for o in organizations]
    if i < len(tokens) and fold(tokens[i].text) == "chez":
        employers, _ = _organization_after(tokens, i, args)
        return [Role("worksFor", person, o, tokens[i], False, "title.at") for o in employers]
    origin = _origin_of(tokens, i, args, lexicon)  # "X, à l'origine de la start-up Y, ..."
    return [Role("foundedBy", person, o, tokens[i], False, "title.origin") for o in origin]


def _origin_of(
    tokens: list[Token], i: int, args: Arguments, lexicon: RelationLexicon
) -> list[Mention]:
    """The company 'à l'origine de' at i names right after it, past a determiner and its
    descriptors ('à l'origine de la start-up Y'), never a deal or a thing of the company's ('à
    l'origine du rachat de Y', 'à l'origine de la plainte de Y')."""
    of = _head_of_at(tokens, i, lexicon.origin_phrases)
    if of is None:
        return []
    j = of + 1
    while j < len(tokens) and not tokens[j].ent_type_ and j <= of + 4:
        word = fold(tokens[j].text)
        if tokens[j].pos_ not in ("DET", "ADJ") and word not in args.lexicon.descriptors:
            return []
        j += 1
    if j >= len(tokens) or not tokens[j].ent_type_:
        return []
    return [
        m
        for m in args.referents(tokens[j], expand=False)
        if m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION
    ]


def _fronted_origin(
    tokens: list[Token], index: int, person: Mention, args: Arguments, lexicon: RelationLexicon
) -> list[Role]:
    """'À l'origine de la société Ondivia, Marc Delorme a ...': the person named right after
    the fronted phrase and its comma founded the company; 'À la tête de Ferlane depuis 2019,
    Claire Vasseur prépare ...', 'Aux commandes de Y jusqu'en 2020, X a ...', 'Depuis son
    arrivée à la tête de Y, X ...': heads it (a role that ended when the phrase says until
    when)."""
    if index < 2 or tokens[index - 1].text != ",":
        return []
    if any(t.text == "," for t in tokens[: index - 1]):
        return []
    founded = _origin_of(tokens, 0, args, lexicon)
    if founded:
        return [Role("foundedBy", person, o, tokens[0], False, "title.origin") for o in founded]
    post = _fronted_post(tokens, index, args, lexicon)
    if post is None:
        return []
    relation, organizations, past = post
    rule = "title.fronted-head-of"
    return [Role(relation, person, o, tokens[0], past, rule) for o in organizations]


def _fronted_post(
    tokens: list[Token], index: int, args: Arguments, lexicon: RelationLexicon
) -> tuple[str, list[Mention], bool] | None:
    """The post a fronted head-of phrase closed by the comma before index names: its relation
    ('À la tête de Y,': hasCEO; 'À la direction financière de Y,': worksFor, a department's,
    `unit_head_phrases`), its companies, and whether it is over ('jusqu'en 2020')."""
    start = 0  # "Depuis son arrivée à la tête de Y, P": words that lead to the phrase
    while start < index - 1 and fold(tokens[start].text) in lexicon.fronted_head_openers:
        start += 1
    of = _head_of_at(tokens, start, lexicon.head_of_phrases)
    unit = of is None
    if unit:
        of = _head_of_at(tokens, start, lexicon.unit_head_phrases)
    if of is None or of >= index:
        return None
    relation, organizations = _headed(tokens, of, args)
    past = any(fold(t.text).startswith("jusqu") for t in tokens[of : index - 1])
    return ("worksFor" if unit else relation), organizations, past


def _held_post(tokens: list[Token], i: int, reader: _Reader) -> tuple[str, int] | None:
    """'(occupe) le poste de directeur général (de Y)', '(occupera en mars) le poste de',
    '(prendra) ses fonctions de directrice générale (de Y)': the title's relation and its
    end."""
    while (
        i < len(tokens)
        and _in_date(tokens[i], reader.lexicon)
        and fold(tokens[i].text) not in _POST_DETERMINERS
    ):
        i += 1
    if (
        tuple(fold(t.text) for t in tokens[i : i + 2]) not in _POST_PHRASES
        or i + 2 >= len(tokens)
        or not is_de(tokens[i + 2])
    ):
        return None
    title = reader.title_at(tokens, i + 3)
    return None if title is None else (title[0], title[1])


def _clause_subject(tokens: list[Token], i: int) -> Token | None:
    """The subject of the clause that begins at i: parsed as one, or a name right at i followed
    by its verb (the tagger may take 'Stelvia s'est imposé' for a verb)."""
    parsed = next((t for t in tokens[i : i + 5] if t.dep_ in ("nsubj", "nsubj:pass")), None)
    if parsed is not None or i + 1 >= len(tokens) or not tokens[i].ent_type_:
        return parsed
    after = tokens[i + 1]
    if after.pos_ in ("AUX", "VERB") or fold(after.text) in ("s'", "se", "a", "est"):
        return tokens[i]
    return None


def _led_under(tokens: list[Token], args: Arguments, lexicon: RelationLexicon) -> list[Role]:
    """'Sous la direction de X, Y a triplé ses ventes', 'sous la houlette de X, le groupe Y':
    X leads the company named as the subject of the clause the phrase opens (a past role when
    that clause is in the imperfect or the pluperfect), never a team or a project ('Sous la
    direction de X, une équipe de Y')."""
    roles = []
    for k, token in enumerate(tokens):
        if fold(token.text) != "sous":
            continue
        following = words(" ".join(t.text for t in tokens[k : k + 7]))
        phrase = next((p for p in lexicon.led_under_phrases if following[: len(p)] == p), None)
        of = None if phrase is None else _head_of_at(tokens, k, (phrase,))
        if of is None:
            continue
        j = of + 1
        while j < len(tokens) and fold(tokens[j].text) in args.lexicon.person_titles:
            j += 1
        if j >= len(tokens) or not _is_named(tokens[j], args, "Person"):
            continue
        leader = args.name_mention(tokens[j])
        while j < len(tokens) and _is_named(tokens[j], args, "Person"):
            j += 1
        if j >= len(tokens) or tokens[j].text != ",":
            continue
        subject = _clause_subject(tokens, j + 1)
        if subject is None:
            continue
        led = [
            m
            for m in args.referents(subject, expand=False)
            if m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION
        ]
        verb = subject.head if subject.head.i != subject.i else tokens[j + 2]
        if any(c.dep_ == "obj" and fold(c.lemma_) in lexicon.led_works for c in verb.children):
            continue  # "Sous la direction de X, l'institut Y a publié une étude"
        past = any(
            "Imp" in t.morph.get("Tense")
            for t in (verb, *(c for c in verb.children if c.dep_.startswith("aux")))
        )
        relation = lexicon.led_under_phrases[phrase]
        roles.extend(Role(relation, leader, o, token, past, "title.led-under") for o in led)
    return roles


def _apposition_end(tokens: list[Token], comma: int) -> int | None:
    """The comma that closes a verbless apposition opened at `comma` ('X, jusqu'ici directrice
    commerciale de K, a pris ...') or a relative clause ('X, qui a cofondé K en 1991, reste à
    la tête de la griffe'), when a verb, a relative or a clitic follows it."""
    relative = comma + 1 < len(tokens) and fold(tokens[comma + 1].text) == "qui"
    for j in range(comma + 1 + relative, min(len(tokens), comma + (24 if relative else 16))):
        token = tokens[j]
        if not relative and (
            token.pos_ in ("VERB", "AUX") or fold(token.text) in ("qui", "que", "dont", "et")
        ):
            return None
        if token.text == ",":
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            if after is not None and (
                after.pos_ in ("VERB", "AUX") or fold(after.text) in ("qui", "en", "n'", "ne")
            ):
                return j
            return None
    return None


def _predicate_roles(
    tokens: list[Token],
    index: int,
    i: int,
    person: Mention,
    args: Arguments,
    lexicon: RelationLexicon,
    reader: _Reader,
) -> list[Role]:
    """The role the verb at i (past a relative pronoun, auxiliaries, adverbs, negation and
    the clitic "en") gives the person named at `index`."""
    if i < len(tokens) and fold(tokens[i].text) == "qui":
        i += 1  # "C'est Claire Vasseur qui en prend la tête"
    if i < len(tokens) and fold(tokens[i].text) == "pour" and _appointed(tokens[index], lexicon):
        i += 1  # "a désigné X pour succéder à Z au poste de ...": X succeeds
    start = i
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
    clitic = any(_clitic_en(t) for t in tokens[start:i])
    if verb in lexicon.head_taking_verbs:
        taken = _succession_post(tokens, i + 1, lexicon)
        if taken is not None:  # "prend la relève de Z chez Y"
            return _successor_roles(tokens, taken, person, tokens[i], args, lexicon, reader)
        held = _held_post(tokens, i + 1, reader)
        if held is not None:  # "occupe le poste de directeur général de Y", "occupait": past
            relation, end = held
            past = _past_tense(tokens[i])
            return [
                Role(relation, person, o, tokens[i], past, "title.post-held", stated=True)
                for o in _organization_after(tokens, end, args)[0]
            ]
        post = _post_start(tokens, i + 1, lexicon)
        if post is None:
            return []
        if clitic and _post_at(tokens, post, lexicon.head_posts):  # "en prend la tête"
            return [
                Role("hasCEO", person, o, tokens[i], False, "title.head-taking", stated=True)
                for o in _clitic_companies(tokens[i], args, lexicon)
            ]
        taken = _post_taken(tokens, post, args, lexicon)
        if taken is None:
            return []
        relation, organizations = taken
        return [
            Role(relation, person, o, tokens[i], False, "title.head-taking", stated=True)
            for o in organizations
        ]
    if verb in lexicon.succession_verbs:
        return _successor_roles(tokens, i + 1, person, tokens[i], args, lexicon, reader)
    if verb in lexicon.leaving_verbs:
        return _roles_left(tokens, start, i, person, args, lexicon)
    if verb not in lexicon.copula_verbs:
        return []
    perfect = any(fold(t.lemma_) == "avoir" for t in tokens[start:i])  # "a été"
    past = perfect or _past_tense(tokens[i])
    i += 1
    while i + 1 < len(tokens) and tokens[i].pos_ == "ADV" and fold(tokens[i].text) not in _NEGATION:
        i += 1  # "en est toujours le PDG", "en est aujourd'hui la directrice générale"
    of = _head_of_at(tokens, i, lexicon.head_of_phrases)
    if of is not None:
        relation, organizations = _headed(tokens, of, args)
        return [Role(relation, person, o, tokens[i], past, "title.head-of") for o in organizations]
    origin = _origin_of(tokens, i, args, lexicon)
    if origin:  # "X est à l'origine de la start-up Y"
        return [Role("foundedBy", person, o, tokens[i], False, "title.origin") for o in origin]
    title = reader.title_at(tokens, i)
    if title is None:
        return []
    relation, after, title_past, title_index = title
    organizations, _ = _organization_after(tokens, after, args)
    rule = "title.copula"
    if not organizations and clitic and _ends_clause(tokens, after):
        organizations, rule = args.clitic_antecedent(tokens[title_index]), "title.clitic"
    roles = [
        Role(relation, person, o, tokens[title_index], past or title_past, rule)
        for o in organizations
    ]
    if rule == "title.clitic":
        roles += _gapped(tokens, after, organizations, past, args, reader)
    return roles


def _gapped(
    tokens: list[Token],
    i: int,
    organizations: list[Mention],
    past: bool,
    args: Arguments,
    reader: _Reader,
) -> list[Role]:
    """'P1 en est la directrice générale, P2 le directeur technique et P3 le directeur
    commercial': the names and titles after the first one share its verb and clitic (gapping)."""
    roles: list[Role] = []
    while i + 2 < len(tokens) and tokens[i].text in (",", "et"):
        if not _is_named(tokens[i + 1], args, "Person"):
            break
        title = reader.title_at(tokens, i + 2)
        if title is None:
            break
        relation, after, title_past, title_index = title
        if not _ends_clause(tokens, after):
            break
        person = args.name_mention(tokens[i + 1])
        roles += [
            Role(relation, person, o, tokens[title_index], past or title_past, "title.gapped")
            for o in organizations
        ]
        i = after
    return roles


def _post_start(tokens: list[Token], i: int, lexicon: RelationLexicon) -> int | None:
    """Where the post a verb takes begins, past a date or an adverb ('a pris en janvier la tête
    de', 'prendra officiellement le mois prochain les rênes de'), never past a name, a verb,
    another noun or a clause boundary ('occupe un poste à la direction de')."""
    posts = lexicon.head_posts
    for j in range(i, min(len(tokens), i + 7)):
        following = words(" ".join(t.text for t in tokens[j : j + 4]))
        if any(following[: len(p) - 1] == p[:-1] for p in posts if len(p) > 1):
            return j
        if not _in_date(tokens[j], lexicon):
            return None
    return None


def _in_date(token: Token, lexicon: RelationLexicon) -> bool:
    """A word of an adverbial of time: 'officiellement', 'en janvier', 'le 1er mars', 'dès
    lundi', 'le mois prochain'."""
    if token.ent_type_:
        return False
    if token.pos_ in ("ADV", "NUM", "DET", "ADJ"):
        return True
    if token.pos_ == "ADP":
        return fold(token.text) in ("en", "des", "depuis")
    return fold(token.lemma_) in lexicon.time_nouns or fold(token.text) in lexicon.time_nouns


def _clitic_en(token: Token) -> bool:
    """'en' standing for the company before ('Claire Vasseur en est la présidente'); also
    when the parser takes it for a preposition, as a conjugated verb right after it shows
    ('Paul Marec, qui ..., en prend la direction'; not a gerund: 'en prenant')."""
    if fold(token.text) != "en":
        return False
    if token.pos_ == "PRON":
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        following is not None
        and following.pos_ in ("VERB", "AUX")
        and "Part" not in following.morph.get("VerbForm")
        and "Inf" not in following.morph.get("VerbForm")
    )


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
_POST_PHRASES = frozenset({("le", "poste"), ("ses", "fonctions"), ("les", "fonctions")})
_POST_DETERMINERS = frozenset(phrase[0] for phrase in _POST_PHRASES)
_NEGATION = frozenset({"ne", "n'", "pas", "plus", "jamais"})


def _roles_left(
    tokens: list[Token],
    start: int,
    i: int,
    person: Mention,
    args: Arguments,
    lexicon: RelationLexicon,
) -> list[Role]:
    """'X quitte la présidence de Y' (X headed Y), 'X a quitté la direction financière de Y'
    (X worked for Y): a post that ended, unless the verb is negated ('X n'a pas quitté la
    présidence de Y'); one that goes on when the leaving is to come ('X devrait quitter la
    présidence de Y'). A company left without a post named is the frame worksFor.left's."""
    if any(fold(t.text) in _NEGATION for t in tokens[start:i]):
        return []
    verb = tokens[i]
    post = _post_start(tokens, i + 1, lexicon)
    of = None if post is None else _head_of_at(tokens, post, lexicon.head_posts)
    if of is None:
        return []
    relation, organizations = _headed(tokens, of, args)
    rule = "title.post-left"
    if to_come(verb, lexicon) or "Cnd" in verb.morph.get("Mood"):
        # "X devrait quitter la présidence de Y", "quittera": X holds the post until then
        return [Role(relation, person, o, verb, False, rule) for o in organizations]
    return [Role(relation, person, o, verb, True, rule, stated=True) for o in organizations]


def _post_taken(
    tokens: list[Token], start: int, args: Arguments, lexicon: RelationLexicon
) -> tuple[str, list[Mention]] | None:
    """The post a verb takes at `start` and the organisations it is in: a head's ("la tête
    de", `_headed`), or a department's ("la direction financière du groupe Y": worksFor);
    None for any other object."""
    of = _head_of_at(tokens, start, lexicon.head_posts)
    if of is not None:
        return _headed(tokens, of, args)
    unit_of = _head_of_at(tokens, start, _taken_unit_posts(lexicon))
    if unit_of is not None:
        return "worksFor", _organization_after(tokens, unit_of, args)[0]
    return None


def _headed(tokens: list[Token], of: int, args: Arguments) -> tuple[str, list[Mention]]:
    """The organisations named after the "de" of a head-of phrase, and what heading says of
    them: hasCEO ('la tête du groupe de luxe Kestria'), or worksFor when the post is of a
    part of theirs, named by a "de" of its own ('la tête de la filiale française de Kestria',
    'la présidence du conseil de surveillance de Kestria', 'la direction des ventes de K'); the
    head of an executive board runs the company ('la présidence du directoire de Kestria')."""
    organizations, after = _organization_after(tokens, of, args)
    between = [t for t in tokens[of + 1 : after] if t.pos_ != "DET"]
    if (
        len(between) >= 2
        and fold(between[0].text) in args.lexicon.executive_board_nouns
        and is_de(between[1])
    ):
        between = between[2:]
    part = any(is_de(t) and not noun_modifier(t) for t in between)
    return ("worksFor" if part else "hasCEO"), organizations


def _after_predecessor(
    tokens: list[Token], i: int, args: Arguments, lexicon: RelationLexicon
) -> int | None:
    """The index after the person replaced, named from i on."""
    span = _predecessor_span(tokens, i, args, lexicon)
    return None if span is None else span[1]


def _predecessor_span(
    tokens: list[Token], i: int, args: Arguments, lexicon: RelationLexicon
) -> tuple[int, int] | None:
    """'remplace [à] [M.] Z à la tête de', 'succède en mars à Z', 'succède à son père, Z, à la
    tête de': where the name of the person replaced begins and the index after it (past the
    comma closing a kinship noun's apposition)."""
    while i < len(tokens) and _in_date(tokens[i], lexicon) and not _kin_apposed(tokens, i):
        i += 1  # "succède en mars à Z"
    if i < len(tokens) and fold(tokens[i].text) in ("a", "à"):
        i += 1
    if _kin_apposed(tokens, i):
        i += 3  # "à son père, Marc Dubreuil,"
    while i < len(tokens) and fold(tokens[i].text) in args.lexicon.person_titles:
        i += 1  # "M.", "Mme"
    named = i
    while i < len(tokens) and _is_named(tokens[i], args, "Person"):
        i += 1
    if i == named:
        return None
    if i + 1 < len(tokens) and tokens[i].text == "," and fold(tokens[named - 1].text) == ",":
        i += 1
    return named, i


def _succession_post(tokens: list[Token], i: int, lexicon: RelationLexicon) -> int | None:
    """'(prend) la relève de Z', '(assure) la succession de Z', '(a pris en janvier) la relève
    de Z': the index of Z."""
    for start in range(i, min(len(tokens), i + 6)):
        following = words(" ".join(t.text for t in tokens[start : start + 4]))
        if any(following[: len(post)] == post for post in lexicon.succession_posts):
            end = min(len(tokens), start + 4)
            return next((j + 1 for j in range(start, end) if is_de(tokens[j])), None)
        if not _in_date(tokens[start], lexicon):
            return None
    return None


def _successor_roles(
    tokens: list[Token],
    i: int,
    person: Mention,
    trigger: Token,
    args: Arguments,
    lexicon: RelationLexicon,
    reader: _Reader,
) -> list[Role]:
    """'X succède à Z à la tête de Y', 'X remplace Z au poste de directeur général de Y': the
    successor holds the post now (the predecessor's past one is `_predecessor_roles`')."""
    after = _after_predecessor(tokens, i, args, lexicon)
    if after is None:
        return []
    relation, organizations = _succeeded_post(tokens, after, args, lexicon, reader)
    return [
        Role(relation, person, o, trigger, False, "title.successor", stated=True)
        for o in organizations
    ]


def _replaced_from(
    tokens: list[Token], k: int, args: Arguments, lexicon: RelationLexicon
) -> tuple[int, int] | None:
    """The name of the person a verb of succession at k replaces ('succède à Z', 'remplace
    Z') or a post of succession starting at k takes from ('la relève de Z')."""
    if fold(tokens[k].lemma_) in lexicon.succession_verbs:
        return _predecessor_span(tokens, k + 1, args, lexicon)
    taken = _succession_post(tokens, k, lexicon) if tokens[k].pos_ in ("DET", "ADP") else None
    return None if taken is None else _predecessor_span(tokens, taken, args, lexicon)


def _succeeded_post(
    tokens: list[Token], j: int, args: Arguments, lexicon: RelationLexicon, reader: _Reader
) -> tuple[str, list[Mention]]:
    """The post taken over from the person named before j and its companies: 'à la tête de
    Y', 'au poste de directeur général de Y', 'comme PDG' (of the company a fronted 'Chez Y,'
    names), 'chez Y' (a post not named: worksFor), also past an apposition of the person
    replaced ('Z, partie chez K, à la tête de Y')."""
    if j < len(tokens) and tokens[j].text == ",":
        closing = next(
            (k for k in range(j + 1, min(len(tokens), j + 12)) if tokens[k].text == ","), None
        )
        j = len(tokens) if closing is None else closing + 1
    of = _head_of_at(tokens, j, lexicon.head_of_phrases)
    if of is not None:
        relation, organizations = _headed(tokens, of, args)
        if organizations:
            return relation, organizations
        board = _board_possessor(tokens, of + 1, args, lexicon)
        if board is not None:  # "à la présidence de son conseil d'administration"
            return _board_relation(tokens, of + 2, reader), [board]
        return _board_relation(tokens, of + 1, reader), _fronted_employer(tokens, args)
    if _post_at(tokens, j, lexicon.head_of_phrases):  # "Chez Y, X succède à Z à la présidence."
        chair = _post_at(tokens, j, lexicon.chair_posts)
        return ("worksFor" if chair else "hasCEO"), _fronted_employer(tokens, args)
    for phrase in _POST_WORDS:
        if tuple(fold(t.text) for t in tokens[j : j + len(phrase)]) == phrase:
            title = reader.title_at(tokens, j + len(phrase))
            if title is None:
                return "worksFor", []
            relation, end, _, _ = title
            organizations, _ = _organization_after(tokens, end, args)
            return relation, organizations or _fronted_employer(tokens, args)
    if j < len(tokens) and fold(tokens[j].text) == "chez":
        return "worksFor", _organization_after(tokens, j, args)[0]
    return "worksFor", []


def _board_possessor(
    tokens: list[Token], i: int, args: Arguments, lexicon: RelationLexicon
) -> Mention | None:
    """'la nomination de P à la présidence de son conseil d'administration': the company a
    possessive before a board noun stands for (the one announcing, as kg.resolve reads it)."""
    if i + 1 >= len(tokens) or fold(tokens[i + 1].lemma_) not in lexicon.board_nouns:
        return None
    if fold(tokens[i].text) not in ("son", "sa", "leur"):
        return None
    return args.possessive(tokens[i])


def _board_relation(tokens: list[Token], i: int, reader: _Reader) -> str:
    """What heading the board named at i says ('à la présidence du directoire': the title
    'président du directoire' is hasCEO; 'du conseil de surveillance': worksFor), nothing
    named there reading as hasCEO ('à la tête de l'entreprise')."""
    if i >= len(tokens) or fold(tokens[i].lemma_) not in reader.lexicon.board_nouns:
        return "hasCEO"
    board = words(" ".join(t.text for t in tokens[i : i + 5]))
    for length in range(len(board), 0, -1):
        relation = reader.titles.get(("president", "de", *board[:length]))
        if relation is not None:
            return relation
    return "worksFor"


def _fronted_employer(tokens: list[Token], args: Arguments) -> list[Mention]:
    """'Chez Vendora, X succède à Z comme PDG': the company a sentence opens with."""
    if not tokens or fold(tokens[0].text) != "chez":
        return []
    found, after = _organization_after(tokens, 0, args)
    while after < len(tokens) and tokens[after].ent_type_:
        after += 1
    return found if after < len(tokens) and tokens[after].text == "," else []


def _predecessor_roles(
    tokens: list[Token],
    index: int,
    person: Mention,
    args: Arguments,
    lexicon: RelationLexicon,
    reader: _Reader,
) -> list[Role]:
    """'Il succède à X à la tête de Y', 'remplace X au poste de PDG de Y', 'prend la relève de
    X chez Y': X held the post (a past role; the successor's own is read with its name, in
    `_predicated_roles`)."""
    verb, after = next(
        (
            (k, span[1])
            for k in range(max(0, index - 8), index)
            for span in [_replaced_from(tokens, k, args, lexicon)]
            if span is not None and span[0] == index
        ),
        (None, None),
    )
    if after is None:
        return []
    relation, organizations = _succeeded_post(tokens, after, args, lexicon, reader)
    post = tokens[min(after, len(tokens) - 1)]  # not the name, object of "remplacer" (a loss)
    fronted = _fronted_post_of_successor(tokens, verb, args, lexicon)
    if not organizations and fronted is not None:
        relation, organizations = fronted
    if not organizations and verb is not None:
        told = _post_told_before(tokens, verb, args, lexicon, reader)
        # "en remplacement de Z", "..., succédant à Z": the post the same sentence appoints to
        if not told and (
            fold(tokens[verb].lemma_) not in lexicon.succession_verbs
            or "Pres" in tokens[verb].morph.get("Tense")
        ):
            told = _post_given_here(tokens, person, args, lexicon, reader)
        return [
            Role(role.relation, person, role.organization, post, True, "title.predecessor-told")
            for role in told
        ]
    return [Role(relation, person, o, post, True, "title.predecessor") for o in organizations]


def _fronted_post_of_successor(
    tokens: list[Token], verb: int | None, args: Arguments, lexicon: RelationLexicon
) -> tuple[str, list[Mention]] | None:
    """'À la direction financière de Y, P succède à Q': the post a succession that names none
    takes over is the one the fronted phrase before its subject names (a post still held by
    the successor: never one already over)."""
    if verb is None:
        return None
    subject = args.subject_of(tokens[verb])
    if subject is None or subject.i - tokens[0].i < 2:
        return None
    index = subject.i - tokens[0].i
    if tokens[index - 1].text != "," or any(t.text == "," for t in tokens[: index - 1]):
        return None
    post = _fronted_post(tokens, index, args, lexicon)
    if post is None or post[2]:
        return None
    return post[0], post[1]


def _post_falling_to(tokens: list[Token], args: Arguments, reader: _Reader) -> list[Role]:
    """'Le poste de directeur général de Y revient à P', 'le poste de directrice financière du
    groupe Y reviendra à P': the person a post "revient à" holds it (the post's subject names
    the title and its company)."""
    roles = []
    for verb in tokens:
        if verb.pos_ != "VERB" or fold(verb.lemma_) != "revenir":
            continue
        subject = args.subject_of(verb)
        holders = [
            c
            for c in verb.children
            if c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj")
            and _is_named(c, args, "Person")
            and any(k.dep_ == "case" and fold(k.text) in ("a", "à") for k in c.children)
        ]
        if subject is None or not holders:
            continue
        held = _held_post(tokens, subject.left_edge.i - tokens[0].i, reader)
        if held is not None:
            relation, end = held
            organizations, _ = _organization_after(tokens, end, args)
        elif fold(verb.text).endswith(("rait", "raient")):
            continue  # "reviendrait", a conditional the tagger may read as an imperfect
        else:
            # the parser may take the name of the post's company for a second subject
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            first = min(subjects, key=lambda c: c.i) if subjects else subject
            post = _post_of_subject(tokens, first, args, reader.lexicon)
            if post is None:
                continue
            relation, organizations = post
        roles.extend(
            Role(relation, args.name_mention(h), o, verb, False, "title.post-falls-to", True)
            for h in holders
            for o in organizations
        )
    return roles


def _post_of_subject(
    tokens: list[Token], subject: Token, args: Arguments, lexicon: RelationLexicon
) -> tuple[str, list[Mention]] | None:
    """A head post a clause has for subject ('La direction générale de Y revient à P', 'Sa
    direction générale sera confiée à P'): what heading says of the companies its "de" names,
    or of the company its possessive stands for (hasCEO); None for any other subject."""
    start = tokens[0].i
    post = _post_start(tokens, subject.left_edge.i - start, lexicon)
    of = None if post is None else _head_of_at(tokens, post, lexicon.head_posts)
    if of is not None and of <= subject.right_edge.i - start:
        return _headed(tokens, of, args)
    owner = _post_owner(subject, args, lexicon)
    return None if owner is None else ("hasCEO", [owner])


def _post_owner(subject: Token, args: Arguments, lexicon: RelationLexicon) -> Mention | None:
    """The company a possessed head post is of ('sa direction générale'), when one company
    only is named before it, in its sentence or else in the sentence before ('Talmor a créé
    la filiale K. Sa direction ...': the group's or the subsidiary's, untold)."""
    owner = args.possessor(subject)
    if owner is None or not _possessed_head_post(subject, lexicon):
        return None
    sentence = sentence_of(subject)
    named = {
        fold(t.text)
        for t in subject.doc[sentence.start : subject.i]
        if _is_named(t, args, "Organization")
    }
    if not named and sentence.start > 0:
        before = sentence_of(subject.doc[sentence.start - 1])
        named = {fold(t.text) for t in before if _is_named(t, args, "Organization")}
    return owner if len(named) <= 1 else None


def _possessed_head_post(subject: Token, lexicon: RelationLexicon) -> bool:
    """'sa direction générale', 'sa direction', 'ses rênes': a head post (`head_posts`, its
    article given by the possessive), and no complement after it; not a chair ('sa
    présidence', `chair_posts`)."""
    doc = subject.doc
    first = subject.left_edge.i
    said = words(" ".join(t.text for t in doc[first + 1 : subject.right_edge.i + 1]))
    if any(said == p[1:] for p in lexicon.chair_posts):
        return False
    return not any(t.dep_ == "nmod" for t in subject.children) and any(
        said == p[:-1] for p in lexicon.head_posts if len(p) > 1 and p[-1] in _OF
    )


def _chosen_to_lead(tokens: list[Token], args: Arguments, lexicon: RelationLexicon) -> list[Role]:
    """'Pour diriger Y, le conseil d'administration a choisi P', 'Pour piloter sa filiale Y, le
    groupe a retenu P': the person the main clause chooses (`appointment_verbs`, "retenir")
    for the purpose that opens the sentence heads the company the purpose names."""
    if len(tokens) < 6 or fold(tokens[0].text) != "pour":
        return []
    if fold(tokens[1].lemma_) not in lexicon.chosen_to_lead_verbs:
        return []
    comma = next((k for k in range(2, min(len(tokens), 10)) if tokens[k].text == ","), None)
    if comma is None:
        return []
    led = [
        m
        for t in tokens[2:comma]
        if t.ent_type_
        for m in args.referents(t, expand=False)
        if m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION
    ]
    if len(led) != 1:
        return []
    choosing = lexicon.appointment_verbs | {"retenir"}
    for verb in tokens[comma + 1 :]:
        if verb.pos_ != "VERB" or fold(verb.lemma_) not in choosing:
            continue
        chosen = [
            args.name_mention(c)
            for c in verb.children
            if c.dep_ == "obj" and _is_named(c, args, "Person")
        ]
        rule = "title.chosen-to-lead"
        return [Role("hasCEO", p, led[0], verb, False, rule, True) for p in chosen]
    return []


def _post_given_here(
    tokens: list[Token], person: Mention, args: Arguments, lexicon: RelationLexicon, reader: _Reader
) -> list[Role]:
    """'Hermel a nommé X directeur général en remplacement de Z': the post a succession phrase
    takes from Z is the one the same sentence appoints another person to (one post only)."""
    roles = [
        r
        for r in _appointments(tokens, args, lexicon, reader)
        if not r.past and fold(r.person.text) != fold(person.text)
    ]
    if len({(r.relation, r.organization.start) for r in roles}) != 1:
        return []
    return roles[:1]


def _post_told_before(
    tokens: list[Token], verb: int, args: Arguments, lexicon: RelationLexicon, reader: _Reader
) -> list[Role]:
    """'X a été nommée directrice générale de Y. Elle succède à Z': a succession that names no
    post is of the one the sentence before gave its subject, the one person appointed there
    (the subject is that person's pronoun or name)."""
    doc = tokens[0].doc
    if tokens[0].i == 0 or fold(tokens[verb].lemma_) not in lexicon.succession_verbs:
        return []
    subject = args.subject_of(tokens[verb])
    if subject is None:
        return []
    before = list(doc[tokens[0].i - 1].sent)
    roles = [r for r in _appointments(before, args, lexicon, reader) if not r.past]
    people = {fold(r.person.text) for r in roles}
    if len(people) != 1 or len({(r.relation, r.organization.start) for r in roles}) != 1:
        return []
    pronoun = subject.pos_ == "PRON" and fold(subject.text) in ("il", "elle")
    if not pronoun and fold(subject.text) not in people:
        return []
    return roles[:1]


def _fronted_title_of_pronoun(tokens: list[Token], args: Arguments, reader: _Reader) -> list[Role]:
    """'Ancienne directrice des opérations du groupe Kestel, elle avait rejoint Vexa': a title
    and its company that open the sentence, then a comma and the subject pronoun, are the
    role of the person the pronoun stands for ("ancienne": a past one)."""
    title = reader.title_at(tokens, 0) if tokens else None
    if title is None:
        return []
    relation, end, past, title_index = title
    organizations, after = _organization_after(tokens, end, args)
    if not organizations or after + 1 >= len(tokens) or tokens[after].text != ",":
        return []
    pronoun = tokens[after + 1]
    described = _demonstrative_person(tokens, after + 1, args)
    if described is None and (
        pronoun.pos_ != "PRON" or fold(pronoun.text) not in ("il", "elle")
    ):
        return []
    if described is None and not pronoun.dep_.startswith("nsubj"):
        return []
    said = "il" if described is None and fold(pronoun.text) == "il" else "elle"
    if described is not None:
        said = "elle" if described.gender == "Fem" else "il"
    word = fold(tokens[title_index].text)
    feminine = word.endswith(("rice", "ente", "onne", "euse", "ere"))
    masculine = word.endswith(("eur", "ent", "on", "ier"))
    if (said == "elle" and masculine) or (said == "il" and feminine):
        return []  # "Ancien directeur de Y, elle ...": the title is another person's
    people = [described] if described is not None else [
        m for m in args.referents(pronoun) if m.kind is MentionKind.PRONOUN
    ]
    return [
        Role(relation, person, o, tokens[title_index], past, "title.fronted-pronoun")
        for person in people[:1]
        for o in organizations
    ]


_DEMONSTRATIVES = {"ce": "Masc", "cet": "Masc", "cette": "Fem"}


def _demonstrative_person(tokens: list[Token], i: int, args: Arguments) -> Mention | None:
    """'ce polytechnicien de 52 ans', 'cette ancienne banquière': a demonstrative subject whose
    noun describes a person (no company word, no name) takes up the person named before, as
    "il" or "elle" would (its gender the determiner's)."""
    if i + 1 >= len(tokens) or fold(tokens[i].text) not in _DEMONSTRATIVES:
        return None
    noun = tokens[i].head
    if (
        tokens[i].dep_ != "det"
        or noun.pos_ != "NOUN"
        or noun.ent_type_
        or not noun.dep_.startswith("nsubj")
        or fold(noun.lemma_) in args.lexicon.descriptors
        or args._named_in_np(noun) is not None
    ):
        return None
    gender = _DEMONSTRATIVES[fold(tokens[i].text)]
    return args.anaphor(noun, MentionKind.PRONOUN, gender=gender)


def _demonstrative_title(tokens: list[Token], args: Arguments, reader: _Reader) -> list[Role]:
    """'Cette ancienne responsable de la sécurité du groupe Y a fait ...': a title that a
    demonstrative opens as the sentence's subject is the role of the person named before ("il"
    or "elle" in a description; "ancienne": a past one)."""
    if len(tokens) < 4 or fold(tokens[0].text) not in _DEMONSTRATIVES:
        return []
    title = reader.title_at(tokens, 1)
    if title is None:
        return []
    relation, end, past, title_index = title
    head = tokens[title_index]
    if tokens[0].head.i != head.i or not head.dep_.startswith("nsubj"):
        return []
    organizations, _ = _organization_after(tokens, end, args)
    if not organizations:
        return []
    gender = _DEMONSTRATIVES[fold(tokens[0].text)]
    person = args.anaphor(head, MentionKind.PRONOUN, gender=gender)
    return [
        Role(relation, person, o, head, past, "title.demonstrative") for o in organizations
    ]


def _owned_by_person_before(title: Token) -> bool:
    """'fondée par P et son associé Q': a possessive title coordinated right after a person
    is that person's (Q is P's partner), no post in a company."""
    doc = title.doc
    determiner = next((c for c in title.children if "Yes" in c.morph.get("Poss")), None)
    return (
        determiner is not None
        and determiner.i >= 2
        and doc[determiner.i - 1].lower_ in ("et", ",")
        and doc[determiner.i - 2].ent_type_ in ("PER", "Person")
    )


def _chain(token: Token) -> list[Token]:
    """The token and the heads of its noun phrase ('le fonds Kestrel': Kestrel, fonds)."""
    chain = [token]
    while chain[-1].dep_ in ("flat:name", "nmod", "appos", "amod") and len(chain) < 3:
        chain.append(chain[-1].head)
    return chain


def _acting_beside(organization: Token, title: Token, args: Arguments) -> bool:
    """'Le fonds K, qui avait mené le premier tour, et le cofondateur P cèdent leurs titres',
    'P conserve 60 % du capital, aux côtés du fonds K': a company listed with the person, or
    named as the one beside him, acts with him; it is not where he holds his post."""
    start = args.np_start(organization)
    before = {fold(t.text) for t in organization.doc[max(0, start - 3) : start]}
    if before & {"cotes", "cote", "avec"}:
        return True
    opening = args.np_start(title)
    if organization.i < title.i and opening > 0 and fold(title.doc[opening - 1].text) == "et":
        verb = next((t for t in title.doc[title.i + 1 : title.sent.end] if t.pos_ in _VERBS), None)
        if verb is not None and "Plur" in verb.morph.get("Number"):
            return True  # "..., et le cofondateur P cèdent": co-subjects of a plural verb
    ours, theirs = _chain(title), _chain(organization)
    return any(
        (a.dep_ == "conj" and a.head in ours) or (b.dep_ == "conj" and b.head in theirs)
        for a in theirs
        for b in ours
    )


def _apposed_to_possessive(title: Token, args: Arguments) -> bool:
    """'80 % auprès de son fondateur, le journaliste P': a profession apposed to a possessive
    noun; the post is the possessive's, and the sentence's other company none of his."""
    return title.dep_ == "appos" and args.possessor(title.head) is not None


def _possessive_owner(title: Token, args: Arguments, lexicon: RelationLexicon) -> list[Mention]:
    """Whose 'son PDG': an owner named earlier in the sentence is left to the resolver; at the
    start of a sentence, the subject of the sentence before ('Le géant américain intégrera
    ... Son directeur général, X'), which is not always the passage's most named company."""
    possessor = args.possessor(title)
    if possessor is None:
        return []
    told = args.owner_told_by_clause(title, lexicon)  # "reprend X à son fondateur, Y"
    if told is not None:
        return told
    sentence = sentence_of(title)
    # "« Nous n'avons aucun projet », a déclaré son directeur financier, P": what the speaker
    # says holds no antecedent of the title's possessive
    if any((t.ent_type_ or t.pos_ == "PRON") and not _quoted(t) for t in sentence if t.i < title.i):
        return [possessor]
    described = _described_subject_before(title, args)
    if described:  # "La cible appartenait à la famille de son fondateur, P": the target's
        return described
    subject = args.previous_subject(title)
    if subject is None:
        return []
    if subject.pos_ == "PRON":
        return [possessor]
    return args.referents(subject, expand=False)


def _described_subject_before(title: Token, args: Arguments) -> list[Mention]:
    """'La cible appartenait à la famille de son fondateur, P', 'La PME est détenue par la
    famille de son fondateur': a possessive after its clause's subject, a description of a
    company, stands for that subject, not for the subject of the sentence before. Empty when
    the subject is not such a description before the title."""
    verb = args.governing_verb(title)
    subject = args.subject_of(verb) if verb is not None else None
    if (
        subject is None
        or subject.i >= title.i
        or subject.pos_ != "NOUN"
        or subject.ent_type_
        or title.i in {t.i for t in subject.subtree}
    ):
        return []
    return [
        m
        for m in args.referents(subject, expand=False)
        if m.kind is MentionKind.NOMINAL and m.type in (None, EntityType.ORGANIZATION)
    ]


def _appointments(
    tokens: list[Token], args: Arguments, lexicon: RelationLexicon, reader: _Reader
) -> list[Role]:
    """'X a été nommé directeur général du groupe Y', 'X a été nommée à la tête de Y'."""
    roles = []
    for index, verb in enumerate(tokens):
        if fold(verb.lemma_) not in lexicon.appointment_verbs:
            continue
        # a headline's participle the tagger calls an adjective of the name ("Kestrel : Claire
        # Vasseur nommée directrice générale")
        described = verb.pos_ == "ADJ" and verb.dep_ == "amod" and verb.head.i < verb.i
        if verb.pos_ not in ("VERB", "AUX") and not described:
            continue
        people = [
            t
            for t in [  # the appointed may come out an xcomp: "a nommé Claire X directrice"
                verb.head if described else args.subject_of(verb),
                *(c for c in verb.children if c.dep_ in ("obj", "xcomp")),
                # "a nommé Claire Dumas directrice": the name without a preposition, an adjunct
                *(
                    c
                    for c in verb.children
                    if c.dep_ in ("obl:mod", "dep")
                    and c.i > verb.i
                    and not any(k.dep_ == "case" for k in c.children)
                ),
                _object_relative_antecedent(verb),  # "P, que le conseil a nommé directeur"
            ]
            if t is not None
            and t.ent_type_
            and args.name_mention(t).type is not None
            and args.name_mention(t).type.value == "Person"
        ]
        if not people:
            continue
        person = args.name_mention(people[0])
        # "à la tête de", "aux commandes de", also after the person ("a nommé X à la tête de")
        of = _head_of_at(tokens, index + 1, lexicon.head_of_phrases)
        if of is None and people[0].i > verb.i:
            after = people[0].i - tokens[0].i
            while after < len(tokens) and _is_named(tokens[after], args, "Person"):
                after += 1
            of = _head_of_at(tokens, after, lexicon.head_of_phrases)
        if of is not None:
            relation, organization = _headed(tokens, of, args)
            roles.extend(
                Role(relation, person, o, verb, False, "appointment.head-of") for o in organization
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
                    described = [  # "Le transporteur a recruté X comme directeur financier"
                        m
                        for m in (args.referents(appointer, expand=False) if appointer else [])
                        if m.kind in (MentionKind.NOMINAL, MentionKind.PRONOUN)
                        and m.type in (None, EntityType.ORGANIZATION)
                    ]
                    if named:  # "Brivane", "le groupe Brivane"
                        organization = named
                    elif (
                        described
                        and appointer is not None
                        and not _governing_board(appointer, lexicon)
                    ):  # the company the description or the pronoun takes up, not the topic
                        organization = described
                    elif appointer is not None and appointer.pos_ == "NOUN":
                        position = appointer.i - tokens[0].i + 1
                        organization, _ = _organization_after(tokens, position, args)
                        if (
                            not organization
                            and _governing_board(appointer, lexicon)
                            and not any(_is_named(t, args, "Organization") for t in tokens)
                        ):  # "le conseil d'administration a nommé X": the passage's company
                            organization = [
                                args.anaphor(appointer, MentionKind.TOPIC, head=PROTAGONIST)
                            ]
                if not organization:  # "Kestrel : Claire Vasseur nommée directrice générale"
                    organization = _lead_in_organization(tokens, verb, args)
                rule = "appointment.title"
                if not organization and not any(_is_named(t, args, "Organization") for t in tokens):
                    # "Sofia Benali a été nommée directrice des programmes", "P devient directeur
                    # financier": a sentence that names no organisation speaks of the passage's
                    organization = [
                        args.anaphor(tokens[title_index], MentionKind.TOPIC, head=PROTAGONIST)
                    ]
                    rule = "appointment.topic"
                roles.extend(
                    Role(relation, person, o, tokens[title_index], past, rule)
                    for o in organization
                )
    return roles


def _appointed(name: Token, lexicon: RelationLexicon) -> bool:
    """Whether a name is the object of a verb of appointment ('a désigné X', 'a choisi X'),
    whose purpose infinitive ('pour succéder à Z') it controls."""
    return name.dep_ in ("obj", "xcomp") and fold(name.head.lemma_) in lexicon.appointment_verbs


def _apposed_employer(
    tokens: list[Token], i: int, people: list[Mention], args: Arguments
) -> list[Role]:
    """'P, de la banque Y, juge ...', 'P, du cabinet Y, réclame ...': an apposition that is
    only "de" and a named organisation introduces the person by the house she speaks for."""
    if i >= len(tokens) or fold(tokens[i].text) not in _OF:
        return []
    organization, after = _organization_after(tokens, i, args)
    named = tokens[after - 1] if organization and after > i else None
    if named is None or not _is_named(named, args, "Organization"):
        return []
    end = after
    while end < len(tokens) and tokens[end].ent_iob_ == "I":
        end += 1
    if end < len(tokens) and tokens[end].text not in (",", ".", ")", "»"):
        return []  # "P, de la banque Y à Lyon": not the whole apposition
    return [
        Role("worksFor", someone, org, tokens[i], False, "title.apposed-employer")
        for org in organization
        for someone in people
    ]


def _bare_definite_title(
    tokens: list[Token],
    start: int,
    pending: list[tuple[str, bool, Token]],
    people: list[Mention],
    organizations: list[Token],
    lexicon: RelationLexicon,
    args: Arguments,
) -> list[Role]:
    """'P, le directeur général, assure ...', 'a tranché P, la directrice financière.', 'P, le
    président du conseil d'administration :', 'P, directeur technique, a salué': one title
    after the name, with its definite article or a post of a company (`company_posts`, said of
    the clause's subject), and no company after it (but its board), is a post in the company
    the passage is about, when no company is named before it in the sentence (but in a
    quotation)."""
    if len(pending) != 1 or start < 1 or start >= len(tokens):
        return []
    relation, past, title_token = pending[0]
    article = tokens[start]
    if (
        article.i == title_token.i
        and fold(title_token.lemma_) in lexicon.company_posts
        and all(p.is_subject for p in people)
    ):
        start -= 1  # no article: "P, directeur technique, a salué" (the clause's subject)
        article = tokens[start]
    end = title_token.i - tokens[0].i + 1
    while end < len(tokens) and tokens[end].pos_ == "ADJ":
        end += 1  # "le directeur général"
    if (
        end + 1 < len(tokens)
        and fold(tokens[end].text) in ("du", "de")
        and fold(tokens[end + 1].lemma_) in lexicon.board_nouns
    ):  # "le président du conseil d'administration": the company's own board
        end += 2
        while end < len(tokens) and tokens[end].pos_ in ("ADP", "NOUN", "ADJ", "DET"):
            end += 1
    if (
        fold(article.text) not in ("le", "la", "l'", ",")
        or past  # "l'ancien directeur général": of which company, the passage does not decide
        or (end < len(tokens) and tokens[end].text not in (",", ".", "!", "?", ":"))
        or any(o.i < title_token.i and not _quoted(o) for o in organizations)
        or _observer(tokens, start + 1, end, lexicon)
    ):
        return []
    return [
        Role(
            relation,
            someone,
            args.anaphor(title_token, MentionKind.TOPIC, head=PROTAGONIST),
            title_token,
            past,
            "title.after-topic",
        )
        for someone in people
    ]


def _quoted(token: Token) -> bool:
    """Whether a « ... » quotation opened before the token in its sentence is still open."""
    before = token.doc[sentence_of(token).start : token.i]
    return sum(t.text == "«" for t in before) > sum(t.text == "»" for t in before)


def _object_relative_antecedent(verb: Token) -> Token | None:
    """'P, que le conseil d'administration a nommé directeur général': the name before the comma
    that opens an object relative on the verb (its "que" read as a conjunction, or repaired
    into the relative pronoun it is)."""
    doc = verb.doc
    que = next((c for c in verb.children if fold(c.text) in ("que", "qu'") and c.i < verb.i), None)
    if que is None or que.i < 2 or doc[que.i - 1].text != ",":
        return None
    return doc[que.i - 2] if doc[que.i - 2].ent_type_ else None


def _lead_in_organization(tokens: list[Token], verb: Token, args: Arguments) -> list[Mention]:
    """The organisation a line opens with before a colon, when the verb is after it: what the
    rest of the line speaks of ("Kestrel : Claire Vasseur nommée directrice générale")."""
    colon = next((k for k, t in enumerate(tokens[:6]) if t.text == ":"), None)
    if colon is None or colon == 0 or verb.i < tokens[colon].i:
        return []
    if not all(t.ent_type_ or t.pos_ == "DET" for t in tokens[:colon]):
        return []
    return [
        m
        for t in tokens[:colon]
        if t.ent_type_
        for m in args.referents(t, expand=False)
        if m.kind is MentionKind.NAME and m.type is EntityType.ORGANIZATION
    ]


_POST_WORDS = (("au", "poste", "de"), ("au", "poste", "d'"), ("comme",), ("en", "tant", "que"),
               ("en", "qualite", "de"), ("en", "qualite", "d'"), ("le", "titre", "de"),
               ("le", "titre", "d'"))  # fmt: skip


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
