"""Stakes kept or left after a deal, told with no company: "auprès de la famille Vuillet, qui
conserve le solde", "Ses fondateurs conservent 20 % du capital", "Le reste demeure entre les
mains de la holding X", "le solde revenant à la banque Y", "Le fondateur, qui reste
majoritaire". The holder invests in the company the deal of the sentence is about (a purchase
or a stake named before the verb), or of the sentence or two before."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..components.lexicon import fold
from ..types import PROTAGONIST, Certainty, Mention, MentionKind, Relation
from ..vocab import FINE_CLASSES
from .arguments import Arguments
from .frames import SCORER_RULE, Memory
from .lexicon import RelationLexicon
from .titles import DEAL_FOUNDER_RULES

__all__ = ["deal_founders", "remember_stake_target", "retained_stakes"]

_DEALS = frozenset({"acquired", "investsIn"})
_REACH = 1  # sentences after a deal where a stake kept may still be in its company
RULE = "investsIn.retained[holder>deal]"
_BYSTANDERS = frozenset({"Place", "LOC"})  # names that own no capital (a person may stand for a
# company the parse mistakes: "Côté Féerival, le fondateur, P, possède 31 %")

Kept = tuple[Token, list[Mention]]  # the verb that tells it, and the holders


def _of_stake_only(noun: Token, lexicon: RelationLexicon) -> bool:
    """A remainder whose complements name no company and nothing else than a stake ("20 % des
    parts", "le solde du capital", "une minorité de blocage de 34 %"; not "30 % du marché",
    "la majorité de ses clients", nor "25 % de Bitume", which the frames read)."""
    for child in noun.children:
        if child.dep_ in ("nmod", "obl", "obl:arg") and child.i > noun.i:
            if any(t.ent_type_ for t in child.subtree):
                return False
            if any("Poss=Yes" in str(t.morph) for t in child.children):
                return False  # "81 % de son capital": the possessive names the company
            if fold(child.lemma_) not in lexicon.remainder_of and child.text != "%":
                return False
    return True


def _remainder(noun: Token | None, lexicon: RelationLexicon) -> bool:
    """The stake a holder keeps or is left: a percentage ("20 %", "les 40 % restants"), the
    balance, the rest, the majority, control, of nothing but the capital."""
    if noun is None:
        return False
    if noun.text != "%" and fold(noun.lemma_) not in lexicon.remainder_nouns:
        return False
    if fold(noun.lemma_) == "controle" and any(c.dep_ == "nmod" for c in noun.children):
        return False  # "garde le contrôle de sa stratégie"
    return _of_stake_only(noun, lexicon)


def _percentage(noun: Token | None, lexicon: RelationLexicon) -> bool:
    """A share taken or held, told as a percentage of nothing but the capital ("8 % du
    capital", "18 % des parts"; not "le contrôle", a purchase, nor "30 % du marché")."""
    return noun is not None and noun.text == "%" and _of_stake_only(noun, lexicon)


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "obj"), None)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the noun an absolute participle hangs on ('le solde revenant à
    la banque Y')."""
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _left_to(verb: Token, lexicon: RelationLexicon) -> Token | None:
    """Who a remainder is left with: 'entre les mains de X', 'aux mains de X' (rester,
    demeurer), 'à X' (revenir, appartenir)."""
    for child in verb.children:
        if child.dep_ not in ("obl", "obl:arg", "obl:mod", "iobj"):
            continue
        if fold(child.lemma_) in lexicon.remainder_hands:
            return next(
                (c for c in child.children if c.dep_ == "nmod"),
                None,
            )
        cases = {fold(c.text) for c in child.children if c.dep_ == "case"}
        if fold(verb.lemma_) in ("revenir", "appartenir") and cases & {"a", "au", "aux"}:
            return child
    return None


def _retained_title(verb: Token, lexicon: RelationLexicon) -> bool:
    """'X reste majoritaire', 'reste minoritaire avec 15 %': a holder that stays, of no company
    named (a bare 'reste actionnaire' is the frames', which want a round before it)."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "obj", "attr") and fold(child.lemma_) in lexicon.retained_titles:
            return _of_stake_only(child, lexicon)
    return False


def _imperfect(verb: Token) -> bool:
    """'détenait', 'conservaient' (the tagger often reads them as presents), never a
    conditional ('détiendrait')."""
    text = fold(verb.text)
    return "Imp" in verb.morph.get("Tense") or (
        text.endswith(("ait", "aient")) and not text.endswith(("rait", "raient"))
    )


def _personal_pronoun(token: Token) -> bool:
    """'Voltanis, dont il détient 20 %': a pronoun may stand for any company of the passage,
    and the holder of a stake kept is read only from a name, a description or a relative."""
    return token.pos_ == "PRON" and fold(token.text) in ("il", "elle", "ils", "elles")


def _in_dont_relative(noun: Token) -> bool:
    """'Vexa, dont le fonds K est le premier actionnaire avec 22 %': the noun closes a relative
    in "dont", whose antecedent is the company held (the grammar's relative-dont-words), not
    the company of the sentence's deal; "dont" is in the words since the last comma."""
    doc = noun.doc
    i = noun.i - 1
    while i >= noun.sent.start and doc[i].text not in (",", ";", "("):
        if fold(doc[i].text) == "dont":
            return True
        i -= 1
    return False


def _ranked_shareholder(noun: Token, lexicon: RelationLexicon) -> Token | None:
    """'Le fonds X, premier actionnaire avec 21 % du capital, ...', 'X est actionnaire à 20 %':
    a shareholder whose rank or stake is told, of no company named ('actionnaire de Y' and
    'son actionnaire' are the grammar's; a bare 'reste actionnaire' says too little): the name
    it is apposed to or said of."""
    if noun.pos_ != "NOUN" or fold(noun.lemma_) not in lexicon.ranked_shareholders:
        return None
    if "Plur" in noun.morph.get("Number") or any(
        "Poss=Yes" in str(c.morph) or fold(c.text) in ("dont", "ce", "cet", "cette")
        for c in noun.children
    ):
        return None
    ranked = any(
        fold(c.lemma_) in lexicon.shareholder_ranks or c.text == "%"
        for c in noun.children
        if c.dep_ in ("amod", "nmod", "obl", "nummod")
    ) or any(t.text == "%" for c in noun.children if c.dep_ == "nmod" for t in c.subtree)
    others = [
        c
        for c in noun.children
        if c.dep_ == "nmod" and c.text != "%" and fold(c.lemma_) not in lexicon.shareholder_ranks
    ]
    if not ranked or any(fold(c.lemma_) not in lexicon.remainder_of for c in others):
        return None  # "actionnaire de Y", "actionnaire du groupe": the grammar's
    if any(t.ent_type_ for c in noun.children if c.dep_ == "nmod" for t in c.subtree):
        return None
    if _in_dont_relative(noun):
        return None
    start = min(t.i for t in noun.subtree if not t.is_punct)
    before = noun.doc[start - 1] if start > 0 else None
    if (
        noun.dep_ in ("appos", "conj")  # the parse may hang it on the name's descriptor
        and noun.head.i < noun.i
        and noun.head.pos_ in ("NOUN", "PROPN")
        and before is not None
        and before.text == ","
    ):
        return noun.head
    if any(c.dep_ == "cop" for c in noun.children):
        return next((c for c in noun.children if c.dep_.startswith("nsubj")), None)
    return None


def _kept(sentence: Span, args: Arguments, lexicon: RelationLexicon) -> Iterator[Kept]:
    """Each verb of the sentence that tells a stake kept or left, with its holders."""
    for token in sentence:
        shareholder = _ranked_shareholder(token, lexicon)
        if shareholder is not None and not _personal_pronoun(shareholder):
            holders = args.referents(shareholder)
            if holders:
                yield token, holders
            continue
        if token.pos_ not in ("VERB", "AUX") or _imperfect(token):
            continue  # "le fonds, qui détenait 70 % du capital": a stake it no longer holds
        lemma = fold(token.lemma_)
        holder: Token | None = None
        if (lemma in lexicon.retaining_verbs and _remainder(_object(token), lexicon)) or (
            lemma in lexicon.stake_taking_verbs
            and _percentage(_object(token), lexicon)
            and not _clitic_en(token)
        ):
            holder = args.agent(token)
        elif lemma in lexicon.remainder_left_verbs and _remainder(_subject(token), lexicon):
            holder = _left_to(token, lexicon)
        elif lemma in ("rester", "demeurer") and _retained_title(token, lexicon):
            holder = args.agent(token)
        if holder is not None and not _personal_pronoun(holder):
            holders = args.referents(holder)
            if holders:
                yield token, holders


def _whose(verb: Token, args: Arguments) -> list[Mention]:
    """'Probelys, dont le fondateur conserve 40 % du capital': the relative's antecedent."""
    near = list(verb.children)
    for child in (_object(verb), _subject(verb)):  # "dont le fondateur conserve 40 %"
        near += list(child.children) if child is not None else []
    dont = next((t for t in near if fold(t.text) == "dont"), None)
    if dont is None:
        return []
    antecedent = args.antecedent_of_relative(dont)
    return args.referents(antecedent, expand=False) if antecedent is not None else []


def _name(mention: Mention) -> str:
    return fold(mention.text)


def _fund(mention: Mention) -> bool:
    """A fund is who buys or backs, hardly the company a stake is kept in: 'grâce au soutien du
    fonds X, qui en prendra 20 %' names no company of the deal."""
    return mention.fine_type == "InvestmentFirm" or "fonds" in mention.descriptors


def _deal_targets(found: list[Relation], before: int) -> tuple[list[Mention], set[str]]:
    """The one company the sentence's deals before a point are about, and their parties."""
    targets: dict[str, Mention] = {}
    parties: set[str] = set()
    for relation in found:
        if (
            relation.predicate in _DEALS
            and relation.certainty is not Certainty.NEGATED
            and isinstance(relation.object, Mention)
            and relation.object.end <= before
            and not relation.rule.startswith((SCORER_RULE, RULE))
            and relation.object.kind is MentionKind.NAME  # a description may be resolved
            and not _fund(relation.object)  # to another company than the deal's
        ):
            targets.setdefault(_name(relation.object), relation.object)
            parties.add(_name(relation.subject))
    return (list(targets.values()) if len(targets) == 1 else []), parties


def retained_stakes(
    sentence: Span,
    found: list[Relation],
    args: Arguments,
    lexicon: RelationLexicon,
    memory: Memory,
) -> Iterator[tuple[Token, Mention, Mention]]:
    """(verb, holder, company) for each stake kept or left the sentence tells with no company,
    the company the deal before it is about (never the holder itself, nor a party to the deal:
    the buyer keeps nothing)."""
    for verb, holders in _kept(sentence, args, lexicon):
        taken = fold(verb.lemma_) in lexicon.stake_taking_verbs
        if taken and not _said_of_holders(sentence, verb, holders, args, lexicon):
            continue  # "Côté Féerival, le fondateur, P, possède 31 %": Féerival's
        companies, parties = _deal_targets(found, verb.idx)
        whose = _whose(verb, args)
        if whose:
            companies = whose
        elif not companies and not parties and memory.stake_age <= _REACH:
            companies = list(memory.stake_target)
        told_of = (
            not companies
            and not parties
            and _untold_stake(verb, memory, lexicon)
            and _said_of_holders(sentence, verb, holders, args, lexicon)
        )
        if told_of:
            companies = _company_told_of(verb, args, memory)
        for company in companies:
            for holder in holders:
                if _name(holder) in parties or _name(holder) == _name(company):
                    continue
                if told_of and holder.kind is not MentionKind.NAME:
                    continue  # "Celui-ci, qui détient 9 %": a holder to resolve, a company guessed
                yield verb, holder, company


def _untold_stake(verb: Token, memory: Memory, lexicon: RelationLexicon) -> bool:
    """A stake held or taken ("qui détient 70 % du capital", "gardent la majorité"; not "le
    solde", the rest of a deal) in a passage that told no deal before (lexicon.deal_told_words),
    the verb with no clitic "en" (which names the company: "qui en détient 35 %")."""
    stake = _object(verb) if verb.pos_ in ("VERB", "AUX") else None
    return (
        not memory.deal_told
        and not memory.stake_target
        and stake is not None
        and (stake.text == "%" or fold(stake.lemma_) in lexicon.untold_stake_nouns)
        and not _clitic_en(verb)
    )


def _said_of_holders(
    sentence: Span, verb: Token, holders: list[Mention], args: Arguments, lexicon: RelationLexicon
) -> bool:
    """The sentence is about the holders and names no other company before the stake, whose
    capital it might be ("Côté Féerival, le fondateur, P, possède 31 %"; "Le groupe familial
    ..., depuis l'entrée du fonds X, qui détient 35 %": the group's), and the stake is of the
    capital alone ("20 % du capital de ce dernier" names its company)."""
    stake = _object(verb)
    if stake is None or any(
        _names_owner(t, lexicon)
        for child in stake.children
        if child.dep_ == "nmod"
        for t in child.subtree
    ):
        return False
    spans = [(m.start, m.end) for m in holders]
    for token in sentence[: verb.i - sentence.start]:
        inside = any(start <= token.idx < end for start, end in spans)
        coarse = FINE_CLASSES.get(token.ent_type_, token.ent_type_)
        if token.ent_type_ and not inside and coarse not in _BYSTANDERS:
            return False
    root = sentence.root
    if root.i == verb.i:
        return True
    subject = args.subject_of(root)
    named = args.referents(subject) if subject is not None else []
    return any((m.start, m.end) in spans for m in named)


def _names_owner(token: Token, lexicon: RelationLexicon) -> bool:
    """A word in a stake's complement that names whose it is ('de ce dernier', 'de la
    société', 'de Y'), not 'du capital social' nor 'des parts'."""
    if token.pos_ == "DET":
        return "Dem" in token.morph.get("PronType")
    if token.pos_ in ("NOUN", "PROPN", "PRON"):
        return fold(token.lemma_) not in lexicon.remainder_of
    return False


def _clitic_en(verb: Token) -> bool:
    """'qui en possède 45 %': the clitic names the company (the frames' clitic:en)."""
    return any(fold(c.text) == "en" and c.i < verb.i for c in verb.children)


def _company_told_of(verb: Token, args: Arguments, memory: Memory) -> list[Mention]:
    """The company whose capital a passage that told no deal speaks of ("Le fonds K, qui
    détient 70 % du capital, ..."): the last company that raised money (its round's investors
    take their share of it: "..., avec la participation de X, qui prend 8 % du capital"), or
    the company the passage is about."""
    if memory.raiser:
        return list(memory.raiser)
    return [args.anaphor(verb, MentionKind.TOPIC, head=PROTAGONIST)]


def deal_founders(found: list[Relation], memory: Memory) -> Iterator[tuple[Relation, Mention]]:
    """(founder relation, company) for each founder the sentence names by a bare title ('Le
    fondateur, P, conserve 35 %', 'Les deux fondateurs, A et B, restent majoritaires',
    `titles.DEAL_FOUNDER_RULES`): in a deal, the founders a passage speaks of without naming
    their company are those of the company the deal is about, the one the sentence's deals or
    those of the sentence or two before bought or backed (never the buyer's: a party to the
    deal is no founder of it)."""
    companies, parties = _deal_targets(found, 1 << 30)
    if not companies and not parties and memory.stake_age <= _REACH:
        companies = list(memory.stake_target)
    for relation in found:
        if relation.rule not in DEAL_FOUNDER_RULES:
            continue
        person = relation.subject if relation.predicate == "worksFor" else relation.object
        for company in companies:
            if isinstance(person, Mention) and _name(person) not in parties:
                yield relation, company


def _tells_deal(sentence: Span, found: list[Relation], lexicon: RelationLexicon) -> bool:
    """A purchase, a sale, a bid or a merger, found or only worded ('céder le contrôle de Y',
    'la vente de Y', 'une offre publique d'achat')."""
    if any(relation.predicate == "acquired" for relation in found):
        return True
    return any(fold(token.lemma_) in lexicon.deal_told_words for token in sentence)


def remember_stake_target(
    sentence: Span, found: list[Relation], lexicon: RelationLexicon, memory: Memory
) -> None:
    """The one company the sentence's deals are about, for the stakes kept that the next
    sentences tell ('Talmor a racheté Vexa. Ses fondateurs conservent 20 %')."""
    memory.stake_age += 1
    memory.deal_told = memory.deal_told or _tells_deal(sentence, found, lexicon)
    targets, _ = _deal_targets(found, 1 << 30)
    if targets:
        memory.stake_target = targets
        memory.stake_age = 0
