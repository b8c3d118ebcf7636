"""Bokmål and nynorsk texts of the review messages (merged into ``content.i18n``)."""

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
        "kommentaren {id} er endret et annet sted (nå revisjon {now}, denne angringen startet "
        "fra revisjon {expected}); ingenting ble overskrevet."
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
    "the suggestion’s text is no longer there (orphaned); re-attach it first": (
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
        "«{title}» er endret et annet sted (nå revisjon {now}, forslaget ble vist ved revisjon "
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

NN_REVIEW: dict[str, str] = {
    "(a note without text)": "(merknad utan tekst)",
    "(marked without a note)": "(markert utan merknad)",
    "a reviewer is named twice": "ein fagfelle er nemnd to gonger",
    "more than {n} reviewers": "fleire enn {n} fagfellar",
    "name at least one reviewer (no empty names)": "oppgje minst éin fagfelle (ingen tomme namn)",
    "not a reviewer of this round; they are {names}": (
        "er ikkje fagfelle i denne runden; fagfellane er {names}"
    ),
    "review round": "gjennomgangsrunde",
    "review round on {what} «{title}»": "gjennomgangsrunde på {what} «{title}»",
    "review round {id} does not exist": "gjennomgangsrunden {id} finst ikkje",
    "review round «{name}» was changed elsewhere; nothing was overwritten.": (
        "gjennomgangsrunden «{name}» er endra ein annan stad; ingenting vart overskrive."
    ),
    "round «{name}»": "runden «{name}»",
    "the round is closed": "runden er avslutta",
    "the round needs a name": "runden treng eit namn",
    "{n} open «må rettes» comments: {lines}": "{n} opne «må rettast»-kommentarar: {lines}",
    "a range needs a field": "eit utval treng eit felt",
    "a reply is resolved with its thread; resolve the first comment": (
        "eit svar blir løyst saman med tråden; løys den første kommentaren"
    ),
    "a suggestion needs a range of a text field": (
        "eit endringsframlegg treng eit utval i eit tekstfelt"
    ),
    "a suggestion needs its replacement text": "eit endringsframlegg treng ny tekst",
    "comment {id}": "kommentar {id}",
    "comment {id} does not exist": "kommentaren {id} finst ikkje",
    "comment {id} was changed elsewhere (now revision {now}, this undo or redo started from "
    "revision {expected}); nothing was overwritten.": (
        "kommentaren {id} er endra ein annan stad (no revisjon {now}, denne angringa starta "
        "frå revisjon {expected}); ingenting vart overskrive."
    ),
    "delete": "sletta",
    "edit": "endra",
    "no such text field here; the fields are {names}": (
        "finst ikkje som tekstfelt her; felta er {names}"
    ),
    "only a suggestion can be rejected": "berre eit endringsframlegg kan avvisast",
    "only a suggestion carries replacement text": "berre eit endringsframlegg har ny tekst",
    "only an open suggestion can be accepted": "berre eit ope endringsframlegg kan godtakast",
    "only its author ({author}) can {what} it": "berre forfattaren ({author}) kan {what} han",
    "the comment has replies now; delete it instead": (
        "kommentaren har fått svar; slett han i staden"
    ),
    "the comment is deleted": "kommentaren er sletta",
    "the comment is deleted; it takes no replies": "kommentaren er sletta og kan ikkje svarast på",
    "the comment is on no text field": "kommentaren høyrer ikkje til eit tekstfelt",
    "the comment is open already": "kommentaren er allereie open",
    "the comment is resolved already": "kommentaren er allereie løyst",
    "the comment text is empty": "kommentarteksten er tom",
    "the comment text is longer than {n} characters": "kommentarteksten er lengre enn {n} teikn",
    "the suggestion’s text is no longer there (orphaned); re-attach it first": (
        "teksten framlegget gjeld, finst ikkje lenger (utan plassering); fest det på nytt først"
    ),
    "the text the suggestion replaces has changed since it was made": (
        "teksten framlegget byter ut, er endra sidan framlegget vart gjeve"
    ),
    "{what} is not something one can comment on": "{what} kan ikkje kommenterast",
    "{what} {id} does not exist": "{what} {id} finst ikkje",
    "{where}, field {field}": "{where}, feltet {field}",
    "«{title}» was changed elsewhere (now revision {now}, the suggestion was shown at "
    "revision {expected}); nothing was changed.": (
        "«{title}» er endra ein annan stad (no revisjon {now}, framlegget vart vist ved "
        "revisjon {expected}); ingenting vart endra."
    ),
}
