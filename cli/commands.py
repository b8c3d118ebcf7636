"""The library commands: import, export-bundle, list, search, show, check, db."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli import output as out
from cli.errors import CliError
from cli.progress_bar import run_with_progress
from content.progress import Progress
from content.store import reading, writing
from content.words import count_text

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

    from content.queries import EntityRef
    from content.store import Library, Session
    from content.validation import Problem

ENTITY_NAMES = {"item": "item", "module": "module", "curriculum": "curriculum"}


@contextlib.contextmanager
def opened(ns: argparse.Namespace) -> Iterator[Library]:
    """Open (or create) the library named by --db / $KURSVERK_DB and close it afterwards."""
    from content.opening import open_or_create

    lib = open_or_create(ns.db, empty=ns.empty)
    if lib.backup_path is not None:
        out.warn(f"Upgraded the library; the old file was backed up to {lib.backup_path}")
    try:
        yield lib
    finally:
        lib.dispose()


def resolve(session: Session, entity_id: str, *wanted: str) -> tuple[str, EntityRef]:
    """Find an entity by id or unique prefix; refuse a type that is not wanted."""
    from content.queries import find_entity_ref

    ref = find_entity_ref(session, entity_id.strip())
    if wanted and ref.entity_type not in wanted:
        raise CliError(
            f"{entity_id} is a {ref.entity_type} («{ref.title}»), not a {' or '.join(wanted)}"
        )
    return ref.entity_type, ref


def _bundle() -> Any:
    try:
        from content import bundle
    except ImportError as exc:
        raise CliError(f"bundles are not available in this build ({exc})") from exc
    return bundle


# -- import / export-bundle -------------------------------------------------------------


def cmd_import(ns: argparse.Namespace) -> int:
    """Import a bundle in one transaction and print counts, conflicts and warnings."""
    bundle = _bundle()
    path = Path(ns.file)
    if not path.is_file():
        raise CliError(f"no such bundle file: {path}")
    progress = Progress(label="Importing")
    with opened(ns) as lib:

        def job() -> Any:
            with writing(lib) as s:
                return bundle.import_bundle(s, path, progress=progress)

        report = run_with_progress(job, progress)
    _print_report(report, f"Imported {path.name}")
    return 0


def _print_report(report: Any, title: str) -> None:
    """Print counts first (numbers and per-type tallies), then conflicts and warnings."""
    data = out.to_plain(report)
    if not isinstance(data, dict):
        out.say(f"{title}: {data}")
        return
    parts = [_count_text(k, v) for k, v in data.items() if not isinstance(v, list)]
    out.say(title + ": " + ("; ".join(p for p in parts if p) or "nothing"))
    for key, values in data.items():
        if isinstance(values, list) and values:
            target = out.warn if key == "warnings" else out.say
            target(f"{key.replace('_', ' ').capitalize()} ({len(values)}):")
            for v in values:
                target(f"  - {v}")


def _count_text(key: str, value: Any) -> str:
    label = key.replace("_", " ")
    if isinstance(value, dict):
        inner = ", ".join(f"{n} {_plural(t, n)}" for t, n in value.items() if n)
        return f"{label} {inner}" if inner else ""
    if isinstance(value, bool) or value in (None, 0, ""):
        return ""
    if value == 1:  # «1 curriculum», «1 revision added»: the field names are plural
        first, _, rest = label.partition(" ")
        label = " ".join(filter(None, ["curriculum" if first == "curricula" else first[:-1], rest]))
    return f"{value} {label}"


def _plural(entity_type: str, n: int) -> str:
    if n == 1:
        return entity_type
    return "curricula" if entity_type == "curriculum" else f"{entity_type}s"


def cmd_export_bundle(ns: argparse.Namespace) -> int:
    """Write the library (or the selected entities and what they reference) as a bundle."""
    bundle = _bundle()
    target = Path(ns.output)
    progress = Progress(label="Writing bundle")
    with opened(ns) as lib:

        def job() -> Any:
            with reading(lib) as s:
                sel = _selection(s, ns)
                return bundle.export_bundle(s, target, progress=progress, **sel)

        stats = run_with_progress(job, progress)
    _print_report(stats, f"Wrote {target}")
    return 0


def _selection(s: Session, ns: argparse.Namespace) -> dict[str, list[str] | None]:
    picked = {
        "item_ids": [resolve(s, i, "item")[1].id for i in ns.item],
        "module_ids": [resolve(s, i, "module")[1].id for i in ns.module],
        "curriculum_ids": [resolve(s, i, "curriculum")[1].id for i in ns.curriculum],
    }
    if not any(picked.values()):
        return {k: None for k in picked}  # the whole library
    return {k: v for k, v in picked.items()}


# -- list / search / show / check -------------------------------------------------------


def cmd_list(ns: argparse.Namespace) -> int:
    """List items, modules or curricula."""
    if ns.what == "items" and not ns.json:
        return _list_item_lines(ns)
    from content import library

    with opened(ns) as lib, reading(lib) as s:
        if ns.what == "items":
            rows: list[Any] = library.list_items(s, ns.kind)
        elif ns.what == "modules":
            rows = library.list_modules(s)
        else:
            rows = library.list_curricula(s)
    if ns.json:
        out.print_json(rows)
        return 0
    if ns.what == "items":
        out.table(
            [[r.id, out.kind(r.kind), out.value(r.status), f"r{r.revision}", r.title] for r in rows]
        )
    else:
        out.table(
            [[r.id, r.code or "-", out.value(r.status), f"{r.minutes} min", r.title] for r in rows]
        )
    singular = {"items": "item", "modules": "module", "curricula": "curriculum"}[ns.what]
    out.warn(count_text(len(rows), singular, ns.what))
    return 0


def _list_item_lines(ns: argparse.Namespace) -> int:
    """List items as a table through the lean read path (100,000 in well under a second)."""
    from content.queries import item_lines
    from content.store import read_connection

    with opened(ns) as lib, read_connection(lib) as conn:
        lines = item_lines(conn, ns.kind)
    # each code as words once, not once per row
    kinds = {kind: out.kind(kind) for kind in {line[1] for line in lines}}
    values = {status: out.value(status) for status in {line[2] for line in lines}}
    out.table([
        (i, kinds[kind], values[status], f"r{rev}", title)
        for i, kind, status, rev, title in lines
    ])
    out.warn(count_text(len(lines), "item", "items"))
    return 0


def cmd_search(ns: argparse.Namespace) -> int:
    """Search items and print the best matches with snippets."""
    from content.search.query import search

    with opened(ns) as lib, reading(lib) as s:
        hits = search(s, ns.query, kinds=[ns.kind] if ns.kind else None, limit=50)
    if ns.json:
        out.print_json(hits)
        return 0
    for h in hits:
        out.say(f"{h.id}  {out.kind(h.kind)}  {h.title}")
        if h.snippet:
            out.say(f"    {' '.join(h.snippet.split())}")
    out.warn(count_text(len(hits), "hit", "hits") + (" (the best 50)" if len(hits) == 50 else ""))
    return 0


def cmd_show(ns: argparse.Namespace) -> int:
    """Show one item, module or curriculum."""
    from content.library import get_state
    from content.queries import titles_of

    with opened(ns) as lib, reading(lib) as s:
        etype, obj = resolve(s, ns.id)
        state = get_state(s, etype, obj.id)
        titles = titles_of(s, _referenced_ids(state))
    if ns.json:
        out.print_json({"type": etype, **state})
        return 0
    {"item": out.show_item, "module": out.show_module, "curriculum": out.show_curriculum}[etype](
        state, titles
    )
    return 0


def _referenced_ids(state: dict[str, Any]) -> set[str]:
    ids = {r["target_id"] for r in state.get("relations") or []}
    ids |= {c["source_id"] for c in state.get("citations") or []}
    for sec in state.get("sections") or []:
        ids |= {b["item_id"] for b in sec.get("blocks") or [] if b.get("item_id")}
    for ses in state.get("sessions") or []:
        ids |= {e["module_id"] for e in ses.get("modules") or []}
    return ids


def cmd_check(ns: argparse.Namespace) -> int:
    """Print the validation report of a module or curriculum; exit 1 if it has errors."""
    from content.validation import (
        accessibility_problems,
        has_errors,
        validate_curriculum,
        validate_module,
    )

    with opened(ns) as lib, reading(lib) as s:
        etype, obj = resolve(s, ns.id, "module", "curriculum")
        check = validate_module if etype == "module" else validate_curriculum
        problems, title = check(s, obj.id), obj.title
        access = accessibility_problems(s, etype, obj.id)
    for p in problems:
        out.say(f"{p.severity}: {p.message}")
    for p in access:
        out.say(f"{p.severity}: {p.message} [{_place(p)}]")
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors + len(access)
    counts = f"{count_text(errors, 'error', 'errors')}, " + count_text(
        warnings, "warning", "warnings"
    )
    out.say(f"{etype.capitalize()} «{title}»: {counts}")
    if access:
        n = len(access)
        out.say(
            f"{count_text(n, 'accessibility fault', 'accessibility faults')} "
            f"block{'' if n != 1 else 's'} "
            f"a PDF/UA export (fix them, or export with --allow-inaccessible)"
        )
    return 1 if has_errors(problems) else 0


def _place(p: Problem) -> str:
    """Return where a problem is, as ids a user can look up (show ID)."""
    parts = [f"{p.entity_type} {p.entity_id[:8]}"]
    if p.block_id and p.entity_type != "module":
        parts.append(f"module {p.module_id[:8]}")
    if p.block_id:
        parts.append(f"block {p.block_id[:8]}")
    if p.field:
        parts.append(f"field {p.field}")
    return ", ".join(parts)


# -- db upgrade / backup -----------------------------------------------------------------


def cmd_db(ns: argparse.Namespace) -> int:
    """Upgrade the library schema (after a backup) or back up the library file."""
    from content.opening import resolve_location
    from content.store import sqlite_path, to_url

    url = to_url(resolve_location(ns.db))
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise CliError(f"there is no library at {path}")
    if ns.action == "backup":
        return _backup(path)
    return _upgrade(url, path)


def _backup(path: Path | None) -> int:
    from content.store import backup_sqlite

    if path is None:
        raise CliError(
            "db backup works on SQLite library files only; back up a PostgreSQL "
            "library with pg_dump"
        )
    target = backup_sqlite(path)
    out.say(str(target))
    return 0


def _upgrade(url: str, path: Path | None) -> int:
    from content.store import upgrade_library

    report = upgrade_library(url)  # refuses a newer library (LibraryOpenError)
    before, head = report.before, report.head
    if before == head:
        out.say(f"The library is already at the newest schema ({head}).")
    elif report.backup_path is not None:
        out.say(f"Upgraded from schema {before} to {head}; backup: {report.backup_path}")
    else:
        note = "" if path is not None else " (no backup made: use pg_dump on PostgreSQL)"
        out.say(f"Upgraded from schema {before} to {head}{note}.")
    return 0
