"""Bokmål texts of the review messages (merged into ``content.i18n.NB``)."""

from __future__ import annotations

NB_REVIEW: dict[str, str] = {
    "(a note without text)": "(merknad uten tekst)",
    "(marked without a note)": "(markert uten merknad)",
    "a range needs a field": "et utvalg trenger et felt",
    "a reply is resolved with its thread; resolve the first comment": (
        "et svar løses sammen med tråden; løs den første kommentaren"
    ),
    "a suggestion needs a range of a text field": (
        "et endringsforslag trenger et utvalg i et tekstfelt"
    ),
    "a suggestion needs its replacement text": "et endringsforslag trenger ny tekst",
    "comment {id}": "kommentar {id}",
    "comment {id} does not exist": "kommentaren {id} finnes ikke",
    "comment {id} was changed elsewhere (now revision {now}, this undo or redo started from "
    "revision {expected}); nothing was overwritten.": (
        "kommentaren {id} er endret et annet sted (nå versjon {now}, denne angringen startet "
        "fra versjon {expected}); ingenting ble overskrevet."
    ),
    "delete": "slette",
    "edit": "endre",
    "no such text field here; the fields are {names}": (
        "finnes ikke som tekstfelt her; feltene er {names}"
    ),
    "only a suggestion can be rejected": "bare et endringsforslag kan avvises",
    "only a suggestion carries replacement text": "bare et endringsforslag har ny tekst",
    "only an open suggestion can be accepted": "bare et åpent endringsforslag kan godtas",
    "only its author ({author}) can {what} it": "bare forfatteren ({author}) kan {what} den",
    "the comment has replies now; delete it instead": (
        "kommentaren har fått svar; slett den i stedet"
    ),
    "the comment is deleted": "kommentaren er slettet",
    "the comment is deleted; it takes no replies": "kommentaren er slettet og kan ikke besvares",
    "the comment is on no text field": "kommentaren hører ikke til et tekstfelt",
    "the comment is open already": "kommentaren er allerede åpen",
    "the comment is resolved already": "kommentaren er allerede løst",
    "the comment text is empty": "kommentarteksten er tom",
    "the comment text is longer than {n} characters": "kommentarteksten er lengre enn {n} tegn",
    "the suggestion's text is no longer there (orphaned); re-attach it first": (
        "teksten forslaget gjelder, finnes ikke lenger (uten plassering); fest det på nytt først"
    ),
    "the text the suggestion replaces has changed since it was made": (
        "teksten forslaget erstatter, er endret siden forslaget ble gitt"
    ),
    "{what} is not something one can comment on": "{what} kan ikke kommenteres",
    "{what} {id} does not exist": "{what} {id} finnes ikke",
    "{where}, field {field}": "{where}, feltet {field}",
    "«{title}» was changed elsewhere (now revision {now}, the suggestion was shown at "
    "revision {expected}); nothing was changed.": (
        "«{title}» er endret et annet sted (nå versjon {now}, forslaget ble vist ved versjon "
        "{expected}); ingenting ble endret."
    ),
    # review rounds (content/review/rounds.py)
    "a reviewer is named twice": "en fagfelle er nevnt to ganger",
    "more than {n} reviewers": "flere enn {n} fagfeller",
    "name at least one reviewer (no empty names)": (
        "oppgi minst én fagfelle (ingen tomme navn)"
    ),
    "review round": "gjennomgangsrunde",
    "review round on {what} «{title}»": "gjennomgangsrunde på {what} «{title}»",
    "review round {id} does not exist": "gjennomgangsrunden {id} finnes ikke",
    "review round «{name}» was changed elsewhere; nothing was overwritten.": (
        "gjennomgangsrunden «{name}» er endret et annet sted; ingenting ble overskrevet."
    ),
    "round «{name}»": "runden «{name}»",
    "the round is closed": "runden er avsluttet",
    "the round needs a name": "runden trenger et navn",
    "not a reviewer of this round; they are {names}": (
        "er ikke fagfelle i denne runden; fagfellene er {names}"
    ),
    "{n} open «må rettes» comments: {lines}": "{n} åpne «må rettes»-kommentarer: {lines}",
}
