"""One export job for the GUI and the CLI: validate, snapshot, render, replace, record.

The steps, and the thread each may run in:

1. ``validate()`` — the request makes sense (kind, profile, handout layout); no I/O.
2. ``build_snapshot()`` — a database step: the check, then the frozen snapshot
   (done by the ``ExportStore`` handed in, e.g. ``content.exports.job.LibraryExports``).
3. ``render()`` — no database: refuse an empty product, render to ``<target>.part``.
4. ``publish()`` — a database step: record the manifest and move the file onto the target
   in one transaction.

``run()`` does all four in order (the CLI); the GUI runs step 2 and 4 on its database
worker and step 3 on a rendering worker. Every step honours ``Progress.cancelled``; a
cancelled or failed job leaves the target as it was and no ``*.part`` file behind.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from content.progress import Progress
from exporters.base import ExportError, ExportOptions, ExportResult, clean_warning, file_sha256
from exporters.registry import (
    EXPORT_KINDS,
    PDF_ROUTE_NAMES,
    check_profile,
    pdf_route,
    profile_for,
    renderer,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from content.accessibility import AccessFault
    from content.exports.snapshot import BlockingComment, ExportSnapshot
    from exporters.registry import Renderer

LANGUAGES = ("nb", "nn", "en")
HANDOUT_LAYOUTS = (3, 6)
# Kinds made for review: they show the comments, open blocking ones included.
REVIEW_KINDS = frozenset({"review-pdf"})
# The KS products print the items of one kind; without any there is nothing to print.
PRODUCT_ITEM_KINDS: dict[str, tuple[str, str]] = {
    "criteria": ("criterion", "award criteria"),
    "models": ("collaboration_model", "collaboration models"),
    "examples": ("example", "examples"),
    "indicators": ("indicator", "indicators"),
}


class ExportStore(Protocol):
    """The database side of an export (implemented in content/, which may use the db)."""

    def snapshot(
        self,
        scope: str,
        target_id: str,
        *,
        session_number: int | None,
        profile: str,
        lang: str,
        author: str,
        allow_errors: bool,
        progress: Progress,
    ) -> ExportSnapshot:
        """Check the target unless errors are allowed; return its snapshot."""
        ...

    def record(
        self,
        snapshot: ExportSnapshot,
        kind: str,
        file_name: str,
        sha256: str,
        author: str,
        publish: Callable[[], None],
        open_blocking_allowed: int = 0,
        overrides: str = "",
    ) -> str:
        """Record the export, calling publish inside the transaction; return the record id.

        ``open_blocking_allowed`` counts the open *må rettes* comments an override let by;
        ``overrides`` says which other refusal the user overrode (e.g. accessibility faults).
        """
        ...


class RequestError(ValueError):
    """The request contradicts itself (wrong usage: a CLI exits with 2)."""


class InaccessibleExport(ExportError):
    """A PDF/UA export was asked for content with accessibility faults; nothing was written."""

    def __init__(self, kind: str, title: str, faults: list[AccessFault]) -> None:
        lines = "\n".join(f"  - {f.message}" for f in faults)
        n = len(faults)
        super().__init__(
            f"«{title}» was not exported as an accessible {kind} (PDF/UA): {n} "
            f"accessibility fault{'s' if n != 1 else ''}:\n{lines}"
        )
        self.kind, self.title, self.faults = kind, title, faults


class ExportUnavailable(ExportError):
    """The renderer for a kind could not be loaded in this build."""


class OpenBlocking(ExportError):
    """What is to be exported has open *må rettes* comments, and no override was given."""

    def __init__(self, title: str, comments: tuple[BlockingComment, ...]) -> None:
        lines = "\n".join(f"  - {c.describe()}" for c in comments)
        super().__init__(
            f"«{title}» was not exported: {len(comments)} open «må rettes» "
            f"comment{'s' if len(comments) != 1 else ''} must be resolved first:\n{lines}"
        )
        self.title, self.comments = title, comments


class EmptyExport(ExportError):
    """A KS product was asked for a selection that holds none of its items."""

    def __init__(self, kind: str, item_kind: str, what: str, title: str) -> None:
        super().__init__(
            f"«{title}» holds no {what} ({item_kind} items), so the {kind} export would be "
            f"empty; nothing was written"
        )
        self.kind, self.item_kind, self.title = kind, item_kind, title


@dataclass(frozen=True)
class ExportRequest:
    """What to export and how; ``profile`` None means the kind's own, else participant."""

    kind: str
    scope: str  # curriculum | module
    target_id: str
    path: Path
    session_number: int | None = None
    profile: str | None = None
    lang: str = "nb"
    per_page: int = 3
    allow_errors: bool = False
    author: str = ""
    invariant: bool = False  # reproducible PDFs, for tests
    pdf: str | None = None  # ua | print for handbook and trainer guide; None = the default
    allow_open_blocking: bool = False  # export despite open «må rettes» comments (recorded)
    allow_inaccessible: bool = False  # write a PDF/UA export despite accessibility faults

    @property
    def effective_profile(self) -> str:
        """Return the profile the export is made with (a trainer guide is for trainers)."""
        return profile_for(self.kind, self.profile)


@dataclass
class ExportOutcome:
    """A finished export: the file written, its record and the warnings to show."""

    kind: str
    path: Path
    pages: int
    sha256: str
    record_id: str
    profile: str
    lang: str
    warnings: list[str] = field(default_factory=list)
    open_blocking_allowed: int = 0  # open «må rettes» comments the override let through
    overrides: str = ""  # what the user overrode, as recorded in the manifest


def empty_products(kinds: frozenset[str] | set[str]) -> list[str]:
    """Return the export kinds that would have nothing to print for these item kinds."""
    return [k for k, (item_kind, _w) in PRODUCT_ITEM_KINDS.items() if item_kind not in kinds]


def validate_request(request: ExportRequest) -> None:
    """Raise RequestError when the request cannot be made as asked."""
    if request.kind not in EXPORT_KINDS:
        raise RequestError(f"unknown export kind {request.kind!r}")
    if request.scope not in ("curriculum", "module"):
        raise RequestError(f"unknown export scope {request.scope!r}; use curriculum or module")
    if request.session_number is not None and request.scope != "curriculum":
        raise RequestError("a session can only be chosen in a curriculum")
    if request.profile not in (None, "participant", "trainer"):
        raise RequestError(f"unknown profile {request.profile!r}")
    if request.lang not in LANGUAGES:
        raise RequestError(f"unknown label language {request.lang!r}")
    if request.per_page not in HANDOUT_LAYOUTS:
        raise RequestError(f"a handout has 3 or 6 slides per page, not {request.per_page}")
    if request.pdf is not None and request.pdf not in PDF_ROUTE_NAMES:
        raise RequestError(f"unknown PDF route {request.pdf!r}; use ua or print")
    try:
        check_profile(request.kind, request.profile)
    except ValueError as exc:
        raise RequestError(str(exc)) from exc


def load_renderer(kind: str, pdf: str | None = None) -> Renderer:
    """Return the render function of a kind; ExportUnavailable if this build lacks it."""
    try:
        return renderer(kind, pdf)
    except (ImportError, AttributeError) as exc:
        raise ExportUnavailable(
            f"the '{kind}' export is not available in this build ({exc})"
        ) from exc


class ExportJob:
    """One export of one kind to one file, in steps a front end may run on its own threads."""

    def __init__(
        self, store: ExportStore, request: ExportRequest, progress: Progress | None = None
    ) -> None:
        self.store = store
        self.request = request
        self.progress = progress if progress is not None else Progress()
        self.snapshot: ExportSnapshot | None = None
        self._rendered: ExportResult | None = None
        self.overrides = ""
        self._warnings_from = len(self.progress.warnings)

    @property
    def target(self) -> Path:
        """Return the file the export ends up in."""
        return Path(self.request.path)

    @property
    def part_path(self) -> Path:
        """Return the file the export is rendered to before it replaces the target."""
        return self.target.with_name(self.target.name + ".part")

    def validate(self) -> Renderer:
        """Check the request and load its renderer (no database)."""
        validate_request(self.request)
        return load_renderer(self.request.kind, self.request.pdf)

    def build_snapshot(self, reuse: ExportSnapshot | None = None) -> ExportSnapshot:
        """Check the target and build its snapshot (a database step), or take one built."""
        r = self.request
        profile = r.effective_profile
        if reuse is not None and (reuse.profile, reuse.lang) == (profile, r.lang):
            self.snapshot = reuse
            return reuse
        self.progress.label = "Reading the library"
        self.snapshot = self.store.snapshot(
            r.scope,
            r.target_id,
            session_number=r.session_number,
            profile=profile,
            lang=r.lang,
            author=r.author,
            allow_errors=r.allow_errors,
            progress=self.progress,
        )
        return self.snapshot

    def check_not_empty(self) -> None:
        """Raise EmptyExport when a KS product would have nothing to print."""
        if self.snapshot is None or self.request.kind not in PRODUCT_ITEM_KINDS:
            return
        item_kind, what = PRODUCT_ITEM_KINDS[self.request.kind]
        if not self.snapshot.items_of_kind(item_kind):
            raise EmptyExport(self.request.kind, item_kind, what, self.snapshot.title)

    def check_review(self) -> None:
        """Raise OpenBlocking when open «må rettes» comments stand and no override is given."""
        snap = self.snapshot
        if snap is None or self.request.kind in REVIEW_KINDS or not snap.open_blocking:
            return
        if not self.request.allow_open_blocking:
            raise OpenBlocking(snap.title, snap.open_blocking)

    @property
    def overridden_blocking(self) -> int:
        """Return how many open «må rettes» comments this export is let through with."""
        snap = self.snapshot
        if snap is None or self.request.kind in REVIEW_KINDS:
            return 0
        return len(snap.open_blocking) if self.request.allow_open_blocking else 0
    def accessibility_faults(self) -> list[AccessFault]:
        """Return the accessibility faults that keep this export from PDF/UA (none else)."""
        from content.accessibility import accessibility_faults

        if self.snapshot is None or pdf_route(self.request.kind, self.request.pdf) != "ua":
            return []
        trainer = self.request.kind == "trainer-guide"
        return accessibility_faults(self.snapshot, trainer=trainer)

    def check_accessible(self) -> None:
        """Refuse a PDF/UA export with accessibility faults unless the user overrides.

        An override is kept in ``overrides`` and goes into the export manifest.
        """
        from content.accessibility import faults_summary

        faults = self.accessibility_faults()
        if not faults:
            self.overrides = ""
            return
        if not self.request.allow_inaccessible:
            title = self.snapshot.title if self.snapshot is not None else ""
            raise InaccessibleExport(self.request.kind, title, faults)
        self.overrides = "accessibility:\n" + faults_summary(faults)

    def render(self) -> ExportResult:
        """Render the snapshot to the *.part file (no database); the target is not touched."""
        render = self.validate()
        if self.snapshot is None:
            raise RuntimeError("build_snapshot() must run before render()")
        self.check_review()
        self.check_not_empty()
        self.check_accessible()
        self.progress.check()
        options = ExportOptions(
            handout_per_page=self.request.per_page,
            invariant=self.request.invariant,
            ua_claim=not self.overrides,
        )
        try:
            self._rendered = render(self.snapshot, self.part_path, self.progress, options)
            self.progress.check()
        except BaseException:
            self.discard()
            raise
        return self._rendered

    def publish(self) -> ExportOutcome:
        """Record the export and move the *.part file onto the target (a database step)."""
        result, snapshot = self._rendered, self.snapshot
        if result is None or snapshot is None:
            raise RuntimeError("render() must run before publish()")
        try:
            self.progress.check()  # cancelled after rendering: take the file back
            part = Path(result.path)
            sha = file_sha256(part)
            record_id = self.store.record(
                snapshot,
                self.request.kind,
                str(self.target.resolve()),
                sha,
                self.request.author,
                lambda: os.replace(part, self.target),
                open_blocking_allowed=self.overridden_blocking,
                overrides=self.overrides,
            )
        except BaseException:
            self.discard()
            raise
        return ExportOutcome(
            self.request.kind,
            self.target,
            result.pages,
            sha,
            record_id,
            snapshot.profile,
            snapshot.lang,
            self._warnings(result),
            self.overridden_blocking,
            self.overrides,
        )

    def run(self) -> ExportOutcome:
        """Run every step in this thread: validate, snapshot, render, publish."""
        self.validate()
        self.progress.label = "Preparing"
        self.build_snapshot()
        self.render()
        return self.publish()

    def discard(self) -> None:
        """Remove the rendered *.part file, if any (the target stays as it was)."""
        with contextlib.suppress(FileNotFoundError):
            self.part_path.unlink()
        self._rendered = None

    def _warnings(self, result: ExportResult) -> list[str]:
        new = self.progress.warnings[self._warnings_from :]
        return list(dict.fromkeys(clean_warning(w) for w in [*result.warnings, *new] if w))
