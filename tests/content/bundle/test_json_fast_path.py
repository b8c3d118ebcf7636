"""The orjson fast path of bundle parsing never accepts what the strict parser refuses."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from content.bundle.safety import DEFAULT_LIMITS, SLOW, loads_checked, loads_fast

KEYS = st.sampled_from(["a", "b", "a:b", 'q"', "æ", "\\"])
TEXT = st.text(alphabet=st.sampled_from(list('ab:"\\{}[],æ\u0111 \n\t')), max_size=8)


def _string(value: str, escape_colons: bool) -> str:
    out = json.dumps(value, ensure_ascii=False)
    return out.replace(":", "\\u003a") if escape_colons else out


@st.composite
def documents(draw: Any, depth: int = 0) -> tuple[str, bool]:
    """Return raw JSON text and whether some object in it repeats a key."""
    if depth >= 3:
        kind = draw(st.sampled_from(["str", "int", "float", "lit"]))
    else:
        kind = draw(st.sampled_from(["str", "int", "float", "lit", "list", "obj", "obj"]))
    if kind == "str":
        return _string(draw(TEXT), draw(st.booleans())), False
    if kind == "int":
        return str(draw(st.integers(-(10**25), 10**25))), False
    if kind == "float":
        return repr(draw(st.floats(allow_nan=False, allow_infinity=False))), False
    if kind == "lit":
        return draw(st.sampled_from(["true", "false", "null"])), False
    children = draw(st.lists(documents(depth + 1), max_size=4))
    if kind == "list":
        return "[" + ", ".join(c for c, _ in children) + "]", any(d for _, d in children)
    keys = draw(st.lists(KEYS, min_size=len(children), max_size=len(children)))
    pairs = [
        f"{_string(k, draw(st.booleans()))} : {c}" for k, (c, _) in zip(keys, children, strict=True)
    ]
    dup = len(set(keys)) != len(keys) or any(d for _, d in children)
    return "{" + ",".join(pairs) + "}", dup


@settings(max_examples=400, deadline=None)
@given(documents())
def test_fast_path_agrees_with_the_strict_parser(doc: tuple[str, bool]) -> None:
    raw, has_duplicate = doc
    data = raw.encode()
    fast = loads_fast(data)
    if has_duplicate:
        assert fast is SLOW
    if fast is not SLOW:
        assert fast == loads_checked(data, "test", DEFAULT_LIMITS)


def test_fast_path_takes_ordinary_bundle_json() -> None:
    data = json.dumps(
        [{"id": "x", "title": "Møte: tid og sted", "tags": ["a"], "n": 3, "f": 1.5}],
        ensure_ascii=False,
    ).encode()
    assert loads_fast(data) == json.loads(data)
