"""The item and comment commands: add and set items, add and list review comments, act on them.

Every write runs as one command through the undo history (``content.store.undo_history``,
one transaction): a refused command leaves the library as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli import output as out
from cli.commands import opened, resolve
from cli.errors import CliError
from content.items.kinds import KINDS
from content.review.commands import COMMENT_KINDS
from content.store import reading, undo_history
from content.words import count_text

if TYPE_CHECKING:
    import argparse

    from content.commands import Command
    from content.review.queries import CommentView
    from content.store import Library, Session

SINGLE_LINE = ("title", "language", "status")


def add_item_and_comment_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `item` and `comment` commands to the parser."""
    _add_item(sub)
    _add_comment(sub)


def _add_item(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("item", help="add an item, or set one field of an item")
    what = p.add_subparsers(dest="item_command", metavar="ACTION", required=True)
    q = what.add_parser("add", help="add an item; prints its id")
    q.add_argument("--kind", required=True, choices=sorted(KINDS), metavar="KIND")
    q.add_argument("--title", required=True, metavar="T")
    q.add_argument("--body-file", metavar="F", help="the Markdown body, read from a file")
    q.add_argument("--json", action="store_true", help="print JSON on stdout")
    q.set_defaults(handler=cmd_item_add)
    q = what.add_parser("set", help="set one field of an item from a file")
    q.add_argument("id", metavar="ID")
    q.add_argument("field", metavar="FIELD", help="title, summary, body, or a field of the kind")
    q.add_argument("--from-file", required=True, metavar="F", help="the new value (UTF-8)")
    q.add_argument(
        "--expect-revision",
        type=int,
        metavar="N",
        help="refuse the change when the item is no longer at revision N",
    )
    q.set_defaults(handler=cmd_item_set)


def _add_comment(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("comment", help="review comments: add, list, reply, resolve, ...")
    what = p.add_subparsers(dest="comment_command", metavar="ACTION", required=True)
    q = what.add_parser("add", help="comment on an item, module or curriculum, or a range of it")
    q.add_argument("id", metavar="ID", help="the item, module or curriculum")
    q.add_argument("--field", metavar="F", default="", help="summary, body, a kind field, ...")
    q.add_argument("--start", type=int, metavar="N", help="range start (character offset)")
    q.add_argument("--end", type=int, metavar="M", help="range end (exclusive)")
    q.add_argument("--quote", metavar="EXACT", help="the exact words commented on")
    q.add_argument("--prefix", default="", metavar="P", help="text just before the quote")
    q.add_argument("--suffix", default="", metavar="S", help="text just after the quote")
    q.add_argument("--text", required=True, metavar="T")
    q.add_argument("--type", default="kommentar", choices=COMMENT_KINDS, dest="kind")
    q.add_argument("--replacement", metavar="R", help="a suggestion’s new text")
    _author(q)
    q.add_argument("--json", action="store_true", help="print JSON on stdout")
    q.set_defaults(handler=cmd_comment_add)
    q = what.add_parser("list", help="list the comment threads of an entity, placed on its text")
    q.add_argument("id", metavar="ID")
    q.add_argument("--json", action="store_true", help="print JSON on stdout")
    q.set_defaults(handler=cmd_comment_list)
    q = what.add_parser("reply", help="reply to a comment")
    _comment_id(q)
    q.add_argument("--text", required=True, metavar="T")
    _author(q)
    q = what.add_parser("resolve", help="resolve a thread")
    _comment_id(q)
    q.add_argument("--note", default="", metavar="N")
    _author(q)
    q = what.add_parser("reopen", help="reopen a resolved thread")
    _comment_id(q)
    _author(q)
    q = what.add_parser("accept", help="accept a suggestion: its replacement is written")
    _comment_id(q)
    q.add_argument(
        "--expect-revision",
        type=int,
        metavar="N",
        help="refuse when the commented entity is no longer at revision N",
    )
    _author(q)
    q = what.add_parser("reject", help="reject a suggestion, with a reason")
    _comment_id(q)
    q.add_argument("--reason", default="", metavar="R")
    _author(q)
    for name in ("reply", "resolve", "reopen", "accept", "reject"):
        what.choices[name].set_defaults(handler=cmd_comment_act)


def _comment_id(p: argparse.ArgumentParser) -> None:
    p.add_argument("comment_id", metavar="COMMENT_ID", help="full id or a unique 8+ prefix")


def _author(p: argparse.ArgumentParser) -> None:
    p.add_argument("--author", default="", metavar="A", help="default: your user name")


def _run(lib: Library, cmd: Command, author: str = "") -> None:
    undo_history(lib, author or None).run(cmd)


def _read(path: str) -> str:
    file = Path(path)
    if not file.is_file():
        raise CliError(f"no such file: {file}")
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(f"{file} is not UTF-8 text ({exc.reason})") from exc


# -- item add / set ------------------------------------------------------------------------


def cmd_item_add(ns: argparse.Namespace) -> int:
    """Add an item and print its id."""
    from content.commands import CreateItem

    body = _read(ns.body_file) if ns.body_file else ""
    cmd = CreateItem(values={"kind": ns.kind, "title": ns.title.strip(), "body": body})
    with opened(ns) as lib:
        _run(lib, cmd)
    if ns.json:
        out.print_json({"id": cmd.entity_id, "kind": ns.kind, "revision": cmd.last_revision})
    else:
        out.say(cmd.entity_id)
    return 0


def cmd_item_set(ns: argparse.Namespace) -> int:
    """Set one field of an item from a file (refused when stale)."""
    from content.commands import UpdateItem
    from content.library import get_state

    raw = _read(ns.from_file)
    with opened(ns) as lib:
        with reading(lib) as s:
            _, ref = resolve(s, ns.id, "item")
            state = get_state(s, "item", ref.id)
        values = _field_values(state, ns.field, raw)
        cmd = UpdateItem(entity_id=ref.id, expected_revision=ns.expect_revision, values=values)
        _run(lib, cmd)
    out.say(f"item «{state['title']}»: {ns.field} set; now revision {cmd.last_revision}")
    return 0


def _field_values(state: dict[str, Any], name: str, raw: str) -> dict[str, Any]:
    """Return the UpdateItem values that set one field; refuse a field the kind lacks."""
    if name in ("summary", "body"):
        return {name: raw}
    if name in SINGLE_LINE:
        return {name: raw.strip()}
    spec = next((f for f in KINDS[state["kind"]].fields if f.name == name), None)
    if spec is None:
        names = ["title", "summary", "body", *(f.name for f in KINDS[state["kind"]].fields)]
        raise CliError(
            f"item «{state['title']}» ({state['kind']}) has no field {name!r}; "
            f"the fields are {', '.join(names)}"
        )
    value: Any = raw if spec.type == "multiline" else raw.strip()
    if spec.type == "list":
        value = [line.strip() for line in raw.splitlines() if line.strip()]
    elif spec.type == "number" and value:
        try:
            value = float(value) if "." in value else int(value)
        except ValueError as exc:
            raise CliError(
                f"item «{state['title']}», field {name}: {value!r} is not a number"
            ) from exc
    return {"fields": {**(state.get("fields") or {}), name: value}}


# -- comment add / list --------------------------------------------------------------------


def cmd_comment_add(ns: argparse.Namespace) -> int:
    """Add a comment on an entity or on a range of one of its text fields."""
    from content.review.commands import AddComment

    if (ns.start is None) != (ns.end is None):
        raise CliError("give both --start and --end", code=2)
    if ns.quote is None and ns.start is None and ns.field:
        raise CliError("a comment on a field needs --start/--end or --quote", code=2)
    if ns.quote is not None and not ns.quote.strip():
        raise CliError("--quote is empty; give the exact words commented on", code=2)
    with opened(ns) as lib:
        with reading(lib) as s:
            etype, ref = resolve(s, ns.id)
        cmd = AddComment(
            target_type=etype,
            target_id=ref.id,
            field=ns.field,
            start=ns.start,
            end=ns.end,
            quote=ns.quote,
            prefix=ns.prefix,
            suffix=ns.suffix,
            text=ns.text,
            kind=ns.kind,
            replacement=ns.replacement,
            author=ns.author,
        )
        _run(lib, cmd, ns.author)
        view = _find_view(lib, etype, ref.id, cmd.entity_id)
    if ns.json:
        out.print_json(_plain(view))
    else:
        out.say(cmd.entity_id)
    return 0


def _find_view(lib: Library, etype: str, entity_id: str, comment_id: str) -> CommentView:
    from content.review.queries import list_comments

    with reading(lib) as s:
        views = list_comments(s, etype, entity_id)
    return next(v for v in views if v.id == comment_id)


def cmd_comment_list(ns: argparse.Namespace) -> int:
    """List an entity's threads, each placed on the current text."""
    from content.review.queries import list_comments

    with opened(ns) as lib, reading(lib) as s:
        etype, ref = resolve(s, ns.id)
        views = list_comments(s, etype, ref.id)
    if ns.json:
        out.print_json([_plain(v) for v in views])
        return 0
    rows = [
        [
            v.id[:8],
            v.field or "-",
            v.status,
            f"{v.start}-{v.end}" if v.status == "anchored" else "-",
            v.kind,
            v.state,
            count_text(len(v.thread), "reply", "replies"),
            (_short(v.exact) if v.field else "-") + (" (changed)" if v.quote_changed else ""),
        ]
        for v in views
    ]
    out.table(rows)
    out.warn(f"{count_text(len(views), 'thread', 'threads')} on {etype} «{ref.title}»")
    return 0


def _short(text: str, limit: int = 40) -> str:
    one = " ".join(text.split())
    return f"«{one[: limit - 1]}…»" if len(one) > limit else f"«{one}»"


def _plain(v: CommentView) -> dict[str, Any]:
    """Return the stable JSON of one thread (the fields `comment list --json` documents)."""
    return {
        "id": v.id,
        "entity_type": v.entity_type,
        "entity_id": v.entity_id,
        "field": v.field,
        "status": v.status,
        "start": v.start if v.status == "anchored" else None,
        "end": v.end if v.status == "anchored" else None,
        "exact": v.exact,
        "quote": v.quote,
        "quote_changed": v.quote_changed,
        "type": v.kind,
        "state": v.state,
        "text": v.text,
        "replacement": v.replacement,
        "author": v.author,
        "created_at": out.to_plain(v.created_at),
        "resolved_by": v.resolved_by,
        "resolution": v.resolution,
        "deleted": v.deleted,
        "thread": [
            {
                "id": r.id,
                "author": r.author,
                "text": r.text,
                "created_at": out.to_plain(r.created_at),
                "deleted": r.deleted,
            }
            for r in v.thread
        ],
    }


# -- reply / resolve / reopen / accept / reject --------------------------------------------


def _comment_command(ns: argparse.Namespace, comment_id: str) -> Command:
    from content.review import commands as rc

    action = ns.comment_command
    by = ns.author
    if action == "reply":
        return rc.ReplyComment(parent_id=comment_id, text=ns.text, author=by)
    if action == "resolve":
        return rc.ResolveComment(entity_id=comment_id, note=ns.note, by=by)
    if action == "reopen":
        return rc.ReopenComment(entity_id=comment_id, by=by)
    if action == "accept":
        return rc.AcceptSuggestion(
            entity_id=comment_id, expected_target_revision=ns.expect_revision
        )
    return rc.RejectSuggestion(entity_id=comment_id, note=ns.reason, by=by)


def _full_id(s: Session, comment_id: str) -> str:
    from content.review.queries import get_comment

    row = get_comment(s, comment_id.strip())
    if row is None:
        raise CliError(f"no comment has the id {comment_id} (give 8 or more characters)")
    return str(row.id)


def cmd_comment_act(ns: argparse.Namespace) -> int:
    """Reply to, resolve, reopen, accept or reject a comment."""
    with opened(ns) as lib:
        with reading(lib) as s:
            comment_id = _full_id(s, ns.comment_id)
        cmd = _comment_command(ns, comment_id)
        _run(lib, cmd, ns.author)
    done = {
        "reply": "replied",
        "resolve": "resolved",
        "reopen": "reopened",
        "accept": "accepted",
        "reject": "rejected",
    }[ns.comment_command]
    extra = f"; reply {cmd.entity_id}" if done == "replied" else ""
    out.say(f"comment {comment_id[:8]} {done}{extra}")
    return 0
