<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AudienceChecks</name>
    <message>
        <location filename="../module_widgets.py" line="57"/>
        <source>Audience: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockOptionsPanel</name>
    <message>
        <location filename="../module_widgets.py" line="345"/>
        <location filename="../module_widgets.py" line="426"/>
        <source>Select a block to see its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="347"/>
        <source>Selected block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="355"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="357"/>
        <source>Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="358"/>
        <source>Update to the latest revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="363"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="366"/>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="368"/>
        <source>Full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="369"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="370"/>
        <source>Title only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="376"/>
        <source>&amp;Shown as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="380"/>
        <source>Block title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="382"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="384"/>
        <source>Exercise kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="390"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="393"/>
        <location filename="../module_widgets.py" line="462"/>
        <source>Block text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="395"/>
        <location filename="../module_widgets.py" line="466"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="397"/>
        <source>Trainer only (left out of participant outputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="399"/>
        <source>Trainer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="404"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="405"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="407"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="430"/>
        <source>Text block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="431"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="432"/>
        <source>Trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="444"/>
        <source>Live (always the latest revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="446"/>
        <source>Pinned to revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="452"/>
        <source>Update to revision %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="462"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="466"/>
        <source>&amp;Instructions:</source>
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
        <location filename="../curriculum_editor.py" line="327"/>
        <location filename="../curriculum_editor.py" line="439"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="329"/>
        <source>Curriculum title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="330"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="331"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="332"/>
        <source>Edition date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="334"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="337"/>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="338"/>
        <source>Edition &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="343"/>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="345"/>
        <source>Audiences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="359"/>
        <source>&amp;Modules (drag into a session, or Enter to add):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="362"/>
        <source>Filter modules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="363"/>
        <source>Filter modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="366"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="371"/>
        <source>&amp;Add to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="372"/>
        <source>Add the selected modules to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../curriculum_editor.py" line="384"/>
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
        <location filename="../export_dialog.py" line="128"/>
        <location filename="../export_dialog.py" line="129"/>
        <location filename="../export_dialog.py" line="253"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="142"/>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="144"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="146"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="147"/>
        <source>Participant (no trainer notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="148"/>
        <source>Trainer (with trainer notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="149"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="151"/>
        <source>Label language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="152"/>
        <source>Norwegian bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="153"/>
        <source>Norwegian nynorsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="153"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="155"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="157"/>
        <source>Handout slides per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="158"/>
        <source>3 slides per page, with lines for notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="159"/>
        <source>6 slides per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="118" />
        <source>PDF for handbook and trainer guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="118" />
        <source>Accessible (tagged PDF/UA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="118" />
        <source>Print (faster, untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="118" />
        <source>P&amp;DF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="160"/>
        <source>&amp;Handout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="161"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="162"/>
        <source>Export even if the check finds errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="164"/>
        <source>A draft with an empty session or a retired item is refused unless this is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="178"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="182"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="183"/>
        <source>Choose output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="190"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="193"/>
        <source>Participant handbook (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="194"/>
        <source>Trainer guide (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="195"/>
        <source>Slides (16:9 PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="196"/>
        <source>Handout (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="197"/>
        <source>PowerPoint (PPTX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="198"/>
        <source>Award criteria scoring sheet (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="199"/>
        <source>Collaboration model cards (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="200"/>
        <source>Example collection (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="201"/>
        <source>Indicator appendix (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="219"/>
        <source>Choose the formats and press Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="221"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="225"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="227"/>
        <source>Exported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="230"/>
        <source>&amp;Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="233"/>
        <source>Export warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="236"/>
        <source>W&amp;arnings (double-click or Enter opens the item):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="246"/>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="247"/>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="249"/>
        <location filename="../export_dialog.py" line="337"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="251"/>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="252"/>
        <source>Open the folder of the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="254"/>
        <source>Cancel or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="290"/>
        <source>Module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="292"/>
        <source>Whole curriculum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="294"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="307"/>
        <source>%1 — unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="311"/>
        <source>Some formats are unavailable (hover for the reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="324"/>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="337"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="353"/>
        <source>Choose a folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="364"/>
        <source>Collecting the content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="376"/>
        <source>«%1» was not exported: the check finds errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="377"/>
        <source>Fix them in the check report, or tick «Export even if the check finds errors».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="400"/>
        <source>Could not collect the content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="422"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="458"/>
        <source>The export was written but not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="466"/>
        <source>, %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="479"/>
        <source>Double-click or press Enter to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="489"/>
        <source>exporter unavailable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="491"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="520"/>
        <source>Cancelled. No unfinished file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="523"/>
        <source>Done: %1 files written, %2 problems, %3 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="535"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="0"/>
        <source>Always made with the trainer profile, with the trainer notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="0"/>
        <source>A trainer guide is always made with the trainer profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="0"/>
        <source>%1 — none in the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="0"/>
        <source>The selection holds no award criteria, so there is no scoring sheet to make. Add criterion items to its modules first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="0"/>
        <source>The selection holds no collaboration models, so there are no model cards to make. Add collaboration models to its modules first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="0"/>
        <source>The selection holds no examples, so there is no example collection to make. Add example items to its modules first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="0"/>
        <source>The selection holds no indicators, so there is no indicator appendix to make. Add indicator items to its modules first.</source>
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
        <location filename="../item_editor.py" line="130"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="154"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="380"/>
        <location filename="../item_editor.py" line="394"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="380"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="381"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="381"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="382"/>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="382"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="387"/>
        <location filename="../item_editor.py" line="393"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="400"/>
        <source>Comma-separated, e.g. klima, næring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="405"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="406"/>
        <source>Relations and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="407"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="408"/>
        <source>Item editor sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="409"/>
        <source>Text (Markdown) and preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="410"/>
        <source>Text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="411"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="412"/>
        <source>Insert image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="413"/>
        <location filename="../item_editor.py" line="707"/>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="414"/>
        <source>Relations to other items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="415"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="415"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="416"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="417"/>
        <source>Cited sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="418"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="418"/>
        <source>Page or locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="419"/>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="420"/>
        <source>Add relation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="421"/>
        <source>Remove relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="422"/>
        <source>Cite a source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="423"/>
        <source>Remove citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="424"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="425"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="426"/>
        <source>Load the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="427"/>
        <source>Save my text over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="430"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="430"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="431"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="431"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="432"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="433"/>
        <source>Select two revisions to compare them, or one to compare it with the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="435"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="436"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="508"/>
        <location filename="../item_editor.py" line="607"/>
        <source>Saved (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="561"/>
        <location filename="../item_editor.py" line="584"/>
        <source>Not saved: fix the marked fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="564"/>
        <source>Changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="596"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="631"/>
        <source>This item was changed elsewhere after you opened it, so your edit was not saved. Your text is still here. Load the newer version (your edits are replaced), or save your text over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="635"/>
        <source>Not saved: changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="637"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="707"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="803"/>
        <source>Restore a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="804"/>
        <source>Select the one revision to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <location filename="../module_widgets.py" line="178"/>
        <location filename="../module_widgets.py" line="179"/>
        <source>Insert item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="181"/>
        <source>&amp;Find an item by title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="183"/>
        <source>Item title search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="184"/>
        <source>Type part of a title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="187"/>
        <location filename="../pickers.py" line="80"/>
        <source>Matching items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="193"/>
        <location filename="../module_widgets.py" line="194"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="195"/>
        <location filename="../pickers.py" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="64"/>
        <source>Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="65"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="71"/>
        <source>Page or locator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="75"/>
        <source>Cite a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="76"/>
        <source>Add a relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="77"/>
        <source>Relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="78"/>
        <source>Find an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="79"/>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="81"/>
        <source>Page or locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pickers.py" line="82"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../library_view.py" line="319"/>
        <source>Search the library (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="320"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="321"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="322"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="323"/>
        <source>Filter by audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="324"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="325"/>
        <location filename="../library_view.py" line="326"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="327"/>
        <source>Library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="328"/>
        <source>Number of items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="342"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="344"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="348"/>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="354"/>
        <location filename="../library_view.py" line="373"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="471"/>
        <source>%1 items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="506"/>
        <source>Save current search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="514"/>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="519"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="519"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../library_view.py" line="187"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="187"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="187"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="187"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>Kursverk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="227"/>
        <source>New item of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231"/>
        <source>Recent libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233"/>
        <source>&amp;New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="234"/>
        <source>New &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>New &amp;curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>&amp;Open library file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237"/>
        <source>New library file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>Open database &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>Export &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>&amp;Export handbook, slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="242"/>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>&amp;Find in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>&amp;Retire item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="246"/>
        <source>&amp;Delete item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251"/>
        <source>Go to navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>Show navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <source>Show inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <location filename="../main_window.py" line="634"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>&amp;About Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259"/>
        <location filename="../main_window.py" line="264"/>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>Open editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="266"/>
        <source>Where used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="267"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274"/>
        <source>Inspected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="277"/>
        <source>Select an item to see its relations, where it is used and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="280"/>
        <location filename="../main_window.py" line="650"/>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="301"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305"/>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="328"/>
        <source>Library (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="335"/>
        <source>Modules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336"/>
        <source>Curricula (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="396"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="397"/>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <location filename="../main_window.py" line="609"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>Not used anywhere yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="454"/>
        <source>This editor is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="559"/>
        <source>Select an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="571"/>
        <source>Retire this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="571"/>
        <source>Delete this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="573"/>
        <source>Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="581"/>
        <source>New module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="581"/>
        <location filename="../main_window.py" line="592"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="583"/>
        <source>Part 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="592"/>
        <source>New curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="610"/>
        <source>Open a module or a curriculum first, then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="616"/>
        <source>Export is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="640"/>
        <source>About Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="641"/>
        <source>Kursverk — authoring learning programmes for the municipal sector, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="652"/>
        <source>Kursverk libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="660"/>
        <source>New library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="660"/>
        <source>Kursverk libraries (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="669"/>
        <source>Open database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="670"/>
        <source>Database URL (e.g. postgresql+psycopg://user@server/kursverk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="698"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="708"/>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="708"/>
        <source>Kursverk bundles (*.kvb *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="716"/>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="716"/>
        <source>Kursverk bundles (*.kvb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="727"/>
        <source>Importing bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="727"/>
        <source>Exporting bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="748"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleEditorPanel</name>
    <message>
        <location filename="../module_widgets.py" line="322"/>
        <source>Reflection question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="323"/>
        <source>Group task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="324"/>
        <source>Case discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="125"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="181"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="182"/>
        <source>sum of blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="187"/>
        <source>Module title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="188"/>
        <source>Module code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="189"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="194"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="198"/>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="202"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="204"/>
        <source>Audiences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="205"/>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="222"/>
        <source>Outline tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="224"/>
        <source>Module outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="233"/>
        <source>Module minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="243"/>
        <source>Insert item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="247"/>
        <source>Add text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="248"/>
        <source>Add exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="249"/>
        <source>Add trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="250"/>
        <location filename="../composer.py" line="458"/>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="251"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="252"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="255"/>
        <source>Move to section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="259"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="290"/>
        <source>This module cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="307"/>
        <source>This module is deleted; restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="340"/>
        <source>%1 blocks · %2 min in blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="346"/>
        <source> · module duration %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="348"/>
        <source> (differs by %1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="458"/>
        <source>Section title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="507"/>
        <source>Move to section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="507"/>
        <source>Move the block to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="524"/>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="525"/>
        <source>Remove the section «%1» and its %2 blocks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="563"/>
        <source>Update «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="565"/>
        <source>This block shows revision %1. Revision %2 is the latest. Compare them and accept to show the latest in this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="570"/>
        <source>Update to revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="576"/>
        <source>Pinned: revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="577"/>
        <source>Latest: revision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBlockDialog</name>
    <message>
        <location filename="../module_widgets.py" line="266"/>
        <source>Add text block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="267"/>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="268"/>
        <source>Add trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="274"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="275"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="277"/>
        <source>Exercise kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="281"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="285"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="285"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="288"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="288"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="292"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="294"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="295"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <location filename="../module_widgets.py" line="85"/>
        <source>Learning objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="92"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="93"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="94"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="95"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../module_widgets.py" line="99"/>
        <source>%1 objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../outline_model.py" line="231"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="231"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="231"/>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="231"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="232"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="261"/>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="270"/>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="285"/>
        <source>Pinned to revision %1; revision %2 is the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="298"/>
        <source>(missing item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="299"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="307"/>
        <source>update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="315"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="316"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="322"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="322"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="323"/>
        <source>Trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="323"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="328"/>
        <location filename="../outline_model.py" line="333"/>
        <source>trainer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="329"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="329"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="330"/>
        <source>title only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="331"/>
        <source>pinned r%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="332"/>
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
        <location filename="../i18n.py" line="191"/>
        <location filename="../i18n.py" line="215"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../ops.py" line="88"/>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="90"/>
        <source>Could not complete the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../i18n.py" line="211"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="212"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="213"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="214"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../i18n.py" line="176"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="177"/>
        <source>Must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="178"/>
        <source>Must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="179"/>
        <source>Must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="180"/>
        <source>Longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="181"/>
        <source>An entry is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="182"/>
        <source>Must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="183"/>
        <source>Must be an http, https or mailto address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="184"/>
        <source>Must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="185"/>
        <source>Must be text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
