"""Read a bundle into memory and check it (format, schema, domain rules) before writing."""

from __future__ import annotations

import os
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

from content.bundle.check import (
    MemberChecker,
    MemberProblems,
    count_problem,
    def_name_of,
    digest_problem,
    entity_problems,
    is_item_member,
    slim_item,
    where,
)
from content.bundle.common import (
    ASSET_INDEX,
    COMMENTS,
    ENTITY_TYPES,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MEMBER_RE,
    READABLE_VERSIONS,
    SLIM,
    compiler,
    progress_start,
    progress_step,
)
from content.bundle.export import (
    STAMP_KEYS,
)
from content.bundle.safety import (
    DEFAULT_LIMITS,
    BundleError,
    Limits,
    ReadBudget,
    check_archive,
    loads_checked_elsewhere,
    loads_strict,
    read_member,
)
from content.i18n import tr

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from content.progress import Progress


T = TypeVar("T")


# Reading and checking a bundle (nothing is written)
# ======================================================================================


@dataclass(slots=True)
class Entry:
    """One entity read from a member, with where it came from."""

    member: str
    index: int
    data: dict[str, Any]

    def where(self, field_path: str) -> str:
        """Name the member and field for a message."""
        return where(self.member, self.index, field_path)


@dataclass
class Parsed:
    """A fully read bundle."""

    manifest: dict[str, Any]
    entities: dict[str, list[Entry]]
    assets: list[Entry]
    blobs: dict[str, bytes]
    comments: bytes | None = None  # the comments.jsonld member (format version 2)


class ReadProblems:
    """Collect problems and raise them together."""

    LIMIT = 200

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, message: str) -> None:
        """Record one problem."""
        self.items.append(message)

    def raise_if_any(self, lead: str | None = None) -> None:
        """Raise a BundleError naming every problem (the first ones in the message).

        ``lead`` says what failed (worded by the caller); by default that the bundle was
        not imported.
        """
        if not self.items:
            return
        shown = self.items[:20]
        more = len(self.items) - len(shown)
        text = "\n".join(shown)
        if more:
            text += "\n" + tr("... and {n} more problems", n=more)
        lead = lead or tr("the bundle was not imported")
        raise BundleError(f"{lead}:\n{text}", self.items[: self.LIMIT])


# A bundle starts with a zip member header (or is an empty zip); zipfile itself would accept
# any bytes before it, which is how an HTML page and a zip are made into one file.
_ZIP_STARTS = (b"PK\x03\x04", b"PK\x05\x06")


def _open_zip(path: str | os.PathLike[str]) -> zipfile.ZipFile:
    where = os.fspath(path)
    try:
        with open(path, "rb") as fh:
            start = fh.read(4)
        if start not in _ZIP_STARTS:
            raise BundleError(tr(
                "{path} is not a Kursverk bundle: it does not start as a zip archive "
                "(something was put in front of the archive, or it is another kind of file)",
                path=where,
            ))
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise BundleError(tr(
            "{path} is not a readable bundle (zip): {reason}", path=where, reason=exc
        )) from None


def read_manifest(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Return a bundle’s manifest after the archive and manifest checks."""
    with _open_zip(path) as zf:
        infos = check_archive(zf)
        return _read_manifest(zf, infos, ReadBudget(DEFAULT_LIMITS))


def _read_manifest(
    zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], budget: ReadBudget
) -> dict[str, Any]:
    by_name = {i.filename: i for i in infos}
    if MANIFEST not in by_name:
        raise BundleError(tr("not a Kursverk bundle: manifest.json is missing"))
    manifest = loads_strict(read_member(zf, by_name[MANIFEST], budget), MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise BundleError(tr(
            "not a Kursverk bundle: manifest.json, field format is {found}", found=repr(found)
        ))
    version = manifest.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise BundleError(tr(
            "this bundle was made by a newer Kursverk (bundle format version {version}; "
            "this Kursverk reads version {readable}); update Kursverk to import it",
            version=version, readable=FORMAT_VERSION,
        ))
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise BundleError(tr(
            "bundle member manifest.json, field format_version: unknown ({version})",
            version=repr(version),
        ))
    problems = ReadProblems()
    _check_schema("manifest", manifest, _manifest_field, problems)
    problems.raise_if_any(tr("the bundle’s manifest is invalid"))
    _check_member_list(manifest, by_name)
    return manifest


def _manifest_field(field_path: str) -> str:
    """Name a field of the manifest for a message."""
    return tr("bundle member {member}, field {field}", member=MANIFEST, field=field_path)


def _check_schema(def_name: str, value: Any, where: Any, problems: ReadProblems) -> None:
    errors: list[tuple[str, str]] = []
    compiler().checker(def_name)(value, "", errors)
    for path, message in errors:
        problems.add(f"{where(path)}: {message}")


def _check_member_list(manifest: dict[str, Any], by_name: dict[str, zipfile.ZipInfo]) -> None:
    listed = [m["name"] for m in manifest["members"]]
    if len(set(listed)) != len(listed):
        raise BundleError(tr(
            "bundle member manifest.json, field members: a member is listed twice"
        ))
    for name in by_name:
        if name != MANIFEST and name not in listed:
            raise BundleError(tr(
                "bundle member {member}: unknown member (not in the manifest)", member=ascii(name)
            ))
    for name in listed:
        if name not in (ASSET_INDEX, COMMENTS) and not MEMBER_RE.match(name):
            raise BundleError(
                tr("bundle member {member}: unknown member name", member=ascii(name))
            )
        if name not in by_name:
            raise BundleError(tr(
                "bundle member {member}: listed in the manifest but missing", member=ascii(name)
            ))


def read_bundle(
    path: str | os.PathLike[str],
    limits: Limits,
    progress: Progress | None,
    stored: Callable[[list[str]], set[str]] | None = None,
) -> Parsed:
    """Read and check the whole archive, keeping only what the later checks need.

    Every member is read, parsed and checked (a big bundle's larger part in a worker),
    but an item the library does not have yet is kept as a slim record (see _slim_item):
    such an item is new, so nothing but its id, kind, references and history count is
    needed before it is written, and write.py reads its member again to write it
    (read_items). ``stored(ids)`` tells which item ids the library holds (those are
    kept whole: planning compares them with the library's); without it every item is.
    """
    with _open_zip(path) as zf:
        infos = check_archive(zf, limits)
        budget = ReadBudget(limits)
        manifest = _read_manifest(zf, infos, budget)
        by_name = {i.filename: i for i in infos}
        checker = MemberChecker(
            path, manifest["members"], {i.filename: i.file_size for i in infos}, limits
        )
        keep: Callable[[list[str]], set[str]] = stored or set
        try:
            parsed = Parsed(manifest, {t: [] for t in ENTITY_TYPES}, [], {})
            problems = ReadProblems()
            remote: list[tuple[dict[str, Any], list[Any] | None]] = []
            progress_start(progress, len(manifest["members"]), tr("Reading the bundle"))
            for listed in manifest["members"]:
                name = listed["name"]
                if name in checker.remote and is_item_member(name):
                    remote.append((listed, None))  # the worker reads, checks and slims it
                else:
                    data = read_member(zf, by_name[name], budget)
                    local = name not in checker.remote
                    value = _read_one(parsed, listed, data, limits, problems, keep, local=local)
                    del data
                    if value is not None:
                        remote.append((listed, value))
                progress_step(progress)
            results = checker.results() if checker.remote else None
            for listed, sent in remote:
                name = listed["name"]
                found = results.get(name) if results is not None else None
                value = sent if sent is not None else checker.slims.get(name)
                if found is not None and value is None and any(i is None for i, _ in found):
                    value = []  # the member itself is refused (its problems say why)
                if found is None or value is None:  # no worker: read and check it here
                    here = _check_here(zf, by_name[name], listed, limits, keep, problems)
                    if here is None:
                        continue
                    value, found = here
                elif sent is None:
                    value = _stored_whole(zf, by_name[name], listed, value, limits, keep)
                _add_entities(parsed, name, value, found, problems)
        finally:
            checker.close()
    _check_counts(parsed, problems)
    problems.raise_if_any()
    return parsed


def read_items(
    path: str | os.PathLike[str],
    manifest: dict[str, Any],
    limits: Limits,
    prepare: Callable[[list[dict[str, Any]]], T],
) -> Iterator[T]:
    """Read the item members again, one at a time, for writing (see read_bundle).

    Each member must still hold the bytes read_bundle checked (its sha256 in the
    manifest); the items' history is filled in as read_bundle does for whole entities.
    Yields what ``prepare`` makes of each member's items (their rows): the next member is
    read, parsed and prepared in a thread while the caller writes one.
    """
    names = [m for m in manifest["members"] if is_item_member(m["name"])]
    with _open_zip(path) as zf, ThreadPoolExecutor(1, "kursverk-bundle-read") as pool:
        by_name = {i.filename: i for i in zf.infolist()}
        budget = ReadBudget(limits)

        def load(listed: dict[str, Any]) -> T:
            name = listed["name"]
            info = by_name.get(name)
            data = read_member(zf, info, budget) if info is not None else b""
            if (problem := digest_problem(listed, data)) is not None:
                raise BundleError(_changed_meanwhile(problem))
            # The very bytes read_bundle parsed strictly: the quick parse gives their value.
            value: list[dict[str, Any]] = loads_checked_elsewhere(
                data, name, limits, schema_bounded=True
            )
            for entity in value:
                _fill_history(entity)
            return prepare(value)

        pending = pool.submit(load, names[0]) if names else None
        for following in [*names[1:], None]:
            assert pending is not None
            prepared = pending.result()
            pending = pool.submit(load, following) if following is not None else None
            yield prepared
            del prepared


def _changed_meanwhile(problem: str) -> str:
    """Say that a member's bytes differ from the ones checked before (the file changed)."""
    return tr(
        "the bundle was not imported:\n{problem} (the file changed meanwhile)", problem=problem
    )


def _check_here(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    listed: dict[str, Any],
    limits: Limits,
    keep: Callable[[list[str]], set[str]],
    problems: ReadProblems,
) -> tuple[list[Any], MemberProblems] | None:
    """Read and check a member the worker was to check (it could not run)."""
    name = listed["name"]
    data = read_member(zf, info, ReadBudget(limits))
    if (problem := digest_problem(listed, data)) is not None:
        problems.add(problem)
        return None
    value = loads_strict(data, name, limits, schema_bounded=name != ASSET_INDEX)
    found = _entries_checked(listed, value, problems)
    if found is None:
        return None
    return cast("list[Any]", _shrink(name, value, keep)), found


def _entries_checked(
    listed: dict[str, Any], value: Any, problems: ReadProblems
) -> MemberProblems | None:
    """Check here that a member is a JSON list of as many entries as the manifest lists.

    Returns its entries' problems, or None (a problem added) when it is no list.
    """
    name = listed["name"]
    if not isinstance(value, list):
        problems.add(tr("bundle member {member}: must be a JSON list", member=name))
        return None
    if len(value) != listed["count"]:
        problems.add(count_problem(name, len(value), listed["count"]))
    return entity_problems(name, value)


def _stored_whole(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    listed: dict[str, Any],
    slims: list[Any],
    limits: Limits,
    keep: Callable[[list[str]], set[str]],
) -> list[Any]:
    """Put whole entities in place of the worker's slim records of items the library holds."""
    whole = keep([d["id"] for d in slims if d is not None])
    if not whole:
        return slims
    data = read_member(zf, info, ReadBudget(limits))
    if (problem := digest_problem(listed, data)) is not None:  # the worker checked other bytes
        raise BundleError(_changed_meanwhile(problem))
    full = loads_checked_elsewhere(data, listed["name"], limits, schema_bounded=True)
    return [
        full[i] if d is not None and d["id"] in whole else d for i, d in enumerate(slims)
    ]


def _shrink(name: str, value: Any, keep: Callable[[list[str]], set[str]]) -> Any:
    """Replace the items of a member the library does not hold by slim records.

    A member another process checks is shrunk before its verdict is known: an entry that
    does not have the shape a slim record needs becomes None (the verdict names it).
    """
    if not isinstance(value, list) or not is_item_member(name):
        return value
    ids = [d["id"] for d in value if isinstance(d, dict) and isinstance(d.get("id"), str)]
    whole = keep(ids)
    out: list[Any] = []
    for d in value:
        if isinstance(d, dict) and d.get("id") in whole:
            out.append(d)
            continue
        try:
            out.append(slim_item(d))
        except (KeyError, TypeError, AttributeError):
            out.append(None)
    return out


def _read_one(
    parsed: Parsed,
    listed: dict[str, Any],
    data: bytes,
    limits: Limits,
    problems: ReadProblems,
    keep: Callable[[list[str]], set[str]],
    *,
    local: bool = True,
) -> list[Any] | None:
    """Read one member; return its (shrunk) entries when the worker process checks them."""
    name = listed["name"]
    if (problem := digest_problem(listed, data)) is not None:
        problems.add(problem)
        return None
    if name.endswith(".bin"):
        parsed.blobs[name[len("assets/") : -len(".bin")]] = data
        return None
    if name == COMMENTS:
        parsed.comments = data  # checked when merged (content.review.comments_file)
        return None
    bounded = name != ASSET_INDEX
    if local:
        value = loads_strict(data, name, limits, schema_bounded=bounded)
    else:
        value = loads_checked_elsewhere(data, name, limits, schema_bounded=bounded)
    if not local:  # the worker checks its shape and count, on the same bytes
        return cast("list[Any]", _shrink(name, value, keep)) if isinstance(value, list) else []
    found = _entries_checked(listed, value, problems)
    if found is not None:
        _add_entities(parsed, name, _shrink(name, value, keep), found, problems)
    return None


def _add_entities(
    parsed: Parsed, name: str, value: list[Any], found: MemberProblems, problems: ReadProblems
) -> None:
    """Keep a member's valid entries; record the problems of the others."""
    bad: set[int | None] = set()
    for index, message in found:
        problems.add(message)
        bad.add(index)
    if None in bad:
        return
    def_name = def_name_of(name)
    target = parsed.assets if def_name == "asset" else parsed.entities[def_name]
    for index, entity in enumerate(value):
        if index not in bad:
            if entity is None:  # not even the shape of a slim record, yet found valid
                problems.add(tr(NOT_VALID[def_name], where=where(name, index, "")))
                continue
            if def_name != "asset" and SLIM not in entity:
                _fill_history(entity)
            target.append(Entry(name, index, entity))


# An entry without even the shape of its kind, per definition.
NOT_VALID = {
    "item": "{where}: not a valid item",
    "module": "{where}: not a valid module",
    "curriculum": "{where}: not a valid curriculum",
    "asset": "{where}: not a valid asset",
}


def _fill_history(entity: dict[str, Any]) -> None:
    """Replace history states written as null by the entity's current state.

    The newest revision's entry is marked CURRENT instead and keeps None: the import
    stores its state as NULL, "the entity's current state" (see db.models.Revision).
    """
    current = None
    for h in entity["history"]:
        if h["state"] is None:
            if h["revision"] == entity["revision"]:
                h[CURRENT] = True  # its state is stored as NULL: no copy needed here
                continue
            current = current or {k: v for k, v in entity.items() if k not in STAMP_KEYS}
            h["state"] = current


CURRENT = "\0current"  # a key no JSON member can bring (the schema forbids unknown keys)


def _check_counts(parsed: Parsed, problems: ReadProblems) -> None:
    counts = parsed.manifest["counts"]
    actual = {
        "items": len(parsed.entities["item"]),
        "modules": len(parsed.entities["module"]),
        "curricula": len(parsed.entities["curriculum"]),
        "revisions": sum(len(e.data["history"]) for v in parsed.entities.values() for e in v),
        "assets": len(parsed.assets),
    }
    if problems.items:
        return  # invalid entities were left out; their problems say more than counts
    for key, n in actual.items():
        if counts[key] != n:
            problems.add(tr(
                "bundle member manifest.json, field counts.{key}: says {says}, "
                "the bundle holds {n}",
                key=key, says=counts[key], n=n,
            ))
