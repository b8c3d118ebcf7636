"""Generate a large, realistic Kursverk library and write it as a bundle.

Run from the repository root::

    .venv/bin/python benchmarks/generate.py --items 100000 -o /tmp/kv100k.kvb [--keep-library]

Items (all ten kinds in realistic proportions, Norwegian-like text with æøå and Sami
letters, relations, citations, revision history), 100 modules and a few curricula are bulk
inserted with SQLAlchemy Core into a fresh SQLite library, which content/bundle.py then
writes as a bundle. The same seed gives the same library and the same ids.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Table, insert

from content.items.kinds import AUDIENCES
from db.engine import Library, open_library
from db.models import Base


def _wordlist(text: str) -> tuple[str, ...]:
    """Split a space-separated word list."""
    return tuple(text.split())


# Realistic proportions: many findings, sources and measures; few models and criteria.
KIND_WEIGHTS = {
    "finding": 20,
    "source": 15,
    "measure": 15,
    "barrier": 12,
    "example": 12,
    "indicator": 9,
    "question": 8,
    "criterion": 4,
    "collaboration_model": 3,
    "archetype": 2,
}
NOUNS = _wordlist(
    "kommune kommunene næringsliv næringsutvikling vertskapskommune samarbeid planarbeid "
    "arealplan etablering tillit dialog bedrift bedriftene fylkeskommune innbyggere kompetanse "
    "bolig infrastruktur tomt veiledning saksbehandling rådmann kommunedirektør formannskap "
    "kommunestyre ordfører verdiskaping reiseliv havbruk landbruk grønn omstilling "
    "arbeidskraft rekruttering ungdom tilflytting sentrum lokalsamfunn næringshage "
    "utviklingsselskap forvaltning regelverk finansiering støtteordning mål indikator "
    "virkemiddel oppfølging evaluering medvirkning næringsforening klynge leverandør"
)
VERBS = _wordlist(
    "styrker hindrer bygger skaper krever forenkler gir viser løfter svekker utløser "
    "forankrer prioriterer samordner utvikler måler følger opp"
)
ADJECTIVES = _wordlist(
    "tidlig tydelig felles lokal regional grønn langsiktig åpen rask forutsigbar "
    "strategisk kunnskapsbasert små store nye gode særlig"
)
SAMI = _wordlist(
    "sámi Kárášjohka Guovdageaidnu Deatnu Unjárga Porsáŋgu čoahkkin đuoddar sámegiella "
    "ealáhus ovddideapmi gielda searvelatnja ŧuolla boazodoallu šaddat žiebmá"
)
MUNICIPALITIES = _wordlist(
    "Bodø Tromsø Alta Kárášjohka Guovdageaidnu Rana Vefsn Førde Ørsta Ringerike "
    "Gjøvik Levanger Steinkjer Kristiansund Ålesund Sogndal Årdal Høyanger Sør-Varanger "
    "Vågå Tønsberg Hustadvika Hammerfest Båtsfjord Løten Åmli Ås"
)
THEMES = _wordlist(
    "arealplanlegging vertskapskommune næringsvennlighet kompetanse grønn-omstilling "
    "samskaping tillit reiseliv havbruk sami-næringer infrastruktur rekruttering "
    "innbyggerdialog regional-utvikling effektkontrakt"
)
EXERCISE_KINDS = ("reflection", "group_task", "case_discussion")
BASE_TIME = datetime(2024, 1, 8, 8, 0, tzinfo=UTC)


FUNCTION_WORDS = _wordlist("og i for som med til av på er det at en et de ikke om har kan skal")
STEMS = _wordlist(
    "nærings kommune areal plan bolig sam tillit grønn havbruks reiselivs lands regional "
    "kompetanse innbygger fylkes bedrifts leverandør utviklings forvaltnings arbeids "
    "rekrutterings sentrums klima energi infrastruktur tomte vei hamne kultur helse skole "
    "ungdoms eier styrings kontrakt effekt sámi boazo duodji ealáhus gielda čoahkkin"
)
HEADS = _wordlist(
    "utvikling arbeid plan liv hage selskap samarbeid dialog politikk strategi ordning "
    "kraft tiltak område løft modell forum nettverk prosjekt råd tjeneste analyse "
    "kartlegging målsetting satsing avtale kapital miljø vekst bygging mangfold"
)


def _vocabulary() -> tuple[list[str], list[float]]:
    """Return a Zipf-weighted vocabulary: compounds as Norwegian makes them, plus the lists."""
    words = list(
        dict.fromkeys(
            list(NOUNS) + list(SAMI) + [a + b for a in STEMS for b in HEADS] + list(ADJECTIVES)
        )
    )
    rng = random.Random(1)  # a fixed frequency order, whatever the seed
    rng.shuffle(words)
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(words))]
    total = 0.0
    cumulative = []
    for w in weights:
        total += w
        cumulative.append(total)
    return words, cumulative


VOCABULARY, _CUM = _vocabulary()


def _words(rng: random.Random, n: int) -> list[str]:
    out = rng.choices(VOCABULARY, cum_weights=_CUM, k=n)
    for i in range(1, n, 3):  # every third word a function word, as in running text
        out[i] = rng.choice(FUNCTION_WORDS)
    for i in range(2, n, 5):
        out[i] = rng.choice(VERBS)
    return out


def _title_words(rng: random.Random, n: int) -> list[str]:
    return rng.choices(VOCABULARY, cum_weights=_CUM, k=n)


def sentence(rng: random.Random, lo: int = 6, hi: int = 16) -> str:
    """Return one Norwegian-like sentence."""
    words = _words(rng, rng.randint(lo, hi))
    return " ".join(words).capitalize() + "."


def title(rng: random.Random) -> str:
    """Return a short title (the first word capitalised)."""
    return " ".join(_title_words(rng, rng.randint(3, 7))).capitalize()


def body(rng: random.Random, paragraphs: int) -> str:
    """Return a Markdown body: paragraphs, sometimes a list, bold words and a heading.

    The heading is a level-2 one, the level right under the block's title, so the body is
    accessible (a PDF/UA export refuses a skipped heading level).
    """
    parts = []
    for n in range(paragraphs):
        text = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        if rng.random() < 0.3:
            w = rng.choice(NOUNS)
            text = text.replace(w, f"**{w}**", 1)
        parts.append(text)
        if n == 0 and rng.random() < 0.3:
            parts.append("\n".join(f"- {sentence(rng, 3, 8)}" for _ in range(rng.randint(2, 4))))
        if n == 1 and rng.random() < 0.15:
            parts.append(f"## {title(rng)}")  # under the item title: no level skipped
    return "\n\n".join(parts)


def new_uuid(rng: random.Random) -> str:
    """Return a deterministic random UUID (version 4)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# -- items -------------------------------------------------------------------------------


@dataclass
class Built:
    """Rows to insert, by table name, plus ids by kind for wiring relations."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    by_kind: dict[str, list[str]] = field(default_factory=dict)
    revisions: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> None:
        """Queue one row for a table."""
        self.rows.setdefault(table, []).append(row)


def kind_fields(rng: random.Random, kind: str, n: int) -> dict[str, Any]:
    """Return valid kind-specific fields."""
    r = rng
    makers: dict[str, Any] = {
        "finding": lambda: {"evidence": r.choice(("research", "practice", "evaluation"))},
        "barrier": lambda: {
            "level": r.choice(("municipal", "regional", "business")),
            "affected": r.sample(NOUNS, 2),
        },
        "measure": lambda: {
            "actors": r.sample(NOUNS, 2),
            "level": "municipal",
            "timeframe": f"{r.randint(1, 4)} år",
        },
        "example": lambda: {
            "municipality": r.choice(MUNICIPALITIES),
            "year": r.randint(2005, 2024),
            "lessons": sentence(r),
        },
        "archetype": lambda: {"characteristics": [sentence(r, 3, 6) for _ in range(3)]},
        "collaboration_model": lambda: {
            "actor_groups": r.sample(NOUNS, 3),
            "roles": r.sample(NOUNS, 3),
            "phases": ["Forankring", "Samskaping", "Gjennomføring", "Evaluering"],
            "dynamics": sentence(r),
            "strengths": [sentence(r, 3, 6)],
            "weaknesses": [sentence(r, 3, 6)],
            "suited_challenges": [sentence(r, 3, 6)],
        },
        "indicator": lambda: {
            "unit": r.choice(("prosent", "antall", "dager", "kroner")),
            "definition": sentence(r),
            "data_source": "SSB, KOSTRA",
            "baseline": str(r.randint(5, 50)),
            "target": str(r.randint(50, 90)),
            "frequency": r.choice(("quarterly", "yearly")),
        },
        "criterion": lambda: {
            "award": "Årets vertskapskommune",
            "weight": r.choice((10, 15, 20)),
            "evidence_requested": [sentence(r, 3, 7) for _ in range(2)],
        },
        "question": lambda: {"project": f"FoU-prosjekt {n % 4 + 1}"},
        "source": lambda: {
            "authors": [f"{r.choice(NOUNS).capitalize()}, {r.choice('ABKMS')}."],
            "year": r.randint(2008, 2024),
            "publisher": "NIBR",
            "source_type": r.choice(("report", "article", "book")),
        },
    }
    return makers[kind]()  # type: ignore[no-any-return]


def plan_kinds(rng: random.Random, n: int) -> list[str]:
    """Return n kinds drawn in the realistic proportions."""
    return rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()), k=n)


def make_items(rng: random.Random, n: int, built: Built) -> list[dict[str, Any]]:
    """Create n item states (without relations yet) and remember ids by kind."""
    states = []
    for i, kind in enumerate(plan_kinds(rng, n)):
        sid = new_uuid(rng)
        states.append(
            {
                "id": sid,
                "kind": kind,
                "title": title(rng),
                "summary": sentence(rng, 8, 20),
                "body": body(rng, rng.randint(1, 4)),
                "language": rng.choices(("nb", "nn", "se", "en"), weights=(80, 12, 4, 4))[0],
                "status": rng.choices(
                    ("approved", "draft", "in_review", "retired"), weights=(70, 18, 10, 2)
                )[0],
                "fields": kind_fields(rng, kind, i),
                "tags": rng.sample(THEMES, rng.randint(1, 3)),
                "audiences": rng.sample(list(AUDIENCES), rng.randint(1, 2)),
                "starter": False,
                "deleted": False,
                "relations": [],
                "citations": [],
            }
        )
        built.by_kind.setdefault(kind, []).append(sid)
    return states


RELATION_PLAN = (  # (source kind, relation, target kinds, how many)
    ("measure", "addresses", ("barrier",), 2),
    ("indicator", "measures", ("measure",), 1),
    ("example", "illustrates", ("collaboration_model", "measure"), 1),
    ("example", "instance_of", ("archetype",), 1),
    ("finding", "supports", ("criterion", "measure", "question"), 1),
    ("finding", "answers", ("question",), 1),
)


def wire(rng: random.Random, states: list[dict[str, Any]], built: Built) -> None:
    """Add relations and citations (findings and measures cite sources with pages)."""
    plan: dict[str, list[tuple[str, tuple[str, ...], int]]] = {}
    for src, rel, targets, k in RELATION_PLAN:
        plan.setdefault(src, []).append((rel, targets, k))
    sources = built.by_kind.get("source", [])
    for s in states:
        for rel, targets, k in plan.get(s["kind"], []):
            pool = [t for t in targets if built.by_kind.get(t)]
            for _ in range(rng.randint(0, k) if rel != "addresses" else k):
                if pool:
                    target = rng.choice(built.by_kind[rng.choice(pool)])
                    s["relations"].append(
                        {"id": new_uuid(rng), "type": rel, "target_id": target, "note": ""}
                    )
        if s["kind"] in ("finding", "measure", "example") and sources:
            for _ in range(rng.randint(1, 2) if s["kind"] == "finding" else rng.randint(0, 1)):
                s["citations"].append(
                    {
                        "id": new_uuid(rng),
                        "source_id": rng.choice(sources),
                        "locator": f"s. {rng.randint(3, 180)}",
                    }
                )


def _stamps(rng: random.Random, revision: int) -> dict[str, Any]:
    created = BASE_TIME + timedelta(minutes=rng.randint(0, 400_000))
    return {
        "revision": revision,
        "created_at": created,
        "created_by": "generator",
        "updated_at": created + timedelta(days=revision - 1),
        "updated_by": "generator",
        "deleted_at": None,
    }


def _history(
    rng: random.Random,
    etype: str,
    state: dict[str, Any],
    revision: int,
    stamps: dict[str, Any],
    built: Built,
) -> None:
    for rev in range(1, revision + 1):
        old = dict(state)
        if rev < revision:  # an older wording of the same entity
            old["title"] = f"{state['title']} (utkast {rev})"
        built.add(
            "revision",
            {
                "entity_type": etype,
                "entity_id": state["id"],
                "revision": rev,
                "state": old,
                "changed_at": stamps["created_at"] + timedelta(days=rev - 1),
                "author": "generator",
                "action": "Create" if rev == 1 else "Edit",
            },
        )


def item_rows(rng: random.Random, states: list[dict[str, Any]], built: Built) -> None:
    """Turn item states into content_item, label, relation, citation and revision rows."""
    for s in states:
        revision = rng.choices((1, 2, 3), weights=(75, 18, 7))[0]
        built.revisions[s["id"]] = revision
        stamps = _stamps(rng, revision)
        row = {
            k: s[k]
            for k in (
                "id",
                "kind",
                "title",
                "summary",
                "body",
                "language",
                "status",
                "fields",
                "tags",
                "audiences",
                "starter",
            )
        }
        built.add("content_item", {**row, **stamps})
        for facet, values in (("tag", s["tags"]), ("audience", s["audiences"])):
            for v in values:
                built.add("item_label", {"item_id": s["id"], "facet": facet, "value": v})
        for pos, r in enumerate(s["relations"]):
            built.add(
                "item_relation",
                {
                    "id": r["id"],
                    "source_id": s["id"],
                    "position": pos,
                    "target_id": r["target_id"],
                    "relation_type": r["type"],
                    "note": r["note"],
                },
            )
        for pos, c in enumerate(s["citations"]):
            built.add(
                "citation",
                {
                    "id": c["id"],
                    "item_id": s["id"],
                    "source_id": c["source_id"],
                    "locator": c["locator"],
                    "position": pos,
                },
            )
        _history(rng, "item", s, revision, stamps, built)


# -- modules and curricula -----------------------------------------------------------------


def _block(rng: random.Random, built: Built, teachable: list[str]) -> dict[str, Any]:
    base = {
        "id": new_uuid(rng),
        "item_id": None,
        "pinned_revision": None,
        "display": "full",
        "trainer_only": False,
        "title": "",
        "text": "",
        "exercise_kind": "",
        "minutes": 0,
    }
    roll = rng.random()
    if roll < 0.72:
        item_id = rng.choice(teachable)
        pinned = 1 if built.revisions.get(item_id, 1) > 1 and rng.random() < 0.1 else None
        display = rng.choices(("full", "summary", "title"), weights=(70, 20, 10))[0]
        return {
            **base,
            "block_type": "item",
            "item_id": item_id,
            "pinned_revision": pinned,
            "display": display,
            "minutes": rng.choice((0, 5, 10)),
        }
    if roll < 0.84:
        return {**base, "block_type": "text", "text": body(rng, 1), "minutes": 5}
    if roll < 0.94:
        return {
            **base,
            "block_type": "exercise",
            "title": title(rng),
            "text": sentence(rng, 10, 24),
            "exercise_kind": rng.choice(EXERCISE_KINDS),
            "minutes": rng.choice((10, 15, 20, 30)),
        }
    return {**base, "block_type": "trainer_note", "text": f"Til kursleder: {sentence(rng)}"}


def module_state(
    rng: random.Random,
    n: int,
    built: Built,
    teachable: list[str],
    sections: tuple[int, int] = (3, 5),
    blocks: tuple[int, int] = (4, 8),
) -> dict[str, Any]:
    """Return a module state with sections of item, text, exercise and trainer-note blocks."""
    secs = [
        {
            "id": new_uuid(rng),
            "title": title(rng),
            "blocks": [_block(rng, built, teachable) for _ in range(rng.randint(*blocks))],
        }
        for _ in range(rng.randint(*sections))
    ]
    return {
        "id": new_uuid(rng),
        "code": f"M{n:03d}",
        "title": title(rng),
        "description": sentence(rng, 12, 30),
        "duration_minutes": 0,
        "language": "nb",
        "status": "approved",
        "audiences": rng.sample(list(AUDIENCES), 2),
        "objectives": [sentence(rng, 5, 10) for _ in range(rng.randint(2, 4))],
        "starter": False,
        "deleted": False,
        "sections": secs,
    }


def module_rows(rng: random.Random, state: dict[str, Any], built: Built) -> None:
    """Turn a module state into module, section, block and revision rows."""
    stamps = _stamps(rng, 1)
    keys = (
        "id",
        "code",
        "title",
        "description",
        "duration_minutes",
        "language",
        "status",
        "audiences",
        "objectives",
        "starter",
    )
    built.add("module", {**{k: state[k] for k in keys}, **stamps})
    for pos, sec in enumerate(state["sections"]):
        built.add(
            "module_section",
            {"id": sec["id"], "module_id": state["id"], "position": pos, "title": sec["title"]},
        )
        for bpos, b in enumerate(sec["blocks"]):
            built.add("module_block", {**b, "section_id": sec["id"], "position": bpos})
    _history(rng, "module", state, 1, stamps, built)


def curriculum_state(
    rng: random.Random, name: str, module_ids: list[str], per_session: int
) -> dict[str, Any]:
    """Return a curriculum state with sessions holding the given modules in order."""
    sessions = []
    for n, start in enumerate(range(0, len(module_ids), per_session), start=1):
        sessions.append(
            {
                "id": new_uuid(rng),
                "title": f"Samling {n}",
                "date": (date(2025, 9, 1) + timedelta(weeks=3 * n)).isoformat(),
                "start_time": "09:00",
                "modules": [
                    {"id": new_uuid(rng), "module_id": m}
                    for m in module_ids[start : start + per_session]
                ],
            }
        )
    return {
        "id": new_uuid(rng),
        "title": name,
        "programme": "Folkevalgtprogrammet",
        "description": sentence(rng, 12, 30),
        "edition": "2025",
        "edition_date": "2025-08-15",
        "language": "nb",
        "status": "approved",
        "audiences": ["folkevalgte"],
        "starter": False,
        "deleted": False,
        "sessions": sessions,
    }


def curriculum_rows(rng: random.Random, state: dict[str, Any], built: Built) -> None:
    """Turn a curriculum state into curriculum, session, entry and revision rows."""
    stamps = _stamps(rng, 1)
    keys = (
        "id",
        "title",
        "programme",
        "description",
        "edition",
        "language",
        "status",
        "audiences",
        "starter",
    )
    built.add(
        "curriculum",
        {
            **{k: state[k] for k in keys},
            **stamps,
            "edition_date": date.fromisoformat(state["edition_date"]),
        },
    )
    for pos, ses in enumerate(state["sessions"]):
        built.add(
            "curriculum_session",
            {
                "id": ses["id"],
                "curriculum_id": state["id"],
                "position": pos,
                "title": ses["title"],
                "session_date": date.fromisoformat(ses["date"]),
                "start_time": ses["start_time"],
            },
        )
        for epos, e in enumerate(ses["modules"]):
            built.add(
                "session_module",
                {
                    "id": e["id"],
                    "session_id": ses["id"],
                    "module_id": e["module_id"],
                    "position": epos,
                },
            )
    _history(rng, "curriculum", state, 1, stamps, built)


# -- writing -------------------------------------------------------------------------------

TABLE_ORDER = (
    "content_item",
    "item_label",
    "item_relation",
    "citation",
    "module",
    "module_section",
    "module_block",
    "curriculum",
    "curriculum_session",
    "session_module",
    "revision",
)


def insert_rows(lib: Library, built: Built, batch: int = 5000) -> None:
    """Bulk insert every queued row with Core, then rebuild the search index once."""
    from content.search import index as search_index

    with lib.sessions.begin() as s:
        for name in TABLE_ORDER:
            table: Table = Base.metadata.tables[name]
            rows = built.rows.get(name, [])
            for start in range(0, len(rows), batch):
                s.execute(insert(table), rows[start : start + batch])
        search_index.rebuild(s)
    built.rows.clear()


def teachable_ids(built: Built) -> list[str]:
    """Return the ids of items worth putting in a module (not sources)."""
    return [i for k, ids in built.by_kind.items() if k != "source" for i in ids]


def generate_library(path: Path, items: int, *, modules: int = 100, seed: int = 7) -> Library:
    """Create a fresh library at path holding a generated corpus; return it opened."""
    rng = random.Random(seed)
    lib = open_library(path)
    built = Built()
    states = make_items(rng, items, built)
    wire(rng, states, built)
    item_rows(rng, states, built)
    del states
    teach = teachable_ids(built)
    mods = [module_state(rng, n, built, teach) for n in range(1, modules + 1)]
    for m in mods:
        module_rows(rng, m, built)
    names = (
        "Næringsmodul i Folkevalgtprogrammet",
        "Kommunedirektører og næringsutviklere",
        "Vertskapskommunen i praksis",
        "Sámi ealáhus ja ovddideapmi",
    )
    for n, name in enumerate(names):
        chosen = [m["id"] for m in mods[n * 6 : n * 6 + rng.randint(6, 10)]]
        curriculum_rows(rng, curriculum_state(rng, name, chosen, 3), built)
    insert_rows(lib, built)
    return lib


def make_large_curriculum(
    lib: Library,
    *,
    modules: int = 40,
    seed: int = 11,
    title: str = "Stor håndbok: Vertskapskommunen",
) -> str:
    """Add a curriculum whose participant handbook is about 400 A4 pages; return its id.

    It uses new modules of 4 sections x 7 blocks drawn from the library's items, about
    about 10 pages each (40 modules ≈ 400 pages; WeasyPrint lays out 342 pages for 34).
    """
    from sqlalchemy import text

    rng = random.Random(seed)
    built = Built()
    with lib.read_sessions() as s:
        rows = s.execute(
            text(
                "SELECT id, kind, revision FROM content_item "
                "WHERE deleted_at IS NULL AND status = 'approved'"
            )
        ).all()
    for item_id, kind, rev in rows:
        built.by_kind.setdefault(kind, []).append(item_id)
        built.revisions[item_id] = rev
    teach = teachable_ids(built)
    mods = [module_state(rng, 900 + n, built, teach, (4, 4), (7, 7)) for n in range(modules)]
    for m in mods:
        module_rows(rng, m, built)
    state = curriculum_state(rng, title, [m["id"] for m in mods], 4)
    curriculum_rows(rng, state, built)
    with lib.sessions.begin() as s:
        for name in TABLE_ORDER[4:]:
            if built.rows.get(name):
                s.execute(insert(Base.metadata.tables[name]), built.rows[name])
    return str(state["id"])


def write_bundle(lib: Library, target: Path) -> Any:
    """Write the whole library as a bundle with content/bundle.py."""
    from content.bundle import export_bundle

    with lib.read_sessions() as s:
        return export_bundle(s, target)


def main(argv: list[str] | None = None) -> int:
    """Generate a library and write it as a bundle."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--items", type=int, default=10_000)
    p.add_argument("--modules", type=int, default=100)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("-o", "--output", required=True, type=Path, help="bundle file to write")
    p.add_argument(
        "--keep-library",
        action="store_true",
        help="keep the SQLite library next to the bundle (<output>.sqlite)",
    )
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.output.with_suffix(".sqlite") if args.keep_library else Path(tmp) / "gen.sqlite"
        db.unlink(missing_ok=True)
        t0 = time.perf_counter()
        lib = generate_library(db, args.items, modules=args.modules, seed=args.seed)
        t1 = time.perf_counter()
        stats = write_bundle(lib, args.output)
        lib.dispose()
        t2 = time.perf_counter()
    print(
        f"generated {args.items} items, {args.modules} modules in {t1 - t0:.1f} s; "
        f"bundle {args.output} ({stats.bytes / 1e6:.1f} MB, {stats.revisions} revisions) "
        f"in {t2 - t1:.1f} s"
    )
    if args.keep_library:
        print(f"library kept at {db}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
