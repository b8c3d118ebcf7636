"""Full-text search over items, ranked, with filters (FTS5 on SQLite, tsvector on PostgreSQL).

Norwegian needs prefix matching (``næring`` finds ``næringsutvikling``, ``kommune`` finds
``kommunene``) and diacritic folding (``sami`` finds ``sámi``): every query word is a
prefix term, and both sides are folded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

from content.search.index import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

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
    session: Session, query: str, *, kinds: Sequence[str] | None = None,
    statuses: Sequence[str] | None = None, tags: Sequence[str] | None = None,
    audiences: Sequence[str] | None = None, limit: int = 50, snippets: bool = True,
) -> list[SearchHit]:
    """Return items matching every word of the query, best first."""
    words = terms(query)
    if not words:
        return []
    params: dict[str, object] = {"limit": limit}
    if session.get_bind().dialect.name == "sqlite":
        where = _filters(None, None, tags, audiences, params)
        params["q"] = _fts_query(words, kinds, statuses, HEAD_COLUMNS)
        params["qb"] = _fts_query(words, kinds, statuses, ALL_COLUMNS)
        return _search_sqlite(session, words, where, params, snippets)
    where = _filters(kinds, statuses, tags, audiences, params)
    return _search_postgres(session, words, where, params, snippets)


# SQLite: rank where it is cheap (titles, summaries, tags), then fill from the bodies.
# bm25 over every body costs ~3 µs per matching document, and a common prefix such as
# «kommune» matches most of a large library; titles and summaries carry the relevance.

_HEAD_RANK = "bm25(item_fts_head, 0.0, 0.0, 10.0, 4.0, 3.0, 2.0)"


HEAD_COLUMNS = "{title summary tags folded}"
NO_MATCH = '"kvnomatchzz"'
ALL_COLUMNS = "{title summary body tags folded}"


def _fts_query(words: Sequence[str], kinds: Sequence[str] | None,
               statuses: Sequence[str] | None, columns: str) -> str:
    """Return an FTS5 query: every word as a prefix, kinds and statuses as column filters."""
    query = f"{columns} : ({_fts5_match(words)})"
    for column, values in (("kind", kinds), ("status", statuses)):
        if values:
            alts = " OR ".join(f'"{v}"' for v in values if re.fullmatch(r"[a-z_]+", v))
            query += f" AND {{{column}}} : ({alts or NO_MATCH})"
    return query


def _search_sqlite(
    session: Session, words: list[str], where: str, params: dict[str, object], snippets: bool
) -> list[SearchHit]:
    limit = int(params["limit"])  # type: ignore[call-overload]
    params["window"] = _rank_window(session, where, params)
    if where:
        sql = (
            f"SELECT c.id, c.kind, c.title, c.status, {_HEAD_RANK} AS r FROM item_fts_head "
            "JOIN content_item c ON c.search_rowid = item_fts_head.rowid "
            f"WHERE item_fts_head MATCH :q AND item_fts_head.rowid <= :window{where} "
            "ORDER BY r LIMIT :limit"
        )
    else:
        sql = (
            f"WITH top AS (SELECT rowid AS rid, {_HEAD_RANK} AS r FROM item_fts_head "
            "WHERE item_fts_head MATCH :q AND rowid <= :window ORDER BY r LIMIT :limit) "
            "SELECT c.id, c.kind, c.title, c.status, top.r FROM top "
            "JOIN content_item c ON c.search_rowid = top.rid ORDER BY top.r"
        )
    rows = [tuple(r) for r in session.execute(text(sql), params)]
    if len(rows) < limit:
        rows += _body_matches(session, words, where, params, {r[0] for r in rows},
                              limit - len(rows))
    pattern = highlight_pattern(words)
    texts = _texts(session, [r[0] for r in rows]) if snippets else {}
    return [
        SearchHit(id_, kind, title, status,
                  make_snippet(*texts.get(id_, ("", "")), pattern) if snippets else "", rank)
        for id_, kind, title, status, rank in rows
    ]


RANK_AT_MOST = 2000
_ALL_ROWIDS = (1 << 63) - 1


def _rank_window(session: Session, where: str, params: dict[str, object]) -> int:
    """Return the highest rowid to rank, so that at most RANK_AT_MOST matches are ranked.

    Index rowids are hashes of item ids, so the matches below any rowid are a uniform
    random sample of all matches. A query as unspecific as «kommune» matches most of a
    large library; ranking a sample of thousands keeps it fast, and for such a query any
    of the best-ranked matches of the sample is as good an answer as any other.
    """
    sql = (
        "SELECT item_fts_head.rowid FROM item_fts_head "
        + ("JOIN content_item c ON c.search_rowid = item_fts_head.rowid " if where else "")
        + f"WHERE item_fts_head MATCH :q{where} ORDER BY item_fts_head.rowid "
        "LIMIT 1 OFFSET :at_most"
    )
    row = session.execute(text(sql), {**params, "at_most": RANK_AT_MOST}).first()
    return int(row[0]) if row else _ALL_ROWIDS


def _body_matches(
    session: Session, words: list[str], where: str, params: dict[str, object],
    seen: set[str], wanted: int,
) -> list[tuple[str, str, str, str, float]]:
    """Return items that match only in their bodies, scored by how often the words occur."""
    sql = (
        "SELECT c.id, c.kind, c.title, c.status, substr(c.body, 1, 20000) "
        "FROM item_fts JOIN content_item c ON c.search_rowid = item_fts.rowid "
        f"WHERE item_fts MATCH :qb{where} LIMIT :cap"
    )
    cap = len(seen) + max(4 * wanted, 200)
    pattern = highlight_pattern(words)
    scored = []
    for id_, kind, title, status, body in session.execute(text(sql), {**params, "cap": cap}):
        if id_ not in seen:
            scored.append((id_, kind, title, status, -float(len(pattern.findall(body or "")))))
    scored.sort(key=lambda r: r[4])
    return scored[:wanted]


def _texts(session: Session, ids: list[str]) -> dict[str, tuple[str, str]]:
    if not ids:
        return {}
    names = ", ".join(f":i{n}" for n in range(len(ids)))
    sql = f"SELECT id, summary, substr(body, 1, 4000) FROM content_item WHERE id IN ({names})"
    params = {f"i{n}": i for n, i in enumerate(ids)}
    return {r[0]: (r[1] or "", r[2] or "") for r in session.execute(text(sql), params)}


_VARIANTS = {
    "a": "aáàâäåãā", "c": "cčç", "d": "dđ", "e": "eéèêë", "i": "iíìîï", "n": "nŋñ",
    "o": "oóòôöõ", "s": "sš", "t": "tŧ", "u": "uúùûü", "y": "yý", "z": "zž",
}


def highlight_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """Return a regex that finds the query words (as prefixes) in unfolded text."""
    parts = []
    for w in words:
        chars = "".join(f"[{_VARIANTS[c]}]" if c in _VARIANTS else re.escape(c) for c in w)
        parts.append(chars)
    return re.compile(r"\b(?:" + "|".join(parts) + r")\w*", re.IGNORECASE)


SNIPPET_REACH = 160  # characters of Markdown on each side of a match: enough for six words


def make_snippet(summary: str, body: str, pattern: re.Pattern[str], width: int = 12) -> str:
    """Return a few words around the first match, the match in [brackets], without markup."""
    from content.markdown import strip_markup

    for raw in (body, summary):
        hit = pattern.search(raw)
        if hit is None:
            continue
        start, end = max(0, hit.start() - SNIPPET_REACH), hit.end() + SNIPPET_REACH
        source = strip_markup(raw[start:end])
        m = pattern.search(source)
        if m:
            before = source[: m.start()].split()[-width // 2 :]
            after = source[m.end() :].split()[: width // 2]
            more_before = start > 0 or len(source[: m.start()].split()) > len(before)
            more_after = end < len(raw) or len(source[m.end() :].split()) > len(after)
            lead, tail = ("…" if more_before else ""), ("…" if more_after else "")
            return " ".join([lead, *before, f"[{m.group(0)}]", *after, tail]).strip()
    words = strip_markup((summary or body)[: SNIPPET_REACH * 2]).split()
    return " ".join(words[:width]) + (" …" if len(words) > width else "")


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
            "WITH top AS (SELECT rowid AS rid FROM item_fts_head WHERE item_fts_head MATCH :q "
            "LIMIT :limit) SELECT c.id, c.kind, c.title, c.status FROM top "
            "JOIN content_item c ON c.search_rowid = top.rid"
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
