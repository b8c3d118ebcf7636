<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AudienceChecks</name>
    <message>
        <location filename="../module_widgets.py" line="50"/>
        <source>Audience: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockOptionsPanel</name>
    <message>
        <location filename="../module_widgets.py" line="250"/>
        <location filename="../module_widgets.py" line="331"/>
        <source>Select a block to see its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="252"/>
        <source>Selected block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="260"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="262"/>
        <source>Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="263"/>
        <source>Update to the latest revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="268"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="271"/>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="273"/>
        <source>Full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="274"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="275"/>
        <source>Title only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="281"/>
        <source>&amp;Shown as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="285"/>
        <source>Block title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="287"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="289"/>
        <source>Exercise kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="295"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="298"/>
        <location filename="../module_widgets.py" line="367"/>
        <source>Block text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="300"/>
        <location filename="../module_widgets.py" line="371"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="302"/>
        <source>Trainer only (left out of participant outputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="304"/>
        <source>Trainer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="309"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="310"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="312"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="335"/>
        <source>Text block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="336"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="337"/>
        <source>Trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="349"/>
        <source>Live (always the latest revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="351"/>
        <source>Pinned to revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="357"/>
        <source>Update to revision %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="367"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="371"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../conflict_dialog.py" line="80"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="82"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="82"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="82"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="85"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="86"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="87"/>
        <source>Keep as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="127"/>
        <source>(whole)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurriculumEditorPanel</name>
    <message>
        <location filename="../curriculum_editor.py" line="276"/>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="328"/>
        <location filename="../curriculum_editor.py" line="439"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="330"/>
        <source>Curriculum title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="331"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="332"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="333"/>
        <source>Edition date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="335"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="338"/>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="339"/>
        <source>Edition &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="344"/>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="346"/>
        <source>Audiences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="360"/>
        <source>&amp;Modules (drag into a session, or Enter to add):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="363"/>
        <source>Filter modules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="364"/>
        <source>Filter modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="367"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="372"/>
        <source>&amp;Add to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="373"/>
        <source>Add the selected modules to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="385"/>
        <source>Session tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="387"/>
        <source>Sessions and their modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="402"/>
        <source>Curriculum minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="410"/>
        <location filename="../curriculum_editor.py" line="625"/>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="411"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="412"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="414"/>
        <source>Move to session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="416"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="443"/>
        <source>no start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="444"/>
        <source>Session &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="445"/>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="446"/>
        <source>Session d&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="447"/>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="448"/>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="449"/>
        <source>Session start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="473"/>
        <source>This curriculum cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="490"/>
        <source>This curriculum is deleted; restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="533"/>
        <source>Total %1 min (%2 h %3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="561"/>
        <source>Add a session to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="565"/>
        <source>&lt;b&gt;Session %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="584"/>
        <source>(deleted module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="588"/>
        <source>%1 min in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="625"/>
        <source>Session title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="626"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="645"/>
        <source>Add modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="646"/>
        <source>Add a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="682"/>
        <source>Move to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="683"/>
        <source>Move the module to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="696"/>
        <source>Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="697"/>
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
        <location filename="../export_dialog.py" line="85"/>
        <location filename="../export_dialog.py" line="86"/>
        <location filename="../export_dialog.py" line="219"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="99"/>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="102"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="104"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="105"/>
        <source>Participant (no trainer notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="106"/>
        <source>Trainer (with trainer notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="107"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="109"/>
        <source>Label language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="110"/>
        <source>Norwegian bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="111"/>
        <source>Norwegian nynorsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="111"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="113"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="115"/>
        <source>Handout slides per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="116"/>
        <source>3 slides per page, with lines for notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="117"/>
        <source>6 slides per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="120"/>
        <source>PDF for handbook and trainer guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="121"/>
        <source>Accessible (tagged PDF/UA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="122"/>
        <source>Print (faster, untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="123"/>
        <source>P&amp;DF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="118"/>
        <source>&amp;Handout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="124"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="125"/>
        <source>Export even if the check finds errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="127"/>
        <source>A draft with an empty session or a retired item is refused unless this is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="141"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="145"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="146"/>
        <source>Choose output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="153"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="156"/>
        <source>Participant handbook (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="157"/>
        <source>Trainer guide (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="158"/>
        <source>Slides (16:9 PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="159"/>
        <source>Handout (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="160"/>
        <source>PowerPoint (PPTX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="161"/>
        <source>Award criteria scoring sheet (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="162"/>
        <source>Collaboration model cards (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="163"/>
        <source>Example collection (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="164"/>
        <source>Indicator appendix (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="185"/>
        <source>Choose the formats and press Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="187"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="191"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="193"/>
        <source>Exported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="196"/>
        <source>&amp;Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="199"/>
        <source>Export warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="202"/>
        <source>W&amp;arnings (double-click or Enter opens the item):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="212"/>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="213"/>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="214"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="215"/>
        <location filename="../export_dialog.py" line="366"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="217"/>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="218"/>
        <source>Open the folder of the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="220"/>
        <source>Cancel or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="256"/>
        <source>Module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="258"/>
        <source>Whole curriculum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="260"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="273"/>
        <source>%1 — unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="277"/>
        <source>Some formats are unavailable (hover for the reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="353"/>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="366"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="383"/>
        <source>Choose a folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="394"/>
        <location filename="../export_dialog.py" line="429"/>
        <source>Collecting the content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="441"/>
        <source>Fix them in the check report, or tick «Export even if the check finds errors».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="446"/>
        <source>Could not collect the content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="457"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="489"/>
        <source>, %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="501"/>
        <source>Double-click or press Enter to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="508"/>
        <source>exporter unavailable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="511"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="540"/>
        <source>Cancelled. No unfinished file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="543"/>
        <source>Done: %1 files written, %2 problems, %3 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="555"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="173"/>
        <source>Always made with the trainer profile, with the trainer notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="297"/>
        <source>A trainer guide is always made with the trainer profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="323"/>
        <source>%1 — none in the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="335"/>
        <source>The selection holds no award criteria, so there is no scoring sheet to make. Add criterion items to its modules first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="337"/>
        <source>The selection holds no collaboration models, so there are no model cards to make. Add collaboration models to its modules first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="340"/>
        <source>The selection holds no examples, so there is no example collection to make. Add example items to its modules first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="342"/>
        <source>The selection holds no indicators, so there is no indicator appendix to make. Add indicator items to its modules first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <location filename="../impact.py" line="34"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="34"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="35"/>
        <source>Delete «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="36"/>
        <source>Retire «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="44"/>
        <source>Where the item is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="45"/>
        <source>Used in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="45"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="51"/>
        <source>%1 anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="55"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="64"/>
        <source>It is used in %1 modules, %2 curricula and %3 exports, and by %4 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="67"/>
        <source>Deleted items drop out of modules and future exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="69"/>
        <source>Retired items stay where they are used, flagged as retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="73"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="73"/>
        <source>Curricula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="74"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../impact.py" line="74"/>
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
        <location filename="../item_editor.py" line="165"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="166"/>
        <source>Relations and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="167"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="168"/>
        <source>Item editor sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="169"/>
        <source>Load the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="170"/>
        <source>Save my text over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="173"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="174"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="190"/>
        <location filename="../item_editor.py" line="232"/>
        <source>Saved (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="213"/>
        <location filename="../item_editor.py" line="257"/>
        <source>Not saved: fix the marked fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="260"/>
        <source>Changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="226"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="242"/>
        <source>This item was changed elsewhere after you opened it, so your edit was not saved. Your text is still here. Load the newer version (your edits are replaced), or save your text over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="246"/>
        <source>Not saved: changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="248"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemFormPanel</name>
    <message>
        <location filename="../item_form.py" line="216"/>
        <location filename="../item_form.py" line="230"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="216"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="217"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="217"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="218"/>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="218"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="223"/>
        <location filename="../item_form.py" line="229"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="236"/>
        <source>Comma-separated, e.g. klima, næring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="237"/>
        <source>Text (Markdown) and preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="238"/>
        <source>Text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="239"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="240"/>
        <source>Insert image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="241"/>
        <location filename="../item_form.py" line="333"/>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_form.py" line="333"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemHistoryPanel</name>
    <message>
        <location filename="../item_history.py" line="53"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="54"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="57"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="57"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="58"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="58"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="59"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="60"/>
        <source>Select two revisions to compare them, or one to compare it with the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="114"/>
        <source>Restore a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_history.py" line="115"/>
        <source>Select the one revision to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemLinksPanel</name>
    <message>
        <location filename="../item_links.py" line="66"/>
        <source>Relations to other items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="67"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="67"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="68"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="69"/>
        <source>Cited sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="70"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="70"/>
        <source>Page or locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="71"/>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="72"/>
        <source>Add relation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="73"/>
        <source>Remove relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="74"/>
        <source>Cite a source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_links.py" line="75"/>
        <source>Remove citation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <location filename="../pickers.py" line="103"/>
        <location filename="../pickers.py" line="104"/>
        <source>Insert item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="105"/>
        <source>&amp;Find an item by title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="107"/>
        <source>Item title search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="108"/>
        <source>Type part of a title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="75"/>
        <source>Matching items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="111"/>
        <location filename="../pickers.py" line="112"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="114"/>
        <location filename="../pickers.py" line="141"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="125"/>
        <source>Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="126"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="132"/>
        <source>Page or locator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="136"/>
        <source>Cite a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="137"/>
        <source>Add a relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="97"/>
        <source>Relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="138"/>
        <source>Find an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="139"/>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="78"/>
        <source>Page or locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="140"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../library_view.py" line="320"/>
        <source>Search the library (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="321"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="322"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="323"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="324"/>
        <source>Filter by audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="325"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="326"/>
        <location filename="../library_view.py" line="327"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="328"/>
        <source>Library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="329"/>
        <source>Number of items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="343"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="345"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="349"/>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="355"/>
        <location filename="../library_view.py" line="374"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="472"/>
        <source>%1 items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="507"/>
        <source>Save current search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="515"/>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="520"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="520"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../library_view.py" line="188"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="188"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="188"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="188"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="230"/>
        <source>Kursverk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="234"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>New item of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>Recent libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="242"/>
        <source>&amp;New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>New &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>New &amp;curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>&amp;Open library file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="246"/>
        <source>New library file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>Open database &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>Export &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>&amp;Export handbook, slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251"/>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <source>&amp;Find in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <source>&amp;Retire item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>&amp;Delete item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259"/>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>Go to navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261"/>
        <source>Show navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>Show inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <location filename="../main_window.py" line="643"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>&amp;About Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <location filename="../main_window.py" line="273"/>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="270"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272"/>
        <source>Open editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275"/>
        <source>Where used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="276"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>Inspected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="286"/>
        <source>Select an item to see its relations, where it is used and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <location filename="../main_window.py" line="659"/>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337"/>
        <source>Library (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="344"/>
        <source>Modules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345"/>
        <source>Curricula (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="407"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="408"/>
        <location filename="../main_window.py" line="618"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="415"/>
        <source>Not used anywhere yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="463"/>
        <source>This editor is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="568"/>
        <source>Select an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="580"/>
        <source>Retire this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="580"/>
        <source>Delete this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="582"/>
        <source>Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="590"/>
        <source>New module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="590"/>
        <location filename="../main_window.py" line="601"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="592"/>
        <source>Part 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="601"/>
        <source>New curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="619"/>
        <source>Open a module or a curriculum first, then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="625"/>
        <source>Export is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="649"/>
        <source>About Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="650"/>
        <source>Kursverk — authoring learning programmes for the municipal sector, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="661"/>
        <source>Kursverk libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="669"/>
        <source>New library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="669"/>
        <source>Kursverk libraries (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="678"/>
        <source>Open database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="679"/>
        <source>Database URL (e.g. postgresql+psycopg://user@server/kursverk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="707"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="718"/>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="718"/>
        <source>Kursverk bundles (*.kvb *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="726"/>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="726"/>
        <source>Kursverk bundles (*.kvb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="737"/>
        <source>Importing bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="737"/>
        <source>Exporting bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="758"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleEditorPanel</name>
    <message>
        <location filename="../module_widgets.py" line="227"/>
        <source>Reflection question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="228"/>
        <source>Group task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="229"/>
        <source>Case discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="123"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="179"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="180"/>
        <source>sum of blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="185"/>
        <source>Module title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="186"/>
        <source>Module code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="187"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="199"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="194"/>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="191"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="201"/>
        <source>Audiences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="202"/>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="219"/>
        <source>Outline tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="221"/>
        <source>Module outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="230"/>
        <source>Module minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="240"/>
        <source>Insert item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="244"/>
        <source>Add text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="245"/>
        <source>Add exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="246"/>
        <source>Add trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="247"/>
        <location filename="../composer.py" line="455"/>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="248"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="249"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="252"/>
        <source>Move to section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="256"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="287"/>
        <source>This module cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="304"/>
        <source>This module is deleted; restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="337"/>
        <source>%1 blocks · %2 min in blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="343"/>
        <source> · module duration %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="345"/>
        <source> (differs by %1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="455"/>
        <source>Section title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="504"/>
        <source>Move to section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="504"/>
        <source>Move the block to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="521"/>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="522"/>
        <source>Remove the section «%1» and its %2 blocks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="557"/>
        <source>Update «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="559"/>
        <source>This block shows revision %1. Revision %2 is the latest. Compare them and accept to show the latest in this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="564"/>
        <source>Update to revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="570"/>
        <source>Pinned: revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="571"/>
        <source>Latest: revision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBlockDialog</name>
    <message>
        <location filename="../module_widgets.py" line="171"/>
        <source>Add text block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="172"/>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="173"/>
        <source>Add trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="179"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="180"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="182"/>
        <source>Exercise kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="186"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="190"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="190"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="193"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="193"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="197"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="199"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="200"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <location filename="../module_widgets.py" line="78"/>
        <source>Learning objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="85"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="86"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="87"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="88"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="92"/>
        <source>%1 objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../outline_model.py" line="226"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="226"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="226"/>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="226"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="227"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="256"/>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="265"/>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="280"/>
        <source>Pinned to revision %1; revision %2 is the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="293"/>
        <source>(missing item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="294"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="302"/>
        <source>update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="310"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="311"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="317"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="317"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="318"/>
        <source>Trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="318"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="323"/>
        <location filename="../outline_model.py" line="328"/>
        <source>trainer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="324"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="324"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="325"/>
        <source>title only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="326"/>
        <source>pinned r%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="327"/>
        <source>live</source>
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
        <location filename="../curriculum_editor.py" line="119"/>
        <source>Session / module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="119"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="119"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="120"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="147"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="155"/>
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
    <name>TeamStatus</name>
    <message>
        <location filename="../team_status.py" line="54"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="54"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="56"/>
        <source>Send your changes to the team server and fetch the others&apos; changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="108"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="119"/>
        <source>Synced: %1 sent, %2 fetched, %3 merged, %4 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="139"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="144"/>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="145"/>
        <source>changes waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="147"/>
        <source>conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team_status.py" line="150"/>
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
        <location filename="../app.py" line="100"/>
        <location filename="../app.py" line="122"/>
        <source>Cannot open the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="102"/>
        <source>Kursverk could not open the library
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="107"/>
        <source>The file may be damaged, or written by a newer version of Kursverk. It has not been changed.

Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="114"/>
        <source>Open another library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="118"/>
        <source>Create a new library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="121"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="125"/>
        <source>Kursverk libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="130"/>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="135"/>
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
        <location filename="../i18n.py" line="196"/>
        <location filename="../i18n.py" line="220"/>
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
        <location filename="../i18n.py" line="216"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="217"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="218"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="219"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../i18n.py" line="181"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="182"/>
        <source>Must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="183"/>
        <source>Must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="184"/>
        <source>Must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="185"/>
        <source>Longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="186"/>
        <source>An entry is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="187"/>
        <source>Must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="188"/>
        <source>Must be an http, https or mailto address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="189"/>
        <source>Must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="190"/>
        <source>Must be text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
