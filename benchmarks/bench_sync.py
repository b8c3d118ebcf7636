"""Time the team library: clone, sync 1,000 changed items each way, a sync with nothing
to do, and the merge of two 20 kB bodies.

Needs a PostgreSQL server you may create databases on (a throw-away one: see
`.ci/pg-start`). Run from the repository root::

    eval "$(bash .ci/pg-start)"
    .venv/bin/python benchmarks/bench_sync.py --items 10000 [--server "$KURSVERK_TEST_PG_URL"]
    .venv/bin/python benchmarks/bench_sync.py --items 100000 [--bundle /tmp/kv100k.kvb]
    bash .ci/pg-stop

A bundle of --items generated items (benchmarks/generate.py, made once into --cache and
reused; about two minutes for 100,000) is imported on the server, two working copies are
cloned, 1,000 items edited in one and synced through to the other. The load average is
printed before and after: the figures follow it on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from content.bundle import import_bundle  # noqa: E402
from content.sync import team  # noqa: E402
from content.sync.merge import merge_text  # noqa: E402
from db.engine import open_library  # noqa: E402
from db.models import ContentItem  # noqa: E402


def _timed(label: str, fn: object) -> object:
    started = time.perf_counter()
    result = fn()  # type: ignore[operator]
    print(f"{label:<40} {time.perf_counter() - started:8.3f} s", flush=True)
    return result


def _load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def main() -> None:
    """Run the benchmark once and print the figures."""
    p = argparse.ArgumentParser()
    p.add_argument("--items", type=int, default=10_000)
    p.add_argument("--changes", type=int, default=1_000)
    p.add_argument("--server", default=os.environ.get("KURSVERK_TEST_PG_URL", ""))
    p.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    p.add_argument("--bundle", type=Path, help="a generated bundle to use (default: in --cache)")
    args = p.parse_args()
    if not args.server:
        sys.exit("give --server URL (or set KURSVERK_TEST_PG_URL)")
    bundle = args.bundle or args.cache / f"kv{args.items}.kvb"
    if not bundle.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks/generate.py"), "--items", str(args.items),
             "-o", str(bundle)],
            check=True,
        )
    admin = create_engine(args.server, isolation_level="AUTOCOMMIT")
    name = f"kv_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(args.server).set(database=name).render_as_string(hide_password=False)
    try:
        print(f"load average {_load()}", flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            _run(url, bundle, Path(tmp), args.changes)
        print(f"load average {_load()}", flush=True)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in ("redaktor", "gransker", "administrator"):
                conn.execute(text(f'DROP ROLE IF EXISTS "kv_{name}_{role}"'))
        admin.dispose()


def _run(url: str, bundle: Path, tmp: Path, changes: int) -> None:
    team.init_server(url)
    server = open_library(url)
    with server.sessions.begin() as s:
        _timed("import the bundle on the server", lambda: import_bundle(s, bundle))
    with server.read_sessions() as s:
        ids = list(s.scalars(select(ContentItem.id).order_by(ContentItem.id).limit(changes)))
    server.dispose()
    _timed("clone A", lambda: team.clone(url, tmp / "a.sqlite"))
    _timed("clone B", lambda: team.clone(url, tmp / "b.sqlite"))
    a, b = open_library(tmp / "a.sqlite"), open_library(tmp / "b.sqlite")
    # Local edits as the app makes them: a new revision each (the command core's own step).
    from content.commands import UpdateItem
    from content.undo import UndoHistory

    hist = UndoHistory(a.sessions, "bench")
    for item_id in ids:
        with a.read_sessions() as s:
            rev = s.execute(select(ContentItem.revision).where(ContentItem.id == item_id)).scalar()
        hist.run(UpdateItem(entity_id=item_id, expected_revision=rev,
                            values={"summary": "Endret i benchmark."}))
    _timed(f"sync A: push {len(ids)} changed items", lambda: team.sync(a))
    _timed(f"sync B: pull {len(ids)} changed items", lambda: team.sync(b))
    for _ in range(3):
        _timed("sync with nothing to do", lambda: team.sync(b))
    paragraphs = [f"Avsnitt {n}: " + "tekst om kurs og samlinger " * 6 for n in range(120)]
    base = "\n\n".join(paragraphs)
    mine, theirs = base.replace("Avsnitt 3:", "Avsnitt tre:"), base.replace("Avsnitt 99:", "Nr 99:")
    _timed(f"merge two {len(base) // 1000} kB bodies", lambda: merge_text(base, mine, theirs))
    with b.read_sessions() as s:
        changed = s.execute(
            select(ContentItem.id).where(ContentItem.summary == "Endret i benchmark.")
        ).all()
    print(f"B has {len(changed)} of the {len(ids)} changes")
    a.dispose()
    b.dispose()


if __name__ == "__main__":
    main()
