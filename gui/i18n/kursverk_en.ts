<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AudienceChecks</name>
    <message>
        <location filename="../module_widgets.py" line="54"/>
        <source>Audience: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockOptionsPanel</name>
    <message>
        <location filename="../module_widgets.py" line="276"/>
        <location filename="../module_widgets.py" line="380"/>
        <source>Select a block to see its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="278"/>
        <source>Selected block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="286"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="288"/>
        <source>Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="289"/>
        <source>Update to the latest revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="297"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="300"/>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="302"/>
        <source>Full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="303"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="304"/>
        <source>Title only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="310"/>
        <source>&amp;Shown as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="321"/>
        <source>Block title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="323"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="325"/>
        <source>Exercise kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="331"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="334"/>
        <location filename="../module_widgets.py" line="416"/>
        <source>Block text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="336"/>
        <location filename="../module_widgets.py" line="420"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="339"/>
        <source>&amp;Trainer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="340"/>
        <source>Trainer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="341"/>
        <source>Left out of the participant handbook and the slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="357"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="358"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="360"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="384"/>
        <source>Text block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="385"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="386"/>
        <source>Trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="391"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="398"/>
        <source>Live (the latest revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="400"/>
        <source>Pinned to revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="406"/>
        <source>Update to revision %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="416"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="420"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentCounts</name>
    <message>
        <location filename="../outline_counts.py" line="36"/>
        <source>%1 open comment threads, %2 blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_counts.py" line="40"/>
        <source>%1 (%2 must fix)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../comment_parts.py" line="122"/>
        <source>Suggest change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="122"/>
        <location filename="../comment_parts.py" line="141"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="127"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="133"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="134"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="137"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="138"/>
        <source>&amp;Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="142"/>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <location filename="../comment_panel.py" line="226"/>
        <source>&amp;Comment on selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="227"/>
        <source>Suggest a c&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="228"/>
        <source>Go to comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="231"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="236"/>
        <source>Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="237"/>
        <source>Suggest change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="238"/>
        <location filename="../comment_panel.py" line="250"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="239"/>
        <source>Go to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="240"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="241"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="242"/>
        <source>Attach here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="243"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="244"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="248"/>
        <source>Attach the comment to the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="249"/>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="251"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="251"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="251"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="253"/>
        <source>Show threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="254"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="257"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="258"/>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="259"/>
        <source>&amp;Blocking only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="260"/>
        <source>Without a place (the text is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="261"/>
        <source>Comment threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="262"/>
        <source>Comments without a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="263"/>
        <source>Selected thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="361"/>
        <source>Open an item, a module or a curriculum to see its comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="363"/>
        <source>Comments on «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="422"/>
        <source>Select text, then press Ctrl+Alt+M to comment or Ctrl+Alt+E to suggest a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="426"/>
        <source>No comments match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="427"/>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="491"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_panel.py" line="491"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="68"/>
        <source>The item was changed elsewhere and your edits are not saved: load the newer version or save your text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="90"/>
        <source>Open an item, a module block or a curriculum to comment on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="95"/>
        <source>Select the words to comment on in a text field first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="158"/>
        <source>Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="159"/>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="171"/>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="172"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_actions.py" line="192"/>
        <source>Select the new text in the field «%1» first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="169"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="170"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="171"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="172"/>
        <source>Must fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="183"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="184"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="185"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="190"/>
        <source>Block text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="206"/>
        <source>(the whole entity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="215"/>
        <location filename="../comment_parts.py" line="243"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="231"/>
        <source>Not found in the text any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="233"/>
        <source>Characters %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comment_parts.py" line="239"/>
        <source>Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../conflict_dialog.py" line="38"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="39"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="40"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="41"/>
        <source>Module in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="42"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="43"/>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="46"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="47"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="48"/>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="49"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="60"/>
        <source>The whole entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="127"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="144"/>
        <source>You and the team server changed these places differently since the last sync. What could be merged is merged already; for each entity, keep your version of the places below, take theirs, or keep it as you have edited it since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="129"/>
        <source>Entities in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="131"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="131"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="131"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="134"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="135"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="136"/>
        <source>Keep as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="138"/>
        <source>Keep the entity as it is in this working copy now, with the changes you made after the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="149"/>
        <source>No conflicts left. Sync to send what you chose to the team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="197"/>
        <source>The merged result breaks a rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurriculumEditorPanel</name>
    <message>
        <location filename="../curriculum_editor.py" line="110"/>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="162"/>
        <location filename="../curriculum_editor.py" line="281"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="164"/>
        <source>Curriculum title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="165"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="166"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="167"/>
        <source>Edition date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="169"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="172"/>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="173"/>
        <source>Edition &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="178"/>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="180"/>
        <source>Audiences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="182"/>
        <source>Curriculum description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="186"/>
        <source>Desc&amp;ription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="197"/>
        <source>&amp;Modules (drag into a session, or Enter to add):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="200"/>
        <source>Filter modules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="201"/>
        <source>Filter modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="204"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="209"/>
        <source>&amp;Add to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="210"/>
        <source>Add the selected modules to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="222"/>
        <source>Session tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="224"/>
        <source>Sessions and their modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="225"/>
        <source>Its commands have shortcuts: F1 lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="241"/>
        <source>Curriculum minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="249"/>
        <location filename="../curriculum_editor.py" line="522"/>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="250"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="251"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="253"/>
        <source>Move to session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="255"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="285"/>
        <source>no start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="286"/>
        <source>Session &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="287"/>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="288"/>
        <source>Session d&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="289"/>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="290"/>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="291"/>
        <source>Session start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="315"/>
        <source>This curriculum cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="332"/>
        <source>This curriculum is deleted; restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="393"/>
        <source>Total %1 min (%2 h %3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="422"/>
        <source>Add a session to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="426"/>
        <source>&lt;b&gt;Session %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="445"/>
        <source>(deleted module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="449"/>
        <source>%1 min in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="522"/>
        <source>Session title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="523"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="542"/>
        <source>Add modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="543"/>
        <source>Add a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="579"/>
        <source>Move to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="580"/>
        <source>Move the module to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="593"/>
        <source>Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="594"/>
        <source>Remove the session «%1» with its %2 modules?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../diff_view.py" line="116"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../diff_view.py" line="77"/>
        <location filename="../diff_view.py" line="93"/>
        <source>Old version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../diff_view.py" line="78"/>
        <location filename="../diff_view.py" line="94"/>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../diff_view.py" line="91"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../diff_view.py" line="92"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="78"/>
        <location filename="../export_dialog.py" line="79"/>
        <location filename="../export_dialog.py" line="228"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="92"/>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="95"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="97"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="98"/>
        <source>Participant (no trainer notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="99"/>
        <source>Trainer (with trainer notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="100"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="102"/>
        <source>Label language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="103"/>
        <source>Norwegian bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="104"/>
        <source>Norwegian nynorsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="104"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="106"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="108"/>
        <source>Handout slides per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="109"/>
        <source>3 slides per page, with lines for notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="110"/>
        <source>6 slides per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="113"/>
        <source>PDF for handbook and trainer guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="114"/>
        <source>Accessible (tagged PDF/UA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="115"/>
        <source>Print (faster, untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="116"/>
        <source>P&amp;DF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="111"/>
        <source>&amp;Handout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="117"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="118"/>
        <source>Export even if the check finds errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="120"/>
        <source>A draft with an empty session or a retired item is refused unless this is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="123"/>
        <source>Export an accessible PDF even if it has accessibility faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="124"/>
        <source>Export despite accessibility faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="126"/>
        <source>An image without alt text, a table without a header row or a skipped heading level keeps a handbook from being accessible, so such an export is refused. With this on, the PDF is written without the PDF/UA claim and the export record notes the faults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="145"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="149"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="150"/>
        <source>Choose output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="157"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="160"/>
        <source>Participant handbook (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="161"/>
        <source>Trainer guide (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="162"/>
        <source>Slides (16:9 PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="163"/>
        <source>Handout (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="164"/>
        <source>PowerPoint (PPTX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="165"/>
        <source>Award criteria scoring sheet (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="166"/>
        <source>Collaboration model cards (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="167"/>
        <source>Example collection (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="168"/>
        <source>Indicator appendix (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="169"/>
        <source>Draft for review (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="170"/>
        <source>Handbook or trainer guide as web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="182"/>
        <source>One accessible web page: the participant profile gives the handbook, the trainer profile the trainer guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="194"/>
        <source>Choose the formats and press Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="196"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="200"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="202"/>
        <source>Exported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="205"/>
        <source>&amp;Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="208"/>
        <source>Export warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="211"/>
        <source>W&amp;arnings (double-click or Enter opens the item):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="221"/>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="222"/>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="223"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="224"/>
        <location filename="../export_dialog.py" line="398"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="226"/>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="227"/>
        <source>Open the folder of the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="229"/>
        <source>Cancel or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="265"/>
        <source>Module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="267"/>
        <source>Whole curriculum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="269"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="282"/>
        <source>%1 — unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="286"/>
        <source>Some formats are unavailable (hover for the reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="353"/>
        <source>Accessibility: %1 faults keep the handbook from an accessible PDF (listed under Warnings; double-click one to open it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="356"/>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="385"/>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="398"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="362"/>
        <source>Double-click or press Enter to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="413"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="179"/>
        <source>Always made with the trainer profile, with the trainer notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="306"/>
        <source>A trainer guide is always made with the trainer profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="334"/>
        <source>%1 — none in the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="367"/>
        <source>The selection holds no award criteria, so there is no scoring sheet to make. Add criterion items to its modules first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="369"/>
        <source>The selection holds no collaboration models, so there are no model cards to make. Add collaboration models to its modules first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="372"/>
        <source>The selection holds no examples, so there is no example collection to make. Add example items to its modules first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="374"/>
        <source>The selection holds no indicators, so there is no indicator appendix to make. Add indicator items to its modules first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../export_run.py" line="64"/>
        <source>Choose a folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="75"/>
        <location filename="../export_run.py" line="114"/>
        <source>Collecting the content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="125"/>
        <source>«%1» was not exported: the check finds errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="127"/>
        <source>Fix them in the check report, or tick «Export even if the check finds errors».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="132"/>
        <source>Could not collect the content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="134"/>
        <source>«%1» was not exported: open «må rettes» comments must be resolved first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="150"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="152"/>
        <source>«%1» has %2 open «må rettes» comments:

%3

Export anyway? The export record notes that they were open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="163"/>
        <source>Open «må rettes» comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="174"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="206"/>
        <source>, %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="212"/>
        <source>%1: written despite accessibility faults, without the PDF/UA claim; the export record notes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="222"/>
        <source>Double-click or press Enter to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="229"/>
        <source>not accessible (accessibility faults: %1, see Warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="234"/>
        <source>exporter unavailable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="237"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="241"/>
        <source>Double-click a fault under Warnings to open it and fix it, choose the print PDF, or tick «Export an accessible PDF even if it has accessibility faults».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="270"/>
        <source>Cancelled. No unfinished file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="273"/>
        <source>1 file written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="274"/>
        <source>%1 files written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="275"/>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="275"/>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="276"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="276"/>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_run.py" line="277"/>
        <source>Done: %1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <location filename="../impact.py" line="35"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="35"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="36"/>
        <source>Delete «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="37"/>
        <source>Retire «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="45"/>
        <source>Where the item is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="46"/>
        <source>Used in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="46"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="52"/>
        <source>%1 anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="56"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="66"/>
        <source>1 module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="66"/>
        <source>%1 modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="67"/>
        <source>1 curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="67"/>
        <source>%1 curricula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="68"/>
        <source>1 export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="68"/>
        <source>%1 exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="69"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="69"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="77"/>
        <source>It is used in %1, and by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="80"/>
        <source>It is used in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="82"/>
        <source>It is used by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="83"/>
        <source>Deleted items drop out of modules and future exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="85"/>
        <source>Retired items stay where they are used, flagged as retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="92"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="96"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="96"/>
        <source>Curricula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="97"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="97"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditorPanel</name>
    <message>
        <location filename="../item_editor.py" line="73"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="89"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="172"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="173"/>
        <source>Relations and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="174"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="175"/>
        <source>Item editor sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="176"/>
        <source>Load the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="177"/>
        <source>Save my text over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="180"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="181"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="197"/>
        <location filename="../item_editor.py" line="239"/>
        <source>Saved (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="220"/>
        <location filename="../item_editor.py" line="264"/>
        <source>Not saved: fix the marked fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="267"/>
        <source>Changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="233"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="249"/>
        <source>This item was changed elsewhere after you opened it, so your edit was not saved. Your text is still here. Load the newer version (your edits are replaced), or save your text over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="253"/>
        <source>Not saved: changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="255"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemFormPanel</name>
    <message>
        <location filename="../item_form.py" line="93"/>
        <source>Item fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="218"/>
        <location filename="../item_form.py" line="235"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="218"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="219"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="219"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="220"/>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="220"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="225"/>
        <location filename="../item_form.py" line="234"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="241"/>
        <source>Comma-separated, e.g. klima, næring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="242"/>
        <source>Text (Markdown) and preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="243"/>
        <source>Text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="244"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="245"/>
        <source>Insert image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="246"/>
        <location filename="../item_form.py" line="338"/>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="338"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemHistoryPanel</name>
    <message>
        <location filename="../item_history.py" line="54"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="55"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="58"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="58"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="59"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="59"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="60"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="61"/>
        <source>Select two revisions to compare them, or one to compare it with the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="115"/>
        <source>Restore a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="116"/>
        <source>Select the one revision to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemLinksPanel</name>
    <message>
        <location filename="../item_links.py" line="74"/>
        <source>Relations to other items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="75"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="75"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="76"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="77"/>
        <source>Cited sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="78"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="78"/>
        <source>Page or locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="79"/>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="80"/>
        <source>Add relation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="81"/>
        <source>Remove relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="82"/>
        <source>Cite a source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="83"/>
        <source>Remove citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="113"/>
        <source>(missing item)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <location filename="../pickers.py" line="105"/>
        <location filename="../pickers.py" line="106"/>
        <source>Insert item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="107"/>
        <source>&amp;Find an item by title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="109"/>
        <source>Item title search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="110"/>
        <source>Type part of a title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="78"/>
        <source>Matching items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="113"/>
        <location filename="../pickers.py" line="114"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="116"/>
        <location filename="../pickers.py" line="143"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="127"/>
        <source>Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="128"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="134"/>
        <source>Page or locator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="138"/>
        <source>Cite a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="139"/>
        <source>Add a relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="99"/>
        <source>Relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="140"/>
        <source>Find an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="141"/>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="81"/>
        <source>Page or locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="142"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <location filename="../window_files.py" line="28"/>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="30"/>
        <source>Kursverk libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="38"/>
        <source>New library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="38"/>
        <source>Kursverk libraries (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="47"/>
        <source>Open database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="48"/>
        <source>Database URL (e.g. postgresql+psycopg://user@server/kursverk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="77"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="88"/>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="88"/>
        <source>Kursverk bundles (*.kvb *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="96"/>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="96"/>
        <source>Kursverk bundles (*.kvb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="108"/>
        <source>Importing bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="108"/>
        <source>Exporting bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="130"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="140"/>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="142"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="143"/>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="144"/>
        <source>Unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="145"/>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="147"/>
        <source>The bundle held nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="150"/>
        <source>Where the library and the bundle differ, the library’s version was kept. The details name each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="160"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="160"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="161"/>
        <source>1 module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="161"/>
        <source>%1 modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="162"/>
        <source>1 curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="162"/>
        <source>%1 curricula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="163"/>
        <source>1 comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="163"/>
        <source>%1 comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="164"/>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_files.py" line="164"/>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../library_view.py" line="355"/>
        <source>Search the library (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="356"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="357"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="358"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="359"/>
        <source>Filter by audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="360"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="361"/>
        <location filename="../library_view.py" line="362"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="363"/>
        <source>Library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="364"/>
        <source>Enter opens the selected item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="365"/>
        <source>Number of items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="379"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="381"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="385"/>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="391"/>
        <location filename="../library_view.py" line="410"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="511"/>
        <source>1 item shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="513"/>
        <source>%1 items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="548"/>
        <source>Save current search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="556"/>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="561"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="561"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../library_view.py" line="217"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="217"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="217"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="217"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="218"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="362"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185"/>
        <source>This editor is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>You are %1 in this team library: you can read and comment, not change content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229"/>
        <location filename="../main_window.py" line="241"/>
        <source>Close «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="230"/>
        <source>Detach «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>Select an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="324"/>
        <source>Retire this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="324"/>
        <source>Delete this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326"/>
        <source>Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="334"/>
        <source>New module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="334"/>
        <location filename="../main_window.py" line="345"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336"/>
        <source>Part 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345"/>
        <source>New curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="363"/>
        <source>Open a module or a curriculum first, then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="369"/>
        <source>Export is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>About Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>Kursverk — authoring learning programmes for the municipal sector, offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleEditorPanel</name>
    <message>
        <location filename="../module_widgets.py" line="253"/>
        <source>Reflection question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="254"/>
        <source>Group task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="255"/>
        <source>Case discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="109"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="165"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="166"/>
        <source>sum of blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="171"/>
        <source>Module title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="172"/>
        <source>Module code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="173"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="185"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="180"/>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="177"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="187"/>
        <source>Audiences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="188"/>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="202"/>
        <source>Outline tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="204"/>
        <source>Module outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="205"/>
        <source>Its commands have shortcuts: F1 lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="215"/>
        <source>Module minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="223"/>
        <source>Insert item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="225"/>
        <source>Add text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="226"/>
        <source>Add exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="227"/>
        <source>Add trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="228"/>
        <location filename="../composer.py" line="483"/>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="229"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="230"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="231"/>
        <source>Move to section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="233"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="269"/>
        <source>This module cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="286"/>
        <source>This module is deleted; restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="320"/>
        <source>%1 · %2 min in blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="321"/>
        <source>1 block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="321"/>
        <source>%1 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="326"/>
        <source> · module duration %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="328"/>
        <source> (differs by %1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="483"/>
        <source>Section title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="527"/>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="530"/>
        <source>Move to section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="530"/>
        <source>Move the block to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="547"/>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="548"/>
        <source>Remove the section «%1» and its %2 blocks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="583"/>
        <source>Update «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="585"/>
        <source>This block shows revision %1. Revision %2 is the latest. Compare them and accept to show the latest in this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="590"/>
        <source>Update to revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="596"/>
        <source>Pinned: revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="597"/>
        <source>Latest: revision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBlockDialog</name>
    <message>
        <location filename="../module_widgets.py" line="195"/>
        <source>Add text block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="196"/>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="197"/>
        <source>Add trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="203"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="204"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="206"/>
        <source>Exercise kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="210"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="216"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="216"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="219"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="219"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="223"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="225"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="226"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <location filename="../review_rounds.py" line="305"/>
        <source>New review round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="308"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="310"/>
        <source>One reviewer per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="313"/>
        <source>&amp;Reviewers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="314"/>
        <source>Set a &amp;due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="322"/>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="325"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <location filename="../module_widgets.py" line="82"/>
        <source>Learning objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="89"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="90"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="91"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="92"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="96"/>
        <source>%1 objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../outline_model.py" line="295"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="295"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="295"/>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="295"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="296"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="296"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="327"/>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="338"/>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="355"/>
        <source>Pinned to revision %1; revision %2 is the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="379"/>
        <source>(missing item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="380"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="388"/>
        <source>update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="396"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="397"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="403"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="403"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="404"/>
        <source>Trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="404"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="409"/>
        <location filename="../outline_model.py" line="414"/>
        <source>trainer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="410"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="410"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="411"/>
        <source>title only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="412"/>
        <source>pinned r%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="413"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../password_dialog.py" line="30"/>
        <source>Team server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="33"/>
        <source>The team server %1 wants the password of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="37"/>
        <source>The server refused that password. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="42"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="44"/>
        <source>Remember in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="47"/>
        <source>Kursverk keeps the password in the system keyring, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="49"/>
        <source>This computer has no system keyring; the password is used once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressWatcher</name>
    <message>
        <location filename="../tasks.py" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../qt_labels.py" line="107"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="108"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="109"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../qt_labels.py" line="48"/>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="49"/>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="50"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="51"/>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="52"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="53"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="54"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="55"/>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="56"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="57"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="58"/>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="59"/>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="60"/>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="61"/>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="62"/>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="63"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="64"/>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="65"/>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="66"/>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="67"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="68"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="69"/>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="70"/>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="71"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="72"/>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="73"/>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="74"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="75"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="76"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="77"/>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="78"/>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="79"/>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="80"/>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="81"/>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="82"/>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="83"/>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="84"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="85"/>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="86"/>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="87"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="88"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="89"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="90"/>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="91"/>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="92"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="105"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="106"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../qt_labels.py" line="97"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="98"/>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="99"/>
        <source>Invalid filename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="100"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="101"/>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="102"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="103"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="104"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../qt_labels.py" line="36"/>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="37"/>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../qt_labels.py" line="14"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="15"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="16"/>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="17"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="18"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="19"/>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="20"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="21"/>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="22"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="23"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="24"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="25"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="26"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="27"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="28"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="29"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="30"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="31"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../qt_labels.py" line="39"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="40"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="41"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_labels.py" line="42"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRoundsDialog</name>
    <message>
        <location filename="../review_rounds.py" line="66"/>
        <location filename="../review_rounds.py" line="67"/>
        <location filename="../review_rounds.py" line="74"/>
        <source>Review rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="77"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="78"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="79"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="80"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="81"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="82"/>
        <source>Open «må rettes»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="83"/>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="91"/>
        <source>Round details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="94"/>
        <source>&amp;New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="95"/>
        <source>&amp;Close round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="96"/>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="97"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="120"/>
        <source>Review rounds on «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="122"/>
        <source>All review rounds in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="124"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="124"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="126"/>
        <location filename="../review_rounds.py" line="176"/>
        <source>invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="127"/>
        <location filename="../review_rounds.py" line="176"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="128"/>
        <location filename="../review_rounds.py" line="177"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="167"/>
        <source>Open a module or a curriculum first to start a round on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="168"/>
        <source>A redaktør starts review rounds; as gransker you comment in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="180"/>
        <source>Reviewers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="182"/>
        <source>Instructions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="184"/>
        <source>Closed with %1 open «må rettes» (override by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="223"/>
        <source>«%1» has %2 open «må rettes» comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="226"/>
        <source>Close the round anyway? The round records that they were open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="234"/>
        <source>Open «må rettes» comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="247"/>
        <source>Save round report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="248"/>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="256"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="287"/>
        <source>Saved the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="291"/>
        <source>The report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="295"/>
        <source>The round was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_rounds.py" line="296"/>
        <source>The round was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionDiffDialog</name>
    <message>
        <location filename="../revision_diff.py" line="108"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="109"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="110"/>
        <location filename="../revision_diff.py" line="111"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="112"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="113"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="114"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="115"/>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="116"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="117"/>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="118"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="185"/>
        <source>Compare revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="186"/>
        <source>Revision %1 → revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="191"/>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="191"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="194"/>
        <source>How to show the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="195"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="196"/>
        <location filename="../revision_diff.py" line="197"/>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="198"/>
        <source>Compared revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="200"/>
        <location filename="../revision_diff.py" line="201"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="221"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="236"/>
        <source>The two revisions have the same content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../curriculum_model.py" line="90"/>
        <source>Session / module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_model.py" line="90"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_model.py" line="90"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_model.py" line="91"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_model.py" line="91"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_model.py" line="130"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_model.py" line="138"/>
        <source>(deleted module)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="60"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61"/>
        <source>&amp;Language of the program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="62"/>
        <source>&amp;Your name (shown in the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>Language of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="65"/>
        <source>The language of exported documents is chosen when you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../shortcuts_dialog.py" line="96"/>
        <source>Item editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="96"/>
        <source>Module editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="97"/>
        <source>Curriculum editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="102"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="103"/>
        <location filename="../shortcuts_dialog.py" line="104"/>
        <location filename="../shortcuts_dialog.py" line="117"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="107"/>
        <source>Tab and Shift+Tab move between fields; Alt with an underlined letter opens a menu or presses a button; the Menu key opens the commands of an outline. An editor’s own shortcuts work while the focus is in its outline, and are listed while a module or curriculum is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="115"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="115"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="118"/>
        <source>Each shortcut with the command it runs, grouped by menu and editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <location filename="../team_status.py" line="93"/>
        <location filename="../team_status.py" line="94"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="96"/>
        <source>Send your changes to the team server and fetch the others’ changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="98"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="99"/>
        <source>Cancel the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="101"/>
        <source>Stop the sync; nothing is lost, and the next sync finishes the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="103"/>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="106"/>
        <location filename="../team_status.py" line="195"/>
        <source>Receiving %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="191"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="193"/>
        <source>Sending %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="197"/>
        <source>Merging %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="197"/>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="199"/>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="217"/>
        <source>Sync cancelled. Nothing was lost; the next sync finishes the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="220"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="231"/>
        <source>Synced: %1 sent, %2 fetched, %3 merged, %4 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="249"/>
        <source>Sync report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="250"/>
        <source>The sync kept the library valid; it dropped or held back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="267"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="276"/>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="277"/>
        <source>changes waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="279"/>
        <source>conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="104"/>
        <location filename="../team_status.py" line="282"/>
        <source>Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../validation_panel.py" line="56"/>
        <source>Validation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="59"/>
        <source>Validation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="61"/>
        <source>Each line opens the item or module at fault (click or Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="88"/>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="98"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="100"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="100"/>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="101"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="101"/>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="102"/>
        <source>%1, %2 — click a line to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="118"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="118"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="120"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <location filename="../window_docks.py" line="104"/>
        <source>Library (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="111"/>
        <source>Modules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="112"/>
        <source>Curricula (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="165"/>
        <source>(missing item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="170"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="171"/>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="172"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="173"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_docks.py" line="180"/>
        <source>Not used anywhere yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../window_menus.py" line="108"/>
        <source>Kursverk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="110"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="111"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="112"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="113"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="116"/>
        <source>New item of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="120"/>
        <source>Recent libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="122"/>
        <source>&amp;New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="123"/>
        <source>New &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="124"/>
        <source>New &amp;curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="125"/>
        <source>&amp;Open library file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="126"/>
        <source>New library file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="127"/>
        <source>Open database &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="128"/>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="129"/>
        <source>Export &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="130"/>
        <source>&amp;Export handbook, slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="131"/>
        <source>Review &amp;rounds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="132"/>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="133"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="134"/>
        <source>&amp;Find in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="135"/>
        <source>&amp;Retire item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="136"/>
        <source>&amp;Delete item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="137"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="138"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="139"/>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="140"/>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="141"/>
        <source>Go to navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="142"/>
        <source>Show navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="143"/>
        <source>Show inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="144"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="145"/>
        <source>&amp;About Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="150"/>
        <location filename="../window_menus.py" line="155"/>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="151"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="152"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="153"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="154"/>
        <source>Open editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="156"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="157"/>
        <source>Where used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="158"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="165"/>
        <source>Inspected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="168"/>
        <source>Select an item to see its relations, where it is used and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="171"/>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="183"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="185"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="187"/>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="189"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="101"/>
        <location filename="../app.py" line="123"/>
        <source>Cannot open the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="103"/>
        <source>Kursverk could not open the library
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="108"/>
        <source>The file may be damaged, or written by a newer version of Kursverk. It has not been changed.

Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="115"/>
        <source>Open another library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="119"/>
        <source>Create a new library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="122"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="126"/>
        <source>Kursverk libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="131"/>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="136"/>
        <source>New library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../_command_labels.py" line="9"/>
        <source>Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="10"/>
        <source>Add blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="11"/>
        <source>Add citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="12"/>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="13"/>
        <source>Add modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="14"/>
        <source>Add relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="15"/>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="16"/>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="17"/>
        <source>Create curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="18"/>
        <source>Create item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="19"/>
        <source>Create module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="20"/>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="21"/>
        <source>Delete curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="22"/>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="23"/>
        <source>Delete module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="24"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="25"/>
        <source>Edit block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="26"/>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="27"/>
        <source>Edit curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="28"/>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="29"/>
        <source>Edit module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="30"/>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="31"/>
        <source>Move block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="32"/>
        <source>Move module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="33"/>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="34"/>
        <source>Move session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="35"/>
        <source>Re-attach comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="36"/>
        <source>Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="37"/>
        <source>Remove block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="38"/>
        <source>Remove citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="39"/>
        <source>Remove module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="40"/>
        <source>Remove relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="41"/>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="42"/>
        <source>Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="43"/>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="44"/>
        <source>Reopen comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="45"/>
        <source>Reply to comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="46"/>
        <source>Resolve comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="47"/>
        <source>Restore curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="48"/>
        <source>Restore item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="49"/>
        <source>Restore module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="50"/>
        <source>Restore revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="51"/>
        <source>Retire item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="52"/>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="53"/>
        <source>Set tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="215"/>
        <location filename="../i18n.py" line="239"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../ops.py" line="89"/>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="91"/>
        <source>Could not complete the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../i18n.py" line="235"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="236"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="237"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="238"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../i18n.py" line="195"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="196"/>
        <source>Must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="197"/>
        <source>Must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="198"/>
        <source>Must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="199"/>
        <source>Longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="200"/>
        <source>An entry is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="201"/>
        <source>Must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="202"/>
        <source>Must be an http, https or mailto address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="203"/>
        <source>Must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="204"/>
        <source>Must be text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
