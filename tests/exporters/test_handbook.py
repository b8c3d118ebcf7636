"""Read the handbook and trainer guide back: text, order, TOC pages, footers, fonts, links."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pdfplumber
import pytest
from pypdf import PdfReader

from content.exports.snapshot import BlockSnapshot
from content.progress import Cancelled, Progress
from exporters.base import ExportOptions, LeakError
from exporters.handbook import agenda_rows, render_handbook, render_trainer_guide
from tests.exporters.conftest import (
    SAMI,
    TRAINER_NOTE,
    hostile_snapshot,
    make_snapshot,
)

if TYPE_CHECKING:
    from pathlib import Path

OPTS = ExportOptions(invariant=True)
BASE14 = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


def _pages_text(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def handbook(tmp_path_factory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("hb") / "handbook.pdf"
    result = render_handbook(make_snapshot(), path, Progress(), OPTS)
    assert result.pages == len(PdfReader(str(path)).pages)
    assert result.sha256
    assert not result.warnings
    return path, _pages_text(path)


@pytest.fixture(scope="module")
def guide(tmp_path_factory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("tg") / "guide.pdf"
    render_trainer_guide(make_snapshot("trainer"), path, Progress(), OPTS)
    return path, _pages_text(path)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_text_present_in_order(handbook):
    _path, pages = handbook
    full = _flat(" ".join(pages))
    order = [
        "Innhold",
        "Samling 1",
        "Modul 1",
        "Læringsmål",
        "Funn 1",
        "(Onsager og Vareide 2020, s. 12",
        "Refleksjon",
        "Notater",
        "Modul 2",
        "Samling 2",
        "Modul 4",
        "Kilder",
    ]
    positions = [
        full.find(o, full.find("Samling 1: Vertskap i praksis 3") + 1 if i else 0)
        for i, o in enumerate(order)
    ]
    assert all(p >= 0 for p in positions), list(zip(order, positions))
    body = full[full.rfind("Side 2 av") :]
    assert [body.find(o) for o in order[1:]] == sorted(body.find(o) for o in order[1:])


def test_sami_and_norwegian_letters_extract(handbook):
    _path, pages = handbook
    full = " ".join(pages)
    assert SAMI in full
    assert "æøå ÆØÅ" in full


def test_footer_page_x_of_y(handbook):
    _path, pages = handbook
    total = len(pages)
    for number, text in enumerate(pages, 1):
        if number == 1:
            continue  # cover has no footer
        assert f"Side {number} av {total}" in _flat(text), number


def test_toc_page_numbers_match_heading_pages(handbook):
    path, pages = handbook
    with pdfplumber.open(str(path)) as doc:
        toc = doc.pages[1].extract_text()
    entries = re.findall(r"^(.*\S) (\d+)$", toc, flags=re.M)
    entries = [(t, int(n)) for t, n in entries if not t.startswith("Side")]
    assert len(entries) == 7, toc
    for title, page in entries:
        assert title in _flat(pages[page - 1]), (title, page)
        earlier = [i + 1 for i in range(2, page - 1) if title in _flat(pages[i])]
        assert not earlier, (title, page, earlier)


def test_outline_and_metadata(handbook):
    path, _pages = handbook
    reader = PdfReader(str(path))
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[0].startswith("Samling 1")
    assert titles[-1] == "Kilder"
    meta = reader.metadata
    assert meta.title.startswith("Vertskapskommune")
    assert meta.author
    assert meta.subject
    assert str(reader.trailer["/Root"]["/Lang"]) == "nb-NO"


def test_every_font_embedded_no_base14(handbook, guide):
    for path, _pages in (handbook, guide):
        reader = PdfReader(str(path))
        for page in reader.pages:
            fonts = _fonts(page)
            for name, font in fonts.items():
                desc = (
                    font.get("/FontDescriptor")
                    or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                )
                desc = desc.get_object()
                assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), name
                assert not any(b in str(font["/BaseFont"]) for b in BASE14), name


def _fonts(page) -> dict:
    out = {}
    stack = [page.get("/Resources")]
    while stack:
        res = stack.pop()
        if res is None:
            continue
        res = res.get_object()
        for name, font in (res.get("/Font") or {}).items():
            out[name] = font.get_object()
        for xobj_ref in (res.get("/XObject") or {}).values():
            xobj = xobj_ref.get_object()
            if xobj.get("/Subtype") == "/Form":
                stack.append(xobj.get("/Resources"))
    return out


def test_no_char_outside_page_and_only_safe_links(handbook, tmp_path):
    path = tmp_path / "hostile.pdf"
    render_handbook(hostile_snapshot(), path, Progress(), OPTS)
    for pdf in (handbook[0], path):
        with pdfplumber.open(str(pdf)) as doc:
            for page in doc.pages:
                for ch in page.chars:
                    assert ch["x0"] >= -0.5, ch["text"]
                    assert ch["x1"] <= page.width + 0.5, ch["text"]
                    assert ch["top"] >= -0.5, ch["text"]
                    assert ch["bottom"] <= page.height + 0.5, ch["text"]
        for page in PdfReader(str(pdf)).pages:
            for annot in page.get("/Annots") or []:
                action = annot.get_object().get("/A")
                if action is not None and "/URI" in action:
                    uri = str(action["/URI"]).lower()
                    assert uri.startswith(("http://", "https://", "mailto:")), uri


def test_hostile_corpus_exports_with_warnings(tmp_path):
    path = tmp_path / "hostile.pdf"
    result = render_handbook(hostile_snapshot(), path, Progress(), OPTS)
    assert path.exists()
    assert result.pages > 3
    text = _flat(" ".join(_pages_text(path)))
    assert "a<b and x<y, AT&T, <font size=500>big</font>" in text
    assert "unclosed <b>bold" in text
    assert "Kolonne 29 æøå" in text
    assert "Kolonne 2–7 av 30" in text
    joined = " ".join(result.warnings)
    for needle in ("img-bomb", "img-corrupt", "img-trunc", "nope", "javascript:", "fin-bad"):
        assert needle in joined, needle
    assert "wzxhzdk" not in text
    assert "klzzwxh" not in text


def test_participant_leak_is_refused_and_no_file(tmp_path):
    leak = BlockSnapshot(id="leak", block_type="text", text=TRAINER_NOTE)
    snap = make_snapshot("participant", trainer_notes=True, extra_blocks=(leak,))
    path = tmp_path / "leak.pdf"
    with pytest.raises(LeakError):
        render_handbook(snap, path, Progress(), OPTS)
    assert not path.exists()
    assert not list(tmp_path.iterdir())


def test_participant_never_prints_trainer_notes(tmp_path):
    path = tmp_path / "hb.pdf"
    render_handbook(make_snapshot("participant", trainer_notes=True), path, Progress(), OPTS)
    assert "Trenernotat" not in " ".join(_pages_text(path))


def test_cancel_leaves_no_file(tmp_path):
    progress = Progress()
    calls = {"n": 0}
    original = progress.step

    def step(label=None, n=1):
        calls["n"] += 1
        if calls["n"] == 3:
            progress.cancel()
        original(label, n)

    progress.step = step  # type: ignore[method-assign]
    path = tmp_path / "cancel.pdf"
    with pytest.raises(Cancelled):
        render_handbook(make_snapshot(), path, progress, OPTS)
    assert not list(tmp_path.iterdir())


def test_trainer_guide_agenda_and_notes(guide):
    _path, pages = guide
    full = _flat(" ".join(pages))
    assert "Agenda" in full
    assert "Til treneren" in full
    assert TRAINER_NOTE[:40] in full
    assert "09:00–09:45" in full
    assert "09:15–09:40" in full


def test_agenda_rows_running_totals():
    session = make_snapshot("trainer").sessions[0]
    rows = agenda_rows(session, "nb")
    timed = [r for r in rows if r[3]]
    assert timed[0][:2] == ("09:00", "09:15")
    assert [r[4] for r in timed] == [15, 40, 45, 60, 85, 90]
    assert rows[-1][1] == "10:30"


@pytest.mark.parametrize(
    ("lang", "footer", "contents"),
    [("nn", "Side 2 av", "Innhald"), ("en", "Page 2 of", "Contents")],
)
def test_labels_follow_language(tmp_path, lang, footer, contents):
    path = tmp_path / f"{lang}.pdf"
    render_handbook(
        make_snapshot(lang=lang, sessions=1, modules_per_session=1), path, Progress(), OPTS
    )
    pages = _pages_text(path)
    assert contents in pages[1]
    assert footer in _flat(pages[1])


# --------------------------------------------------------------------- layout at the page foot


def _foot_blocks(k: int) -> tuple[BlockSnapshot, ...]:
    """Text of k short paragraphs, then exercises and a quoted item that land near the foot."""
    lead = "\n\n".join(f"Linje {i} før øvelsen." for i in range(k)) or "Start."
    task = "Diskuter i grupper: hva gjør kommunen godt, og hva kan bli bedre? " * (1 + k % 4)
    return (
        BlockSnapshot(id=f"lead-{k}", block_type="text", text=lead),
        BlockSnapshot(
            id=f"ex-{k}",
            block_type="exercise",
            title=f"Øvelse ved sidefoten {k}",
            text=task + "\n\n- punkt en\n- punkt to\n\n> sitat som skal med",
            exercise_kind="group_task",
            minutes=10,
        ),
        BlockSnapshot(
            id=f"ex2-{k}",
            block_type="exercise",
            title="Refleksjon etterpå",
            text="Hva tar du med deg?",
            exercise_kind="reflection",
        ),
    )


@pytest.mark.parametrize("profile", ["participant", "trainer"])
def test_ruled_exercise_at_every_offset_near_page_foot(tmp_path, profile):
    """Regression: a RuledBlock exercise at the page foot raised LayoutError (n==2)."""
    render = render_handbook if profile == "participant" else render_trainer_guide
    for k in range(40):
        snap = make_snapshot(
            profile, sessions=1, modules_per_session=1, extra_blocks=_foot_blocks(k)
        )
        path = tmp_path / f"foot-{profile}-{k}.pdf"
        result = render(snap, path, Progress(), OPTS)
        assert not [w for w in result.warnings if "settes på siden" in w], (k, result.warnings)
        pages = _pages_text(path)
        assert result.pages == len(pages)
        for number, text in enumerate(pages[1:], 2):
            assert f"Side {number} av {len(pages)}" in _flat(text), (k, number)
        full = _flat(" ".join(pages))
        assert f"Øvelse ved sidefoten {k}" in full, k
        assert "Refleksjon etterpå" in full, k
        if profile == "participant":
            assert full.count("Notater") >= 4, k  # two per module plus the two extra


def test_ruled_block_split_contract():
    """split returns [] or a first part that fits; it never returns the block itself."""
    from reportlab.platypus import Paragraph

    from exporters import styles as S
    from exporters.flowables import RuledBlock
    from exporters.handbook import NoteLines

    for height in range(0, 400, 3):
        inner = [
            Paragraph("OVELSE", S.style("tag")),
            Paragraph("Tittel", S.style("h4")),
            Paragraph("Tekst " * 120, S.style("body")),
            Paragraph("Notater", S.variant("muted", keepWithNext=1)),
            NoteLines(6),
        ]
        block = RuledBlock(inner, S.ACCENT, background=S.SHADE)
        parts = block.split(S.FRAME_WIDTH, height)
        assert parts == [] or len(parts) == 2, height
        if parts:
            assert parts[0] is not block
            assert parts[0].wrap(S.FRAME_WIDTH, height)[1] <= height + 1e-6, height
            # the notes label never ends a page without its lines
            assert not isinstance(parts[0].content[-1], Paragraph) or (
                "Notater" not in parts[0].content[-1].getPlainText()
            )


def test_layout_failure_becomes_placeholder(tmp_path):
    """A flowable that can never fit is replaced by a placeholder and a named warning."""
    from reportlab.platypus import Flowable

    from exporters import handbook

    class Huge(Flowable):
        def wrap(self, aw, ah):
            return aw, 5000

    original = handbook._Book.exercise

    def exercise(self, block):
        out = original(self, block)
        return [Huge(), *out] if block.id == "b1-x" else out

    handbook._Book.exercise = exercise
    try:
        path = tmp_path / "fallback.pdf"
        result = render_handbook(
            make_snapshot(sessions=1, modules_per_session=1), path, Progress(), OPTS
        )
    finally:
        handbook._Book.exercise = original
    assert path.exists()
    assert any("b1-x" in w and "settes på siden" in w for w in result.warnings), result.warnings
    assert "Innholdet kunne ikke vises" in _flat(" ".join(_pages_text(path)))


# --------------------------------------------------------------------------- dates and citations


def test_dates_in_label_language():
    from datetime import date

    from exporters.labels import format_date

    day = date(2027, 2, 11)
    assert format_date(day, "nb") == "11. februar 2027"
    assert format_date(day, "nn") == "11. februar 2027"
    assert format_date(day, "en") == "11 February 2027"
    assert format_date(None, "nb") == ""


def test_cover_and_session_dates_are_written_out(handbook, tmp_path):
    _path, pages = handbook
    assert "Dato: 1. februar 2025" in _flat(pages[0])
    full = _flat(" ".join(pages))
    assert "1. mars 2025 · 09:00" in full
    assert "2025-03-01" not in full
    path = tmp_path / "en.pdf"
    render_handbook(make_snapshot(lang="en", sessions=1), path, Progress(), OPTS)
    english = _flat(" ".join(_pages_text(path)))
    assert "Date: 1 February 2025" in english
    assert "1 March 2025 · 09:00" in english


def test_in_text_citations_and_bibliography_agree():
    from content.exports.snapshot import ItemSnapshot
    from exporters.citations import in_text, reference

    one = ItemSnapshot(id="s1", kind="source", title="Rapport", fields={"authors": ["Onsager, K"]})
    assert in_text(one, "12", "nb") == "Onsager, s. 12"
    dated = ItemSnapshot(
        id="s2", kind="source", title="R", fields={"authors": ["Onsager, Knut"], "year": 2020}
    )
    assert in_text(dated, "s. 12-14", "nb") == "Onsager 2020, s. 12–14"
    assert in_text(dated, "side 3", "en") == "Onsager 2020, p. 3"
    assert in_text(dated, "kap. 2", "nb") == "Onsager 2020, kap. 2"
    two = ItemSnapshot(
        id="s3",
        kind="source",
        title="Vertskap",
        fields={"authors": ["Onsager, Knut", "Vareide, Knut"], "year": 2020, "publisher": "NIBR"},
    )
    assert in_text(two, "", "nb") == "Onsager og Vareide 2020"
    assert reference(two, "nb") == "Onsager, Knut og Vareide, Knut (2020). <i>Vertskap</i>. NIBR."
    assert reference(two, "en").startswith("Onsager, Knut and Vareide, Knut (2020).")
    assert reference(one, "nb") == "Onsager, K (u.å.). <i>Rapport</i>."
    anon = ItemSnapshot(id="s4", kind="source", title="Veileder", fields={"year": 2021})
    assert in_text(anon, "", "nb") == "Veileder 2021"
    assert reference(anon, "nb") == "<i>Veileder</i> (2021)."


@pytest.mark.parametrize("lang", ["en", "nn"])
def test_session_titles_are_not_prefixed_twice(tmp_path, lang):
    path = tmp_path / "handbook.pdf"
    render_handbook(make_snapshot(lang=lang), path, Progress(), OPTS)
    text = " ".join(" ".join(t.split()) for t in _pages_text(path))
    assert "Samling 1: Vertskap i praksis" in text
    assert "Session 1: Samling" not in text
    assert "Samling 1: Samling" not in text


def test_session_word_is_added_to_a_plain_title():
    from exporters.labels import session_heading

    assert session_heading("Vertskap", 2, "en") == "Session 2: Vertskap"
    assert session_heading("Vertskap", 2, "nb") == "Samling 2: Vertskap"
    assert session_heading("Session 3: Hosting", 3, "nb") == "Session 3: Hosting"
