"""Both PDF routes print the same words in the same order for the same snapshot.

The ReportLab print route (exporters.handbook) and the Typst PDF/UA route
(exporters.typst_pdf) are compared word by word as pdftotext reads them, with the running
heads and page footers cut away (both routes keep them in the same top and bottom margins).
Trainer-only filtering is decided once: trainer notes are in both trainer guides and in
neither handbook.
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest

from content.exports.snapshot import BlockSnapshot, ItemSnapshot
from content.progress import Progress
from exporters import styles as S
from exporters.base import ExportOptions
from exporters.handbook import render_handbook, render_trainer_guide
from exporters.typst_pdf import render_handbook_ua, render_trainer_guide_ua
from tests.exporters.conftest import TRAINER_NOTE, TRAINER_NOTE_2, make_snapshot
from tests.exporters.test_pdf_ua import mixed_snapshot

if TYPE_CHECKING:
    from pathlib import Path

    from content.exports.snapshot import ExportSnapshot

OPTS = ExportOptions(invariant=True)
ROUTES = {
    "handbook": (render_handbook, render_handbook_ua),
    "trainer-guide": (render_trainer_guide, render_trainer_guide_ua),
}
# the body area: below the running head, above the page footer (both in the margins)
BODY_TOP = S.MARGIN_TOP - 6
BODY_HEIGHT = S.PAGE_SIZE[1] - S.MARGIN_TOP - S.MARGIN_BOTTOM + 12


def body_words(path: Path) -> list[str]:
    """Return the words of a PDF's page bodies in reading order.

    Words are letters and digits only: list bullets, dot leaders and where a line breaks a
    link are layout, not words; a word hyphenated at a line end is joined again; the page
    numbers of the contents (page 2 and the pages after it that list only entries) differ
    with each route's page breaks and are left out.
    """
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is needed"
    crop = ["-x", "0", "-y", str(int(BODY_TOP)), "-W", str(int(S.PAGE_SIZE[0]))]
    crop += ["-H", str(int(BODY_HEIGHT))]
    proc = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", *crop, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    pages = proc.stdout.split("\f")
    for index in range(1, len(pages)):  # the contents: each route has its own page numbers
        lines = [line for line in pages[index].splitlines() if line.strip()]
        if index > 1 and not all(re.search(r"\d$", line) for line in lines):
            break
        pages[index] = "\n".join(re.sub(r"[\s.\u2060]*\d+$", "", line) for line in lines)
    text = "\n".join(pages)
    text = re.sub(r"(\w)[-\u00ad][ \t]*\n\s*(\w)", r"\1\2", text)  # hyphenated at a line end
    text = re.sub(r"[\u2060\u200b\u00ad]", "", text)
    text = re.sub(r"(\w)-(\w)", r"\1\2", text)  # the same compound unbroken
    return re.findall(r"\w+", text)


def both_routes(snap: ExportSnapshot, kind: str, folder: Path) -> tuple[list[str], list[str]]:
    """Render a snapshot through both routes; return (print words, UA words)."""
    print_route, ua_route = ROUTES[kind]
    print_route(snap, folder / "print.pdf", Progress(), OPTS)
    ua_route(snap, folder / "ua.pdf", Progress(), OPTS)
    return body_words(folder / "print.pdf"), body_words(folder / "ua.pdf")


def assert_same_words(printed: list[str], typeset: list[str]) -> None:
    """Fail with the first differences, not two lists of a thousand words."""
    if printed == typeset:
        return
    diff = [
        f"{op}: print {printed[a1:a2][:12]} / ua {typeset[b1:b2][:12]}"
        for op, a1, a2, b1, b2 in difflib.SequenceMatcher(
            a=printed, b=typeset, autojunk=False
        ).get_opcodes()
        if op != "equal"
    ]
    pytest.fail("the two PDF routes print different words:\n" + "\n".join(diff[:10]))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.replace("-", ""))


def _contains(words: list[str], phrase: str) -> bool:
    needle = _words(phrase)
    return any(words[i : i + len(needle)] == needle for i in range(len(words)))


@pytest.mark.parametrize("kind", ["handbook", "trainer-guide"])
def test_mixed_snapshot_same_words_both_routes(tmp_path, kind):
    trainer = kind == "trainer-guide"
    snap = mixed_snapshot("trainer" if trainer else "participant")
    printed, typeset = both_routes(snap, kind, tmp_path)
    assert len(printed) > 400
    assert_same_words(printed, typeset)
    for note in (TRAINER_NOTE, TRAINER_NOTE_2):
        assert _contains(printed, note) is trainer
        assert _contains(typeset, note) is trainer
    assert _contains(typeset, "Sámegiel bustávat: á č đ ŋ š ŧ ž")


def test_trainer_notes_never_reach_a_handbook_from_a_trainer_snapshot(tmp_path):
    """A participant handbook made from a trainer snapshot leaves trainer notes out, twice."""
    printed, typeset = both_routes(mixed_snapshot("trainer"), "handbook", tmp_path)
    assert_same_words(printed, typeset)
    assert not _contains(printed, TRAINER_NOTE)
    assert not _contains(typeset, TRAINER_NOTE)


@pytest.mark.parametrize("name", ["folkevalgt", "ledere"])
def test_starter_curricula_same_words_both_routes(starter_snapshots, tmp_path, name):
    snap = starter_snapshots[f"{name}-trainer"]
    printed, typeset = both_routes(snap, "trainer-guide", tmp_path)
    assert len(printed) > 1000
    assert_same_words(printed, typeset)


def test_wide_tables_and_tables_with_huge_cells_print_alike(tmp_path):
    """A 9-column table in column groups, a table with a huge cell row by row, «name: value»."""
    wide = "| " + " | ".join(f"Kolonne{c}" for c in range(9)) + " |\n" + "|---" * 9 + "|\n"
    wide += "| " + " | ".join(f"verdi{c}" for c in range(9)) + " |"
    huge = "| Kommune | Erfaring |\n|---|---|\n| Vefsn | " + "Lang erfaring. " * 70 + "|"
    item = ItemSnapshot(id="tab", kind="example", title="Tabeller", body=f"{wide}\n\n{huge}")
    block = BlockSnapshot(id="x-tab", block_type="item", item=item)
    snap = make_snapshot("participant", sessions=1, modules_per_session=1,
                         extra_blocks=(block,))
    printed, typeset = both_routes(snap, "handbook", tmp_path)
    assert_same_words(printed, typeset)
    for words in (printed, typeset):
        assert _contains(words, "Kommune: Vefsn")  # row by row, the header naming each cell
        assert _contains(words, "Erfaring: Lang erfaring")
        assert words.count("Kolonne0") == 2  # the first column repeated in each group
        assert "Kolonne8" in words


def test_the_comparison_sees_a_missing_word(tmp_path):
    """A word dropped by one route is reported (the comparison can fail)."""
    printed, typeset = both_routes(mixed_snapshot(), "handbook", tmp_path)
    with pytest.raises(pytest.fail.Exception, match="Boazodoallu"):
        assert_same_words(printed, [w for w in typeset if w != "Boazodoallu"])
