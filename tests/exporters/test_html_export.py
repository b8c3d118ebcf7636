"""The accessible HTML export, read back: structure, language, escaping, and axe in Chromium.

The page is parsed with lxml and compared with the document model the Typst route uses;
the starter curricula are exported through the command line and checked by axe-core in
headless Chromium (Debian's package) against WCAG 2.1 AA, with 0 violations allowed.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import os
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from content.exports.snapshot import BlockSnapshot, ItemSnapshot
from content.progress import Progress
from exporters.base import ExportOptions, LeakError, shorten
from exporters.document import Figure, Heading, Table
from exporters.document_build import build_document
from exporters.html_export import HEAD_CHARS, css_string, render_html
from exporters.markdown_pdf import RenderContext
from exporters.registry import renderer, suffix
from tests.exporters.conftest import (
    SAMI,
    TRAINER_NOTE,
    hostile_snapshot,
    html_text,
    make_snapshot,
    read_html,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from content.exports.snapshot import ExportSnapshot

OPTS = ExportOptions(invariant=True)
RTL_NAME = "مريم الحسيني"
HEBREW = "שלום עליכם"


def _render(snap: ExportSnapshot, path: Path) -> Path:
    render_html(snap, path, Progress(), OPTS)
    return path


def _model(snap: ExportSnapshot) -> Any:
    ctx = RenderContext(assets=snap.assets, lang=snap.lang, warn=lambda _m: None)
    return build_document(snap, trainer=snap.profile == "trainer", ctx=ctx)


def _walk(blocks: Any) -> Iterator[Any]:
    for block in blocks:
        yield block
        for child in getattr(block, "blocks", ()):
            yield from _walk((child,))
        for item in getattr(block, "items", ()):
            yield from _walk(item)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _with_languages(snap: ExportSnapshot) -> ExportSnapshot:
    """Add a Northern Sami item, an English item and a text block with RTL names."""
    se = ItemSnapshot(
        id="fin-se", kind="finding", title="Gávpot ja gielda", language="se",
        summary=f"Sámegiella: {SAMI}", body=f"Sámegiella: {SAMI}",
    )  # fmt: skip
    en = ItemSnapshot(
        id="fin-en", kind="finding", title="Early dialogue", language="en",
        summary="Early contact helps.", body="Early contact helps.",
    )  # fmt: skip
    rtl = BlockSnapshot(
        id="blk-rtl", block_type="text", text=f"{RTL_NAME}\n\n{HEBREW} og Kárášjohka"
    )
    blocks = (
        BlockSnapshot(id="blk-se", block_type="item", item=se),
        BlockSnapshot(id="blk-en", block_type="item", item=en),
        rtl,
    )
    return make_snapshot(snap.profile, snap.lang, sessions=1, extra_blocks=blocks)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, tuple[ExportSnapshot, Path]]:
    out = tmp_path_factory.mktemp("html")
    result = {}
    for profile in ("participant", "trainer"):
        snap = _with_languages(make_snapshot(profile))
        result[profile] = (snap, _render(snap, out / f"{profile}.html"))
    return result


# --------------------------------------------------------------------------- structure


@pytest.mark.parametrize("profile", ["participant", "trainer"])
def test_headings_follow_the_model_levels_in_order(pages, profile):
    snap, path = pages[profile]
    model = [
        (b.level, b.text)
        for b in _walk((*_model(snap).cover, *_model(snap).body))
        if isinstance(b, Heading)
    ]
    root = read_html(path)
    found = [
        (int(h.tag[1]), h.text_content())
        for h in root.xpath("//main//*[self::h1 or self::h2 or self::h3 or self::h4 "
                            "or self::h5 or self::h6]")
    ]  # fmt: skip
    assert found == model
    assert {level for level, _t in found} >= {1, 2, 3, 4}
    assert sum(1 for level, _t in found if level == 1) == len(snap.sessions) + 1  # + sources


def test_head_language_title_and_running_title(pages):
    snap, path = pages["participant"]
    root = read_html(path)
    assert root.get("lang") == "nb"
    assert root.xpath("//head/meta[@charset]")[0].get("charset") == "utf-8"
    assert "width=device-width" in root.xpath('//meta[@name="viewport"]/@content')[0]
    assert root.findtext(".//title") == f"{snap.title} – Deltakerhefte"
    running = root.xpath('//header[@class="running"]')[0].text_content()
    assert snap.title in running
    assert "Deltakerhefte" in running


def test_skip_link_and_contents_point_at_headings(pages):
    snap, path = pages["trainer"]
    root = read_html(path)
    skip = root.xpath("//body/*[1]")[0]
    assert skip.tag == "a"
    assert skip.get("href") == "#main"
    assert skip.text_content() == "Hopp til innholdet"
    main = root.get_element_by_id("main")
    assert main.tag == "main"
    assert main.get("tabindex") == "-1"
    nav = root.xpath("//nav")[0]
    assert root.get_element_by_id(nav.get("aria-labelledby")).text_content() == "Innhold"
    links = nav.xpath(".//a")
    targets = [root.get_element_by_id(a.get("href")[1:]) for a in links]
    assert [t.tag for t in targets[:2]] == ["h1", "h2"]
    assert [a.text_content() for a in links] == [t.text_content() for t in targets]
    # sessions, then their modules nested under each; then the source list
    assert len(nav.xpath("./ol/li")) == len(snap.sessions) + 1
    assert len(nav.xpath("./ol/li/ol/li")) == len(snap.modules())
    ids = root.xpath("//@id")
    assert len(ids) == len(set(ids))


def test_parts_in_another_language_carry_lang(pages):
    _snap, path = pages["participant"]
    root = read_html(path)
    se = root.xpath('//div[@lang="se"]')
    en = root.xpath('//div[@lang="en"]')
    assert len(se) == 1
    assert "Gávpot ja gielda" in se[0].text_content()
    assert len(en) == 1
    assert "Early dialogue" in en[0].text_content()
    # the box's tag (FUNN) is a Kursverk label in the document's language
    assert se[0].xpath('./p[@class="tag"]')[0].get("lang") == "nb"
    assert _flat(SAMI) in _flat(se[0].text_content())


def test_rtl_text_gets_its_direction_from_the_text(pages):
    _snap, path = pages["participant"]
    root = read_html(path)
    for name in (RTL_NAME, HEBREW):
        para = root.xpath(f'//p[contains(., "{name}")]')
        assert para, name
        assert para[0].get("dir") == "auto", name
    texts = root.xpath("//main//p | //main//li | //main//h1 | //main//h4 | //main//td")
    assert all(e.get("dir") == "auto" for e in texts)


def test_images_are_embedded_with_their_alt_text(pages):
    snap, path = pages["participant"]
    figures = [b for b in _walk(_model(snap).body) if isinstance(b, Figure)]
    assert figures
    imgs = read_html(path).xpath("//img")
    assert [i.get("alt") for i in imgs] == [f.alt for f in figures]
    for img, figure in zip(imgs, figures, strict=True):
        head, data = img.get("src").split(",", 1)
        assert head == "data:image/png;base64"
        assert base64.b64decode(data) == snap.assets[figure.asset_id].data
        assert (img.get("width"), img.get("height")) == (str(figure.width), str(figure.height))


def test_tables_have_column_headers(pages):
    snap, path = pages["trainer"]
    tables = [b for b in _walk(_model(snap).body) if isinstance(b, Table)]
    found = read_html(path).xpath("//table")
    assert len(found) == len(tables) > 1  # the agenda and an item's Markdown table
    for elem, table in zip(found, tables, strict=True):
        heads = elem.xpath("./thead/tr/th")
        assert len(heads) == len(table.header)
        assert all(th.get("scope") == "col" for th in heads)
        assert len(elem.xpath("./tbody/tr")) == len(table.rows)
        wrap = elem.getparent()
        assert wrap.get("role") == "region"
        assert wrap.get("tabindex") == "0"
        assert wrap.get("aria-label") == "Tabell"
    agenda = found[0]
    assert [th.text_content() for th in agenda.xpath(".//th")] == ["Tid", "Aktivitet", "Min.",
                                                                  "Sum"]  # fmt: skip


def test_trainer_content_only_in_the_trainer_guide(pages):
    part = _flat(html_text(pages["participant"][1]))
    trainer = _flat(html_text(pages["trainer"][1]))
    assert _flat(TRAINER_NOTE) in trainer
    assert "TILTRENEREN" in trainer
    assert _flat(TRAINER_NOTE) not in part
    assert "TILTRENEREN" not in part
    assert "Agenda" in trainer
    assert "Agenda" not in part
    assert "Trenerveiledning" in trainer
    assert "Deltakerhefte" in part


def test_a_participant_page_that_would_leak_is_refused(tmp_path):
    note = BlockSnapshot(
        id="blk-note", block_type="trainer_note", trainer_only=True, text=TRAINER_NOTE
    )
    copy = BlockSnapshot(id="blk-copy", block_type="text", text=f"Intro. {TRAINER_NOTE}")
    snap = make_snapshot("participant", sessions=1, extra_blocks=(note, copy))
    target = tmp_path / "x.html"
    target.write_bytes(b"earlier")
    with pytest.raises(LeakError):
        _render(snap, target)
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["x.html"]


@pytest.mark.parametrize(
    ("lang", "skip", "contents", "kind"),
    [("nn", "Hopp til innhaldet", "Innhald", "Deltakarhefte"),
     ("en", "Skip to content", "Contents", "Participant handbook")],
)  # fmt: skip
def test_labels_in_the_export_language(tmp_path, lang, skip, contents, kind):
    root = read_html(_render(make_snapshot("participant", lang, sessions=1), tmp_path / "x.html"))
    assert root.get("lang") == lang
    assert root.xpath('//a[@class="skip"]')[0].text_content() == skip
    assert root.xpath('//p[@class="toc-title"]')[0].text_content() == contents
    assert root.findtext(".//title").endswith(kind)


def test_the_registry_and_profile_choose_handbook_or_guide(tmp_path):
    assert suffix("html") == ".html"
    path = tmp_path / "guide.html"
    renderer("html")(make_snapshot("trainer", sessions=1), path, Progress(), OPTS)
    assert "Trenerveiledning" in read_html(path).findtext(".//title")


# --------------------------------------------------------------------------- safety


def test_hostile_text_is_escaped_and_only_safe_links_remain(tmp_path):
    hostile = (
        "<script>alert(1)</script> <img src=x onerror=alert(2)> \"quoted\" 'single' "
        "[js](javascript:alert(3)) [web](https://ks.no/?a=1&b=2) [mail](mailto:a@ks.no) "
        '[data](data:text/html,<b>x</b>) <a href="javascript:alert(4)">raw</a> '
        "</p></div></main><style>*{display:none}</style> \x00\x1b[2J \ud800 end"
    )
    snap = make_snapshot("participant", sessions=1)
    snap = dataclasses.replace(
        snap,
        title=hostile[:60],
        sessions=(dataclasses.replace(snap.sessions[0], title=hostile),),
    )
    item = ItemSnapshot(id="fin-evil", kind="finding", title=hostile, summary=hostile, body=hostile)
    snap = make_snapshot(
        "participant", sessions=1,
        extra_blocks=(BlockSnapshot(id="b-evil", block_type="item", item=item),
                      BlockSnapshot(id="b-evil2", block_type="text", text=hostile)),
    )  # fmt: skip
    snap = dataclasses.replace(snap, title=hostile[:60])
    path = _render(snap, tmp_path / "x.html")
    data = path.read_bytes().decode("utf-8")
    root = read_html(path)
    assert not root.xpath("//script")
    assert "<script" not in data
    assert len(root.xpath("//style")) == 1
    assert len(root.xpath("//main")) == 1
    assert not any(k.startswith("on") for e in root.iter() for k in getattr(e, "attrib", {}))
    hrefs = root.xpath("//a/@href")
    assert "https://ks.no/?a=1&b=2" in hrefs
    assert "mailto:a@ks.no" in hrefs
    assert all(h.startswith(("#", "https://", "http://", "mailto:")) for h in hrefs)
    assert [i.get("src")[:11] for i in root.xpath("//img")] == ["data:image/"] * len(
        root.xpath("//img")
    )
    text = html_text(path)
    assert "<script>alert(1)</script>" in text
    assert "</p></div></main><style>" in text
    assert "\x00" not in data
    assert "\x1b" not in data
    assert "\ufffd end" in text  # the lone surrogate is shown as a replacement character
    assert root.findtext(".//title").startswith(hostile[:30])


def test_content_security_policy_allows_only_the_inline_stylesheet(pages):
    root = read_html(pages["participant"][1])
    csp = root.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    rules = dict(r.strip().split(" ", 1) for r in csp.split(";"))
    assert rules["default-src"] == "'none'"
    assert rules["img-src"] == "data:"
    assert rules["base-uri"] == "'none'"
    assert rules["form-action"] == "'none'"
    style = root.xpath("//style")[0].text
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode()
    assert rules["style-src"] == f"'sha256-{digest}'"
    assert "@media print" in style
    assert ":focus-visible" in style
    assert css_string(pages["participant"][0].title) in style  # the printed running head


def test_the_printed_running_head_is_shortened(tmp_path):
    long = " ".join(f"Veldig lang tittel {n} æøå" for n in range(40))
    snap = dataclasses.replace(make_snapshot(sessions=1), title=long)
    style = read_html(_render(snap, tmp_path / "x.html")).xpath("//style")[0].text
    head = re.search(r"@top-left\{content:(\"[^\"]*\")", style).group(1)
    assert head == css_string(shorten(long, HEAD_CHARS))
    assert len(head) < 12 * HEAD_CHARS  # at most 7 characters an escape, 90 characters


def test_css_string_escapes_everything_but_letters_and_digits():
    out = css_string('a"}\\</style>\nø')
    assert re.fullmatch(r'"(?:[A-Za-z0-9]|\\[0-9a-f]{6})*"', out)
    assert "<" not in out[1:-1]
    assert '"' not in out[1:-1]
    assert "\n" not in out
    assert "\\0000f8" in out
    assert "\\00003c" in out


# --------------------------------------------------------------------------- in a browser

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists()
                                        else None)  # fmt: skip
IN_CI = os.environ.get("KURSVERK_CI") == "1"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _need_browser() -> None:
    """Skip without Chromium on a developer's machine; in CI (KURSVERK_CI=1) fail instead."""
    reason = ""
    if CHROMIUM is None:
        reason = "Chromium is not installed (apt-get install chromium; .ci/run installs it)"
    else:
        try:
            import axe_playwright_python  # noqa: F401
            import playwright.sync_api  # noqa: F401
        except ImportError as exc:
            reason = f"the test extra is not installed ({exc}); pip install -e '.[test]'"
    if reason and IN_CI:
        pytest.fail(f"KURSVERK_CI=1 but {reason}")
    if reason:
        pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    _need_browser()
    from playwright.sync_api import sync_playwright

    profile_dir = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile_dir),
            executable_path=CHROMIUM,
            args=CHROMIUM_FLAGS,
            headless=True,
            offline=True,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()


def _axe(context: Any, path: Path, width: int = 1280) -> list[dict[str, Any]]:
    """Open a page (its CSP enforced) and return axe-core's WCAG 2.1 AA violations."""
    from axe_playwright_python.base import AXE_SCRIPT

    page = context.new_page()
    try:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(path.resolve().as_uri())
        page.evaluate(AXE_SCRIPT)
        options = {"runOnly": {"type": "tag", "values": WCAG_AA}, "resultTypes": ["violations"]}
        result = page.evaluate("(o) => axe.run(document, o)", options)
    finally:
        page.close()
    return list(result["violations"])


def _report(violations: list[dict[str, Any]]) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — {n['html'][:160]}"
        for v in violations
        for n in v["nodes"][:3]
    )


@pytest.fixture(scope="module")
def starter_pages(tmp_path_factory) -> list[Path]:
    """Export every starter curriculum as HTML through the command line, both profiles."""
    from cli.main import main
    from content.library import list_curricula
    from content.opening import open_or_create

    folder = tmp_path_factory.mktemp("starter-html")
    db = folder / "lib.sqlite"
    lib = open_or_create(str(db))
    with lib.read_sessions() as s:
        curricula = [(c.id, c.title) for c in list_curricula(s)]
    lib.dispose()
    assert len(curricula) >= 2
    paths = []
    for n, (cid, _title) in enumerate(curricula):
        for profile, lang in (("participant", "nb"), ("trainer", "nb"), ("participant", "nn")):
            out = folder / f"c{n}-{profile}-{lang}.html"
            code = main(["--db", str(db), "export", "html", "--curriculum", cid,
                         "--profile", profile, "--lang", lang, "-o", str(out)])  # fmt: skip
            assert code == 0, (cid, profile)
            assert out.is_file(), (cid, profile)
            paths.append(out)
    return paths


def test_axe_finds_what_it_should_on_a_broken_page(browser, tmp_path):
    """The harness itself: a page with known faults must give violations."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><html><head><title></title></head><body>"
        '<img src="data:image/png;base64,iVBORw0KGgo="><p style="color:#eee">lys</p>'
        "</body></html>",
        encoding="utf-8",
    )
    found = {v["id"] for v in _axe(browser, bad)}
    assert {"html-has-lang", "image-alt", "color-contrast", "document-title"} <= found


@pytest.mark.timeout(300)
def test_starter_curricula_have_no_wcag_violations(browser, starter_pages):
    for path in starter_pages:
        violations = _axe(browser, path)
        assert not violations, f"{path.name}:\n{_report(violations)}"
    phone = _axe(browser, starter_pages[0], width=390)  # the one-column layout
    assert not phone, _report(phone)


@pytest.mark.timeout(180)
def test_other_languages_rtl_and_hostile_text_give_no_wcag_violations(browser, pages, tmp_path):
    paths = [path for _snap, path in pages.values()]
    for profile in ("participant", "trainer"):
        paths.append(_render(hostile_snapshot(profile), tmp_path / f"hostile-{profile}.html"))
    for path in paths:
        violations = _axe(browser, path)
        assert not violations, f"{path.name}:\n{_report(violations)}"


def test_stylesheet_applies_and_focus_is_visible(browser, starter_pages):
    """The CSP admits the stylesheet; Tab shows the skip link with an outline; Enter skips."""
    page = browser.new_page()
    try:
        page.goto(starter_pages[0].resolve().as_uri())
        skip = page.locator("a.skip")
        assert skip.evaluate("e => getComputedStyle(e).position") == "absolute"
        assert skip.bounding_box()["y"] < 0  # off screen until focused
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        assert skip.bounding_box()["y"] >= 0
        outline = skip.evaluate("e => getComputedStyle(e).outlineStyle + ' ' + "
                                "getComputedStyle(e).outlineWidth")  # fmt: skip
        assert outline == "solid 3px"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"
        nav = page.locator("nav.toc")
        assert nav.evaluate("e => getComputedStyle(e).position") == "sticky"  # wide screen
        page.set_viewport_size({"width": 390, "height": 800})  # a phone: one column
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390
        page.emulate_media(media="print")
        assert nav.evaluate("e => getComputedStyle(e).display") == "none"
    finally:
        page.close()
