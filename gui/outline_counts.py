"""Open review comment counts beside the rows of the library and of the editors' outlines.

``count_text`` says how many threads are open («2», «2 (1 må rettes)»), the same in the
library list (``gui/library_view.py``) and in the «Comments» column of the module outline
(``gui/outline_model.py``) and the curriculum's sessions (``gui/curriculum_model.py``).
``CountWatcher`` keeps an outline model's counts current: it reads them in the DB worker
after each load of the editor and whenever an operation changed comments (the comment
panel's commands report ``annotations``, as the library list follows them).

The keys of the counts are entity ids (an item block counts its item's comments, a module
entry its module's) and, for a module, the fields of its own comments (``block:<id>``: a
text block counts the comments on its text). A section or session row sums its rows
(``group:<id>``, added by the model's ``set_counts``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from content.changes import Changes
    from content.review.queries import CommentCounts
    from content.store import Session
    from gui.editor_panel import EntityEditorPanel
    from gui.outline_model import TwoLevelModel


def count_text(counts: CommentCounts | None, tooltip: bool = False) -> str:
    """Return the open threads («2», «2 (1 må rettes)»), or their tooltip; empty when none."""
    if counts is None or not counts.open:
        return ""
    n, blocking = str(counts.open), str(counts.blocking)
    if tooltip:
        return QCoreApplication.translate(
            "CommentCounts", "%1 open comment threads, %2 blocking"
        ).replace("%1", n).replace("%2", blocking)
    if counts.blocking:
        return QCoreApplication.translate("CommentCounts", "%1 (%2 must fix)").replace(
            "%1", n).replace("%2", blocking)
    return n


class CountWatcher(QObject):
    """Fill an editor's outline model with comment counts, and refresh them on changes.

    It lives as long as the editor (its child): a closed tab stops listening.
    """

    def __init__(self, panel: EntityEditorPanel, model: TwoLevelModel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.model = model
        self._generation = 0
        panel.view_did_load.connect(self.load)  # type: ignore[attr-defined]
        panel.ctx.operation_did_execute.connect(self._on_operation)

    def _on_operation(self, changes: Changes, _initiator: object) -> None:
        if changes.annotations:
            self.load()

    def load(self) -> None:
        """Read the open threads of the rows shown (in the DB worker)."""
        self._generation += 1
        gen, ids = self._generation, self.model.counted_ids()
        etype, eid = self.panel.entity_type, self.panel.entity_id

        def work(session: Session) -> dict[str, Any]:
            from content.review.queries import comment_counts, field_counts  # the ORM

            counts: dict[str, Any] = dict(comment_counts(session, ids))
            fields = field_counts(session, etype, eid)
            counts.update((f, c) for f, c in fields.items() if f)  # not the whole-entity ones
            return counts

        def done(counts: dict[str, Any]) -> None:
            if gen == self._generation:
                self.model.set_counts(counts)

        self.panel.ctx.read_async(work, done, owner=self)
