"""Accept valid bundle entities at C speed: msgspec types compiled from the bundle schema.

Checking 100,000 items with the Python checker (schema_check.SchemaCompiler) takes
seconds. msgspec validates the same rules in C, so a member whose entities all fit is
accepted in one call; anything it refuses is checked again by the Python checker, which
names the member and field. So msgspec only ever says yes to what the schema allows: a
keyword it cannot express exactly makes :func:`fast_validator` return None for that
definition, and tests/content/bundle/test_bundle_fastcheck.py compares both on valid and
broken entities.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

import msgspec

from content.bundle.common import schema
from content.bundle.schema_check import ANNOTATIONS

if TYPE_CHECKING:
    from collections.abc import Callable


class Unsupported(Exception):
    """A schema node msgspec cannot check exactly as the Python checker does."""


_SCALARS = {"string": str, "integer": int, "number": float, "boolean": bool, "null": type(None)}


class _Compiler:
    def __init__(self, defs: dict[str, Any]) -> None:
        self._defs = defs
        self._types: dict[str, Any] = {}

    def ref(self, name: str) -> Any:
        if name not in self._types:
            self._types[name] = self.compile(self._defs[name], name)
        return self._types[name]

    def compile(self, node: dict[str, Any], name: str) -> Any:
        keys = set(node) - ANNOTATIONS
        if "$ref" in node:
            if keys != {"$ref"}:
                raise Unsupported("$ref beside other keywords")
            return self.ref(node["$ref"].removeprefix("#/$defs/"))
        if "anyOf" in node:
            if keys != {"anyOf"}:
                raise Unsupported("anyOf beside other keywords")
            return _union([self.compile(o, name) for o in node["anyOf"]])
        if "const" in node:
            if keys != {"const"} or not isinstance(node["const"], str | int):
                raise Unsupported("const")
            if isinstance(node["const"], bool):
                raise Unsupported("const true/false")
            return Literal[node["const"]]
        kind = node.get("type")
        if isinstance(kind, list):
            if keys != {"type"}:
                raise Unsupported("a list of types with constraints")
            return _union([_SCALARS[k] for k in kind])
        if kind == "string":
            return self._string(node, keys)
        if kind in ("integer", "number"):
            return self._number(node, keys)
        if kind in ("boolean", "null") and keys == {"type"}:
            return _SCALARS[kind]
        if kind == "array":
            return self._array(node, keys, name)
        if kind == "object":
            return self._object(node, keys, name)
        raise Unsupported(f"schema node {sorted(keys)}")

    @staticmethod
    def _string(node: dict[str, Any], keys: set[str]) -> Any:
        if keys - {"type", "minLength", "maxLength", "pattern"}:
            raise Unsupported("string keywords")
        meta = msgspec.Meta(
            min_length=node.get("minLength"),
            max_length=node.get("maxLength"),
            pattern=node.get("pattern"),
        )
        return Annotated[str, meta]

    @staticmethod
    def _number(node: dict[str, Any], keys: set[str]) -> Any:
        if keys - {"type", "minimum", "maximum"}:
            raise Unsupported("number keywords")
        base = int if node["type"] == "integer" else float
        return Annotated[base, msgspec.Meta(ge=node.get("minimum"), le=node.get("maximum"))]

    def _array(self, node: dict[str, Any], keys: set[str], name: str) -> Any:
        if keys - {"type", "items", "maxItems"}:
            raise Unsupported("array keywords")
        item = self.compile(node["items"], name) if "items" in node else Any
        # Types built at run time for msgspec; mypy cannot follow them.
        return Annotated[list[item], msgspec.Meta(max_length=node.get("maxItems"))]  # type: ignore[valid-type]

    def _object(self, node: dict[str, Any], keys: set[str], name: str) -> Any:
        allowed = {"type", "properties", "required", "additionalProperties", "maxProperties",
                   "propertyNames"}
        if keys - allowed:
            raise Unsupported("object keywords")
        extra = node.get("additionalProperties", True)
        if "properties" not in node:
            if "required" in node:
                raise Unsupported("required without properties")
            key: Any = str
            if "propertyNames" in node:
                names = {"type": "string", **node["propertyNames"]}
                key = self._string(names, set(names))
            value = Any if extra is True else self.compile(extra, name)
            return Annotated[dict[key, value], msgspec.Meta(max_length=node.get("maxProperties"))]  # type: ignore[valid-type]
        if extra is not False or keys & {"maxProperties", "propertyNames"}:
            raise Unsupported("an open object with properties")
        required = set(node.get("required", []))
        fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
        for prop, sub in node["properties"].items():
            if not prop.isidentifier() or prop.startswith("_"):
                raise Unsupported(f"property name {prop!r}")
            t = self.compile(sub, name)
            if prop in required:
                fields.append((prop, t))
            else:
                fields.append((prop, Union[t, msgspec.UnsetType], msgspec.UNSET))  # noqa: UP007
        if required - set(node["properties"]):
            raise Unsupported("a required property the schema does not describe")
        return msgspec.defstruct(
            f"Fast_{name}", fields, kw_only=True, forbid_unknown_fields=True
        )


def _union(options: list[Any]) -> Any:
    return Union[tuple(options)]  # noqa: UP007


@cache
def fast_validator(def_name: str) -> Callable[[list[Any]], bool] | None:
    """Return a function telling whether every entity of a list fits the definition.

    True means every entity is valid; False means at least one may not be (check them
    with the Python checker, which words the problems). None when msgspec cannot check
    this definition exactly.
    """
    try:
        element = _Compiler(schema().get("$defs", {})).ref(def_name)
        list_type = list[element]  # type: ignore[valid-type]
        msgspec.convert([], list_type)  # msgspec refuses some unions only when first used
    except (Unsupported, TypeError):
        return None

    def valid(entities: list[Any]) -> bool:
        try:
            msgspec.convert(entities, list_type)
        except msgspec.ValidationError:
            return False
        return True

    return valid
