"""Read the tagged PDF/UA-1 route back: identification, structure tree, language, text.

Every PDF this route writes (a mixed-language snapshot and the starter curricula as
handbook and trainer guide) goes through ``assert_accessible``: the PDF/UA checks a
screen-reader user depends on, read with pikepdf, pdftotext and the ``pdfua`` checker.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from typing import TYPE_CHECKING

import pikepdf
import pytest

from content.exports.snapshot import BlockSnapshot, ItemSnapshot
from content.progress import Progress
from exporters.base import ExportOptions
from exporters.document import Box, Document, Figure, Heading, ListBlock, Table
from exporters.document_build import build_document
from exporters.labels import label
from exporters.markdown_pdf import RenderContext
from exporters.typst_pdf import render_handbook_ua, render_trainer_guide_ua
from tests.exporters.conftest import NORWEGIAN, SAMI, make_snapshot

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from content.exports.snapshot import ExportSnapshot

OPTS = ExportOptions(invariant=True)
NORTHERN_SAMI_BODY = (
    "Boazodoallu ja turisma barget ovttas. Sámegiel bustávat: á č đ ŋ š ŧ ž.\n\n"
    "- vuosttaš čuokkis\n- nubbi čuokkis\n\n"
    "| Namma | Lohku |\n|---|---|\n| Máret | 3 |\n| Ánde | 12 |\n\n"
    "![Kárta mii čájeha Guovdageainnu gieldda](asset:img-map)\n\n"
    "Loga eanet [Sámedikki siiddus](https://sametinget.no/)."
)
ENGLISH_BODY = "A host municipality answers **within a week**.\n\n1. Listen\n2. Follow up"
NYNORSK_BODY = "Kommunen svarar *innan ei veke* og fylgjer opp kvar månad."
TEXT_BLOCK = (
    "Oversikt over tiltakene:\n\n"
    "| Tiltak | Ansvar | Frist |\n|---|---|---|\n| Næringsforum | Ordfører | Mars |\n\n"
    "1. Kartlegg\n2. Prioriter\n    - kort sikt\n    - lang sikt\n\n"
    "![Diagram over samarbeidet mellom kommune og næringsliv](asset:img-map)\n\n"
    "Les [veilederen fra KS](https://www.ks.no/veileder) før samlingen."
)
OTHER_LANGUAGE_TITLES = {
    "se": "Guovdageaidnu: boazodoallu ja turisma",
    "en": "Host municipality: answering businesses",
    "nn": "Vertskommune på nynorsk",
}


def mixed_snapshot(profile: str = "participant") -> ExportSnapshot:
    """Return a snapshot with Northern Sami, English and nynorsk items, tables, lists, images."""
    bodies = {"se": NORTHERN_SAMI_BODY, "en": ENGLISH_BODY, "nn": NYNORSK_BODY}
    blocks = [BlockSnapshot(id="x-text", block_type="text", text=TEXT_BLOCK)]
    for lang, title in OTHER_LANGUAGE_TITLES.items():
        item = ItemSnapshot(
            id=f"exa-{lang}", kind="example", title=title, body=bodies[lang], language=lang
        )
        blocks.append(BlockSnapshot(id=f"x-{lang}", block_type="item", item=item))
    return make_snapshot(profile, sessions=1, modules_per_session=2, extra_blocks=tuple(blocks))


def model_of(snap: ExportSnapshot, *, trainer: bool) -> Document:
    """Return the document model the Typst route typesets for a snapshot."""
    ctx = RenderContext(assets=snap.assets, lang=snap.lang, warn=lambda _m: None)
    return build_document(snap, trainer=trainer, ctx=ctx)


# --------------------------------------------------------------------------- reading back


def struct_elements(pdf: pikepdf.Pdf) -> Iterator[tuple[pikepdf.Dictionary, int]]:
    """Yield every structure element in reading order with its depth."""
    kids = pdf.Root.StructTreeRoot.get("/K")
    stack: list[tuple[object, int]] = [(k, 0) for k in reversed(_as_list(kids))]
    while stack:
        elem, depth = stack.pop()
        if isinstance(elem, pikepdf.Dictionary) and "/S" in elem:
            yield elem, depth
            stack.extend((k, depth + 1) for k in reversed(_as_list(elem.get("/K"))))


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, pikepdf.Array) else [value]


def children(elem: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    """Return the structure-element children of an element."""
    return [k for k in _as_list(elem.get("/K")) if isinstance(k, pikepdf.Dictionary) and "/S" in k]


def descendants(elem: pikepdf.Dictionary) -> Iterator[pikepdf.Dictionary]:
    """Yield the structure elements below an element."""
    for kid in children(elem):
        yield kid
        yield from descendants(kid)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u200b", "")).strip()


def model_headings(doc: Document) -> list[tuple[int, str, bool]]:
    """Return (level, text, outlined) of the model's headings in reading order."""
    out: list[tuple[int, str, bool]] = []

    def walk(blocks: tuple[object, ...]) -> None:
        for block in blocks:
            if isinstance(block, Heading):
                text = block.text if block.text.strip() else label("untitled", doc.lang)
                out.append((block.level, _clean(text), block.outlined))
            elif isinstance(block, Box):
                walk(block.blocks)
            elif isinstance(block, ListBlock):
                for item in block.items:
                    walk(item)

    walk(doc.body)
    return out


def model_blocks(doc: Document) -> list[object]:
    """Return every block of the model's body, depth first."""
    out: list[object] = []

    def walk(blocks: tuple[object, ...]) -> None:
        for block in blocks:
            out.append(block)
            if isinstance(block, Box):
                walk(block.blocks)
            elif isinstance(block, ListBlock):
                for item in block.items:
                    walk(item)

    walk((*doc.cover, *doc.body))
    return out


def pdftotext(path: Path) -> str:
    """Return the text poppler extracts from a PDF."""
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is needed"
    proc = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc.stdout


# --------------------------------------------------------------------------- the checks


def assert_identified(pdf: pikepdf.Pdf, title: str, lang: str) -> None:
    """PDF/UA-1 in XMP, marked, title in the window, catalogue language."""
    meta = pdf.open_metadata()
    assert meta.get("pdfuaid:part") == "1"
    assert _clean(str(meta.get("dc:title"))) == _clean(title)
    assert pdf.Root.MarkInfo.Marked is True
    assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
    assert str(pdf.Root.Lang).split("-")[0] == lang


def assert_headings(pdf: pikepdf.Pdf, doc: Document) -> None:
    """H1-H6 in the source's order and levels, never skipping a level."""
    found = [
        (int(str(e.S)[2]), _clean(str(e.get("/T", ""))))
        for e, _d in struct_elements(pdf)
        if re.fullmatch(r"/H[1-6]", str(e.S))
    ]
    contents = (1, doc.contents_label)
    assert found[0] == contents  # the table of contents comes first
    assert found[1:] == [(level, text) for level, text, _o in model_headings(doc)]
    previous = 0
    for level, text in found:
        assert level <= previous + 1, f"heading level skipped before {text!r}"
        previous = level


def assert_bookmarks(pdf: pikepdf.Pdf, doc: Document) -> None:
    """The outline holds the outlined headings, nested by level, in order."""
    marks: list[tuple[int, str]] = []

    def walk(items: list[pikepdf.OutlineItem], depth: int) -> None:
        for item in items:
            marks.append((depth, _clean(item.title)))
            walk(item.children, depth + 1)

    with pdf.open_outline() as outline:
        walk(outline.root, 1)
    expected = [(level, text) for level, text, outlined in model_headings(doc) if outlined]
    assert marks == expected


def assert_lists(pdf: pikepdf.Pdf, doc: Document) -> None:
    """Every list is an L of LI, each with a label and a body."""
    lists = [e for e, _d in struct_elements(pdf) if e.S == "/L"]
    assert len(lists) == sum(isinstance(b, ListBlock) for b in model_blocks(doc))
    for elem in lists:
        kinds = {str(k.S) for k in children(elem)}
        assert "/LI" in kinds
        assert kinds <= {"/LI", "/L", "/Caption"}
        for item in (k for k in children(elem) if k.S == "/LI"):
            assert [str(k.S) for k in children(item)] in (["/Lbl", "/LBody"], ["/LBody"])


def assert_tables(pdf: pikepdf.Pdf, doc: Document) -> None:
    """Every table is Table/TR/TH/TD; tables with a header row have column-header cells."""
    tables = [e for e, _d in struct_elements(pdf) if e.S == "/Table"]
    model = [b for b in model_blocks(doc) if isinstance(b, Table)]
    assert len(tables) == len(model)
    for elem, table in zip(tables, model, strict=True):
        rows = [e for e in descendants(elem) if e.S == "/TR"]
        assert len(rows) == len(table.rows) + (1 if table.header else 0)
        for row in rows:
            assert {str(c.S) for c in children(row)} <= {"/TH", "/TD"}
        if table.header:
            head = children(rows[0])
            assert [c.S for c in head] == ["/TH"] * len(table.header)
            for cell in head:
                attrs = _as_list(cell.get("/A"))
                assert any(a.get("/Scope") == "/Column" for a in attrs)
            assert all(c.S == "/TD" for r in rows[1:] for c in children(r))


def assert_figures(pdf: pikepdf.Pdf, doc: Document) -> None:
    """Every image is a Figure with the alternative text the author wrote."""
    figures = [e for e, _d in struct_elements(pdf) if e.S == "/Figure"]
    model = [b for b in model_blocks(doc) if isinstance(b, Figure)]
    assert [_clean(str(f.get("/Alt", ""))) for f in figures] == [_clean(f.alt) for f in model]
    assert all(str(f.get("/Alt", "")).strip() for f in figures)
    images = sum(
        1
        for page in pdf.pages
        for xobj in page.Resources.get("/XObject", {}).values()
        if xobj.get("/Subtype") == "/Image"
    )
    assert images <= len(figures)


def assert_links(pdf: pikepdf.Pdf) -> list[str]:
    """Every link annotation is tagged and described; returns the web addresses."""
    uris = []
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/Subtype") != "/Link":
                continue
            assert str(annot.get("/Contents", "")).strip(), "a link without a description"
            assert "/StructParent" in annot
            uri = annot.get("/A", {}).get("/URI")
            if uri is not None:
                uris.append(str(uri))
    return uris


def assert_fonts(pdf: pikepdf.Pdf) -> None:
    """Every font is embedded and has a Unicode map."""
    seen = 0
    for page in pdf.pages:
        for font in page.Resources.get("/Font", {}).values():
            seen += 1
            assert "/ToUnicode" in font, f"{font.get('/BaseFont')} has no ToUnicode map"
            desc = (
                font.DescendantFonts[0].FontDescriptor
                if font.Subtype == "/Type0"
                else font.get("/FontDescriptor")
            )
            assert desc is not None
            assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert seen


def assert_checker_passes(path: Path) -> None:
    """The machine-checkable subset of PDF/UA-1 (the ``pdfua`` package) finds nothing."""
    from pdfua import validate

    report = validate(str(path))
    findings = [f"{f.rule_id}: {f.message}" for f in report.findings]
    assert report.exit_code == 0, findings


def assert_accessible(path: Path, snap: ExportSnapshot, *, trainer: bool) -> pikepdf.Pdf:
    """Run every check on one PDF of the UA route; return it opened."""
    doc = model_of(snap, trainer=trainer)
    pdf = pikepdf.open(path)
    assert_identified(pdf, snap.title, snap.lang)
    assert_headings(pdf, doc)
    assert_bookmarks(pdf, doc)
    assert_lists(pdf, doc)
    assert_tables(pdf, doc)
    assert_figures(pdf, doc)
    assert_links(pdf)
    assert_fonts(pdf)
    assert_checker_passes(path)
    return pdf


# --------------------------------------------------------------------------- the mixed snapshot


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ExportSnapshot]:
    """Return the UA handbook of the mixed-language snapshot."""
    snap = mixed_snapshot()
    path = tmp_path_factory.mktemp("ua") / "handbook.pdf"
    result = render_handbook_ua(snap, path, Progress(), OPTS)
    assert not result.warnings
    return path, snap


def test_mixed_snapshot_passes_every_check(mixed):
    path, snap = mixed
    pdf = assert_accessible(path, snap, trainer=False)
    doc = model_of(snap, trainer=False)
    # the snapshot has everything the checks look for, so none of them passed vacuously
    kinds = [type(b) for b in model_blocks(doc)]
    assert kinds.count(Figure) >= 2
    assert kinds.count(Table) >= 3
    assert kinds.count(ListBlock) >= 4
    tags = {str(e.S) for e, _d in struct_elements(pdf)}
    assert {"/H1", "/H2", "/H3", "/H4", "/L", "/LI", "/Table", "/TH", "/TD", "/Figure"} <= tags


def test_parts_in_another_language_carry_their_lang(mixed):
    path, _snap = mixed
    pdf = pikepdf.open(path)
    assert str(pdf.Root.Lang) == "nb-NO"
    headings = {_clean(str(e.get("/T", ""))): e for e, _d in struct_elements(pdf) if e.S == "/H4"}
    for lang, title in OTHER_LANGUAGE_TITLES.items():
        assert str(headings[title].get("/Lang", "")).split("-")[0] == lang, title
    assert str(headings[OTHER_LANGUAGE_TITLES["en"]].Lang) == "en-GB"
    # a Norwegian item says nothing of its own: it inherits the catalogue's nb
    assert "/Lang" not in headings["Fast næringsforum hvert kvartal"]
    # everything inside the Sami item is Sami: its paragraphs, list, table and figure
    sami_parts = [
        e
        for e, _d in struct_elements(pdf)
        if str(e.get("/Lang", "")).startswith("se") and e.S in ("/P", "/L", "/Table", "/Figure")
    ]
    assert {str(e.S) for e in sami_parts} == {"/P", "/L", "/Table", "/Figure"}


def test_links_have_descriptions_and_targets(mixed):
    path, _snap = mixed
    uris = assert_links(pikepdf.open(path))
    assert "https://sametinget.no/" in uris
    assert "https://www.ks.no/veileder" in uris
    assert "mailto:post@example.org" in uris
    links = [e for e, _d in struct_elements(pikepdf.open(path)) if e.S == "/Link"]
    assert len(links) >= len(uris)


def test_pdftotext_gives_back_the_exact_letters(mixed):
    path, _snap = mixed
    text = _clean(pdftotext(path))
    for phrase in (
        SAMI,
        NORWEGIAN,
        "Sámegiel bustávat: á č đ ŋ š ŧ ž.",
        "Boazodoallu ja turisma barget ovttas.",
        "Kommunen svarar innan ei veke og fylgjer opp kvar månad.",
        "A host municipality answers within a week.",
        OTHER_LANGUAGE_TITLES["se"],
    ):
        assert phrase in text, phrase
    assert "\ufffd" not in text


def test_nynorsk_document_is_nynorsk_with_bokmal_parts(tmp_path):
    snap = make_snapshot(
        lang="nn",
        sessions=1,
        modules_per_session=1,
        extra_blocks=(
            BlockSnapshot(
                id="x-nb",
                block_type="item",
                item=ItemSnapshot(id="fin-nb", kind="finding", title="Bokmålsfunn", body="Tekst."),
            ),
        ),
    )
    path = tmp_path / "nn.pdf"
    render_handbook_ua(snap, path, Progress(), OPTS)
    pdf = assert_accessible(path, snap, trainer=False)
    assert str(pdf.Root.Lang) == "nn-NO"
    langs = {
        _clean(str(e.get("/T", ""))): str(e.get("/Lang", ""))
        for e, _d in struct_elements(pdf)
        if e.S == "/H4"
    }
    assert langs["Bokmålsfunn"] == "nb-NO"


# --------------------------------------------------------------------------- starter curricula


@pytest.mark.parametrize("name", ["folkevalgt", "ledere"])
@pytest.mark.parametrize("kind", ["handbook", "trainer-guide"])
def test_starter_curricula_are_accessible(starter_snapshots, tmp_path, name, kind):
    trainer = kind == "trainer-guide"
    snap = starter_snapshots[f"{name}-{'trainer' if trainer else 'participant'}"]
    render = render_trainer_guide_ua if trainer else render_handbook_ua
    path = tmp_path / f"{name}-{kind}.pdf"
    result = render(snap, path, Progress(), OPTS)
    assert result.pages > 3
    assert_accessible(path, snap, trainer=trainer)
    text = _clean(pdftotext(path))
    for heading in model_headings(model_of(snap, trainer=trainer))[:20]:
        assert heading[1] in text


def test_the_checks_fail_an_untagged_pdf(tmp_path):
    """The same document typeset without tags fails: the checks above can catch a fault."""
    from exporters.typst_pdf import render_typst

    snap = mixed_snapshot()
    path = tmp_path / "plain.pdf"
    render_typst(snap, path, Progress(), OPTS, trainer=False, standard="plain")
    with pytest.raises((AssertionError, AttributeError, KeyError)):
        assert_accessible(path, snap, trainer=False)
    pdf = pikepdf.open(path)
    assert pdf.open_metadata().get("pdfuaid:part") is None


def test_continued_list_lines_print_one_space():
    """A list item wrapped over indented lines prints no gap where the source broke it.

    Typst prints every space of a string, so the model must hold one where Markdown means
    one (pdftotext would hide the gap: it collapses spaces when it reads the page).
    """
    from exporters.document import Paragraph
    from exporters.document_md import markdown_blocks

    text = "- Hva hindrer samhandling med næringslivet,\n    innad i kommunen og\n\tmed `a  b`?"
    ctx = RenderContext(assets={}, lang="nb", warn=lambda _m: None)
    (listing,) = markdown_blocks(text, ctx, "test")
    assert isinstance(listing, ListBlock)
    (para,) = listing.items[0]
    assert isinstance(para, Paragraph)
    printed = "".join(r.text for r in para.runs)
    assert printed == "Hva hindrer samhandling med næringslivet, innad i kommunen og med a  b?"


def test_markdown_headings_never_skip_a_level(tmp_path):
    # Found by the random-Markdown test: a body opening with «######» under a box title, or
    # an untitled exercise's «##», jumped heading levels, which PDF/UA forbids.
    blocks = (
        BlockSnapshot(id="blk-ex", block_type="exercise", title="", text="## Del A\n\ntekst"),
        BlockSnapshot(
            id="blk-it",
            block_type="item",
            item=ItemSnapshot(
                id="fin-h", kind="finding", title="Funn", summary="", body="###### Dypt\n\nx"
            ),
        ),
    )
    snap = make_snapshot("participant", sessions=1, modules_per_session=1, extra_blocks=blocks)
    doc = model_of(snap, trainer=False)
    levels = [level for level, _text, _outlined in model_headings(doc)]
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    path = tmp_path / "handbook.pdf"
    render_handbook_ua(snap, path, Progress(), OPTS)
    assert_accessible(path, snap, trainer=False)


TYPST_HOSTILE = (
    '#read("/etc/passwd")',
    '#import "/etc/hostname": *',
    "#let x = 1 #x",
    "]] [[ } { ) (",
    "C:\\Users\\kari \\ #",
    "$x^2$ @fig <lbl> *ikke fet* _ikke kursiv_ `kode`",
)


@pytest.mark.parametrize("hostile", TYPST_HOSTILE)
def test_typst_route_prints_hostile_text_as_text(tmp_path, hostile):
    # User text reaches Typst as data (JSON read by the fixed template), never as markup:
    # nothing a user types can run Typst code, read a file or break the template.
    item = ItemSnapshot(
        id="fin-x", kind="finding", title=f"Tittel {hostile}", summary="",
        body=f"Før {hostile} etter",
    )
    block = BlockSnapshot(id="blk-x", block_type="item", item=item)
    text_block = BlockSnapshot(id="blk-t", block_type="text", title="", text=hostile)
    snap = make_snapshot(
        "participant", sessions=1, modules_per_session=1, extra_blocks=(block, text_block)
    )
    path = tmp_path / "h.pdf"
    render_handbook_ua(snap, path, Progress(), OPTS)
    printed = re.sub(r"\s+", "", pdftotext(path))
    assert "root:" not in printed  # /etc/passwd was not read
    assert re.sub(r"\s+", "", f"Tittel {hostile}") in printed
