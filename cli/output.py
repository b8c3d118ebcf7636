"""Printing helpers for the command line: JSON on stdout, messages on stderr, text views."""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

from content.items.kinds import KINDS, RELATIONS, audience_name, choice_label

LANG = "en"  # the command line speaks English in every run


def to_plain(value: Any) -> Any:
    """Turn dataclasses, dates and tuples into JSON-safe values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def print_json(value: Any) -> None:
    """Print a value as indented JSON (UTF-8 letters kept) on stdout."""
    print(json.dumps(to_plain(value), ensure_ascii=False, indent=2, default=str))


def say(message: str) -> None:
    """Print a human message on stdout."""
    print(message)


def warn(message: str) -> None:
    """Print a message on stderr."""
    print(message, file=sys.stderr)


def table(rows: Sequence[Sequence[str]]) -> None:
    """Print rows as left-aligned columns (the last column is not padded).

    Written a few thousand lines at a time: 100,000 rows in a fraction of a second.
    """
    if not rows:
        return
    widths = [max(map(len, column)) for column in list(zip(*rows, strict=True))[:-1]]
    line = "  ".join([*(f"{{:<{w}}}" for w in widths), "{}"]).format
    write = sys.stdout.write
    for start in range(0, len(rows), _CHUNK):
        write("".join(line(*r).rstrip() + "\n" for r in rows[start : start + _CHUNK]))
    sys.stdout.flush()


_CHUNK = 5000


def kind(code: str) -> str:
    """Return an item kind as the command line names it («finding» → «Finding»)."""
    spec = KINDS.get(code)
    return spec.label(LANG) if spec else code


def value(code: str) -> str:
    """Return a stored value (status, choice) as a word («in_review» → «In review»)."""
    return choice_label(code, LANG)


def stamp(value: Any) -> str:
    """Format a timestamp for people (UTC, minutes)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return str(value or "")


def show_item(state: dict[str, Any], titles: dict[str, str]) -> None:
    """Print an item's state for people."""
    _head("item", state, f"{kind(state['kind'])}, {value(state['status'])}, {state['language']}")
    if state.get("tags"):
        say(f"Tags: {', '.join(state['tags'])}")
    if state.get("audiences"):
        say(f"Audiences: {', '.join(audience_name(a, LANG) for a in state['audiences'])}")
    _text_block("Summary", state.get("summary", ""))
    _text_block("Body", state.get("body", ""))
    fields = {k: v for k, v in (state.get("fields") or {}).items() if v not in (None, "", [])}
    spec = KINDS.get(state["kind"])
    if fields:
        say("Fields:")
        for key, raw in fields.items():
            field = spec.field(key) if spec else None
            name = field.label(LANG) if field else key
            if isinstance(raw, list):
                shown = ", ".join(map(str, raw))
            elif field is not None and field.type == "choice":
                shown = value(str(raw))
            else:
                shown = str(raw)
            say(f"  {name}: {shown}")
    for rel in state.get("relations") or []:
        rel_spec = RELATIONS.get(rel["type"])
        name = rel_spec.label(LANG) if rel_spec else rel["type"]
        say(f"Relation: {name} → {titles.get(rel['target_id'], '?')} ({rel['target_id']})")
    for cit in state.get("citations") or []:
        loc = f", {cit['locator']}" if cit.get("locator") else ""
        say(f"Cites: {titles.get(cit['source_id'], '?')} ({cit['source_id']}){loc}")


def show_module(state: dict[str, Any], titles: dict[str, str]) -> None:
    """Print a module's outline for people."""
    code = f"{state['code']}, " if state.get("code") else ""
    minutes = state.get("duration_minutes", 0)
    _head("module", state, f"{code}{value(state['status'])}, {minutes} min")
    for obj in state.get("objectives") or []:
        say(f"Objective: {obj}")
    for n, sec in enumerate(state.get("sections") or [], start=1):
        say(f"{n}. {sec['title']}")
        for block in sec.get("blocks") or []:
            say(f"   - {_block_line(block, titles)}")


def _block_line(block: dict[str, Any], titles: dict[str, str]) -> str:
    kind = block["block_type"]
    if kind == "item":
        pin = (
            f", pinned to revision {block['pinned_revision']}"
            if block.get("pinned_revision")
            else ""
        )
        return (
            f"item: {titles.get(block.get('item_id') or '', '(missing)')} "
            f"({block.get('item_id')}, {block.get('display', 'full')}{pin})"
        )
    mins = f", {block['minutes']} min" if block.get("minutes") else ""
    label = block.get("title") or (block.get("text") or "")[:60].replace("\n", " ")
    exercise = str(block.get("exercise_kind") or "").replace("_", " ")
    extra = f" [{exercise}]" if exercise else ""
    return f"{kind.replace('_', ' ')}{extra}: {label}{mins}"


def show_curriculum(state: dict[str, Any], titles: dict[str, str]) -> None:
    """Print a curriculum's sessions and modules for people."""
    edition = f"{state['edition']}, " if state.get("edition") else ""
    _head("curriculum", state, f"{edition}{value(state['status'])}")
    if state.get("programme"):
        say(f"Programme: {state['programme']}")
    for n, ses in enumerate(state.get("sessions") or [], start=1):
        when = " ".join(x for x in (ses.get("date") or "", ses.get("start_time") or "") if x)
        say(f"Session {n}: {ses['title']}" + (f" ({when})" if when else ""))
        for entry in ses.get("modules") or []:
            mid = entry["module_id"]
            say(f"   - {titles.get(mid, '(missing module)')} ({mid})")


def _head(etype: str, state: dict[str, Any], detail: str) -> None:
    deleted = " [deleted]" if state.get("deleted") else ""
    say(f"{state['title']}{deleted}")
    say(f"{etype} {state['id']} ({detail}), revision {state.get('revision')}")
    say(f"Updated {stamp(state.get('updated_at'))} by {state.get('updated_by') or '?'}")


def _text_block(label: str, text: str) -> None:
    if text.strip():
        say(f"{label}:")
        for line in text.strip().splitlines():
            say(f"  {line}")
