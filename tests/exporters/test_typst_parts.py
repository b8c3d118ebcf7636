"""A long document typeset in parts (exporters.typst_parts) is the same document as in one go.

The parts route keeps Typst's memory to one part's pages; a reader must not be able to tell:
the same words, pages, contents page numbers and links, running heads and «Side X av Y»,
bookmarks and structure tree, and every PDF/UA check of test_pdf_ua green.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageChops

from content.progress import Cancelled, Progress
from exporters import typst_pdf
from exporters.typst_parts import PartsError, split_body
from exporters.typst_pdf import render_handbook_ua, render_trainer_guide_ua
from tests.exporters.test_pdf_ua import (
    OPTS,
    assert_accessible,
    mixed_snapshot,
    pdftotext,
    struct_elements,
)


def render(monkeypatch, path: Path, snap, *, trainer: bool, part_chars: int) -> int:
    """Render a snapshot with parts of ``part_chars``; return how many workers Typst used."""
    started = []
    start = typst_pdf._start_worker

    def counting():
        started.append(1)
        return start()

    monkeypatch.setattr(typst_pdf, "PART_CHARS", part_chars)
    monkeypatch.setattr(typst_pdf, "_start_worker", counting)
    monkeypatch.setattr(typst_pdf, "parts_at_once", lambda: 2)  # whatever the machine's load
    (render_trainer_guide_ua if trainer else render_handbook_ua)(snap, path, Progress(), OPTS)
    return len(started)


def links(pdf: pikepdf.Pdf) -> list[tuple[int, str, int, int]]:
    """Return every link: its page, description and target page and height."""
    index = {page.objgen: n for n, page in enumerate(pdf.pages)}
    out = []
    for n, page in enumerate(pdf.pages):
        for annot in page.get("/Annots", []):
            dest = annot.get("/Dest")
            target = (index[dest[0].objgen], round(float(dest[3]))) if dest else (-1, -1)
            out.append((n, str(annot.get("/Contents", "")), *target))
    return out


def bookmarks(pdf: pikepdf.Pdf) -> list[tuple[int, str, int]]:
    """Return every bookmark: depth, title and target page."""
    index = {page.objgen: n for n, page in enumerate(pdf.pages)}
    out = []

    def walk(items, depth):
        for item in items:
            out.append((depth, item.title, index[item.destination[0].objgen]))
            walk(item.children, depth + 1)

    with pdf.open_outline() as outline:
        walk(outline.root, 1)
    return out


def pictures(path: Path, folder: Path) -> list[Path]:
    """Render every page at 40 dpi; return the PNG files in page order."""
    assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is needed"
    folder.mkdir()
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(path), str(folder / "p")], check=True, timeout=120
    )
    return sorted(folder.glob("p-*.png"))


@pytest.mark.parametrize("name", ["folkevalgt-trainer", "mixed"])
def test_a_document_in_parts_is_the_same_as_in_one_go(
    starter_snapshots, tmp_path, monkeypatch, name
):
    trainer = name.endswith("trainer")
    snap = starter_snapshots[name] if name != "mixed" else mixed_snapshot()
    whole, parts = tmp_path / "whole.pdf", tmp_path / "parts.pdf"
    assert render(monkeypatch, whole, snap, trainer=trainer, part_chars=10**9) == 1
    # every page break starts a part: a body part per session or module, then the front
    workers = render(monkeypatch, parts, snap, trainer=trainer, part_chars=1)
    assert workers >= 4

    pdf = assert_accessible(parts, snap, trainer=trainer)  # every PDF/UA check of the route
    one = pikepdf.open(whole)
    assert len(pdf.pages) == len(one.pages)
    assert pdftotext(parts) == pdftotext(whole)  # contents numbers, heads, «Side X av Y»
    assert links(pdf) == links(one)  # the contents' links go to the headings
    assert bookmarks(pdf) == bookmarks(one)
    tree = [
        (str(e.S), str(e.get("/T", "")), str(e.get("/Lang", "")), d)
        for e, d in struct_elements(pdf)
    ]
    assert tree == [
        (str(e.S), str(e.get("/T", "")), str(e.get("/Lang", "")), d)
        for e, d in struct_elements(one)
    ]
    for a, b in zip(
        pictures(whole, tmp_path / "whole"), pictures(parts, tmp_path / "parts"), strict=True
    ):
        difference = ImageChops.difference(
            Image.open(a).convert("RGB"), Image.open(b).convert("RGB")
        )
        assert difference.getbbox() is None, f"page {a.name} looks different"


def test_every_marked_content_of_a_joined_page_finds_its_element(tmp_path, monkeypatch):
    """The parent tree of the joined file maps each page's MCIDs to elements on that page."""
    snap = mixed_snapshot()
    path = tmp_path / "parts.pdf"
    render(monkeypatch, path, snap, trainer=False, part_chars=1)
    pdf = pikepdf.open(path)
    tree = pdf.Root.StructTreeRoot
    flat = list(tree.ParentTree.Nums)
    parents = {int(flat[i]): flat[i + 1] for i in range(0, len(flat), 2)}
    assert int(tree.ParentTreeNextKey) == max(parents) + 1
    keys = [int(page.StructParents) for page in pdf.pages]
    assert len(set(keys)) == len(keys)  # no two pages share their entry
    for page in pdf.pages:
        for elem in parents[int(page.StructParents)]:
            assert elem.Pg.objgen == page.objgen
        for annot in page.get("/Annots", []):
            elem = parents[int(annot.StructParent)]
            refs = [k for k in elem.K if isinstance(k, pikepdf.Dictionary) and "/Obj" in k]
            assert [k.Obj.objgen for k in refs].count(annot.objgen) == 1


def test_the_body_is_cut_only_at_page_breaks():
    body = [
        {"t": "Heading", "text": "a" * 50},
        {"t": "Paragraph", "runs": []},
        {"t": "PageBreak"},
        {"t": "Heading", "text": "b"},
        {"t": "PageBreak"},
        {"t": "Paragraph", "runs": [{"text": "c" * 100}]},
    ]
    assert split_body(body, 10**6) == [body]
    assert split_body(body, 1) == [body[:2], body[2:4], body[4:]]
    assert split_body(body, 100) == [body[:2], body[2:]]  # the second part is still small
    assert split_body(body[:2], 1) == [body[:2]]  # no page break: one part


def test_parts_that_do_not_join_are_typeset_in_one_go(tmp_path, monkeypatch):
    """A part the join cannot use (here: its bookmarks do not match) costs memory, not output."""
    snap = mixed_snapshot()
    whole, fallback = tmp_path / "whole.pdf", tmp_path / "fallback.pdf"
    render(monkeypatch, whole, snap, trainer=False, part_chars=10**9)

    def mismatch(path, blocks):
        raise PartsError("3 outlined headings but 2 bookmarks")

    monkeypatch.setattr(typst_pdf, "read_part", mismatch)
    # the parts typeset at once before the first was read back (no further part, no front,
    # no join), then the whole document
    workers = render(monkeypatch, fallback, snap, trainer=False, part_chars=1)
    assert workers == 2 + 1
    assert_accessible(fallback, snap, trainer=False)
    assert pdftotext(fallback) == pdftotext(whole)


def test_cancelling_between_parts_ends_the_export_and_writes_nothing(tmp_path, monkeypatch):
    progress = Progress()
    started = []
    start = typst_pdf._start_worker

    def cancel_at_the_second_part():
        started.append(1)
        if len(started) == 2:
            progress.cancel()  # the user cancels while the second part is typeset
        return start()

    monkeypatch.setattr(typst_pdf, "PART_CHARS", 1)
    monkeypatch.setattr(typst_pdf, "_start_worker", cancel_at_the_second_part)
    path = tmp_path / "out" / "handbook.pdf"
    path.parent.mkdir()
    with pytest.raises(Cancelled):
        render_handbook_ua(mixed_snapshot(), path, progress, OPTS)
    assert len(started) == 2  # no further part, no front, no join, no second try in one go
    assert not list(path.parent.iterdir())


def test_a_failing_part_ends_the_part_typeset_beside_it(tmp_path, monkeypatch):
    """Two parts are typeset at once: when one fails, the other's worker is ended too."""
    started: list[subprocess.Popen[bytes]] = []
    lock = threading.Lock()  # the workers are started from two threads

    def workers() -> subprocess.Popen[bytes]:
        # the first typesets "for a minute", the second fails at once with Typst's message
        with lock:
            code = (
                "import sys, time; sys.stdin.buffer.read(); time.sleep(60)"
                if not started
                else "import sys; sys.stdin.buffer.read(); sys.stderr.write('boom'); sys.exit(1)"
            )
            started.append(subprocess.Popen(
                [sys.executable, "-c", code],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            ))
            return started[-1]

    monkeypatch.setattr(typst_pdf, "PART_CHARS", 1)
    monkeypatch.setattr(typst_pdf, "_start_worker", workers)
    monkeypatch.setattr(typst_pdf, "parts_at_once", lambda: 2)
    path = tmp_path / "out" / "handbook.pdf"
    path.parent.mkdir()
    with pytest.raises(typst_pdf.TypstError, match="boom"):
        render_handbook_ua(mixed_snapshot(), path, Progress(), OPTS)
    assert len(started) == 2  # no further part, no front, no join
    assert all(proc.poll() is not None for proc in started)  # none left typesetting
    assert not list(path.parent.iterdir())


def test_a_join_that_fails_in_its_worker_gives_the_document_in_one_go(tmp_path, monkeypatch):
    """The parts are joined by a worker; if the join fails, the export still succeeds."""
    failing_join = (
        "import json, sys\n"
        "from exporters import typst_worker as w\n"
        "request = json.loads(sys.stdin.buffer.read())\n"
        "if 'join' in request:\n"
        "    sys.stderr.write('the join broke'); sys.exit(1)\n"
        "w.handle(request)\n"
    )
    root = str(Path(typst_pdf.__file__).resolve().parents[1])

    def workers() -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-c", failing_join], cwd=root, env={**os.environ, "PYTHONPATH": root},
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )

    snap = mixed_snapshot()
    whole, fallback = tmp_path / "whole.pdf", tmp_path / "fallback.pdf"
    render(monkeypatch, whole, snap, trainer=False, part_chars=10**9)
    monkeypatch.setattr(typst_pdf, "_start_worker", workers)
    monkeypatch.setattr(typst_pdf, "PART_CHARS", 1)
    render_handbook_ua(snap, fallback, Progress(), OPTS)
    assert_accessible(fallback, snap, trainer=False)
    assert pdftotext(fallback) == pdftotext(whole)


@pytest.mark.parametrize(
    ("cores", "load", "at_once"),
    [(2, 0.3, 2), (2, 1.2, 2), (2, 2.0, 1), (2, 3.5, 1), (8, 3.0, 2), (1, 0.0, 1)],
)
def test_two_parts_at_once_only_when_a_core_is_idle(monkeypatch, cores, load, at_once):
    monkeypatch.setattr(typst_pdf.os, "sched_getaffinity", lambda pid: set(range(cores)))
    monkeypatch.setattr(typst_pdf.os, "getloadavg", lambda: (load, load, load))
    assert typst_pdf.parts_at_once() == at_once
