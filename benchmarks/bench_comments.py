"""Benchmark: list one item's review comments in a 100k-item library holding 10,000 comments.

    .venv/bin/python benchmarks/bench_comments.py [--library /tmp/kv100k.sqlite] [--comments 10000]

Copies a generated library (``benchmarks/generate.py --items 100000 -o /tmp/kv100k.kvb
--keep-library`` makes ``/tmp/kv100k.sqlite``), spreads the comments over 2,000 items'
bodies (a third anchored on an older revision of a body that changed since, so they are
placed again), then times ``content.review.queries.list_comments`` — what the comment panel
and ``comment list`` call — for 300 of those items: median and p95 per item (target 50 ms).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select

from content.review.anchor import make_anchor
from content.review.queries import list_comments
from db.engine import open_library
from db.models import ContentItem, ReviewComment


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--library", type=Path, default=Path(tempfile.gettempdir()) / "kv100k.sqlite")
    p.add_argument("--comments", type=int, default=10_000)
    p.add_argument("--items", type=int, default=2_000, help="items the comments are spread over")
    p.add_argument("--seed", type=int, default=7)
    ns = p.parse_args(argv)
    if not ns.library.exists():
        print(f"{ns.library} is missing: run benchmarks/generate.py --keep-library first")
        return 2
    rng = random.Random(ns.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.sqlite"
        shutil.copy(ns.library, path)
        lib = open_library(path)
        with lib.sessions.begin() as s:
            items = s.execute(
                select(ContentItem.id, ContentItem.body, ContentItem.revision)
                .where(ContentItem.deleted_at.is_(None))
            ).all()
            print(f"library: {len(items):,} items")
            chosen = [i for i in rng.sample(items, min(len(items), ns.items * 3))
                      if len(i.body) > 80][: ns.items]
            rows = []
            for n in range(ns.comments):
                item = chosen[n % len(chosen)]
                start = rng.randrange(0, len(item.body) - 40)
                end = start + rng.randint(5, 40)
                anchor = make_anchor(item.body, start, end)
                stale = n % 3 == 0  # made on an older revision: placed again when listed
                if stale:
                    anchor = make_anchor("Ny innledning. " + item.body, start + 15, end + 15)
                rows.append({
                    "id": f"bench-{n:06d}", "entity_type": "item", "entity_id": item.id,
                    "field": "body", "selectors": anchor.selectors(),
                    "anchor_revision": item.revision - (1 if stale else 0),
                    "kind": "kommentar", "text": f"Kommentar {n}", "author": "bench",
                    "history": [], "revision": 1, "state": "open",
                })
            s.execute(insert(ReviewComment), rows)
        sample = rng.sample(chosen, min(300, len(chosen)))
        times = []
        listed = 0
        with lib.read_sessions() as s:
            list_comments(s, "item", sample[0].id)  # warm the ORM and caches
            for item in sample:
                started = time.perf_counter()
                views = list_comments(s, "item", item.id)
                times.append((time.perf_counter() - started) * 1000)
                listed += len(views)
        lib.dispose()
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"{ns.comments:,} comments on {len(chosen):,} items; listed {listed:,} threads "
          f"for {len(sample)} items")
    print(f"list_comments per item: median {statistics.median(times):.1f} ms, "
          f"p95 {p95:.1f} ms (target 50 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
