"""Norwegian order in every list, dates as Norwegians write them, values shown as words."""

from __future__ import annotations

import random
from datetime import date, datetime

import pytest

from content import library, queries
from content.commands import CreateItem
from content.curricula.commands import CreateCurriculum
from content.items.kinds import CHOICE_LABELS, KINDS, STATUSES, choice_label
from content.modules.commands import CreateModule
from content.words import count_text, long_date, short_date, short_datetime, sort_key

NORWEGIAN_ORDER = [
    "Aurskog", "aure", "Zeta", "Ærø", "Østre Toten", "Ålesund", "Aasen", "«Omstilling» i KS"
]


def test_sort_key_puts_ae_oe_aa_after_z_and_ignores_case():
    shuffled = NORWEGIAN_ORDER[:]
    random.Random(4).shuffle(shuffled)
    ordered = sorted(shuffled, key=sort_key)
    # «aure» and «Aurskog» share «aur»; «Aasen» is read «Åsen» and comes after «Ålesund»;
    # the quote marks before «Omstilling» do not count
    assert ordered == [
        "aure", "Aurskog", "«Omstilling» i KS", "Zeta", "Ærø", "Østre Toten", "Ålesund", "Aasen"
    ]
    assert sort_key("ÆRØ") == sort_key("ærø")
    assert sort_key("Ærø") > sort_key("Zzz")
    assert sort_key("Éde") < sort_key("Fjell")  # other accents do not push a word to the end


@pytest.fixture
def places(store, store_hist):
    hist = store_hist
    for title in NORWEGIAN_ORDER:
        hist.run(CreateItem(values={"kind": "example", "title": title,
                                    "fields": {"municipality": title}}))
    for n, title in enumerate(NORWEGIAN_ORDER):
        hist.run(CreateModule(values={"title": title, "code": f"M{n}"}))
        hist.run(CreateCurriculum(values={"title": title}))
    return sorted(NORWEGIAN_ORDER, key=sort_key)


def test_every_list_of_the_library_is_in_norwegian_order(store, places):
    """On SQLite and PostgreSQL (whatever the server's collation, the key compares as C)."""
    expected = places
    with store.read_sessions() as s:
        browse = [r[2] for r in queries.fetch_rows(s, queries.LibraryQuery(), 0, 100)]
        backwards = [
            r[2] for r in queries.fetch_rows(s, queries.LibraryQuery(descending=True), 0, 100)
        ]
        found = [r[2] for r in queries.fetch_rows(s, queries.LibraryQuery(text="a"), 0, 100)]
        items = [r.title for r in library.list_items(s)]
        titles = [t for _i, _k, t in library.list_titles(s)]
        targets = [t for _i, _k, t in queries.find_targets(s, "", ["example"])]
        curricula = [r.title for r in library.list_curricula(s)]
    assert browse == expected
    assert backwards == expected[::-1]
    assert items == expected
    assert titles == expected
    assert targets == expected
    assert curricula == expected
    if found:  # ranked search, re-sorted by title as the list asks
        assert found == [t for t in expected if t in found]


def test_search_rows_sort_by_title_in_norwegian_order(store, places):
    with store.read_sessions() as s:
        q = queries.LibraryQuery(text="example OR a OR e OR o", sort_column=0)
        rows = [r[2] for r in queries.fetch_rows(s, q, 0, 100)]
    assert rows == sorted(rows, key=sort_key)


def test_tags_are_listed_in_norwegian_order(lib, hist):
    hist.run(CreateItem(values={"kind": "finding", "title": "t",
                                "tags": ["ål", "zink", "ærlighet", "Akvakultur"]}))
    with lib.read_sessions() as s:
        assert [v for v, _n in library.all_labels(s, "tag")] == [
            "Akvakultur", "zink", "ærlighet", "ål"]


def test_dates_as_norwegians_write_them():
    day = date(2027, 1, 4)
    assert long_date(day, "nb") == "4. januar 2027"
    assert long_date(day, "nn") == "4. januar 2027"
    assert long_date(day, "en") == "4 January 2027"
    assert short_date(day, "nb") == "04.01.2027"
    assert short_date(day, "nn") == "04.01.2027"
    assert short_date(day, "en") == "4 Jan 2027"
    assert short_datetime(datetime(2027, 1, 4, 9, 5), "nb") == "04.01.2027 09:05"
    assert long_date(None) == short_date(None) == ""


def test_counts_take_the_singular_for_one():
    assert count_text(1, "treff", "treff") == "1 treff"
    assert count_text(1, "hit", "hits") == "1 hit"
    assert count_text(2, "hit", "hits") == "2 hits"
    assert count_text(0, "hit", "hits") == "0 hits"


def test_every_choice_value_and_status_has_a_word_in_each_language():
    values = {c for k in KINDS.values() for f in k.fields for c in f.choices} | set(STATUSES)
    assert values <= CHOICE_LABELS.keys()
    assert choice_label("national", "nb") == "Nasjonalt"
    assert choice_label("tender", "nn") == "Utlysing"
    assert choice_label("in_review", "en") == "In review"
    for value in values:
        for lang in ("nb", "nn", "en"):
            assert choice_label(value, lang) != value, (value, lang)


def test_nynorsk_field_labels_for_every_field():
    for kind in KINDS.values():
        for spec in kind.fields:
            assert spec.label("nn"), (kind.name, spec.name)
    level = KINDS["barrier"].field("level")
    assert level is not None
    assert level.label("nn") == "Nivå"
    authors = KINDS["source"].field("authors")
    assert authors is not None
    assert authors.label("nn") == "Forfattarar"
    assert authors.label("nb") == "Forfattere"
