"""Norwegian full-text search on SQLite FTS5 and PostgreSQL, behind one function."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import text

from content.commands import CreateItem, DeleteItem, UpdateItem
from content.search import index as search_index
from content.search.query import search, type_ahead
from db.search_text import fold, folded_extra

if TYPE_CHECKING:
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


def test_edited_index_equals_a_rebuilt_one(
    store: Library, store_hist: UndoHistory, titles: dict[str, str], index_terms: Any
) -> None:
    """The contentless index takes rows out with the values they went in with."""
    if not store.is_sqlite:
        pytest.skip("the contentless FTS5 index is SQLite's")
    item = titles["Lite kapasitet"]
    store_hist.run(UpdateItem(entity_id=item, values={
        "title": "Ođđa bredbånd", "body": "Nytt innhold om fiber og ŋ-lyd.",
        "tags": ["bredbånd", "fiber"], "status": "approved"}))
    store_hist.run(DeleteItem(entity_id=titles["Sámi giellaguovddáš"]))
    store_hist.undo()
    store_hist.undo()
    store_hist.redo()
    store_hist.run(DeleteItem(entity_id=titles["Hva kjennetegner gode vertskapskommuner?"]))
    edited = index_terms(store)
    assert "bredband" in {r[0] for r in edited["item_fts_head"]}
    assert "kjennetegner" not in {r[0] for r in edited["item_fts"]}
    with store.sessions.begin() as s:
        assert search_index.rebuild(s) == 4
    assert index_terms(store) == edited
    assert _titles(store, "odda") == ["Ođđa bredbånd"]
    assert _titles(store, "kapasitet") == []


def test_folded_copies_cover_what_the_tokenizer_leaves(store: Library) -> None:
    """Every letter up to U+024F is found by its folded form (fold() of the query)."""
    letters = [chr(cp) for cp in range(0xA0, 0x250) if chr(cp).isalpha()]
    with store.sessions.begin() as s:
        s.execute(text("CREATE TEMP TABLE probe_src (id INTEGER PRIMARY KEY, x TEXT)"))
        raw_rows = [{"id": i, "x": f"q{ch}q"} for i, ch in enumerate(letters)]
        s.execute(text("INSERT INTO probe_src VALUES (:id, :x)"), raw_rows)
        if not store.is_sqlite:
            pytest.skip("the tokenizer is SQLite's")
        s.execute(text("CREATE VIRTUAL TABLE temp.probe USING fts5(x, folded, "
                       "tokenize = 'unicode61 remove_diacritics 2')"))
        s.execute(text("INSERT INTO probe (rowid, x, folded) VALUES (:id, :x, :f)"),
                  [{**r, "f": folded_extra(r["x"])} for r in raw_rows])
        missed = [
            ch for i, ch in enumerate(letters)
            if i not in {r[0] for r in s.execute(
                text("SELECT rowid FROM probe WHERE probe MATCH :q"),
                {"q": '"' + fold(f"q{ch}q").replace('"', "") + '"'})}
        ]
    assert missed == []
    # and only the letters the tokenizer leaves alone get a copy
    assert folded_extra("Ođđasat Sámis æøå") == "oddasat"
    assert folded_extra("Kárášjohka") == ""


def test_snippets_show_text_not_markdown():
    from content.search.query import highlight_pattern, make_snippet

    body = (
        "## Kapasitet\n\nMange **små kommuner** har _én_ ansatt til "
        "[næringsarbeid](https://ks.no/naering) og `liten` tid."
    )
    snippet = make_snippet("", body, highlight_pattern(["næringsarbeid"]))
    assert "[næringsarbeid]" in snippet  # the hit is still marked
    for markup in ("**", "](", "https://", "`", "_én_", "##"):
        assert markup not in snippet, markup
    assert "små kommuner har én ansatt" in snippet
