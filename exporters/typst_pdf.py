"""Tagged PDF/UA-1 route: the handbook and trainer guide typeset by the ``typst`` package.

The document model (exporters.document_build) is written as JSON next to a copy of the fixed
template (exporters/typst/handbook.typ) in a private temporary folder that is Typst's root,
so the template can read nothing else; user text is data, never markup. The ``typst``
package typesets it in a short-lived Python worker (exporters.typst_worker; no external
binary), which gives Typst's memory back when it ends. Fonts are the bundled Noto fonts
only (system fonts ignored), so every machine prints the same; Noto Sans Arabic and Noto
Sans Hebrew are the template's fallbacks, so right-to-left names print shaped and in order.
A long document is typeset in parts, a worker each (two at once), and joined
(exporters.typst_parts): Typst's memory grows with the pages one process lays out.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pikepdf

from content.workers import start_worker
from exporters import styles as S
from exporters.base import (
    ExportError,
    ExportOptions,
    ExportResult,
    atomic_output,
    file_sha256,
    shorten,
)
from exporters.document import Document, Figure, to_data
from exporters.document_build import build_document
from exporters.fonts import FONT_DIR, UA, missing_glyphs
from exporters.glyphs import fit_snapshot, glyph_warnings
from exporters.labels import label
from exporters.markdown_pdf import ImageProblem, RenderContext, load_image
from exporters.typst_parts import (
    PART_CHARS,
    Part,
    PartsError,
    outlined_headings,
    read_part,
    split_body,
    stand_ins,
)
from exporters.typst_worker import handle

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from content.exports.snapshot import ExportSnapshot
    from content.progress import Progress

TEMPLATE = Path(__file__).with_name("typst") / "handbook.typ"
# standard "ua": tagged PDF/UA-1; "tagged": tagged but no PDF/UA-1 claim (a user overrode
# accessibility faults, which PDF/UA-1 forbids); "plain": untagged (comparisons, benchmarks)
STANDARDS = ("ua", "tagged", "plain")
REGIONS = {"nb": "NO", "nn": "NO", "se": "NO", "en": "GB"}
# A fixed time for reproducible files (2020-01-01 UTC); the date is not printed.
FIXED_TIMESTAMP = 1_577_836_800
_DROPPED = "\ufeff"  # a zero-width no-break space (byte-order mark): nothing to see
HEAD_CHARS = 70  # the running head's left half holds about this many characters
LONG_WORD = 30  # characters: longer runs without a space get break opportunities


class TypstError(ExportError):
    """Typst refused the document (a template or content problem)."""


def render_handbook_ua(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Render the participant handbook as tagged PDF/UA-1 (trainer content never printed)."""
    standard = "ua" if options.ua_claim else "tagged"
    return render_typst(snapshot, Path(path), progress, options, trainer=False, standard=standard)


def render_trainer_guide_ua(
    snapshot: ExportSnapshot, path: Path, progress: Progress, options: ExportOptions
) -> ExportResult:
    """Render the trainer guide as tagged PDF/UA-1."""
    standard = "ua" if options.ua_claim else "tagged"
    return render_typst(snapshot, Path(path), progress, options, trainer=True, standard=standard)


def render_typst(
    snapshot: ExportSnapshot,
    path: Path,
    progress: Progress,
    options: ExportOptions,
    *,
    trainer: bool,
    standard: str = "ua",
) -> ExportResult:
    """Build the document model once, typeset it with Typst and write it atomically."""
    kind = label("trainer_guide" if trainer else "handbook", snapshot.lang)
    progress.start(len(snapshot.modules()) + 2, kind)
    # letters the fonts lack, named by item and field as in the print route (and shown as �)
    snapshot, warnings = fit_snapshot(snapshot, UA)
    ctx = RenderContext(assets=snapshot.assets, lang=snapshot.lang, warn=warnings.append)
    doc = build_document(snapshot, trainer=trainer, ctx=ctx, progress=progress)
    progress.check()
    progress.step("Typst")
    pdf = compile_document(
        doc, ctx, standard=standard, invariant=options.invariant, check=progress.check
    )
    progress.check()
    with atomic_output(path) as part:
        part.write_bytes(pdf)
    for message in warnings:
        progress.warn(message)
    progress.step("ferdig")
    pages = count_pages(pdf)
    return ExportResult(path=path, pages=pages, sha256=file_sha256(path), warnings=warnings)


def compile_document(
    doc: Document,
    ctx: RenderContext,
    *,
    standard: str = "ua",
    invariant: bool = False,
    check: Callable[[], None] | None = None,
) -> bytes:
    """Return the PDF bytes of a document, typeset by the fixed template.

    ``check`` is called now and then while Typst works and may raise to stop it.
    """
    with tempfile.TemporaryDirectory(prefix="kv-typst-") as tmp:
        root = Path(tmp)
        main = root / "main.typ"
        shutil.copyfile(TEMPLATE, main)
        images = _write_images(doc, ctx, root)
        data = _data(doc, images)
        if not data["doc"]["title"].strip():  # PDF/UA needs a title for the window
            data["doc"]["title"] = doc.kind_label
        data["doc"]["header_left"] = shorten(data["doc"]["header_left"], HEAD_CHARS)
        for message in glyph_warnings(fit_to_fonts(data["doc"]), doc.lang):
            ctx.warn(message)
        request = {
            "main": str(main),
            "root": str(root),
            "font_paths": [str(FONT_DIR)],
            "pdf_standards": "ua-1" if standard == "ua" else None,
            "pdf_tags": standard in ("ua", "tagged"),
            "timestamp": FIXED_TIMESTAMP if invariant else None,
            "output": str(root / "out.pdf"),
        }
        body = data["doc"]["body"]
        parts = split_body(body, PART_CHARS) if request["pdf_tags"] else [body]
        at_once = parts_at_once() if len(parts) > 1 else 1
        if at_once > 1:  # two at once: parts of half the size, the memory of one
            parts = split_body(body, PART_CHARS // at_once)
        if len(parts) > 1:
            # each part's data goes to a file of its own now: while the workers typeset
            # them, this process holds only their outlined headings
            data["doc"]["body"] = []
            heads = []
            for n, part in enumerate(parts):
                heads.append(list(outlined_headings(part)))
                part_data = {**data, "doc": {**data["doc"], "body": part}, "part": "body"}
                text = json.dumps(part_data, ensure_ascii=False)
                (root / f"part-{n}.json").write_text(text, "utf-8")
            del body, parts, part_data, text
            try:
                return _typeset_in_parts(data, heads, request, check, at_once)
            except PartsError:  # the parts did not join as they should: in one go, then
                files = [root / f"part-{n}.json" for n in range(len(heads))]
                bodies = [json.loads(f.read_text("utf-8"))["doc"]["body"] for f in files]
                data["doc"]["body"] = [block for body in bodies for block in body]
        (root / "data.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        del data  # Typst reads the file: the memory is better used by Typst
        return _typeset(request, check)


def _typeset_in_parts(
    data: dict[str, Any],
    heads: list[list[dict[str, Any]]],
    request: dict[str, Any],
    check: Callable[[], None] | None,
    at_once: int = 1,
) -> bytes:
    """Typeset a long document part by part, each in a worker of its own, and join them.

    The parts' data are in ``part-N.json`` of the root; ``heads`` are their outlined
    headings. ``at_once`` body parts are typeset at once, each worker holding one part's
    pages only; the join runs in a worker too, so this process never holds the parts'
    objects (exporters.typst_parts says how).
    """
    root = Path(request["root"])
    done = _typeset_parts(heads, request, check, at_once)
    front = {**data, "part": "front", "stand_ins": stand_ins(done)}
    (root / "data.json").write_text(json.dumps(front, ensure_ascii=False), "utf-8")
    del front
    if check is not None:
        check()
    _run({**request, "output": str(root / "front.pdf")}, check)
    # the join in a worker of its own: in the front's, it would add to Typst's memory there
    parts_json = [part.to_json() for part in done]
    joined = {"front": str(root / "front.pdf"), "parts": parts_json, "output": request["output"]}
    try:
        return _typeset({"join": joined, "output": request["output"]}, check)
    except TypstError as exc:  # pikepdf, not Typst, failed
        raise PartsError(str(exc)) from exc


def parts_at_once() -> int:
    """Return how many body parts to typeset at once: two if a core is idle, else one.

    Two workers at once end a long export sooner only on a core nobody else uses; where the
    cores are busy already (a shared machine, another export) they take turns with the rest
    and cost more CPU time (more, smaller parts): then one after the other. The load average
    counts this export's own process too. On the shared 2-core benchmark machine (load 2-5)
    two at once were no faster, measured in turns with one after the other
    (benchmarks/README.md).
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]  # processes running or waiting, over the last minute
    except (AttributeError, OSError):  # Windows: no load average
        busy = 0.0
    return 2 if cores >= 2 and busy < cores - 0.5 else 1


class _Stopped(Exception):
    """Another part failed or the export was cancelled: this part's worker is ended."""


def _typeset_parts(
    heads: list[list[dict[str, Any]]],
    request: dict[str, Any],
    check: Callable[[], None] | None,
    at_once: int,
) -> list[Part]:
    """Typeset the body parts, ``at_once`` at a time, and read them back in order.

    The first failure (a Typst error, a part that does not join, a cancel) ends the other
    workers within a tenth of a second and is raised once they have ended.
    """
    root = Path(request["root"])
    stop = threading.Event()

    def guard() -> None:
        if stop.is_set():
            raise _Stopped
        if check is not None:
            check()

    def typeset(n: int) -> Part:
        try:
            guard()  # before the worker starts, which may end before it is asked
            # a part alone is no PDF/UA document (its headings start at level 2, and
            # Typst ignores hidden ones): the parts are tagged, the front makes the claim
            output = root / f"part-{n}.pdf"
            part = {"pdf_standards": None, "output": str(output)}
            _run({**request, **part, "inputs": {"data": f"part-{n}.json"}}, guard)
            return read_part(output, heads[n])
        except BaseException:
            stop.set()
            raise

    errors: list[BaseException] = []
    done: list[Part] = []
    with ThreadPoolExecutor(at_once, thread_name_prefix="kv-typst") as pool:
        for future in [pool.submit(typeset, n) for n in range(len(heads))]:
            try:
                done.append(future.result())
            except _Stopped:
                continue
            except BaseException as exc:  # a cancel too: raised once every worker ended
                errors.append(exc)
    if errors:
        raise errors[0]
    return done


def _typeset(request: dict[str, Any], check: Callable[[], None] | None) -> bytes:
    """Typeset a request in a worker process (exporters.typst_worker), else in this one.

    The worker gives Typst's memory back when it ends; ``check`` is called while it runs
    and may raise (a cancelled export), which ends the worker.
    """
    _run(request, check)
    try:
        return Path(request["output"]).read_bytes()
    except OSError as exc:
        raise TypstError("Typst returned no PDF") from exc


def _run(request: dict[str, Any], check: Callable[[], None] | None) -> dict[str, float]:
    """Carry out a worker request (it writes its output file); raise TypstError if it fails.

    Returns what the worker says its steps took (exporters.typst_worker; the benchmark's).
    """
    try:
        proc = _start_worker()
    except OSError:  # no second process here: typeset in this one
        try:
            return handle(request)
        except Exception as exc:  # typst raises its own error types with the diagnostics
            raise TypstError(f"Typst could not typeset the document: {exc}"[:2000]) from exc
    try:
        out, err = _wait(proc, json.dumps(request).encode(), check)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.returncode != 0:
        reason = err.decode("utf-8", "replace").strip() or f"exit code {proc.returncode}"
        raise TypstError(f"Typst could not typeset the document: {reason}"[:2000])
    try:
        steps = json.loads(out)
    except ValueError:  # a worker of the tests', or one that said nothing
        return {}
    return steps if isinstance(steps, dict) else {}


def _wait(
    proc: subprocess.Popen[bytes], request: bytes, check: Callable[[], None] | None
) -> tuple[bytes, bytes]:
    """Send the request and wait for the worker, calling ``check`` every tenth of a second."""
    timeout = None if check is None else 0.1
    try:
        return proc.communicate(request, timeout=timeout)
    except subprocess.TimeoutExpired:
        pass
    while True:
        if check is not None:
            check()
        try:
            return proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            continue


def _start_worker() -> subprocess.Popen[bytes]:
    """Start ``python -m exporters.typst_worker`` (tests replace this)."""
    return start_worker("exporters.typst_worker", keep_stderr=True)


def _data(doc: Document, images: dict[str, str]) -> dict[str, Any]:
    """Return everything the template reads: the document, its language and the look."""
    return {
        "doc": to_data(doc),
        "lang": doc.lang,
        "region": REGIONS.get(doc.lang, "NO"),
        "regions": REGIONS,
        "images": images,
        "untitled": label("untitled", doc.lang),
        "frame_width": S.FRAME_WIDTH,
        "look": _look(),
    }


def fit_to_fonts(data: Any) -> dict[str, str]:
    """Replace, in place, characters no bundled font can show with U+FFFD.

    PDF/UA forbids text without a glyph, so Typst would refuse the whole document for one
    emoji. Returns where each was found (the box's first words, or the heading above) ->
    the characters, so the export can say so instead of printing holes silently.
    """
    found: dict[str, str] = {}
    state = {"where": ""}

    def fix(text: str, where: str) -> str:
        gone = missing_glyphs(text, UA)
        if not gone:
            return text
        shown = "".join(
            ch for ch in gone if ch not in _DROPPED and unicodedata.category(ch) != "Cc"
        )
        if shown:
            found[where] = "".join(dict.fromkeys(found.get(where, "") + shown))
        return "".join(
            ("" if ch in _DROPPED or unicodedata.category(ch) == "Cc" else "\ufffd")
            if ch in gone
            else ch
            for ch in text
        )  # control characters are dropped, characters without a glyph show as U+FFFD

    def fit(text: str, where: str) -> str:
        return _breakable(fix(text, where))

    def walk(value: Any, box: str) -> Any:
        if isinstance(value, list):
            return [walk(v, box) for v in value]
        if not isinstance(value, dict):
            return value
        if value.get("t") == "Heading":
            state["where"] = str(value.get("text", ""))[:60]
        if value.get("t") == "Box":
            box = _first_text(value.get("blocks", [])) or state["where"]
        for key, item in value.items():
            if isinstance(item, str) and key not in ("t", "kind", "href", "asset_id", "key"):
                value[key] = fit(item, box or state["where"] or "?")
            else:
                value[key] = walk(item, box)
        return value

    walk(data, "")
    return found


_LONG_WORD = re.compile(rf"\S{{{LONG_WORD + 1},}}")


def _breakable(text: str) -> str:
    """Let words longer than a line break (a zero-width space every ``LONG_WORD`` characters).

    Typst breaks only at break opportunities, so a 5,000-character token would run off
    the page; ReportLab's route splits such words too.
    """
    if len(text) <= LONG_WORD:
        return text
    return _LONG_WORD.sub(
        lambda m: "\u200b".join(
            m.group()[i : i + LONG_WORD] for i in range(0, len(m.group()), LONG_WORD)
        ),
        text,
    )


def _first_text(blocks: list[Any]) -> str:
    """Return the first words of some blocks (a box's title) for a warning."""
    for block in blocks:
        for run in block.get("runs", []) if isinstance(block, dict) else []:
            if run.get("text", "").strip():
                return str(run["text"]).strip()[:60]
    return ""


def _look() -> dict[str, Any]:
    """Return the colours and kind looks of styles.py as data for the template."""

    def hexval(colour: Any) -> str:
        return "#" + str(colour.hexval())[2:]

    return {
        "ink": hexval(S.INK),
        "muted": hexval(S.MUTED),
        "accent": hexval(S.ACCENT),
        "rule": hexval(S.RULE),
        "shade": hexval(S.SHADE),
        "link": hexval(S.LINK),
        "placeholder": hexval(S.PLACEHOLDER),
        "note_bg": hexval(S.NOTE_BG),
        "note_rule": hexval(S.NOTE_RULE),
        "kinds": {
            kind: {"colour": hexval(k.colour), "dash": list(k.dash), "width": k.rule_width}
            for kind, k in S.KIND_LOOKS.items()
        },
        "default": {
            "colour": hexval(S.DEFAULT_LOOK.colour),
            "dash": list(S.DEFAULT_LOOK.dash),
            "width": S.DEFAULT_LOOK.rule_width,
        },
    }


def _write_images(doc: Document, ctx: RenderContext, root: Path) -> dict[str, str]:
    """Write each figure's verified image into the root; return asset id -> file name."""
    names: dict[str, str] = {}
    folder = root / "img"
    for figure in _figures(doc):
        if figure.asset_id in names:
            continue
        loaded = load_image(ctx, figure.asset_id)
        if isinstance(loaded, ImageProblem):  # verified when the model was built; cannot happen
            continue
        data = loaded[0]
        suffix = ".jpg" if data[:3] == b"\xff\xd8\xff" else ".png"
        name = f"img/{len(names)}{suffix}"
        folder.mkdir(exist_ok=True)
        (root / name).write_bytes(data)
        names[figure.asset_id] = name
    return names


def _figures(doc: Document) -> Iterator[Figure]:
    """Yield every figure of the document."""
    stack: list[Any] = [*doc.cover, *doc.body]
    while stack:
        block = stack.pop()
        if isinstance(block, Figure):
            yield block
        for name in ("blocks", "items"):
            children = getattr(block, name, ())
            for child in children:
                stack.extend(child if isinstance(child, tuple) else (child,))


def count_pages(pdf: bytes) -> int:
    """Return the page count of a PDF.

    pikepdf (qpdf, C++), not pypdf: a joined long document keeps its objects in object
    streams, which pypdf unpacks in Python (0.08 s for 350 pages; pikepdf 0.005 s).
    """
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        return len(opened.pages)
