"""The export kinds and the function that renders each (imported lazily)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from content.exports.snapshot import ExportSnapshot
    from content.progress import Progress
    from exporters.base import ExportOptions, ExportResult

    Renderer = Callable[[ExportSnapshot, Path, Progress, ExportOptions], ExportResult]

# kind -> (module, function, file suffix)
EXPORT_KINDS: dict[str, tuple[str, str, str]] = {
    "handbook": ("exporters.handbook", "render_handbook", ".pdf"),
    "trainer-guide": ("exporters.handbook", "render_trainer_guide", ".pdf"),
    "slides": ("exporters.slides", "render_slides_pdf", ".pdf"),
    "handout": ("exporters.handout", "render_handout", ".pdf"),
    "pptx": ("exporters.pptx_export", "render_pptx", ".pptx"),
    "criteria": ("exporters.products", "render_criteria_sheet", ".pdf"),
    "models": ("exporters.products", "render_model_cards", ".pdf"),
    "examples": ("exporters.products", "render_example_collection", ".pdf"),
    "indicators": ("exporters.products", "render_indicator_appendix", ".pdf"),
    "review-pdf": ("exporters.review_pdf", "render_review_pdf", ".pdf"),
    # the handbook (participant profile) or trainer guide (trainer) as one accessible web page
    "html": ("exporters.html_export", "render_html", ".html"),
}


# Long documents with two PDF routes: kind -> {route: (module, function)}; the first is the
# default. "ua" is tagged PDF/UA-1 typeset by Typst, "print" the ReportLab print PDF.
PDF_ROUTES: dict[str, dict[str, tuple[str, str]]] = {
    "handbook": {
        "ua": ("exporters.typst_pdf", "render_handbook_ua"),
        "print": ("exporters.handbook", "render_handbook"),
    },
    "trainer-guide": {
        "ua": ("exporters.typst_pdf", "render_trainer_guide_ua"),
        "print": ("exporters.handbook", "render_trainer_guide"),
    },
}
PDF_ROUTE_NAMES = ("ua", "print")


def pdf_route(kind: str, chosen: str | None) -> str | None:
    """Return the PDF route an export of this kind takes (None: the kind has only one)."""
    routes = PDF_ROUTES.get(kind)
    if routes is None:
        return None
    if chosen is not None and chosen not in routes:
        raise ValueError(f"unknown PDF route {chosen!r}; use {' or '.join(routes)}")
    return chosen or next(iter(routes))


def renderer(kind: str, pdf: str | None = None) -> Renderer:
    """Return the render function for an export kind (and PDF route, where it has several)."""
    module_name, func, _suffix = EXPORT_KINDS[kind]
    route = pdf_route(kind, pdf)
    if route is not None:
        module_name, func = PDF_ROUTES[kind][route]
    return getattr(importlib.import_module(module_name), func)  # type: ignore[no-any-return]


def suffix(kind: str) -> str:
    """Return the file suffix an export kind writes."""
    return EXPORT_KINDS[kind][2]


# Kinds that only make sense for one profile: a trainer guide is the trainer's book.
REQUIRED_PROFILE: dict[str, str] = {"trainer-guide": "trainer", "review-pdf": "trainer"}


def profile_for(kind: str, chosen: str | None) -> str:
    """Return the profile an export of this kind is made with: its own, else the choice."""
    return REQUIRED_PROFILE.get(kind) or chosen or "participant"


def check_profile(kind: str, chosen: str | None) -> None:
    """Raise ValueError when a profile was asked for that this kind of export cannot have."""
    required = REQUIRED_PROFILE.get(kind)
    if required is not None and chosen not in (None, required):
        raise ValueError(f"a {kind} export is always made with the {required} profile")
