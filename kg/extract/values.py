"""Money and dates in French text -> Amount and When values, with their character spans.

"plus de 10 milliards de dollars" -> 10000000000 USD (lower bound); "1,2 milliard d'euros",
"600 M$", "17 Md€", "deux milliards d'euros" (number words through text2num), "le 14 octobre
2025" -> 2025-10-14, "en mars 2024" -> 2024-03, "fin 2022" -> 2022. The lexicon is
pipelines/values.yaml; month names come from babel's French locale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from babel.dates import get_month_names
from babel.numbers import NumberFormatError, parse_decimal
from text_to_num import text2num

from ..components.lexicon import fold
from ..components.schemas import ValuesFile, load_checked
from ..types import Amount, When

__all__ = ["ValueLexicon", "find_amounts", "find_dates", "load_value_lexicon"]

_NUMBER_WORDS = (
    "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
    "seize|vingt|trente|quarante|cinquante|soixante|cent|cents"
)
_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"


@dataclass(frozen=True)
class ValueLexicon:
    currencies: dict[str, str]
    scales: dict[str, int]
    lower_bound: tuple[str, ...]
    upper_bound: tuple[str, ...]
    approximate: tuple[str, ...]
    year_prefixes: tuple[str, ...]
    relative_dates: tuple[str, ...]
    amount_pattern: re.Pattern[str]
    date_pattern: re.Pattern[str]
    months: dict[str, int]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def load_value_lexicon(path: str) -> ValueLexicon:
    data = load_checked(Path(path), ValuesFile).model_dump()
    currencies = {fold(k): v for k, v in data["currencies"].items()}
    scales = {fold(k): int(v) for k, v in data["scales"].items()}
    number = rf"(?P<number>{_DIGITS}|(?:(?:{_NUMBER_WORDS})(?:[- ](?:et[- ])?)?)+)"
    scale = rf"(?P<scale>{_alternation(list(scales))})"
    currency = rf"(?P<currency>{_alternation(list(currencies))})"
    amount = re.compile(
        rf"(?<![\w,.]){number}(?:\s*{scale}(?![\w]))?(?:\s*(?:de\s+|d'\s*)?{currency}(?![\w]))?",
        re.IGNORECASE,
    )
    names = get_month_names("wide", locale="fr")
    months = {fold(name): number for number, name in names.items()}
    month = _alternation([*names.values(), *months])  # "février" as written, "fevrier" too
    date = re.compile(  # every form starts a word: the lookbehind rejects most places at once
        rf"(?<!\w)(?:(?:(?P<day>1er|\d{{1,2}})\s+)?(?P<month>{month})(?!\w)"
        rf"(?:\s+(?P<year>(?:18|19|20)\d{{2}}))?"
        rf"|(?P<prefix>{_alternation(list(data['year_prefixes']))})[\s-]+(?P<bare_year>(?:18|19|20)\d{{2}})\b"
        rf"|(?P<relative>{_alternation(list(data['relative_dates']))}))",
        re.IGNORECASE,
    )
    return ValueLexicon(
        currencies=currencies,
        scales=scales,
        lower_bound=tuple(fold(w) for w in data["lower_bound"]),
        upper_bound=tuple(fold(w) for w in data["upper_bound"]),
        approximate=tuple(fold(w) for w in data["approximate"]),
        year_prefixes=tuple(data["year_prefixes"]),
        relative_dates=tuple(data["relative_dates"]),
        amount_pattern=amount,
        date_pattern=date,
        months=months,
    )


def _number(text: str) -> Decimal | None:
    text = text.strip().rstrip("-").strip()
    if text[:1].isdigit():
        compact = re.sub(r"[ \u00a0\u202f]", "", text)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", compact):  # "41.200": a thousands separator
            compact = compact.replace(".", "")
        try:
            return Decimal(parse_decimal(compact.replace(".", ","), locale="fr"))
        except (NumberFormatError, InvalidOperation):
            return None
    try:
        return Decimal(text2num(text.lower(), "fr"))
    except ValueError:
        return None


def _preceding(text: str, start: int) -> str:
    return fold(text[max(0, start - 40) : start]).rstrip()


def find_amounts(text: str, lexicon: ValueLexicon) -> list[tuple[int, int, Amount]]:
    """Every sum of money in `text` with a scale word or a currency; a bare number is not one.

    An amount without a currency ("3,3 milliards") gets currency "" for the caller to fill in.
    """
    found = []
    for match in lexicon.amount_pattern.finditer(text):
        scale, currency = match.group("scale"), match.group("currency")
        if not currency and not scale:
            continue
        if scale and not currency and fold(scale) in ("m", "k", "g", "md", "mn"):
            continue  # "5 M" alone is too ambiguous (metres, users ...)
        value = _number(match.group("number"))
        if value is None or value == 0:
            continue
        if scale:
            value *= lexicon.scales[fold(scale)]
        before = _preceding(text, match.start())
        amount = Amount(
            value=Decimal(format(value.normalize(), "f")),
            currency=lexicon.currencies[fold(currency)] if currency else "",
            text=text[match.start() : match.end()].strip(),
            lower_bound=before.endswith(lexicon.lower_bound),
            upper_bound=before.endswith(lexicon.upper_bound),
            approximate=before.endswith(lexicon.approximate),
        )
        found.append((match.start(), match.end(), amount))
    return found


def find_dates(text: str, lexicon: ValueLexicon) -> list[tuple[int, int, When]]:
    """Dates and years: ISO values when the text fixes them, the words alone otherwise."""
    found = []
    for match in lexicon.date_pattern.finditer(text):
        raw = text[match.start() : match.end()]
        if match.group("month"):
            month = lexicon.months[fold(match.group("month"))]
            day, year = match.group("day"), match.group("year")
            if not (day or year):
                if fold(match.group("month")) == "mars" and not raw.islower():
                    continue
                found.append((match.start(), match.end(), When(raw)))
                continue
            if year and day:
                value = f"{year}-{month:02d}-{int(day.removesuffix('er')):02d}"
            elif year:
                value = f"{year}-{month:02d}"
            else:
                value = None
            found.append((match.start(), match.end(), When(raw, value)))
        elif match.group("bare_year"):
            found.append((match.start(), match.end(), When(raw, match.group("bare_year"))))
        else:
            found.append((match.start(), match.end(), When(raw)))
    return found
