"""Worker processes: ``python -m MODULE`` of this very checkout, talking over pipes.

Used where a second process pays (checking a big bundle, typesetting with Typst): a fresh
interpreter that never re-runs the caller's ``__main__`` (as multiprocessing's spawn would),
with this checkout first on its path, whatever the current folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[1])


def start_worker(module: str, *, keep_stderr: bool = False) -> subprocess.Popen[bytes]:
    """Start ``python -m module`` with stdin and stdout as pipes (stderr too if kept)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (ROOT, env.get("PYTHONPATH", "")) if p)
    return subprocess.Popen(
        [sys.executable, "-m", module],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE if keep_stderr else subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
