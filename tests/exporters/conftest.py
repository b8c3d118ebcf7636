"""Hand-built export snapshots for exporter tests (no database, no Qt).

Other exporter tests import the factory directly::

    from tests.exporters.conftest import make_snapshot, hostile_snapshot

or use the ``make_snapshot`` / ``hostile_snapshot`` fixtures, which return the same factories.
"""

from __future__ import annotations

import io
import struct
import sys
import zlib
from datetime import date
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # pytest runs with --import-mode=importlib and no pythonpath
    sys.path.insert(0, str(_ROOT))

from typing import TYPE_CHECKING  # noqa: E402

from content.exports.snapshot import (  # noqa: E402
    AssetSnapshot,
    BlockSnapshot,
    CitationRef,
    ExportSnapshot,
    ItemSnapshot,
    ModuleSnapshot,
    RelationRef,
    SectionSnapshot,
    SessionSnapshot,
)

if TYPE_CHECKING:
    from collections.abc import Callable

SAMI = "Sámi: áčđŋšŧž ÁČĐŊŠŦŽ"
NORWEGIAN = "Norsk: æøå ÆØÅ"
TRAINER_NOTE = (
    "Trenernotat: Be deltakerne tenke på egen kommune før dere viser svaret. "
    "Hold av ti minutter til oppsummering i plenum."
)
TRAINER_NOTE_2 = (
    "Hemmelig fasit for øvelsen: vertskapskommunen bør starte med næringsvennlig dialog."
)


# --------------------------------------------------------------------------- images


def png_bytes(
    width: int = 40, height: int = 24, color: tuple[int, int, int] = (30, 90, 160)
) -> bytes:
    """Return a small valid PNG."""
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buf, "PNG")
    return buf.getvalue()


def bomb_png_bytes(width: int = 100_000, height: int = 100_000) -> bytes:
    """Return a PNG whose header claims a huge size (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def read_html(path: Path):  # -> lxml.html.HtmlElement
    """Return the parsed document of an exported HTML page (lxml, read as UTF-8)."""
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8")
    return lxml.html.document_fromstring(Path(path).read_bytes(), parser=parser)


def html_text(path: Path) -> str:
    """Return the visible text of an exported HTML page: the body, without markup."""
    body = read_html(path).find("body")
    return " ".join(body.itertext()) if body is not None else ""


def _asset(asset_id: str, data: bytes, mime: str = "image/png") -> AssetSnapshot:
    return AssetSnapshot(id=asset_id, name=f"{asset_id}.png", mime=mime, data=data)


# --------------------------------------------------------------------------- items


def _sources() -> tuple[ItemSnapshot, ...]:
    return (
        ItemSnapshot(
            id="src-onsager",
            kind="source",
            title="Vertskapsattraktivitet i norske kommuner",
            fields={
                "authors": ["Onsager, Knut", "Vareide, Knut"],
                "year": 2020,
                "publisher": "NIBR",
                "source_type": "report",
                "url": "https://example.org/nibr-2020",
            },
        ),
        ItemSnapshot(
            id="src-ks",
            kind="source",
            title="Anbud: Program for næringsutvikling",
            fields={"authors": ["KS"], "year": 2023, "publisher": "KS", "source_type": "tender"},
        ),
        ItemSnapshot(
            id="src-sara",
            kind="source",
            title="Sámi ealáhusovddideapmi: čoahkkáigeassu",
            fields={"authors": ["Sara, Máret Ánne"], "year": 2019, "source_type": "article"},
        ),
    )


def _finding(n: int) -> ItemSnapshot:
    return ItemSnapshot(
        id=f"fin-{n}",
        kind="finding",
        title=f"Funn {n}: Tidlig dialog gir raskere etablering",
        summary="Kommuner som tar kontakt tidlig, får flere etableringer.",
        body=(
            f"Kommuner som tar **tidlig kontakt** med næringslivet, får *raskere* etableringer "
            f"(funn nr. {n}). {NORWEGIAN}. {SAMI}.\n\n"
            "- Møt bedriftene der de er\n- Svar innen én uke\n    - også i ferien\n\n"
            "Les mer på [KS](https://www.ks.no/) eller skriv til [oss](mailto:post@example.org)."
        ),
        fields={"evidence": "research", "context": "Gjelder særlig distriktskommuner."},
        tags=("vertskap", "dialog"),
        citations=(CitationRef("src-onsager", "12"), CitationRef("src-ks", "s. 4–5")),
    )


def _barrier() -> ItemSnapshot:
    return ItemSnapshot(
        id="bar-1",
        kind="barrier",
        title="Uklare roller mellom politikk og administrasjon",
        summary="Rollene er uklare.",
        body="Når rollene er uklare, stopper saker opp.\n\n> Vi visste ikke hvem som eide saken.",
        fields={"level": "municipal", "affected": ["næringsutviklere"]},
        citations=(CitationRef("src-sara", "33"),),
    )


def _measure() -> ItemSnapshot:
    return ItemSnapshot(
        id="mea-1",
        kind="measure",
        title="Fast næringsforum hvert kvartal",
        summary="Et fast forum.",
        body="| Hva | Hvem | Når |\n|---|---|---|\n| Forum | Ordfører | Kvartalsvis |\n"
        "| Oppfølging | Næringssjef | Månedlig |\n",
        fields={"actors": ["ordfører", "næringssjef"], "level": "municipal", "timeframe": "1 år"},
    )


def _examples() -> tuple[ItemSnapshot, ...]:
    return (
        ItemSnapshot(
            id="exa-1",
            kind="example",
            title="Gildeskål: laks og lokalsamfunn",
            summary="Havbruk som vertskapsnæring.",
            body="Kommunen etablerte et **vertskapsteam**.\n\n![Kart](asset:img-map)",
            fields={
                "municipality": "Gildeskål",
                "county": "Nordland",
                "year": 2021,
                "lessons": "Tillit tar tid.",
            },
            tags=("havbruk", "vertskap"),
            relations=(
                RelationRef("illustrates", "mod-1", "Trippel helix", "collaboration_model"),
            ),
        ),
        ItemSnapshot(
            id="exa-2",
            kind="example",
            title="Kautokeino/Guovdageaidnu: reindrift og reiseliv",
            summary="Samarbeid på tvers av næringer.",
            body=f"Samarbeid mellom reindrift og reiseliv. {SAMI}.",
            fields={"municipality": "Guovdageaidnu", "county": "Finnmárku", "year": 2018},
            tags=("reiseliv",),
        ),
        ItemSnapshot(
            id="exa-3",
            kind="example",
            title="Sunndal: industri og kompetanse",
            summary="Industrikommune.",
            body="Kompetanseløft i samarbeid med bedriftene.",
            fields={"municipality": "Sunndal", "year": 2022},
            tags=("vertskap", "kompetanse"),
        ),
    )


def _models() -> tuple[ItemSnapshot, ...]:
    return (
        ItemSnapshot(
            id="mod-1",
            kind="collaboration_model",
            title="Trippel helix",
            summary="Kommune, næringsliv og forskning.",
            body="Tre parter samarbeider tett.",
            fields={
                "actor_groups": ["kommune", "næringsliv", "forskning"],
                "roles": ["tilrettelegger", "investor", "kunnskapsleverandør"],
                "phases": ["kartlegging", "samskaping", "evaluering"],
                "dynamics": "Jevnlige møter; felles mål.",
                "strengths": ["bred forankring"],
                "weaknesses": ["tidkrevende"],
                "suited_challenges": ["omstilling", "kompetanse"],
            },
        ),
        ItemSnapshot(
            id="mod-2",
            kind="collaboration_model",
            title="Vertskapsteam",
            summary="Et tverrfaglig team møter bedriftene.",
            body=f"Teamet har én dør inn. {SAMI}.",
            fields={
                "actor_groups": ["kommune", "bedrift"],
                "roles": ["los", "saksbehandler"],
                "phases": ["mottak", "oppfølging"],
                "dynamics": "Raske avklaringer.",
                "strengths": ["rask respons", "tydelig kontaktpunkt"],
                "weaknesses": ["personavhengig"],
                "suited_challenges": ["etablering"],
            },
        ),
    )


def _indicators() -> tuple[ItemSnapshot, ...]:
    return (
        ItemSnapshot(
            id="ind-1",
            kind="indicator",
            title="Nyetableringer per 1000 innbyggere",
            fields={
                "unit": "antall",
                "definition": "Nye foretak i året delt på folketall × 1000.",
                "data_source": "SSB tabell 12345",
                "baseline": "4,1",
                "target": "5,0",
                "frequency": "yearly",
            },
        ),
        ItemSnapshot(
            id="ind-2",
            kind="indicator",
            title="Svartid på henvendelser",
            fields={
                "unit": "dager",
                "definition": "Median antall dager til første svar.",
                "data_source": "Kommunens sakssystem",
                "baseline": "9",
                "target": "3",
                "frequency": "quarterly",
            },
        ),
    )


def _criteria() -> tuple[ItemSnapshot, ...]:
    award = "Årets vertskapskommune"
    return (
        ItemSnapshot(
            id="cri-1",
            kind="criterion",
            title="Tilgjengelighet for næringslivet",
            summary="Hvor lett er det å nå kommunen?",
            fields={
                "award": award,
                "weight": 40,
                "evidence_requested": ["svartidsstatistikk", "brukerundersøkelse"],
            },
        ),
        ItemSnapshot(
            id="cri-2",
            kind="criterion",
            title="Samarbeid med regionale aktører",
            summary="Samarbeid på tvers.",
            fields={
                "award": award,
                "weight": 35,
                "evidence_requested": ["avtaler", "møtereferater"],
            },
        ),
        ItemSnapshot(
            id="cri-3",
            kind="criterion",
            title="Resultater og læring",
            summary=f"Dokumenterte resultater. {SAMI}.",
            fields={"award": award, "weight": 25, "evidence_requested": ["indikatorrapport"]},
        ),
    )


# --------------------------------------------------------------------------- modules


def _item_block(bid: str, item: ItemSnapshot, display: str = "full") -> BlockSnapshot:
    return BlockSnapshot(id=bid, block_type="item", display=display, item=item)


def _module(n: int, items: dict[str, ItemSnapshot], trainer: bool) -> ModuleSnapshot:
    blocks: list[BlockSnapshot] = [
        BlockSnapshot(
            id=f"b{n}-t", block_type="text", text=f"Innledning til modul {n}. {NORWEGIAN}. {SAMI}."
        ),
        _item_block(f"b{n}-f", _finding(n)),
        _item_block(f"b{n}-b", items["bar-1"], "summary"),
        _item_block(f"b{n}-m", items["mea-1"]),
        BlockSnapshot(
            id=f"b{n}-x",
            block_type="exercise",
            title="Refleksjon",
            text="Hva betyr dette for din kommune?",
            exercise_kind="reflection",
            minutes=15,
        ),
    ]
    if trainer:
        blocks.insert(
            2,
            BlockSnapshot(
                id=f"b{n}-n",
                block_type="trainer_note",
                trainer_only=True,
                title="Til treneren",
                text=TRAINER_NOTE,
            ),
        )
    second: list[BlockSnapshot] = [
        _item_block(f"b{n}-e", items["exa-1"]),
        _item_block(f"b{n}-e2", items["exa-2"], "title"),
        BlockSnapshot(
            id=f"b{n}-g",
            block_type="exercise",
            title="Gruppeoppgave",
            text="Diskuter i grupper på fire: hvilke **barrierer** ser dere?",
            exercise_kind="group_task",
            minutes=25,
        ),
    ]
    if trainer:
        second.append(
            BlockSnapshot(
                id=f"b{n}-n2",
                block_type="trainer_note",
                trainer_only=True,
                title="Fasit",
                text=TRAINER_NOTE_2,
                minutes=5,
            )
        )
    return ModuleSnapshot(
        id=f"m{n}",
        title=f"Modul {n}: Vertskap og samarbeid",
        code=f"VK-{n:02d}",
        description="Om å være en god vertskapskommune.",
        audiences=("folkevalgte", "naeringsutviklere"),
        objectives=(
            "Forklare hva vertskapsattraktivitet er",
            f"Kjenne igjen barrierer i egen kommune ({SAMI})",
        ),
        duration_minutes=0,
        sections=(
            SectionSnapshot(id=f"s{n}-1", title="Kunnskapsgrunnlag", blocks=tuple(blocks)),
            SectionSnapshot(id=f"s{n}-2", title="Eksempler og øvelser", blocks=tuple(second)),
        ),
    )


def make_snapshot(
    profile: str = "participant",
    lang: str = "nb",
    *,
    sessions: int = 2,
    modules_per_session: int = 2,
    trainer_notes: bool | None = None,
    extra_blocks: tuple[BlockSnapshot, ...] = (),
    items: bool = True,
) -> ExportSnapshot:
    """Return a rich curriculum snapshot; trainer notes appear for the trainer profile."""
    with_notes = profile == "trainer" if trainer_notes is None else trainer_notes
    by_id = {i.id: i for i in (_barrier(), _measure(), *_examples())}
    sess: list[SessionSnapshot] = []
    n = 0
    for s in range(1, sessions + 1):
        mods = []
        for _ in range(modules_per_session):
            n += 1
            mods.append(_module(n, by_id, with_notes))
        sess.append(
            SessionSnapshot(
                id=f"ses-{s}",
                title=f"Samling {s}: Vertskap i praksis",
                number=s,
                session_date=date(2025, 3, s),
                start_time="09:00",
                modules=tuple(mods),
            )
        )
    if extra_blocks:
        extra = ModuleSnapshot(
            id="m-extra",
            title="Tillegg",
            code="X-1",
            sections=(SectionSnapshot(id="s-extra", title="Ekstra", blocks=extra_blocks),),
        )
        last = sess[-1]
        sess[-1] = SessionSnapshot(
            id=last.id,
            title=last.title,
            number=last.number,
            session_date=last.session_date,
            start_time=last.start_time,
            modules=(*last.modules, extra),
        )
    all_items = (
        (
            *(_finding(k) for k in range(1, n + 1)),
            *by_id.values(),
            *_models(),
            *_indicators(),
            *_criteria(),
        )
        if items
        else ()
    )
    return ExportSnapshot(
        scope="curriculum",
        target_id="cur-1",
        title="Vertskapskommune – program for næringsutvikling",
        profile=profile,
        lang=lang,
        programme="Folkevalgtprogrammet",
        description=f"Et program om vertskap. {SAMI}.",
        audiences=("folkevalgte", "kommunedirektorer"),
        edition="2025.1",
        edition_date=date(2025, 2, 1),
        author="KS Kursverk",
        sessions=tuple(sess),
        sources=_sources(),
        items=all_items,
        assets={"img-map": _asset("img-map", png_bytes())},
    )


# --------------------------------------------------------------------------- hostile corpus

LONG_WORD = "x" * 50_000
MARKUP_TEXT = "a<b and x<y, AT&T, <font size=500>big</font>, an unclosed <b>bold, &amp; &#0; <para>"


def _table(cols: int, rows: int = 3) -> str:
    head = "| " + " | ".join(f"Kolonne {c} æøå" for c in range(cols)) + " |"
    rule = "|" + "---|" * cols
    body = ["| " + " | ".join(f"celle {r}.{c} ŋš" for c in range(cols)) + " |" for r in range(rows)]
    return "\n".join([head, rule, *body])


def hostile_blocks() -> tuple[BlockSnapshot, ...]:
    """Return blocks with hostile content: markup, giant words, wide tables, bad images."""
    texts = {
        "markup": MARKUP_TEXT,
        "longword": f"Start {LONG_WORD} slutt",
        "table": _table(30),
        "images": "![mangler](asset:nope) ![korrupt](asset:img-corrupt) "
        "![avkortet](asset:img-trunc) ![bombe](asset:img-bomb) ![fil](file:///etc/passwd) "
        "![web](https://example.org/x.png)",
        "brackets": "[" * 5000 + "]" * 100,
        "nested": "\n".join("    " * d + "- nivå " + str(d) for d in range(300)),
        "links": "[js](javascript:alert(1)) [fil](file:///etc/passwd) [ok](https://ks.no) "
        "<script>alert(1)</script> [data](data:text/html,hi)",
        "bigpara": ("Lang avsnittstekst med æøå. " * 8000),
    }
    blocks = [BlockSnapshot(id=f"h-{k}", block_type="text", text=v) for k, v in texts.items()]
    bad_item = ItemSnapshot(
        id="fin-bad",
        kind="finding",
        title=f"Fiendtlig {MARKUP_TEXT}",
        summary=MARKUP_TEXT,
        body=MARKUP_TEXT + "\n\n" + _table(12),
        citations=(CitationRef("src-missing", "9"),),
    )
    blocks.append(_item_block("h-item", bad_item))
    return tuple(blocks)


def hostile_snapshot(profile: str = "participant", lang: str = "nb") -> ExportSnapshot:
    """Return a small snapshot whose extra module holds the hostile corpus."""
    snap = make_snapshot(
        profile, lang, sessions=1, modules_per_session=1, extra_blocks=hostile_blocks()
    )
    good = png_bytes()
    assets = dict(snap.assets)
    assets.update(
        {
            "img-corrupt": _asset("img-corrupt", b"this is not an image"),
            "img-trunc": _asset("img-trunc", good[: len(good) // 2]),
            "img-bomb": _asset("img-bomb", bomb_png_bytes()),
        }
    )
    return _replace(snap, assets=assets)


def _replace(snap: ExportSnapshot, **changes: object) -> ExportSnapshot:
    import dataclasses

    return dataclasses.replace(snap, **changes)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(name="make_snapshot")
def make_snapshot_fixture() -> Callable[..., ExportSnapshot]:
    """Return the snapshot factory."""
    return make_snapshot


@pytest.fixture(name="hostile_snapshot")
def hostile_snapshot_fixture() -> Callable[..., ExportSnapshot]:
    """Return the hostile snapshot factory."""
    return hostile_snapshot


@pytest.fixture(scope="session")
def starter_snapshots(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, ExportSnapshot]:
    """Return participant and trainer snapshots of both starter curricula."""
    from content.exports.snapshots import build_snapshot
    from content.starter import source
    from content.starter.loader import load_starter
    from db.engine import open_library

    library = open_library(tmp_path_factory.mktemp("starter") / "starter.sqlite")
    try:
        load_starter(library)
        out = {}
        with library.sessions() as session:
            for name, cur in (("folkevalgt", source.CUR_FOLKEVALGT), ("ledere", source.CUR_LEDERE)):
                for profile in ("participant", "trainer"):
                    out[f"{name}-{profile}"] = build_snapshot(
                        session, "curriculum", cur, profile=profile
                    )
        return out
    finally:
        library.dispose()
