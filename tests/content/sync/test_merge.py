"""Three-way merge of entity states: fields, texts, sets, ordered outlines, conflicts."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from content.sync.merge import merge_order, merge_states, merge_text

State = dict[str, Any]


def item(**over: Any) -> State:
    state: State = {
        "id": "i1",
        "kind": "finding",
        "title": "Sykefravær i kommunen",
        "summary": "Kort om funn.",
        "body": "Første avsnitt om fravær.\n\nAndre avsnitt om tiltak.\n\nTredje avsnitt.",
        "language": "nb",
        "status": "draft",
        "fields": {},
        "tags": ["helse", "hms"],
        "audiences": ["ledere"],
        "starter": False,
        "deleted": False,
        "relations": [{"id": "r1", "type": "related", "target_id": "i2", "note": "se også"}],
        "citations": [],
    }
    state.update(over)
    return state


def block(bid: str, text: str = "", **over: Any) -> State:
    b: State = {
        "id": bid, "block_type": "text", "item_id": None, "pinned_revision": None,
        "display": "full", "trainer_only": False, "title": "", "text": text,
        "exercise_kind": "", "minutes": 5,
    }
    b.update(over)
    return b


def module(sections: list[State], **over: Any) -> State:
    state: State = {
        "id": "m1", "code": "M1", "title": "Modul", "description": "", "duration_minutes": 0,
        "language": "nb", "status": "draft", "audiences": [], "objectives": [],
        "starter": False, "deleted": False, "sections": sections,
    }
    state.update(over)
    return state


def blocks_of(state: State) -> list[tuple[str, list[str]]]:
    return [(s["id"], [b["id"] for b in s["blocks"]]) for s in state["sections"]]


def test_different_fields_are_both_kept() -> None:
    base = item()
    mine = item(title="Sykefravær i Bodø")
    theirs = item(status="approved", tags=["helse", "hms", "nav"])
    result = merge_states("item", base, mine, theirs)
    assert result.clean
    assert result.state["title"] == "Sykefravær i Bodø"
    assert result.state["status"] == "approved"
    assert result.state["tags"] == ["helse", "hms", "nav"]


def test_same_text_field_edited_in_different_paragraphs_merges_cleanly() -> None:
    base = item()
    mine = item(body=base["body"].replace("Første avsnitt", "Første, omskrevne avsnitt"))
    theirs = item(body=base["body"].replace("Tredje avsnitt.", "Tredje avsnitt, utvidet."))
    result = merge_states("item", base, mine, theirs)
    assert result.clean
    assert "Første, omskrevne avsnitt" in result.state["body"]
    assert "Tredje avsnitt, utvidet." in result.state["body"]
    assert "Andre avsnitt om tiltak." in result.state["body"]


def test_same_words_edited_on_both_sides_is_a_conflict_keeping_both() -> None:
    base = item()
    mine = item(body=base["body"].replace("om tiltak", "om gode tiltak"))
    theirs = item(body=base["body"].replace("om tiltak", "om nye tiltak"))
    result = merge_states("item", base, mine, theirs)
    assert not result.clean
    (conflict,) = result.conflicts
    assert conflict.path == "body"
    assert "gode tiltak" in conflict.mine
    assert "nye tiltak" in conflict.theirs
    assert conflict.base == base["body"]
    assert result.state["body"] == mine["body"]


def test_status_is_not_merged_as_text() -> None:
    result = merge_states("item", item(), item(status="approved"), item(status="retired"))
    assert [c.path for c in result.conflicts] == ["status"]


def test_tags_merge_as_sets() -> None:
    base = item(tags=["a", "b", "c"])
    mine = item(tags=["a", "c", "d"])  # removed b, added d
    theirs = item(tags=["b", "c", "e"])  # removed a, added e
    result = merge_states("item", base, mine, theirs)
    assert result.clean
    assert sorted(result.state["tags"]) == ["c", "d", "e"]


def test_relations_are_keyed_by_target_and_their_notes_merge() -> None:
    base = item()
    mine = item(
        relations=[
            {"id": "r1", "type": "related", "target_id": "i2", "note": "se også dette"},
            {"id": "r2", "type": "related", "target_id": "i3", "note": ""},
        ]
    )
    theirs = item(relations=[{"id": "rX", "type": "related", "target_id": "i4", "note": ""},
                             *base["relations"]])
    result = merge_states("item", base, mine, theirs)
    assert result.clean
    targets = [r["target_id"] for r in result.state["relations"]]
    assert sorted(targets) == ["i2", "i3", "i4"]
    assert result.state["relations"][targets.index("i2")]["note"] == "se også dette"


def test_removed_relation_edited_elsewhere_conflicts_and_is_kept() -> None:
    base = item()
    mine = item(relations=[])
    theirs = item(relations=[{**base["relations"][0], "note": "viktig"}])
    result = merge_states("item", base, mine, theirs)
    assert [c.path for c in result.conflicts] == ["relations[related/i2]"]
    assert result.state["relations"][0]["note"] == "viktig"


def test_delete_versus_edit_is_a_conflict_and_the_edit_survives() -> None:
    base = item()
    mine = item(deleted=True)
    theirs = item(body="Helt ny tekst.")
    for a, b in ((mine, theirs), (theirs, mine)):
        result = merge_states("item", base, a, b)
        assert [c.path for c in result.conflicts] == ["deleted"]
        assert result.state["deleted"] is False
        assert result.state["body"] == "Helt ny tekst."
        assert {result.conflicts[0].mine["deleted"], result.conflicts[0].theirs["deleted"]} == {
            True, False
        }


def test_delete_on_one_side_only_deletes() -> None:
    result = merge_states("item", item(), item(deleted=True), item(tags=["helse", "hms"]))
    assert result.clean
    assert result.state["deleted"] is True


def test_kind_fields_merge_per_key() -> None:
    base = item(fields={"a": "x", "b": 1})
    result = merge_states(
        "item", base, item(fields={"a": "y", "b": 1}), item(fields={"a": "x", "b": 2})
    )
    assert result.clean
    assert result.state["fields"] == {"a": "y", "b": 2}


def test_module_blocks_added_moved_and_edited_from_both_sides() -> None:
    base = module([
        {"id": "s1", "title": "Innledning", "blocks": [block("b1", "en"), block("b2", "to")]},
        {"id": "s2", "title": "Hoveddel", "blocks": [block("b3", "tre"), block("b4", "fire")]},
    ])
    mine = copy.deepcopy(base)
    # mine: move b4 to the top of s2, add b5 at the end of s1, edit b1's text
    s1, s2 = mine["sections"]
    s2["blocks"].insert(0, s2["blocks"].pop(1))
    s1["blocks"].append(block("b5", "fem"))
    s1["blocks"][0]["text"] = "en (ny)"
    theirs = copy.deepcopy(base)
    # theirs: move b2 to section s2 (after b3), edit b1's minutes, rename s2
    t1, t2 = theirs["sections"]
    moved = t1["blocks"].pop(1)
    t2["blocks"].insert(1, moved)
    t1["blocks"][0]["minutes"] = 15
    t2["title"] = "Hoveddelen"
    for a, b in ((mine, theirs), (theirs, mine)):
        result = merge_states("module", base, a, b)
        assert result.clean, result.conflicts
        assert blocks_of(result.state) == [("s1", ["b1", "b5"]), ("s2", ["b4", "b3", "b2"])]
        b1 = result.state["sections"][0]["blocks"][0]
        assert (b1["text"], b1["minutes"]) == ("en (ny)", 15)
        assert result.state["sections"][1]["title"] == "Hoveddelen"


def test_block_removed_on_one_side_and_edited_on_the_other_conflicts() -> None:
    base = module([{"id": "s1", "title": "", "blocks": [block("b1", "en"), block("b2", "to")]}])
    mine = copy.deepcopy(base)
    mine["sections"][0]["blocks"].pop(1)
    theirs = copy.deepcopy(base)
    theirs["sections"][0]["blocks"][1]["text"] = "to, endret"
    result = merge_states("module", base, mine, theirs)
    assert [c.path for c in result.conflicts] == ["blocks[b2]"]
    assert result.conflicts[0].mine is None
    assert blocks_of(result.state) == [("s1", ["b1", "b2"])]


def test_curriculum_sessions_merge_as_an_ordered_outline() -> None:
    def cur(sessions: list[State]) -> State:
        return {
            "id": "c1", "title": "Program", "programme": "", "description": "", "edition": "",
            "language": "nb", "status": "draft", "edition_date": None, "audiences": [],
            "starter": False, "deleted": False, "sessions": sessions,
        }

    def sess(sid: str, mods: list[str]) -> State:
        return {"id": sid, "title": sid, "date": None, "start_time": "",
                "modules": [{"id": f"e{m}", "module_id": m} for m in mods]}

    base = cur([sess("s1", ["a"]), sess("s2", ["b"])])
    mine = cur([sess("s1", ["a", "c"]), sess("s2", ["b"])])
    theirs = cur([sess("s2", ["b"]), sess("s1", ["a"]), sess("s3", ["d"])])
    result = merge_states("curriculum", base, mine, theirs)
    assert result.clean
    got = [(s["id"], [e["module_id"] for e in s["modules"]]) for s in result.state["sessions"]]
    assert got == [("s2", ["b"]), ("s1", ["a", "c"]), ("s3", ["d"])]


# -- properties ------------------------------------------------------------------------------

WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå", min_size=1, max_size=8),
    min_size=6, max_size=30, unique=True,
)


@settings(max_examples=150, deadline=None)
@given(WORDS, st.data())
def test_disjoint_text_edits_from_both_sides_are_both_kept(words: list[str], data: Any) -> None:
    # Each side replaces one word with a word of its own; the two words are separated by
    # at least one untouched word.
    i = data.draw(st.integers(0, len(words) - 3))
    j = data.draw(st.integers(i + 2, len(words) - 1))
    base = " ".join(words)
    mine_words, theirs_words = list(words), list(words)
    mine_words[i] = "MINE" + words[i].upper()
    theirs_words[j] = "THEIRS" + words[j].upper()
    mine, theirs = " ".join(mine_words), " ".join(theirs_words)
    merged = merge_text(base, mine, theirs)
    assert merged is not None
    expected = list(words)
    expected[i], expected[j] = mine_words[i], theirs_words[j]
    assert merged == " ".join(expected)
    assert merge_text(base, theirs, mine) == merged


TEXTS = st.text(alphabet="ab \n", max_size=40)


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS)
def test_merging_with_an_unchanged_side_gives_the_other(base: str, other: str) -> None:
    assert merge_text(base, base, other) == other
    assert merge_text(base, other, base) == other
    b = item(body=base)
    o = item(body=other, tags=["x"], title="ny")
    assert merge_states("item", b, b, o).state == o
    assert merge_states("item", b, o, b).state == o


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS, TEXTS)
def test_text_merge_is_the_same_whichever_side_goes_first(base: str, a: str, b: str) -> None:
    first = merge_text(base, a, b)
    second = merge_text(base, b, a)
    if first is not None and second is not None:
        assert first == second
    else:
        assert first is None
        assert second is None


IDS = st.lists(st.sampled_from("abcdefgh"), unique=True, max_size=8)


@settings(max_examples=300, deadline=None)
@given(IDS, IDS, IDS, st.data())
def test_outline_merge_is_symmetric_and_keeps_adds(
    base_ids: list[str], mine_ids: list[str], theirs_ids: list[str], data: Any
) -> None:
    def mod(ids: list[str], texts: dict[str, str]) -> State:
        blocks = [block(i, texts.get(i, i)) for i in ids]
        return module([{"id": "s1", "title": "", "blocks": blocks}])

    edits_m = {i: i + "m" for i in data.draw(st.lists(st.sampled_from(mine_ids or ["z"])))}
    edits_t = {i: i + "t" for i in data.draw(st.lists(st.sampled_from(theirs_ids or ["z"])))}
    base, mine, theirs = mod(base_ids, {}), mod(mine_ids, edits_m), mod(theirs_ids, edits_t)
    one = merge_states("module", base, mine, theirs)
    two = merge_states("module", base, theirs, mine)
    if one.clean and two.clean:
        assert one.state == two.state
        kept = {b["id"] for b in one.state["sections"][0]["blocks"]}
        added = (set(mine_ids) | set(theirs_ids)) - set(base_ids)
        assert added <= kept
        removed = (set(base_ids) - set(mine_ids)) | (set(base_ids) - set(theirs_ids))
        assert not (removed & kept)
    assert len(one.conflicts) == len(two.conflicts)


@given(IDS, IDS)
def test_order_with_one_side_unchanged_is_the_other_sides(
    base: list[str], other: list[str]
) -> None:
    keep = set(other)
    assert merge_order(base, base, other, keep) == other
    assert merge_order(base, other, base, keep) == other


def test_merging_two_20kb_bodies_with_edits_far_apart() -> None:
    paragraphs = [f"Avsnitt {n}: " + "tekst om kurs og samlinger " * 6 for n in range(120)]
    base_text = "\n\n".join(paragraphs)
    assert len(base_text) > 20_000
    mine = base_text.replace("Avsnitt 3:", "Avsnitt tre:")
    theirs = base_text.replace("Avsnitt 110:", "Avsnitt hundre og ti:")
    merged = merge_text(base_text, mine, theirs)
    assert merged is not None
    assert "Avsnitt tre:" in merged
    assert "Avsnitt hundre og ti:" in merged


def test_a_conflict_resolves_to_either_side_keeping_the_clean_merges() -> None:
    base = item()
    mine = item(body="Min tekst.", title="Min tittel")
    theirs = item(body="Deres tekst.", status="approved")
    taken = merge_states("item", base, mine, theirs, prefer="theirs").state
    assert (taken["body"], taken["title"], taken["status"]) == (
        "Deres tekst.", "Min tittel", "approved"
    )
    kept = merge_states("item", base, mine, theirs, prefer="mine").state
    assert (kept["body"], kept["title"], kept["status"]) == ("Min tekst.", "Min tittel", "approved")
    deleted = merge_states("item", base, item(deleted=True), theirs, prefer="mine").state
    assert deleted["deleted"] is True
