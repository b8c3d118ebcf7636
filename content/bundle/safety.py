"""Refuse hostile bundles: unsafe zip members, zip bombs and non-strict JSON.

Nothing here writes to disk. Members are read into memory in chunks, with every size
limit enforced on the bytes actually read (declared sizes are never trusted).
"""

from __future__ import annotations

import itertools
import json
import re
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from content.errors import ContentError
from content.i18n import tr

if TYPE_CHECKING:
    from collections.abc import Callable

MiB = 1024 * 1024
_CHUNK = 256 * 1024
_BAD_NAME_CHARS = re.compile(r"[\x00-\x1f\x7f\\]")
_DRIVE = re.compile(r"^[A-Za-z]:")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ALLOWED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class BundleError(ContentError):
    """A bundle cannot be read or imported; the message names the member and field."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]


@dataclass(frozen=True)
class Limits:
    """Size limits a bundle must keep to."""

    max_members: int = 20_000
    max_member_size: int = 64 * MiB
    max_total_size: int = 2048 * MiB
    max_ratio: int = 200
    ratio_floor: int = 1 * MiB  # members smaller than this may compress better
    max_depth: int = 32
    max_string: int = 4_000_000
    max_number_chars: int = 40


DEFAULT_LIMITS = Limits()


# -- the archive ------------------------------------------------------------------------


def check_archive(zf: zipfile.ZipFile, limits: Limits = DEFAULT_LIMITS) -> list[zipfile.ZipInfo]:
    """Check every member's header; return the members or raise BundleError."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise BundleError(tr(
            "the bundle has {n} members; at most {most}", n=len(infos), most=limits.max_members
        ))
    for info in infos:
        check_name(info)
        check_member_header(info, limits)
    check_collisions(infos)
    check_sizes(infos, limits)
    check_overlap(infos)
    return infos


def check_name(info: zipfile.ZipInfo) -> None:
    """Refuse member names that could point outside a folder or hide their meaning."""
    for name in {info.filename, info.orig_filename}:
        shown = ascii(name)
        if not name:
            raise BundleError(tr("bundle member with an empty name"))
        if _BAD_NAME_CHARS.search(name):
            raise BundleError(tr(
                "bundle member {member}: name has a backslash or control character",
                member=shown,
            ))
        if name.startswith("/"):
            raise BundleError(tr("bundle member {member}: absolute path", member=shown))
        if _DRIVE.match(name):
            raise BundleError(
                tr("bundle member {member}: name starts with a drive letter", member=shown)
            )
        if ".." in name.split("/"):
            raise BundleError(tr("bundle member {member}: name contains '..'", member=shown))
        if name.endswith("/") or any(not part for part in name.split("/")):
            raise BundleError(
                tr("bundle member {member}: folder entries are not allowed", member=shown)
            )


def check_member_header(info: zipfile.ZipInfo, limits: Limits) -> None:
    """Refuse links, encrypted members and unusual compression."""
    name = ascii(info.filename)
    mode = (info.external_attr >> 16) & 0o170000
    if mode == stat.S_IFLNK:
        raise BundleError(tr("bundle member {member}: symbolic links are not allowed", member=name))
    if mode not in (0, stat.S_IFREG):
        raise BundleError(tr("bundle member {member}: only plain files are allowed", member=name))
    if info.flag_bits & 0x1:
        raise BundleError(
            tr("bundle member {member}: encrypted members are not allowed", member=name)
        )
    if info.compress_type not in _ALLOWED_COMPRESSION:
        raise BundleError(tr(
            "bundle member {member}: compression method {method} is not allowed "
            "(only stored or deflated)",
            member=name, method=info.compress_type,
        ))


def check_collisions(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse duplicate names, also after case folding and Unicode normalisation."""
    seen: dict[str, str] = {}
    for info in infos:
        key = unicodedata.normalize("NFC", info.filename).casefold()
        key = unicodedata.normalize("NFC", key)
        if key in seen:
            raise BundleError(tr(
                "bundle member {member}: name collides with {other} (duplicate, or differs "
                "only in case or normalisation)",
                member=ascii(info.filename), other=ascii(seen[key]),
            ))
        seen[key] = info.filename


def check_sizes(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Refuse declared sizes and compression ratios past the limits."""
    total = 0
    for info in infos:
        name = ascii(info.filename)
        if info.file_size > limits.max_member_size:
            raise BundleError(tr(
                "bundle member {member}: {size} bytes; at most {most}",
                member=name, size=info.file_size, most=limits.max_member_size,
            ))
        if info.file_size > limits.ratio_floor and (
            info.file_size > limits.max_ratio * max(info.compress_size, 1)
        ):
            raise BundleError(
                tr("bundle member {member}: compression ratio is suspiciously high", member=name)
            )
        total += info.file_size
    if total > limits.max_total_size:
        raise BundleError(tr(
            "the bundle unpacks to {size} bytes; at most {most}",
            size=total, most=limits.max_total_size,
        ))


def check_overlap(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse members whose data overlap (a trick of some zip bombs)."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for a, b in itertools.pairwise(ordered):
        end = a.header_offset + 30 + len(a.orig_filename.encode("utf-8")) + a.compress_size
        if end > b.header_offset:
            raise BundleError(
                tr("bundle member {member}: overlaps another member", member=ascii(b.filename))
            )


class ReadBudget:
    """The bytes still allowed to be read from one archive."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.left = limits.max_total_size


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: ReadBudget) -> bytes:
    """Read one member into memory, stopping as soon as a limit is passed."""
    limits, name = budget.limits, ascii(info.filename)
    cap = min(limits.max_member_size, budget.left, info.file_size)
    parts: list[bytes] = []
    size = 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                size += len(chunk)
                if size > cap:
                    raise BundleError(tr(
                        "bundle member {member}: more data than allowed or declared", member=name
                    ))
                if size > limits.ratio_floor and size > limits.max_ratio * max(
                    info.compress_size, 1
                ):
                    raise BundleError(
                        tr("bundle member {member}: compression ratio is too high", member=name)
                    )
                parts.append(chunk)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError) as exc:
        # zlib.error: damaged compressed data (a flipped bit) before the CRC check sees it
        raise BundleError(tr(
            "bundle member {member}: cannot be read, damaged ({reason})", member=name, reason=exc
        )) from None
    if size != info.file_size:
        raise BundleError(
            tr("bundle member {member}: size differs from the declared size", member=name)
        )
    budget.left -= size
    return b"".join(parts)


# -- strict JSON ------------------------------------------------------------------------


def loads_strict(
    data: bytes,
    member: str,
    limits: Limits = DEFAULT_LIMITS,
    *,
    schema_bounded: bool = False,
) -> Any:
    """Parse JSON strictly: UTF-8, no duplicate keys, no NaN, bounded depth and sizes."""
    where = tr("bundle member {member}", member=member)
    value = loads_fast(data)
    if value is SLOW:
        value = loads_checked(data, where, limits)
    surrogates = b"\\u" in data and bool(_SURROGATE_ESCAPE.search(data))
    if surrogates or not schema_bounded:
        check_json_value(value, where, limits, surrogates=surrogates)
    else:
        check_free_parts(value, where, limits)
    return value


SLOW = object()
# A number orjson might round (more than 18 digits) or a colon written as an escape goes
# the careful way; so does anything orjson refuses (its message is less exact).
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19


def loads_fast(data: bytes) -> Any:
    """Parse with orjson when that is provably the same as the strict parser, else SLOW.

    orjson refuses NaN, infinities, invalid UTF-8 and lone surrogates as the strict parser
    does, but keeps the last of duplicate keys silently. A duplicate shows as a missing
    colon: outside strings each colon ends one key, inside strings (no escaped colons
    here) they are kept, so writing the parsed value out again gives fewer colons than
    the input exactly when a key was dropped.
    """
    if b"\\u003a" in data or b"\\u003A" in data:
        return SLOW
    if _LONG_NUMBER in data.translate(_DIGITS_AS_ZERO):  # bytes scans: C speed, not re
        return SLOW
    try:
        value = orjson.loads(data)
        again = orjson.dumps(value)
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        return SLOW
    if again.count(b":") != data.count(b":"):
        return SLOW
    return value


def loads_checked_elsewhere(
    data: bytes, member: str, limits: Limits = DEFAULT_LIMITS, *, schema_bounded: bool = False
) -> Any:
    """Parse a member whose very bytes another process parses with :func:`loads_strict`.

    That process refuses what the format forbids (duplicate keys, lone surrogates, NaN,
    depth and sizes), and its verdict decides whether this value is used; here orjson's
    parse is enough, as it gives the same value for any bytes the strict parser accepts.
    Only where orjson might round a long number, or refuses the bytes, is the strict
    parser used here too, as the other process uses it.
    """
    if _LONG_NUMBER not in data.translate(_DIGITS_AS_ZERO):
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass
    return loads_strict(data, member, limits, schema_bounded=schema_bounded)


def loads_checked(data: bytes, where: str, limits: Limits) -> Any:
    """Parse JSON with the standard library, refusing what the format forbids, exactly."""
    try:
        text = data.decode("utf-8")
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_int=_int_parser(limits),
            parse_float=_float_parser(limits),
        )
    except UnicodeDecodeError:
        raise BundleError(tr("{where}: not valid UTF-8", where=where)) from None
    except RecursionError:
        raise BundleError(tr("{where}: JSON nested too deeply", where=where)) from None
    except json.JSONDecodeError as exc:
        raise BundleError(tr(
            "{where}: invalid JSON at line {line}: {reason}",
            where=where, line=exc.lineno, reason=exc.msg,
        )) from None
    except ValueError as exc:
        raise BundleError(f"{where}: {exc}") from None
    return value


def check_free_parts(value: Any, where: str, limits: Limits) -> None:
    """Walk only what the schema leaves free (history states) of a list of entities.

    The schema bounds everything else (depth, string lengths) before anything uses it.
    """
    if not isinstance(value, list):
        return
    for entity in value:
        history = entity.get("history") if isinstance(entity, dict) else None
        if not isinstance(history, list):
            continue
        for entry in history:
            # Only the states are free; nested as deep as when walking the history list.
            state = entry.get("state") if isinstance(entry, dict) else entry
            if state is not None:
                check_json_value(state, where, limits, surrogates=False, depth=3)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(tr("duplicate key {key} in a JSON object", key=repr(key)))
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(tr("{name} is not allowed in JSON", name=name))


def _int_parser(limits: Limits) -> Callable[[str], int]:
    def parse(text: str) -> int:
        if len(text) > limits.max_number_chars:
            raise ValueError(tr("number {number}... is too long", number=text[:20]))
        return int(text)

    return parse


def _float_parser(limits: Limits) -> Callable[[str], float]:
    def parse(text: str) -> float:
        if len(text) > limits.max_number_chars:
            raise ValueError(tr("number {number}... is too long", number=text[:20]))
        value = float(text)
        if value in (float("inf"), float("-inf")):
            raise ValueError(tr("number {number} is out of range", number=text))
        return value

    return parse


def check_json_value(
    value: Any, where: str, limits: Limits, *, surrogates: bool = True, depth: int = 1
) -> None:
    """Walk parsed JSON: depth, string lengths and lone surrogates (iteratively).

    ``depth`` is the nesting level of ``value`` itself within its member.
    """
    stack: list[tuple[Any, int]] = [(value, depth)]
    max_string, max_depth = limits.max_string, limits.max_depth
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if len(node) > max_string:
                raise BundleError(tr(
                    "{where}: a text is longer than {n} characters", where=where, n=max_string
                ))
            if surrogates and _SURROGATE.search(node):
                raise BundleError(
                    tr("{where}: text contains a lone surrogate (invalid Unicode)", where=where)
                )
            continue
        if isinstance(node, dict | list):
            if depth > max_depth:
                raise BundleError(
                    tr("{where}: JSON nested deeper than {n} levels", where=where, n=max_depth)
                )
            if isinstance(node, dict):
                stack.extend((k, depth) for k in node)
                stack.extend((v, depth + 1) for v in node.values())
            else:
                stack.extend((v, depth + 1) for v in node)
