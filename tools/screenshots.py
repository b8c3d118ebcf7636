"""Save a screenshot of each main screen under docs/screenshots/ (offscreen, starter library).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--lang nb|en] [--all]

Writes main-window.png, item-editor.png, revision-diff.png and settings.png; with --all also
the module composer, curriculum builder and export dialog (composer.png, curriculum.png,
export-dialog.png, which their own engineer may also produce).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def wait_until(cond: Callable[[], bool], timeout: float = 10.0) -> None:
    """Process events until cond() is true."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get ready")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(ms: int = 400) -> None:
    """Let pending work and paints finish."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: object, name: str) -> Path:
    """Grab a widget into docs/screenshots/name."""
    path = OUT / name
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(f"saved {path.relative_to(ROOT)}")
    return path


def pick_item(ctx: object) -> str:
    """Return a starter item with relations and a body (a rich editor and inspector)."""
    from sqlalchemy import func, select

    from db.models import ContentItem, ItemRelation

    def query(session: object) -> str:
        stmt = (
            select(ContentItem.id)
            .join(ItemRelation, ItemRelation.source_id == ContentItem.id)
            .where(ContentItem.kind == "measure", func.length(ContentItem.body) > 200)
            .limit(1)
        )
        found = session.scalar(stmt)  # type: ignore[attr-defined]
        return found or session.scalar(select(ContentItem.id).limit(1))  # type: ignore[attr-defined]

    return ctx.read(query)  # type: ignore[attr-defined,no-any-return]


def main(argv: list[str] | None = None) -> int:
    """Open the app on a fresh starter library and save the screenshots."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="nb")
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args(argv)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from content.opening import open_or_create
    from gui import i18n, theme
    from gui.context import AppContext
    from gui.main_window import MainWindow

    app = QApplication([])
    theme.apply(app)
    i18n.install(args.lang)
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    library = open_or_create(str(tmp / "library.sqlite"))
    ctx = AppContext(
        library, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat), author="Kari Nordmann"
    )
    window = MainWindow(ctx)
    window.resize(1600, 900)  # a common laptop screen at 100 % scale
    window.show()
    wait_until(lambda: window.library.model.loaded and window.navigator.topLevelItemCount() > 0)
    item_id = pick_item(ctx)
    row = window.library.model.row_of(item_id)
    if row >= 0:
        window.library.table.selectRow(row)
    window.inspect(item_id)
    wait_until(
        lambda: window.relations_view.topLevelItemCount() > 0 or window.inspector_title.text() != ""
    )
    settle()
    save(window, "main-window.png")
    shoot_editor(ctx, window, item_id)
    shoot_settings(ctx, window)
    if args.all:
        shoot_others(ctx, window)
    ctx.tasks.shutdown()
    return 0


def shoot_editor(ctx: object, window: object, item_id: str) -> None:
    """Save the item editor and the revision diff."""
    from content.commands import UpdateItem
    from gui.revision_diff import RevisionDiffDialog

    panel = window.open_item(item_id)  # type: ignore[attr-defined]
    wait_until(lambda: panel.loaded and panel.revision > 0)
    settle()
    save(window, "item-editor.png")
    state = ctx.read(
        lambda s: __import__("content.library", fromlist=["x"]).get_state(  # type: ignore[attr-defined]
            s, "item", item_id
        )
    )
    body = state["body"].replace("kommune", "kommunen", 1) + "\n\nEt nytt avsnitt om oppfølging."
    ctx.history.run(
        UpdateItem(
            entity_id=item_id,
            values={  # type: ignore[attr-defined]
                "body": body,
                "summary": state["summary"] + " Oppdatert etter innspill.",
            },
        )
    )
    dialog = RevisionDiffDialog(
        ctx, "item", item_id, state["revision"], state["revision"] + 1, window
    )  # type: ignore[arg-type]
    dialog.resize(900, 560)
    dialog.show()
    wait_until(lambda: "nytt avsnitt" in dialog.inline.toPlainText())
    settle(200)
    save(dialog, "revision-diff.png")
    dialog.mode.setCurrentIndex(1)
    settle(200)
    save(dialog, "revision-diff-side-by-side.png")
    dialog.close()


def shoot_settings(ctx: object, window: object) -> None:
    """Save the settings dialog."""
    from gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx, window)  # type: ignore[arg-type]
    dialog.show()
    settle(200)
    save(dialog, "settings.png")
    dialog.close()


def shoot_others(ctx: object, window: object) -> None:
    """Save the composer, curriculum builder and export dialog when they exist."""
    from content.library import list_curricula, list_modules

    modules = ctx.read(list_modules)  # type: ignore[attr-defined]
    curricula = ctx.read(list_curricula)  # type: ignore[attr-defined]
    for etype, rows, name in (
        ("module", modules, "composer.png"),
        ("curriculum", curricula, "curriculum.png"),
    ):
        if rows and window.open_entity(etype, rows[0].id) is not None:  # type: ignore[attr-defined]
            settle(1200)
            save(window, name)
    try:
        from gui.export_dialog import ExportDialog
    except ImportError:
        return
    if modules:
        dialog = ExportDialog(ctx, "module", modules[0].id, window)
        dialog.show()
        settle(800)
        save(dialog, "export-dialog.png")
        dialog.close()


if __name__ == "__main__":
    sys.exit(main())
