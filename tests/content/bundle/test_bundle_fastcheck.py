"""msgspec's fast schema check accepts exactly what the Python checker accepts.

The fast check decides alone when it says yes, so a yes where the Python checker finds a
problem would let a broken entity in. Valid entities come from the starter bundle (every
item kind, modules with every block type, curricula); hypothesis then breaks them in one
place at a time.
"""

from __future__ import annotations

import copy
import json
import zipfile
from functools import cache
from importlib import resources
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.bundle.check import def_name_of, entity_problems
from content.bundle.common import compiler
from content.bundle.fastcheck import fast_validator


@cache
def starter_entities() -> dict[str, list[dict[str, Any]]]:
    path = resources.files("content.starter").joinpath("starter-library.kvb")
    out: dict[str, list[dict[str, Any]]] = {"item": [], "module": [], "curriculum": []}
    with zipfile.ZipFile(str(path)) as zf:
        for name in zf.namelist():
            if name.endswith(".json") and "/" in name and not name.startswith("assets/"):
                out[def_name_of(name)] += json.loads(zf.read(name))
    return out


def python_ok(def_name: str, entity: Any) -> bool:
    errors: list[tuple[str, str]] = []
    compiler().checker(def_name)(entity, "", errors)
    return not errors


def fast_ok(def_name: str, entity: Any) -> bool:
    validator = fast_validator(def_name)
    assert validator is not None, f"{def_name}: no fast check (the schema uses a new keyword?)"
    return validator([entity])


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)

# Values near the schema's edges: lengths, bounds, patterns, types that look alike.
EDGE_VALUES = st.sampled_from(
    [
        "", " ", "a", "a\n", "\n", "x" * 36, "x" * 37, "x" * 40, "x" * 41, "x" * 500, "x" * 501,
        "😀" * 36, "😀" * 37, "-a", "a b", "ab/c", "2026-01-02T03:04:05Z",
        "2026-01-02T03:04:05+00:00", "2026-01-02T03:04:05.1234567Z", "2026-01-02T03:04:05Z\n",
        "2026-01-02", "2026-1-2", 0, -1, 1, 1440, 1441, 2147483647, 2147483648, 1.0, 0.5,
        True, False, None, [], {}, ["a"], [""], ["a", 1], [None], {"a": 1}, {"x" * 101: 1},
        {str(i): i for i in range(101)},
    ]
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*path, i))
    return out


def _parent(entity: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        entity = entity[step]
    return entity


@st.composite
def broken(draw: Any) -> tuple[str, Any]:
    """Return (definition, an entity changed in one place: maybe still valid, maybe not)."""
    def_name = draw(st.sampled_from(["item", "module", "curriculum"]))
    entity = copy.deepcopy(draw(st.sampled_from(starter_entities()[def_name])))
    path = draw(st.sampled_from(_paths(entity)[1:]))
    parent = _parent(entity, path)
    action = draw(st.sampled_from(["replace", "edge", "delete", "add_key", "append"]))
    if action == "replace":
        parent[path[-1]] = draw(JSON_VALUES)
    elif action == "edge":
        parent[path[-1]] = draw(EDGE_VALUES)
    elif action == "delete":
        del parent[path[-1]]
    elif action == "add_key":
        target = parent[path[-1]]
        if isinstance(target, dict):
            target[draw(st.sampled_from(["extra", "id", "x" * 101, "_x", "type"]))] = draw(
                EDGE_VALUES
            )
    elif isinstance(parent[path[-1]], list):
        parent[path[-1]].append(draw(EDGE_VALUES | JSON_VALUES))
    return def_name, entity


def test_every_entity_definition_has_a_fast_check() -> None:
    for def_name in ("item", "module", "curriculum", "asset", "manifest"):
        assert fast_validator(def_name) is not None


@pytest.mark.parametrize("def_name", ["item", "module", "curriculum"])
def test_starter_entities_pass_both_checks(def_name: str) -> None:
    entities = starter_entities()[def_name]
    assert entities
    assert all(python_ok(def_name, e) for e in entities)
    assert fast_validator(def_name)(entities)  # type: ignore[misc]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken())
def test_fast_check_agrees_with_the_python_checker(case: tuple[str, Any]) -> None:
    def_name, entity = case
    assert fast_ok(def_name, entity) == python_ok(def_name, entity)


@pytest.mark.parametrize(
    ("field", "value", "valid"),
    [
        ("revision", True, False),  # a boolean is not an integer
        ("revision", 2.0, False),  # nor is a float with nothing after the point
        ("revision", 2**80, False),  # beyond the maximum
        ("id", "abc\n", True),  # '$' matches before a final newline, in both
        ("id", "a" * 36, True),
        ("id", "😀", False),
        ("title", "😀" * 500, True),  # lengths count characters, not UTF-8 bytes
        ("title", "😀" * 501, False),
        ("starter", 1, False),
        ("created_at", "2026-01-02T03:04:05.123456+01:00", True),
        ("created_at", "2026-01-02 03:04:05Z", False),
    ],
)
def test_edge_values(field: str, value: Any, valid: bool) -> None:
    entity = copy.deepcopy(starter_entities()["item"][0])
    entity[field] = value
    assert python_ok("item", entity) is valid
    assert fast_ok("item", entity) is valid


def test_a_broken_entity_is_named_even_among_valid_ones() -> None:
    items = copy.deepcopy(starter_entities()["item"][:5])
    items[3]["title"] = 7
    problems = entity_problems("items/0001.json", items)
    assert problems == [(3, "bundle member items/0001.json, field [3].title: must be a text")]
