"""The «Gjennomgangsrunder» dialog: the review rounds, a new round, closing one, its report.

Opened from File > Review rounds… . It lists every round (or those of the module or
curriculum in the current tab) with each reviewer's status and the open «må rettes»
count. A new round needs a module or curriculum open; closing a round with open blocking
comments asks first, and the override is recorded. The report is saved as PDF or CSV.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.review.rounds import CloseRound, CreateRound, RoundBlocked, list_rounds
from content.store import reading
from content.words import short_date
from gui.i18n import current_language
from gui.ops import error_text, run_command, show_error
from gui.outline_model import ui_lang, while_alive

if TYPE_CHECKING:
    from concurrent.futures import Future
    from datetime import date

    from content.review.rounds import RoundView
    from gui.context import AppContext

ROUND_ROLE = Qt.ItemDataRole.UserRole
REVIEWERS = 6  # the last column: as wide as the rest of the dialog


class ReviewRoundsDialog(QDialog):
    """List review rounds; start, close and report on them."""

    def __init__(
        self,
        ctx: AppContext,
        target_type: str = "",
        target_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target_type, self.target_id = target_type, target_id
        self.rounds: list[RoundView] = []
        self.setWindowTitle(self.tr("Review rounds"))
        self.setAccessibleName(self.tr("Review rounds"))
        layout = QVBoxLayout(self)
        self.scope = QLabel(self)
        self.scope.setWordWrap(True)
        layout.addWidget(self.scope)
        self.view = QTreeWidget(self)
        self.view.setRootIsDecorated(False)
        self.view.setAccessibleName(self.tr("Review rounds"))
        self.view.setHeaderLabels(
            [
                self.tr("Round"),
                self.tr("Covers"),
                self.tr("State"),
                self.tr("Due"),
                self.tr("Comments"),
                self.tr("Open «må rettes»"),
                self.tr("Reviewers"),
            ]
        )
        self.view.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.view, 1)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Round details"))
        layout.addWidget(self.details)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New round…"), self)
        self.close_button = QPushButton(self.tr("&Close round…"), self)
        self.report_button = QPushButton(self.tr("Save &report…"), self)
        done = QPushButton(self.tr("Done"), self)
        self.new_button.clicked.connect(self.new_round)
        self.close_button.clicked.connect(self.close_round)
        self.report_button.clicked.connect(self.save_report)
        done.clicked.connect(self.accept)
        for b in (self.new_button, self.close_button, self.report_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(done)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        self.resize(900, 420)
        self.refresh()

    # -- the list -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the rounds again."""
        target = self.target_id or None
        self.rounds = self.ctx.read(lambda s: list_rounds(s, target))
        if self.target_id:
            title = self.ctx.read(lambda s: _title(s, self.target_type, self.target_id))
            self.scope.setText(self.tr("Review rounds on «%1»").replace("%1", title))
        else:
            self.scope.setText(self.tr("All review rounds in the library."))
        self.view.clear()
        states = {"open": self.tr("open"), "closed": self.tr("closed")}
        statuses = {
            "invited": self.tr("invited"),
            "started": self.tr("started"),
            "done": self.tr("done"),
        }
        for r in self.rounds:
            reviewers = ", ".join(f"{v.name} ({statuses.get(v.status, v.status)})"
                                  for v in r.reviewers)
            row = QTreeWidgetItem(
                [
                    r.name,
                    r.target_title,
                    states.get(r.state, r.state),
                    short_date(r.due_date, current_language()) if r.due_date else "–",
                    str(r.comments),
                    str(r.open_blocking),
                    reviewers,
                ]
            )
            row.setData(0, ROUND_ROLE, r.id)
            row.setToolTip(REVIEWERS, reviewers)
            self.view.addTopLevelItem(row)
        for col in range(REVIEWERS):
            self.view.resizeColumnToContents(col)
        self.view.setColumnWidth(1, min(self.view.columnWidth(1), 260))
        if self.rounds:
            self.view.setCurrentItem(self.view.topLevelItem(0))
        self._update_buttons()

    def selected(self) -> RoundView | None:
        """Return the selected round."""
        item = self.view.currentItem()
        if item is None:
            return None
        rid = item.data(0, ROUND_ROLE)
        return next((r for r in self.rounds if r.id == rid), None)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        # rounds are started and closed by editors; a gransker comments in them
        may_edit = self.ctx.may_edit
        self.new_button.setEnabled(may_edit and self.target_type in ("module", "curriculum"))
        why = (self.tr("Open a module or a curriculum first to start a round on it.") if may_edit
               else self.tr("A redaktør starts review rounds; as gransker you comment in them."))
        self.new_button.setToolTip("" if self.new_button.isEnabled() else why)
        self.close_button.setEnabled(may_edit and chosen is not None and chosen.state == "open")
        self.report_button.setEnabled(chosen is not None)
        self.details.setText(self._details(chosen) if chosen is not None else "")

    def _details(self, r: RoundView) -> str:
        """Return the reviewers (with status and comment count) and instructions of a round."""
        statuses = {"invited": self.tr("invited"), "started": self.tr("started"),
                    "done": self.tr("done")}
        people = ", ".join(f"{v.name} ({statuses.get(v.status, v.status)}, {v.comments})"
                           for v in r.reviewers)
        text = self.tr("Reviewers: %1").replace("%1", people)
        if r.instructions.strip():
            text += "\n" + self.tr("Instructions: %1").replace("%1", r.instructions.strip())
        if r.close_override:
            text += "\n" + self.tr("Closed with %1 open «må rettes» (override by %2)").replace(
                "%1", str(r.close_override)).replace("%2", r.closed_by)
        return text

    # -- actions ------------------------------------------------------------------------

    def new_round(self) -> None:
        """Ask for the round's name, reviewers, due date and instructions; start it."""
        form = NewRoundDialog(self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        cmd = CreateRound(
            target_type=self.target_type,
            target_id=self.target_id,
            name=form.name.text(),
            reviewers=form.reviewer_names(),
            due_date=form.due(),
            instructions=form.instructions.toPlainText(),
        )
        run_command(self.ctx, self, cmd, self, on_done=lambda _c: self._did("started"))

    def close_round(self, allow: bool = False) -> None:
        """Close the selected round; with open «må rettes» ask whether to override."""
        chosen = self.selected()
        if chosen is None:
            return
        cmd = CloseRound(entity_id=chosen.id, allow_open_blocking=allow)
        run_command(
            self.ctx, self, cmd, self,
            on_done=lambda _c: self._did("closed"),
            on_error=while_alive(self, lambda exc: self._close_refused(chosen, exc)),
        )

    def _close_refused(self, chosen: RoundView, exc: BaseException) -> None:
        if not isinstance(exc, RoundBlocked):
            show_error(self, exc)
            return
        listed = "\n".join(f"• {c.describe()}" for c in exc.comments[:15])
        question = (
            self.tr("«%1» has %2 open «må rettes» comments:")
            .replace("%1", chosen.name).replace("%2", str(len(exc.comments)))
            + f"\n\n{listed}\n\n"
            + self.tr("Close the round anyway? The round records that they were open.")
        )
        if self.ask(question):
            self.close_round(allow=True)

    def ask(self, question: str) -> bool:
        """Ask a yes/no question (No is the default)."""
        answer = QMessageBox.question(
            self, self.tr("Open «må rettes» comments"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_report(self, path: str | None = None) -> None:
        """Save the selected round's report as PDF or CSV (chosen by the file name)."""
        chosen = self.selected()
        if chosen is None:
            return
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save round report"), f"{chosen.name}.pdf",
                self.tr("PDF (*.pdf);;CSV (*.csv)"),
            )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".csv"):
            target = target.with_suffix(".pdf")
        lang = ui_lang()
        self.status.setText(self.tr("Writing the report…"))

        def build() -> Any:
            from content.review.round_report import round_report
            from content.review.rounds import get_round

            with reading(self.ctx.library) as s:
                return round_report(s, get_round(s, chosen.id))

        def render(report: Any) -> int:
            from exporters.round_report import render_round_report_pdf, write_round_report_csv

            if target.suffix.lower() == ".csv":
                return write_round_report_csv(report, target)
            return render_round_report_pdf(report, target, lang)

        def built(fut: Future[Any]) -> None:
            if fut.exception() is not None:
                self._report_failed(fut.exception())
                return
            report = fut.result()
            self.ctx.tasks.run(lambda: render(report),
                               while_alive(self, lambda f: self._report_done(target, f)),
                               uses_db=False)

        self.ctx.tasks.run(build, while_alive(self, built), uses_db=True)

    def _report_done(self, target: Path, fut: Future[Any]) -> None:
        if fut.exception() is not None:
            self._report_failed(fut.exception())
            return
        self.status.setText(self.tr("Saved the report: %1").replace("%1", str(target)))

    def _report_failed(self, exc: BaseException | None) -> None:
        text = error_text(exc) if exc is not None else ""
        self.status.setText(self.tr("The report was not saved: %1").replace("%1", text))

    def _did(self, what: str) -> None:
        self.refresh()
        text = self.tr("The round was started.") if what == "started" else self.tr(
            "The round was closed.")
        self.status.setText(text)


class NewRoundDialog(QDialog):
    """Name, reviewers, due date and instructions of a new round."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New review round"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        form.addRow(self.tr("&Name:"), self.name)
        self.reviewers = QPlainTextEdit(self)
        self.reviewers.setPlaceholderText(self.tr("One reviewer per line"))
        self.reviewers.setTabChangesFocus(True)
        self.reviewers.setFixedHeight(90)
        form.addRow(self.tr("&Reviewers:"), self.reviewers)
        self.has_due = QCheckBox(self.tr("Set a &due date"), self)
        self.due_date = QDateEdit(QDate.currentDate().addDays(14), self)
        self.due_date.setCalendarPopup(True)
        self.due_date.setEnabled(False)
        self.has_due.toggled.connect(self.due_date.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.has_due)
        row.addWidget(self.due_date, 1)
        form.addRow(self.tr("Due date:"), row)
        self.instructions = QPlainTextEdit(self)
        self.instructions.setTabChangesFocus(True)
        form.addRow(self.tr("&Instructions:"), self.instructions)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.resize(480, 380)

    def reviewer_names(self) -> list[str]:
        """Return the reviewers, one per non-empty line."""
        return [n.strip() for n in self.reviewers.toPlainText().splitlines() if n.strip()]

    def due(self) -> date | None:
        """Return the due date, or None."""
        if not self.has_due.isChecked():
            return None
        return self.due_date.date().toPython()  # type: ignore[no-any-return]


def _title(session: Any, etype: str, eid: str) -> str:
    from content.library import get_entity

    return str(get_entity(session, etype, eid).title)
