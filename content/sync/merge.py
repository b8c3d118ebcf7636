"""Three-way merge of aggregate states (items, modules, curricula), field by field.

Pure functions on the plain states of ``content.aggregates`` (no database). Given the
state both sides last agreed on (*base*), the local state (*mine*) and the server's
(*theirs*):

- a field changed on one side only takes that side's value;
- a text field changed on both sides is merged as text (the edits of each side, found
  with diff-match-patch, are spliced into the base); it is clean when the edits do not
  overlap or touch;
- tags, audiences and objectives are sets (adds and removes from both sides);
- relations and citations are sets keyed by their target, their notes merged as text;
- a module's sections and blocks and a curriculum's sessions and their module entries
  are ordered lists keyed by id: adds, removes and moves from both sides are kept, and
  a block edited on both sides is merged field by field (a block may move to another
  section);
- deleting on one side what the other side edited is a conflict.

A conflict never loses a side: the merged state keeps *mine* at that place (or the
edited side for delete-versus-edit) and the :class:`Conflict` holds base, mine and
theirs. When nothing conflicts the result does not depend on which side is "mine".
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from diff_match_patch import diff_match_patch

from content.items.kinds import KINDS

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Sequence

State = dict[str, Any]


class _Missing:
    """Marks a value absent on one side (a removed key of a dict field)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


@dataclass(frozen=True)
class Conflict:
    """One place where both sides changed the same thing differently.

    ``path`` names the place (``body``, ``fields.goal``, ``blocks[ID].text``,
    ``deleted``); ``base``, ``mine`` and ``theirs`` are the three values there (None where
    a side removed the element).
    """

    path: str
    base: Any
    mine: Any
    theirs: Any


@dataclass
class MergeResult:
    """The merged state and the conflicts found on the way."""

    state: State
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """Tell whether the merge had no conflict."""
        return not self.conflicts


# -- text ---------------------------------------------------------------------------------

_dmp = diff_match_patch()
_dmp.Diff_Timeout = 2.0

Edit = tuple[int, int, str]  # replace base[start:end] with text


def _edits(base: str, other: str) -> list[Edit]:
    """Return the edits turning base into other, in base coordinates."""
    diffs = _dmp.diff_main(base, other)
    _dmp.diff_cleanupSemantic(diffs)
    edits: list[Edit] = []
    pos = 0
    for op, chunk in diffs:
        if op == diff_match_patch.DIFF_EQUAL:
            pos += len(chunk)
            continue
        if edits and edits[-1][1] == pos and (op == diff_match_patch.DIFF_INSERT):
            start, end, text = edits[-1]
            edits[-1] = (start, end, text + chunk)
        elif op == diff_match_patch.DIFF_DELETE:
            if edits and edits[-1][1] == pos:
                start, _, text = edits[-1]
                edits[-1] = (start, pos + len(chunk), text)
            else:
                edits.append((pos, pos + len(chunk), ""))
            pos += len(chunk)
        else:
            edits.append((pos, pos, chunk))
    return edits


def merge_text(base: str, mine: str, theirs: str) -> str | None:
    """Merge two edits of a text; None when the edits overlap or touch (a conflict)."""
    if theirs in (mine, base):
        return mine
    if mine == base:
        return theirs
    ours = _edits(base, mine)
    other = [e for e in _edits(base, theirs) if e not in ours]  # the same edit once
    for s1, e1, _ in ours:
        for s2, e2, _ in other:
            if s1 <= e2 and s2 <= e1:
                return None
    out = []
    pos = 0
    for start, end, text in sorted(ours + other):
        out.append(base[pos:start])
        out.append(text)
        pos = end
    out.append(base[pos:])
    return "".join(out)


# -- order ---------------------------------------------------------------------------------


def merge_order(
    base: Sequence[Hashable],
    mine: Sequence[Hashable],
    theirs: Sequence[Hashable],
    keep: set[Hashable] | frozenset[Hashable],
) -> list[Hashable]:
    """Order the kept keys: moves and inserts of both sides, placed after their neighbours.

    Keys in the same relative order in base and on both sides stay anchored in base order.
    A key one side moved or added is placed right after its nearest anchored predecessor on
    that side; runs of both sides after the same anchor are ordered by their first key,
    so the order does not depend on which side is "mine".
    """
    in_all = set(base) & set(mine) & set(theirs) & set(keep)
    base_common = [k for k in base if k in in_all]
    moved: dict[int, set[Hashable]] = {}
    for side, seq in ((0, mine), (1, theirs)):
        side_common = [k for k in seq if k in in_all]
        matcher = SequenceMatcher(None, base_common, side_common, autojunk=False)
        stable = set()
        for block in matcher.get_matching_blocks():
            stable.update(base_common[block.a : block.a + block.size])
        moved[side] = in_all - stable
    anchored = [k for k in base_common if k not in moved[0] and k not in moved[1]]
    anchored_set = set(anchored)
    owner = _owners(mine, theirs, base, keep, anchored_set, moved)
    runs = _runs(mine, theirs, anchored_set, owner)
    out: list[Hashable] = []
    for anchor in [None, *anchored]:
        if anchor is not None:
            out.append(anchor)
        for run in sorted(runs.get(anchor, []), key=lambda r: repr(r[0])):
            out.extend(run)
    return out


def _owners(
    mine: Sequence[Hashable],
    theirs: Sequence[Hashable],
    base: Sequence[Hashable],
    keep: set[Hashable] | frozenset[Hashable],
    anchored: set[Hashable],
    moved: dict[int, set[Hashable]],
) -> dict[Hashable, int]:
    """Return which side (0 mine, 1 theirs) places each key that is not anchored.

    A key placed by both sides (moved on both, or added on both) follows one side,
    chosen by the sequences themselves so that swapping the sides changes nothing.
    """
    tie = 0 if repr(list(mine)) <= repr(list(theirs)) else 1
    owner: dict[Hashable, int] = {}
    mine_set, theirs_set, base_set = set(mine), set(theirs), set(base)
    for key in keep:
        if key in anchored:
            continue
        by_mine = key in mine_set and (key in moved[0] or key not in base_set)
        by_theirs = key in theirs_set and (key in moved[1] or key not in base_set)
        if by_mine and by_theirs:
            owner[key] = tie
        elif by_mine or (key in mine_set and key not in theirs_set):
            owner[key] = 0
        else:
            owner[key] = 1
    return owner


def _runs(
    mine: Sequence[Hashable],
    theirs: Sequence[Hashable],
    anchored: set[Hashable],
    owner: dict[Hashable, int],
) -> dict[Hashable | None, list[list[Hashable]]]:
    """Group each side's placed keys into runs after their nearest anchored predecessor."""
    runs: dict[Hashable | None, list[list[Hashable]]] = {}
    for side, seq in ((0, mine), (1, theirs)):
        anchor: Hashable | None = None
        run: list[Hashable] = []
        for key in seq:
            if key in anchored:
                if run:
                    runs.setdefault(anchor, []).append(run)
                anchor, run = key, []
            elif owner.get(key) == side:
                run.append(key)
        if run:
            runs.setdefault(anchor, []).append(run)
    return runs


# -- the merger -----------------------------------------------------------------------------

TEXT, SCALAR, SET = "text", "scalar", "set"
_ITEM_FIELDS = {"title": TEXT, "summary": TEXT, "body": TEXT}
_MODULE_FIELDS = {"title": TEXT, "description": TEXT}
_CURRICULUM_FIELDS = {"title": TEXT, "description": TEXT, "programme": TEXT}
_SECTION_FIELDS = {"title": TEXT}
_BLOCK_FIELDS = {"title": TEXT, "text": TEXT}
_SESSION_FIELDS = {"title": TEXT}
# A review comment (its history entries as JSON texts, so that they merge as a set).
_COMMENT_FIELDS = {"text": TEXT, "replacement": TEXT, "resolution": TEXT, "history": SET}
_SETS = ("tags", "audiences", "objectives")
# Whole-entity keys merged by dedicated rules (everything else is a scalar or a text).
_STRUCTURE = frozenset(
    ("id", "deleted", "fields", "relations", "citations", "sections", "sessions", *_SETS)
)


class _Merger:
    """Collects conflicts while one entity is merged."""

    def __init__(self, prefer: str | None = None) -> None:
        self.conflicts: list[Conflict] = []
        self.prefer = prefer  # None: mine (the edit for delete versus edit); or a side

    def value(self, path: str, base: Any, mine: Any, theirs: Any, kind: str = SCALAR) -> Any:
        """Merge one value (text or scalar); keep mine on a conflict."""
        if theirs in (mine, base):
            return mine
        if mine == base:
            return theirs
        if kind == TEXT and all(isinstance(v, str) for v in (base, mine, theirs)):
            merged = merge_text(base, mine, theirs)
            if merged is not None:
                return merged
        if kind == SET and all(isinstance(v, list) for v in (base, mine, theirs)):
            return self.set_(base, mine, theirs)
        self.conflicts.append(Conflict(path, _plain(base), _plain(mine), _plain(theirs)))
        return theirs if self.prefer == "theirs" else mine

    def fields(
        self, path: str, base: State, mine: State, theirs: State, kinds: dict[str, str]
    ) -> State:
        """Merge the keys of three dicts one by one (texts as text); a removed key is absent."""
        out: State = {}
        for key in _union_keys(mine, theirs, base):
            b, m, t = base.get(key, MISSING), mine.get(key, MISSING), theirs.get(key, MISSING)
            kind = kinds.get(key, SCALAR)
            merged = self.value(f"{path}{key}", b, m, t, kind)
            if merged is not MISSING:
                out[key] = merged
        return out

    def set_(self, base: list[Any], mine: list[Any], theirs: list[Any]) -> list[Any]:
        """Merge lists of values as sets (adds and removes from both), keeping an order."""
        b = set(base)
        keep = (b & set(mine) & set(theirs)) | (set(mine) - b) | (set(theirs) - b)
        return list(merge_order(base, mine, theirs, keep))

    def keyed(
        self,
        path: str,
        base: list[State],
        mine: list[State],
        theirs: list[State],
        key: Callable[[State], Hashable],
        kinds: dict[str, str],
    ) -> list[State]:
        """Merge lists of dicts as ordered sets keyed by ``key`` (fields merged per key)."""
        b, m, t = ({key(e): e for e in side} for side in (base, mine, theirs))
        merged = self.elements(path, b, m, t, kinds)
        order = merge_order(list(b), list(m), list(t), set(merged))
        return [merged[k] for k in order]

    def elements(
        self,
        path: str,
        b: dict[Hashable, State],
        m: dict[Hashable, State],
        t: dict[Hashable, State],
        kinds: dict[str, str],
    ) -> dict[Hashable, State]:
        """Merge keyed elements: adds, removes, edits; removing what was edited conflicts."""
        out: dict[Hashable, State] = {}
        for k in _union_keys(m, t, b):
            where = f"{path}[{k if isinstance(k, str) else '/'.join(map(str, k))}]"
            if k in b:
                if k in m and k in t:
                    out[k] = self.element(where, b[k], m[k], t[k], kinds)
                elif k in m or k in t:
                    side = m.get(k) or t[k]
                    if side != b[k]:  # removed on one side, edited on the other
                        self.conflicts.append(
                            Conflict(where, b[k], _plain(m.get(k)), _plain(t.get(k)))
                        )
                        chosen = {"mine": m, "theirs": t}.get(self.prefer or "", {k: side})
                        if k in chosen:
                            out[k] = copy.deepcopy(chosen[k])
            elif k in m and k in t:
                # Added on both sides: the same element (by key) twice.
                first, second = sorted((m[k], t[k]), key=repr)
                out[k] = self.element(where, {}, first, second, kinds)
            else:
                out[k] = copy.deepcopy(m.get(k) or t[k])
        return out

    def element(self, path: str, b: State, m: State, t: State, kinds: dict[str, str]) -> State:
        """Merge one element's fields (its id is the same on all sides)."""
        merged = self.fields(f"{path}.", b, m, t, kinds)
        if "id" in m or "id" in t:
            merged["id"] = min(v["id"] for v in (m, t) if "id" in v)
        return merged

    def outline(
        self,
        base: list[State],
        mine: list[State],
        theirs: list[State],
        parents: tuple[str, str, dict[str, str]],
        children: tuple[str, str, dict[str, str]],
    ) -> list[State]:
        """Merge a two-level outline (sections of blocks, sessions of entries) keyed by ids.

        Children may move between parents: where a child sits is one more field of it.
        """
        p_name, c_list, p_kinds = parents
        c_name, _, c_kinds = children

        def flat(side: list[State]) -> tuple[list[State], list[State]]:
            heads = [{k: v for k, v in p.items() if k != c_list} for p in side]
            kids = [
                {**c, "_parent": p["id"]} for p in side for c in (p.get(c_list) or [])
            ]
            return heads, kids

        (bp, bc), (mp, mc), (tp, tc) = flat(base), flat(mine), flat(theirs)
        by_id = _by_id
        heads = self.elements(p_name, by_id(bp), by_id(mp), by_id(tp), p_kinds)
        kid_kinds = {**c_kinds, "_parent": SCALAR}
        kids = self.elements(c_name, by_id(bc), by_id(mc), by_id(tc), kid_kinds)
        for kid in kids.values():  # a child kept in a parent the other side removed
            parent = kid["_parent"]
            if parent not in heads:
                source = next(p for p in (*mp, *tp, *bp) if p["id"] == parent)
                heads[parent] = copy.deepcopy(source)
                self.conflicts.append(Conflict(f"{p_name}[{parent}]", None, None, None))
        head_order = merge_order(
            [p["id"] for p in bp], [p["id"] for p in mp], [p["id"] for p in tp], set(heads)
        )
        out = []
        for pid in head_order:
            keep = {k for k, v in kids.items() if v["_parent"] == pid}
            order = merge_order(
                [c["id"] for c in bc if c["_parent"] == pid],
                [c["id"] for c in mc if c["_parent"] == pid],
                [c["id"] for c in tc if c["_parent"] == pid],
                keep,
            )
            items = [{k: v for k, v in kids[c].items() if k != "_parent"} for c in order]
            out.append({**heads[pid], c_list: items})
        return out


def _kind_fields(kind: str) -> dict[str, str]:
    """Return how each field of an item kind merges: texts as text, lists as sets."""
    spec = KINDS.get(kind)
    if spec is None:
        return {}
    how = {"text": TEXT, "multiline": TEXT, "list": SET}
    return {f.name: how.get(f.type, SCALAR) for f in spec.fields}


def _by_id(side: list[State]) -> dict[Hashable, State]:
    return {e["id"]: e for e in side}


def _union_keys(*dicts: dict[Any, Any]) -> list[Any]:
    seen: dict[Any, None] = {}
    for d in dicts:
        seen.update(dict.fromkeys(d))
    return list(seen)


def _plain(value: Any) -> Any:
    return None if value is MISSING else copy.deepcopy(value)


def _relation_key(rel: State) -> Hashable:
    return (rel.get("type", ""), rel.get("target_id", ""))


def _citation_key(cit: State) -> Hashable:
    return (cit.get("source_id", ""), cit.get("locator", ""))


def _changed(base: State, side: State) -> bool:
    """Tell whether a side changed anything but the tombstone."""
    return {k: v for k, v in base.items() if k != "deleted"} != {
        k: v for k, v in side.items() if k != "deleted"
    }


def merge_states(
    entity_type: str,
    base: State | None,
    mine: State,
    theirs: State,
    prefer: str | None = None,
) -> MergeResult:
    """Merge two states of one entity against their common base (see the module text).

    ``prefer`` resolves the conflicts: None keeps mine (and the edited side of a delete
    versus edit), "mine" or "theirs" takes that side's value at each conflict.
    """
    if theirs in (mine, base):
        return MergeResult(copy.deepcopy(mine))
    if mine == base:
        return MergeResult(copy.deepcopy(theirs))
    if base is None:  # created on both sides under one id: nothing to merge against
        conflict = Conflict("", None, copy.deepcopy(mine), copy.deepcopy(theirs))
        chosen = theirs if prefer == "theirs" else mine
        return MergeResult(copy.deepcopy(chosen), [conflict])
    m = _Merger(prefer)
    kinds = {
        "item": _ITEM_FIELDS,
        "module": _MODULE_FIELDS,
        "curriculum": _CURRICULUM_FIELDS,
        "comment": _COMMENT_FIELDS,
    }[entity_type]
    tops = {k: v for k, v in base.items() if k not in _STRUCTURE}
    out = m.fields(
        "",
        tops,
        {k: v for k, v in mine.items() if k not in _STRUCTURE},
        {k: v for k, v in theirs.items() if k not in _STRUCTURE},
        kinds,
    )
    out["id"] = mine["id"]
    for key in _SETS:
        if key in mine or key in theirs:
            out[key] = m.set_(base.get(key) or [], mine.get(key) or [], theirs.get(key) or [])
    if entity_type == "item":
        out["fields"] = m.fields(
            "fields.", base.get("fields") or {}, mine.get("fields") or {},
            theirs.get("fields") or {}, _kind_fields(str(mine.get("kind", ""))),
        )
        out["relations"] = m.keyed(
            "relations", base.get("relations") or [], mine.get("relations") or [],
            theirs.get("relations") or [], _relation_key, {"note": TEXT},
        )
        out["citations"] = m.keyed(
            "citations", base.get("citations") or [], mine.get("citations") or [],
            theirs.get("citations") or [], _citation_key, {},
        )
    elif entity_type == "module":
        out["sections"] = m.outline(
            base.get("sections") or [], mine.get("sections") or [],
            theirs.get("sections") or [],
            ("sections", "blocks", _SECTION_FIELDS), ("blocks", "", _BLOCK_FIELDS),
        )
    elif entity_type == "curriculum":
        out["sessions"] = m.outline(
            base.get("sessions") or [], mine.get("sessions") or [],
            theirs.get("sessions") or [],
            ("sessions", "modules", _SESSION_FIELDS), ("modules", "", {}),
        )
    out["deleted"] = _merge_deleted(m, base, mine, theirs)
    ordered = {k: out[k] for k in _union_keys(mine, out) if k in out}
    return MergeResult(ordered, m.conflicts)


def _merge_deleted(m: _Merger, base: State, mine: State, theirs: State) -> bool:
    """Delete versus edit is a conflict; the edit stays alive, both sides are kept."""
    b, mi, th = (bool(s.get("deleted")) for s in (base, mine, theirs))
    if mi == th:
        return mi
    deleter, editor = (mine, theirs) if mi != b else (theirs, mine)
    if (mi if deleter is mine else th) and _changed(base, editor):
        m.conflicts.append(Conflict("deleted", copy.deepcopy(base), copy.deepcopy(mine),
                                    copy.deepcopy(theirs)))
        return {"mine": mi, "theirs": th}.get(m.prefer or "", False)
    return mi if mi != b else th
