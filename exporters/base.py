"""Shared export plumbing: options, results, safe writing and the trainer-text leak check."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from content.exports.snapshot import ExportSnapshot


class ExportError(Exception):
    """An export could not be written (the target file was left as it was)."""


class LeakError(ExportError):
    """A participant output would contain trainer-only text."""


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose besides the snapshot: format details."""

    handout_per_page: int = 3
    invariant: bool = False  # reproducible PDFs (ReportLab invariant=1) for tests
    # False: a PDF made despite accessibility faults is tagged but claims no PDF/UA-1
    ua_claim: bool = True


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_warning(text: str) -> str:
    """Remove control characters (an item title could carry terminal escape codes)."""
    return _CONTROL.sub("", text)


@dataclass
class ExportResult:
    """What an export produced; warnings are cleaned of control characters."""

    path: Path
    pages: int = 0
    sha256: str = ""
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        """Clean the warnings once, whoever made them."""
        self.warnings = [clean_warning(w) for w in self.warnings]


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary *.part path; move it onto target only if the block succeeds."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    try:
        yield part
        os.replace(part, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()


def shorten(text: str, limit: int) -> str:
    """Return text cut at a word before ``limit`` characters, with an ellipsis (running heads)."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,.;:–-") + "…"


def file_sha256(path: Path) -> str:
    """Return the SHA-256 of a file."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"\s+", " ", re.sub(r"[^\w]+", " ", text)).strip()


def trainer_texts(snapshot: ExportSnapshot) -> list[str]:
    """Return the trainer-only texts a snapshot still holds (should be none for participants)."""
    out: list[str] = []
    for module in snapshot.modules():
        for section in module.sections:
            for block in section.blocks:
                if block.block_type == "trainer_note" or block.trainer_only:
                    out.extend(t for t in (block.title, block.text) if t.strip())
    return out


def check_no_leak(output_text: str, forbidden: list[str], min_len: int = 12) -> None:
    """Raise LeakError if any forbidden trainer text appears in a participant output.

    Texts are compared after folding case, punctuation and whitespace, sentence by sentence,
    so a line break or hyphenation in the rendered output does not hide a leak.
    """
    needles = [
        (piece, needle)
        for text in forbidden
        for piece in re.split(r"(?<=[.!?])\s+|\n+", text)
        if len(needle := _norm(piece).replace(" ", "")) >= min_len
    ]
    if not needles:  # nothing to look for: skip folding the whole output (most exports)
        return
    hay = _norm(output_text).replace(" ", "")
    for piece, needle in needles:
        if needle in hay:
            raise LeakError(f"trainer text would leak into a participant output: {piece[:60]!r}")
