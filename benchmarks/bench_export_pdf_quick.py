"""Time a ~400-page participant handbook built from the hand-made test snapshot."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from content.progress import Progress
from exporters.base import ExportOptions
from exporters.handbook import render_handbook
from tests.exporters.conftest import make_snapshot


def main() -> None:
    """Render the handbook once and print pages per second."""
    snapshot = make_snapshot(sessions=20, modules_per_session=10)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        result = render_handbook(snapshot, Path(tmp) / "bench.pdf", Progress(), ExportOptions())
        seconds = time.perf_counter() - start
    print(f"{result.pages} pages in {seconds:.2f} s = {result.pages / seconds:.0f} pages/s")


if __name__ == "__main__":
    main()
