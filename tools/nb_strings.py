"""Bokmål for the UI's English source strings; update_translations.py fills the .ts from it.

Keys are source texts; a (context, source) key overrides one context.
"""

from __future__ import annotations

NB: dict[str | tuple[str, str], str] = {
    # common
    "Cancel": "Avbryt", "Title": "Tittel", "Summary": "Sammendrag", "Language": "Språk",
    "Status": "Status", "Audiences": "Målgrupper", "Audiences:": "Målgrupper:", "Tags": "Stikkord",
    "Kind": "Type", "Item": "Element", "Module": "Modul", "Curriculum": "Studieplan",
    "Export": "Eksport", "Relation": "Relasjon", "Relations": "Relasjoner", "Source": "Kilde",
    "Loading…": "Laster …", "Warning": "Advarsel", "Error": "Feil", "Remove": "Fjern",
    "Add": "Legg til", "Up": "Opp", "Down": "Ned", "Text": "Tekst", "Exercise": "Øvelse",
    "Trainer note": "Kursledernotat", "Instructions": "Instruksjoner", " min": " min",
    "Minutes": "Minutter", "&Minutes:": "&Minutter:", "&Title:": "&Tittel:", "&Kind:": "&Type:",
    "Te&xt:": "Te&kst:", "Title:": "Tittel:", "Name:": "Navn:", "Note": "Merknad",
    "Revision history": "Revisjonshistorikk", "Revision": "Revisjon", "Preview": "Forhåndsvisning",
    "Insert image": "Sett inn bilde", "Insert image…": "Sett inn bilde …", "Kursverk": "Kursverk",
    "Open library": "Åpne bibliotek", "New library": "Nytt bibliotek", "Quit": "Avslutt",
    "Page or locator": "Side eller plassering", "Page or locator:": "Side eller plassering:",
    "Matching items": "Treff", "Cite a source": "Siter en kilde", "Section title:": "Seksjonstittel:",
    "Kursverk libraries (*.sqlite *.db);;All files (*)":
        "Kursverk-bibliotek (*.sqlite *.db);;Alle filer (*)",
    # library
    "Search the library (Ctrl+F)": "Søk i biblioteket (Ctrl+F)",
    "Search the library": "Søk i biblioteket", "Filter by kind": "Filtrer på type",
    "Filter by tag": "Filtrer på stikkord", "Filter by audience": "Filtrer på målgruppe",
    "Filter by status": "Filtrer på status", "Saved searches": "Lagrede søk",
    "Library items": "Elementer i biblioteket", "Number of items shown": "Antall viste elementer",
    "All kinds": "Alle typer", "All statuses": "Alle statuser", "All audiences": "Alle målgrupper",
    "All tags": "Alle stikkord", "%1 items shown": "%1 elementer vises",
    "Save current search…": "Lagre dette søket …", "Delete saved search": "Slett lagret søk",
    "Save search": "Lagre søk", "Changed": "Endret",
    # item editor
    "New item": "Nytt element", "Problem with %1": "Problem med %1",
    "Comma-separated, e.g. klima, næring": "Skilt med komma, f.eks. klima, næring",
    "Content": "Innhold", "Relations and sources": "Relasjoner og kilder", "History": "Historikk",
    "Item editor sections": "Deler av elementredigereren",
    "Text (Markdown) and preview:": "Tekst (Markdown) og forhåndsvisning:",
    "Text (Markdown)": "Tekst (Markdown)", "Relations to other items:": "Relasjoner til andre elementer:",
    "Cited sources:": "Siterte kilder:", "Citations": "Kildehenvisninger",
    "Add relation…": "Legg til relasjon …", "Remove relation": "Fjern relasjon",
    "Cite a source…": "Siter en kilde …", "Remove citation": "Fjern kildehenvisning",
    "Compare…": "Sammenlign …", "Restore this revision": "Gjenopprett denne revisjonen",
    "Load the newer version": "Hent den nyere versjonen",
    "Save my text over it": "Lagre min tekst over den",
    "When": "Når", "Who": "Hvem", "What": "Hva",
    "Select two revisions to compare them, or one to compare it with the current text.":
        "Velg to revisjoner for å sammenligne dem, eller én for å sammenligne den med "
        "teksten nå.",
    "Save status": "Lagringsstatus", "Saved (revision %1)": "Lagret (revisjon %1)",
    "Not saved: fix the marked fields": "Ikke lagret: rett feltene som er merket",
    "Changed…": "Endret …", "Saving…": "Lagrer …",
    "This item was changed elsewhere after you opened it, so your edit was not saved. Your "
    "text is still here. Load the newer version (your edits are replaced), or save your text "
    "over it.":
        "Elementet ble endret et annet sted etter at du åpnet det, så endringen din ble ikke "
        "lagret. Teksten din er her fortsatt. Hent den nyere versjonen (endringene dine "
        "erstattes), eller lagre teksten din over den.",
    "Not saved: changed elsewhere": "Ikke lagret: endret et annet sted", "Not saved": "Ikke lagret",
    "Images (*.png *.jpg *.jpeg *.gif *.webp)": "Bilder (*.png *.jpg *.jpeg *.gif *.webp)",
    "Restore a revision": "Gjenopprett en revisjon",
    "Select the one revision to restore.": "Velg den ene revisjonen som skal gjenopprettes.",
    # pickers
    "Insert item": "Sett inn element", "&Find an item by title:": "&Finn et element på tittel:",
    "Item title search": "Søk etter tittel", "Type part of a title…": "Skriv en del av tittelen …",
    "Insert": "Sett inn", "Relation:": "Relasjon:", "Find:": "Finn:",
    "Add a relation": "Legg til en relasjon", "Relation type": "Relasjonstype",
    "Find an item": "Finn et element", "Type to search": "Skriv for å søke",
    # main window
    "Kursverk — %1": "Kursverk — %1", "&File": "&Fil", "&Edit": "&Rediger", "&View": "&Vis",
    "&Help": "&Hjelp", "New item of kind": "Nytt element av typen",
    "Recent libraries": "Nylig brukte bibliotek", "&New item": "&Nytt element",
    "New &module": "Ny &modul", "New &curriculum": "Ny &studieplan",
    "&Open library file…": "Å&pne biblioteksfil …", "New library file…": "Ny biblioteksfil …",
    "Open database &URL…": "Åpne database-&URL …", "&Import bundle…": "&Importer pakke …",
    "Export &bundle…": "Eksporter &pakke …", "&Export handbook, slides…":
        "&Eksporter håndbok, lysbilder …",
    "&Close tab": "&Lukk fane", "&Quit": "&Avslutt", "&Find in library": "&Finn i biblioteket",
    "&Retire item…": "&Utfas element …", "&Delete item…": "&Slett element …",
    "&Settings…": "&Innstillinger …", "&Library": "&Bibliotek", "Next tab": "Neste fane",
    "Previous tab": "Forrige fane", "Go to navigator": "Gå til navigatoren",
    "Show navigator": "Vis navigator", "Show inspector": "Vis detaljpanel",
    "Keyboard shortcuts": "Hurtigtaster", "&About Kursverk": "&Om Kursverk",
    "Navigator": "Navigator", "Inspector": "Detaljer", "Toolbar": "Verktøylinje",
    "Library": "Bibliotek", "Open editors": "Åpne redigerere", "Where used": "Brukt i",
    "Inspected item": "Valgt element",
    "Select an item to see its relations, where it is used and its history.":
        "Velg et element for å se relasjonene, hvor det er brukt og historikken.",
    "Undo: %1": "Angre: %1", "Undo": "Angre", "Redo: %1": "Gjør om: %1", "Redo": "Gjør om",
    "Library (%1)": "Bibliotek (%1)", "Modules (%1)": "Moduler (%1)",
    "Curricula (%1)": "Studieplaner (%1)", "Not used anywhere yet": "Ikke brukt noe sted ennå",
    "This editor is not available yet.": "Denne redigereren er ikke tilgjengelig ennå.",
    "Select an item first.": "Velg et element først.", "Retire this item?": "Utfase elementet?",
    "Delete this item?": "Slette elementet?", "New module": "Ny modul", "Part 1": "Del 1",
    "New curriculum": "Ny studieplan",
    "Open a module or a curriculum first, then export it.":
        "Åpne en modul eller en studieplan først, og eksporter den.",
    "Export is not available yet.": "Eksport er ikke tilgjengelig ennå.",
    "About Kursverk": "Om Kursverk",
    "Kursverk — authoring learning programmes for the municipal sector, offline.":
        "Kursverk — lag opplæringsprogrammer for kommunesektoren, uten nett.",
    "Kursverk libraries (*.sqlite)": "Kursverk-bibliotek (*.sqlite)",
    "Open database URL": "Åpne database-URL",
    "Database URL (e.g. postgresql+psycopg://user@server/kursverk):":
        "Database-URL (f.eks. postgresql+psycopg://bruker@tjener/kursverk):",
    "(none)": "(ingen)", "Import bundle": "Importer pakke",
    "Kursverk bundles (*.kvb *.zip)": "Kursverk-pakker (*.kvb *.zip)",
    "Export bundle": "Eksporter pakke", "Kursverk bundles (*.kvb)": "Kursverk-pakker (*.kvb)",
    "Importing bundle…": "Importerer pakke …", "Exporting bundle…": "Eksporterer pakke …",
    "Done: %1": "Ferdig: %1",
    # revision diff
    "Compare revisions": "Sammenlign revisjoner", "Revision %1 → revision %2":
        "Revisjon %1 → revisjon %2", "Inline": "I teksten", "Side by side": "Side om side",
    "How to show the differences": "Hvordan forskjellene vises", "Differences": "Forskjeller",
    "Revision %1": "Revisjon %1", "Compared revisions": "Sammenlignede revisjoner",
    "The two revisions have the same content.": "De to revisjonene har samme innhold.",
    # settings
    "Settings": "Innstillinger", "&Language of the program:": "&Språk i programmet:",
    "&Your name (shown in the history):": "&Navnet ditt (vises i historikken):",
    "Language of the program": "Språk i programmet", "Your name": "Navnet ditt",
    "The language of exported documents is chosen when you export.":
        "Språket i eksporterte dokumenter velger du når du eksporterer.",
    # app
    "Cannot open the library": "Kan ikke åpne biblioteket",
    "Kursverk could not open the library\n%1": "Kursverk kunne ikke åpne biblioteket\n%1",
    "The file may be damaged, or written by a newer version of Kursverk. It has not been "
    "changed.\n\nDetails: %1":
        "Filen kan være skadet, eller skrevet av en nyere versjon av Kursverk. Den er ikke "
        "endret.\n\nDetaljer: %1",
    "Open another library…": "Åpne et annet bibliotek …",
    "Create a new library…": "Lag et nytt bibliotek …",
    # commands (menu labels: «Angre: Flytt blokk»)
    "Add blocks": "Legg til blokker", "Add citation": "Legg til kildehenvisning",
    "Add modules": "Legg til moduler", "Add relation": "Legg til relasjon",
    "Add section": "Legg til seksjon", "Add session": "Legg til samling",
    "Create curriculum": "Opprett studieplan", "Create item": "Opprett element",
    "Create module": "Opprett modul", "Delete curriculum": "Slett studieplan",
    "Delete item": "Slett element", "Delete module": "Slett modul", "Edit": "Rediger",
    "Edit block": "Rediger blokk", "Edit curriculum": "Rediger studieplan",
    "Edit item": "Rediger element", "Edit module": "Rediger modul",
    "Edit session": "Rediger samling", "Move block": "Flytt blokk", "Move module": "Flytt modul",
    "Move section": "Flytt seksjon", "Move session": "Flytt samling",
    "Remove block": "Fjern blokk", "Remove module": "Fjern modul",
    "Remove section": "Fjern seksjon", "Remove session": "Fjern samling",
    "Rename section": "Gi seksjonen nytt navn", "Restore curriculum": "Gjenopprett studieplan",
    "Restore item": "Gjenopprett element", "Restore module": "Gjenopprett modul",
    "Restore revision": "Gjenopprett revisjon", "Retire item": "Utfas element",
    "Set status": "Sett status", "Set tags": "Sett stikkord", "Undo %1": "Angre %1",
    "Update block": "Oppdater blokk", "Pin block": "Fest blokk",
    # ops, status, validation
    "Changed elsewhere": "Endret et annet sted",
    "Could not complete the action": "Handlingen kunne ikke fullføres",
    "Draft": "Utkast", "In review": "Til vurdering", "Approved": "Godkjent", "Retired": "Utfaset",
    "Required": "Må fylles ut", "Must be a number": "Må være et tall",
    "Must be at least %1": "Må være minst %1", "Must be at most %1": "Må være høyst %1",
    "Longer than %1 characters": "Lengre enn %1 tegn",
    "An entry is longer than %1 characters": "En linje er lengre enn %1 tegn",
    "Must be one of %1": "Må være en av %1",
    "Must be an http, https or mailto address": "Må være en http-, https- eller mailto-adresse",
    "Must be a list of texts": "Må være en liste med tekster", "Must be text": "Må være tekst",
    # composer, curriculum, validation panels (the other GUI engineer's strings)
    "Audience: %1": "Målgruppe: %1", "Select a block to see its options.":
        "Velg en blokk for å se valgene.", "Selected block": "Valgt blokk", "Version": "Versjon",
    "Update…": "Oppdater …", "Update to the latest revision": "Oppdater til nyeste revisjon",
    "&Version:": "&Versjon:", "Shown as": "Vises som", "Full text": "Full tekst",
    "Title only": "Bare tittel", "&Shown as:": "&Vises som:", "Block title": "Blokktittel",
    "Exercise kind": "Øvelsestype", "Block text": "Blokktekst",
    "Trainer only (left out of participant outputs)":
        "Bare for kursleder (utelates fra deltakermateriell)",
    "Trainer only": "Bare for kursleder", "Text block": "Tekstblokk",
    "Live (always the latest revision)": "Levende (alltid nyeste revisjon)",
    "Pinned to revision %1": "Festet til revisjon %1",
    "Update to revision %1…": "Oppdater til revisjon %1 …",
    "Old version": "Gammel versjon", "New version": "Ny versjon", "Before": "Før",
    "After": "Etter", "sum of blocks": "summen av blokkene", "Module title": "Modultittel",
    "Module code": "Modulkode", "Duration in minutes": "Varighet i minutter", "&Code:": "&Kode:",
    "&Duration:": "&Varighet:", "&Objectives:": "&Læringsmål:", "Outline tools": "Disposisjonsverktøy",
    "Module outline": "Moduldisposisjon", "Module minutes": "Modulens minutter",
    "Insert item…": "Sett inn element …", "Add text": "Legg til tekst",
    "Add exercise…": "Legg til øvelse …", "Add trainer note": "Legg til kursledernotat",
    "Move up": "Flytt opp", "Move down": "Flytt ned", "Move to section…": "Flytt til seksjon …",
    "This module cannot be shown: %1": "Modulen kan ikke vises: %1",
    "This module is deleted; restore it to edit it.":
        "Modulen er slettet; gjenopprett den for å redigere den.",
    "%1 blocks · %2 min in blocks": "%1 blokker · %2 min i blokkene",
    " · module duration %1 min": " · modulens varighet %1 min",
    " (differs by %1 min)": " (avvik %1 min)", "Move to section": "Flytt til seksjon",
    "Move the block to:": "Flytt blokken til:",
    "Remove the section «%1» and its %2 blocks?": "Fjerne seksjonen «%1» og de %2 blokkene?",
    "Update «%1»": "Oppdater «%1»",
    "This block shows revision %1. Revision %2 is the latest. Compare them and accept to show "
    "the latest in this module.":
        "Blokken viser revisjon %1. Revisjon %2 er den nyeste. Sammenlign dem, og godta for å "
        "vise den nyeste i denne modulen.",
    "Update to revision %1": "Oppdater til revisjon %1", "Pinned: revision %1":
        "Festet: revisjon %1", "Latest: revision %1": "Nyeste: revisjon %1",
    "Add text block": "Legg til tekstblokk", "Add exercise": "Legg til øvelse",
    "&Instructions:": "&Instruksjoner:", "Learning objectives": "Læringsmål",
    "%1 objective": "%1 læringsmål", "Min.": "Min.", "(untitled section)": "(seksjon uten tittel)",
    "Section %1": "Seksjon %1",
    "Pinned to revision %1; revision %2 is the latest.":
        "Festet til revisjon %1; revisjon %2 er den nyeste.",
    "(missing item)": "(elementet mangler)", "(no title)": "(uten tittel)",
    "update available": "oppdatering finnes", "deleted": "slettet", "retired": "utfaset",
    "trainer only": "bare kursleder", "full": "full", "summary": "sammendrag",
    "title only": "bare tittel", "pinned r%1": "festet r%1", "live": "levende",
    "Validation summary": "Sammendrag av kontrollen", "Validation report": "Kontrollrapport",
    "Each line opens the item or module at fault (click or Enter).":
        "Hver linje åpner elementet eller modulen med feil (klikk eller Enter).",
    "The check could not run: %1": "Kontrollen kunne ikke kjøres: %1",
    "No problems found.": "Ingen problemer funnet.",
    "%1 errors, %2 warnings — click a line to open it.":
        "%1 feil, %2 advarsler — klikk på en linje for å åpne den.",
    "Open %1": "Åpne %1", "Reflection question": "Refleksjonsspørsmål",
    "Group task": "Gruppeoppgave", "Case discussion": "Casediskusjon",
    ("BlockOptionsPanel", "Summary"): "Sammendrag",
    "Close": "Lukk", "OK": "OK",
    # curriculum builder, export dialog, impact preview (the other GUI engineer's strings)
    "no date": "ingen dato", "Curriculum title": "Tittel på studieplanen",
    "Programme": "Program", "Edition": "Utgave", "Edition date": "Utgavedato",
    "&Edition:": "&Utgave:", "Edition &date:": "Utgave&dato:", "&Programme:": "&Program:",
    "&Modules (drag into a session, or Enter to add):":
        "&Moduler (dra inn i en samling, eller Enter for å legge til):",
    "Filter modules…": "Filtrer moduler …", "Filter modules": "Filtrer moduler",
    "Modules": "Moduler", "&Add to session": "&Legg til i samlingen",
    "Add the selected modules to the session": "Legg de valgte modulene til i samlingen",
    "Session tools": "Samlingsverktøy", "Sessions and their modules": "Samlinger og moduler",
    "Curriculum minutes": "Studieplanens minutter", "Move to session…": "Flytt til samling …",
    "no start time": "ingen starttid", "Session &title:": "&Tittel på samlingen:",
    "Session title": "Tittel på samlingen", "Session d&ate:": "&Dato for samlingen:",
    "Session date": "Dato for samlingen", "&Starts at:": "&Starter kl.:",
    "Session start time": "Starttid for samlingen",
    "This curriculum cannot be shown: %1": "Studieplanen kan ikke vises: %1",
    "This curriculum is deleted; restore it to edit it.":
        "Studieplanen er slettet; gjenopprett den for å redigere den.",
    "Total %1 min (%2 h %3 min)": "Totalt %1 min (%2 t %3 min)",
    "Add a session to start.": "Legg til en samling for å begynne.",
    "<b>Session %1</b>": "<b>Samling %1</b>", "(deleted module)": "(slettet modul)",
    "%1 min in this session": "%1 min i denne samlingen", "Session title:": "Tittel på samlingen:",
    ("CurriculumEditorPanel", "Session %1"): "Samling %1",
    ("SessionsModel", "Session %1"): "Samling %1", ("ExportDialog", "Session %1"): "Samling %1",
    "Add a session first.": "Legg til en samling først.", "Move to session": "Flytt til samling",
    "Move the module to:": "Flytt modulen til:",
    "Remove the session «%1» with its %2 modules?": "Fjerne samlingen «%1» med de %2 modulene?",
    "What to export": "Hva som skal eksporteres", "&What:": "&Hva:", "Profile": "Profil",
    "Participant (no trainer notes)": "Deltaker (uten kursledernotater)",
    "Trainer (with trainer notes)": "Kursleder (med kursledernotater)", "&Profile:": "&Profil:",
    "Label language": "Språk i overskrifter", "Norwegian bokmål": "Norsk bokmål",
    "Norwegian nynorsk": "Norsk nynorsk", "English": "Engelsk", "&Language:": "&Språk:",
    "Handout slides per page": "Lysbilder per side i utdelingsarket",
    "3 slides per page, with lines for notes": "3 lysbilder per side, med linjer til notater",
    "6 slides per page": "6 lysbilder per side", "&Handout:": "&Utdelingsark:",
    "&Folder:": "&Mappe:", "Output folder": "Mappe for filene", "C&hoose…": "&Velg …",
    "Choose output folder": "Velg mappe for filene", "Formats": "Formater",
    "Participant handbook (PDF)": "Deltakerhåndbok (PDF)",
    "Trainer guide (PDF)": "Kursledermanual (PDF)", "Slides (16:9 PDF)": "Lysbilder (16:9 PDF)",
    "Handout (PDF)": "Utdelingsark (PDF)", "PowerPoint (PPTX)": "PowerPoint (PPTX)",
    "Award criteria scoring sheet (PDF)": "Poengskjema for priskriterier (PDF)",
    "Collaboration model cards (PDF)": "Kort med samarbeidsmodeller (PDF)",
    "Example collection (PDF)": "Eksempelsamling (PDF)",
    "Indicator appendix (PDF)": "Indikatorvedlegg (PDF)",
    "Choose the formats and press Export.": "Velg formater og trykk Eksporter.",
    "Export status": "Eksportstatus", "Export progress": "Eksportfremdrift",
    "Exported files": "Eksporterte filer", "&Files:": "&Filer:",
    "Export warnings": "Advarsler fra eksporten",
    "W&arnings (double-click or Enter opens the item):":
        "&Advarsler (dobbeltklikk eller Enter åpner elementet):",
    "Open &file": "Åpne &fil", "Open f&older": "Åpne &mappe", "&Export": "&Eksporter",
    "Open the exported file": "Åpne den eksporterte filen",
    "Open the folder of the exported file": "Åpne mappen med den eksporterte filen",
    "Cancel or close": "Avbryt eller lukk", "Module: %1": "Modul: %1",
    "Whole curriculum: %1": "Hele studieplanen: %1", "%1 — unavailable": "%1 — ikke tilgjengelig",
    "Some formats are unavailable (hover for the reason).":
        "Noen formater er ikke tilgjengelige (hold musepekeren over for å se hvorfor).",
    "Export to folder": "Eksporter til mappe", "Choose a folder to export to.":
        "Velg en mappe å eksportere til.", "Collecting the content…": "Samler innholdet …",
    "Could not collect the content: %1": "Kunne ikke samle innholdet: %1",
    "Exporting %1…": "Eksporterer %1 …",
    "The export was written but not recorded: %1": "Eksporten ble skrevet, men ikke registrert: %1",
    ", %1 pages": ", %1 sider", "Double-click or press Enter to open it":
        "Dobbeltklikk eller trykk Enter for å åpne",
    "exporter unavailable (%1)": "eksporten er ikke tilgjengelig (%1)",
    "%1 failed: %2": "%1 mislyktes: %2",
    "Cancelled. No unfinished file was left behind.":
        "Avbrutt. Ingen uferdig fil ble liggende igjen.",
    "Done: %1 files written, %2 problems, %3 warnings.":
        "Ferdig: %1 filer skrevet, %2 problemer, %3 advarsler.",
    "Cancelling…": "Avbryter …", "Delete": "Slett", "Retire": "Utfas",
    "Delete «%1»?": "Slette «%1»?", "Retire «%1»?": "Utfase «%1»?",
    "Where the item is used": "Hvor elementet er brukt", "Used in": "Brukt i", "Where": "Hvor",
    "%1 anyway": "%1 likevel",
    "It is used in %1 modules, %2 curricula and %3 exports, and by %4 items.":
        "Det er brukt i %1 moduler, %2 studieplaner og %3 eksporter, og av %4 elementer.",
    "Deleted items drop out of modules and future exports.":
        "Slettede elementer faller ut av moduler og senere eksporter.",
    "Retired items stay where they are used, flagged as retired.":
        "Utfasede elementer blir stående der de er brukt, merket som utfaset.",
    "Curricula": "Studieplaner", "Exports": "Eksporter", "Items": "Elementer",
    "Session / module": "Samling / modul", "Date": "Dato", "Time": "Tid",
}
