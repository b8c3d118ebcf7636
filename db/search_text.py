"""Text folding for the search index (shared by the index, its migrations and queries).

SQLite's ``unicode61 remove_diacritics 2`` tokenizer already lower-cases and strips
diacritics from most letters (``Sámi`` is indexed as ``sami``). A few letters it leaves
alone, among them the Northern Sami ``đ``, ``ŋ`` and ``ŧ``. Words holding such letters get
a folded copy in a column of their own, so ``oddasat`` finds ``ođđasat``; every other word
is indexed once, which keeps the index small.
"""

from __future__ import annotations

import re
import unicodedata


def _slow_fold(value: str) -> str:
    value = unicodedata.normalize("NFKD", value.lower())
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    # Letters that do not decompose but should still match their plain form.
    return value.translate(_EXTRA_FOLD)


_EXTRA_FOLD = str.maketrans({"đ": "d", "ŧ": "t", "ŋ": "n"})
# Latin-1 and Latin Extended-A/B (Norwegian and Sami letters) fold by table lookup.
_FAST_TABLE = {
    cp: folded for cp in range(0x80, 0x250) if (folded := _slow_fold(chr(cp))) != chr(cp)
}
_BEYOND_TABLE = re.compile("[^\x00-\u024f]")


def fold(value: str) -> str:
    """Lower-case and strip diacritics (á→a, č→c, ŧ→t, å→a; æ and ø kept as letters)."""
    low = value.lower()
    if low.isascii():
        return low
    if _BEYOND_TABLE.search(low):
        return _slow_fold(low)
    return low.translate(_FAST_TABLE)


# Letters up to U+024F that unicode61 tokenizes differently from fold() (found by
# tokenizing every letter; tests/content/search/test_search.py checks the list against SQLite).
# Anything beyond U+024F is copied too: rare here, and harmless when not needed.
UNFOLDED_BY_SQLITE = "ªºĐđĲĳĿŀŉŊŋŦŧǄǅǆǇǈǉǊǋǌǠǡǢǣǮǯǱǲǳǼǽǾǿ"
_NEEDS_COPY = re.compile(rf"[{UNFOLDED_BY_SQLITE}\u0250-\U0010ffff]")


def folded_extra(value: str) -> str:
    """Return folded copies of the words the tokenizer does not fold itself ('' if none)."""
    if value.isascii() or not _NEEDS_COPY.search(value):
        return ""
    return fold(" ".join(w for w in value.split() if _NEEDS_COPY.search(w)))
