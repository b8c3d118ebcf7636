"""Team library: a state a sync sends to the server obeys the rules of a user's edit.

A merge (or a push onto a server that others changed) can make a state no single edit
would: an empty title from two clean text edits, a module code another module took
meanwhile, a relation, block or session entry pointing to what the other side deleted.
Before the server transaction writes a state, ``vet``:

- drops each reference whose target is gone (missing or deleted on the server, or
  deleted by this very sync) when the reference is new since the base: one side added it
  while the other deleted its target. The sync report notes the entity, the field and the
  target. A reference both sides had stays (the app allows deleting a used item, knowing
  where it is used; the check report warns of it);
- runs the rules of the app's commands over the result (``validate_item``,
  ``check_module``, ``validate_curriculum``); what breaks one is returned as problems,
  which the sync turns into a conflict (both versions kept, with the reason) or, for an
  entity the server has not got yet, holds back with a note.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from content import aggregates
from content.errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from sqlalchemy.orm import Session

State = dict[str, Any]
Key = tuple[str, str]
# (field, (element id, target id), target type, target id) of one reference in a state
Ref = tuple[str, tuple[str, str], str, str]


@dataclass
class Vetted:
    """A state ready for the server, what was dropped from it, and the rules it breaks."""

    state: State
    notes: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)


def references(etype: str, state: State) -> list[Ref]:
    """Return the references of an entity state to other entities, with their fields."""
    if etype == "item":
        rels = [
            (f"relations[{i}]", (r["id"], r["target_id"]), "item", r["target_id"])
            for i, r in enumerate(state.get("relations") or [])
        ]
        return rels + [
            (f"citations[{i}]", (c["id"], c["source_id"]), "item", c["source_id"])
            for i, c in enumerate(state.get("citations") or [])
        ]
    if etype == "module":
        return [
            (f"sections[{si}].blocks[{bi}].item_id", (b["id"], b["item_id"]), "item", b["item_id"])
            for si, sec in enumerate(state.get("sections") or [])
            for bi, b in enumerate(sec.get("blocks") or [])
            if b.get("item_id")
        ]
    if etype == "curriculum":
        return [
            (f"sessions[{si}].modules[{mi}]", (e["id"], e["module_id"]), "module", e["module_id"])
            for si, ses in enumerate(state.get("sessions") or [])
            for mi, e in enumerate(ses.get("modules") or [])
        ]
    return []


_CACHE = "kursverk.sync.targets"  # in Session.info: referenced entities, loaded once


def prefetch(s: Session, states: Iterable[tuple[str, State]]) -> None:
    """Load the entities some states refer to, a few queries for the whole sync.

    ``vet`` and the commands' rules then find them in the session (no query each).
    """
    found: dict[Key, Any] = s.info.setdefault(_CACHE, {})
    refs = [r for etype, state in states for r in references(etype, state)]
    for etype in {r[2] for r in refs}:
        cls = aggregates.ENTITY_CLASSES[etype]
        ids = sorted({r[3] for r in refs if r[2] == etype and (etype, r[3]) not in found})
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            rows: Iterable[Any] = s.scalars(select(cls).where(cls.id.in_(batch)))
            found.update({(etype, o.id): o for o in rows})
            for i in batch:
                found.setdefault((etype, i), None)


def _live(s: Session, refs: list[Ref]) -> set[Key]:
    """Return the referenced entities that exist on the server and are not deleted."""
    prefetch(s, [])  # makes the cache
    found: dict[Key, Any] = s.info[_CACHE]
    missing = [r for r in refs if (r[2], r[3]) not in found]
    if missing:
        by_type: dict[str, list[State]] = {}
        for r in missing:
            by_type.setdefault(r[2], []).append(_ref_state(r))
        prefetch(s, [(t, st) for t, states in by_type.items() for st in states])
    return {
        (r[2], r[3]) for r in refs
        if (obj := found.get((r[2], r[3]))) is not None and obj.deleted_at is None
    }


def _ref_state(r: Ref) -> State:
    """Return a minimal state holding one reference (for prefetch)."""
    if r[2] == "module":
        return {"sessions": [{"modules": [{"id": r[1][0], "module_id": r[3]}]}]}
    return {"relations": [{"id": r[1][0], "target_id": r[3]}]}


def _without(etype: str, state: State, drop: set[str]) -> State:
    """Return a state without the reference elements (relation, block, entry) of ids."""
    out = copy.deepcopy(state)
    if etype == "item":
        for key in ("relations", "citations"):
            out[key] = [r for r in out.get(key) or [] if r["id"] not in drop]
    elif etype == "module":
        for sec in out.get("sections") or []:
            sec["blocks"] = [b for b in sec.get("blocks") or [] if b["id"] not in drop]
    elif etype == "curriculum":
        for ses in out.get("sessions") or []:
            ses["modules"] = [e for e in ses.get("modules") or [] if e["id"] not in drop]
    return out


def _title(state: State) -> str:
    return str(state.get("title") or state.get("id"))


def gone_in_pull(
    s: Session, etype: str, state: State, pending: dict[Key, bool | None],
    here: Callable[[], State | None],
) -> Vetted | None:
    """Drop from a state pulled from the server the references to what this sync deletes.

    ``here`` returns the entity's state in the working copy: a reference it holds too was
    known when its target was deleted here, and stays. Returns None when nothing is
    dropped (no database work for most pulls).
    """
    if not any(pending.values()) or state.get("deleted"):
        return None
    refs = [r for r in references(etype, state) if pending.get((r[2], r[3]))]
    if refs:
        mine = here()
        known = {r[1] for r in references(etype, mine)} if mine else set()
        refs = [r for r in refs if r[1] not in known]
    if not refs:
        return None
    return Vetted(_without(etype, state, {r[1][0] for r in refs}), _notes(s, etype, state, refs))


def _notes(s: Session, etype: str, state: State, refs: list[Ref]) -> list[str]:
    titles: dict[Key, str] = {}
    for target in {r[2] for r in refs}:
        cls = aggregates.ENTITY_CLASSES[target]
        ids = sorted({r[3] for r in refs if r[2] == target})
        rows = s.execute(select(cls.id, cls.title).where(cls.id.in_(ids)))
        titles.update({(target, i): f"«{t}» " for i, t in rows})
    return [
        f"{etype} «{_title(state)}» ({state['id']}): {where} pointed to {target} "
        f"{titles.get((target, tid), '')}({tid}), which was deleted in the team library; "
        "the reference was dropped"
        for where, _key, target, tid in refs
    ]


def vet(
    s: Session, etype: str, state: State, base: State | None, pending: dict[Key, bool | None]
) -> Vetted:
    """Make a state safe to write on the server (see the module's docstring).

    ``s`` is the server's session; ``base`` the state both sides last agreed on (None for
    a new entity); ``pending`` the entities this sync sends (True: it deletes them; None:
    it holds them back, and a reference to one is a problem until it is sent).
    """
    if etype not in aggregates.ENTITY_CLASSES or state.get("deleted"):
        return Vetted(state)
    refs = references(etype, state)
    if not refs:
        return Vetted(state, [], _broken(s, etype, state, base))
    live = _live(s, refs)
    old = {r[1] for r in references(etype, base)} if base else set()
    dead, coming, waiting = [], set(), []
    for r in refs:
        target = (r[2], r[3])
        if target in pending and pending[target] is None and target not in live:
            waiting.append((r[0], f"{r[2]} {r[3]} is new and waits to be sent (see its note)"))
            coming.add(r[1][0])
        elif pending.get(target) is False and target not in live:
            coming.add(r[1][0])  # sent by this sync too (new here): its own rules held
        elif target not in live or pending.get(target):
            dead.append(r)
    dropped = [r for r in dead if r[1] not in old]
    out = _without(etype, state, {r[1][0] for r in dropped}) if dropped else state
    # An old dangling reference stays, and is no new fault of this sync's.
    unseen = coming | {r[1][0] for r in dead if r not in dropped}
    checked = _without(etype, out, unseen) if unseen and etype == "item" else out
    notes = _notes(s, etype, state, dropped) if dropped else []
    return Vetted(out, notes, waiting + _broken(s, etype, checked, base))


def _broken(s: Session, etype: str, state: State, base: State | None) -> list[tuple[str, str]]:
    """Return the (field, problem) pairs of the rules a state breaks (the commands' rules)."""
    from content.commands import validate_item
    from content.curricula.commands import validate_curriculum
    from content.modules.commands import check_module

    try:
        if etype == "item":
            validate_item(s, state)
        elif etype == "module":
            check_module(s, state, base)
        else:
            validate_curriculum(state)
    except ValidationError as exc:
        return list(exc.problems)
    return []


def rule_places(
    problems: list[tuple[str, str]], base: State | None, mine: State, theirs: State
) -> list[dict[str, Any]]:
    """Return a conflict's places for the rules a merged state breaks, with the reason."""

    def at(state: State | None, where: str) -> Any:
        return copy.deepcopy((state or {}).get(where))

    return [
        {
            "path": where,
            "base": at(base, where),
            "mine": at(mine, where),
            "theirs": at(theirs, where),
            "reason": reason,
        }
        for where, reason in problems
    ]


def describe(etype: str, state: State, problems: list[tuple[str, str]]) -> str:
    """Return one line naming an entity and the rules its merged state breaks."""
    reasons = "; ".join(f"{where}: {reason}" for where, reason in problems)
    return f"{etype} «{_title(state)}» ({state['id']}): {reasons}"
