"""Messages from content code in the user's language (bokmål, nynorsk or English), without Qt.

The GUI sets the language with ``set_language`` when the user picks one; the command
line stays in English. Message ids are the English texts, with ``{named}`` fields.
"""

from __future__ import annotations

from content.i18n_bundle import NB_BUNDLE, NN_BUNDLE
from content.review.messages import NB_REVIEW, NN_REVIEW

_state = {"language": "en"}  # the language content messages are given in

NB: dict[str, str] = {
    # field problems
    "required": "må fylles ut",
    "must be a number": "må være et tall",
    "must be at least {minimum}": "må være minst {minimum}",
    "must be at most {maximum}": "må være høyst {maximum}",
    "must be a list of texts": "må være en liste med tekster",
    "an entry is longer than {n} characters": "en linje er lengre enn {n} tegn",
    "must be text": "må være tekst",
    "is longer than {n} characters": "er lengre enn {n} tegn",
    "must be one of {choices}": "må være en av {choices}",
    "must be an http, https or mailto address": "må være en http-, https- eller mailto-adresse",
    "unknown item kind {kind}": "ukjent elementtype {kind}",
    "is not a field of kind {kind}": "er ikke et felt for typen {kind}",
    "unknown relation type {relation}": "ukjent relasjonstype {relation}",
    "a {source} cannot «{relation}» a {target}": "en {source} kan ikke «{relation}» en {target}",
    "target {target} does not exist": "målet {target} finnes ikke",
    "{source} is not a source item": "{source} er ikke en kilde",
    "an item cannot relate to itself": "et element kan ikke ha en relasjon til seg selv",
    "this relation exists already": "denne relasjonen finnes allerede",
    "cannot be edited": "kan ikke endres",
    "{the_what} is deleted; restore it first": "{the_what} er slettet; gjenopprett først",
    "the item": "elementet",
    "the module": "modulen",
    "the curriculum": "studieplanen",
    "the entity": "oppføringen",
    "Your role in this team library is {role}: you may read and comment, but not change "
    "content. Nothing was changed.": "Du er {role} i dette teambiblioteket: du kan lese og kommentere, ikke endre innhold. Ingenting ble endret.",
    "«{title}» has a sync conflict that is not resolved yet (both versions are kept; see team conflicts).": "«{title}» har en synkroniseringskonflikt som ikke er løst ennå (begge versjonene er tatt vare på; se team conflicts).",
    "must be a date as YYYY-MM-DD": "må være en dato (ÅÅÅÅ-MM-DD)",
    "must be a time as HH:MM": "må være et klokkeslett (TT:MM)",
    "must be a whole number from 0 to {maximum}": "må være et helt tall fra 0 til {maximum}",
    "the blocks add up to {total} minutes; a module holds at most {maximum}": "blokkene er til sammen {total} minutter; en modul kan være høyst {maximum}",
    "module «{title}» has the code «{code}», which module «{other}» already has": "modulen «{title}» har koden «{code}», som modulen «{other}» allerede har",
    "an item block needs an item": "en elementblokk trenger et element",
    # stale writes
    "«{title}» was changed elsewhere (now revision {now}, this save started from revision "
    "{expected}); nothing was overwritten.": "«{title}» er endret et annet sted (nå revisjon {now}, denne lagringen startet fra "
    "revisjon {expected}); ingenting ble overskrevet.",
    "«{title}» was changed elsewhere (now revision {now}, this undo or redo started from "
    "revision {expected}); nothing was overwritten.": "«{title}» er endret et annet sted (nå revisjon {now}, denne angringen startet fra "
    "revisjon {expected}); ingenting ble overskrevet.",
    # validation report
    "Module {name} has no learning objectives.": "Modulen {name} har ingen læringsmål.",
    "Module {name} has no sections.": "Modulen {name} har ingen seksjoner.",
    "Section «{section}» of {name} is empty.": "Seksjonen «{section}» i {name} er tom.",
    "A block in module «{module}» refers to an item that does not exist ({item}).": "En blokk i modulen «{module}» viser til et element som ikke finnes ({item}).",
    "«{title}» in module «{module}» has been deleted.": "«{title}» i modulen «{module}» er slettet.",
    "«{title}» in module «{module}» is retired.": "«{title}» i modulen «{module}» er utfaset.",
    "Finding «{title}» in module «{module}» cites no source.": "Funnet «{title}» i modulen «{module}» viser ikke til noen kilde.",
    "«{title}» in module «{module}» is pinned to revision {pinned}, which does not exist.": "«{title}» i modulen «{module}» er festet til revisjon {pinned}, som ikke finnes.",
    "«{title}» in module «{module}» is pinned to revision {pinned}; revision {latest} is "
    "the latest.": "«{title}» i modulen «{module}» er festet til revisjon {pinned}; revisjon {latest} er "
    "den nyeste.",
    "«{title}» cites a source that does not exist.": "«{title}» viser til en kilde som ikke finnes.",
    "Curriculum {name} has no sessions.": "Studieplanen {name} har ingen samlinger.",
    "Session «{session}» of {name} has no modules.": "Samlingen «{session}» i {name} har ingen moduler.",
    "Session «{session}» of {name} refers to a module that does not exist or was deleted.": "Samlingen «{session}» i {name} viser til en modul som ikke finnes eller er slettet.",
    # where an item or module is used (the inspector, the impact preview)
    "section «{section}»": "seksjon «{section}»",
    "section «{section}», pinned to revision {revision}": "seksjon «{section}», festet til revisjon {revision}",
    "through a module": "gjennom en modul",
    "cites": "siterer",
    "{kind}, {profile}, revision {revision}, {when}": "{kind}, {profile}, revisjon {revision}, {when}",
    "participant": "deltaker",
    "trainer": "trener",
    "handbook": "deltakerhåndbok",
    "trainer-guide": "trenerveiledning",
    "slides": "lysbilder",
    "handout": "utdelingsark",
    "pptx": "PowerPoint",
    "criteria": "vurderingsskjema",
    "models": "modellkort",
    "examples": "eksempelsamling",
    "indicators": "indikatorvedlegg",
    "review-pdf": "utkast til gjennomsyn",
    # accessibility faults (content/accessibility.py)
    "Accessibility: {fault}": "Tilgjengelighet: {fault}",
    "a text block in module «{module}»": "en tekstblokk i modulen «{module}»",
    "An image ({image}) in {name}, field {field}, has no alternative text.": "Et bilde ({image}) i {name}, feltet {field}, har ingen alternativ tekst.",
    "A table in {name}, field {field}, has no header row.": "En tabell i {name}, feltet {field}, har ingen overskriftsrad.",
    "A heading in {name}, field {field}, skips from level {before} to level {after} "
    "(«{heading}»).": "En overskrift i {name}, feltet {field}, hopper fra nivå {before} til nivå {after} "
    "(«{heading}»).",
    **NB_REVIEW,  # review comments (content/review/messages.py)
    **NB_BUNDLE,  # bundle import and its report (content/i18n_bundle.py)
}

NN: dict[str, str] = {
    "Your role in this team library is {role}: you may read and comment, but not change "
    "content. Nothing was changed.": "Du er {role} i dette teambiblioteket: du kan lese og kommentere, ikkje endre innhald. Ingenting vart endra.",
    "«{title}» has a sync conflict that is not resolved yet (both versions are kept; see team conflicts).": "«{title}» har ein synkroniseringskonflikt som ikkje er løyst enno (begge versjonane er tekne vare på; sjå team conflicts).",
    # field problems
    "required": "må fyllast ut",
    "must be a number": "må vera eit tal",
    "must be at least {minimum}": "må vera minst {minimum}",
    "must be at most {maximum}": "må vera høgst {maximum}",
    "must be a list of texts": "må vera ei liste med tekstar",
    "an entry is longer than {n} characters": "ei linje er lengre enn {n} teikn",
    "must be text": "må vera tekst",
    "is longer than {n} characters": "er lengre enn {n} teikn",
    "must be one of {choices}": "må vera ein av {choices}",
    "must be an http, https or mailto address": "må vera ei http-, https- eller mailto-adresse",
    "unknown item kind {kind}": "ukjend elementtype {kind}",
    "is not a field of kind {kind}": "er ikkje eit felt for typen {kind}",
    "unknown relation type {relation}": "ukjend relasjonstype {relation}",
    "a {source} cannot «{relation}» a {target}": "ein {source} kan ikkje «{relation}» ein {target}",
    "target {target} does not exist": "målet {target} finst ikkje",
    "{source} is not a source item": "{source} er ikkje ei kjelde",
    "an item cannot relate to itself": "eit element kan ikkje ha ein relasjon til seg sjølv",
    "this relation exists already": "denne relasjonen finst allereie",
    "cannot be edited": "kan ikkje endrast",
    "{the_what} is deleted; restore it first": "{the_what} er sletta; gjenopprett først",
    "the item": "elementet",
    "the module": "modulen",
    "the curriculum": "studieplanen",
    "the entity": "oppføringa",
    "must be a date as YYYY-MM-DD": "må vera ein dato (ÅÅÅÅ-MM-DD)",
    "must be a time as HH:MM": "må vera eit klokkeslett (TT:MM)",
    "must be a whole number from 0 to {maximum}": "må vera eit heilt tal frå 0 til {maximum}",
    "the blocks add up to {total} minutes; a module holds at most {maximum}": "blokkene er til saman {total} minutt; ein modul kan vera høgst {maximum}",
    "module «{title}» has the code «{code}», which module «{other}» already has": "modulen «{title}» har koden «{code}», som modulen «{other}» allereie har",
    "an item block needs an item": "ei elementblokk treng eit element",
    # stale writes
    "«{title}» was changed elsewhere (now revision {now}, this save started from revision "
    "{expected}); nothing was overwritten.": "«{title}» er endra ein annan stad (no revisjon {now}, denne lagringa starta frå "
    "revisjon {expected}); ingenting vart overskrive.",
    "«{title}» was changed elsewhere (now revision {now}, this undo or redo started from "
    "revision {expected}); nothing was overwritten.": "«{title}» er endra ein annan stad (no revisjon {now}, denne angringa starta frå "
    "revisjon {expected}); ingenting vart overskrive.",
    # validation report
    "Module {name} has no learning objectives.": "Modulen {name} har ingen læringsmål.",
    "Module {name} has no sections.": "Modulen {name} har ingen seksjonar.",
    "Section «{section}» of {name} is empty.": "Seksjonen «{section}» i {name} er tom.",
    "A block in module «{module}» refers to an item that does not exist ({item}).": "Ei blokk i modulen «{module}» viser til eit element som ikkje finst ({item}).",
    "«{title}» in module «{module}» has been deleted.": "«{title}» i modulen «{module}» er sletta.",
    "«{title}» in module «{module}» is retired.": "«{title}» i modulen «{module}» er utfasa.",
    "Finding «{title}» in module «{module}» cites no source.": "Funnet «{title}» i modulen «{module}» viser ikkje til noka kjelde.",
    "«{title}» in module «{module}» is pinned to revision {pinned}, which does not exist.": "«{title}» i modulen «{module}» er festa til revisjon {pinned}, som ikkje finst.",
    "«{title}» in module «{module}» is pinned to revision {pinned}; revision {latest} is "
    "the latest.": "«{title}» i modulen «{module}» er festa til revisjon {pinned}; revisjon {latest} er "
    "den nyaste.",
    "«{title}» cites a source that does not exist.": "«{title}» viser til ei kjelde som ikkje finst.",
    "Curriculum {name} has no sessions.": "Studieplanen {name} har ingen samlingar.",
    "Session «{session}» of {name} has no modules.": "Samlinga «{session}» i {name} har ingen modular.",
    "Session «{session}» of {name} refers to a module that does not exist or was deleted.": "Samlinga «{session}» i {name} viser til ein modul som ikkje finst eller er sletta.",
    # where an item or module is used (the inspector, the impact preview)
    "section «{section}»": "seksjon «{section}»",
    "section «{section}», pinned to revision {revision}": "seksjon «{section}», festa til revisjon {revision}",
    "through a module": "gjennom ein modul",
    "cites": "siterer",
    "{kind}, {profile}, revision {revision}, {when}": "{kind}, {profile}, revisjon {revision}, {when}",
    "participant": "deltakar",
    "trainer": "trenar",
    "handbook": "deltakarhandbok",
    "trainer-guide": "trenarrettleiing",
    "slides": "lysbilete",
    "handout": "utdelingsark",
    "pptx": "PowerPoint",
    "criteria": "vurderingsskjema",
    "models": "modellkort",
    "examples": "dømesamling",
    "indicators": "indikatorvedlegg",
    "review-pdf": "utkast til gjennomsyn",
    # accessibility faults (content/accessibility.py)
    "Accessibility: {fault}": "Tilgjenge: {fault}",
    "a text block in module «{module}»": "ei tekstblokk i modulen «{module}»",
    "An image ({image}) in {name}, field {field}, has no alternative text.": "Eit bilete ({image}) i {name}, feltet {field}, har ingen alternativ tekst.",
    "A table in {name}, field {field}, has no header row.": "Ein tabell i {name}, feltet {field}, har inga overskriftsrad.",
    "A heading in {name}, field {field}, skips from level {before} to level {after} "
    "(«{heading}»).": "Ei overskrift i {name}, feltet {field}, hoppar frå nivå {before} til nivå {after} "
    "(«{heading}»).",
    **NN_REVIEW,  # review comments (content/review/messages.py)
    **NN_BUNDLE,  # bundle import and its report (content/i18n_bundle.py)
}

CATALOGS = {"nb": NB, "nn": NN}


def set_language(lang: str) -> None:
    """Choose the language of content messages (nb, nn or en)."""
    _state["language"] = lang if lang in CATALOGS or lang == "en" else "en"


def language() -> str:
    """Return the language content messages are given in."""
    return _state["language"]


def tr(message: str, **params: object) -> str:
    """Return a message in the chosen language, with its fields filled in."""
    template = CATALOGS.get(_state["language"], {}).get(message, message)
    return template.format(**params) if params else template


def the(what: str) -> str:
    """Return «the item», «the module» … in the chosen language («elementet», «modulen»)."""
    return tr(
        {
            "item": "the item",
            "module": "the module",
            "curriculum": "the curriculum",
        }.get(what, "the entity")
    )


def one_of(values: tuple[str, ...] | list[str]) -> str:
    """Return «must be one of a, b, c» in the chosen language."""
    return tr("must be one of {choices}", choices=", ".join(values))
