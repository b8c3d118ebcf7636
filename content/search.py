"""Full-text search over items, ranked, with filters (FTS5 on SQLite, tsvector on PostgreSQL).

Norwegian needs prefix matching (``næring`` finds ``næringsutvikling``, ``kommune`` finds
``kommunene``) and diacritic folding (``sami`` finds ``sámi``): every query word is a
prefix term, and both sides are folded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from content.search_index import fold

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


@dataclass(frozen=True)
class SearchHit:
    """One search result."""

    id: str
    kind: str
    title: str
    status: str
    snippet: str = ""
    rank: float = 0.0


def terms(query: str) -> list[str]:
    """Split a query into folded words (at most MAX_TERMS)."""
    return [w for w in (fold(m) for m in _WORD.findall(query)) if w][:MAX_TERMS]


def _fts5_match(words: Sequence[str], column: str | None = None) -> str:
    body = " AND ".join(f'"{w}"*' for w in words)
    return f"{{{column}}} : ({body})" if column else body


def _filters(
    kinds: Sequence[str] | None,
    statuses: Sequence[str] | None,
    tags: Sequence[str] | None,
    audiences: Sequence[str] | None,
    params: dict[str, object],
) -> str:
    sql = ""
    if kinds:
        names = ", ".join(f":k{i}" for i in range(len(kinds)))
        params.update({f"k{i}": k for i, k in enumerate(kinds)})
        sql += f" AND c.kind IN ({names})"
    if statuses:
        names = ", ".join(f":s{i}" for i in range(len(statuses)))
        params.update({f"s{i}": s for i, s in enumerate(statuses)})
        sql += f" AND c.status IN ({names})"
    for facet, values in (("tag", tags), ("audience", audiences)):
        for i, value in enumerate(values or []):
            key = f"{facet}{i}"
            params[key] = value
            sql += (
                f" AND EXISTS (SELECT 1 FROM item_label l WHERE l.item_id = c.id "
                f"AND l.facet = '{facet}' AND l.value = :{key})"
            )
    return sql


def search(
    session: Session,
    query: str,
    *,
    kinds: Sequence[str] | None = None,
    statuses: Sequence[str] | None = None,
    tags: Sequence[str] | None = None,
    audiences: Sequence[str] | None = None,
    limit: int = 50,
    snippets: bool = True,
) -> list[SearchHit]:
    """Return items matching every word of the query, best first."""
    words = terms(query)
    if not words:
        return []
    params: dict[str, object] = {"limit": limit}
    where = _filters(kinds, statuses, tags, audiences, params)
    if session.get_bind().dialect.name == "sqlite":
        return _search_sqlite(session, words, where, params, snippets)
    return _search_postgres(session, words, where, params, snippets)


def _search_sqlite(
    session: Session, words: list[str], where: str, params: dict[str, object], snippets: bool
) -> list[SearchHit]:
    params["q"] = _fts5_match(words)
    snip = (
        "CASE WHEN length(item_fts.body) > 0 THEN snippet(item_fts, 3, '[', ']', '…', 12) "
        "ELSE snippet(item_fts, 2, '[', ']', '…', 12) END"
        if snippets
        else "''"
    )
    sql = (
        f"SELECT c.id, c.kind, c.title, c.status, {snip} AS snip, "
        "bm25(item_fts, 0.0, 10.0, 4.0, 1.0, 3.0, 2.0) AS r "
        "FROM item_fts JOIN content_item c ON c.id = item_fts.item_id "
        f"WHERE item_fts MATCH :q AND c.deleted_at IS NULL{where} "
        "ORDER BY r LIMIT :limit"
    )
    return [SearchHit(*row) for row in session.execute(text(sql), params)]


def _pg_query(words: list[str]) -> str:
    clean = [re.sub(r"[^\w]", "", w) for w in words]
    return " & ".join(f"{w}:*" for w in clean if w)


def _search_postgres(
    session: Session, words: list[str], where: str, params: dict[str, object], snippets: bool
) -> list[SearchHit]:
    params["q"] = _pg_query(words)
    snip = (
        "ts_headline('simple', coalesce(f.summary, '') || ' ' || left(f.body, 2000), "
        "to_tsquery('simple', :q), 'StartSel=[, StopSel=], MaxWords=14, MinWords=6')"
        if snippets
        else "''"
    )
    sql = (
        f"SELECT c.id, c.kind, c.title, c.status, {snip} AS snip, "
        "-ts_rank(f.tsv, to_tsquery('simple', :q)) AS r "
        "FROM item_fts f JOIN content_item c ON c.id = f.item_id "
        f"WHERE f.tsv @@ to_tsquery('simple', :q) AND c.deleted_at IS NULL{where} "
        "ORDER BY r LIMIT :limit"
    )
    return [SearchHit(*row) for row in session.execute(text(sql), params)]


def type_ahead(session: Session, prefix: str, *, limit: int = 10) -> list[SearchHit]:
    """Return items whose title has words starting with the typed text (unranked, fast)."""
    words = terms(prefix)
    if not words:
        return []
    if session.get_bind().dialect.name == "sqlite":
        sql = (
            "SELECT c.id, c.kind, c.title, c.status FROM item_fts "
            "JOIN content_item c ON c.id = item_fts.item_id "
            "WHERE item_fts MATCH :q AND c.deleted_at IS NULL LIMIT :limit"
        )
        params: dict[str, object] = {"q": _fts5_match(words, "title"), "limit": limit}
    else:
        sql = (
            "SELECT c.id, c.kind, c.title, c.status FROM item_fts f "
            "JOIN content_item c ON c.id = f.item_id "
            "WHERE f.title_tsv @@ to_tsquery('simple', :q) AND c.deleted_at IS NULL LIMIT :limit"
        )
        params = {"q": _pg_query(words), "limit": limit}
    return [SearchHit(*row) for row in session.execute(text(sql), params)]
