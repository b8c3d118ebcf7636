"""Item kinds, their fields and the relations between them, declared as data.

A new kind or field is a change to this file only: kind-specific fields live in the
item's JSON ``fields`` column, so no migration is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from content.i18n import one_of, tr

STATUSES = ("draft", "in_review", "approved", "retired")
LANGUAGES = ("nb", "nn", "en", "se")
BLOCK_TYPES = ("item", "text", "exercise", "trainer_note")
DISPLAYS = ("full", "summary", "title")
EXERCISE_KINDS = ("reflection", "group_task", "case_discussion")

AUDIENCES: dict[str, dict[str, str]] = {
    "folkevalgte": {"nb": "Folkevalgte", "nn": "Folkevalde", "en": "Elected officials"},
    "kommunedirektorer": {
        "nb": "Kommunedirektører",
        "nn": "Kommunedirektørar",
        "en": "Municipal directors",
    },
    "naeringsutviklere": {
        "nb": "Næringsutviklere",
        "nn": "Næringsutviklarar",
        "en": "Business developers",
    },
    "fylkeskommuner": {"nb": "Fylkeskommuner", "nn": "Fylkeskommunar", "en": "County authorities"},
    "naeringsliv": {"nb": "Næringslivet", "nn": "Næringslivet", "en": "The business community"},
}


@dataclass(frozen=True)
class FieldSpec:
    """One kind-specific field: its type, labels and rules."""

    name: str
    label_nb: str
    label_en: str
    type: str = "text"  # text | multiline | number | choice | list | url
    required: bool = False
    choices: tuple[str, ...] = ()
    max_length: int = 2000
    minimum: float | None = None
    maximum: float | None = None

    def label(self, lang: str = "nb") -> str:
        """Return the field's label in a language (nynorsk from FIELD_LABELS_NN)."""
        if lang == "nn":
            return FIELD_LABELS_NN.get(self.name, self.label_nb)
        return self.label_en if lang == "en" else self.label_nb


@dataclass(frozen=True)
class KindSpec:
    """An item kind: its labels and its own fields."""

    name: str
    label_nb: str
    label_nn: str
    label_en: str
    plural_nb: str
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)

    def label(self, lang: str = "nb") -> str:
        """Return the kind's label in a language."""
        return {"nn": self.label_nn, "en": self.label_en}.get(lang, self.label_nb)

    def field(self, name: str) -> FieldSpec | None:
        """Return a field spec by name."""
        return next((f for f in self.fields if f.name == name), None)


F = FieldSpec

KINDS: dict[str, KindSpec] = {
    k.name: k
    for k in (
        KindSpec(
            "finding",
            "Funn",
            "Funn",
            "Finding",
            "Funn",
            (
                F(
                    "evidence",
                    "Kunnskapsgrunnlag",
                    "Evidence base",
                    "choice",
                    choices=("research", "practice", "evaluation", "tender"),
                ),
                F("context", "Kontekst", "Context", "multiline"),
            ),
        ),
        KindSpec(
            "barrier",
            "Barriere",
            "Barriere",
            "Barrier",
            "Barrierer",
            (
                F(
                    "level",
                    "Nivå",
                    "Level",
                    "choice",
                    choices=("municipal", "regional", "national", "business"),
                ),
                F("affected", "Hvem rammes", "Who is affected", "list"),
            ),
        ),
        KindSpec(
            "measure",
            "Tiltak",
            "Tiltak",
            "Measure",
            "Tiltak",
            (
                F("actors", "Aktører", "Actors", "list"),
                F(
                    "level",
                    "Nivå",
                    "Level",
                    "choice",
                    choices=("municipal", "regional", "national", "business"),
                ),
                F("timeframe", "Tidsramme", "Timeframe", "text", max_length=200),
            ),
        ),
        KindSpec(
            "example",
            "Eksempel",
            "Døme",
            "Example",
            "Eksempler",
            (
                F("municipality", "Kommune", "Municipality", "text", required=True, max_length=200),
                F("county", "Fylke", "County", "text", max_length=200),
                F("year", "År", "Year", "number", minimum=1800, maximum=2100),
                F("lessons", "Lærdommer", "Lessons", "multiline"),
            ),
        ),
        KindSpec(
            "archetype",
            "Arketype",
            "Arketype",
            "Archetype",
            "Arketyper",
            (F("characteristics", "Kjennetegn", "Characteristics", "list"),),
        ),
        KindSpec(
            "collaboration_model",
            "Samarbeidsmodell",
            "Samarbeidsmodell",
            "Collaboration model",
            "Samarbeidsmodeller",
            (
                F("actor_groups", "Aktørgrupper", "Actor groups", "list"),
                F("roles", "Roller", "Roles", "list"),
                F("phases", "Faser", "Phases", "list"),
                F("dynamics", "Dynamikk", "Dynamics", "multiline"),
                F("strengths", "Styrker", "Strengths", "list"),
                F("weaknesses", "Svakheter", "Weaknesses", "list"),
                F("suited_challenges", "Egner seg for", "Suited challenges", "list"),
            ),
        ),
        KindSpec(
            "indicator",
            "Indikator",
            "Indikator",
            "Indicator",
            "Indikatorer",
            (
                F("unit", "Enhet", "Unit", "text", required=True, max_length=100),
                F("definition", "Definisjon", "Definition", "multiline", required=True),
                F("data_source", "Datakilde", "Data source", "text", max_length=500),
                F("baseline", "Utgangsverdi", "Baseline", "text", max_length=200),
                F("target", "Målverdi", "Target", "text", max_length=200),
                F(
                    "frequency",
                    "Hyppighet",
                    "Frequency",
                    "choice",
                    choices=("monthly", "quarterly", "yearly", "once"),
                ),
            ),
        ),
        KindSpec(
            "criterion",
            "Kriterium",
            "Kriterium",
            "Criterion",
            "Kriterier",
            (
                F("award", "Pris", "Award", "text", max_length=200),
                F(
                    "weight",
                    "Vekt (%)",
                    "Weight (%)",
                    "number",
                    required=True,
                    minimum=0,
                    maximum=100,
                ),
                F("evidence_requested", "Dokumentasjon som kreves", "Evidence asked for", "list"),
            ),
        ),
        KindSpec(
            "question",
            "Problemstilling",
            "Problemstilling",
            "Research question",
            "Problemstillinger",
            (F("project", "Prosjekt", "Project", "text", max_length=300),),
        ),
        KindSpec(
            "source",
            "Kilde",
            "Kjelde",
            "Source",
            "Kilder",
            (
                F("authors", "Forfattere", "Authors", "list"),
                F("year", "År", "Year", "number", minimum=1800, maximum=2100),
                F("publisher", "Utgiver", "Publisher", "text", max_length=300),
                F(
                    "source_type",
                    "Type",
                    "Type",
                    "choice",
                    choices=("report", "article", "book", "tender", "web", "other"),
                ),
                F("url", "Nettadresse", "URL", "url", max_length=1000),
            ),
        ),
    )
}


@dataclass(frozen=True)
class RelationSpec:
    """A typed relation and the kinds it may join."""

    name: str
    label_nb: str
    label_en: str
    inverse_nb: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]

    def label(self, lang: str = "nb") -> str:
        """Return the relation's name in a language (nynorsk from RELATION_LABELS_NN)."""
        if lang == "nn":
            return RELATION_LABELS_NN.get(self.name, self.label_nb)
        return self.label_en if lang == "en" else self.label_nb

    def allows(self, source_kind: str, target_kind: str) -> bool:
        """Tell whether this relation may join the two kinds."""
        return source_kind in self.sources and target_kind in self.targets


ALL = tuple(KINDS)
RELATIONS: dict[str, RelationSpec] = {
    r.name: r
    for r in (
        RelationSpec(
            "addresses",
            "adresserer",
            "addresses",
            "adresseres av",
            ("measure",),
            ("barrier", "question"),
        ),
        RelationSpec(
            "measures",
            "måler",
            "measures",
            "måles av",
            ("indicator",),
            ("measure", "criterion", "collaboration_model"),
        ),
        RelationSpec(
            "illustrates",
            "illustrerer",
            "illustrates",
            "illustreres av",
            ("example",),
            ("collaboration_model", "measure", "archetype", "barrier"),
        ),
        RelationSpec(
            "supports",
            "støtter",
            "supports",
            "støttes av",
            ("finding",),
            ("criterion", "measure", "question", "finding"),
        ),
        RelationSpec(
            "answers", "besvarer", "answers", "besvares av", ("finding", "measure"), ("question",)
        ),
        RelationSpec(
            "instance_of",
            "er et tilfelle av",
            "is an instance of",
            "har tilfeller",
            ("example",),
            ("archetype",),
        ),
        RelationSpec(
            "related", "henger sammen med", "is related to", "henger sammen med", ALL, ALL
        ),
    )
}

RELATION_LABELS_NN: dict[str, str] = {
    "addresses": "tek for seg",
    "measures": "måler",
    "illustrates": "illustrerer",
    "supports": "støttar",
    "answers": "svarar på",
    "instance_of": "er eit tilfelle av",
    "related": "heng saman med",
}

# Nynorsk field labels (FieldSpec keeps bokmål and English; a field name means the same
# thing in every kind that has it).
FIELD_LABELS_NN: dict[str, str] = {
    "evidence": "Kunnskapsgrunnlag",
    "context": "Kontekst",
    "level": "Nivå",
    "affected": "Kven blir ramma",
    "actors": "Aktørar",
    "timeframe": "Tidsramme",
    "municipality": "Kommune",
    "county": "Fylke",
    "year": "År",
    "lessons": "Lærdomar",
    "characteristics": "Kjenneteikn",
    "actor_groups": "Aktørgrupper",
    "roles": "Roller",
    "phases": "Fasar",
    "dynamics": "Dynamikk",
    "strengths": "Styrkar",
    "weaknesses": "Veikskapar",
    "suited_challenges": "Eignar seg for",
    "unit": "Eining",
    "definition": "Definisjon",
    "data_source": "Datakjelde",
    "baseline": "Utgangsverdi",
    "target": "Målverdi",
    "frequency": "Frekvens",
    "award": "Pris",
    "weight": "Vekt (%)",
    "evidence_requested": "Dokumentasjon som krevst",
    "project": "Prosjekt",
    "authors": "Forfattarar",
    "publisher": "Utgjevar",
    "source_type": "Type",
    "url": "Nettadresse",
}

# What a stored choice value (and a status) is called, (nb, nn, en): shown wherever a user
# sees the value (forms, lists, filters, exports, the command line's human output).
CHOICE_LABELS: dict[str, tuple[str, str, str]] = {
    # evidence of a finding
    "research": ("Forskning", "Forsking", "Research"),
    "practice": ("Praksis", "Praksis", "Practice"),
    "evaluation": ("Evaluering", "Evaluering", "Evaluation"),
    "tender": ("Utlysning", "Utlysing", "Tender"),
    # level of a barrier or measure
    "municipal": ("Kommunalt", "Kommunalt", "Municipal"),
    "regional": ("Regionalt", "Regionalt", "Regional"),
    "national": ("Nasjonalt", "Nasjonalt", "National"),
    "business": ("Næringslivet", "Næringslivet", "Business"),
    # frequency of an indicator
    "monthly": ("Månedlig", "Månadleg", "Monthly"),
    "quarterly": ("Kvartalsvis", "Kvartalsvis", "Quarterly"),
    "yearly": ("Årlig", "Årleg", "Yearly"),
    "once": ("Én gang", "Éin gong", "Once"),
    # type of a source
    "report": ("Rapport", "Rapport", "Report"),
    "article": ("Artikkel", "Artikkel", "Article"),
    "book": ("Bok", "Bok", "Book"),
    "web": ("Nettside", "Nettside", "Web page"),
    "other": ("Annet", "Anna", "Other"),
    # statuses
    "draft": ("Utkast", "Utkast", "Draft"),
    "in_review": ("Til vurdering", "Til vurdering", "In review"),
    "approved": ("Godkjent", "Godkjend", "Approved"),
    "retired": ("Utfaset", "Utfasa", "Retired"),
}

def choice_label(value: str, lang: str = "nb") -> str:
    """Return how a stored choice value or status reads in a language («national» → «Nasjonalt»)."""
    row = CHOICE_LABELS.get(value)
    if row is None:
        return value
    return row[{"nn": 1, "en": 2}.get(lang, 0)]


def audience_name(code: str, lang: str = "nb") -> str:
    """Return an audience's name in a language (bokmål for any other language)."""
    names = AUDIENCES.get(code)
    return names.get(lang, names["nb"]) if names else code


_URL_RE = re.compile(r"^(https?://|mailto:)\S+$", re.IGNORECASE)


def kind_spec(kind: str) -> KindSpec:
    """Return the spec of a kind, or raise KeyError with a clear message."""
    try:
        return KINDS[kind]
    except KeyError:
        raise KeyError(f"unknown item kind {kind!r}") from None


def validate_field(spec: FieldSpec, value: Any) -> str | None:  # noqa: PLR0911 - one per type
    """Return a problem with one field value, or None when it is fine."""
    empty = value is None or value in ("", [])
    if empty:
        return tr("required") if spec.required else None
    if spec.type == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return tr("must be a number")
        if spec.minimum is not None and value < spec.minimum:
            return tr("must be at least {minimum}", minimum=f"{spec.minimum:g}")
        if spec.maximum is not None and value > spec.maximum:
            return tr("must be at most {maximum}", maximum=f"{spec.maximum:g}")
        return None
    if spec.type == "list":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return tr("must be a list of texts")
        if any(len(v) > spec.max_length for v in value):
            return tr("an entry is longer than {n} characters", n=spec.max_length)
        return None
    if not isinstance(value, str):
        return tr("must be text")
    if len(value) > spec.max_length and spec.type != "multiline":
        return tr("is longer than {n} characters", n=spec.max_length)
    if spec.type == "choice" and value not in spec.choices:
        return one_of(spec.choices)
    if spec.type == "url" and not _URL_RE.match(value):
        return tr("must be an http, https or mailto address")
    return None


def validate_item_values(
    kind: str, title: str, fields: dict[str, Any], *, language: str = "nb", status: str = "draft"
) -> list[tuple[str, str]]:
    """Return (field, problem) pairs for an item's values; empty when valid."""
    problems: list[tuple[str, str]] = []
    if kind not in KINDS:
        return [("kind", tr("unknown item kind {kind}", kind=repr(kind)))]
    if not title or not title.strip():
        problems.append(("title", tr("required")))
    elif len(title) > 500:
        problems.append(("title", tr("is longer than {n} characters", n=500)))
    if language not in LANGUAGES:
        problems.append(("language", one_of(LANGUAGES)))
    if status not in STATUSES:
        problems.append(("status", one_of(STATUSES)))
    spec = KINDS[kind]
    for fs in spec.fields:
        problem = validate_field(fs, fields.get(fs.name))
        if problem:
            problems.append((f"fields.{fs.name}", problem))
    for name in fields:
        if spec.field(name) is None:
            problems.append((f"fields.{name}", tr("is not a field of kind {kind}", kind=kind)))
    return problems


def relation_problem(
    relation_type: str,
    source_kind: str,
    target_kind: str,
    *,
    source_id: str = "",
    target_id: str = "",
) -> str | None:
    """Return why a relation may not join two items, or None when it may.

    The ids, when given, refuse an item relating to itself.
    """
    if source_id and source_id == target_id:
        return tr("an item cannot relate to itself")
    spec = RELATIONS.get(relation_type)
    if spec is None:
        return tr("unknown relation type {relation}", relation=repr(relation_type))
    if not spec.allows(source_kind, target_kind):
        return tr(
            "a {source} cannot «{relation}» a {target}",
            source=source_kind,
            relation=relation_type,
            target=target_kind,
        )
    return None
