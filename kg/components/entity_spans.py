"""Clean the statistical NER's spans before they are merged into single tokens.

- names in short lines without final punctuation are kept: kg_headlines_v1 tells a headline
  from a section heading once the parse is known;
- a title before a name is cut and makes it a person ("PDG Mark Zuckerberg" -> Mark Zuckerberg);
- determiners and lower-case words at the edges are cut;
- concepts and connectors the model mis-tags ("IA", "LLM", "Entre-temps") are dropped;
- a person's name with a particle is kept whole ("Marc Ladreit de Lacharrière");
- a legal or sector suffix joins the name it follows ("Meta Platforms" + "Inc.");
- capitalised acronyms the model missed ("KKR", "CNES") become organisations.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .lexicon import EntityLexicon, fold, load_entity_lexicon
from .phrases import MODEL_ARTICLES, PAST_PARTICIPLE_ENDINGS, naming_participle

_DETERMINERS = frozenset(
    {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux"}
)
_EDGE_PUNCT = frozenset({",", ";", ":", "-", "–", "—", "(", ")", "«", "»", '"', "'", "/", "©"})
_PARTICLES = frozenset({"de", "d'", "du", "von", "van", "der", "da", "di", "del", "le", "la"})
_BREAKS = frozenset({".", "«", "»", "(", ")", ";", ":", "[", "]", "/", "|", "\n"})
_CAPITAL_ARTICLES = frozenset({"Les", "La", "Le", "L'"})
_PLURAL_ARTICLES = frozenset({"les", "des", "aux"})  # "les Moulins Dervaux"
_PATTERN_LABELS = frozenset({"GovernmentAgency"})
_PARTICIPLE_FOLLOWERS = frozenset(
    {"à", "en", "par", "dans", "depuis", "sur", "avec", "pour", "au", "aux", "de", "d'", "du",
     "des"}
)
_ACRONYM_SKIPS = frozenset({"de", "d'", "du", "des", "la", "le", "l'", "les", "et", "pour", "en"})

if not Doc.has_extension("kg_entity_cues"):
    Doc.set_extension("kg_entity_cues", default=None)


_OF_WORDS = frozenset({"de", "des", "du", "d'"})
_TO_WORDS = frozenset({"à", "au", "aux"})  # "le Commissariat à l'énergie atomique" (not "a")
_ARTICLES = frozenset({"la", "le", "l'", "les"})


def _opens_with_participle(token) -> bool:
    """A capitalised past or present participle followed by a preposition or a figure:
    'Installée à', 'Valorisée 1,2 milliard de dollars, la start-up ...'; or a French past
    participle followed by a comma: 'Sollicitée, l'entreprise ...' (not a first name: 'René,
    ...')."""
    word = token.text.lower()  # not folded: "à" is a preposition, "a" the verb avoir
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None:
        return False
    if word.endswith((*PAST_PARTICIPLE_ENDINGS, "ant")) and (
        following.text.lower() in _PARTICIPLE_FOLLOWERS or following.like_num
    ):
        return True
    return (
        (word.endswith(("ée", "és", "ées")) or (word.endswith("é") and len(word) > 5))
        and token.vocab.has_vector(word)
        and following.text == ","
    )


def _noun_before_described_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised common word opening a sentence, then "de", a determiner and a lower-case
    descriptor before the name: "Créateur de la marque Ludix", "Patron du fabricant Ostrel"
    (the NER takes it all for one name). "Banque de France", "Caisse des Dépôts": no word in
    lower case between "de" and the name, a name of their own."""
    first = doc[start]
    if not (first.is_sent_start and first.text[:1].isupper() and start + 3 < end):
        return False
    if not first.vocab.has_vector(first.text.lower()):
        return False
    de = fold(doc[start + 1].text)
    if de not in ("de", "d'", "du", "des"):
        return False
    k = start + 2
    if de in ("de", "d'") and fold(doc[k].text) in _DETERMINERS:
        k += 1
    if k >= end - 1 or not doc[k].text.islower():
        return False
    while k < end and doc[k].text.islower():
        k += 1
    return k < end and doc[k].text[:1].isupper()


def _surname_particle(doc: Doc, i: int, end: int, articles: frozenset[str]) -> bool:
    """A capitalised article that opens a surname after a title ("M. Le Goff", "Mme La
    Tour", "M. Du Pontel"): the name keeps it."""
    return (
        doc[i].text[:1].isupper()
        and fold(doc[i].text) in articles
        and i + 1 < end
        and doc[i + 1].text[:1].isupper()
    )


def _after_abbreviated_title(span: Span, titles: frozenset[str]) -> bool:
    """A name right after a title whose abbreviation ends with a period ("M.", "Mme.",
    "Dr."): the period ends no sentence, which the parser, before "M. Le Goff", believes."""
    if span.start == 0 or span.doc.has_annotation("DEP"):
        return False
    before = span.doc[span.start - 1]
    return before.text.endswith(".") and len(before.text) > 1 and fold(before.text) in titles


def _is_year(text: str) -> bool:
    return len(text) == 4 and text[:2] in ("19", "20")


def _model_number(token) -> bool:
    """'le 797 Stratos', 'des 450 Cargo': a number of three figures or more (not a year) after
    an article, opening a name, is a model's number, not a quantity."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return (
        len(token.text) >= 3
        and not _is_year(token.text)
        and previous is not None
        and fold(previous.text) in MODEL_ARTICLES
    )


def _model_number_in_name(token) -> bool:
    """'Volmar 320 Max': a number (not a year) right after a capitalised word of the name is
    the model's, where 'Pfizer pour 14 milliards' ends the name before the number."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return (
        previous is not None
        and previous.text[:1].isupper()
        and previous.is_alpha
        and not _is_year(token.text)
    )


_NOUN_PHRASE_OPENERS = frozenset({"le", "la", "les", "l'", "un", "une"})


def _verb_after_name(doc: Doc, i: int) -> bool:
    """'Kestrel équipe la flotte de Vexa': a lower-case word right after a capitalised one and
    right before an article is the sentence's verb, not part of the name the statistical NER
    ran over it ("Caisse des dépôts", "Banque populaire du Nord" keep theirs)."""
    token, previous = doc[i], doc[i - 1]
    return (
        token.is_alpha
        and token.text.islower()
        and fold(token.text) not in _PARTICLES | {"et"}
        and previous.text[:1].isupper()
        and i + 1 < len(doc)
        and doc[i + 1].text in _NOUN_PHRASE_OPENERS  # lower case: not "de La Rochère"
    )


def _lead_in_word(token) -> bool:
    """'Bémol :', 'Agritech :', 'Jeux vidéo :': a word that opens a sentence and a colon,
    alone or with one or two lower-case words ('vidéo', 'grand public'): the label of what
    follows when it is a common word (see `_is_entity`)."""
    doc = token.doc
    colon = token.i + 1
    while (
        colon < min(len(doc), token.i + 3)
        and doc[colon].is_alpha
        and doc[colon].is_lower
        and not doc[colon].is_stop
    ):
        colon += 1
    return token.is_sent_start and colon < len(doc) and doc[colon].text == ":"


def _unnamed_rubric(token) -> bool:
    """'Agritech : la start-up X lève 18 millions': a word before the colon that opens a line
    and that the text never names again is its rubric, whether French knows the word or not
    (a company named there is named again in the body)."""
    return (
        _lead_in_word(token)
        and token.nbor().text == ":"
        # last: Doc.text joins every token; a whole word ("Ciment" is not named by "Ciments
        # Delbard")
        and len(re.findall(rf"(?<!\w){re.escape(token.text)}(?!\w)", token.doc.text)) == 1
    )


_NOUN_MODIFIER_DE = frozenset({"de", "d'", "des", "du"})


# Adjectives spaCy counts among its French stop words that still describe what a descriptor
# names: "le modèle ouvert Kairn-7", "la plateforme ouverte X"
_DESCRIPTIVE_STOP_WORDS = frozenset({"ouvert", "ouverte", "ouverts", "ouvertes"})


def _descriptive_word(token) -> bool:
    """A lower-case word of content: an adjective or a noun in a descriptor ("lyonnaise",
    "luxe", "ouvert")."""
    return (
        token.text.islower()
        and token.is_alpha
        and (not token.is_stop or token.lower_ in _DESCRIPTIVE_STOP_WORDS)
    )


def _noun_modifier_at(word, following) -> bool:
    """'de luxe', 'des paiements': a "de" and the noun it adds to a descriptor."""
    return word.lower_ in _NOUN_MODIFIER_DE and _descriptive_word(following)


def _plural_of_a_word(token) -> bool:
    """'Transports', 'Télécoms', 'Banques': the plural of a common word (a rubric), which a
    company's name seldom is ('Orange', 'Total' are singular)."""
    lower = token.text.lower()
    return lower[-1:] in ("s", "x") and token.vocab.has_vector(lower[:-1])


# "Est-il", "Ouvrons", "Précisons": a sentence-initial verb French writes with a capital
_VERB_FORM = re.compile(r"(?:-t)?-(?:il|elle|on|ils|elles|je|tu|nous|vous)$|(?:ons|ez)$", re.I)


def _unknown_capitalised(token, *, glued_ok: bool = False) -> bool:
    """'Primavel', 'Talmor': a capitalised word with no French word vector of its own (and,
    unless `glued_ok`, a space after it)."""
    text = token.text
    return (
        text[:1].isupper()
        and text.replace("-", "").isalpha()
        and len(text) > 2
        and (glued_ok or token.whitespace_ != "")
        and not token.vocab.has_vector(text.lower())
    )


# adjectives French puts before a noun (this component runs before the tagger)
_PRENOMINAL = frozenset(
    {"jeune", "nouveau", "nouvel", "nouvelle", "petit", "petite", "grand", "grande", "ancien"}
    | {"ancienne", "futur", "future", "gros", "grosse", "premier", "premiere", "autre", "meme"}
)


def _stands_alone(name: str, body: str) -> bool:
    """The name is written somewhere on its own, not joined by a hyphen to another word."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body) is not None


def _after_determiner(doc: Doc, i: int) -> bool:
    """'la start-up', 'la jeune pousse', 'le petit éditeur': a determiner, maybe an adjective
    between."""
    if i >= 1 and fold(doc[i - 1].text) in _DETERMINERS:
        return True
    return i >= 2 and fold(doc[i - 1].text) in _PRENOMINAL and fold(doc[i - 2].text) in _DETERMINERS


# "S-900", "JV-12", "RX-7": a product code, capitals, a hyphen and figures
_HYPHENED_CODE = re.compile(r"^[A-Z]{1,4}-\d{1,5}[A-Za-z]{0,3}$")


def _coded_after_noun(doc: Doc, i: int) -> bool:
    """'la selle S-900 de l'atelier', 'le sac JV-12': a product code right after a common
    noun that a determiner opens (the noun classifies it)."""
    noun = doc[i - 1] if i >= 1 else None
    return (
        _HYPHENED_CODE.match(doc[i].text) is not None
        and noun is not None
        and noun.is_alpha
        and noun.text.islower()
        and not noun.is_stop
        and _after_determiner(doc, i - 1)
    )


# "iKalo", "eBay", "macOS"; not a name in capitals after an elided article ("dKESTREL")
_CAMEL_CASE = re.compile(r"^(?:[a-z]{1,2}[A-Z][A-Z0-9]*[a-z][A-Za-z0-9]*|[a-z]{1,5}[A-Z]{1,2})$")


def _camel_case_names(doc: Doc, occupied: set[int]) -> list[Span]:
    """'iKalo', 'eBay', 'iKalo 15': a word in lower case then capitals is a brand's name,
    with the model number after it."""
    found = []
    for t in doc:
        if t.i in occupied or not _CAMEL_CASE.match(t.text):
            continue
        end = t.i + 1
        if end < len(doc) and doc[end].text.isdigit() and len(doc[end].text) <= 3:
            end += 1
        found.append(Span(doc, t.i, end, label="MISC"))
    return found


_DOMAIN_NAME = re.compile(r"^[A-Za-z0-9][\w-]*\.(?:com|fr|net|org|io|eu|co|de|uk)$")


def _domain_names(doc: Doc, occupied: set[int]) -> list[Span]:
    """'match.com', 'Boursorama.com': a site named by its domain is a company's name."""
    return [
        Span(doc, t.i, t.i + 1, label="ORG")
        for t in doc
        if t.i not in occupied and _DOMAIN_NAME.match(t.text)
    ]


def _sentence_first(doc: Doc, i: int) -> bool:
    """The first word of a sentence or of a line (before the parser sets sentences)."""
    return i == 0 or doc[i].is_sent_start or doc[i - 1].text in (".", "!", "?", "\n")


def _in_heading(span: Span, headings: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= span.start_char and span.end_char <= end for start, end in headings)


def _body_text(doc: Doc, headings: tuple[tuple[int, int], ...]) -> str:
    text = doc.text
    for start, end in headings:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


class EntitySpans:
    def __init__(self, lexicon: EntityLexicon):
        self.lexicon = lexicon

    def _trim(self, span: Span) -> tuple[Span | None, str | None]:
        """Cut titles, determiners, descriptors and punctuation at the edges, and whatever
        follows a break inside the span ("Pfizer pour 14 milliards", "Lettre A. « Conseil");
        return the span and a cue ("title" when a person's title was cut)."""
        doc, start, end, cue = span.doc, span.start, span.end, None
        titles = self.lexicon.person_titles
        officer = False
        if span.label_ in _PATTERN_LABELS:  # unnamed organisations keep their words
            return span, None
        while start < end:
            token = doc[start]
            word = fold(token.text)
            if word in self.lexicon.person_titles:
                cue = "title"
                officer = word in self.lexicon.officer_nouns
            elif cue == "title" and officer and word in ("de", "d'", "du", "des"):
                cue = None  # "Directrice générale de Kelvane": what the officer heads, no name
            elif _surname_particle(doc, start, end, self.lexicon.surname_articles) and (
                cue == "title" or (start > 0 and fold(doc[start - 1].text) in titles)
            ):
                cue = "title"  # "M. Le Goff", "Mme Du Pontel": the article is the surname's
                break
            elif not (
                word in _DETERMINERS
                or word in _EDGE_PUNCT
                or token.is_space
                or (  # "85 Ml" is a quantity; "le 797 Stratos" a model
                    token.text.isdigit() and start + 1 < end and not _model_number(token)
                )
                or (token.text.islower() and start + 1 < end)  # "suisse Actelion"
                or (start + 1 < end and naming_participle(token))  # "Baptisée Biorésine, ..."
                or (  # "du groupe de BTP Dumarest": the sector, then the name
                    start + 1 < end
                    and token.text.isupper()
                    and word in self.lexicon.sector_acronyms
                    and start > 0
                    and fold(doc[start - 1].text) in ("de", "d'")
                )
            ):
                if start == span.start and _noun_before_described_name(doc, start, end):
                    start += 2  # "Créateur de la marque Ludix": the name is the last words
                    continue
                if start == span.start and self._adviser_before_client(doc, start, end):
                    start += 2  # "Conseil de Talmor, la banque V ...": the client's name
                    continue
                break
            start += 1
        for i in range(start + 1, end):  # a name does not run over these
            token = doc[i]
            if (
                token.text in _BREAKS
                or (
                    token.is_stop
                    and token.text.islower()
                    and fold(token.text) not in _PARTICLES
                    and fold(token.text) not in ("et", "&", "+")
                    # "Sociétaire de l'Ouest", "L'Écho de l'énergie": the article after "de"
                    # before a capital, or in a newspaper's title
                    and not (  # (the name's last word: no other name glued after it)
                        fold(token.text) == "l'"
                        and fold(doc[i - 1].text) == "de"
                        and i + 2 == end
                        and (doc[i + 1].text[:1].isupper() or self._masthead(span))
                    )
                )
                or (
                    token.like_num
                    and token.text.isdigit()
                    and len(token.text) > 2
                    and not _model_number_in_name(token)
                )
                or (  # "Délice'lait sécurisera": a lower-case word not joined by "de" ends a
                    # product's or a person's name (institutions keep theirs: "Commission
                    # européenne", "Assemblée générale")
                    span.label_ in ("MISC", "PER")
                    and token.is_alpha
                    and token.text.islower()
                    and fold(doc[i - 1].text) not in _PARTICLES | {"et", "&", "-"}
                    and not doc[i - 1].text.endswith("'")  # "Délice'lait"
                    and fold(token.text) not in _PARTICLES
                    and not self.lexicon.is_nationality(token.text)
                )
                or _verb_after_name(doc, i)
                or fold(token.text) in self.lexicon.place_adverbs  # "X outre-Rhin"
                or self._described_maker_at(doc, start, i)
                or (  # "à Vexa 3 millions d'euros": an amount the model ran the name over
                    i == end - 1 and token.text.isdigit() and self._amount_after(doc, i)
                )
            ):
                end = i
                break
        while end > start and (
            doc[end - 1].text in _EDGE_PUNCT
            or doc[end - 1].is_space
            or fold(doc[end - 1].text) in _PARTICLES
        ):
            end -= 1
        if start >= end:
            return None, None
        return Span(doc, start, end, label=span.label), cue

    def _model_number_after(self, doc: Doc, i: int) -> bool:
        """'des turbopropulseurs Gypaète 70 auprès de', 'son TriBot 3, qui': a number of one to
        four figures (not a year) right after a capitalised word, with no noun of a count after
        it, is the end of a model's name ('Talmor 40 rames', 'Vexa 1 milliard', 'Kestrel 12 %',
        'à Ondivia 3 de ses usines', 'Lundi 3 juin' count or date)."""
        if i == 0 or i >= len(doc):
            return False
        token, name = doc[i], doc[i - 1]
        if not (
            token.text.isdigit()
            and len(token.text) <= 4
            and not _is_year(token.text)
            and name.text[:1].isupper()
            and name.text.replace("-", "").isalpha()
            and name.whitespace_
        ):
            return False
        if i + 1 >= len(doc):
            return True
        following = doc[i + 1]
        word = fold(following.text)
        if word in _OF_WORDS or word == "d’":  # "Hydra 400 de Valdrac", not "3 de ses usines"
            after = doc[i + 2] if i + 2 < len(doc) else None
            return (
                after is not None
                and after.is_alpha
                and fold(after.text) not in ("ses", "leurs", "ces", "nos", "vos", "mes", "tes")
            )
        if not following.is_alpha:  # a comma, a full stop; not "%", "€" or "000"
            return following.text in (",", ".", ";", ":", ")", "»", "!", "?", "\n")
        if word in self.lexicon.quantity_nouns:
            return False
        # a plural noun counted ("40 rames", "12 millions"); a verb ("équipe", "sont") or
        # "auprès", "après" is not
        return not (
            following.text.islower()
            and word.endswith(("s", "x"))
            and not following.is_stop
            and not following.text.endswith("ès")
        )

    def _amount_after(self, doc: Doc, i: int) -> bool:
        """'3 millions', '1 milliard', '12 %': a number that a quantity's noun or sign follows."""
        if i + 1 >= len(doc):
            return False
        word = fold(doc[i + 1].text)
        return word in ("%", "€", "$") or word.rstrip("sx") in self.lexicon.quantity_nouns

    def _described_maker_at(self, doc: Doc, start: int, i: int) -> bool:
        """'le biosimilaire BX-214 de la biotech Genolia', 'le vélo Aspin de la marque X': "de",
        an article and a descriptor in lower case after a name open its maker's description, no
        part of the name (an institution keeps its complements: "Maison de la société civile")."""
        if fold(doc[i].text) not in ("de", "d'", "du") or i + 2 >= len(doc):
            return False
        k = i + 1
        if fold(doc[k].text) in _ARTICLES and doc[k].is_lower:
            k += 1
        return (
            doc[k].is_lower
            and fold(doc[k].text) in self.lexicon.descriptors
            and not self.lexicon.is_org_prefix(doc[start].text)
            and fold(doc[start].text) not in self.lexicon.descriptors
        )

    def _split_maker(self, span: Span) -> list[Span]:
        """'la molécule VP-118 de Valdrome', 'la citadine Pixa de Véronèse Automobiles': a
        product's descriptor, its model (a code, or words French does not know) and "de" + its
        maker's name, which the model reads as one name ("l'Institut Lindqvist de Stockholm",
        "Victoire de Vérondel", "le parfum Éclat de Nuit" are one)."""
        doc = span.doc
        if not self._product_descriptor_before(doc, span.start):
            return [span]
        for i in range(span.start + 1, span.end - 1):
            if fold(doc[i].text) not in ("de", "d'") or not doc[i + 1].text[:1].isupper():
                continue
            model = doc[span.start : i]
            coded = any(ch.isdigit() for ch in model.text)
            if (
                (coded or all(_unknown_capitalised(t, glued_ok=True) for t in model))
                and fold(model[0].text) not in self.lexicon.first_names
                and not self.lexicon.is_org_prefix(model[0].text)
            ):
                return [
                    Span(doc, span.start, i, label="MISC"),
                    Span(doc, i + 1, span.end, label="ORG"),
                ]
            break
        return [span]

    def _product_descriptor_before(self, doc: Doc, i: int) -> bool:
        """'la citadine', 'la molécule', 'la plateforme' (up to two adjectives between: 'le
        biosimilaire expérimental') right before token i."""
        j = i - 1
        while j >= 0 and j >= i - 3 and doc[j].is_alpha and doc[j].is_lower:
            word = fold(doc[j].text)
            if (
                self.lexicon.descriptors.get(word) == "Product"
                or word in self.lexicon.owned_product_nouns
            ):
                return True
            j -= 1
        return False

    def _masthead(self, span: Span) -> bool:
        """'L'Écho de l'énergie', 'La Gazette des Causses': a newspaper's title."""
        words = [fold(t.text) for t in span if fold(t.text) not in _DETERMINERS]
        return bool(words) and words[0] in self.lexicon.masthead_nouns

    def _adviser_before_client(self, doc: Doc, start: int, end: int) -> bool:
        """'Conseil de Talmor pour ce rachat, la banque Valmont ...': an adviser's noun opening
        a sentence without an article, then "de" and a name French has no word for (not
        "Conseil de Paris", "Conseil d'État")."""
        first = doc[start]
        return (
            first.is_sent_start
            and fold(first.text) in self.lexicon.adviser_nouns
            and start + 2 < end
            and fold(doc[start + 1].text) in ("de", "d'", "du")
            and _unknown_capitalised(doc[start + 2], glued_ok=True)
        )

    @staticmethod
    def _split_at_dashes(span: Span) -> list[Span]:
        """'Paris - TF1': a dash with spaces around it is never inside a name."""
        doc = span.doc
        for i in range(span.start + 1, span.end - 1):
            if doc[i].text in ("-", "–", "—") and doc[i - 1].whitespace_ and doc[i].whitespace_:
                return [
                    Span(doc, span.start, i, label=span.label),
                    *EntitySpans._split_at_dashes(Span(doc, i + 1, span.end, label=span.label)),
                ]
        return [span]

    @staticmethod
    def _split_model(span: Span, body: str) -> list[Span]:
        """'Airbus A320 Néo', 'Comac C919': a maker the text also names alone, then a model
        code of letters and figures ('Faucon X2', 'Ariane 6' and 'Boeing 737' are one name)."""
        doc = span.doc
        for i in range(span.start + 1, min(span.start + 3, span.end)):
            code = doc[i].text
            maker = doc[span.start : i].text
            if (
                any(ch.isdigit() for ch in code)
                and any(ch.isalpha() for ch in code)
                and all(t.text[:1].isupper() and t.is_alpha for t in doc[span.start : i])
                and doc[i - 1].whitespace_
                # alone: not "Fret H2" twice, nor "Libellule Air" beside "Libellule L4"
                and re.search(rf"(?<!\w){re.escape(maker)}(?![\w-])(?!\s+[A-Z\d])", body)
            ):
                return [Span(doc, span.start, i, label="ORG"), Span(doc, i, span.end, label="MISC")]
        return [span]

    def _split_site_town(self, span: Span) -> list[Span]:
        """'l'entrepôt Kestrel de Vierzon', 'l'usine Talmor de Villeurbanne': a company's site
        named with the company and its town, which the model reads as one name."""
        doc = span.doc
        if span.start == 0 or fold(doc[span.start - 1].text) not in self.lexicon.site_nouns:
            return self._split_establishment_town(span)
        for i in range(span.start + 1, span.end - 1):
            if fold(doc[i].text) in ("de", "d'") and doc[i + 1].text[:1].isupper():
                company = Span(doc, span.start, i, label="ORG")
                return [company, Span(doc, i + 1, span.end, label="LOC")]
        return [span]

    def _split_establishment_town(self, span: Span) -> list[Span]:
        """'la polyclinique Valmeyre de Grenoble', 'les ateliers ferroviaires Ferrotech de
        Nevers': an establishment's noun (up to two lower-case words after it), its name and
        "de" + its town, which the model reads as one name. Only a name that opens with an
        unknown word ("Valmeyre", "Hydrolab Comté") or a saint's ("Saint-Roch"), so that "la
        fromagerie Terres de Savoie" keeps its whole name."""
        doc = span.doc
        k = span.start - 1
        while k > 0 and span.start - k <= 2 and doc[k].is_alpha and doc[k].is_lower:
            if fold(doc[k].text) in self.lexicon.establishment_nouns:
                break
            k -= 1
        if k < 0 or fold(doc[k].text) not in self.lexicon.establishment_nouns:
            return [span]
        of = [i for i in range(span.start + 1, span.end - 1) if fold(doc[i].text) in ("de", "d'")]
        name = doc[span.start : of[0]] if len(of) == 1 else span
        if len(of) != 1 or not (  # "la clinique Saint-Roch de Montauban": a saint's name too
            _unknown_capitalised(name[0]) or fold(name.text).startswith(("saint-", "sainte-"))
        ):
            return [span]
        town = doc[of[0] + 1 : span.end]
        if not all(t.text[:1].isupper() or t.text == "-" for t in town):
            return [span]
        name = Span(doc, span.start, of[0], label="ORG")
        return [name, Span(doc, town.start, town.end, label="LOC")]

    def _split_country(self, span: Span) -> list[Span]:
        """'la compagnie des Emirats Arabes Unis Etihad Airways': a country of several words
        glued before a name. (One word may start a company's name: 'France Télévisions'.)"""
        doc = span.doc
        for i in range(span.end - 1, span.start + 1, -1):
            if fold(doc[span.start : i].text) in self.lexicon.countries and doc[i].is_title:
                country = Span(doc, span.start, i, label="LOC")
                return [country, Span(doc, i, span.end, label=span.label)]
        return [span]

    def _split_person(self, span: Span) -> list[Span]:
        """'Reuters Paul Ferrand', 'RueDuCommerce Gauthier Picquart': a name glued before a
        first name and a surname is another entity (a source, an employer)."""
        doc = span.doc
        for i in range(span.start + 1, span.end - 1):
            word = fold(doc[i].text)
            if (
                (word in self.lexicon.first_names or word.split("-")[0] in self.lexicon.first_names)
                and doc[i + 1].text[:1].isupper()
                and fold(doc[i - 1].text) not in _PARTICLES
                and fold(doc[span.start].text) not in self.lexicon.first_names
            ):
                return [
                    Span(doc, span.start, i, label="ORG"),
                    Span(doc, i, span.end, label="PER"),
                ]
        return [span]

    def _split_pairs(self, span: Span, body: str) -> list[Span]:
        """'Danone-Lactalis' names two companies when each also appears alone, unless the text
        names the pair as one somewhere ("le groupe Air France-KLM")."""
        doc = span.doc
        for i in range(span.start + 1, span.end - 1):
            if doc[i].text in ("-", "–") and not doc[i - 1].whitespace_:
                left, right = doc[span.start : i], doc[i + 1 : span.end]
                pairs = body.count(span.text)  # "Gilles Martin-Duval" twice: never alone
                alone = (body.count(left.text) > pairs and body.count(right.text) > pairs) or (
                    span.label_ == "LOC"  # "Lille-Bergen": places, one named alone
                    and (_stands_alone(left.text, body) or _stands_alone(right.text, body))
                )
                if (
                    left.text[:1].isupper()
                    and right.text[:1].isupper()
                    and alone
                    and not self._named_as_one(span.text, body)
                ):
                    return [
                        Span(doc, left.start, left.end, label=span.label),
                        Span(doc, right.start, right.end, label=span.label),
                    ]
        return [span]

    def _places_of(self, span: Span) -> list[Span]:
        """Names that are places by their construction (empty list otherwise): a route
        after a journey noun ('un vol Nantes-Tromsø' -> Nantes, Tromsø), and the town of
        a site ('la Technopole de Vierzon' -> Vierzon)."""
        doc = span.doc
        i = span.start - 1
        while (
            i > 0
            and span.start - i <= 2
            and doc[i].is_alpha
            and doc[i].text.islower()
            and not doc[i].is_stop
            and fold(doc[i].text).rstrip("s") not in self.lexicon.route_nouns
        ):
            i -= 1  # "des vols directs"
        noun = fold(doc[i].text) if i >= 0 else ""
        dashes = [k for k in range(span.start + 1, span.end - 1) if doc[k].text in ("-", "–")]
        if dashes and (noun in self.lexicon.route_nouns or noun[:-1] in self.lexicon.route_nouns):
            bounds = [span.start - 1, *dashes, span.end]
            return [Span(doc, a + 1, b, label="LOC") for a, b in pairwise(bounds) if b > a + 1]
        if fold(span[0].text) in self.lexicon.site_words and len(span) > 2:
            of = [k for k in range(span.start + 1, span.end - 1) if fold(doc[k].text) in _OF_WORDS]
            if of and doc[of[-1] + 1].text[:1].isupper():
                return [Span(doc, of[-1] + 1, span.end, label="LOC")]
        return []

    def _named_as_one(self, name: str, body: str) -> bool:
        """A descriptor right before one of the name's occurrences: "le groupe X-Y"."""
        at = body.find(name)
        while at >= 0:
            words = body[max(0, at - 40) : at].split()
            if words and fold(words[-1]) in self.lexicon.descriptors:
                return True
            at = body.find(name, at + 1)
        return False

    def _is_entity(self, span: Span) -> bool:
        if span.label_ in _PATTERN_LABELS:  # "le ministère américain de la défense"
            return True
        text = span.text
        if fold(text) in self.lexicon.non_entities or fold(text) in self.lexicon.place_adverbs:
            return False
        if (
            len(span) > 2
            and fold(span[0].text) in self.lexicon.non_entities
            and fold(span[1].text) in ("de", "du", "des", "d'")
            and all(t.text.islower() for t in span[1:])
        ):
            return False  # "l'introduction en Bourse du groupe": a concept and its complement
        folded = fold(text)
        if folded.startswith("ex-") and folded[3:] in self.lexicon.person_titles:
            return False  # "Ex-patron de la filiale X, M. Y": a past title, no name
        if any(folded == e or folded.startswith(e + " ") for e in self.lexicon.event_names):
            return False  # "la Coupe du monde de rugby": an event
        if folded in self.lexicon.site_words:
            return False  # "la ZAC" alone: a site of no name
        if len(span) == 1 and _VERB_FORM.search(text):
            return False  # "Ouvrons", "Est-il": a verb at the start of a sentence
        if not any(ch.isalpha() for ch in text):
            return False
        if not any(token.text[:1].isupper() or token.text[:1].isdigit() for token in span):
            return False  # no capital: a common noun phrase, not a name
        if len(span) == 1 and span[0].is_stop:
            return False
        if len(span) == 1 and span[0].is_sent_start and _opens_with_participle(span[0]):
            return False  # "Installée à Nantes, la start-up ...", "Fondée en 2019 par ..."
        if len(span) == 1 and (
            _unnamed_rubric(span[0])
            or (
                _lead_in_word(span[0])
                and span[0].vocab.has_vector(text.lower())
                and (span.label_ == "MISC" or _plural_of_a_word(span[0]))
            )
        ):
            return False  # "Bémol : les marges reculent", "Transports : X perd le contrat"
        # "C" in "segments C et supérieurs" is no name; connectors that open a sentence
        # ("Entre-temps", "Néanmoins") are in non_entities
        return len(text.replace(".", "")) >= 2

    def _extend(self, span: Span, occupied: set[int], occupied_labels: dict[int, str]) -> Span:
        doc, start, end = span.doc, span.start, span.end
        institution = self._institution_of_place(span, occupied)
        if institution is not None:
            return institution
        # a hyphenated first name split by the model: "Paul" "-" "Henri Mazeau"
        if span.label_ in ("PER", "Person"):
            while (
                start >= 2
                and doc[start - 1].text == "-"
                and not doc[start - 1].whitespace_
                and not doc[start - 2].whitespace_
                and doc[start - 2].text[:1].isupper()
                and doc[start - 2].is_alpha
            ):
                start -= 2
        # person with particle: "Marc Ladreit" + "de Lacharrière", "Antoine" + "de Saint-Affrique"
        if span.label_ in ("PER", "Person"):
            while (
                end + 1 < len(doc)
                and fold(doc[end].text) in _PARTICLES
                and doc[end + 1].text[:1].isupper()
                and (
                    end + 1 not in occupied
                    or occupied_labels.get(end + 1) in ("LOC", "MISC")
                    or (occupied_labels.get(end + 1) == "PER" and self._first_name_only(span))
                )
                and not doc[end + 1].is_sent_start
            ):
                end += 2
                while end < len(doc) and doc[end].text == "-" and end + 1 < len(doc):
                    end += 2
        # a newspaper's title the model cut before its complement: "La Gazette" + "des Causses",
        # "L'Écho" + "des Cimes", "Le Courrier" + "de l'Ouest"
        if span.label_ not in ("PER", "Person") and fold(doc[end - 1].text) in (
            self.lexicon.masthead_nouns
        ):
            after = end + 1 if end < len(doc) and fold(doc[end].text) in _OF_WORDS else end
            if after < len(doc) and fold(doc[after].text) in ("la", "l'"):
                after += 1  # "de l'Ouest"
            if (
                after > end
                and after < len(doc)
                and doc[after].text[:1].isupper()
                and doc[after].is_alpha
                and not any(i in occupied for i in range(end, after + 1))
            ):
                end = after + 1
        # a capitalised word French does not know, glued before the name, is part of it:
        # "Primavel" + "Retail" (the model often cuts the first word of a sentence)
        while (
            start > 0
            and start - 1 not in occupied
            and _unknown_capitalised(doc[start - 1])
            and span.label_ not in ("PER", "Person")
        ):
            start -= 1
        # a capitalised adjective French puts before its noun, glued before the name, opens it:
        # "Petit" + "Grelot", "Grand" + "Frais" (the model reads it as a word of the sentence)
        if (
            start > 0
            and start - 1 not in occupied
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].text[1:].islower()
            and fold(doc[start - 1].text) in self.lexicon.prenominal_adjectives
        ):
            start -= 1
            opened_by_adjective = True  # no person's name opens so
        else:
            opened_by_adjective = False
        # a name opened by an organisation's noun and "de", which the model cuts after "de":
        # "Terres de" + "Vézelle", "Vignerons du" + "Lusac" (a lone word after it, even one the
        # model reads as a surname, is the name's end)
        if (
            start >= 2
            and fold(doc[start - 1].text) in ("de", "du", "des", "d'")
            and doc[start - 2].text[:1].isupper()
            and fold(doc[start - 2].text) in self.lexicon.collective_name_nouns
            and start - 1 not in occupied
            and start - 3 not in occupied  # the model may have named the noun alone ("Terres")
            and (span.label_ not in ("PER", "Person") or len(span) == 1)
        ):
            start -= 2
        # a plural trade noun right before a name, after an article, opens it: "les Moulins" +
        # "Dervaux", "aux Brasseries" + "Kerlan" (the model reads "Moulins" as the town, and the
        # name after it as a person's); the whole is a company
        label = span.label
        if opened_by_adjective and span.label_ in ("PER", "Person"):
            label = doc.vocab.strings["ORG"]
        if (
            start >= 2
            and doc[start - 1].text[:1].isupper()
            and fold(doc[start - 1].text) in self.lexicon.collective_name_nouns
            and fold(doc[start - 2].text) in _PLURAL_ARTICLES
            and occupied_labels.get(start - 1) in (None, "LOC")
            and start - 2 not in occupied
            and not doc[start - 1].is_sent_start
        ) or (  # after a descriptor, the model may name the noun apart: "la chaîne hôtelière"
            # "Domaines" + "Ressac" is one company
            start >= 2
            and doc[start - 1].text[:1].isupper()
            and fold(doc[start - 1].text) in self.lexicon.collective_name_nouns
            and self._descriptor_before(doc, start - 1)
            and occupied_labels.get(start - 1) in (None, "LOC", "ORG", "MISC")
            and start - 2 not in occupied
            and not doc[start - 1].is_sent_start
            and span.label_ not in ("PER", "Person")
        ):
            start -= 1
            label = doc.vocab.strings["ORG"]
        elif (  # the same noun named alone, the name after it left out: "les Moulins" "Dervaux"
            end - start == 1
            and start >= 1
            and fold(doc[start].text) in self.lexicon.collective_name_nouns
            and fold(doc[start - 1].text) in _PLURAL_ARTICLES
            and end < len(doc)
            and end not in occupied
            and doc[end].text[:1].isupper()
            and doc[end].is_alpha
            and not doc[end].is_sent_start
        ):
            while (
                end < len(doc)
                and end not in occupied
                and doc[end].text[:1].isupper()
                and doc[end].is_alpha
            ):
                end += 1
            label = doc.vocab.strings["ORG"]
        # (the model often reads the bare name as a person's)
        medium = fold(doc[start].text.split("-")[0]) not in self.lexicon.first_names
        if (
            medium
            and start > 0
            and start - 1 not in occupied
            and fold(doc[start - 1].text) in self.lexicon.medium_words
            and doc[start - 1].text[:1].isupper()
        ):
            start -= 1
        if (
            medium
            and end < len(doc)
            and end not in occupied
            and fold(doc[end].text) in self.lexicon.medium_words
            and doc[end].text[:1].isupper()
            and not doc[end].is_sent_start
        ):
            end += 1
        # a model's number the model left out: "le" + "797" + "Stratos"
        if (
            start > 0
            and start - 1 not in occupied
            and doc[start - 1].text.isdigit()
            and _model_number(doc[start - 1])
        ):
            start -= 1
        # a model's number the model cut off after the name: "Gypaète" + "70", "son TriBot" +
        # "3" (no person's: "Jean" + "3")
        if (
            end not in occupied
            and self._model_number_after(doc, end)
            and fold(doc[start].text.split("-")[0]) not in self.lexicon.first_names
        ):
            end += 1
        # a "+" glued to a name is part of it: "Kalix" + "+", "Vexa1" + "+" + "1"
        if end + 1 <= len(doc) - 1 and doc[end].text == "+" and not doc[end - 1].whitespace_:
            end += 1
            if doc[end - 1].whitespace_ == "" and end < len(doc) and doc[end].text.isdigit():
                end += 1
        # a capitalised article is part of a name: "Les Echos", "La Poste", "Le Monde"
        if (
            start > 0
            and doc[start - 1].text in _CAPITAL_ARTICLES
            and not doc[start - 1].is_sent_start
            and start - 1 not in occupied
        ):
            start -= 1
        # a name in capitals continues over the capitalised words beside it: "DAMIEN MEYER"
        if all(t.text.isupper() for t in span):
            while (
                start > 0
                and doc[start - 1].text.isupper()
                and doc[start - 1].is_alpha
                and len(doc[start - 1]) > 1
                and start - 1 not in occupied
            ):
                start -= 1
            while (
                end < len(doc)
                and doc[end].text.isupper()
                and doc[end].is_alpha
                and len(doc[end]) > 1
                and end not in occupied
            ):
                end += 1
        # a work's subtitle: "Assassin's Creed" + ": The Ezio Collection"
        if (
            span.label_ in ("MISC", "ORG")
            and end + 1 < len(doc)
            and doc[end].text == ":"
            and end + 1 not in occupied
            and doc[end + 1].text[:1].isupper()
        ):
            k = end + 1
            while (
                k < len(doc)
                and k - end <= 5
                and k not in occupied
                and (
                    doc[k].text[:1].isupper()
                    or doc[k].text.lower() in ("of", "the", "and", "de", "des", "du")
                )
                and not doc[k].is_sent_start
            ):
                k += 1
            if k > end + 1 and doc[k - 1].text[:1].isupper():
                end = k
        # an institution named by a noun (and its adjectives) and its complements, which the
        # model cuts after the noun: "Agence" + "des participations de l'État", "Caisse" + "des
        # dépôts"
        if (
            self.lexicon.is_org_prefix(doc[start].text)
            and all(t.is_lower and t.is_alpha for t in doc[start + 1 : end])
        ) or self._named_institution_of_field(doc, start, end, occupied):
            # "Organisation européenne" + "des loueurs de drones", "Institut Dauphiné" + "du
            # diabète"
            end = self._institution_end(doc, end, occupied)
        # a company's branch in a country, which the model cuts at the place: "Google" +
        # "France", "Vodafone" + "Espagne" (a name of its own: see `territories`)
        if (
            span.label_ == "ORG"
            and end < len(doc)
            and doc[end].text[:1].isupper()
            and fold(doc[end].text) in self.lexicon.territories
            and occupied_labels.get(end, "LOC") == "LOC"
            and occupied_labels.get(end + 1) != "LOC"
        ):
            end += 1
        # a regional bank's, insurer's or institution's name ends on its region, which the model
        # names apart as a place: "Banque Alpine" + "du Rhône", "Caisse Régionale" + "du
        # Languedoc" (the noun and a capitalised word of the name's own before it)
        if (
            span.label_ == "ORG"
            and end - start >= 2
            and doc[start].text[:1].isupper()
            and self.lexicon.is_org_prefix(doc[start].text)
            and all(t.text[:1].isupper() for t in doc[start + 1 : end])
            and end + 1 < len(doc)
            and end not in occupied
            and fold(doc[end].text) in ("du", "de", "d'", "des")
        ):
            k = end + 1
            if fold(doc[k].text) in ("la", "l'") and doc[k].is_lower and k + 1 < len(doc):
                k += 1
            if (
                occupied_labels.get(k) == "LOC"
                and doc[k].text[:1].isupper()
                and (k - 1 not in occupied)
            ):
                while k < len(doc) and occupied_labels.get(k) == "LOC":
                    k += 1
                end = k
        if span.label_ not in ("PER", "Person"):
            end = self._complement_end(doc, start, end, occupied, occupied_labels)
        # legal or sector suffix left outside: "Meta Platforms" + "Inc."
        while (
            end < len(doc)
            and end not in occupied
            and fold(doc[end].text) in self.lexicon.org_suffixes
            and doc[end].text[:1].isupper()
        ):
            end += 1
        if (start, end) == (span.start, span.end):
            return span
        return Span(doc, start, end, label=label)

    def _complement_end(
        self, doc: Doc, start: int, end: int, occupied: set[int], labels: dict[int, str]
    ) -> int:
        """Where a name ends that goes on with a capitalised "de" complement the model left
        out: a region of the compass ("Sociétaire" + "de l'Ouest"), the complement of an
        organisation's noun named alone ("Foncière" + "des Quais"), a title after a news
        descriptor ("le quotidien Le Républicain" + "des Landes")."""
        k = end
        if k + 1 >= len(doc) or k in occupied or fold(doc[k].text) not in _OF_WORDS:
            return end
        k += 1
        if fold(doc[k].text) in ("la", "l'") and doc[k].is_lower and k + 1 < len(doc):
            k += 1
        first = doc[k]
        if (
            not first.text[:1].isupper()
            or not first.text.replace("-", "").isalpha()  # "des Hauts-Plateaux"
            or first.is_sent_start
            or labels.get(k, "LOC") != "LOC"
        ):
            return end
        last = k + 1
        while (
            last < len(doc)
            and doc[last].text[:1].isupper()
            and doc[last].is_alpha
            and labels.get(last, "LOC") == "LOC"
        ):
            last += 1
        words = fold(doc[k:last].text)
        if words in self.lexicon.compass_regions:
            return last
        if self._common_word_named(doc, start, end) and not any(
            i in occupied for i in range(k, last)
        ):  # "la Fruitière" + "des Hauts-Plateaux", "le Grand Hôtel" + "des Thermes"
            return last
        alone = end - start == 1 and (
            self.lexicon.is_org_prefix(doc[start].text)
            or self._trade_plural(doc, start)
        )
        if alone or (
            self.lexicon.descriptors.get(fold(doc[start - 1].text)) == "NewsMedia"
            if start > 0
            else False
        ):
            return last
        return end

    def _common_word_named(self, doc: Doc, start: int, end: int) -> bool:
        """'Fruitière', 'Comptoir', 'Grand Hôtel': a capitalised common word (after a
        prenominal adjective, maybe) named alone, inside a sentence, opens a name whose "de"
        complement the model left out, when no name of its own follows "de" ("Orange de
        Bretagne", "Fournil d'Antan" named apart: the text does not say they are one)."""
        if not 1 <= end - start <= 2 or doc[start].is_sent_start:
            return False
        if end - start == 2 and fold(doc[start].text) not in self.lexicon.prenominal_adjectives:
            return False
        word = doc[end - 1]
        return (
            word.text[:1].isupper()
            and word.text[1:].islower()
            and word.is_alpha
            and word.vocab.has_vector(word.text.lower())
            and fold(word.text) not in self.lexicon.first_names
        )

    def _trade_plural(self, doc: Doc, i: int) -> bool:
        """'la coopérative Volailles' + "d'Armor", 'le laminoir belge Laminoirs' + "de Sambre":
        the plural of a common word named alone after a lower-case word is a trade's noun opening a
        name whose "de" complement the model left out (a company's own name is seldom a plural
        common word: "Orange", "Carrefour" are singular)."""
        return (
            i > 0
            and not doc[i].is_sent_start
            and _plural_of_a_word(doc[i])
            and doc[i - 1].is_alpha
            and doc[i - 1].is_lower
        )

    def _descriptor_before(self, doc: Doc, i: int) -> bool:
        """A descriptor among the few lowercase words right before token i: 'la chaîne
        hôtelière' before 'Domaines'."""
        j = i - 1
        while j >= 0 and j >= i - 3 and doc[j].is_alpha and doc[j].is_lower:
            if fold(doc[j].text) in self.lexicon.descriptors:
                return True
            j -= 1
        return False

    def _institution_of_place(self, span: Span, occupied: set[int]) -> Span | None:
        """'l'université de Lille', 'l'université d'Aix-Marseille': the model names the town
        alone; with the institution's noun before it, the whole is an organisation."""
        doc, i = span.doc, span.start
        if (
            span.label_ not in ("LOC", "ORG")  # "d'Aix-Marseille" the model calls ORG
            or i < 2
            or fold(doc[i - 1].text) not in ("de", "d'", "du")
        ):
            return None
        for words in self.lexicon.place_institution_nouns:
            start = i - 1 - len(words.split())
            noun = doc[max(start, 0) : i - 1]
            if (
                start >= 0
                and fold(" ".join(t.text for t in noun)) == words
                and all(t.is_lower for t in noun)
                and not occupied & set(range(start, i))
            ):
                return Span(doc, start, span.end, label="ORG")
        return None

    def _named_institutions(self, spans: list[Span]) -> list[Span]:
        """"l'École supérieure d'informatique" + "Numeris": the model cuts a school's name
        between its lower-case description and its own name; a capitalised institution's
        noun whose span ends in a lower-case word, right before a name, opens that name."""
        by_start = {span.start: span for span in spans}
        merged: list[Span] = []
        absorbed: set[int] = set()
        for span in sorted(spans, key=lambda s: s.start):
            if span.start in absorbed:
                continue
            after = by_start.get(span.end)
            if (
                after is not None
                and after is not span
                and len(span) > 1
                and span.label_ in ("ORG", "MISC")
                and after.label_ in ("ORG", "MISC")
                and span[0].is_title
                and self.lexicon.descriptors.get(fold(span[0].text)) == "Organization"
                and span[-1].is_lower
                and after[0].is_title
            ):
                merged.append(Span(span.doc, span.start, after.end, label="ORG"))
                absorbed.add(after.start)
                continue
            merged.append(span)
        return merged

    def _eponym(self, span: Span) -> bool:
        """'la myopathie de Duchenne', 'la maladie d'Alzheimer': the name completes a disease's
        noun; it is no person, company or place the text speaks of."""
        doc, i = span.doc, span.start
        return (
            i >= 2
            and fold(doc[i - 1].text) in ("de", "d'")
            and fold(doc[i - 2].text) in self.lexicon.eponym_nouns
        )

    def _first_name_only(self, span: Span) -> bool:
        """'Paul-Henri' + 'de Saint-Exupéry': the model cuts a person's name at the particle
        into two persons; a first name alone before it is the start of the same name."""
        words = [t.text for t in span if t.text != "-"]
        return all(fold(w) in self.lexicon.first_names for w in words)

    def _institution_end(self, doc: Doc, end: int, occupied: set[int]) -> int:
        """The end of the 'de' complements that follow ('des participations' + "de l'État"):
        each a preposition, an optional article and one word (the parse is not there yet, so
        no more than one word, which keeps the verb after the name out), and an adjective known
        by its ending ('des programmes' + 'orbitaux')."""
        k = end
        if (  # "Autorité de supervision" + "financière": the complement's adjective
            k < len(doc)
            and k not in occupied
            and doc[k - 1].is_lower
            and self._institution_adjective(doc[k])
        ):
            return self._institution_end(doc, k + 1, occupied)
        while k + 1 < len(doc) and k - end < 7:
            to = k == end and doc[k].lower_ in _TO_WORDS  # "Commissariat" + "à l'énergie"
            if (fold(doc[k].text) not in _OF_WORDS and not to) or k in occupied:
                break
            j = k + 1
            if fold(doc[j].text) in _ARTICLES and j + 1 < len(doc):
                j += 1
            if j in occupied or not doc[j].is_alpha or (to and not doc[j].is_lower):
                break  # "l'Agence à Paris": a place, not the institution's complement
            if (  # "de la petite" + "enfance": the noun after a prenominal adjective
                fold(doc[j].text) in self.lexicon.prenominal_adjectives
                and j + 1 < len(doc)
                and j + 1 not in occupied
                and doc[j + 1].is_alpha
            ):
                j += 1
            k = j + 1
            if k < len(doc) and k not in occupied and self._institution_adjective(doc[k]):
                k += 1
            elif k + 1 < len(doc) and k not in occupied and self._closing_ique(doc[k]):
                k += 1  # "à l'énergie" + "atomique" before "et"
        return k

    def _named_institution_of_field(
        self, doc: Doc, start: int, end: int, occupied: set[int]
    ) -> bool:
        """'Institut Dauphiné' + "du diabète", 'Agence Continentale' + "de presse": an
        institution's noun and one capitalised word of its own, then "de" and a lower-case field
        (a capitalised word after "de" may be another name: "la Banque Valmont de Talmor")."""
        if end - start != 2 or not self.lexicon.is_org_prefix(doc[start].text):
            return False
        if not (doc[start + 1].text[:1].isupper() and doc[start + 1].is_alpha):
            return False
        k = end
        if k + 1 >= len(doc) or k in occupied or fold(doc[k].text) not in _OF_WORDS:
            return False
        field = doc[k + 1]
        if fold(field.text) in _ARTICLES and k + 2 < len(doc):
            field = doc[k + 2]
        return (  # a field's noun, never a determiner: "la Banque Ferval de son actionnaire"
            field.i not in occupied
            and field.is_lower
            and field.is_alpha
            and len(field) > 2
            and not field.is_stop
        )

    def _closing_ique(self, token: Token) -> bool:
        """'(le Commissariat à l'énergie) atomique et ...': a lower-case word in "-ique" right
        before "et", "ou", a closing bracket or an auxiliary (no verb comes right before
        another) ends the name as an adjective; elsewhere it may be the verb after the name
        ("l'Agence de la défense explique que ...")."""
        following = token.doc[token.i + 1]
        return (
            token.is_lower
            and token.is_alpha
            and fold(token.text).endswith(("ique", "iques"))
            and following.lower_ in ("et", "ou", ")", "a", "est", "va", "sera", "avait", "était")
        )

    def _institution_adjective(self, token: Token) -> bool:
        """'orbitaux', 'nationale', 'militaires': a lower-case word with an adjective's ending."""
        word = fold(token.text)
        return (
            token.is_lower
            and token.is_alpha
            and len(word) > 4
            and word.endswith(self.lexicon.institution_adjective_endings)
        )

    def _introduced_names(
        self, doc: Doc, occupied: set[int], headings: tuple[tuple[int, int], ...]
    ) -> list[Span]:
        """'la start-up lyonnaise Dreamjet', 'le fonds Eurazeo', 'la biotech Verkane': a
        capitalised word right after a descriptor noun (and its adjectives) is a name, even
        when the statistical model missed it."""
        found = []
        descriptors = self.lexicon.descriptors
        i = 0
        n = len(doc)
        while i < n:
            token = doc[i]
            plural = self._products_plural(token)
            descriptor = fold(token.text) in descriptors or self._origin_as_noun(token)
            if (not descriptor and not plural) or not _after_determiner(doc, i):
                i += 1
                continue
            j = i + 1
            while j < n and j <= i + 4:
                if _descriptive_word(doc[j]):
                    j += 1  # "lyonnaise", "américaine"
                elif j + 1 < n and _noun_modifier_at(doc[j], doc[j + 1]):
                    j += 2  # "le groupe de luxe Vestra", "le spécialiste des paiements Y"
                else:
                    break
            start = j
            while (
                j < n
                and j not in occupied
                and doc[j].text[:1].isupper()
                and (
                    doc[j].is_alpha
                    or doc[j].text in ("&",)
                    or any(ch.isdigit() for ch in doc[j].text)
                )
                and fold(doc[j].text) not in self.lexicon.non_entities
            ):
                j += 1
            if j > start and not any(k in occupied for k in range(start, j)):
                span = Span(doc, start, j, label="ORG")
                if not _in_heading(span, headings):
                    found.append(span)
                    occupied.update(range(start, j))
            if plural:
                while j < n and j in occupied:
                    j += 1  # a first name the model found already
                listed = self._listed_after(doc, j, occupied)
                found.extend(listed)
                j = max([j] + [span.end for span in listed])
            i = max(j, i + 1)
        for i in range(n):
            if i not in occupied and _coded_after_noun(doc, i):
                found.append(Span(doc, i, i + 1, label="MISC"))
                occupied.add(i)
        found.extend(self._apposed_openings(doc, occupied))
        found.extend(self._employers(doc, occupied))
        found.extend(self._bracketed_names(doc, occupied))
        return found

    def _origin_as_noun(self, token) -> bool:
        """'au nigérian Eko Bank', 'l'américain Hexacom': an origin adjective in lower case
        after an article stands for the company it describes ("le Français Paul X", a
        person, takes a capital)."""
        return token.is_lower and self.lexicon.is_nationality(token.text)

    def _products_plural(self, token) -> bool:
        """'les drones Falco et Strix', 'ses logiciels Axone et Quorix': a product's descriptor
        in the plural opens names, each of the list it heads."""
        return (
            self._plural_descriptor(token)
            and self.lexicon.descriptors.get(fold(token.text)[:-1]) == "Product"
        )

    @staticmethod
    def _listed_after(doc: Doc, j: int, occupied: set[int]) -> list[Span]:
        """The names listed right after a plural descriptor's first name ('Falco, Strix et
        Milan'): one capitalised word each, joined by a comma, "et" or "ou"."""
        found = []
        while (
            j + 1 < len(doc)
            and doc[j].text in (",", "et", "ou")
            and doc[j + 1].text[:1].isupper()
            and doc[j + 1].is_alpha
        ):
            end = j + 2
            if j + 1 in occupied:  # a name the model found already
                while end < len(doc) and end in occupied:
                    end += 1
                j = end
                continue
            while (
                end < len(doc) and end not in occupied and any(c.isdigit() for c in doc[end].text)
            ):
                end += 1  # "Ziva 3"
            found.append(Span(doc, j + 1, end, label="ORG"))
            occupied.update(range(j + 1, end))
            j = end
        return found

    def _plural_descriptor(self, token) -> bool:
        """'chaînes', 'applications': a descriptor noun in the plural."""
        word = fold(token.text)
        return (
            token.text.islower()
            and word.endswith(("s", "x"))
            and word[:-1] in self.lexicon.descriptors
        )

    def _introduced_by_descriptor(self, span: Span) -> bool:
        """'la jeune pousse bordelaise Fintech': a capitalised word after a descriptor
        and its adjectives is a name, even a word that is a descriptor itself."""
        doc, j = span.doc, span.start - 1
        if span[0].is_sent_start or not span.text[:1].isupper():
            return False
        while (
            j > 0
            and span.start - j <= 3
            and doc[j].text.islower()
            and doc[j].is_alpha
            and not doc[j].is_stop
            and fold(doc[j].text) not in self.lexicon.descriptors
        ):
            j -= 1  # "bordelaise"
        return (
            j >= 0 and fold(doc[j].text) in self.lexicon.descriptors and _after_determiner(doc, j)
        )

    def _bracketed_names(self, doc: Doc, occupied: set[int]) -> list[Span]:
        """'Le groupe Prisma (Capital, Geo, Voici)': the names listed in brackets after a name
        are names too, when at least one of them is known; 'deux chaînes (Vexa+1 et
        Norlink+1)': after a plural descriptor, all of them are."""
        found = []
        for token in doc:
            if token.text != "(" or token.i == 0:
                continue
            after_descriptor = self._plural_descriptor(doc[token.i - 1])
            if token.i - 1 not in occupied and not after_descriptor:
                continue
            close = next((t.i for t in doc[token.i + 1 : token.i + 30] if t.text == ")"), None)
            if close is None:
                continue
            items, item = [], []
            for inner in doc[token.i + 1 : close]:
                if inner.text == "," or (after_descriptor and fold(inner.text) in ("et", "ou")):
                    items.append(item)
                    item = []
                else:
                    item.append(inner)
            items.append(item)
            named = [it for it in items if it and all(t.text[:1].isupper() for t in it[:1])]
            if len(named) != len(items) or len(items) < 2:
                continue  # not a list of names
            if not after_descriptor and not any(t.i in occupied for it in items for t in it):
                continue
            for it in items:
                if not any(t.i in occupied for t in it):
                    found.append(Span(doc, it[0].i, it[-1].i + 1, label="MISC"))
                    occupied.update(range(it[0].i, it[-1].i + 1))
        return found

    def _employers(self, doc: Doc, occupied: set[int]) -> list[Span]:
        """ "L'ex-directeur général de Danone": a capitalised word after a person's title and
        "de" names the organisation."""
        found = []
        for token in doc:
            if fold(token.text) not in ("de", "d'") or token.i + 1 >= len(doc):
                continue
            before = {fold(t.text).removeprefix("ex-") for t in doc[max(0, token.i - 3) : token.i]}
            if not before & self.lexicon.person_titles:
                continue
            start = j = token.i + 1
            while (
                j < len(doc) and j not in occupied and doc[j].text[:1].isupper() and doc[j].is_alpha
            ):
                j += 1
            if j > start and fold(doc[start].text) not in self.lexicon.non_entities:
                found.append(Span(doc, start, j, label="ORG"))
                occupied.update(range(start, j))
        return found

    def _apposed_openings(self, doc: Doc, occupied: set[int]) -> list[Span]:
        """'Sogeti, filiale de Capgemini, recrute ...': a capitalised word opening a sentence
        and followed by an apposition with a descriptor ('filiale', 'une start-up') is a name."""
        found = []
        for sentence_start in (t.i for t in doc if t.is_sent_start):
            j = sentence_start
            while (
                j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and j not in occupied
            ):
                j += 1
            if j == sentence_start or j + 1 >= len(doc) or doc[j].text != ",":
                continue
            if j == sentence_start + 1 and _opens_with_participle(doc[sentence_start]):
                continue  # "Sollicitée, l'entreprise n'a pas souhaité commenter"
            k = j + 1
            if fold(doc[k].text) in _DETERMINERS:
                k += 1
            while (
                k < len(doc)
                and k <= j + 4
                and doc[k].text.islower()
                and doc[k].is_alpha
                and (fold(doc[k].text) not in self.lexicon.descriptors)
            ):
                k += 1  # "Dreamjet, l'ancien développeur de ..."
            if (
                k < len(doc)
                and fold(doc[k].text) in self.lexicon.descriptors
                and fold(doc[sentence_start].text) not in self.lexicon.non_entities
            ):
                found.append(Span(doc, sentence_start, j, label="ORG"))
                occupied.update(range(sentence_start, j))
        return found

    def _expanded_acronyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'la Direction générale de l'armement (DGA)': the words before an acronym in brackets
        whose initials spell it are one name, even when the model kept only a part of it."""
        found = []
        for i in range(1, len(doc) - 2):
            acronym = doc[i + 1].text
            if (
                doc[i].text != "("
                or doc[i + 2].text != ")"
                or not (2 <= len(acronym) <= 8 and acronym.isupper() and acronym.isalpha())
            ):
                continue
            letters, j = [], i - 1
            while j >= 0 and len(letters) < len(acronym) and i - j <= 12:
                word = doc[j].text
                if word.isalpha() and fold(word) not in _ACRONYM_SKIPS:
                    letters.insert(0, fold(word)[0])
                elif not (fold(word) in _ACRONYM_SKIPS or word in ("'", "-")):
                    break
                j -= 1
            if "".join(letters) == fold(acronym) and doc[j + 1].text[:1].isupper():
                found.append(Span(doc, j + 1, i, label="ORG"))
        if not found:
            return spans
        covered = {k for span in found for k in range(span.start, span.end)}
        rest = [s for s in spans if not any(k in covered for k in range(s.start, s.end))]
        return rest + found

    @staticmethod
    def _repeated_names(
        doc: Doc, spans: list[Span], headings: tuple[tuple[int, int], ...]
    ) -> list[Span]:
        """A name found once is the same name wherever else it is written ('le groupe Magne'
        after 'l'entreprise Magne'): one sense per document."""
        occupied = {i for span in spans for i in range(span.start, span.end)}
        known: dict[tuple[str, ...], str] = {}
        for span in spans:
            if len(span.text) >= 3 and span.text[:1].isupper():
                known.setdefault(tuple(t.text for t in span), span.label_)
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words_, label in sorted(known.items(), key=lambda kv: -len(kv[0])):
            by_first.setdefault(words_[0], []).append((words_, label))
        found: list[Span] = []
        texts = [t.text for t in doc]
        starts = {span.start: span.end for span in spans}
        for i, text in enumerate(texts):
            for words_, label in by_first.get(text, ()):
                n = len(words_)
                if tuple(texts[i : i + n]) != words_:
                    continue
                # "Cordée Partenaires dément": the model drops a sentence's capitalised first
                # word, keeping the rest ("Partenaires") of a name the text wrote whole before
                cut_first = (
                    n > 1
                    and i not in occupied
                    and _sentence_first(doc, i)
                    and starts.get(i + 1) == i + n
                )
                if not cut_first and any(j in occupied for j in range(i, i + n)):
                    continue
                after = doc[i + n] if i + n < len(doc) else None
                if (
                    after is not None
                    and after.text[:1].isupper()
                    and after.is_alpha
                    and not after.is_sent_start
                ):
                    continue  # part of a longer name
                span = Span(doc, i, i + n, label=label)
                if _in_heading(span, headings):
                    continue
                found.append(span)
                occupied.update(range(i, i + n))
                break
        return found

    def _unknown_names(self, doc: Doc, occupied: set[int]) -> list[Span]:
        """Capitalised words French does not know that the model missed ('Ombreval est
        co-détenue par ...'), with the capitalised words that follow them ('Brivane Énergies'):
        names; the typer gives their type, or says they name nothing."""
        found = []
        i = 0
        while i < len(doc):
            token = doc[i]
            if (
                i in occupied
                or not _unknown_capitalised(token, glued_ok=True)
                or fold(token.text) in self.lexicon.non_entities
                or fold(token.text) in self.lexicon.site_words  # the site of a town's name
                or _VERB_FORM.search(token.text)
                or _unnamed_rubric(token)
            ):
                i += 1
                continue
            end = i + 1
            while (
                end < len(doc)
                and end not in occupied
                and doc[end].text[:1].isupper()
                and doc[end].is_alpha
                and not doc[end].is_sent_start
                and doc[end - 1].whitespace_
            ):
                end += 1
            if (
                i >= 2
                and i - 1 not in occupied
                and _surname_particle(doc, i - 1, end, self.lexicon.surname_articles)
                and fold(doc[i - 2].text) in self.lexicon.person_titles
            ):
                found.append(Span(doc, i - 1, end, label="PER"))  # "M. Le Goff"
            else:
                found.append(Span(doc, i, end, label="ORG"))
            i = end
        return found

    def _acronyms(self, doc: Doc, occupied: set[int]) -> list[Span]:
        """All-capital words of 2-6 letters outside any entity: KKR, CNES, SNCF, AXA."""
        found = []
        for token in doc:
            text = token.text
            if (
                token.i not in occupied
                and 2 <= len(text) <= 6
                and text.isupper()
                and text.replace("&", "").isalnum()
                and sum(ch.isupper() for ch in text) >= 2  # "TF1", "KKR", not "A3"
                and fold(text) not in self.lexicon.non_entities
                and fold(text) not in self.lexicon.site_words  # "ZAC de Cholet"
                and not (
                    token.i + 1 < len(doc)
                    and doc[token.i + 1].text.isupper()
                    and doc[token.i + 1].is_alpha
                    and len(doc[token.i + 1]) > 1
                )
                and not (
                    token.i > 0
                    and doc[token.i - 1].text.isupper()
                    and doc[token.i - 1].is_alpha
                    and len(doc[token.i - 1]) > 1
                )
            ):
                found.append(Span(doc, token.i, token.i + 1, label="ORG"))
        return found

    def _quoted_titles(self, doc: Doc) -> list[Span]:
        """'la série documentaire « Les Disparus de l'Aubrac »', 'le podcast « Fin de mois »':
        a short capitalised title in guillemets right after a product's descriptor (and up to
        two adjectives) is one name, whatever names the model found inside it (a quote after a
        speaker is no title: no descriptor comes before it)."""
        found: list[Span] = []
        for opening in doc:
            if opening.text != "«":
                continue
            closing = next(
                (t for t in doc[opening.i + 1 : opening.i + 10] if t.text in _BREAKS), None
            )
            if closing is None or closing.text != "»" or closing.i - opening.i < 2:
                continue
            if not doc[opening.i + 1].text[:1].isupper():
                continue
            words: list[Token] = []  # "la série documentaire", "le talk-show économique"
            for word in reversed(doc[max(0, opening.i - 3) : opening.i]):
                if not ((word.is_lower and word.is_alpha) or "-" in word.text) or word.is_stop:
                    break  # no tags yet: lower-case words right before the guillemet
                words.append(word)
            if any(self.lexicon.descriptors.get(fold(w.text)) == "Product" for w in words):
                found.append(Span(doc, opening.i + 1, closing.i, label="MISC"))
        return found

    def __call__(self, doc: Doc) -> Doc:
        headings: tuple[tuple[int, int], ...] = ()  # headlines are read as sentences
        body = doc.text
        cues: dict[tuple[int, int], str] = {}
        kept: list[Span] = []
        for ent in doc.ents:
            span, cue = self._trim(ent)
            if span is None or not self._is_entity(span):
                continue
            if _in_heading(span, headings) and span.text not in body:
                continue
            places = self._places_of(span)
            for place in places:
                kept.append(place)
                cues[(place.start_char, place.end_char)] = "place"
            if places:
                continue
            parts = [
                person
                for piece in self._split_at_dashes(span)
                for pair in self._split_pairs(piece, body)
                for maker in self._split_maker(pair)
                for model in self._split_model(maker, body)
                for site in self._split_site_town(model)
                for country in self._split_country(site)
                for person in self._split_person(country)
            ]
            for part in parts:
                kept.append(part)
                if cue and (len(parts) == 1 or part.label_ == "PER"):
                    cues[(part.start_char, part.end_char)] = cue
        kept = self._expanded_acronyms(doc, kept)
        occupied = {i for span in kept for i in range(span.start, span.end)}
        labels = {i: span.label_ for span in kept for i in range(span.start, span.end)}
        extended = []
        for span in kept:
            others = occupied - set(range(span.start, span.end))
            new = self._extend(span, others, labels)
            if new is not span and (span.start_char, span.end_char) in cues:
                cues[(new.start_char, new.end_char)] = cues.pop((span.start_char, span.end_char))
            extended.append(new)
        occupied = {i for span in extended for i in range(span.start, span.end)}
        introduced = self._introduced_names(doc, occupied, headings)
        extended += introduced
        occupied |= {i for span in introduced for i in range(span.start, span.end)}
        extended += [
            span
            for span in self._acronyms(doc, occupied)
            if not _in_heading(span, headings) or span.text in body
        ]
        occupied = {i for span in extended for i in range(span.start, span.end)}
        extended += self._unknown_names(doc, occupied)
        extended += _domain_names(doc, occupied)
        occupied = {i for span in extended for i in range(span.start, span.end)}
        extended += _camel_case_names(doc, occupied)
        extended += self._repeated_names(doc, extended, headings)
        for title in self._quoted_titles(doc):  # longer than the pieces the model found in it
            extended.append(title)
            cues[(title.start_char, title.end_char)] = "work"
        extended = [  # "(Agence)", "Groupe": a descriptor alone names nothing, unless a
            # descriptor introduces it ("la jeune pousse bordelaise Fintech")
            span
            for span in extended
            if (
                len(span) > 1
                or fold(span.text) not in self.lexicon.descriptors
                or self._introduced_by_descriptor(span)
            )
            and not self._eponym(span)  # "la maladie de Parkinson": a disease, not a person
        ]
        for span in extended:
            if cues.get((span.start_char, span.end_char)) == "title":
                span.label_ = "PER"
        extended = self._named_institutions(extended)
        doc.ents = filter_spans(extended)
        doc._.kg_entity_cues = cues
        for span in doc.ents:
            if _after_abbreviated_title(span, self.lexicon.person_titles):
                span[0].is_sent_start = False  # "M. Le Goff": the parser would end a sentence
        return doc


@Language.factory(
    "kg_entity_spans_v1",
    assigns=["doc.ents", "doc._.kg_entity_cues"],
    default_config={"lexicon_path": ""},
)
def make_entity_spans(nlp: Language, name: str, lexicon_path: str) -> EntitySpans:
    return EntitySpans(load_entity_lexicon(lexicon_path))
