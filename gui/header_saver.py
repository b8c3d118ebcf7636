"""Save an editor's header fields as one update command, queued while one is running."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from content.errors import StaleWriteError
from gui.ops import run_command, show_error
from gui.outline_model import while_alive

if TYPE_CHECKING:
    from content.changes import Changes
    from content.commands import Command


class HeaderSaver:
    """Mixin for panels whose header saves through UpdateModule or UpdateCurriculum.

    Edits made while a save runs wait and go out after it, each from the revision the
    previous save left, so fast typing never trips the stale-write check; a save refused
    as stale keeps what the user typed (``_keep_header``) and reloads the rest.
    """

    ctx: Any
    view: Any
    _revision: int

    def _init_header_saver(self) -> None:
        self._busy = False
        self._queued: dict[str, Any] = {}
        self._keep_header = False

    def _header_command(self, values: dict[str, Any]) -> Command:
        """Return the update command for the queued values."""
        raise NotImplementedError

    def reload(self) -> None:
        """Re-read the entity (the panel provides it)."""
        raise NotImplementedError

    def _save_field(self, key: str, value: Any) -> None:
        if self.view is None or self.view.state.get(key) == value:
            return
        self._queued[key] = value
        if not self._busy:
            self._flush_header()

    def _flush_header(self) -> None:
        """Save the queued header values as one command from the revision last seen."""
        values, self._queued = self._queued, {}
        if not values:
            return
        self._busy = True
        cmd = self._header_command(values)

        def done(_changes: Changes) -> None:
            self._busy = False
            self._revision = cmd.last_revision
            if self.view is not None:
                self.view.state.update(values)
            self._flush_header()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._queued.clear()
            self._keep_header = isinstance(exc, StaleWriteError)  # keep what the user typed
            show_error(self, exc)  # type: ignore[arg-type]
            self.reload()

        run_command(self.ctx, self, cmd, initiator=self,  # type: ignore[arg-type]
                    on_done=while_alive(self, done),  # type: ignore[arg-type]
                    on_error=while_alive(self, failed))  # type: ignore[arg-type]
