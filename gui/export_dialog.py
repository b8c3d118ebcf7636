"""The export dialog: what, which formats, profile, language and where; runs off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDir, QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content.exports.job import selection_check
from content.library import get_state
from exporters.job import (
    PRODUCT_ITEM_KINDS,
    empty_products,
)
from exporters.registry import EXPORT_KINDS, REQUIRED_PROFILE
from gui.export_run import FOLDER_KEY, PATH_ROLE, TARGET_ROLE, ExportRun
from gui.export_targets import Target, check_exporters
from gui.outline_model import while_alive

if TYPE_CHECKING:
    from concurrent.futures import Future

    from content.accessibility import AccessFault
    from content.exports.snapshot import ExportSnapshot
    from content.progress import Progress
    from gui.context import AppContext



class ExportDialog(ExportRun, QDialog):
    """Choose what to export and how; export every chosen format, each on its own."""

    open_entity_requested = Signal(str, str)
    export_did_finish = Signal(str)  # done | cancelled | failed

    def __init__(self, ctx: AppContext, target_type: str, target_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target_type = target_type
        self.target_id = target_id
        self.state = "idle"
        self.progress: Progress | None = None
        self.snapshot: ExportSnapshot | None = None
        self.unavailable: dict[str, str] = {}
        self.empty: dict[str, str] = {}  # KS products the selection has nothing for
        self.selection_checked = False
        self.access_faults: list[AccessFault] = []
        self._profile_locked = False
        self._profile_before = "participant"
        self.exporters_checked = False
        self.outputs: list[Path] = []
        self._queue: list[str] = []
        self._snapshots: dict[str, ExportSnapshot] = {}  # by profile, for this run
        self._formats_total = 0
        self._allow_blocking = False  # the user let open «må rettes» comments through
        self._close_when_done = False
        self.setWindowTitle(self.tr("Export"))
        self.setAccessibleName(self.tr("Export"))
        self._build()
        self._timer = QTimer(self, interval=100)
        self._timer.timeout.connect(self._poll)
        self._load_targets()
        ctx.tasks.run(check_exporters, while_alive(self, self._exporters_checked), uses_db=False)

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.what = QComboBox(self)
        self.what.setAccessibleName(self.tr("What to export"))
        self.what.setMinimumWidth(360)
        self.what.currentIndexChanged.connect(lambda _i: self._check_selection())
        form.addRow(self.tr("&What:"), self.what)
        self.profile = QComboBox(self)
        self.profile.setAccessibleName(self.tr("Profile"))
        self.profile.addItem(self.tr("Participant (no trainer notes)"), "participant")
        self.profile.addItem(self.tr("Trainer (with trainer notes)"), "trainer")
        form.addRow(self.tr("&Profile:"), self.profile)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Label language"))
        for code, label in (("nb", self.tr("Norwegian bokmål")),
                            ("nn", self.tr("Norwegian nynorsk")), ("en", self.tr("English"))):
            self.language.addItem(label, code)
        form.addRow(self.tr("&Language:"), self.language)
        self.per_page = QComboBox(self)
        self.per_page.setAccessibleName(self.tr("Handout slides per page"))
        self.per_page.addItem(self.tr("3 slides per page, with lines for notes"), 3)
        self.per_page.addItem(self.tr("6 slides per page"), 6)
        form.addRow(self.tr("&Handout:"), self.per_page)
        self.pdf_route = QComboBox(self)
        self.pdf_route.setAccessibleName(self.tr("PDF for handbook and trainer guide"))
        self.pdf_route.addItem(self.tr("Accessible (tagged PDF/UA)"), "ua")
        self.pdf_route.addItem(self.tr("Print (faster, untagged)"), "print")
        form.addRow(self.tr("P&DF:"), self.pdf_route)
        form.addRow(self.tr("&Folder:"), self._build_folder_row())
        self.allow_errors = QCheckBox(self.tr("Export even if the check finds errors"), self)
        self.allow_errors.setToolTip(self.tr(
            "A draft with an empty session or a retired item is refused unless this is on."))
        form.addRow("", self.allow_errors)
        self.allow_inaccessible = QCheckBox(
            self.tr("Export an accessible PDF even if it has accessibility faults"), self)
        self.allow_inaccessible.setAccessibleName(self.tr("Export despite accessibility faults"))
        self.allow_inaccessible.setToolTip(self.tr(
            "An image without alt text, a table without a header row or a skipped heading "
            "level keeps a handbook from being accessible, so such an export is refused. "
            "With this on, the PDF is written without the PDF/UA claim and the export record "
            "notes the faults."))
        self.allow_inaccessible.setAccessibleDescription(self.allow_inaccessible.toolTip())
        self.pdf_route.currentIndexChanged.connect(lambda _i: self._update_buttons())
        form.addRow("", self.allow_inaccessible)
        form.labelForField(self.folder_row).setBuddy(self.folder_edit)
        layout.addLayout(form)
        layout.addWidget(self._build_formats())
        layout.addWidget(self._build_run_area(), 1)
        layout.addLayout(self._build_buttons())
        self.resize(720, 720)

    def _build_folder_row(self) -> QWidget:
        self.folder_row = QWidget(self)
        row = QHBoxLayout(self.folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder_edit = QLineEdit(self.folder_row)
        self.folder_edit.setAccessibleName(self.tr("Output folder"))
        default = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or QDir.homePath()
        self.folder_edit.setText(str(self.ctx.settings.value(FOLDER_KEY, default)))
        browse = QPushButton(self.tr("C&hoose…"), self.folder_row)
        browse.setAccessibleName(self.tr("Choose output folder"))
        browse.clicked.connect(self.choose_folder)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        return self.folder_row

    def _build_formats(self) -> QGroupBox:
        box = QGroupBox(self.tr("Formats"), self)
        grid = QGridLayout(box)
        labels = {
            "handbook": self.tr("Participant handbook (PDF)"),
            "trainer-guide": self.tr("Trainer guide (PDF)"),
            "slides": self.tr("Slides (16:9 PDF)"),
            "handout": self.tr("Handout (PDF)"),
            "pptx": self.tr("PowerPoint (PPTX)"),
            "criteria": self.tr("Award criteria scoring sheet (PDF)"),
            "models": self.tr("Collaboration model cards (PDF)"),
            "examples": self.tr("Example collection (PDF)"),
            "indicators": self.tr("Indicator appendix (PDF)"),
            "review-pdf": self.tr("Draft for review (PDF)"),
            "html": self.tr("Handbook or trainer guide as web page (HTML)"),
        }
        self.format_labels = {k: labels.get(k, k) for k in EXPORT_KINDS}
        self.format_boxes: dict[str, QCheckBox] = {}
        for n, kind in enumerate(EXPORT_KINDS):
            box_ = QCheckBox(self.format_labels[kind], box)
            box_.setAccessibleName(self.format_labels[kind])
            box_.setChecked(kind == "handbook")
            if kind in REQUIRED_PROFILE:
                box_.setToolTip(self.tr("Always made with the trainer profile, with the trainer "
                                        "notes."))
            elif kind == "html":
                box_.setToolTip(self.tr("One accessible web page: the participant profile gives "
                                        "the handbook, the trainer profile the trainer guide."))
            box_.toggled.connect(self._formats_changed)
            grid.addWidget(box_, n // 2, n % 2)
            self.format_boxes[kind] = box_
        self._formats_changed()
        return box

    def _build_run_area(self) -> QWidget:
        area = QWidget(self)
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(self.tr("Choose the formats and press Export."), area)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        self.bar = QProgressBar(area)
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.bar.setAccessibleName(self.tr("Export progress"))
        self.results = QListWidget(area)
        self.results.setAccessibleName(self.tr("Exported files"))
        self.results.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.results.itemActivated.connect(lambda _i: self.open_file())
        results_label = QLabel(self.tr("&Files:"), area)
        results_label.setBuddy(self.results)
        self.warnings = QListWidget(area)
        self.warnings.setAccessibleName(self.tr("Export warnings"))
        self.warnings.itemActivated.connect(self._open_warning)
        self.warnings.itemDoubleClicked.connect(self._open_warning)
        self.warnings_label = QLabel(self.tr("W&arnings (double-click or Enter opens the item):"),
                                     area)
        self.warnings_label.setBuddy(self.warnings)
        for w in (self.status, self.bar, results_label, self.results, self.warnings_label,
                  self.warnings):
            layout.addWidget(w)
        return area

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_file_button = QPushButton(self.tr("Open &file"), self)
        self.open_folder_button = QPushButton(self.tr("Open f&older"), self)
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.export_button.setDefault(True)
        for b, name in ((self.open_file_button, self.tr("Open the exported file")),
                        (self.open_folder_button, self.tr("Open the folder of the exported file")),
                        (self.export_button, self.tr("Export")),
                        (self.cancel_button, self.tr("Cancel or close"))):
            b.setAccessibleName(name)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.open_file_button)
        row.addWidget(self.open_folder_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.cancel_button)
        self._update_buttons()
        return row

    # -- choices ------------------------------------------------------------------------

    def _load_targets(self) -> None:
        etype, eid = self.target_type, self.target_id

        def read(s: Any) -> list[Target]:
            state = get_state(s, etype, eid)
            if etype == "module":
                return [Target("module", eid, None, state["title"], state["title"])]
            out = [Target("curriculum", eid, None, state["title"], state["title"])]
            for n, sess in enumerate(state["sessions"], start=1):
                out.append(Target("curriculum", eid, n, f"{n}. {sess['title']}",
                                  f"{state['title']} {sess['title']}"))
            return out

        self.ctx.read_async(read, while_alive(self, self._targets_loaded),
                            while_alive(self, lambda exc: self._fail(str(exc))))

    def _targets_loaded(self, targets: list[Target]) -> None:
        self.what.clear()
        for t in targets:
            if t.scope == "module":
                label = self.tr("Module: %1").replace("%1", t.label)
            elif t.session_number is None:
                label = self.tr("Whole curriculum: %1").replace("%1", t.label)
            else:
                label = self.tr("Session %1").replace("%1", t.label)
            self.what.addItem(label, t)
        self._update_buttons()

    def _exporters_checked(self, fut: Future[dict[str, str]]) -> None:
        exc = fut.exception()
        self.unavailable = fut.result() if exc is None else {
            k: str(exc) for k in EXPORT_KINDS}
        self.exporters_checked = True
        for kind, reason in self.unavailable.items():
            box = self.format_boxes[kind]
            box.setChecked(False)
            box.setEnabled(False)
            box.setText(self.tr("%1 — unavailable").replace("%1", self.format_labels[kind]))
            box.setToolTip(reason)
            box.setAccessibleDescription(reason)
        if self.unavailable:
            self.status.setText(self.tr("Some formats are unavailable (hover for the reason)."))

    def _formats_changed(self) -> None:
        self.per_page.setEnabled(self.format_boxes["handout"].isChecked()
                                 if "handout" in self.format_boxes else False)
        self._lock_profile()
        self._update_buttons()

    def _lock_profile(self) -> None:
        """Show and lock the profile when every chosen format has its own (a trainer guide)."""
        chosen = [k for k, b in self.format_boxes.items() if b.isChecked()]
        required = {REQUIRED_PROFILE.get(k) for k in chosen}
        lock = bool(chosen) and len(required) == 1 and None not in required
        if lock and not self._profile_locked:
            self._profile_before = self.profile.currentData()
        if lock:
            self.profile.setCurrentIndex(self.profile.findData(required.pop()))
        elif self._profile_locked:
            self.profile.setCurrentIndex(self.profile.findData(self._profile_before))
        self._profile_locked = lock
        self.profile.setToolTip(self.tr("A trainer guide is always made with the trainer "
                                        "profile.") if lock else "")

    def _check_selection(self) -> None:
        """Find the KS products the chosen selection has nothing for (a DB read)."""
        target: Target | None = self.what.currentData()
        if target is None:
            return
        self.selection_checked = False

        def check(s: Any) -> tuple[frozenset[str], list[AccessFault]]:
            return selection_check(s, target.scope, target.target_id, target.session_number)

        self.ctx.read_async(check, lambda r: self._selection_checked(target, *r),
                            lambda _exc: self._selection_checked(target, None), owner=self)

    def _selection_checked(self, target: Target, kinds: frozenset[str] | None,
                           faults: list[AccessFault] | None = None) -> None:
        if self.what.currentData() != target:
            return  # the choice changed meanwhile; its own check is on the way
        self._show_access_faults(faults or [])
        # a selection that cannot be read is left to the export, which says why
        self.empty = {} if kinds is None else {
            k: self._empty_reason(k) for k in empty_products(kinds)}
        for kind, box in self.format_boxes.items():
            if kind in self.unavailable:
                continue
            reason = self.empty.get(kind, "")
            box.setText(self.tr("%1 — none in the selection").replace(
                "%1", self.format_labels[kind]) if reason else self.format_labels[kind])
            if reason or kind in PRODUCT_ITEM_KINDS:
                box.setToolTip(reason)
                box.setAccessibleDescription(reason)
            if reason:
                box.setChecked(False)
        self.selection_checked = True
        self._update_buttons()

    def _show_access_faults(self, faults: list[AccessFault]) -> None:
        """List what keeps the selection's handbook from an accessible PDF, before exporting."""
        self.access_faults = faults
        if self.state == "running":
            return
        self.warnings.clear()
        if not faults:
            return
        self.status.setText(self.tr(
            "Accessibility: %1 faults keep the handbook from an accessible PDF (listed under "
            "Warnings; double-click one to open it).").replace("%1", str(len(faults))))
        for fault in faults:
            self._add_fault_line(self.tr("Accessibility"), fault)

    def _add_fault_line(self, prefix: str, fault: AccessFault) -> None:
        line = QListWidgetItem(f"{prefix}: {fault.message}")
        line.setData(TARGET_ROLE, (fault.entity_type, fault.entity_id))
        line.setForeground(QColor("#1a4f8b"))
        line.setToolTip(self.tr("Double-click or press Enter to open it"))
        self.warnings.addItem(line)

    def _empty_reason(self, kind: str) -> str:
        reasons = {
            "criteria": self.tr("The selection holds no award criteria, so there is no scoring "
                                "sheet to make. Add criterion items to its modules first."),
            "models": self.tr("The selection holds no collaboration models, so there are no "
                              "model cards to make. Add collaboration models to its modules "
                              "first."),
            "examples": self.tr("The selection holds no examples, so there is no example "
                                "collection to make. Add example items to its modules first."),
            "indicators": self.tr("The selection holds no indicators, so there is no indicator "
                                  "appendix to make. Add indicator items to its modules first."),
        }
        return reasons.get(kind, "")

    def chosen_formats(self) -> list[str]:
        """Return the checked, available formats."""
        return [k for k, b in self.format_boxes.items() if b.isChecked() and b.isEnabled()]

    def choose_folder(self) -> None:
        """Pick the output folder."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _update_buttons(self) -> None:
        running = self.state == "running"
        if not hasattr(self, "export_button"):
            return
        for kind, b in self.format_boxes.items():
            b.setEnabled(not running and kind not in self.unavailable and kind not in self.empty)
        self.export_button.setEnabled(not running and bool(self.chosen_formats())
                                      and self.what.count() > 0)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        has_file = self._selected_path() is not None
        self.open_file_button.setEnabled(has_file and not running)
        self.open_folder_button.setEnabled(has_file and not running)
        for w in (self.what, self.language, self.folder_row, self.allow_errors):
            w.setEnabled(not running)
        self.allow_inaccessible.setEnabled(not running and self.pdf_route.currentData() == "ua")
        self.profile.setEnabled(not running and not self._profile_locked)

    # -- running ------------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the running export to stop at its next step."""
        if self.progress is not None and self.state == "running":
            self.progress.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Cancel a running export (and close when it has stopped), or close."""
        if self.state == "running":
            self.cancel()
            self._close_when_done = True
            return
        super().reject()

    # -- opening results ----------------------------------------------------------------

    def _selected_path(self) -> Path | None:
        row = self.results.currentItem() if hasattr(self, "results") else None
        value = row.data(PATH_ROLE) if row is not None else None
        return Path(value) if value else None

    def open_file(self) -> None:
        """Open the selected exported file with the system's viewer."""
        path = self._selected_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_folder(self) -> None:
        """Open the folder holding the selected exported file."""
        path = self._selected_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def _open_warning(self, line: QListWidgetItem) -> None:
        target = line.data(TARGET_ROLE)
        if target:
            self.open_entity_requested.emit(*target)
