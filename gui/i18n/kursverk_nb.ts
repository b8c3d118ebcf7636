<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb">
<context>
    <name>AudienceChecks</name>
    <message>
        <location filename="../module_widgets.py" line="54" />
        <source>Audience: %1</source>
        <translation>Målgruppe: %1</translation>
    </message>
</context>
<context>
    <name>BlockOptionsPanel</name>
    <message>
        <location filename="../module_widgets.py" line="276" />
        <location filename="../module_widgets.py" line="380" />
        <source>Select a block to see its options.</source>
        <translation>Velg en blokk for å se valgene.</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="278" />
        <source>Selected block</source>
        <translation>Valgt blokk</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="286" />
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="288" />
        <source>Update…</source>
        <translation>Oppdater …</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="289" />
        <source>Update to the latest revision</source>
        <translation>Oppdater til nyeste revisjon</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="297" />
        <source>&amp;Version:</source>
        <translation>&amp;Versjon:</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="300" />
        <source>Shown as</source>
        <translation>Vises som</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="302" />
        <source>Full text</source>
        <translation>Full tekst</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="303" />
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="304" />
        <source>Title only</source>
        <translation>Bare tittel</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="310" />
        <source>&amp;Shown as:</source>
        <translation>&amp;Vises som:</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="321" />
        <source>Block title</source>
        <translation>Blokktittel</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="323" />
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="325" />
        <source>Exercise kind</source>
        <translation>Øvelsestype</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="331" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="334" />
        <location filename="../module_widgets.py" line="416" />
        <source>Block text</source>
        <translation>Blokktekst</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="336" />
        <location filename="../module_widgets.py" line="420" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="339" />
        <source>&amp;Trainer only</source>
        <translation>&amp;Bare for trener</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="340" />
        <source>Trainer only</source>
        <translation>Bare for trener</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="341" />
        <source>Left out of the participant handbook and the slides.</source>
        <translation>Utelates fra deltakerhåndboken og lysbildene.</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="357" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="358" />
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="360" />
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutter:</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="384" />
        <source>Text block</source>
        <translation>Tekstblokk</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="385" />
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="386" />
        <source>Trainer note</source>
        <translation>Trenernotat</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="391" />
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="398" />
        <source>Live (the latest revision)</source>
        <translation>Levende (nyeste revisjon)</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="400" />
        <source>Pinned to revision %1</source>
        <translation>Festet til revisjon %1</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="406" />
        <source>Update to revision %1…</source>
        <translation>Oppdater til revisjon %1 …</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="416" />
        <source>Instructions</source>
        <translation>Instruksjoner</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="420" />
        <source>&amp;Instructions:</source>
        <translation>&amp;Instruksjoner:</translation>
    </message>
</context>
<context>
    <name>CommentCounts</name>
    <message>
        <location filename="../outline_counts.py" line="36" />
        <source>%1 open comment threads, %2 blocking</source>
        <translation>%1 åpne kommentartråder, %2 blokkerende</translation>
    </message>
    <message>
        <location filename="../outline_counts.py" line="40" />
        <source>%1 (%2 must fix)</source>
        <translation>%1 (%2 må rettes)</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../comment_parts.py" line="122" />
        <source>Suggest change</source>
        <translation>Foreslå endring</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="122" />
        <location filename="../comment_parts.py" line="141" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="127" />
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="133" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="134" />
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="137" />
        <source>Replace with</source>
        <translation>Erstatt med</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="138" />
        <source>&amp;Replace with:</source>
        <translation>&amp;Erstatt med:</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="142" />
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <location filename="../comment_panel.py" line="226" />
        <source>&amp;Comment on selection…</source>
        <translation>&amp;Kommenter …</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="227" />
        <source>Suggest a c&amp;hange…</source>
        <translation>Foreslå en &amp;endring …</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="228" />
        <source>Go to comments</source>
        <translation>Gå til kommentarene</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="231" />
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="236" />
        <source>Comment…</source>
        <translation>Kommenter …</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="237" />
        <source>Suggest change…</source>
        <translation>Foreslå endring …</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="238" />
        <location filename="../comment_panel.py" line="250" />
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="239" />
        <source>Go to text</source>
        <translation>Gå til teksten</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="240" />
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="241" />
        <source>Reject…</source>
        <translation>Avvis …</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="242" />
        <source>Attach here</source>
        <translation>Fest her</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="243" />
        <source>Edit…</source>
        <translation>Endre …</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="244" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="248" />
        <source>Attach the comment to the selected text</source>
        <translation>Fest kommentaren til den merkede teksten</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="249" />
        <source>Write a reply…</source>
        <translation>Skriv et svar …</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="251" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="251" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="251" />
        <source>Resolved</source>
        <translation>Løste</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="253" />
        <source>Show threads</source>
        <translation>Vis tråder</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="254" />
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="257" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="258" />
        <source>&amp;Mine</source>
        <translation>&amp;Mine</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="259" />
        <source>&amp;Blocking only</source>
        <translation>Bare &amp;blokkerende</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="260" />
        <source>Without a place (the text is gone)</source>
        <translation>Uten plassering (teksten er borte)</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="261" />
        <source>Comment threads</source>
        <translation>Kommentartråder</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="262" />
        <source>Comments without a place</source>
        <translation>Kommentarer uten plassering</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="263" />
        <source>Selected thread</source>
        <translation>Valgt tråd</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="361" />
        <source>Open an item, a module or a curriculum to see its comments.</source>
        <translation>Åpne et element, en modul eller en studieplan for å se kommentarene.</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="363" />
        <source>Comments on «%1»</source>
        <translation>Kommentarer til «%1»</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="422" />
        <source>Select text, then press Ctrl+Alt+M to comment or Ctrl+Alt+E to suggest a change.</source>
        <translation>Merk tekst, og trykk Ctrl+Alt+M for å kommentere eller Ctrl+Alt+E for å foreslå en endring.</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="426" />
        <source>No comments match the filters.</source>
        <translation>Ingen kommentarer passer til filtrene.</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="427" />
        <source>No comments yet.</source>
        <translation>Ingen kommentarer ennå.</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="491" />
        <source>Reopen</source>
        <translation>Gjenåpne</translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="491" />
        <source>Resolve</source>
        <translation>Løs</translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="68" />
        <source>The item was changed elsewhere and your edits are not saved: load the newer version or save your text first.</source>
        <translation>Elementet er endret et annet sted, og endringene dine er ikke lagret: last inn den nyere versjonen eller lagre teksten din først.</translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="90" />
        <source>Open an item, a module block or a curriculum to comment on it.</source>
        <translation>Åpne et element, en modulblokk eller en studieplan for å kommentere.</translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="95" />
        <source>Select the words to comment on in a text field first.</source>
        <translation>Merk ordene du vil kommentere i et tekstfelt først.</translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="158" />
        <source>Reject suggestion</source>
        <translation>Avvis endringsforslag</translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="159" />
        <source>Reason (optional):</source>
        <translation>Begrunnelse (valgfritt):</translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="171" />
        <source>Edit comment</source>
        <translation>Endre kommentar</translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="172" />
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="192" />
        <source>Select the new text in the field «%1» first.</source>
        <translation>Merk den nye teksten i feltet «%1» først.</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="169" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="170" />
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="171" />
        <source>Suggestion</source>
        <translation>Endringsforslag</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="172" />
        <source>Must fix</source>
        <translation>Må rettes</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="183" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="184" />
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="185" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="190" />
        <source>Block text</source>
        <translation>Blokktekst</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="206" />
        <source>(the whole entity)</source>
        <translation>(hele elementet)</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="215" />
        <location filename="../comment_parts.py" line="243" />
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="231" />
        <source>Not found in the text any more</source>
        <translation>Finnes ikke lenger i teksten</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="233" />
        <source>Characters %1–%2</source>
        <translation>Tegn %1–%2</translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="239" />
        <source>Replace with:</source>
        <translation>Erstatt med:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../conflict_dialog.py" line="38" />
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="39" />
        <source>Block</source>
        <translation>Blokk</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="40" />
        <source>Session</source>
        <translation>Samling</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="41" />
        <source>Module in the session</source>
        <translation>Modul i samlingen</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="42" />
        <source>Relation</source>
        <translation>Relasjon</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="43" />
        <source>Citation</source>
        <translation>Kildehenvisning</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="46" />
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="47" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="48" />
        <source>Curriculum</source>
        <translation>Studieplan</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="49" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="60" />
        <source>The whole entity</source>
        <translation>Hele oppføringen</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="127" />
        <source>Sync conflicts</source>
        <translation>Synkroniseringskonflikter</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="144" />
        <source>You and the team server changed these places differently since the last sync. What could be merged is merged already; for each entity, keep your version of the places below, take theirs, or keep it as you have edited it since.</source>
        <translation>Du og teamserveren har endret disse stedene ulikt siden forrige synkronisering. Det som kunne flettes, er allerede flettet; velg for hver oppføring om du vil beholde din versjon av stedene nedenfor, ta deres, eller beholde den slik du har redigert den siden.</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="129" />
        <source>Entities in conflict</source>
        <translation>Oppføringer i konflikt</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="131" />
        <source>Base</source>
        <translation>Felles utgangspunkt</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="131" />
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="131" />
        <source>Theirs</source>
        <translation>Deres</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="134" />
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="135" />
        <source>Take theirs</source>
        <translation>Ta deres</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="136" />
        <source>Keep as edited</source>
        <translation>Behold slik den er redigert</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="138" />
        <source>Keep the entity as it is in this working copy now, with the changes you made after the sync</source>
        <translation>Behold oppføringen slik den er i denne arbeidskopien nå, med endringene du har gjort etter synkroniseringen</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="149" />
        <source>No conflicts left. Sync to send what you chose to the team server.</source>
        <translation>Ingen konflikter igjen. Synkroniser for å sende det du valgte, til teamserveren.</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="197" />
        <source>The merged result breaks a rule: %1</source>
        <translation>Det flettede resultatet bryter en regel: %1</translation>
    </message>
</context>
<context>
    <name>CurriculumEditorPanel</name>
    <message>
        <location filename="../curriculum_editor.py" line="110" />
        <source>Curriculum</source>
        <translation>Studieplan</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="162" />
        <location filename="../curriculum_editor.py" line="281" />
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="164" />
        <source>Curriculum title</source>
        <translation>Tittel på studieplanen</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="165" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="166" />
        <source>Edition</source>
        <translation>Utgave</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="167" />
        <source>Edition date</source>
        <translation>Utgavedato</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="169" />
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="172" />
        <source>&amp;Edition:</source>
        <translation>&amp;Utgave:</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="173" />
        <source>Edition &amp;date:</source>
        <translation>Utgave&amp;dato:</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="178" />
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="180" />
        <source>Audiences:</source>
        <translation>Målgrupper:</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="182" />
        <source>Curriculum description</source>
        <translation>Beskrivelse av studieplanen</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="186" />
        <source>Desc&amp;ription:</source>
        <translation>Besk&amp;rivelse:</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="197" />
        <source>&amp;Modules (drag into a session, or Enter to add):</source>
        <translation>&amp;Moduler (dra inn i en samling, eller Enter for å legge til):</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="200" />
        <source>Filter modules…</source>
        <translation>Filtrer moduler …</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="201" />
        <source>Filter modules</source>
        <translation>Filtrer moduler</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="204" />
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="209" />
        <source>&amp;Add to session</source>
        <translation>&amp;Legg til i samlingen</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="210" />
        <source>Add the selected modules to the session</source>
        <translation>Legg de valgte modulene til i samlingen</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="222" />
        <source>Session tools</source>
        <translation>Samlingsverktøy</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="224" />
        <source>Sessions and their modules</source>
        <translation>Samlinger og moduler</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="225" />
        <source>Its commands have shortcuts: F1 lists them.</source>
        <translation>Kommandoene her har hurtigtaster: F1 viser dem.</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="241" />
        <source>Curriculum minutes</source>
        <translation>Studieplanens minutter</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="249" />
        <location filename="../curriculum_editor.py" line="522" />
        <source>Add session</source>
        <translation>Legg til samling</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="250" />
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="251" />
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="253" />
        <source>Move to session…</source>
        <translation>Flytt til samling …</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="255" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="285" />
        <source>no start time</source>
        <translation>ingen starttid</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="286" />
        <source>Session &amp;title:</source>
        <translation>&amp;Tittel på samlingen:</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="287" />
        <source>Session title</source>
        <translation>Tittel på samlingen</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="288" />
        <source>Session d&amp;ate:</source>
        <translation>&amp;Dato for samlingen:</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="289" />
        <source>Session date</source>
        <translation>Dato for samlingen</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="290" />
        <source>&amp;Starts at:</source>
        <translation>&amp;Starter kl.:</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="291" />
        <source>Session start time</source>
        <translation>Starttid for samlingen</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="315" />
        <source>This curriculum cannot be shown: %1</source>
        <translation>Studieplanen kan ikke vises: %1</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="332" />
        <source>This curriculum is deleted; restore it to edit it.</source>
        <translation>Studieplanen er slettet; gjenopprett den for å redigere den.</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="393" />
        <source>Total %1 min (%2 h %3 min)</source>
        <translation>Totalt %1 min (%2 t %3 min)</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="422" />
        <source>Add a session to start.</source>
        <translation>Legg til en samling for å begynne.</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="426" />
        <source>&lt;b&gt;Session %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Samling %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="445" />
        <source>(deleted module)</source>
        <translation>(slettet modul)</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="449" />
        <source>%1 min in this session</source>
        <translation>%1 min i denne samlingen</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="522" />
        <source>Session title:</source>
        <translation>Tittel på samlingen:</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="523" />
        <source>Session %1</source>
        <translation>Samling %1</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="542" />
        <source>Add modules</source>
        <translation>Legg til moduler</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="543" />
        <source>Add a session first.</source>
        <translation>Legg til en samling først.</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="579" />
        <source>Move to session</source>
        <translation>Flytt til samling</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="580" />
        <source>Move the module to:</source>
        <translation>Flytt modulen til:</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="593" />
        <source>Remove session</source>
        <translation>Fjern samling</translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="594" />
        <source>Remove the session «%1» with its %2 modules?</source>
        <translation>Fjerne samlingen «%1» med de %2 modulene?</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../diff_view.py" line="116" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../diff_view.py" line="77" />
        <location filename="../diff_view.py" line="93" />
        <source>Old version</source>
        <translation>Gammel versjon</translation>
    </message>
    <message>
        <location filename="../diff_view.py" line="78" />
        <location filename="../diff_view.py" line="94" />
        <source>New version</source>
        <translation>Ny versjon</translation>
    </message>
    <message>
        <location filename="../diff_view.py" line="91" />
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../diff_view.py" line="92" />
        <source>After</source>
        <translation>Etter</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="78" />
        <location filename="../export_dialog.py" line="79" />
        <location filename="../export_dialog.py" line="228" />
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="92" />
        <source>What to export</source>
        <translation>Hva som skal eksporteres</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="95" />
        <source>&amp;What:</source>
        <translation>&amp;Hva:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="97" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="98" />
        <source>Participant (no trainer notes)</source>
        <translation>Deltaker (uten trenernotater)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="99" />
        <source>Trainer (with trainer notes)</source>
        <translation>Trener (med trenernotater)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="100" />
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="102" />
        <source>Label language</source>
        <translation>Språk i overskrifter</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="103" />
        <source>Norwegian bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="104" />
        <source>Norwegian nynorsk</source>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="104" />
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="106" />
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="108" />
        <source>Handout slides per page</source>
        <translation>Lysbilder per side i utdelingsarket</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="109" />
        <source>3 slides per page, with lines for notes</source>
        <translation>3 lysbilder per side, med linjer til notater</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="110" />
        <source>6 slides per page</source>
        <translation>6 lysbilder per side</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="113" />
        <source>PDF for handbook and trainer guide</source>
        <translation>PDF for deltakerhåndbok og trenerveiledning</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="114" />
        <source>Accessible (tagged PDF/UA)</source>
        <translation>Tilgjengelig (tagget PDF/UA)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="115" />
        <source>Print (faster, untagged)</source>
        <translation>Trykk (raskere, uten tagger)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="116" />
        <source>P&amp;DF:</source>
        <translation>P&amp;DF:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="111" />
        <source>&amp;Handout:</source>
        <translation>&amp;Utdelingsark:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="117" />
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="118" />
        <source>Export even if the check finds errors</source>
        <translation>Eksporter selv om kontrollen finner feil</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="120" />
        <source>A draft with an empty session or a retired item is refused unless this is on.</source>
        <translation>Et utkast med en tom samling eller et utfaset element blir avvist med mindre dette er på.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="123" />
        <source>Export an accessible PDF even if it has accessibility faults</source>
        <translation>Eksporter tilgjengelig PDF selv om den har tilgjengelighetsfeil</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="124" />
        <source>Export despite accessibility faults</source>
        <translation>Eksporter trass i tilgjengelighetsfeil</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="126" />
        <source>An image without alt text, a table without a header row or a skipped heading level keeps a handbook from being accessible, so such an export is refused. With this on, the PDF is written without the PDF/UA claim and the export record notes the faults.</source>
        <translation>Et bilde uten alternativ tekst, en tabell uten overskriftsrad eller et overskriftsnivå som hoppes over gjør at en håndbok ikke er tilgjengelig, så en slik eksport avvises. Er dette valgt, skrives PDF-en uten PDF/UA-merking, og eksportloggen noterer feilene.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="145" />
        <source>Output folder</source>
        <translation>Mappe for filene</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="149" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="150" />
        <source>Choose output folder</source>
        <translation>Velg mappe for filene</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="157" />
        <source>Formats</source>
        <translation>Formater</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="160" />
        <source>Participant handbook (PDF)</source>
        <translation>Deltakerhåndbok (PDF)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="161" />
        <source>Trainer guide (PDF)</source>
        <translation>Trenerveiledning (PDF)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="162" />
        <source>Slides (16:9 PDF)</source>
        <translation>Lysbilder (16:9 PDF)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="163" />
        <source>Handout (PDF)</source>
        <translation>Utdelingsark (PDF)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="164" />
        <source>PowerPoint (PPTX)</source>
        <translation>PowerPoint (PPTX)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="165" />
        <source>Award criteria scoring sheet (PDF)</source>
        <translation>Vurderingsskjema for kåringskriterier (PDF)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="166" />
        <source>Collaboration model cards (PDF)</source>
        <translation>Kort med samarbeidsmodeller (PDF)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="167" />
        <source>Example collection (PDF)</source>
        <translation>Eksempelsamling (PDF)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="168" />
        <source>Indicator appendix (PDF)</source>
        <translation>Indikatorvedlegg (PDF)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="169" />
        <source>Draft for review (PDF)</source>
        <translation>Utkast til gjennomsyn (PDF)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="170" />
        <source>Handbook or trainer guide as web page (HTML)</source>
        <translation>Deltakerhåndbok eller trenerveiledning som nettside (HTML)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="182" />
        <source>One accessible web page: the participant profile gives the handbook, the trainer profile the trainer guide.</source>
        <translation>Én universelt utformet nettside: deltakerprofilen gir deltakerhåndboken, trenerprofilen trenerveiledningen.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="194" />
        <source>Choose the formats and press Export.</source>
        <translation>Velg formater og trykk Eksporter.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="196" />
        <source>Export status</source>
        <translation>Eksportstatus</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="200" />
        <source>Export progress</source>
        <translation>Eksportfremdrift</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="202" />
        <source>Exported files</source>
        <translation>Eksporterte filer</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="205" />
        <source>&amp;Files:</source>
        <translation>&amp;Filer:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="208" />
        <source>Export warnings</source>
        <translation>Advarsler fra eksporten</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="211" />
        <source>W&amp;arnings (double-click or Enter opens the item):</source>
        <translation>&amp;Advarsler (dobbeltklikk eller Enter åpner elementet):</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="221" />
        <source>Open &amp;file</source>
        <translation>Åpne &amp;fil</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="222" />
        <source>Open f&amp;older</source>
        <translation>Åpne &amp;mappe</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="223" />
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="224" />
        <location filename="../export_dialog.py" line="398" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="226" />
        <source>Open the exported file</source>
        <translation>Åpne den eksporterte filen</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="227" />
        <source>Open the folder of the exported file</source>
        <translation>Åpne mappen med den eksporterte filen</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="229" />
        <source>Cancel or close</source>
        <translation>Avbryt eller lukk</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="265" />
        <source>Module: %1</source>
        <translation>Modul: %1</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="267" />
        <source>Whole curriculum: %1</source>
        <translation>Hele studieplanen: %1</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="269" />
        <source>Session %1</source>
        <translation>Samling %1</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="282" />
        <source>%1 — unavailable</source>
        <translation>%1 — ikke tilgjengelig</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="286" />
        <source>Some formats are unavailable (hover for the reason).</source>
        <translation>Noen formater er ikke tilgjengelige (hold musepekeren over for å se hvorfor).</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="353" />
        <source>Accessibility: %1 faults keep the handbook from an accessible PDF (listed under Warnings; double-click one to open it).</source>
        <translation>Tilgjengelighet: %1 feil hindrer en tilgjengelig PDF av håndboken (listet under Advarsler; dobbeltklikk en for å åpne den).</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="356" />
        <source>Accessibility</source>
        <translation>Tilgjengelighet</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="385" />
        <source>Export to folder</source>
        <translation>Eksporter til mappe</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="398" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="362" />
        <source>Double-click or press Enter to open it</source>
        <translation>Dobbeltklikk eller trykk Enter for å åpne</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="413" />
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="179" />
        <source>Always made with the trainer profile, with the trainer notes.</source>
        <translation>Lages alltid med trenerprofilen, med trenernotatene.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="306" />
        <source>A trainer guide is always made with the trainer profile.</source>
        <translation>En trenerveiledning lages alltid med trenerprofilen.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="334" />
        <source>%1 — none in the selection</source>
        <translation>%1 — ingen i utvalget</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="367" />
        <source>The selection holds no award criteria, so there is no scoring sheet to make. Add criterion items to its modules first.</source>
        <translation>Utvalget har ingen kåringskriterier, så det er ikke noe vurderingsskjema å lage. Legg først kriterier inn i modulene.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="369" />
        <source>The selection holds no collaboration models, so there are no model cards to make. Add collaboration models to its modules first.</source>
        <translation>Utvalget har ingen samarbeidsmodeller, så det er ingen modellkort å lage. Legg først samarbeidsmodeller inn i modulene.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="372" />
        <source>The selection holds no examples, so there is no example collection to make. Add example items to its modules first.</source>
        <translation>Utvalget har ingen eksempler, så det er ingen eksempelsamling å lage. Legg først eksempler inn i modulene.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="374" />
        <source>The selection holds no indicators, so there is no indicator appendix to make. Add indicator items to its modules first.</source>
        <translation>Utvalget har ingen indikatorer, så det er ikke noe indikatorvedlegg å lage. Legg først indikatorer inn i modulene.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../export_run.py" line="64" />
        <source>Choose a folder to export to.</source>
        <translation>Velg en mappe å eksportere til.</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="75" />
        <location filename="../export_run.py" line="114" />
        <source>Collecting the content…</source>
        <translation>Samler innholdet …</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="125" />
        <source>«%1» was not exported: the check finds errors:</source>
        <translation>«%1» ble ikke eksportert: kontrollen finner feil:</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="127" />
        <source>Fix them in the check report, or tick «Export even if the check finds errors».</source>
        <translation>Rett dem i kontrollrapporten, eller kryss av for «Eksporter selv om kontrollen finner feil».</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="132" />
        <source>Could not collect the content: %1</source>
        <translation>Kunne ikke samle innholdet: %1</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="134" />
        <source>«%1» was not exported: open «må rettes» comments must be resolved first:</source>
        <translation>«%1» ble ikke eksportert: åpne «må rettes»-kommentarer må løses først:</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="150" />
        <source>… and %1 more</source>
        <translation>… og %1 til</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="152" />
        <source>«%1» has %2 open «må rettes» comments:

%3

Export anyway? The export record notes that they were open.</source>
        <translation>«%1» har %2 åpne «må rettes»-kommentarer:

%3

Eksportere likevel? Eksportloggen noterer at de var åpne.</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="163" />
        <source>Open «må rettes» comments</source>
        <translation>Åpne «må rettes»-kommentarer</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="174" />
        <source>Exporting %1…</source>
        <translation>Eksporterer %1 …</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="206" />
        <source>, %1 pages</source>
        <translation>, %1 sider</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="212" />
        <source>%1: written despite accessibility faults, without the PDF/UA claim; the export record notes them.</source>
        <translation>%1: skrevet trass i tilgjengelighetsfeil, uten PDF/UA-merking; eksportloggen noterer dem.</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="222" />
        <source>Double-click or press Enter to open it</source>
        <translation>Dobbeltklikk eller trykk Enter for å åpne</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="229" />
        <source>not accessible (accessibility faults: %1, see Warnings)</source>
        <translation>ikke tilgjengelig (tilgjengelighetsfeil: %1, se Advarsler)</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="234" />
        <source>exporter unavailable (%1)</source>
        <translation>eksporten er ikke tilgjengelig (%1)</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="237" />
        <source>%1 failed: %2</source>
        <translation>%1 mislyktes: %2</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="241" />
        <source>Double-click a fault under Warnings to open it and fix it, choose the print PDF, or tick «Export an accessible PDF even if it has accessibility faults».</source>
        <translation>Dobbeltklikk en feil under Advarsler for å åpne og rette den, velg utskrifts-PDF, eller kryss av for «Eksporter tilgjengelig PDF selv om den har tilgjengelighetsfeil».</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="270" />
        <source>Cancelled. No unfinished file was left behind.</source>
        <translation>Avbrutt. Ingen uferdig fil ble liggende igjen.</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="273" />
        <source>1 file written</source>
        <translation>1 fil skrevet</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="274" />
        <source>%1 files written</source>
        <translation>%1 filer skrevet</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="275" />
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="275" />
        <source>%1 problems</source>
        <translation>%1 problemer</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="276" />
        <source>1 warning</source>
        <translation>1 advarsel</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="276" />
        <source>%1 warnings</source>
        <translation>%1 advarsler</translation>
    </message>
    <message>
        <location filename="../export_run.py" line="277" />
        <source>Done: %1, %2, %3.</source>
        <translation>Ferdig: %1, %2, %3.</translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <location filename="../impact.py" line="35" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../impact.py" line="35" />
        <source>Retire</source>
        <translation>Fas ut</translation>
    </message>
    <message>
        <location filename="../impact.py" line="36" />
        <source>Delete «%1»?</source>
        <translation>Slette «%1»?</translation>
    </message>
    <message>
        <location filename="../impact.py" line="37" />
        <source>Retire «%1»?</source>
        <translation>Vil du fase ut «%1»?</translation>
    </message>
    <message>
        <location filename="../impact.py" line="45" />
        <source>Where the item is used</source>
        <translation>Hvor elementet er brukt</translation>
    </message>
    <message>
        <location filename="../impact.py" line="46" />
        <source>Used in</source>
        <translation>Brukt i</translation>
    </message>
    <message>
        <location filename="../impact.py" line="46" />
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../impact.py" line="52" />
        <source>%1 anyway</source>
        <translation>%1 likevel</translation>
    </message>
    <message>
        <location filename="../impact.py" line="56" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../impact.py" line="66" />
        <source>1 module</source>
        <translation>1 modul</translation>
    </message>
    <message>
        <location filename="../impact.py" line="66" />
        <source>%1 modules</source>
        <translation>%1 moduler</translation>
    </message>
    <message>
        <location filename="../impact.py" line="67" />
        <source>1 curriculum</source>
        <translation>1 studieplan</translation>
    </message>
    <message>
        <location filename="../impact.py" line="67" />
        <source>%1 curricula</source>
        <translation>%1 studieplaner</translation>
    </message>
    <message>
        <location filename="../impact.py" line="68" />
        <source>1 export</source>
        <translation>1 eksport</translation>
    </message>
    <message>
        <location filename="../impact.py" line="68" />
        <source>%1 exports</source>
        <translation>%1 eksporter</translation>
    </message>
    <message>
        <location filename="../impact.py" line="69" />
        <source>1 item</source>
        <translation>1 element</translation>
    </message>
    <message>
        <location filename="../impact.py" line="69" />
        <source>%1 items</source>
        <translation>%1 elementer</translation>
    </message>
    <message>
        <location filename="../impact.py" line="77" />
        <source>It is used in %1, and by %2.</source>
        <translation>Det er brukt i %1, og av %2.</translation>
    </message>
    <message>
        <location filename="../impact.py" line="80" />
        <source>It is used in %1.</source>
        <translation>Det er brukt i %1.</translation>
    </message>
    <message>
        <location filename="../impact.py" line="82" />
        <source>It is used by %1.</source>
        <translation>Det er brukt av %1.</translation>
    </message>
    <message>
        <location filename="../impact.py" line="83" />
        <source>Deleted items drop out of modules and future exports.</source>
        <translation>Slettede elementer faller ut av moduler og senere eksporter.</translation>
    </message>
    <message>
        <location filename="../impact.py" line="85" />
        <source>Retired items stay where they are used, flagged as retired.</source>
        <translation>Utfasede elementer blir stående der de er brukt, merket som utfaset.</translation>
    </message>
    <message>
        <location filename="../impact.py" line="92" />
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <location filename="../impact.py" line="96" />
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <location filename="../impact.py" line="96" />
        <source>Curricula</source>
        <translation>Studieplaner</translation>
    </message>
    <message>
        <location filename="../impact.py" line="97" />
        <source>Exports</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../impact.py" line="97" />
        <source>Items</source>
        <translation>Elementer</translation>
    </message>
</context>
<context>
    <name>ItemEditorPanel</name>
    <message>
        <location filename="../item_editor.py" line="73" />
        <source>New item</source>
        <translation>Nytt element</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="89" />
        <source>Loading…</source>
        <translation>Laster …</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="172" />
        <source>Content</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="173" />
        <source>Relations and sources</source>
        <translation>Relasjoner og kilder</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="174" />
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="175" />
        <source>Item editor sections</source>
        <translation>Deler av elementredigereren</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="176" />
        <source>Load the newer version</source>
        <translation>Hent den nyere versjonen</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="177" />
        <source>Save my text over it</source>
        <translation>Lagre min tekst over den</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="180" />
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="181" />
        <source>Save status</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="197" />
        <location filename="../item_editor.py" line="239" />
        <source>Saved (revision %1)</source>
        <translation>Lagret (revisjon %1)</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="220" />
        <location filename="../item_editor.py" line="264" />
        <source>Not saved: fix the marked fields</source>
        <translation>Ikke lagret: rett feltene som er merket</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="267" />
        <source>Changed…</source>
        <translation>Endret …</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="233" />
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="249" />
        <source>This item was changed elsewhere after you opened it, so your edit was not saved. Your text is still here. Load the newer version (your edits are replaced), or save your text over it.</source>
        <translation>Elementet ble endret et annet sted etter at du åpnet det, så endringen din ble ikke lagret. Teksten din er her fortsatt. Hent den nyere versjonen (endringene dine erstattes), eller lagre teksten din over den.</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="253" />
        <source>Not saved: changed elsewhere</source>
        <translation>Ikke lagret: endret et annet sted</translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="255" />
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
</context>
<context>
    <name>ItemFormPanel</name>
    <message>
        <location filename="../item_form.py" line="93" />
        <source>Item fields</source>
        <translation>Feltene i elementet</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="218" />
        <location filename="../item_form.py" line="235" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="218" />
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="219" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="219" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="220" />
        <source>Audiences</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="220" />
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="225" />
        <location filename="../item_form.py" line="234" />
        <source>Problem with %1</source>
        <translation>Problem med %1</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="241" />
        <source>Comma-separated, e.g. klima, næring</source>
        <translation>Skilt med komma, f.eks. klima, næring</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="242" />
        <source>Text (Markdown) and preview:</source>
        <translation>Tekst (Markdown) og forhåndsvisning:</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="243" />
        <source>Text (Markdown)</source>
        <translation>Tekst (Markdown)</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="244" />
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="245" />
        <source>Insert image…</source>
        <translation>Sett inn bilde …</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="246" />
        <location filename="../item_form.py" line="338" />
        <source>Insert image</source>
        <translation>Sett inn bilde</translation>
    </message>
    <message>
        <location filename="../item_form.py" line="338" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>ItemHistoryPanel</name>
    <message>
        <location filename="../item_history.py" line="54" />
        <source>Compare…</source>
        <translation>Sammenlign …</translation>
    </message>
    <message>
        <location filename="../item_history.py" line="55" />
        <source>Restore this revision</source>
        <translation>Gjenopprett denne revisjonen</translation>
    </message>
    <message>
        <location filename="../item_history.py" line="58" />
        <source>Revision</source>
        <translation>Revisjon</translation>
    </message>
    <message>
        <location filename="../item_history.py" line="58" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../item_history.py" line="59" />
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../item_history.py" line="59" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../item_history.py" line="60" />
        <source>Revision history</source>
        <translation>Revisjonshistorikk</translation>
    </message>
    <message>
        <location filename="../item_history.py" line="61" />
        <source>Select two revisions to compare them, or one to compare it with the current text.</source>
        <translation>Velg to revisjoner for å sammenligne dem, eller én for å sammenligne den med teksten nå.</translation>
    </message>
    <message>
        <location filename="../item_history.py" line="115" />
        <source>Restore a revision</source>
        <translation>Gjenopprett en revisjon</translation>
    </message>
    <message>
        <location filename="../item_history.py" line="116" />
        <source>Select the one revision to restore.</source>
        <translation>Velg den ene revisjonen som skal gjenopprettes.</translation>
    </message>
</context>
<context>
    <name>ItemLinksPanel</name>
    <message>
        <location filename="../item_links.py" line="74" />
        <source>Relations to other items:</source>
        <translation>Relasjoner til andre elementer:</translation>
    </message>
    <message>
        <location filename="../item_links.py" line="75" />
        <source>Relation</source>
        <translation>Relasjon</translation>
    </message>
    <message>
        <location filename="../item_links.py" line="75" />
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../item_links.py" line="76" />
        <source>Relations</source>
        <translation>Relasjoner</translation>
    </message>
    <message>
        <location filename="../item_links.py" line="77" />
        <source>Cited sources:</source>
        <translation>Siterte kilder:</translation>
    </message>
    <message>
        <location filename="../item_links.py" line="78" />
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../item_links.py" line="78" />
        <source>Page or locator</source>
        <translation>Side eller plassering</translation>
    </message>
    <message>
        <location filename="../item_links.py" line="79" />
        <source>Citations</source>
        <translation>Kildehenvisninger</translation>
    </message>
    <message>
        <location filename="../item_links.py" line="80" />
        <source>Add relation…</source>
        <translation>Legg til relasjon …</translation>
    </message>
    <message>
        <location filename="../item_links.py" line="81" />
        <source>Remove relation</source>
        <translation>Fjern relasjon</translation>
    </message>
    <message>
        <location filename="../item_links.py" line="82" />
        <source>Cite a source…</source>
        <translation>Siter en kilde …</translation>
    </message>
    <message>
        <location filename="../item_links.py" line="83" />
        <source>Remove citation</source>
        <translation>Fjern kildehenvisning</translation>
    </message>
    <message>
        <location filename="../item_links.py" line="113" />
        <source>(missing item)</source>
        <translation>(elementet mangler)</translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <location filename="../pickers.py" line="105" />
        <location filename="../pickers.py" line="106" />
        <source>Insert item</source>
        <translation>Sett inn element</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="107" />
        <source>&amp;Find an item by title:</source>
        <translation>&amp;Finn et element på tittel:</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="109" />
        <source>Item title search</source>
        <translation>Søk etter tittel</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="110" />
        <source>Type part of a title…</source>
        <translation>Skriv en del av tittelen …</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="78" />
        <source>Matching items</source>
        <translation>Treff</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="113" />
        <location filename="../pickers.py" line="114" />
        <source>Insert</source>
        <translation>Sett inn</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="116" />
        <location filename="../pickers.py" line="143" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="127" />
        <source>Relation:</source>
        <translation>Relasjon:</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="128" />
        <source>Find:</source>
        <translation>Finn:</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="134" />
        <source>Page or locator:</source>
        <translation>Side eller plassering:</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="138" />
        <source>Cite a source</source>
        <translation>Siter en kilde</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="139" />
        <source>Add a relation</source>
        <translation>Legg til en relasjon</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="99" />
        <source>Relation type</source>
        <translation>Relasjonstype</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="140" />
        <source>Find an item</source>
        <translation>Finn et element</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="141" />
        <source>Type to search</source>
        <translation>Skriv for å søke</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="81" />
        <source>Page or locator</source>
        <translation>Side eller plassering</translation>
    </message>
    <message>
        <location filename="../pickers.py" line="142" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <location filename="../window_files.py" line="28" />
        <source>Open library</source>
        <translation>Åpne bibliotek</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="30" />
        <source>Kursverk libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Kursverk-bibliotek (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="38" />
        <source>New library</source>
        <translation>Nytt bibliotek</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="38" />
        <source>Kursverk libraries (*.sqlite)</source>
        <translation>Kursverk-bibliotek (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="47" />
        <source>Open database URL</source>
        <translation>Åpne database-URL</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="48" />
        <source>Database URL (e.g. postgresql+psycopg://user@server/kursverk):</source>
        <translation>Database-URL (f.eks. postgresql+psycopg://bruker@tjener/kursverk):</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="77" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="88" />
        <source>Import bundle</source>
        <translation>Importer pakke</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="88" />
        <source>Kursverk bundles (*.kvb *.zip)</source>
        <translation>Kursverk-pakker (*.kvb *.zip)</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="96" />
        <source>Export bundle</source>
        <translation>Eksporter pakke</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="96" />
        <source>Kursverk bundles (*.kvb)</source>
        <translation>Kursverk-pakker (*.kvb)</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="108" />
        <source>Importing bundle…</source>
        <translation>Importerer pakke …</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="108" />
        <source>Exporting bundle…</source>
        <translation>Eksporterer pakke …</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="130" />
        <source>Done: %1</source>
        <translation>Ferdig: %1</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="140" />
        <source>Bundle imported</source>
        <translation>Pakken er importert</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="142" />
        <source>Added: %1</source>
        <translation>Lagt til: %1</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="143" />
        <source>Updated: %1</source>
        <translation>Oppdatert: %1</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="144" />
        <source>Unchanged: %1</source>
        <translation>Uendret: %1</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="145" />
        <source>Not imported: %1</source>
        <translation>Ikke importert: %1</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="147" />
        <source>The bundle held nothing to import.</source>
        <translation>Pakken inneholdt ikke noe å importere.</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="150" />
        <source>Where the library and the bundle differ, the library’s version was kept. The details name each one.</source>
        <translation>Der biblioteket og pakken er ulike, er det som står i biblioteket, beholdt. Detaljene nevner hvert tilfelle.</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="160" />
        <source>1 item</source>
        <translation>1 element</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="160" />
        <source>%1 items</source>
        <translation>%1 elementer</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="161" />
        <source>1 module</source>
        <translation>1 modul</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="161" />
        <source>%1 modules</source>
        <translation>%1 moduler</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="162" />
        <source>1 curriculum</source>
        <translation>1 studieplan</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="162" />
        <source>%1 curricula</source>
        <translation>%1 studieplaner</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="163" />
        <source>1 comment</source>
        <translation>1 kommentar</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="163" />
        <source>%1 comments</source>
        <translation>%1 kommentarer</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="164" />
        <source>1 image</source>
        <translation>1 bilde</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="164" />
        <source>%1 images</source>
        <translation>%1 bilder</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../library_view.py" line="355" />
        <source>Search the library (Ctrl+F)</source>
        <translation>Søk i biblioteket (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="356" />
        <source>Search the library</source>
        <translation>Søk i biblioteket</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="357" />
        <source>Filter by kind</source>
        <translation>Filtrer på type</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="358" />
        <source>Filter by tag</source>
        <translation>Filtrer på stikkord</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="359" />
        <source>Filter by audience</source>
        <translation>Filtrer på målgruppe</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="360" />
        <source>Filter by status</source>
        <translation>Filtrer på status</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="361" />
        <location filename="../library_view.py" line="362" />
        <source>Saved searches</source>
        <translation>Lagrede søk</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="363" />
        <source>Library items</source>
        <translation>Elementer i biblioteket</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="364" />
        <source>Enter opens the selected item.</source>
        <translation>Enter åpner det valgte elementet.</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="365" />
        <source>Number of items shown</source>
        <translation>Antall viste elementer</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="379" />
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="381" />
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="385" />
        <source>All audiences</source>
        <translation>Alle målgrupper</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="391" />
        <location filename="../library_view.py" line="410" />
        <source>All tags</source>
        <translation>Alle stikkord</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="511" />
        <source>1 item shown</source>
        <translation>1 element vises</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="513" />
        <source>%1 items shown</source>
        <translation>%1 elementer vises</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="548" />
        <source>Save current search…</source>
        <translation>Lagre dette søket …</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="556" />
        <source>Delete saved search</source>
        <translation>Slett lagret søk</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="561" />
        <source>Save search</source>
        <translation>Lagre søk</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="561" />
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../library_view.py" line="217" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="217" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="217" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="217" />
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../library_view.py" line="218" />
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="362" />
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185" />
        <source>This editor is not available yet.</source>
        <translation>Denne redigereren er ikke tilgjengelig ennå.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127" />
        <source>You are %1 in this team library: you can read and comment, not change content.</source>
        <translation>Du er %1 i dette teambiblioteket: du kan lese og kommentere, ikke endre.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130" />
        <source>Your role</source>
        <translation>Rollen din</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229" />
        <location filename="../main_window.py" line="241" />
        <source>Close «%1»</source>
        <translation>Lukk «%1»</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="230" />
        <source>Detach «%1»</source>
        <translation>Løsne «%1»</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312" />
        <source>Select an item first.</source>
        <translation>Velg et element først.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="324" />
        <source>Retire this item?</source>
        <translation>Vil du fase ut elementet?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="324" />
        <source>Delete this item?</source>
        <translation>Slette elementet?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326" />
        <source>Kursverk</source>
        <translation>Kursverk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="334" />
        <source>New module</source>
        <translation>Ny modul</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="334" />
        <location filename="../main_window.py" line="345" />
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336" />
        <source>Part 1</source>
        <translation>Del 1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345" />
        <source>New curriculum</source>
        <translation>Ny studieplan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="363" />
        <source>Open a module or a curriculum first, then export it.</source>
        <translation>Åpne en modul eller en studieplan først, og eksporter den.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="369" />
        <source>Export is not available yet.</source>
        <translation>Eksport er ikke tilgjengelig ennå.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399" />
        <source>About Kursverk</source>
        <translation>Om Kursverk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400" />
        <source>Kursverk — authoring learning programmes for the municipal sector, offline.</source>
        <translation>Kursverk — lag opplæringsprogrammer for kommunesektoren, uten nett.</translation>
    </message>
</context>
<context>
    <name>ModuleEditorPanel</name>
    <message>
        <location filename="../module_widgets.py" line="253" />
        <source>Reflection question</source>
        <translation>Refleksjonsspørsmål</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="254" />
        <source>Group task</source>
        <translation>Gruppeoppgave</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="255" />
        <source>Case discussion</source>
        <translation>Casediskusjon</translation>
    </message>
    <message>
        <location filename="../composer.py" line="109" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../composer.py" line="165" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../composer.py" line="166" />
        <source>sum of blocks</source>
        <translation>summen av blokkene</translation>
    </message>
    <message>
        <location filename="../composer.py" line="171" />
        <source>Module title</source>
        <translation>Modultittel</translation>
    </message>
    <message>
        <location filename="../composer.py" line="172" />
        <source>Module code</source>
        <translation>Modulkode</translation>
    </message>
    <message>
        <location filename="../composer.py" line="173" />
        <source>Duration in minutes</source>
        <translation>Varighet i minutter</translation>
    </message>
    <message>
        <location filename="../composer.py" line="185" />
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <location filename="../composer.py" line="180" />
        <source>&amp;Duration:</source>
        <translation>&amp;Varighet:</translation>
    </message>
    <message>
        <location filename="../composer.py" line="177" />
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../composer.py" line="187" />
        <source>Audiences:</source>
        <translation>Målgrupper:</translation>
    </message>
    <message>
        <location filename="../composer.py" line="188" />
        <source>&amp;Objectives:</source>
        <translation>&amp;Læringsmål:</translation>
    </message>
    <message>
        <location filename="../composer.py" line="202" />
        <source>Outline tools</source>
        <translation>Disposisjonsverktøy</translation>
    </message>
    <message>
        <location filename="../composer.py" line="204" />
        <source>Module outline</source>
        <translation>Moduldisposisjon</translation>
    </message>
    <message>
        <location filename="../composer.py" line="205" />
        <source>Its commands have shortcuts: F1 lists them.</source>
        <translation>Kommandoene her har hurtigtaster: F1 viser dem.</translation>
    </message>
    <message>
        <location filename="../composer.py" line="215" />
        <source>Module minutes</source>
        <translation>Modulens minutter</translation>
    </message>
    <message>
        <location filename="../composer.py" line="223" />
        <source>Insert item…</source>
        <translation>Sett inn element …</translation>
    </message>
    <message>
        <location filename="../composer.py" line="225" />
        <source>Add text</source>
        <translation>Legg til tekst</translation>
    </message>
    <message>
        <location filename="../composer.py" line="226" />
        <source>Add exercise…</source>
        <translation>Legg til øvelse …</translation>
    </message>
    <message>
        <location filename="../composer.py" line="227" />
        <source>Add trainer note</source>
        <translation>Legg til trenernotat</translation>
    </message>
    <message>
        <location filename="../composer.py" line="228" />
        <location filename="../composer.py" line="483" />
        <source>Add section</source>
        <translation>Legg til seksjon</translation>
    </message>
    <message>
        <location filename="../composer.py" line="229" />
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../composer.py" line="230" />
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../composer.py" line="231" />
        <source>Move to section…</source>
        <translation>Flytt til seksjon …</translation>
    </message>
    <message>
        <location filename="../composer.py" line="233" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../composer.py" line="269" />
        <source>This module cannot be shown: %1</source>
        <translation>Modulen kan ikke vises: %1</translation>
    </message>
    <message>
        <location filename="../composer.py" line="286" />
        <source>This module is deleted; restore it to edit it.</source>
        <translation>Modulen er slettet; gjenopprett den for å redigere den.</translation>
    </message>
    <message>
        <location filename="../composer.py" line="320" />
        <source>%1 · %2 min in blocks</source>
        <translation>%1 · %2 min i blokkene</translation>
    </message>
    <message>
        <location filename="../composer.py" line="321" />
        <source>1 block</source>
        <translation>1 blokk</translation>
    </message>
    <message>
        <location filename="../composer.py" line="321" />
        <source>%1 blocks</source>
        <translation>%1 blokker</translation>
    </message>
    <message>
        <location filename="../composer.py" line="326" />
        <source> · module duration %1 min</source>
        <translation> · modulens varighet %1 min</translation>
    </message>
    <message>
        <location filename="../composer.py" line="328" />
        <source> (differs by %1 min)</source>
        <translation> (avvik %1 min)</translation>
    </message>
    <message>
        <location filename="../composer.py" line="483" />
        <source>Section title:</source>
        <translation>Seksjonstittel:</translation>
    </message>
    <message>
        <location filename="../composer.py" line="527" />
        <source>(untitled section)</source>
        <translation>(seksjon uten tittel)</translation>
    </message>
    <message>
        <location filename="../composer.py" line="530" />
        <source>Move to section</source>
        <translation>Flytt til seksjon</translation>
    </message>
    <message>
        <location filename="../composer.py" line="530" />
        <source>Move the block to:</source>
        <translation>Flytt blokken til:</translation>
    </message>
    <message>
        <location filename="../composer.py" line="547" />
        <source>Remove section</source>
        <translation>Fjern seksjon</translation>
    </message>
    <message>
        <location filename="../composer.py" line="548" />
        <source>Remove the section «%1» and its %2 blocks?</source>
        <translation>Fjerne seksjonen «%1» og de %2 blokkene?</translation>
    </message>
    <message>
        <location filename="../composer.py" line="583" />
        <source>Update «%1»</source>
        <translation>Oppdater «%1»</translation>
    </message>
    <message>
        <location filename="../composer.py" line="585" />
        <source>This block shows revision %1. Revision %2 is the latest. Compare them and accept to show the latest in this module.</source>
        <translation>Blokken viser revisjon %1. Revisjon %2 er den nyeste. Sammenlign dem, og godta for å vise den nyeste i denne modulen.</translation>
    </message>
    <message>
        <location filename="../composer.py" line="590" />
        <source>Update to revision %1</source>
        <translation>Oppdater til revisjon %1</translation>
    </message>
    <message>
        <location filename="../composer.py" line="596" />
        <source>Pinned: revision %1</source>
        <translation>Festet: revisjon %1</translation>
    </message>
    <message>
        <location filename="../composer.py" line="597" />
        <source>Latest: revision %1</source>
        <translation>Nyeste: revisjon %1</translation>
    </message>
</context>
<context>
    <name>NewBlockDialog</name>
    <message>
        <location filename="../module_widgets.py" line="195" />
        <source>Add text block</source>
        <translation>Legg til tekstblokk</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="196" />
        <source>Add exercise</source>
        <translation>Legg til øvelse</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="197" />
        <source>Add trainer note</source>
        <translation>Legg til trenernotat</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="203" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="204" />
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="206" />
        <source>Exercise kind</source>
        <translation>Øvelsestype</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="210" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="216" />
        <source>Instructions</source>
        <translation>Instruksjoner</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="216" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="219" />
        <source>&amp;Instructions:</source>
        <translation>&amp;Instruksjoner:</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="219" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="223" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="225" />
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="226" />
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutter:</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <location filename="../review_rounds.py" line="305" />
        <source>New review round</source>
        <translation>Ny gjennomgangsrunde</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="308" />
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="310" />
        <source>One reviewer per line</source>
        <translation>Én fagfelle per linje</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="313" />
        <source>&amp;Reviewers:</source>
        <translation>&amp;Fagfeller:</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="314" />
        <source>Set a &amp;due date</source>
        <translation>Sett &amp;frist</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="322" />
        <source>Due date:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="325" />
        <source>&amp;Instructions:</source>
        <translation>&amp;Instruksjoner:</translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <location filename="../module_widgets.py" line="82" />
        <source>Learning objectives</source>
        <translation>Læringsmål</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="89" />
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="90" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="91" />
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="92" />
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="96" />
        <source>%1 objective</source>
        <translation>%1 læringsmål</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../outline_model.py" line="295" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="295" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="295" />
        <source>Shown as</source>
        <translation>Vises som</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="295" />
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="296" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="296" />
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="327" />
        <source>(untitled section)</source>
        <translation>(seksjon uten tittel)</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="338" />
        <source>Section %1</source>
        <translation>Seksjon %1</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="355" />
        <source>Pinned to revision %1; revision %2 is the latest.</source>
        <translation>Festet til revisjon %1; revisjon %2 er den nyeste.</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="379" />
        <source>(missing item)</source>
        <translation>(elementet mangler)</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="380" />
        <source>(no title)</source>
        <translation>(uten tittel)</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="388" />
        <source>update available</source>
        <translation>oppdatering finnes</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="396" />
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="397" />
        <source>retired</source>
        <translation>utfaset</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="403" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="403" />
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="404" />
        <source>Trainer note</source>
        <translation>Trenernotat</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="404" />
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="409" />
        <location filename="../outline_model.py" line="414" />
        <source>trainer only</source>
        <translation>bare trener</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="410" />
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="410" />
        <source>summary</source>
        <translation>sammendrag</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="411" />
        <source>title only</source>
        <translation>bare tittel</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="412" />
        <source>pinned r%1</source>
        <translation>festet r%1</translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="413" />
        <source>live</source>
        <translation>levende</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../password_dialog.py" line="30" />
        <source>Team server password</source>
        <translation>Passord til teamserveren</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="33" />
        <source>The team server %1 wants the password of %2.</source>
        <translation>Teamserveren %1 vil ha passordet til %2.</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="37" />
        <source>The server refused that password. Try again.</source>
        <translation>Serveren godtok ikke passordet. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="42" />
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="44" />
        <source>Remember in the keyring</source>
        <translation>Husk i nøkkelringen</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="47" />
        <source>Kursverk keeps the password in the system keyring, never in a file</source>
        <translation>Kursverk lagrer passordet i systemets nøkkelring, aldri i en fil</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="49" />
        <source>This computer has no system keyring; the password is used once</source>
        <translation>Denne maskinen har ingen nøkkelring; passordet brukes bare denne gangen</translation>
    </message>
</context>
<context>
    <name>ProgressWatcher</name>
    <message>
        <location filename="../tasks.py" line="81" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../qt_labels.py" line="107" />
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="108" />
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="109" />
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../qt_labels.py" line="48" />
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="49" />
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="50" />
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="51" />
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="52" />
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="53" />
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="54" />
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="55" />
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="56" />
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="57" />
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="58" />
        <source>Change to detail view mode</source>
        <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="59" />
        <source>Change to list view mode</source>
        <translation>Bytt til listevisning</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="60" />
        <source>Could not delete directory.</source>
        <translation>Kunne ikke slette mappen.</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="61" />
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="62" />
        <source>Create a New Folder</source>
        <translation>Lag en ny mappe</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="63" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="64" />
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="65" />
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="66" />
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="67" />
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="68" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="69" />
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="70" />
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="71" />
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="72" />
        <source>Files of type:</source>
        <translation>Filer av typen:</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="73" />
        <source>Find Directory</source>
        <translation>Finn mappe</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="74" />
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="75" />
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="76" />
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="77" />
        <source>Go forward</source>
        <translation>Gå fremover</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="78" />
        <source>Go to the parent directory</source>
        <translation>Gå til overordnet mappe</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="79" />
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="80" />
        <source>List of places and bookmarks</source>
        <translation>Steder og bokmerker</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="81" />
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="82" />
        <source>My Computer</source>
        <translation>Datamaskinen</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="83" />
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="84" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="85" />
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="86" />
        <source>Recent Places</source>
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="87" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="88" />
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="89" />
        <source>Shortcut</source>
        <translation>Snarvei</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="90" />
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="91" />
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="92" />
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="105" />
        <source>&amp;Look in:</source>
        <translation>&amp;Se i:</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="106" />
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typen:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../qt_labels.py" line="97" />
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="98" />
        <source>Date Modified</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="99" />
        <source>Invalid filename</source>
        <translation>Ugyldig filnavn</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="100" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="101" />
        <source>My Computer</source>
        <translation>Datamaskinen</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="102" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="103" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="104" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../qt_labels.py" line="36" />
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="37" />
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../qt_labels.py" line="14" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="15" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="16" />
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="17" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="18" />
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="19" />
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="20" />
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="21" />
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="22" />
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="23" />
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="24" />
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="25" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="26" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="27" />
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="28" />
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="29" />
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="30" />
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="31" />
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../qt_labels.py" line="39" />
        <source>Up</source>
        <translation>Pil opp</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="40" />
        <source>Down</source>
        <translation>Pil ned</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="41" />
        <source>Left</source>
        <translation>Pil venstre</translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="42" />
        <source>Right</source>
        <translation>Pil høyre</translation>
    </message>
</context>
<context>
    <name>ReviewRoundsDialog</name>
    <message>
        <location filename="../review_rounds.py" line="66" />
        <location filename="../review_rounds.py" line="67" />
        <location filename="../review_rounds.py" line="74" />
        <source>Review rounds</source>
        <translation>Gjennomgangsrunder</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="77" />
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="78" />
        <source>Covers</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="79" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="80" />
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="81" />
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="82" />
        <source>Open «må rettes»</source>
        <translation>Åpne «må rettes»</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="83" />
        <source>Reviewers</source>
        <translation>Fagfeller</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="91" />
        <source>Round details</source>
        <translation>Detaljer om runden</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="94" />
        <source>&amp;New round…</source>
        <translation>&amp;Ny runde …</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="95" />
        <source>&amp;Close round…</source>
        <translation>&amp;Avslutt runde …</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="96" />
        <source>Save &amp;report…</source>
        <translation>Lagre &amp;rapport …</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="97" />
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="120" />
        <source>Review rounds on «%1»</source>
        <translation>Gjennomgangsrunder på «%1»</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="122" />
        <source>All review rounds in the library.</source>
        <translation>Alle gjennomgangsrunder i biblioteket.</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="124" />
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="124" />
        <source>closed</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="126" />
        <location filename="../review_rounds.py" line="176" />
        <source>invited</source>
        <translation>invitert</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="127" />
        <location filename="../review_rounds.py" line="176" />
        <source>started</source>
        <translation>i gang</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="128" />
        <location filename="../review_rounds.py" line="177" />
        <source>done</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="167" />
        <source>Open a module or a curriculum first to start a round on it.</source>
        <translation>Åpne en modul eller en studieplan først for å starte en runde på den.</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="168" />
        <source>A redaktør starts review rounds; as gransker you comment in them.</source>
        <translation>En redaktør starter gjennomgangsrunder; som gransker kommenterer du i dem.</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="180" />
        <source>Reviewers: %1</source>
        <translation>Fagfeller: %1</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="182" />
        <source>Instructions: %1</source>
        <translation>Instruksjoner: %1</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="184" />
        <source>Closed with %1 open «må rettes» (override by %2)</source>
        <translation>Avsluttet med %1 åpne «må rettes» (overstyrt av %2)</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="223" />
        <source>«%1» has %2 open «må rettes» comments:</source>
        <translation>«%1» har %2 åpne «må rettes»-kommentarer:</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="226" />
        <source>Close the round anyway? The round records that they were open.</source>
        <translation>Avslutte runden likevel? Runden noterer at de var åpne.</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="234" />
        <source>Open «må rettes» comments</source>
        <translation>Åpne «må rettes»-kommentarer</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="247" />
        <source>Save round report</source>
        <translation>Lagre rapport fra runden</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="248" />
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="256" />
        <source>Writing the report…</source>
        <translation>Skriver rapporten …</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="287" />
        <source>Saved the report: %1</source>
        <translation>Rapporten er lagret: %1</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="291" />
        <source>The report was not saved: %1</source>
        <translation>Rapporten ble ikke lagret: %1</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="295" />
        <source>The round was started.</source>
        <translation>Runden er startet.</translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="296" />
        <source>The round was closed.</source>
        <translation>Runden er avsluttet.</translation>
    </message>
</context>
<context>
    <name>RevisionDiffDialog</name>
    <message>
        <location filename="../revision_diff.py" line="108" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="109" />
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="110" />
        <location filename="../revision_diff.py" line="111" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="112" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="113" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="114" />
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="115" />
        <source>Audiences</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="116" />
        <source>Relations</source>
        <translation>Relasjoner</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="117" />
        <source>Citations</source>
        <translation>Kildehenvisninger</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="118" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="185" />
        <source>Compare revisions</source>
        <translation>Sammenlign revisjoner</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="186" />
        <source>Revision %1 → revision %2</source>
        <translation>Revisjon %1 → revisjon %2</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="191" />
        <source>Inline</source>
        <translation>I teksten</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="191" />
        <source>Side by side</source>
        <translation>Side om side</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="194" />
        <source>How to show the differences</source>
        <translation>Hvordan forskjellene vises</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="195" />
        <source>Differences</source>
        <translation>Forskjeller</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="196" />
        <location filename="../revision_diff.py" line="197" />
        <source>Revision %1</source>
        <translation>Revisjon %1</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="198" />
        <source>Compared revisions</source>
        <translation>Sammenlignede revisjoner</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="200" />
        <location filename="../revision_diff.py" line="201" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="221" />
        <source>Loading…</source>
        <translation>Laster …</translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="236" />
        <source>The two revisions have the same content.</source>
        <translation>De to revisjonene har samme innhold.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../curriculum_model.py" line="90" />
        <source>Session / module</source>
        <translation>Samling / modul</translation>
    </message>
    <message>
        <location filename="../curriculum_model.py" line="90" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../curriculum_model.py" line="90" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../curriculum_model.py" line="91" />
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../curriculum_model.py" line="91" />
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../curriculum_model.py" line="130" />
        <source>Session %1</source>
        <translation>Samling %1</translation>
    </message>
    <message>
        <location filename="../curriculum_model.py" line="138" />
        <source>(deleted module)</source>
        <translation>(slettet modul)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="60" />
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61" />
        <source>&amp;Language of the program:</source>
        <translation>&amp;Språk i programmet:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="62" />
        <source>&amp;Your name (shown in the history):</source>
        <translation>&amp;Navnet ditt (vises i historikken):</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63" />
        <source>Language of the program</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64" />
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="65" />
        <source>The language of exported documents is chosen when you export.</source>
        <translation>Språket i eksporterte dokumenter velger du når du eksporterer.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../shortcuts_dialog.py" line="96" />
        <source>Item editor</source>
        <translation>Elementredigerer</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="96" />
        <source>Module editor</source>
        <translation>Modulredigerer</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="97" />
        <source>Curriculum editor</source>
        <translation>Studieplanredigerer</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="102" />
        <source>Window</source>
        <translation>Vindu</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="103" />
        <location filename="../shortcuts_dialog.py" line="104" />
        <location filename="../shortcuts_dialog.py" line="117" />
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="107" />
        <source>Tab and Shift+Tab move between fields; Alt with an underlined letter opens a menu or presses a button; the Menu key opens the commands of an outline. An editor’s own shortcuts work while the focus is in its outline, and are listed while a module or curriculum is open.</source>
        <translation>Tab og Shift+Tab flytter mellom feltene; Alt sammen med en understreket bokstav åpner en meny eller trykker på en knapp; menytasten åpner kommandoene i en disposisjon. Hurtigtastene i en redigerer virker når fokuset er i disposisjonen, og vises her når en modul eller studieplan er åpen.</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="115" />
        <source>Shortcut</source>
        <translation>Hurtigtast</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="115" />
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="118" />
        <source>Each shortcut with the command it runs, grouped by menu and editor</source>
        <translation>Hver hurtigtast med kommandoen den utfører, gruppert etter meny og redigerer</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <location filename="../team_status.py" line="93" />
        <location filename="../team_status.py" line="94" />
        <source>Sync</source>
        <translation>Synkroniser</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="96" />
        <source>Send your changes to the team server and fetch the others’ changes</source>
        <translation>Send endringene dine til teamserveren og hent de andres endringer</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="98" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="99" />
        <source>Cancel the sync</source>
        <translation>Avbryt synkroniseringen</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="101" />
        <source>Stop the sync; nothing is lost, and the next sync finishes the job</source>
        <translation>Stopp synkroniseringen; ingenting går tapt, og neste synkronisering gjør jobben ferdig</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="103" />
        <source>Sync progress</source>
        <translation>Framdrift for synkroniseringen</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="106" />
        <location filename="../team_status.py" line="195" />
        <source>Receiving %1 of %2…</source>
        <translation>Henter %1 av %2 …</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="191" />
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="193" />
        <source>Sending %1 of %2…</source>
        <translation>Sender %1 av %2 …</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="197" />
        <source>Merging %1 of %2…</source>
        <translation>Fletter inn %1 av %2 …</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="197" />
        <source>Merging…</source>
        <translation>Fletter inn …</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="199" />
        <source>Connecting to the server…</source>
        <translation>Kobler til serveren …</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="217" />
        <source>Sync cancelled. Nothing was lost; the next sync finishes the job.</source>
        <translation>Synkroniseringen ble avbrutt. Ingenting gikk tapt; neste synkronisering gjør jobben ferdig.</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="220" />
        <source>offline</source>
        <translation>frakoblet</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="231" />
        <source>Synced: %1 sent, %2 fetched, %3 merged, %4 conflicts</source>
        <translation>Synkronisert: %1 sendt, %2 hentet, %3 flettet, %4 konflikter</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="249" />
        <source>Sync report</source>
        <translation>Synkroniseringsrapport</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="250" />
        <source>The sync kept the library valid; it dropped or held back:</source>
        <translation>Synkroniseringen holdt biblioteket gyldig; dette ble fjernet eller holdt tilbake:</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="267" />
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="276" />
        <source>last sync %1</source>
        <translation>sist synkronisert %1</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="277" />
        <source>changes waiting: %1</source>
        <translation>endringer som venter: %1</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="279" />
        <source>conflicts: %1</source>
        <translation>konflikter: %1</translation>
    </message>
    <message>
        <location filename="../team_status.py" line="104" />
        <location filename="../team_status.py" line="282" />
        <source>Conflicts…</source>
        <translation>Konflikter …</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../validation_panel.py" line="56" />
        <source>Validation summary</source>
        <translation>Sammendrag av kontrollen</translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="59" />
        <source>Validation report</source>
        <translation>Kontrollrapport</translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="61" />
        <source>Each line opens the item or module at fault (click or Enter).</source>
        <translation>Hver linje åpner elementet eller modulen med feil (klikk eller Enter).</translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="88" />
        <source>The check could not run: %1</source>
        <translation>Kontrollen kunne ikke kjøres: %1</translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="98" />
        <source>No problems found.</source>
        <translation>Ingen problemer funnet.</translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="100" />
        <source>1 error</source>
        <translation>1 feil</translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="100" />
        <source>%1 errors</source>
        <translation>%1 feil</translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="101" />
        <source>1 warning</source>
        <translation>1 advarsel</translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="101" />
        <source>%1 warnings</source>
        <translation>%1 advarsler</translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="102" />
        <source>%1, %2 — click a line to open it.</source>
        <translation>%1, %2 — klikk på en linje for å åpne den.</translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="118" />
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="118" />
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="120" />
        <source>Open %1</source>
        <translation>Åpne %1</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <location filename="../window_docks.py" line="104" />
        <source>Library (%1)</source>
        <translation>Bibliotek (%1)</translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="111" />
        <source>Modules (%1)</source>
        <translation>Moduler (%1)</translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="112" />
        <source>Curricula (%1)</source>
        <translation>Studieplaner (%1)</translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="165" />
        <source>(missing item)</source>
        <translation>(elementet mangler)</translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="170" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="171" />
        <source>Curriculum</source>
        <translation>Studieplan</translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="172" />
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="173" />
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="180" />
        <source>Not used anywhere yet</source>
        <translation>Ikke brukt noe sted ennå</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../window_menus.py" line="108" />
        <source>Kursverk — %1</source>
        <translation>Kursverk — %1</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="110" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="111" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="112" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="113" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="116" />
        <source>New item of kind</source>
        <translation>Nytt element av typen</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="120" />
        <source>Recent libraries</source>
        <translation>Nylig brukte bibliotek</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="122" />
        <source>&amp;New item</source>
        <translation>&amp;Nytt element</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="123" />
        <source>New &amp;module</source>
        <translation>Ny &amp;modul</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="124" />
        <source>New &amp;curriculum</source>
        <translation>Ny &amp;studieplan</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="125" />
        <source>&amp;Open library file…</source>
        <translation>Å&amp;pne biblioteksfil …</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="126" />
        <source>New library file…</source>
        <translation>Ny biblioteksfil …</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="127" />
        <source>Open database &amp;URL…</source>
        <translation>Åpne database-&amp;URL …</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="128" />
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer pakke …</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="129" />
        <source>Export &amp;bundle…</source>
        <translation>Eksporter &amp;pakke …</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="130" />
        <source>&amp;Export handbook, slides…</source>
        <translation>&amp;Eksporter håndbok, lysbilder …</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="131" />
        <source>Review &amp;rounds…</source>
        <translation>&amp;Gjennomgangsrunder …</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="132" />
        <source>&amp;Close tab</source>
        <translation>&amp;Lukk fane</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="133" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="134" />
        <source>&amp;Find in library</source>
        <translation>&amp;Finn i biblioteket</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="135" />
        <source>&amp;Retire item…</source>
        <translation>&amp;Fas ut element …</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="136" />
        <source>&amp;Delete item…</source>
        <translation>&amp;Slett element …</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="137" />
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="138" />
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="139" />
        <source>Next tab</source>
        <translation>Neste fane</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="140" />
        <source>Previous tab</source>
        <translation>Forrige fane</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="141" />
        <source>Go to navigator</source>
        <translation>Gå til navigatoren</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="142" />
        <source>Show navigator</source>
        <translation>Vis navigator</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="143" />
        <source>Show inspector</source>
        <translation>Vis detaljpanel</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="144" />
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="145" />
        <source>&amp;About Kursverk</source>
        <translation>&amp;Om Kursverk</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="150" />
        <location filename="../window_menus.py" line="155" />
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="151" />
        <source>Inspector</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="152" />
        <source>Toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="153" />
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="154" />
        <source>Open editors</source>
        <translation>Åpne redigerere</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="156" />
        <source>Relations</source>
        <translation>Relasjoner</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="157" />
        <source>Where used</source>
        <translation>Brukt i</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="158" />
        <source>Revision history</source>
        <translation>Revisjonshistorikk</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="165" />
        <source>Inspected item</source>
        <translation>Valgt element</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="168" />
        <source>Select an item to see its relations, where it is used and its history.</source>
        <translation>Velg et element for å se relasjonene, hvor det er brukt og historikken.</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="171" />
        <source>Open library</source>
        <translation>Åpne bibliotek</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="183" />
        <source>Undo: %1</source>
        <translation>Angre: %1</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="185" />
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="187" />
        <source>Redo: %1</source>
        <translation>Gjør om: %1</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="189" />
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="101" />
        <location filename="../app.py" line="123" />
        <source>Cannot open the library</source>
        <translation>Kan ikke åpne biblioteket</translation>
    </message>
    <message>
        <location filename="../app.py" line="103" />
        <source>Kursverk could not open the library
%1</source>
        <translation>Kursverk kunne ikke åpne biblioteket
%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="108" />
        <source>The file may be damaged, or written by a newer version of Kursverk. It has not been changed.

Details: %1</source>
        <translation>Filen kan være skadet, eller skrevet av en nyere versjon av Kursverk. Den er ikke endret.

Detaljer: %1</translation>
    </message>
    <message>
        <location filename="../app.py" line="115" />
        <source>Open another library…</source>
        <translation>Åpne et annet bibliotek …</translation>
    </message>
    <message>
        <location filename="../app.py" line="119" />
        <source>Create a new library…</source>
        <translation>Lag et nytt bibliotek …</translation>
    </message>
    <message>
        <location filename="../app.py" line="122" />
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../app.py" line="126" />
        <source>Kursverk libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Kursverk-bibliotek (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../app.py" line="131" />
        <source>Open library</source>
        <translation>Åpne bibliotek</translation>
    </message>
    <message>
        <location filename="../app.py" line="136" />
        <source>New library</source>
        <translation>Nytt bibliotek</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../_command_labels.py" line="9" />
        <source>Accept suggestion</source>
        <translation>Godta endringsforslag</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="10" />
        <source>Add blocks</source>
        <translation>Legg til blokker</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="11" />
        <source>Add citation</source>
        <translation>Legg til kildehenvisning</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="12" />
        <source>Add comment</source>
        <translation>Legg til kommentar</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="13" />
        <source>Add modules</source>
        <translation>Legg til moduler</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="14" />
        <source>Add relation</source>
        <translation>Legg til relasjon</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="15" />
        <source>Add section</source>
        <translation>Legg til seksjon</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="16" />
        <source>Add session</source>
        <translation>Legg til samling</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="17" />
        <source>Create curriculum</source>
        <translation>Opprett studieplan</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="18" />
        <source>Create item</source>
        <translation>Opprett element</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="19" />
        <source>Create module</source>
        <translation>Opprett modul</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="20" />
        <source>Delete comment</source>
        <translation>Slett kommentar</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="21" />
        <source>Delete curriculum</source>
        <translation>Slett studieplan</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="22" />
        <source>Delete item</source>
        <translation>Slett element</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="23" />
        <source>Delete module</source>
        <translation>Slett modul</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="24" />
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="25" />
        <source>Edit block</source>
        <translation>Rediger blokk</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="26" />
        <source>Edit comment</source>
        <translation>Endre kommentar</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="27" />
        <source>Edit curriculum</source>
        <translation>Rediger studieplan</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="28" />
        <source>Edit item</source>
        <translation>Rediger element</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="29" />
        <source>Edit module</source>
        <translation>Rediger modul</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="30" />
        <source>Edit session</source>
        <translation>Rediger samling</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="31" />
        <source>Move block</source>
        <translation>Flytt blokk</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="32" />
        <source>Move module</source>
        <translation>Flytt modul</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="33" />
        <source>Move section</source>
        <translation>Flytt seksjon</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="34" />
        <source>Move session</source>
        <translation>Flytt samling</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="35" />
        <source>Re-attach comment</source>
        <translation>Fest kommentar på nytt</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="36" />
        <source>Reject suggestion</source>
        <translation>Avvis endringsforslag</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="37" />
        <source>Remove block</source>
        <translation>Fjern blokk</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="38" />
        <source>Remove citation</source>
        <translation>Fjern kildehenvisning</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="39" />
        <source>Remove module</source>
        <translation>Fjern modul</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="40" />
        <source>Remove relation</source>
        <translation>Fjern relasjon</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="41" />
        <source>Remove section</source>
        <translation>Fjern seksjon</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="42" />
        <source>Remove session</source>
        <translation>Fjern samling</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="43" />
        <source>Rename section</source>
        <translation>Gi seksjonen nytt navn</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="44" />
        <source>Reopen comment</source>
        <translation>Gjenåpne kommentar</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="45" />
        <source>Reply to comment</source>
        <translation>Svar på kommentar</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="46" />
        <source>Resolve comment</source>
        <translation>Løs kommentar</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="47" />
        <source>Restore curriculum</source>
        <translation>Gjenopprett studieplan</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="48" />
        <source>Restore item</source>
        <translation>Gjenopprett element</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="49" />
        <source>Restore module</source>
        <translation>Gjenopprett modul</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="50" />
        <source>Restore revision</source>
        <translation>Gjenopprett revisjon</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="51" />
        <source>Retire item</source>
        <translation>Fas ut element</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="52" />
        <source>Set status</source>
        <translation>Sett status</translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="53" />
        <source>Set tags</source>
        <translation>Sett stikkord</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="215" />
        <location filename="../i18n.py" line="239" />
        <source>Undo %1</source>
        <translation>Angre %1</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../ops.py" line="89" />
        <source>Changed elsewhere</source>
        <translation>Endret et annet sted</translation>
    </message>
    <message>
        <location filename="../ops.py" line="91" />
        <source>Could not complete the action</source>
        <translation>Handlingen kunne ikke fullføres</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../i18n.py" line="235" />
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="236" />
        <source>In review</source>
        <translation>Til vurdering</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="237" />
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="238" />
        <source>Retired</source>
        <translation>Utfaset</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../i18n.py" line="195" />
        <source>Required</source>
        <translation>Må fylles ut</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="196" />
        <source>Must be a number</source>
        <translation>Må være et tall</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="197" />
        <source>Must be at least %1</source>
        <translation>Må være minst %1</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="198" />
        <source>Must be at most %1</source>
        <translation>Må være høyst %1</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="199" />
        <source>Longer than %1 characters</source>
        <translation>Lengre enn %1 tegn</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="200" />
        <source>An entry is longer than %1 characters</source>
        <translation>En linje er lengre enn %1 tegn</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="201" />
        <source>Must be one of %1</source>
        <translation>Må være en av %1</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="202" />
        <source>Must be an http, https or mailto address</source>
        <translation>Må være en http-, https- eller mailto-adresse</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="203" />
        <source>Must be a list of texts</source>
        <translation>Må være en liste med tekster</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="204" />
        <source>Must be text</source>
        <translation>Må være tekst</translation>
    </message>
</context>
</TS>