"""How Norwegians sort and write: one sort key for every list, and dates as they are written.

Every list a user sees is ordered by ``sort_key`` (in Python) or ``sql_sort_key`` (in the
database, for the paged library list); both put Æ, Ø and Å after Z, read «aa» as «å» (as in
Aasen, Aal), and ignore case. Dates are written «4. januar 2027» in running text and
«04.01.2027» in lists (bokmål and nynorsk), «4 January 2027» and «4 Jan 2027» in English.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date, datetime

# Æ, Ø and Å become the three characters after «z» in ASCII, in the Norwegian order.
_LAST = {"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|"}
_AA = "}"
# Quote marks and brackets before the first word do not count: «Omstilling» sorts under O.
_LEADING = "«»\"'“”‘’„‚‹›(["

MONTHS: dict[str, tuple[str, ...]] = {
    "nb": (
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def sort_key(text: str | None) -> str:
    """Return the key that orders a text as a Norwegian reader expects.

    Case is ignored, Æ Ø Å come after Z in that order, «aa» counts as «å», other accents
    are ignored («é» sorts as «e»), and so are quote marks before the first word, so
    «Ålesund» comes after «Zeta» and «Østre Toten», and «Aurskog» and «Omstilling» before
    all three.
    """
    low = unicodedata.normalize("NFC", (text or "").casefold()).lstrip(_LEADING)
    low = low.replace("aa", "å")
    out = []
    for char in low:
        last = _LAST.get(char)
        if last is not None:
            out.append(last)
            continue
        base = unicodedata.normalize("NFD", char)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def sql_sort_key(column: str, dialect: str = "sqlite") -> str:
    """Return an SQL expression that orders ``column`` like ``sort_key`` (Norwegian letters).

    SQLite's ``lower`` folds ASCII only, so the Norwegian capitals are mapped explicitly.
    On PostgreSQL the result is compared with the C collation, where «{|}» follow «z».
    """
    expr = f"lower({column})"
    for letters, key in (("Ææ", "{"), ("Øø", "|"), ("Åå", "}")):
        for letter in letters:
            expr = f"replace({expr}, '{letter}', '{key}')"
    expr = f"replace({expr}, 'aa', '{_AA}')"
    leading = _LEADING.replace("'", "''")
    expr = f"ltrim({expr}, '{leading}')"
    if dialect == "postgresql":
        expr = f'({expr}) COLLATE "C"'
    return expr


def long_date(value: date | datetime | None, lang: str = "nb") -> str:
    """Return a date as written in running text: «4. januar 2027», «4 January 2027»."""
    if value is None:
        return ""
    if lang == "en":
        return f"{value.day} {MONTHS['en'][value.month - 1]} {value.year}"
    return f"{value.day}. {MONTHS['nb'][value.month - 1]} {value.year}"


def short_date(value: date | datetime | None, lang: str = "nb") -> str:
    """Return a date as written in a list: «04.01.2027», or «4 Jan 2027» in English."""
    if value is None:
        return ""
    if lang == "en":
        return f"{value.day} {MONTHS['en'][value.month - 1][:3]} {value.year}"
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


def short_datetime(value: datetime | None, lang: str = "nb") -> str:
    """Return a date and time for a list: «04.01.2027 13:05», «4 Jan 2027 13:05»."""
    if value is None:
        return ""
    return f"{short_date(value, lang)} {value.hour:02d}:{value.minute:02d}"


def count_text(n: int, one: str, many: str) -> str:
    """Return «1 treff», «2 hits»: the count with the singular or the plural word."""
    return f"{n} {one if n == 1 else many}"
