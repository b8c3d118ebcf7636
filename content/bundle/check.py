"""Check bundle members against the schema, in this process or in a second one.

Checking 100,000 items against the schema is the slowest part of reading a bundle and
pure Python, so a big bundle's members are split: a worker process reads, parses and
checks the larger part (with exactly the same functions) while this process checks the
rest and parses everything. Both read the members under the manifest's sha256, so
the worker checked the very bytes this process uses. Only lean modules are imported
here: the worker starts in a fresh interpreter.

The worker is ``python -m content.bundle.worker`` with its request on stdin and its answer
on stdout (JSON), not a multiprocessing child: a spawned child re-imports the caller's
``__main__``, so a user's script without a ``__main__`` guard would start its import again
in the worker, lose the worker and take twice as long.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
import sys
import zipfile
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from content.bundle.common import ASSET_INDEX, ASSET_REF, ASSET_REFS, FOLDERS, SLIM, compiler
from content.bundle.fastcheck import fast_validator
from content.bundle.safety import (
    BundleError,
    Limits,
    ReadBudget,
    check_archive,
    loads_strict,
    read_member,
)
from content.i18n import language, set_language, tr
from content.items.kinds import validate_item_values
from content.workers import start_worker

if TYPE_CHECKING:
    import subprocess

# Members holding more than this many bytes in all are checked in two processes. Below it
# the worker's start (~0.3 s) costs more than it saves.
PARALLEL_FROM_BYTES = 24 * 1024 * 1024

# The share of the members checked here; the worker parses and checks the rest.
LOCAL_SHARE = 0.5

ETYPE_OF_FOLDER = {folder: etype for etype, folder in FOLDERS.items()}

# (entity index or None for the member itself, problem)
MemberProblems = list[tuple[int | None, str]]


def def_name_of(member: str) -> str:
    """Return the schema definition a member's entries follow."""
    return "asset" if member == ASSET_INDEX else ETYPE_OF_FOLDER[member.split("/", maxsplit=1)[0]]


def where(member: str, index: int, field_path: str) -> str:
    """Name the member and field for a message."""
    path = f"[{index}].{field_path}" if field_path else f"[{index}]"
    return tr("bundle member {member}, field {field}", member=member, field=path)


def entity_problems(member: str, entities: list[Any]) -> MemberProblems:
    """Return the problems of a member's entries, with their indexes.

    Schema problems first; an entity that fits the schema then has its timestamps and
    history checked, and an item the rules of its kind (the rules that need other
    entities come later, in bundle_read).
    When msgspec finds every entry valid the Python checker is skipped; otherwise it
    checks each entry and names the fields.
    """
    def_name = def_name_of(member)
    fast = fast_validator(def_name)
    all_fit = fast is not None and fast(entities)
    check = compiler().checker(def_name)
    out: MemberProblems = []
    for index, entity in enumerate(entities):
        errors: list[tuple[str, str]] = []
        if not all_fit:
            check(entity, "", errors)
        if not errors and def_name != "asset":
            errors = stamp_problems(entity)
        if not errors and def_name == "item":
            errors = validate_item_values(
                entity["kind"], entity["title"], entity["fields"],
                language=entity["language"], status=entity["status"],
            )
        out += [(index, f"{where(member, index, path)}: {message}") for path, message in errors]
    return out


def stamp_problems(d: dict[str, Any]) -> list[tuple[str, str]]:
    """Return the problems of an entity's timestamps and history (fits the schema)."""
    out = []
    for key in ("created_at", "updated_at", "deleted_at"):
        if d[key] is not None and not _real_time(d[key]):
            out.append((key, tr("{value} is not a real date and time", value=d[key])))
    for i, h in enumerate(d["history"]):
        if not _real_time(h["changed_at"]):
            out.append((
                f"history[{i}].changed_at",
                tr("{value} is not a real date and time", value=h["changed_at"]),
            ))
    if d["deleted"] != (d["deleted_at"] is not None):
        out.append(("deleted_at", tr("must be set exactly when deleted is true")))
    numbers = [h["revision"] for h in d["history"]]
    if numbers != sorted(set(numbers)) or (numbers and numbers[-1] > d["revision"]):
        out.append((
            "history",
            tr(
                "revisions must be unique, ascending and not above revision {revision}",
                revision=d["revision"],
            ),
        ))
    return out


@lru_cache(maxsize=65_536)
def _real_time(value: str) -> bool:
    """Tell whether a timestamp the schema let through names a real moment (no month 13)."""
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def digest_problem(listed: dict[str, Any], data: bytes) -> str | None:
    """Say so when a member's bytes are not the ones the manifest lists."""
    if hashlib.sha256(data).hexdigest() != listed["sha256"]:
        return tr(
            "bundle member {member}: content does not match its sha256 in the manifest",
            member=listed["name"],
        )
    return None


def check_members(
    path: str, members: list[dict[str, Any]], limits: Limits, lang: str
) -> dict[str, Any]:
    """Read, parse and check JSON members (runs in the worker process).

    Returns {"problems": {member: problems}, "slim": {member: slim records}}: the slim
    records (slim_item, None for an entry without the shape) of the item members, so
    this process need not parse those members before writing.
    """
    gc.disable()  # short-lived and cycle-free; the collector would only walk the parsed JSON
    set_language(lang)  # problems are worded as this process would word them
    out: dict[str, MemberProblems] = {}
    slims: dict[str, list[dict[str, Any] | None]] = {}
    with zipfile.ZipFile(path) as zf:
        infos = {i.filename: i for i in check_archive(zf, limits)}
        budget = ReadBudget(limits)
        for listed in members:
            name = listed["name"]
            try:
                data = read_member(zf, infos[name], budget)
                problem = digest_problem(listed, data)
                if problem is not None:
                    out[name] = [(None, problem)]
                    continue
                value = loads_strict(data, name, limits, schema_bounded=name != ASSET_INDEX)
            except (BundleError, KeyError) as exc:
                out[name] = [(None, str(exc))]
                continue
            if not isinstance(value, list):
                out[name] = [(None, tr("bundle member {member}: must be a JSON list", member=name))]
                continue
            found = entity_problems(name, value)
            if len(value) != listed["count"]:
                found.insert(0, (None, count_problem(name, len(value), listed["count"])))
            out[name] = found
            if is_item_member(name):
                slims[name] = [_slim_or_none(d) for d in value]
    return {"problems": out, "slim": slims}


def count_problem(member: str, held: int, listed: int) -> str:
    """Say that a member holds another number of entries than the manifest lists."""
    return tr(
        "bundle member {member}: holds {n} entries, the manifest says {listed}",
        member=member, n=held, listed=listed,
    )


def is_item_member(name: str) -> bool:
    """Tell whether a member holds items (items/NNNN.json)."""
    return name.endswith(".json") and name != ASSET_INDEX and def_name_of(name) == "item"


def slim_item(d: dict[str, Any]) -> dict[str, Any]:
    """Keep what the checks and planning need of a new item (ids, references, counts).

    The import keeps an item the library does not hold as this record until it writes
    the item, reading its member again (content.bundle.read.read_items).
    """
    slim = {
        SLIM: True,
        "id": d["id"],
        "kind": sys.intern(d["kind"]),
        "revision": d["revision"],
        "relations": [
            {"id": r["id"], "target_id": r["target_id"], "type": sys.intern(r["type"]),
             "note": r["note"]}
            for r in d["relations"]
        ],
        "citations": [
            {"id": c["id"], "source_id": c["source_id"], "locator": c["locator"]}
            for c in d["citations"]
        ],
        "history": [h["revision"] for h in d["history"]],
    }
    text = d["body"] + d["summary"]
    if "asset:" in text:
        slim[ASSET_REFS] = ASSET_REF.findall(text)
    return slim


def _slim_or_none(d: Any) -> dict[str, Any] | None:
    """Return an entry's slim record, or None when it has not the shape (its problems say)."""
    try:
        return slim_item(d)
    except (KeyError, TypeError, AttributeError):
        return None


class MemberChecker:
    """Check most of the JSON members in a worker process, when worth it."""

    def __init__(self, path: str | os.PathLike[str], members: list[dict[str, Any]],
                 sizes: dict[str, int], limits: Limits) -> None:
        self.remote: set[str] = set()
        # The worker's slim records of its item members (see check_members), once answered.
        self.slims: dict[str, list[dict[str, Any] | None]] = {}
        self._proc: subprocess.Popen[bytes] | None = None
        json_members = [m for m in members if m["name"].endswith(".json")]
        if sum(sizes.get(m["name"], 0) for m in json_members) < PARALLEL_FROM_BYTES:
            return
        # This process also parses every member, so the worker takes the larger share.
        remote = json_members[int(len(json_members) * LOCAL_SHARE) :]
        request = {
            "path": os.fspath(Path(path).resolve()),
            "members": remote,
            "limits": dataclasses.asdict(limits),
            "lang": language(),
        }
        try:
            self._proc = _start_worker()
            if self._proc.stdin is not None:
                self._proc.stdin.write(orjson.dumps(request))
                self._proc.stdin.close()
        except OSError:
            self.close()  # no second process here: everything is checked in this one
            return
        self.remote = {m["name"] for m in remote}

    def results(self) -> dict[str, MemberProblems] | None:
        """Wait for the worker; None when it could not run (check locally then)."""
        if self._proc is None:
            return None
        try:
            out = self._proc.stdout.read() if self._proc.stdout is not None else b""
            self._proc.wait()
            if self._proc.returncode != 0:
                return None
            answer = orjson.loads(out)
            self.slims = answer["slim"]
            return {
                name: [(index, message) for index, message in problems]
                for name, problems in answer["problems"].items()
            }
        except (OSError, ValueError, TypeError, KeyError):
            return None
        finally:
            self.close()

    def close(self) -> None:
        """Stop the worker (at once when the read failed)."""
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
                self._proc.wait()
            for stream in (self._proc.stdin, self._proc.stdout):
                if stream is not None and not stream.closed:
                    stream.close()
            self._proc = None


def _start_worker() -> subprocess.Popen[bytes]:
    """Start ``python -m content.bundle.worker`` (tests replace this)."""
    return start_worker("content.bundle.worker")
