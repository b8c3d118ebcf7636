"""Time bundle import, listing, ranked search and type-ahead on generated libraries.

Run from the repository root::

    .venv/bin/python benchmarks/bench_library.py                      # 10k and 100k items
    .venv/bin/python benchmarks/bench_library.py --items 10000
    .venv/bin/python benchmarks/bench_library.py --bundle /tmp/kv100k.kvb

Missing bundles are generated (benchmarks/generate.py) into --cache. Each size runs in its
own process, so the peak memory (max RSS) printed is that size's own.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGETS_100K = {
    "import_s": 15.0,
    "list_ms": 200.0,
    "search_median_ms": 10.0,
    "search_p95_ms": 50.0,
    "typeahead_median_ms": 2.0,
    "typeahead_p95_ms": 2.0,
}


def queries(seed: int = 3) -> list[tuple[str, str | None]]:
    """Return 100 varied (query, kind filter) pairs: words, prefixes, phrases, folded Sami."""
    import generate as g

    rng = random.Random(seed)
    out: list[tuple[str, str | None]] = []
    fixed = [
        "næring",
        "kommune",
        "sami",
        "karasjohka",
        "guovdageaidnu",
        "tillit dialog",
        "vertskapskommune arealplan",
        "ovddideapmi",
        "čoahkkin",
        "næringsutvikling kommunene",
        "grønn omstilling",
        "rekruttering ungdom",
        "effektkontrakt",
        "reiseliv havbruk",
    ]
    out += [(q, None) for q in fixed]
    while len(out) < 100:
        roll = rng.random()
        words = list(g.NOUNS + g.ADJECTIVES + g.SAMI)
        if roll < 0.35:
            q = rng.choice(words)
        elif roll < 0.55:
            w = rng.choice(words)
            q = w[: max(3, len(w) // 2)]
        elif roll < 0.85:
            q = " ".join(rng.sample(words, 2))
        else:
            q = " ".join(rng.sample(words, 3))
        kind = rng.choice(("finding", "measure", "example")) if rng.random() < 0.2 else None
        out.append((q, kind))
    return out


def prefixes(seed: int = 5) -> list[str]:
    """Return 100 type-ahead prefixes of 2 to 6 letters."""
    import generate as g

    rng = random.Random(seed)
    words = list(g.NOUNS + g.SAMI + g.ADJECTIVES)
    return [w[: rng.randint(2, min(6, len(w)))] for w in rng.choices(words, k=100)]


def _ms_stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered) * 1000, p95 * 1000


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def measure(bundle: Path) -> dict[str, Any]:
    """Import a bundle into a fresh library and time the read paths; return the figures."""
    from content.bundle import import_bundle
    from content.library import list_titles
    from content.search.query import search, type_ahead
    from db.engine import open_library

    with tempfile.TemporaryDirectory() as tmp:
        lib = open_library(Path(tmp) / "bench.sqlite")

        def do_import() -> Any:
            with lib.sessions.begin() as s:
                return import_bundle(s, bundle)

        import_s, report = _timed(do_import)
        # The import commits without copying the write-ahead log into the file; the app
        # then does that in the background (Library.checkpoint). Timed apart, and together.
        checkpoint_s, _ = _timed(lib.checkpoint)
        figures: dict[str, Any] = {
            "bundle": str(bundle),
            "import_s": import_s,
            "checkpoint_s": checkpoint_s,
            "import_and_checkpoint_s": import_s + checkpoint_s,
            "items": report.added.get("item", 0),
        }
        with lib.read_sessions() as s:
            list_titles(s)  # warm the page cache once
            times = [_timed(lambda: list_titles(s))[0] for _ in range(5)]
            figures["list_ms"] = statistics.median(times) * 1000
            figures["titles"] = len(list_titles(s))
            figures.update(_search_figures(s, search, type_ahead))
        lib.dispose()
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def _search_figures(s: Any, search: Any, type_ahead: Any) -> dict[str, Any]:
    qs = queries()
    for q, kind in qs[:5]:  # warm-up
        search(s, q, kinds=[kind] if kind else None, limit=50)
    samples, hits = [], []
    for q, kind in qs:
        t, res = _timed(
            lambda q=q, kind=kind: search(s, q, kinds=[kind] if kind else None, limit=50)
        )
        samples.append(t)
        hits.append(len(res))
    med, p95 = _ms_stats(samples)
    slowest = sorted(zip(samples, qs, strict=True), reverse=True)[:3]
    ta = [_timed(lambda p=p: type_ahead(s, p))[0] for p in prefixes()]
    ta_med, ta_p95 = _ms_stats(ta)
    return {
        "search_median_ms": med,
        "search_p95_ms": p95,
        "search_mean_hits": statistics.mean(hits),
        "search_slowest": [(round(t * 1000, 1), q) for t, q in slowest],
        "typeahead_median_ms": ta_med,
        "typeahead_p95_ms": ta_p95,
    }


def report(f: dict[str, Any]) -> None:
    """Print one size's figures, with the 100k targets for comparison."""
    big = f["items"] >= 100_000

    def line(label: str, key: str, unit: str, fmt: str = ".1f") -> None:
        target = TARGETS_100K.get(key)
        mark = ""
        if target is not None and big:
            mark = f"   target < {target:g} {unit}: {'OK' if f[key] < target else 'MISSED'}"
        print(f"  {label:<22} {f[key]:{fmt}} {unit}{mark}")

    print(f"{f['items']} items ({f['bundle']})")
    line("import (committed)", "import_s", "s", ".2f")
    line("then WAL checkpoint", "checkpoint_s", "s", ".2f")
    line("import + checkpoint", "import_and_checkpoint_s", "s", ".2f")
    line("list all titles", "list_ms", "ms")
    line("search median", "search_median_ms", "ms", ".2f")
    line("search p95", "search_p95_ms", "ms", ".2f")
    line("type-ahead median", "typeahead_median_ms", "ms", ".3f")
    line("type-ahead p95", "typeahead_p95_ms", "ms", ".3f")
    print(f"  {'search hits (mean)':<22} {f['search_mean_hits']:.1f} of 50")
    print(f"  {'slowest queries':<22} {f['search_slowest']}")
    print(f"  {'peak memory (max RSS)':<22} {f['peak_rss_mb']:.0f} MB")


def ensure_bundle(items: int, cache: Path) -> Path:
    """Return the cached bundle of a size, generating it first when missing."""
    target = cache / f"kv{items}.kvb"
    if not target.exists():
        cache.mkdir(parents=True, exist_ok=True)
        print(f"generating {target} ...", flush=True)
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "generate.py"),
                "--items",
                str(items),
                "-o",
                str(target),
            ],
            check=True,
        )
    return target


def main(argv: list[str] | None = None) -> int:
    """Run each size in its own process and print the figures."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--items", type=int, action="append", help="library size (repeatable)")
    p.add_argument("--bundle", type=Path, action="append", help="use this bundle (repeatable)")
    p.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kursverk-bench")
    p.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # child process mode
    args = p.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one)))
        return 0
    bundles = list(args.bundle or [])
    if not bundles:
        bundles = [ensure_bundle(n, args.cache) for n in (args.items or [10_000, 100_000])]
    for b in bundles:
        child = subprocess.run(
            [sys.executable, __file__, "--one", str(b)], check=True, capture_output=True, text=True
        )
        report(json.loads(child.stdout.strip().splitlines()[-1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
