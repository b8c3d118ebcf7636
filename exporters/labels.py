"""Every label the exports print, in bokmål (nb), nynorsk (nn) and English (en)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from content.items.kinds import CHOICE_LABELS, KINDS, audience_name, choice_label
from content.words import long_date

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
    "handbook": ("Deltakerhåndbok", "Deltakarhandbok", "Participant handbook"),
    "trainer_guide": ("Trenerveiledning", "Trenarrettleiing", "Trainer guide"),
    "programme": ("Program", "Program", "Programme"),
    "audiences": ("Målgrupper", "Målgrupper", "Audiences"),
    "edition": ("Utgave", "Utgåve", "Edition"),
    "date": ("Dato", "Dato", "Date"),
    "duration": ("Varighet", "Varigheit", "Duration"),
    "image_missing": ("Bildet mangler", "Biletet manglar", "Image missing"),
    "image_broken": ("Bildet kan ikke vises", "Biletet kan ikkje visast", "Image cannot be shown"),
    "untitled": ("(uten tittel)", "(utan tittel)", "(untitled)"),
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

def format_date(value: date | None, lang: str = "nb") -> str:
    """Return a date as printed in the labels' language: «11. februar 2027», «11 February 2027».

    Nynorsk uses the bokmål month names (they are the same); other languages fall back to
    bokmål like every other label (content.words.long_date, the one home of the rule).
    """
    return long_date(value, lang)


def pdf_lang(lang: str) -> str:
    """Return the PDF /Lang value (BCP 47) for a content language."""
    return {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB", "se": "se-NO"}.get(lang, "nb-NO")


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
    return audience_name(code, lang)


def frequency_label(code: str, lang: str = "nb") -> str:
    """Return the display name of an indicator frequency."""
    return choice_label(code, lang).lower() if code in CHOICE_LABELS else code


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

# Warnings an export gives (shown by the CLI and the export dialog), in the export's language.
# key -> (nb, nn, en); str.format fields. The bokmål texts are those the exports always gave.
WARNINGS: dict[str, tuple[str, str, str]] = {
    "rtl_glyphs": (
        "«{where}»: høyre-til-venstre-skrift ({chars}) kan bare skrives ut i PDF/UA-utgaven "
        "og vises her som �",
        "«{where}»: høgre-til-venstre-skrift ({chars}) kan berre skrivast ut i PDF/UA-utgåva "
        "og blir vist her som �",
        "«{where}»: right-to-left script ({chars}) prints only in the PDF/UA export "
        "and shows here as �",
    ),
    "missing_glyphs": (
        "«{where}»: tegnene {chars} finnes ikke i skriften og vises som �",
        "«{where}»: teikna {chars} finst ikkje i skrifta og blir viste som �",
        "«{where}»: the characters {chars} are not in the font and print as �",
    ),
    # how a warning names the place it is about
    "field": ("{where}, felt {field}", "{where}, felt {field}", "{where}, field {field}"),
    "where_item": ("{kind} «{title}» (id {id})",) * 2 + ("{kind} «{title}» (id {id})",),
    "where_module": ("Modul «{title}» (id {id})",) * 2 + ("Module «{title}» (id {id})",),
    "where_export": ("Eksport «{title}» (id {id})",) * 2 + ("Export «{title}» (id {id})",),
    "where_text_block": ("Tekstblokk {id}", "Tekstblokk {id}", "Text block {id}"),
    "where_exercise": (
        "Øvelse «{title}» (id {id})",
        "Øving «{title}» (id {id})",
        "Exercise «{title}» (id {id})",
    ),
    "where_exercise_block": (
        "Øvelse «{title}» (blokk {id})",
        "Øving «{title}» (blokk {id})",
        "Exercise «{title}» (block {id})",
    ),
    "where_note": ("Trenernotat (id {id})", "Trenarnotat (id {id})", "Trainer note (id {id})"),
    "where_block": ("blokk {id} ({type})", "blokk {id} ({type})", "block {id} ({type})"),
    "block_ident": ("blokk {id}", "blokk {id}", "block {id}"),
    # what went wrong
    "block_problem": ("blokk {id}: {problem}", "blokk {id}: {problem}", "block {id}: {problem}"),
    "item_gone": ("elementet mangler", "elementet manglar", "the item is missing"),
    "unknown": ("ukjent", "ukjend", "unknown"),
    "source_missing": (
        "{where}, felt citations: kilden {source} finnes ikke",
        "{where}, felt citations: kjelda {source} finst ikkje",
        "{where}, field citations: the source {source} does not exist",
    ),
    "table_stacked": (
        "{where}: en tabellcelle er svært lang; tabellen vises rad for rad",
        "{where}: ei tabellcelle er svært lang; tabellen blir vist rad for rad",
        "{where}: a table cell is very long; the table is shown row by row",
    ),
    "image_problem": (
        "{where}: bilde «{name}»: {problem}",
        "{where}: bilete «{name}»: {problem}",
        "{where}: image «{name}»: {problem}",
    ),
    "image_not_found": ("finnes ikke", "finst ikkje", "not found"),
    "image_blocked": (
        "er ikke fra biblioteket",
        "er ikkje frå biblioteket",
        "not from the library",
    ),
    "image_too_large": ("for stort ({detail})", "for stort ({detail})", "too large ({detail})"),
    "image_pixels": ("{w}×{h} piksler", "{w}×{h} pikslar", "{w}×{h} pixels"),
    "image_damaged": (
        "ødelagt eller ufullstendig ({detail})",
        "øydelagt eller ufullstendig ({detail})",
        "damaged or incomplete ({detail})",
    ),
    "weight_sum": (
        "Kriteriene har samlet vekt {total} % (ikke 100 %)",
        "Kriteria har samla vekt {total} % (ikkje 100 %)",
        "The criteria weigh {total} % together (not 100 %)",
    ),
    "summary_cut": (
        "{where}, felt summary: {n} tegn er for langt for vurderingsskjemaet; "
        "teksten er forkortet til {limit} tegn",
        "{where}, felt summary: {n} teikn er for langt for vurderingsskjemaet; "
        "teksten er forkorta til {limit} teikn",
        "{where}, field summary: {n} characters are too long for the scoring sheet; "
        "the text is shortened to {limit} characters",
    ),
    "slides_cut": (
        "{where}: teksten er kuttet etter {limit} lysbilder (den trenger {n}); "
        "kort den ned eller vis den som sammendrag",
        "{where}: teksten er kutta etter {limit} lysbilete (han treng {n}); "
        "kort han ned eller vis han som samandrag",
        "{where}: the text is cut after {limit} slides (it needs {n}); "
        "shorten it or show it as a summary",
    ),
    "on_page": ("{what} på side {page}", "{what} på side {page}", "{what} on page {page}"),
    "cannot_place": (
        "{where}: kunne ikke settes på siden ({problem})",
        "{where}: kunne ikkje setjast på sida ({problem})",
        "{where}: could not be placed on the page ({problem})",
    ),
    "heading_lost": (
        "Overskriften «{title}» kom ikke med i teksten",
        "Overskrifta «{title}» kom ikkje med i teksten",
        "The heading «{title}» did not make it into the text",
    ),
    "slide_item_missing": (
        "{where}: et element mangler på lysbildene ({problem})",
        "{where}: eit element manglar på lysbileta ({problem})",
        "{where}: an item is missing from the slides ({problem})",
    ),
}


_MESSAGES = {"lang": ""}  # "": each export warns in its own label language


def set_message_language(lang: str) -> None:
    """Give every export warning in one language ("" = the export's label language).

    The command line speaks English in every run, so it asks for English warnings even when
    the file's labels are bokmål or nynorsk; the GUI leaves the export's language.
    """
    _MESSAGES["lang"] = lang if lang in LANGS else ""


def message_lang(lang: str) -> str:
    """Return the language a warning about an export in ``lang`` is given in."""
    return _MESSAGES["lang"] or lang


def warning(key: str, lang: str = "nb", **values: object) -> str:
    """Return an export warning in the export's language, with its {fields} filled in."""
    return WARNINGS[key][_index(message_lang(lang))].format(**values)
