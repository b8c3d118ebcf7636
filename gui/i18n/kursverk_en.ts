<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AudienceChecks</name>
    <message>
        <location filename="../composer.py" line="90"/>
        <source>Audience: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockOptionsPanel</name>
    <message>
        <location filename="../composer.py" line="356"/>
        <location filename="../composer.py" line="431"/>
        <source>Select a block to see its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="358"/>
        <source>Selected block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="366"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="368"/>
        <source>Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="369"/>
        <source>Update to the latest revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="373"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="376"/>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="377"/>
        <source>Full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="377"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="378"/>
        <source>Title only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="382"/>
        <source>&amp;Shown as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="386"/>
        <source>Block title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="388"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="390"/>
        <source>Exercise kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="395"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="398"/>
        <location filename="../composer.py" line="458"/>
        <source>Block text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="401"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="402"/>
        <source>Trainer only (left out of participant outputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="404"/>
        <source>Trainer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="409"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="410"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="412"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="434"/>
        <source>Text block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="434"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="435"/>
        <source>Trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="444"/>
        <source>Live (always the latest revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="445"/>
        <source>Pinned to revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="449"/>
        <source>Update to revision %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="457"/>
        <source>Instructions</source>
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
    <name>ItemEditorPanel</name>
    <message>
        <location filename="../item_editor.py" line="144"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="168"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="394"/>
        <location filename="../item_editor.py" line="408"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="394"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="395"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="395"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="396"/>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="396"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="401"/>
        <location filename="../item_editor.py" line="407"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="414"/>
        <source>Comma-separated, e.g. klima, næring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="419"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="420"/>
        <source>Relations and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="421"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="422"/>
        <source>Item editor sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="423"/>
        <source>Text (Markdown) and preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="424"/>
        <source>Text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="425"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="426"/>
        <source>Insert image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="427"/>
        <location filename="../item_editor.py" line="721"/>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="428"/>
        <source>Relations to other items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="429"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="429"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="430"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="431"/>
        <source>Cited sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="432"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="432"/>
        <source>Page or locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="433"/>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="434"/>
        <source>Add relation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="435"/>
        <source>Remove relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="436"/>
        <source>Cite a source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="437"/>
        <source>Remove citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="438"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="439"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="440"/>
        <source>Load the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="441"/>
        <source>Save my text over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="444"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="444"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="445"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="445"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="446"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="447"/>
        <source>Select two revisions to compare them, or one to compare it with the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="449"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="450"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="522"/>
        <location filename="../item_editor.py" line="621"/>
        <source>Saved (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="575"/>
        <location filename="../item_editor.py" line="598"/>
        <source>Not saved: fix the marked fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="578"/>
        <source>Changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="610"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="645"/>
        <source>This item was changed elsewhere after you opened it, so your edit was not saved. Your text is still here. Load the newer version (your edits are replaced), or save your text over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="649"/>
        <source>Not saved: changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="651"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="721"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="815"/>
        <source>Restore a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../item_editor.py" line="816"/>
        <source>Select the one revision to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <location filename="../composer.py" line="207"/>
        <location filename="../composer.py" line="208"/>
        <source>Insert item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="210"/>
        <source>&amp;Find an item by title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="212"/>
        <source>Item title search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="213"/>
        <source>Type part of a title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="216"/>
        <location filename="../pickers.py" line="102"/>
        <source>Matching items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="221"/>
        <location filename="../composer.py" line="222"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="223"/>
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
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../library_view.py" line="351"/>
        <source>Search the library (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="352"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="353"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="354"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="355"/>
        <source>Filter by audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="356"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="357"/>
        <location filename="../library_view.py" line="358"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="359"/>
        <source>Library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="360"/>
        <source>Number of items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="374"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="376"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="378"/>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="396"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="485"/>
        <source>%1 items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="515"/>
        <source>Save current search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="523"/>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="528"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="528"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../library_view.py" line="226"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="226"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="226"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_view.py" line="226"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>Kursverk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>New item of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>Recent libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>&amp;New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>New &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>New &amp;curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>&amp;Open library file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>New library file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251"/>
        <source>Open database &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <source>Export &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <source>&amp;Export handbook, slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256"/>
        <source>&amp;Find in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>&amp;Retire item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>&amp;Delete item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259"/>
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
        <location filename="../main_window.py" line="610"/>
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
        <location filename="../main_window.py" line="281"/>
        <source>Inspected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>Select an item to see its relations, where it is used and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="286"/>
        <location filename="../main_window.py" line="621"/>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="332"/>
        <source>Library (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338"/>
        <source>Modules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="339"/>
        <source>Curricula (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="393"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="393"/>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="394"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="394"/>
        <location filename="../main_window.py" line="590"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>Not used anywhere yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="443"/>
        <source>This editor is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>Select an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="559"/>
        <source>Retire this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="560"/>
        <source>Delete this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="561"/>
        <source>Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="569"/>
        <source>New module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="569"/>
        <location filename="../main_window.py" line="579"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="571"/>
        <source>Part 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="579"/>
        <source>New curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="591"/>
        <source>Open a module or a curriculum first, then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="596"/>
        <source>Export is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="614"/>
        <source>About Kursverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="615"/>
        <source>Kursverk — authoring learning programmes for the municipal sector, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="622"/>
        <source>Kursverk libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="629"/>
        <source>New library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="630"/>
        <source>Kursverk libraries (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="636"/>
        <source>Open database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="637"/>
        <source>Database URL (e.g. postgresql+psycopg://user@server/kursverk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="664"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="673"/>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="674"/>
        <source>Kursverk bundles (*.kvb *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="680"/>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="681"/>
        <source>Kursverk bundles (*.kvb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="691"/>
        <source>Importing bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="692"/>
        <source>Exporting bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="710"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleEditorPanel</name>
    <message>
        <location filename="../composer.py" line="541"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="578"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="579"/>
        <source>sum of blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="583"/>
        <source>Module title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="584"/>
        <source>Module code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="585"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="589"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="593"/>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="597"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="599"/>
        <source>Audiences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="600"/>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="615"/>
        <source>Outline tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="618"/>
        <source>Module outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="632"/>
        <source>Module minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="639"/>
        <source>Insert item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="641"/>
        <source>Add text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="642"/>
        <source>Add exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="643"/>
        <source>Add trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="644"/>
        <location filename="../composer.py" line="850"/>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="645"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="646"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="648"/>
        <source>Move to section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="650"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="678"/>
        <source>This module cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="695"/>
        <source>This module is deleted; restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="719"/>
        <source>%1 blocks · %2 min in blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="723"/>
        <source> · module duration %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="725"/>
        <source> (differs by %1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="850"/>
        <source>Section title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="890"/>
        <source>Move to section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="891"/>
        <source>Move the block to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="904"/>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="905"/>
        <source>Remove the section «%1» and its %2 blocks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="935"/>
        <source>Update «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="936"/>
        <source>This block shows revision %1. Revision %2 is the latest. Compare them and accept to show the latest in this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="939"/>
        <source>Update to revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="941"/>
        <source>Pinned: revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="942"/>
        <source>Latest: revision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBlockDialog</name>
    <message>
        <location filename="../composer.py" line="289"/>
        <source>Add text block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="289"/>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="290"/>
        <source>Add trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="295"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="296"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="298"/>
        <source>Exercise kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="302"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="305"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="306"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="307"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="307"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="311"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="313"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="314"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <location filename="../composer.py" line="118"/>
        <source>Learning objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="123"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="124"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="125"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="126"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="128"/>
        <source>%1 objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../outline_model.py" line="230"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="230"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="230"/>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="230"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="231"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="260"/>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="269"/>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="284"/>
        <source>Pinned to revision %1; revision %2 is the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="297"/>
        <source>(missing item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="298"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="306"/>
        <source>update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="314"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="315"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="321"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="321"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="322"/>
        <source>Trainer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="322"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="327"/>
        <location filename="../outline_model.py" line="332"/>
        <source>trainer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="328"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="328"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="329"/>
        <source>title only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="330"/>
        <source>pinned r%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outline_model.py" line="331"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressWatcher</name>
    <message>
        <location filename="../tasks.py" line="73"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionDiffDialog</name>
    <message>
        <location filename="../revision_diff.py" line="132"/>
        <source>Compare revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="133"/>
        <source>Revision %1 → revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="138"/>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="138"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="141"/>
        <source>How to show the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="142"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="143"/>
        <location filename="../revision_diff.py" line="144"/>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="145"/>
        <source>Compared revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="163"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../revision_diff.py" line="178"/>
        <source>The two revisions have the same content.</source>
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
        <location filename="../i18n.py" line="182"/>
        <location filename="../i18n.py" line="206"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../ops.py" line="82"/>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="84"/>
        <source>Could not complete the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../i18n.py" line="202"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="203"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="204"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="205"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../i18n.py" line="167"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="168"/>
        <source>Must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="169"/>
        <source>Must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="170"/>
        <source>Must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="171"/>
        <source>Longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="172"/>
        <source>An entry is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="173"/>
        <source>Must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="174"/>
        <source>Must be an http, https or mailto address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="175"/>
        <source>Must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="176"/>
        <source>Must be text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../composer.py" line="335"/>
        <source>Reflection question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="335"/>
        <source>Group task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="336"/>
        <source>Case discussion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
