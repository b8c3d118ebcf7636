"""Accessibility faults of a snapshot: each names the item or block and the field."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # --import-mode=importlib puts no root on sys.path
    sys.path.insert(0, str(_ROOT))

from content.accessibility import accessibility_faults, text_faults  # noqa: E402
from content.exports.snapshot import BlockSnapshot, ItemSnapshot  # noqa: E402
from tests.exporters.conftest import make_snapshot  # noqa: E402

NO_ALT = "Se kartet:\n\n![](asset:img-map)"
NO_HEADER = "|  |  |\n|---|---|\n| a | b |"
SKIP = "# Bakgrunn\n\n### Detaljer"


def test_the_starter_like_snapshot_has_no_faults():
    assert accessibility_faults(make_snapshot("trainer")) == []


def test_text_faults_find_each_kind_once():
    assert [c for c, _d in text_faults(NO_ALT)] == ["image_alt"]
    assert [c for c, _d in text_faults(NO_HEADER)] == ["table_header"]
    assert text_faults(SKIP) == [("heading_skip", {"before": 1, "after": 3, "heading": "Detaljer"})]


def test_what_is_not_a_fault():
    assert text_faults("![Kart over kommunen](asset:img-map)") == []
    assert text_faults("| Hva | Hvem |\n|---|---|\n| a | b |") == []
    # a text may start at level 1 or 2 (both sit under the item title); one deeper is fine
    assert text_faults("## Bakgrunn\n\n### Detaljer\n\n# Neste\n\n## Mer") == []
    assert text_faults("### Starter for dypt") != []
    assert text_faults("") == []


def test_faults_name_the_item_block_and_field():
    item = ItemSnapshot(id="exa-x", kind="example", title="Bodø: havn", body=NO_ALT + "\n\n" + SKIP)
    blocks = (
        BlockSnapshot(id="blk-item", block_type="item", item=item),
        BlockSnapshot(id="blk-text", block_type="text", text=NO_HEADER),
    )
    faults = accessibility_faults(make_snapshot(extra_blocks=blocks))
    assert [(f.code, f.entity_type, f.entity_id, f.block_id, f.field) for f in faults] == [
        ("image_alt", "item", "exa-x", "blk-item", "body"),
        ("heading_skip", "item", "exa-x", "blk-item", "body"),
        ("table_header", "module", "m-extra", "blk-text", "text"),
    ]
    assert "«Bodø: havn»" in faults[0].message
    assert "body" in faults[0].message
    assert "asset:img-map" in faults[0].message
    assert "«Tillegg»" in faults[2].message  # the module the untitled text block is in


def test_trainer_notes_count_only_for_the_trainer_guide():
    note = BlockSnapshot(id="blk-note", block_type="trainer_note", trainer_only=True, text=NO_ALT)
    snap = make_snapshot("trainer", extra_blocks=(note,))
    assert [f.block_id for f in accessibility_faults(snap, trainer=True)] == ["blk-note"]
    assert accessibility_faults(snap, trainer=False) == []


def test_an_item_printed_twice_is_reported_once():
    item = ItemSnapshot(id="exa-y", kind="example", title="To ganger", body=NO_HEADER)
    blocks = tuple(BlockSnapshot(id=f"b{n}", block_type="item", item=item) for n in range(3))
    assert len(accessibility_faults(make_snapshot(extra_blocks=blocks))) == 1
