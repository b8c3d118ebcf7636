"""Benchmark: re-anchor 1,000 comments on a 20 kB body after an edit (target well under 1 s).

    .venv/bin/python benchmarks/reanchor.py [--comments 1000] [--kb 20] [--seed 7]

Builds a Norwegian-like Markdown body, anchors comments on random ranges, edits the body
(a paragraph inserted near the start, a sentence rewritten in the middle, emphasis added,
a paragraph deleted near the end), then times ``content.review.anchor.reanchor`` over every
comment against the new text, and prints the outcome per status.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from content.review.anchor import Anchor, make_anchor, reanchor

_VOCABULARY = """
kommunen næringsliv dialog tidlig samarbeid vertskapskommune utvikling plan areal bedrift
innbyggere folkevalgte rådmann tiltak barriere funn erfaring region fylke kompetanse
arbeidsplasser investering saksbehandling strategi mål gjennomføring evaluering áčđŋšŧž
Kárášjohka Guovdageaidnu måling indikator
"""
WORDS = _VOCABULARY.split()


def make_body(size: int, rng: random.Random) -> str:
    """Return a Markdown body of about ``size`` characters in paragraphs."""
    paragraphs: list[str] = []
    total = 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(2, 6)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(6, 16))]
            sentences.append(" ".join(words).capitalize() + ".")
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def make_anchors(body: str, count: int, rng: random.Random) -> list[Anchor]:
    """Anchor ``count`` comments on random ranges of 10-80 characters."""
    anchors = []
    while len(anchors) < count:
        start = rng.randrange(0, len(body) - 90)
        end = start + rng.randint(10, 80)
        if body[start:end].strip():
            anchors.append(make_anchor(body, start, end))
    return anchors


def edit(body: str, rng: random.Random) -> str:
    """Insert, rewrite, emphasise and delete, as one editing session might."""
    paragraphs = body.split("\n\n")
    paragraphs.insert(1, "Et nytt avsnitt om tidlig dialog med næringslivet i regionen.")
    mid = len(paragraphs) // 2
    paragraphs[mid] = paragraphs[mid].replace("kommunen", "kommunene", 1)
    words = paragraphs[mid + 1].split(" ")
    words[3] = f"**{words[3]}**"
    paragraphs[mid + 1] = " ".join(words)
    del paragraphs[-3]
    return "\n\n".join(paragraphs)


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=1000)
    parser.add_argument("--kb", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    body = make_body(args.kb * 1000, rng)
    anchors = make_anchors(body, args.comments, rng)
    new_body = edit(body, rng)
    t0 = time.perf_counter()
    placements = [reanchor(a, new_body) for a in anchors]
    elapsed = time.perf_counter() - t0
    statuses = Counter(p.status for p in placements)
    print(f"body: {len(body):,} -> {len(new_body):,} characters; comments: {len(anchors):,}")
    print(f"re-anchored in {elapsed * 1000:.1f} ms (target: well under 1,000 ms)")
    print("statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))


if __name__ == "__main__":
    main()
