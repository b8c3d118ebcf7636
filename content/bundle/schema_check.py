"""Check bundle JSON against the bundle schema with closures compiled from it.

jsonschema needs ~400 µs per item; a 100,000-item import would spend most of its time
there. The bundle schema uses a small keyword subset, compiled here into closures that
report (path, problem) pairs in plain words. Tests check they agree with jsonschema.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from content.i18n import tr

Problems = list[tuple[str, str]]
Checker = Callable[[Any, str, Problems], bool | None]  # a type check says whether it held
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


class _MustBe(str):
    """A «must be …» problem (a type or constant that did not fit), with what it must be.

    anyOf joins the ``what`` of its options' problems into one «must be a or b».
    """

    what: str

    @classmethod
    def of(cls, what: str) -> _MustBe:
        """Word «must be WHAT» in the chosen language."""
        problem = cls(tr("must be {what}", what=what))
        problem.what = what
        return problem


def _either(words: list[str]) -> str:
    """Join alternatives: «a text or a whole number» in the chosen language."""
    return tr(" or ").join(words)


def _type_words(names: list[str]) -> str:
    """Say which types a value may have, in the chosen language."""
    return _either([tr(_TYPE_WORDS[n]) for n in names])


def _entity_path(path: str) -> str:
    """Name the path of a problem; the whole entity when the path is empty."""
    return path or tr("(entity)")


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
            errors.append((path, _MustBe.of(tr("a text"))))
            return False
        n = len(value)
        if n < lo:
            errors.append((path, tr("must not be empty")))
        elif n > hi:
            errors.append((path, tr("is longer than {n} characters", n=hi)))
        elif pattern is not None and not pattern.search(value):
            errors.append((path, tr("has an invalid format")))
        return True

    check.leaf = (lo, hi, pattern)  # type: ignore[attr-defined]
    return check


def _kw_type(comp: SchemaCompiler, node: dict[str, Any]) -> Callable[..., bool]:
    names = node["type"] if isinstance(node["type"], list) else [node["type"]]

    def check(value: Any, path: str, errors: Problems) -> bool:
        if any(_is_type(value, n) for n in names):
            return True
        errors.append((_entity_path(path), _MustBe.of(_type_words(names))))
        return False

    return check


def _kw_const(comp: SchemaCompiler, node: dict[str, Any]) -> Checker:
    want = node["const"]

    def check(value: Any, path: str, errors: Problems) -> None:
        if value != want or type(value) is not type(want):
            errors.append((path, _MustBe.of(json.dumps(want))))

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
            if not (trial[0][0] == path and isinstance(trial[0][1], _MustBe)):
                errors.append(trial[0])
                return
        words = [t[0][1].what for t in trials if isinstance(t[0][1], _MustBe)]
        errors.append((path, _MustBe.of(_either(words))))

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
            errors.extend((_join(path, k), tr("required")) for k in required if k not in value)
        if max_props is not None and len(value) > max_props:
            errors.append(
                (_entity_path(path), tr("has more than {n} fields", n=max_props))
            )
        for key, sub in value.items():
            if names is not None:
                names(key, _join(path, tr("(name)")), errors)
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
                errors.append((_join(path, key), tr("unknown field")))

    return check


def _kw_items(comp: SchemaCompiler, node: dict[str, Any]) -> Checker:
    item = comp.compile(node["items"]) if "items" in node else None
    max_items = node.get("maxItems")

    def check(value: Any, path: str, errors: Problems) -> None:
        if not isinstance(value, list):
            return
        if max_items is not None and len(value) > max_items:
            errors.append((path, tr("has more than {n} entries", n=max_items)))
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
            errors.append((path, tr("must not be empty")))
        elif hi is not None and len(value) > hi:
            errors.append((path, tr("is longer than {n} characters", n=hi)))
        elif pattern is not None and not pattern.search(value):
            errors.append((path, tr("has an invalid format")))

    return check


def _kw_range(comp: SchemaCompiler, node: dict[str, Any]) -> Checker:
    lo, hi = node.get("minimum"), node.get("maximum")

    def check(value: Any, path: str, errors: Problems) -> None:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return
        if lo is not None and value < lo:
            errors.append((path, tr("must be at least {minimum}", minimum=lo)))
        elif hi is not None and value > hi:
            errors.append((path, tr("must be at most {maximum}", maximum=hi)))

    return check


_STRING_KEYS = {"type", "minLength", "maxLength", "pattern"}
_GROUPS: list[tuple[tuple[str, ...], Callable[[SchemaCompiler, dict[str, Any]], Checker]]] = [
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
