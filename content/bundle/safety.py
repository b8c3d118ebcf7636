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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from content.errors import ContentError

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
        raise BundleError(f"the bundle has {len(infos)} members; at most {limits.max_members}")
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
            raise BundleError("bundle member with an empty name")
        if _BAD_NAME_CHARS.search(name):
            raise BundleError(f"bundle member {shown}: name has a backslash or control character")
        if name.startswith("/"):
            raise BundleError(f"bundle member {shown}: absolute path")
        if _DRIVE.match(name):
            raise BundleError(f"bundle member {shown}: name starts with a drive letter")
        if ".." in name.split("/"):
            raise BundleError(f"bundle member {shown}: name contains '..'")
        if name.endswith("/") or any(not part for part in name.split("/")):
            raise BundleError(f"bundle member {shown}: folder entries are not allowed")


def check_member_header(info: zipfile.ZipInfo, limits: Limits) -> None:
    """Refuse links, encrypted members and unusual compression."""
    name = ascii(info.filename)
    mode = (info.external_attr >> 16) & 0o170000
    if mode == stat.S_IFLNK:
        raise BundleError(f"bundle member {name}: symbolic links are not allowed")
    if mode not in (0, stat.S_IFREG):
        raise BundleError(f"bundle member {name}: only plain files are allowed")
    if info.flag_bits & 0x1:
        raise BundleError(f"bundle member {name}: encrypted members are not allowed")
    if info.compress_type not in _ALLOWED_COMPRESSION:
        raise BundleError(
            f"bundle member {name}: compression method {info.compress_type} is not allowed "
            "(only stored or deflated)"
        )


def check_collisions(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse duplicate names, also after case folding and Unicode normalisation."""
    seen: dict[str, str] = {}
    for info in infos:
        key = unicodedata.normalize("NFC", info.filename).casefold()
        key = unicodedata.normalize("NFC", key)
        if key in seen:
            raise BundleError(
                f"bundle member {info.filename!a}: name collides with "
                f"{seen[key]!a} (duplicate, or differs only in case or normalisation)"
            )
        seen[key] = info.filename


def check_sizes(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Refuse declared sizes and compression ratios past the limits."""
    total = 0
    for info in infos:
        name = ascii(info.filename)
        if info.file_size > limits.max_member_size:
            raise BundleError(
                f"bundle member {name}: {info.file_size} bytes; at most {limits.max_member_size}"
            )
        if info.file_size > limits.ratio_floor and (
            info.file_size > limits.max_ratio * max(info.compress_size, 1)
        ):
            raise BundleError(f"bundle member {name}: compression ratio is suspiciously high")
        total += info.file_size
    if total > limits.max_total_size:
        raise BundleError(f"the bundle unpacks to {total} bytes; at most {limits.max_total_size}")


def check_overlap(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse members whose data overlap (a trick of some zip bombs)."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for a, b in itertools.pairwise(ordered):
        end = a.header_offset + 30 + len(a.orig_filename.encode("utf-8")) + a.compress_size
        if end > b.header_offset:
            raise BundleError(f"bundle member {b.filename!a}: overlaps another member")


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
                    raise BundleError(f"bundle member {name}: more data than allowed or declared")
                if size > limits.ratio_floor and size > limits.max_ratio * max(
                    info.compress_size, 1
                ):
                    raise BundleError(f"bundle member {name}: compression ratio is too high")
                parts.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        raise BundleError(f"bundle member {name}: cannot be read ({exc})") from None
    if size != info.file_size:
        raise BundleError(f"bundle member {name}: size differs from the declared size")
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
    where = f"bundle member {member}"
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
        raise BundleError(f"{where}: not valid UTF-8") from None
    except RecursionError:
        raise BundleError(f"{where}: JSON nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise BundleError(f"{where}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
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
                raise ValueError(f"duplicate key {key!r} in a JSON object")
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def _int_parser(limits: Limits) -> Callable[[str], int]:
    def parse(text: str) -> int:
        if len(text) > limits.max_number_chars:
            raise ValueError(f"number {text[:20]}... is too long")
        return int(text)

    return parse


def _float_parser(limits: Limits) -> Callable[[str], float]:
    def parse(text: str) -> float:
        if len(text) > limits.max_number_chars:
            raise ValueError(f"number {text[:20]}... is too long")
        value = float(text)
        if value in (float("inf"), float("-inf")):
            raise ValueError(f"number {text} is out of range")
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
                raise BundleError(f"{where}: a text is longer than {max_string} characters")
            if surrogates and _SURROGATE.search(node):
                raise BundleError(f"{where}: text contains a lone surrogate (invalid Unicode)")
            continue
        if isinstance(node, dict | list):
            if depth > max_depth:
                raise BundleError(f"{where}: JSON nested deeper than {max_depth} levels")
            if isinstance(node, dict):
                stack.extend((k, depth) for k in node)
                stack.extend((v, depth + 1) for v in node.values())
            else:
                stack.extend((v, depth + 1) for v in node)


# -- JSON Schema, compiled ---------------------------------------------------------------
# jsonschema needs ~400 µs per item; a 100,000-item import would spend most of its time
# there. The bundle schema uses a small keyword subset, compiled here into closures that
# report (path, problem) pairs in plain words. Tests check they agree with jsonschema.

Problems = list[tuple[str, str]]
Checker = Callable[[Any, str, Problems], None]
ANNOTATIONS = {"title", "description", "$schema", "$id", "$defs", "$comment"}
_TYPE_WORDS = {
    "string": "a text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "empty (null)",
    "array": "a list",
    "object": "an object",
}


def _is_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if name == "array":
        return isinstance(value, list)
    return isinstance(value, dict)


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class SchemaCompiler:
    """Compile the bundle schema's $defs into fast checkers."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self._defs: dict[str, Any] = schema.get("$defs", {})
        self._compiled: dict[str, Checker] = {}

    def checker(self, def_name: str) -> Checker:
        """Return the checker of one definition (compiled once)."""
        if def_name not in self._compiled:
            self._compiled[def_name] = self.compile(self._defs[def_name])
        return self._compiled[def_name]

    def compile(self, node: dict[str, Any]) -> Checker:
        """Compile one schema node."""
        known = {k for keys, _ in _GROUPS for k in keys} | ANNOTATIONS
        if set(node) - known:
            raise ValueError(f"schema keyword(s) not supported: {sorted(set(node) - known)}")
        if set(node) - ANNOTATIONS <= _STRING_KEYS and node.get("type") == "string":
            return _string_leaf(node)
        checks = [make(self, node) for keys, make in _GROUPS if any(k in node for k in keys)]
        if len(checks) == 1:
            return checks[0]

        def check(value: Any, path: str, errors: Problems) -> None:
            for c in checks:
                if c(value, path, errors) is False:
                    return

        return check


def _kw_ref(comp: SchemaCompiler, node: dict[str, Any]) -> Checker:
    return comp.checker(node["$ref"].removeprefix("#/$defs/"))


def _string_leaf(node: dict[str, Any]) -> Checker:
    """Check a plain string in one call (most of a bundle's values are strings)."""
    lo, hi = node.get("minLength", 0), node.get("maxLength", 1 << 62)
    pattern = re.compile(node["pattern"]) if "pattern" in node else None

    def check(value: Any, path: str, errors: Problems) -> bool:
        if value.__class__ is not str:
            errors.append((path, "must be a text"))
            return False
        n = len(value)
        if n < lo:
            errors.append((path, "must not be empty"))
        elif n > hi:
            errors.append((path, f"is longer than {hi} characters"))
        elif pattern is not None and not pattern.search(value):
            errors.append((path, "has an invalid format"))
        return True

    check.leaf = (lo, hi, pattern)  # type: ignore[attr-defined]
    return check


def _kw_type(comp: SchemaCompiler, node: dict[str, Any]) -> Callable[..., bool]:
    names = node["type"] if isinstance(node["type"], list) else [node["type"]]
    words = " or ".join(_TYPE_WORDS[n] for n in names)

    def check(value: Any, path: str, errors: Problems) -> bool:
        if any(_is_type(value, n) for n in names):
            return True
        errors.append((path or "(entity)", f"must be {words}"))
        return False

    return check


def _kw_const(comp: SchemaCompiler, node: dict[str, Any]) -> Checker:
    want = node["const"]

    def check(value: Any, path: str, errors: Problems) -> None:
        if value != want or type(value) is not type(want):
            errors.append((path, f"must be {json.dumps(want)}"))

    return check


def _kw_any_of(comp: SchemaCompiler, node: dict[str, Any]) -> Checker:
    options = [comp.compile(o) for o in node["anyOf"]]

    def check(value: Any, path: str, errors: Problems) -> None:
        trials: list[Problems] = []
        for option in options:
            trial: Problems = []
            option(value, path, trial)
            if not trial:
                return
            trials.append(trial)
        # Report the option whose type fitted; otherwise say which types would do.
        for trial in trials:
            if not (trial[0][0] == path and trial[0][1].startswith("must be ")):
                errors.append(trial[0])
                return
        words = " or ".join(t[0][1].removeprefix("must be ") for t in trials)
        errors.append((path, f"must be {words}"))

    return check


def _kw_properties(comp: SchemaCompiler, node: dict[str, Any]) -> Checker:
    props = {k: comp.compile(v) for k, v in node.get("properties", {}).items()}
    # Plain string properties are checked inline; the full checker only words a problem.
    leaves = {k: (c, *c.leaf) for k, c in props.items() if hasattr(c, "leaf")}
    required = list(node.get("required", []))
    required_set = frozenset(required)
    extra = node.get("additionalProperties", True)
    extra_check = comp.compile(extra) if isinstance(extra, dict) else None
    max_props = node.get("maxProperties")
    names = comp.compile(node["propertyNames"]) if "propertyNames" in node else None

    def check(value: Any, path: str, errors: Problems) -> None:
        if not isinstance(value, dict):
            return
        if not required_set <= value.keys():
            errors.extend((_join(path, k), "required") for k in required if k not in value)
        if max_props is not None and len(value) > max_props:
            errors.append((path or "(entity)", f"has more than {max_props} fields"))
        for key, sub in value.items():
            if names is not None:
                names(key, _join(path, "(name)"), errors)
            leaf = leaves.get(key)
            if leaf is not None:
                full, lo, hi, pattern = leaf
                if (
                    sub.__class__ is str
                    and lo <= len(sub) <= hi
                    and (pattern is None or pattern.search(sub))
                ):
                    continue
                full(sub, _join(path, key), errors)
                continue
            c = props.get(key, extra_check)
            if c is not None:
                c(sub, _join(path, key), errors)
            elif extra is False:
                errors.append((_join(path, key), "unknown field"))

    return check


def _kw_items(comp: SchemaCompiler, node: dict[str, Any]) -> Checker:
    item = comp.compile(node["items"]) if "items" in node else None
    max_items = node.get("maxItems")

    def check(value: Any, path: str, errors: Problems) -> None:
        if not isinstance(value, list):
            return
        if max_items is not None and len(value) > max_items:
            errors.append((path, f"has more than {max_items} entries"))
            return
        if item is not None:
            for i, sub in enumerate(value):
                item(sub, f"{path}[{i}]", errors)

    return check


def _kw_string(comp: SchemaCompiler, node: dict[str, Any]) -> Checker:
    lo, hi = node.get("minLength", 0), node.get("maxLength")
    pattern = re.compile(node["pattern"]) if "pattern" in node else None

    def check(value: Any, path: str, errors: Problems) -> None:
        if not isinstance(value, str):
            return
        if len(value) < lo:
            errors.append((path, "must not be empty"))
        elif hi is not None and len(value) > hi:
            errors.append((path, f"is longer than {hi} characters"))
        elif pattern is not None and not pattern.search(value):
            errors.append((path, "has an invalid format"))

    return check


def _kw_range(comp: SchemaCompiler, node: dict[str, Any]) -> Checker:
    lo, hi = node.get("minimum"), node.get("maximum")

    def check(value: Any, path: str, errors: Problems) -> None:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return
        if lo is not None and value < lo:
            errors.append((path, f"must be at least {lo}"))
        elif hi is not None and value > hi:
            errors.append((path, f"must be at most {hi}"))

    return check


_STRING_KEYS = {"type", "minLength", "maxLength", "pattern"}
_GROUPS: list[tuple[tuple[str, ...], Callable[[SchemaCompiler, dict[str, Any]], Any]]] = [
    (("type",), _kw_type),
    (("const",), _kw_const),
    (("$ref",), _kw_ref),
    (("anyOf",), _kw_any_of),
    (
        ("properties", "required", "additionalProperties", "maxProperties", "propertyNames"),
        _kw_properties,
    ),
    (("items", "maxItems"), _kw_items),
    (("minLength", "maxLength", "pattern"), _kw_string),
    (("minimum", "maximum"), _kw_range),
]
