"""The domain rules a bundle's content must keep before anything is written.

References between entities (relations, citations, module blocks, curriculum sessions)
resolved in the bundle or the library, unique ids and codes, each entity's own rules, and
the assets its text uses. ``check_domain`` runs them on what ``content.bundle.read`` read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import literal, select

from content.bundle.export import (
    ENTITY_CLASSES,
    in_batches,
)
from content.bundle.read import Entry, Parsed, ReadProblems
from content.curricula.commands import validate_curriculum
from content.errors import ValidationError
from content.i18n import tr
from content.items.kinds import relation_problem
from content.modules.commands import duplicate_codes, stored_codes, validate_module

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from sqlalchemy.orm import Session




# -- domain rules and references ----------------------------------------------------------

# The message of an entity id found twice, per entity type (the words differ in Norwegian).
TWICE_IN_BUNDLE = {
    "item": "{where}: the item id {id} appears twice in the bundle",
    "module": "{where}: the module id {id} appears twice in the bundle",
    "curriculum": "{where}: the curriculum id {id} appears twice in the bundle",
}


def is_empty(session: Session, table: Any) -> bool:
    """Tell whether a table has no rows (then looking ids up in it can be skipped)."""
    return session.execute(select(literal(1)).select_from(table).limit(1)).first() is None


def _known(session: Session, etype: str, refs: Callable[[], set[str]]) -> dict[str, str]:
    """Return {id: kind} (items) or {id: id} of stored entities among the ids refs() gives.

    An empty table is not asked (nor are the ids gathered): a first import skips this.
    """
    cls = ENTITY_CLASSES[etype]
    if is_empty(session, cls.__table__):
        return {}
    col = cls.kind if etype == "item" else cls.id
    found: dict[str, str] = {}
    for batch in in_batches(refs()):
        found.update(
            {r[0]: r[1] for r in session.execute(select(cls.id, col).where(cls.id.in_(batch)))}
        )
    return found


def check_domain(session: Session, parsed: Parsed) -> Callable[[], None]:
    """Check ids (now) and domain rules and references (in the returned function).

    Everything that reads the library happens here; the returned check is pure Python
    and touches no database, so it may run while the search index is built (see
    bundle_write._import). Each raises BundleError naming every problem.
    """
    problems = ReadProblems()
    _check_unique_ids(parsed, problems)
    problems.raise_if_any()  # planning needs unique ids
    items, modules = parsed.entities["item"], parsed.entities["module"]

    def own_modules() -> set[str]:
        return {e.data["id"] for e in modules}

    # Only references to entities outside the bundle are looked up in the library.
    stored_kinds = _known(
        session, "item", lambda: _item_refs(parsed) - {e.data["id"] for e in items}
    )
    stored_modules = _known(session, "module", lambda: _module_refs(parsed) - own_modules())
    other_codes = stored_codes(session, own_modules())

    def check_rules() -> None:
        kinds = {**stored_kinds, **{e.data["id"]: e.data["kind"] for e in items}}
        module_ids = set(stored_modules) | own_modules()
        for entry in items:
            _check_item(entry, kinds, problems)
        for entry in modules:
            _check_module(entry, kinds, problems)
        for i, clash in duplicate_codes([e.data for e in modules], other_codes):
            problems.add(f"{modules[i].where('code')}: {clash}")
        for entry in parsed.entities["curriculum"]:
            _check_curriculum(entry, module_ids, problems)
        _check_assets(parsed, problems)
        problems.raise_if_any()

    return check_rules


def _item_refs(parsed: Parsed) -> set[str]:
    """Return the ids of every item the bundle's entities refer to."""
    refs = {r["target_id"] for e in parsed.entities["item"] for r in e.data["relations"]}
    refs |= {c["source_id"] for e in parsed.entities["item"] for c in e.data["citations"]}
    refs |= {
        b["item_id"]
        for e in parsed.entities["module"]
        for s in e.data["sections"]
        for b in s["blocks"]
        if b["item_id"]
    }
    return refs


def _module_refs(parsed: Parsed) -> set[str]:
    """Return the ids of every module the bundle's curricula place."""
    return {
        m["module_id"]
        for e in parsed.entities["curriculum"]
        for s in e.data["sessions"]
        for m in s["modules"]
    }


def _check_unique_ids(parsed: Parsed, problems: ReadProblems) -> None:
    # The usual case, every id unique, is told apart cheaply; only then are paths built.
    ids = [e.data["id"] for entries in parsed.entities.values() for e in entries]
    ids += [
        child["id"]
        for e in parsed.entities["item"]
        for key in ("relations", "citations")
        for child in e.data[key]
    ]
    for etype, outer, inner in (("module", "sections", "blocks"), ("curriculum", "sessions",
                                                                   "modules")):
        for e in parsed.entities[etype]:
            for part in e.data[outer]:
                ids.append(part["id"])
                ids += [child["id"] for child in part[inner]]
    if len(set(ids)) == len(ids):
        return
    for etype, entries in parsed.entities.items():
        seen: dict[str, Entry] = {}
        for entry in entries:
            if entry.data["id"] in seen:
                problems.add(tr(
                    TWICE_IN_BUNDLE[etype], where=entry.where("id"), id=entry.data["id"]
                ))
            seen[entry.data["id"]] = entry
    children: dict[str, str] = {}
    for etype, entries in parsed.entities.items():
        for entry in entries:
            for path, child_id in child_ids(etype, entry.data):
                if child_id in children:
                    problems.add(tr(
                        "{where}: id {id} is used twice in the bundle",
                        where=entry.where(path), id=child_id,
                    ))
                children[child_id] = path


def child_ids(etype: str, data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Yield (path, id) of the ids an entity's children carry."""
    if etype == "item":
        yield from ((f"relations[{i}].id", r["id"]) for i, r in enumerate(data["relations"]))
        yield from ((f"citations[{i}].id", c["id"]) for i, c in enumerate(data["citations"]))
        return
    outer, inner = ("sections", "blocks") if etype == "module" else ("sessions", "modules")
    for i, sec in enumerate(data[outer]):
        yield f"{outer}[{i}].id", sec["id"]
        for j, child in enumerate(sec[inner]):
            yield f"{outer}[{i}].{inner}[{j}].id", child["id"]


def _check_item(entry: Entry, kinds: dict[str, str], problems: ReadProblems) -> None:
    d = entry.data  # its own values were checked as it was read (bundle_check)
    for i, rel in enumerate(d["relations"]):
        target_kind = kinds.get(rel["target_id"])
        if target_kind is None:
            problems.add(_nowhere(entry.where(f"relations[{i}].target_id"), rel["target_id"]))
        elif problem := relation_problem(
            rel["type"], d["kind"], target_kind, source_id=d["id"], target_id=rel["target_id"]
        ):
            problems.add(f"{entry.where(f'relations[{i}].type')}: {problem}")
    for i, cit in enumerate(d["citations"]):
        source_kind = kinds.get(cit["source_id"])
        if source_kind is None:
            problems.add(_nowhere(entry.where(f"citations[{i}].source_id"), cit["source_id"]))
        elif source_kind != "source":
            problems.add(
                f"{entry.where(f'citations[{i}].source_id')}: "
                + tr("{source} is not a source item", source=cit["source_id"])
            )


def _check_module(entry: Entry, kinds: dict[str, str], problems: ReadProblems) -> None:
    _rule_problems(entry, validate_module, problems)
    for i, sec in enumerate(entry.data["sections"]):
        for j, block in enumerate(sec["blocks"]):
            if block["item_id"] and block["item_id"] not in kinds:
                problems.add(
                    _nowhere(entry.where(f"sections[{i}].blocks[{j}].item_id"), block["item_id"])
                )


def _check_curriculum(entry: Entry, modules: set[str], problems: ReadProblems) -> None:
    _rule_problems(entry, validate_curriculum, problems)
    for i, ses in enumerate(entry.data["sessions"]):
        for j, placed in enumerate(ses["modules"]):
            if placed["module_id"] not in modules:
                problems.add(tr(
                    "{where}: module {id} is neither in the bundle nor in the library",
                    where=entry.where(f"sessions[{i}].modules[{j}].module_id"),
                    id=placed["module_id"],
                ))


def _nowhere(where: str, item_id: str) -> str:
    """Say that an item a field refers to is neither in the bundle nor in the library."""
    return tr(
        "{where}: item {id} is neither in the bundle nor in the library",
        where=where, id=item_id,
    )


def _rule_problems(entry: Entry, rule: Any, problems: ReadProblems) -> None:
    try:
        rule(entry.data)
    except ValidationError as exc:
        named = f" ({exc.entity})" if exc.entity else ""  # which module or curriculum
        for field_name, message in exc.problems:
            problems.add(f"{entry.where(field_name)}{named}: {message}")


def _check_assets(parsed: Parsed, problems: ReadProblems) -> None:
    seen: set[str] = set()
    for entry in parsed.assets:
        a = entry.data
        blob = parsed.blobs.get(a["sha256"])
        if a["id"] in seen:
            problems.add(
                tr("{where}: asset {id} appears twice", where=entry.where("id"), id=a["id"])
            )
        seen.add(a["id"])
        if blob is None:
            problems.add(tr(
                "{where}: member assets/{sha256}.bin is missing",
                where=entry.where("sha256"), sha256=a["sha256"],
            ))
        elif len(blob) != a["size"]:
            problems.add(tr("{where}: does not match the asset’s data", where=entry.where("size")))
    used = {a.data["sha256"] for a in parsed.assets}
    for digest in set(parsed.blobs) - used:
        problems.add(tr(
            "bundle member assets/{sha256}.bin: no asset in assets/index.json uses it",
            sha256=digest,
        ))


# ======================================================================================
