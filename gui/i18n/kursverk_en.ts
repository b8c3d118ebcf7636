<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AudienceChecks</name>
    <message>
        <location filename="../composer.py" line="91"/>
        <source>Audience: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockOptionsPanel</name>
    <message>
        <location filename="../composer.py" line="360"/>
        <location filename="../composer.py" line="435"/>
        <source>Select a block to see its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="362"/>
        <source>Selected block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="370"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="372"/>
        <source>Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="373"/>
        <source>Update to the latest revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="377"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="380"/>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="381"/>
        <source>Full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="381"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="382"/>
        <source>Title only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="386"/>
        <source>&amp;Shown as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="390"/>
        <source>Block title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="392"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="394"/>
        <source>Exercise kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="399"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="402"/>
        <location filename="../composer.py" line="463"/>
        <source>Block text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="405"/>
        <location filename="../composer.py" line="466"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="406"/>
        <source>Trainer only (left out of participant outputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="408"/>
        <source>Trainer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="413"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="414"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="416"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="438"/>
        <source>Text block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="438"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="439"/>
        <source>Trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="448"/>
        <source>Live (always the latest revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="449"/>
        <source>Pinned to revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="453"/>
        <source>Update to revision %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="462"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="466"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurriculumEditorPanel</name>
    <message>
        <location filename="../curriculum_editor.py" line="351"/>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="402"/>
        <location filename="../curriculum_editor.py" line="513"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="404"/>
        <source>Curriculum title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="405"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="406"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="407"/>
        <source>Edition date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="409"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="412"/>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="413"/>
        <source>Edition &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="418"/>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="420"/>
        <source>Audiences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="434"/>
        <source>&amp;Modules (drag into a session, or Enter to add):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="437"/>
        <source>Filter modules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="438"/>
        <source>Filter modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="441"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="446"/>
        <source>&amp;Add to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="447"/>
        <source>Add the selected modules to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="459"/>
        <source>Session tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="462"/>
        <source>Sessions and their modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="477"/>
        <source>Curriculum minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="484"/>
        <location filename="../curriculum_editor.py" line="722"/>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="485"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="486"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="488"/>
        <source>Move to session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="490"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="517"/>
        <source>no start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="518"/>
        <source>Session &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="519"/>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="520"/>
        <source>Session d&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="521"/>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="522"/>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="523"/>
        <source>Session start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="547"/>
        <source>This curriculum cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="564"/>
        <source>This curriculum is deleted; restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="607"/>
        <source>Total %1 min (%2 h %3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="640"/>
        <source>Add a session to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="644"/>
        <source>&lt;b&gt;Session %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="662"/>
        <source>(deleted module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="666"/>
        <source>%1 min in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="722"/>
        <source>Session title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="723"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="742"/>
        <source>Add modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="743"/>
        <source>Add a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="779"/>
        <source>Move to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="780"/>
        <source>Move the module to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="793"/>
        <source>Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="794"/>
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
        <location filename="../export_dialog.py" line="125"/>
        <location filename="../export_dialog.py" line="126"/>
        <location filename="../export_dialog.py" line="246"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="139"/>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="141"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="143"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="144"/>
        <source>Participant (no trainer notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="145"/>
        <source>Trainer (with trainer notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="146"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="148"/>
        <source>Label language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="149"/>
        <source>Norwegian bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="150"/>
        <source>Norwegian nynorsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="150"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="152"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="154"/>
        <source>Handout slides per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="155"/>
        <source>3 slides per page, with lines for notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="156"/>
        <source>6 slides per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="157"/>
        <source>&amp;Handout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="158"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="171"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="175"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="176"/>
        <source>Choose output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="183"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="186"/>
        <source>Participant handbook (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="187"/>
        <source>Trainer guide (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="188"/>
        <source>Slides (16:9 PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="189"/>
        <source>Handout (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="190"/>
        <source>PowerPoint (PPTX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="191"/>
        <source>Award criteria scoring sheet (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="192"/>
        <source>Collaboration model cards (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="193"/>
        <source>Example collection (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="194"/>
        <source>Indicator appendix (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="212"/>
        <source>Choose the formats and press Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="214"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="218"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="220"/>
        <source>Exported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="223"/>
        <source>&amp;Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="226"/>
        <source>Export warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="229"/>
        <source>W&amp;arnings (double-click or Enter opens the item):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="239"/>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="240"/>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="241"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="242"/>
        <location filename="../export_dialog.py" line="330"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="244"/>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="245"/>
        <source>Open the folder of the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="247"/>
        <source>Cancel or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="283"/>
        <source>Module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="285"/>
        <source>Whole curriculum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="287"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="300"/>
        <source>%1 — unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="304"/>
        <source>Some formats are unavailable (hover for the reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="317"/>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="330"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="346"/>
        <source>Choose a folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="357"/>
        <source>Collecting the content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="377"/>
        <source>Could not collect the content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="392"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="428"/>
        <source>The export was written but not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="436"/>
        <source>, %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="449"/>
        <source>Double-click or press Enter to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="459"/>
        <source>exporter unavailable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="461"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="490"/>
        <source>Cancelled. No unfinished file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="493"/>
        <source>Done: %1 files written, %2 problems, %3 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="505"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <location filename="../impact.py" line="33"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="33"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="34"/>
        <source>Delete «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="35"/>
        <source>Retire «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="43"/>
        <source>Where the item is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="44"/>
        <source>Used in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="44"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="50"/>
        <source>%1 anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="54"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="63"/>
        <source>It is used in %1 modules, %2 curricula and %3 exports, and by %4 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="66"/>
        <source>Deleted items drop out of modules and future exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="68"/>
        <source>Retired items stay where they are used, flagged as retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="72"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="72"/>
        <source>Curricula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="73"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="73"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditorPanel</name>
    <message>
        <location filename="../item_editor.py" line="145"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="169"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="395"/>
        <location filename="../item_editor.py" line="409"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="395"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="396"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="396"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="397"/>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="397"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="402"/>
        <location filename="../item_editor.py" line="408"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="415"/>
        <source>Comma-separated, e.g. klima, næring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="420"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="421"/>
        <source>Relations and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="422"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="423"/>
        <source>Item editor sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="424"/>
        <source>Text (Markdown) and preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="425"/>
        <source>Text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="426"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="427"/>
        <source>Insert image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="428"/>
        <location filename="../item_editor.py" line="722"/>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="429"/>
        <source>Relations to other items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="430"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="430"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="431"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="432"/>
        <source>Cited sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="433"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="433"/>
        <source>Page or locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="434"/>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="435"/>
        <source>Add relation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="436"/>
        <source>Remove relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="437"/>
        <source>Cite a source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="438"/>
        <source>Remove citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="439"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="440"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="441"/>
        <source>Load the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="442"/>
        <source>Save my text over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="445"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="445"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="446"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="446"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="447"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="448"/>
        <source>Select two revisions to compare them, or one to compare it with the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="450"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="451"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="523"/>
        <location filename="../item_editor.py" line="622"/>
        <source>Saved (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="576"/>
        <location filename="../item_editor.py" line="599"/>
        <source>Not saved: fix the marked fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="579"/>
        <source>Changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="611"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="646"/>
        <source>This item was changed elsewhere after you opened it, so your edit was not saved. Your text is still here. Load the newer version (your edits are replaced), or save your text over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="650"/>
        <source>Not saved: changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="652"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="722"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="818"/>
        <source>Restore a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="819"/>
        <source>Select the one revision to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <location filename="../composer.py" line="208"/>
        <location filename="../composer.py" line="209"/>
        <source>Insert item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="211"/>
        <source>&amp;Find an item by title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="213"/>
        <source>Item title search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="214"/>
        <source>Type part of a title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="217"/>
        <location filename="../pickers.py" line="102"/>
        <source>Matching items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="222"/>
        <location filename="../composer.py" line="223"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="224"/>
        <location filename="../pickers.py" line="105"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="86"/>
        <source>Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="87"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="93"/>
        <source>Page or locator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="97"/>
        <source>Cite a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="98"/>
        <source>Add a relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="99"/>
        <source>Relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="100"/>
        <source>Find an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="101"/>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="103"/>
        <source>Page or locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="104"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../library_view.py" line="378"/>
        <source>Search the library (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="379"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="380"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="381"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="382"/>
        <source>Filter by audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="383"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="384"/>
        <location filename="../library_view.py" line="385"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="386"/>
        <source>Library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="387"/>
        <source>Number of items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="401"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="403"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="407"/>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="413"/>
        <location filename="../library_view.py" line="429"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="528"/>
        <source>%1 items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="563"/>
        <source>Save current search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="571"/>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="576"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="576"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../library_view.py" line="246"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="246"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="246"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="246"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>Kursverk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="266"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="267"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269"/>
        <source>New item of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="273"/>
        <source>Recent libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275"/>
        <source>&amp;New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="276"/>
        <source>New &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="277"/>
        <source>New &amp;curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278"/>
        <source>&amp;Open library file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="279"/>
        <source>New library file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="280"/>
        <source>Open database &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282"/>
        <source>Export &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>&amp;Export handbook, slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="284"/>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="285"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="286"/>
        <source>&amp;Find in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="287"/>
        <source>&amp;Retire item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="288"/>
        <source>&amp;Delete item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291"/>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="292"/>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="293"/>
        <source>Go to navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="294"/>
        <source>Show navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="295"/>
        <source>Show inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296"/>
        <location filename="../main_window.py" line="677"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>&amp;About Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="301"/>
        <location filename="../main_window.py" line="306"/>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="302"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="304"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305"/>
        <source>Open editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308"/>
        <source>Where used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <source>Inspected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319"/>
        <source>Select an item to see its relations, where it is used and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="322"/>
        <location filename="../main_window.py" line="693"/>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="344"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="346"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="348"/>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="350"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="371"/>
        <source>Library (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="378"/>
        <source>Modules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="379"/>
        <source>Curricula (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="439"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="440"/>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="441"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="442"/>
        <location filename="../main_window.py" line="652"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="449"/>
        <source>Not used anywhere yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="497"/>
        <source>This editor is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="602"/>
        <source>Select an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="614"/>
        <source>Retire this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="614"/>
        <source>Delete this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="616"/>
        <source>Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="624"/>
        <source>New module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="624"/>
        <location filename="../main_window.py" line="635"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="626"/>
        <source>Part 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="635"/>
        <source>New curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="653"/>
        <source>Open a module or a curriculum first, then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="659"/>
        <source>Export is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="683"/>
        <source>About Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="684"/>
        <source>Kursverk — authoring learning programmes for the municipal sector, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="695"/>
        <source>Kursverk libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="703"/>
        <source>New library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="703"/>
        <source>Kursverk libraries (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="712"/>
        <source>Open database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="713"/>
        <source>Database URL (e.g. postgresql+psycopg://user@server/kursverk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="741"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="751"/>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="751"/>
        <source>Kursverk bundles (*.kvb *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="759"/>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="759"/>
        <source>Kursverk bundles (*.kvb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="770"/>
        <source>Importing bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="770"/>
        <source>Exporting bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="788"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleEditorPanel</name>
    <message>
        <location filename="../composer.py" line="337"/>
        <source>Reflection question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="338"/>
        <source>Group task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="339"/>
        <source>Case discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="555"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="607"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="608"/>
        <source>sum of blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="612"/>
        <source>Module title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="613"/>
        <source>Module code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="614"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="618"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="622"/>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="626"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="628"/>
        <source>Audiences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="629"/>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="644"/>
        <source>Outline tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="647"/>
        <source>Module outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="656"/>
        <source>Module minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="663"/>
        <source>Insert item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="665"/>
        <source>Add text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="666"/>
        <source>Add exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="667"/>
        <source>Add trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="668"/>
        <location filename="../composer.py" line="874"/>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="669"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="670"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="672"/>
        <source>Move to section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="674"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="702"/>
        <source>This module cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="719"/>
        <source>This module is deleted; restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="743"/>
        <source>%1 blocks · %2 min in blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="747"/>
        <source> · module duration %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="749"/>
        <source> (differs by %1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="874"/>
        <source>Section title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="914"/>
        <source>Move to section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="915"/>
        <source>Move the block to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="928"/>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="929"/>
        <source>Remove the section «%1» and its %2 blocks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="959"/>
        <source>Update «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="960"/>
        <source>This block shows revision %1. Revision %2 is the latest. Compare them and accept to show the latest in this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="963"/>
        <source>Update to revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="965"/>
        <source>Pinned: revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="966"/>
        <source>Latest: revision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBlockDialog</name>
    <message>
        <location filename="../composer.py" line="290"/>
        <source>Add text block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="290"/>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="291"/>
        <source>Add trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="296"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="297"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="299"/>
        <source>Exercise kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="303"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="306"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="307"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="308"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="308"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="312"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="314"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="315"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <location filename="../composer.py" line="119"/>
        <source>Learning objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="124"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="125"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="126"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="127"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="129"/>
        <source>%1 objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../outline_model.py" line="246"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="246"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="246"/>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="246"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="247"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="276"/>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="285"/>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="300"/>
        <source>Pinned to revision %1; revision %2 is the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="313"/>
        <source>(missing item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="314"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="322"/>
        <source>update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="330"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="331"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="337"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="337"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="338"/>
        <source>Trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="338"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="343"/>
        <location filename="../outline_model.py" line="348"/>
        <source>trainer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="344"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="344"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="345"/>
        <source>title only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="346"/>
        <source>pinned r%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="347"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressWatcher</name>
    <message>
        <location filename="../tasks.py" line="80"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionDiffDialog</name>
    <message>
        <location filename="../revision_diff.py" line="84"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="85"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="86"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="87"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="88"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="89"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="90"/>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="91"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="92"/>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="93"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="160"/>
        <source>Compare revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="161"/>
        <source>Revision %1 → revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="166"/>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="166"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="169"/>
        <source>How to show the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="170"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="171"/>
        <location filename="../revision_diff.py" line="172"/>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="173"/>
        <source>Compared revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="175"/>
        <location filename="../revision_diff.py" line="176"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="196"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="211"/>
        <source>The two revisions have the same content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../curriculum_editor.py" line="192"/>
        <source>Session / module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="192"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="192"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="193"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="220"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="228"/>
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
        <source>%1 errors, %2 warnings — click a line to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="115"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="115"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../validation_panel.py" line="117"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="99"/>
        <location filename="../app.py" line="121"/>
        <source>Cannot open the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="101"/>
        <source>Kursverk could not open the library
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="106"/>
        <source>The file may be damaged, or written by a newer version of Kursverk. It has not been changed.

Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="113"/>
        <source>Open another library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="117"/>
        <source>Create a new library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="120"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="124"/>
        <source>Kursverk libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="129"/>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="134"/>
        <source>New library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../_command_labels.py" line="9"/>
        <source>Add blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="10"/>
        <source>Add citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="11"/>
        <source>Add modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="12"/>
        <source>Add relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="13"/>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="14"/>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="15"/>
        <source>Create curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="16"/>
        <source>Create item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="17"/>
        <source>Create module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="18"/>
        <source>Delete curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="19"/>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="20"/>
        <source>Delete module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="21"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="22"/>
        <source>Edit block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="23"/>
        <source>Edit curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="24"/>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="25"/>
        <source>Edit module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="26"/>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="27"/>
        <source>Move block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="28"/>
        <source>Move module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="29"/>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="30"/>
        <source>Move session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="31"/>
        <source>Remove block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="32"/>
        <source>Remove citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="33"/>
        <source>Remove module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="34"/>
        <source>Remove relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="35"/>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="36"/>
        <source>Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="37"/>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="38"/>
        <source>Restore curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="39"/>
        <source>Restore item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="40"/>
        <source>Restore module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="41"/>
        <source>Restore revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="42"/>
        <source>Retire item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="43"/>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../_command_labels.py" line="44"/>
        <source>Set tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="189"/>
        <location filename="../i18n.py" line="213"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../ops.py" line="86"/>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="88"/>
        <source>Could not complete the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../i18n.py" line="209"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="210"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="211"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="212"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../i18n.py" line="174"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="175"/>
        <source>Must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="176"/>
        <source>Must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="177"/>
        <source>Must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="178"/>
        <source>Longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="179"/>
        <source>An entry is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="180"/>
        <source>Must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="181"/>
        <source>Must be an http, https or mailto address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="182"/>
        <source>Must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="183"/>
        <source>Must be text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
