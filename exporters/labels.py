"""Every label the exports print, in bokmål (nb), nynorsk (nn) and English (en)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from content.items.kinds import AUDIENCES, KINDS

if TYPE_CHECKING:
    from datetime import date

LANGS = ("nb", "nn", "en")

# key -> (nb, nn, en)
LABELS: dict[str, tuple[str, str, str]] = {
    "page_x_of_y": ("Side {page} av {total}", "Side {page} av {total}", "Page {page} of {total}"),
    "page_x_of": ("Side {page} av ", "Side {page} av ", "Page {page} of "),
    "contents": ("Innhold", "Innhald", "Contents"),
    "objectives": ("Læringsmål", "Læringsmål", "Learning objectives"),
    "sources": ("Kilder", "Kjelder", "Sources"),
    "notes": ("Notater", "Notat", "Notes"),
    "exercise": ("Øvelse", "Øving", "Exercise"),
    "reflection": ("Refleksjon", "Refleksjon", "Reflection"),
    "group_task": ("Gruppeoppgave", "Gruppeoppgåve", "Group task"),
    "case_discussion": ("Casediskusjon", "Casediskusjon", "Case discussion"),
    "trainer_note": ("Til treneren", "Til trenaren", "For the trainer"),
    "agenda": ("Agenda", "Agenda", "Agenda"),
    "time": ("Tid", "Tid", "Time"),
    "activity": ("Aktivitet", "Aktivitet", "Activity"),
    "minutes": ("Min.", "Min.", "Min."),
    "running_total": ("Sum", "Sum", "Total"),
    "min_suffix": ("{n} min", "{n} min", "{n} min"),
    "session": ("Samling", "Samling", "Session"),
    "module": ("Modul", "Modul", "Module"),
    "section": ("Del", "Del", "Part"),
    "handbook": ("Deltakerhefte", "Deltakarhefte", "Participant handbook"),
    "trainer_guide": ("Trenerveiledning", "Trenarrettleiing", "Trainer guide"),
    "programme": ("Program", "Program", "Programme"),
    "audiences": ("Målgrupper", "Målgrupper", "Audiences"),
    "edition": ("Utgave", "Utgåve", "Edition"),
    "date": ("Dato", "Dato", "Date"),
    "duration": ("Varighet", "Varigheit", "Duration"),
    "image_missing": ("Bildet mangler", "Biletet manglar", "Image missing"),
    "image_broken": ("Bildet kan ikke vises", "Biletet kan ikkje visast", "Image cannot be shown"),
    "untitled": ("(uten tittel)", "(utan tittel)", "(untitled)"),
    "missing_glyphs": (
        "«{where}»: tegnene {chars} finnes ikke i skriften og vises som �",
        "«{where}»: teikna {chars} finst ikkje i skrifta og blir viste som �",
        "«{where}»: the characters {chars} are not in the font and print as �",
    ),
    "content_error": (
        "Innholdet kunne ikke vises",
        "Innhaldet kunne ikkje visast",
        "Content could not be shown",
    ),
    "item_missing": ("Elementet mangler", "Elementet manglar", "Item missing"),
    "table_columns": (
        "Kolonne {a}–{b} av {n}",
        "Kolonne {a}–{b} av {n}",
        "Columns {a}–{b} of {n}",
    ),
    "footnotes": ("Fotnoter", "Fotnotar", "Footnotes"),
    # the HTML export
    "skip_to_content": ("Hopp til innholdet", "Hopp til innhaldet", "Skip to content"),
    "table": ("Tabell", "Tabell", "Table"),
    "note_lines": ("Linjer til notater", "Linjer til notat", "Lines for notes"),
    "page_abbr": ("s.", "s.", "p."),
    # KS products
    "criteria_sheet": ("Vurderingsskjema", "Vurderingsskjema", "Scoring sheet"),
    "criterion": ("Kriterium", "Kriterium", "Criterion"),
    "weight": ("Vekt", "Vekt", "Weight"),
    "evidence": ("Dokumentasjon", "Dokumentasjon", "Evidence"),
    "score": ("Poeng (0–5)", "Poeng (0–5)", "Score (0–5)"),
    "weighted": ("Vektet", "Vekta", "Weighted"),
    "total": ("Totalt", "Totalt", "Total"),
    "comment": ("Kommentar", "Kommentar", "Comment"),
    "candidate": ("Kommune", "Kommune", "Municipality"),
    "assessor": ("Vurdert av", "Vurdert av", "Assessed by"),
    "models": ("Samarbeidsmodeller", "Samarbeidsmodellar", "Collaboration models"),
    "comparison": ("Sammenligning", "Samanlikning", "Comparison"),
    "examples": ("Eksempelsamling", "Dømesamling", "Example collection"),
    "theme": ("Tema", "Tema", "Theme"),
    "no_theme": ("Uten tema", "Utan tema", "No theme"),
    "indicators": ("Indikatorvedlegg", "Indikatorvedlegg", "Indicator appendix"),
    "indicator": ("Indikator", "Indikator", "Indicator"),
    "empty_criteria": (
        "Utvalget har ingen kriterier å lage vurderingsskjema av.",
        "Utvalet har ingen kriterium å lage vurderingsskjema av.",
        "The selection has no criteria to build a scoring sheet from.",
    ),
    "empty_models": (
        "Utvalget har ingen samarbeidsmodeller.",
        "Utvalet har ingen samarbeidsmodellar.",
        "The selection has no collaboration models.",
    ),
    "empty_examples": (
        "Utvalget har ingen eksempler.",
        "Utvalet har ingen døme.",
        "The selection has no examples.",
    ),
    "empty_indicators": (
        "Utvalget har ingen indikatorer.",
        "Utvalet har ingen indikatorar.",
        "The selection has no indicators.",
    ),
}

# Field labels the exports print (content.items.kinds has nb and en only).
FIELDS: dict[str, tuple[str, str, str]] = {
    "actor_groups": ("Aktørgrupper", "Aktørgrupper", "Actor groups"),
    "roles": ("Roller", "Roller", "Roles"),
    "phases": ("Faser", "Fasar", "Phases"),
    "dynamics": ("Dynamikk", "Dynamikk", "Dynamics"),
    "strengths": ("Styrker", "Styrkar", "Strengths"),
    "weaknesses": ("Svakheter", "Veikskapar", "Weaknesses"),
    "suited_challenges": ("Egner seg for", "Eignar seg for", "Suited challenges"),
    "unit": ("Enhet", "Eining", "Unit"),
    "definition": ("Definisjon", "Definisjon", "Definition"),
    "data_source": ("Datakilde", "Datakjelde", "Data source"),
    "baseline": ("Utgangsverdi", "Utgangsverdi", "Baseline"),
    "target": ("Målverdi", "Målverdi", "Target"),
    "frequency": ("Hyppighet", "Frekvens", "Frequency"),
    "municipality": ("Kommune", "Kommune", "Municipality"),
    "county": ("Fylke", "Fylke", "County"),
    "year": ("År", "År", "Year"),
    "lessons": ("Lærdommer", "Lærdomar", "Lessons"),
    "evidence_requested": ("Dokumentasjon som kreves", "Dokumentasjon som krevst", "Evidence"),
    "body": ("tekst", "tekst", "body"),
    "summary": ("sammendrag", "samandrag", "summary"),
    "title": ("tittel", "tittel", "title"),
    "text": ("tekst", "tekst", "text"),
}

FREQUENCIES: dict[str, tuple[str, str, str]] = {
    "monthly": ("månedlig", "månadleg", "monthly"),
    "quarterly": ("kvartalsvis", "kvartalsvis", "quarterly"),
    "yearly": ("årlig", "årleg", "yearly"),
    "once": ("én gang", "éin gong", "once"),
}


MONTHS: dict[str, tuple[str, ...]] = {
    "nb": (
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def format_date(value: date | None, lang: str = "nb") -> str:
    """Return a date as printed in the labels' language: «11. februar 2027», «11 February 2027».

    Nynorsk uses the bokmål month names (they are the same); other languages fall back to
    bokmål like every other label.
    """
    if value is None:
        return ""
    if lang == "en":
        return f"{value.day} {MONTHS['en'][value.month - 1]} {value.year}"
    return f"{value.day}. {MONTHS['nb'][value.month - 1]} {value.year}"


def _index(lang: str) -> int:
    """Return the column of a language (Northern Sami falls back to bokmål labels)."""
    return LANGS.index(lang) if lang in LANGS else 0


def label(key: str, lang: str = "nb", **values: object) -> str:
    """Return a label in a language, with {placeholders} filled in."""
    text = LABELS[key][_index(lang)]
    return text.format(**values) if values else text


def field_label(name: str, lang: str = "nb") -> str:
    """Return the label of an item field."""
    row = FIELDS.get(name)
    return row[_index(lang)] if row else name


def kind_label(kind: str, lang: str = "nb") -> str:
    """Return the display name of an item kind."""
    spec = KINDS.get(kind)
    return spec.label("nb" if lang not in LANGS else lang) if spec else kind


def audience_label(code: str, lang: str = "nb") -> str:
    """Return the display name of an audience code."""
    names = AUDIENCES.get(code)
    return names.get(lang, names["nb"]) if names else code


def frequency_label(code: str, lang: str = "nb") -> str:
    """Return the display name of an indicator frequency."""
    row = FREQUENCIES.get(code)
    return row[_index(lang)] if row else code


def exercise_label(kind: str, lang: str = "nb") -> str:
    """Return the display name of an exercise kind (or the generic «Exercise»)."""
    return (
        label(kind, lang)
        if kind in ("reflection", "group_task", "case_discussion")
        else (label("exercise", lang))
    )


def session_heading(title: str, number: int, lang: str = "nb") -> str:
    """Return «Samling 2: title», unless the title already starts with a session word.

    Titles are content, usually Norwegian («Samling 1: …»), so the words of every label
    language count: an English export must not print «Session 1: Samling 1: …».
    """
    if title.lower().startswith(tuple(word.lower() for word in LABELS["session"])):
        return title
    return f"{label('session', lang)} {number}: {title}"

# The review draft (exporters/review_pdf.py).
LABELS.update(
    {
        "review_watermark": ("UTKAST", "UTKAST", "DRAFT"),
        "review_title": ("Utkast til gjennomsyn", "Utkast til gjennomsyn", "Draft for review"),
        "review_help": (
            "Merk tekst, stryk over, sett inn eller legg igjen notater i en hvilken som helst "
            "PDF-leser, og send fila tilbake. Kommentarene blir lest inn i Kursverk og festet "
            "til de samme ordene.",
            "Merk tekst, stryk over, set inn eller legg att notat i kva PDF-lesar som helst, "
            "og send fila tilbake. Kommentarane blir lesne inn i Kursverk og festa til dei "
            "same orda.",
            "Highlight, strike out, insert or leave notes in any PDF reader and send the file "
            "back. The comments are read into Kursverk and attached to the same words.",
        ),
        "review_block_text": ("Tekst i modulen", "Tekst i modulen", "Module text"),
    }
)

# The review round report (exporters/round_report.py).
LABELS.update(
    {
        "round_report": ("Rapport fra gjennomgangsrunde", "Rapport frå gjennomgangsrunde",
                         "Review round report"),
        "round_target": ("Gjelder", "Gjeld", "Covers"),
        "round_due": ("Frist", "Frist", "Due"),
        "round_started": ("Startet", "Starta", "Started"),
        "round_closed": ("Avsluttet", "Avslutta", "Closed"),
        "round_open": ("Åpen", "Open", "Open"),
        "round_state": ("Status", "Status", "State"),
        "round_instructions": ("Instruksjoner", "Instruksjonar", "Instructions"),
        "round_reviewers": ("Fagfeller", "Fagfellar", "Reviewers"),
        "round_summary": ("Oppsummering", "Oppsummering", "Summary"),
        "round_comments": ("Kommentarer etter sted", "Kommentarar etter stad",
                           "Comments by place"),
        "round_changes": ("Endret siden runden startet", "Endra sidan runden starta",
                          "What changed since the round started"),
        "round_no_changes": ("Ingenting er endret siden runden startet.",
                             "Ingenting er endra sidan runden starta.",
                             "Nothing has changed since the round started."),
        "round_no_comments": ("Ingen kommentarer i denne runden.",
                              "Ingen kommentarar i denne runden.",
                              "No comments in this round."),
        "round_open_blocking": ("Åpne «må rettes»", "Opne «må rettes»", "Open «må rettes»"),
        "round_override": (
            "Avsluttet med {n} åpne «må rettes» (overstyrt av {who})",
            "Avslutta med {n} opne «må rettes» (overstyrt av {who})",
            "Closed with {n} open «må rettes» (overridden by {who})",
        ),
        "round_revisions": ("fra versjon {a} til {b}", "frå versjon {a} til {b}",
                            "from revision {a} to {b}"),
        "sum_open": ("Åpne", "Opne", "Open"),
        "etype_item": ("element", "element", "item"),
        "etype_module": ("modul", "modul", "module"),
        "etype_curriculum": ("studieplan", "studieplan", "curriculum"),
        "sum_resolved": ("Løste", "Løyste", "Resolved"),
        "reply": ("Svar", "Svar", "Reply"),
        "outcome": ("Utfall", "Utfall", "Outcome"),
        "outcome_resolved": ("løst", "løyst", "resolved"),
        "outcome_accepted": ("godtatt", "godteke", "accepted"),
        "outcome_rejected": ("avvist", "avvist", "rejected"),
        "round_deleted": ("slettet", "sletta", "deleted"),
        "round_whole": ("generelt", "generelt", "general"),
        "round_generated": ("Laget {when}", "Laga {when}", "Made {when}"),
        "round_comment_count": ("{n} kommentarer", "{n} kommentarar", "{n} comments"),
        "status_invited": ("invitert", "invitert", "invited"),
        "status_started": ("i gang", "i gang", "started"),
        "status_done": ("ferdig", "ferdig", "done"),
        "state_open": ("åpen", "open", "open"),
        "state_resolved": ("løst", "løyst", "resolved"),
        "ckind_kommentar": ("Kommentar", "Kommentar", "Comment"),
        "ckind_sporsmal": ("Spørsmål", "Spørsmål", "Question"),
        "ckind_endringsforslag": ("Endringsforslag", "Endringsforslag", "Suggestion"),
        "ckind_ma-rettes": ("Må rettes", "Må rettast", "Must fix"),
        "place_orphaned": ("uten plassering", "utan plassering", "orphaned"),
        "suggests": ("foreslår", "føreslår", "suggests"),
    }
)
