<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="40" />
            <source>About {0}</source>
            <translation>Informazioni su {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="42" />
            <source>About</source>
            <translation>Informazioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="43" />
            <source>Licences</source>
            <translation>Licenze</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="61" />
            <source>Version {0}</source>
            <translation>Versione {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="63" />
            <source>An offline desktop editor for customer-journey maps, service blueprints and personas. Your projects stay on your computer, in one file each.</source>
            <translation>Un editor desktop offline per mappe del percorso cliente, service blueprint e personas. I tuoi progetti restano sul tuo computer, ciascuno in un solo file.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="67" />
            <source>Python {0} · Qt {1} · PySide6 {2} · {3}</source>
            <translation>Python {0} · Qt {1} · PySide6 {2} · {3}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="83" />
            <source>&lt;p&gt;&lt;b&gt;DejaVu Sans&lt;/b&gt; fonts (maps on screen and in PDF): Bitstream Vera licence with DejaVu changes, public domain; full text below.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Font Awesome Free&lt;/b&gt; icons through &lt;b&gt;QtAwesome&lt;/b&gt;: icons CC BY 4.0, fonts SIL Open Font License 1.1, QtAwesome code MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; and &lt;b&gt;PySide6&lt;/b&gt;: GNU LGPL v3. &lt;b&gt;SQLAlchemy&lt;/b&gt;, &lt;b&gt;Alembic&lt;/b&gt;: MIT. &lt;b&gt;ReportLab&lt;/b&gt;: BSD. &lt;b&gt;Pillow&lt;/b&gt;: MIT-CMU. &lt;b&gt;platformdirs&lt;/b&gt;, &lt;b&gt;jsonschema&lt;/b&gt;, &lt;b&gt;PyYAML&lt;/b&gt;: MIT.&lt;/p&gt;&lt;p&gt;The Map Studio icon is original artwork of the project.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Font &lt;b&gt;DejaVu Sans&lt;/b&gt; (mappe a schermo e in PDF): licenza Bitstream Vera con modifiche DejaVu di pubblico dominio; testo completo qui sotto.&lt;/p&gt;&lt;p&gt;Icone &lt;b&gt;Font Awesome Free&lt;/b&gt; tramite &lt;b&gt;QtAwesome&lt;/b&gt;: icone CC BY 4.0, font SIL Open Font License 1.1, codice di QtAwesome MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; e &lt;b&gt;PySide6&lt;/b&gt;: GNU LGPL v3. &lt;b&gt;SQLAlchemy&lt;/b&gt;, &lt;b&gt;Alembic&lt;/b&gt;: MIT. &lt;b&gt;ReportLab&lt;/b&gt;: BSD. &lt;b&gt;Pillow&lt;/b&gt;: MIT-CMU. &lt;b&gt;platformdirs&lt;/b&gt;, &lt;b&gt;jsonschema&lt;/b&gt;, &lt;b&gt;PyYAML&lt;/b&gt;: MIT.&lt;/p&gt;&lt;p&gt;L'icona di Map Studio è un'opera originale del progetto.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/accessibility.py" line="119" />
            <location filename="../../src/mapstudio/ui/window/accessibility.py" line="130" />
            <source>{0} list</source>
            <translation>Elenco {0}</translation>
        </message>
    </context>
    <context>
        <name>CanvasGestures</name>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="15" />
            <location filename="../../src/mapstudio/canvas/gestures.py" line="21" />
            <source>Zoom around the pointer</source>
            <translation>Ingrandisci attorno al puntatore</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="15" />
            <location filename="../../src/mapstudio/canvas/gestures.py" line="16" />
            <source>Mouse wheel</source>
            <translation>Rotellina del mouse</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="16" />
            <source>Scroll the map up and down</source>
            <translation>Scorri la mappa in su e in giù</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="19" />
            <source>Scroll the map sideways</source>
            <translation>Scorri la mappa di lato</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="19" />
            <source>Shift+Mouse wheel</source>
            <translation>Maiusc+rotellina del mouse</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="20" />
            <source>Move the map</source>
            <translation>Sposta la mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="20" />
            <source>Two-finger scroll · Space+drag · Middle button drag</source>
            <translation>Scorrimento a due dita · Spazio+trascina · Trascina con il tasto centrale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="21" />
            <source>Ctrl+Mouse wheel · Pinch</source>
            <translation>Ctrl+rotellina del mouse · Pizzico</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="22" />
            <source>New card in the current cell</source>
            <translation>Nuova scheda nella cella corrente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="22" />
            <source>N · Insert · Double-click a cell</source>
            <translation>N · Ins · Doppio clic su una cella</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="23" />
            <source>Commit and start the next card in the cell</source>
            <translation>Conferma e inizia la scheda successiva nella cella</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="23" />
            <source>Enter (while typing)</source>
            <translation>Invio (mentre scrivi)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="24" />
            <source>Commit and go to the next / previous cell</source>
            <translation>Conferma e vai alla cella successiva / precedente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="24" />
            <source>Tab / Shift+Tab (while typing)</source>
            <translation>Tab / Maiusc+Tab (mentre scrivi)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="25" />
            <source>Cancel typing (a new card is not added)</source>
            <translation>Annulla la scrittura (la nuova scheda non viene aggiunta)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="25" />
            <source>Escape</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="26" />
            <source>Line break in a card</source>
            <translation>A capo in una scheda</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="26" />
            <source>Shift+Enter</source>
            <translation>Maiusc+Invio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="27" />
            <source>Edit the selected card's title</source>
            <translation>Modifica il titolo della scheda selezionata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="27" />
            <source>F2 · Enter · Double-click</source>
            <translation>F2 · Invio · Doppio clic</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="28" />
            <source>Rename the current cell's stage / lane</source>
            <translation>Rinomina la fase / corsia della cella corrente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="28" />
            <source>Shift+F2 / Ctrl+F2</source>
            <translation>Maiusc+F2 / Ctrl+F2</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="29" />
            <source>Go to the next card or cell</source>
            <translation>Vai alla scheda o cella successiva</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="29" />
            <source>Arrow keys</source>
            <translation>Tasti freccia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="30" />
            <source>Open the inspector on the selection</source>
            <translation>Apri l'ispettore sulla selezione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="30" />
            <source>Alt+Enter</source>
            <translation>Alt+Invio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="31" />
            <source>Add an emotion point</source>
            <translation>Aggiungi un punto emotivo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="31" />
            <source>Double-click the Emotions lane</source>
            <translation>Doppio clic sulla corsia Emozioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="32" />
            <source>Delete the selected cards</source>
            <translation>Elimina le schede selezionate</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="32" />
            <source>Delete · Backspace</source>
            <translation>Canc · Backspace</translation>
        </message>
    </context>
    <context>
        <name>CanvasMenu</name>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="31" />
            <source>Edit text</source>
            <translation>Modifica testo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="32" />
            <source>Duplicate</source>
            <translation>Duplica</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="34" />
            <source>Cut</source>
            <translation>Taglia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="35" />
            <source>Copy</source>
            <translation>Copia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="39" />
            <source>Span one more stage</source>
            <translation>Estendi a una fase in più</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="42" />
            <source>Span one stage less</source>
            <translation>Riduci di una fase</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="44" />
            <source>Unmark moment of truth</source>
            <translation>Togli il segno di momento della verità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="44" />
            <source>Mark as moment of truth</source>
            <translation>Segna come momento della verità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="50" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="54" />
            <source>Rename stage</source>
            <translation>Rinomina fase</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="55" />
            <source>Insert stage before</source>
            <translation>Inserisci fase prima</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="56" />
            <source>Insert stage after</source>
            <translation>Inserisci fase dopo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="58" />
            <source>Remove stage</source>
            <translation>Rimuovi fase</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="64" />
            <source>Rename lane</source>
            <translation>Rinomina corsia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="65" />
            <source>Insert lane above</source>
            <translation>Inserisci corsia sopra</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="65" />
            <source>Insert lane below</source>
            <translation>Inserisci corsia sotto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Touchpoints</source>
            <translation>Punti di contatto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Actions</source>
            <translation>Azioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Thoughts</source>
            <translation>Pensieri</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Emotions</source>
            <translation>Emozioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Pain points</source>
            <translation>Criticità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Opportunities</source>
            <translation>Opportunità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Channels</source>
            <translation>Canali</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Backstage</source>
            <translation>Retroscena</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Systems</source>
            <translation>Sistemi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Owners</source>
            <translation>Responsabili</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="71" />
            <source>Remove lane</source>
            <translation>Rimuovi corsia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="81" />
            <source>Add emotion point</source>
            <translation>Aggiungi punto emotivo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="83" />
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="84" />
            <source>{0} (to-be)</source>
            <translation>{0} (futuro)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="87" />
            <source>Add card here</source>
            <translation>Aggiungi scheda qui</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="91" />
            <source>Paste here</source>
            <translation>Incolla qui</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="99" />
            <source>Link to map…</source>
            <translation>Collega a una mappa…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="101" />
            <source>Open linked map</source>
            <translation>Apri la mappa collegata</translation>
        </message>
    </context>
    <context>
        <name>CardKinds</name>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="28" />
            <source>New {0}</source>
            <translation>Nuovo: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="34" />
            <source>Metric</source>
            <translation>Metrica</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="42" />
            <source>Touchpoint</source>
            <translation>Punto di contatto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="43" />
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="44" />
            <source>Thought</source>
            <translation>Pensiero</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="45" />
            <source>Pain point</source>
            <translation>Criticità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="46" />
            <source>Opportunity</source>
            <translation>Opportunità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="47" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="48" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="49" />
            <source>Image</source>
            <translation>Immagine</translation>
        </message>
    </context>
    <context>
        <name>ChangeMarks</name>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="29" />
            <source>A</source>
            <comment>added</comment>
            <translation>A</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="30" />
            <source>C</source>
            <comment>changed</comment>
            <translation>M</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="31" />
            <source>M</source>
            <comment>moved</comment>
            <translation>S</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="38" />
            <source>Added since the version</source>
            <translation>Aggiunta dopo la versione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="40" />
            <source>Moved since the version</source>
            <translation>Spostata dopo la versione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="42" />
            <source>from {0} to {1}</source>
            <translation>da {0} a {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="45" />
            <source>Changed since the version</source>
            <translation>Modificata dopo la versione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="114" />
            <source>Removed: {0}</source>
            <translation>Eliminata: {0}</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="58" />
            <source>Save report…</source>
            <translation>Salva resoconto…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="59" />
            <source>The changes of every map as a PDF report</source>
            <translation>Le modifiche di ogni mappa in un resoconto PDF</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="61" />
            <source>Clear comparison</source>
            <translation>Annulla il confronto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="76" />
            <source>Compared with “{0}”:</source>
            <translation>Confronto con «{0}»:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="77" />
            <source>added</source>
            <translation>aggiunte</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="77" />
            <source>changed</source>
            <translation>modificate</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="78" />
            <source>moved</source>
            <translation>spostate</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="78" />
            <source>{0} removed</source>
            <translation>{0} eliminate</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="83" />
            <source>Removed ({0})</source>
            <translation>Eliminate ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="141" />
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="145" />
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="155" />
            <source>Compare with version</source>
            <translation>Confronta con una versione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="142" />
            <source>No versions yet. Save one in File ▸ Versions…</source>
            <translation>Ancora nessuna versione. Salvane una da File ▸ Versioni…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="146" />
            <source>Mark what changed since:</source>
            <translation>Evidenzia ciò che è cambiato da:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="168" />
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="181" />
            <source>Save change report</source>
            <translation>Salva il resoconto delle modifiche</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="169" />
            <source>Changes since {0}.pdf</source>
            <translation>Modifiche da {0}.pdf</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="169" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="199" />
            <source>(untitled)</source>
            <translation>(senza titolo)</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="41" />
            <source>Unexpected error</source>
            <translation>Errore imprevisto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="51" />
            <source>Each change is saved in the file as you make it, and Map Studio tells you when one cannot be. You can keep working, but if something looks wrong, reopen the project.</source>
            <translation>Ogni modifica viene salvata nel file mentre la fai, e Map Studio ti avvisa quando non è possibile. Puoi continuare a lavorare, ma se qualcosa non ti sembra giusto, riapri il progetto.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="71" />
            <source>Copy details</source>
            <translation>Copia dettagli</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="72" />
            <source>Copy the error report to the clipboard</source>
            <translation>Copia il rapporto d'errore negli appunti</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="74" />
            <source>Open log folder</source>
            <translation>Apri cartella dei log</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="75" />
            <source>Show the log file in the file manager</source>
            <translation>Mostra il file di log nel gestore file</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="93" />
            <source>Map Studio ran into a problem it did not expect: {0}</source>
            <translation>Map Studio ha incontrato un problema imprevisto: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="96" />
            <source>Map Studio ran into {0} unexpected problems; the latest: {1}</source>
            <translation>Map Studio ha incontrato {0} problemi imprevisti; l'ultimo: {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="102" />
            <source>Details were written to the log file: {0}</source>
            <translation>I dettagli sono stati scritti nel file di log: {0}</translation>
        </message>
    </context>
    <context>
        <name>DemoCopy</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="32" />
            <source>&lt;b&gt;Demo copy&lt;/b&gt; — a temporary copy of the demo: edit it freely; save it as your own project to keep your changes.</source>
            <translation>&lt;b&gt;Copia della demo&lt;/b&gt; — una copia temporanea della demo: modificala liberamente; salvala come tuo progetto per conservare le modifiche.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="35" />
            <source>&amp;Save as…</source>
            <translation>&amp;Salva come…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="36" />
            <source>Save the demo as a project</source>
            <translation>Salva la demo come progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="37" />
            <source>Keep this copy of the demo, with your changes, as a project of your own</source>
            <translation>Conserva questa copia della demo, con le tue modifiche, come progetto tuo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="44" />
            <source>Demo copy</source>
            <translation>Copia della demo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="66" />
            <source>[demo copy]</source>
            <translation>[copia della demo]</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="73" />
            <source>Save the demo as</source>
            <translation>Salva la demo come</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="85" />
            <source>Saved the demo as {0}</source>
            <translation>Demo salvata come {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="95" />
            <source>Keep your changes to the demo?</source>
            <translation>Conservare le modifiche alla demo?</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="96" />
            <source>This is a temporary copy of the demo. Save it as a project of your own to keep your changes; otherwise they are discarded.</source>
            <translation>Questa è una copia temporanea della demo. Salvala come progetto tuo per conservare le modifiche; altrimenti andranno perse.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="100" />
            <source>Save as…</source>
            <translation>Salva come…</translation>
        </message>
    </context>
    <context>
        <name>EvidenceEditor</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="69" />
            <source>Add source</source>
            <translation>Aggiungi fonte</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="71" />
            <source>Where this card comes from: an interview, a survey, analytics, support tickets, an observation, or an assumption nobody has checked yet</source>
            <translation>Da dove viene questa scheda: un'intervista, un sondaggio, dati di analytics, ticket di assistenza, un'osservazione o un'ipotesi che nessuno ha ancora verificato</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="91" />
            <source>Remove this source</source>
            <translation>Rimuovi questa fonte</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="96" />
            <source>What: who, when, how many</source>
            <translation>Cosa: chi, quando, quanti</translation>
        </message>
    </context>
    <context>
        <name>EvidenceFilter</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="25" />
            <source>Show &amp;cards</source>
            <translation>Mostra &amp;schede</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="28" />
            <source>&amp;All</source>
            <translation>&amp;Tutte</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="28" />
            <source>Only &amp;assumptions</source>
            <translation>Solo &amp;ipotesi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="29" />
            <source>Only &amp;validated</source>
            <translation>Solo &amp;convalidate</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="192" />
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="470" />
            <source>Export map</source>
            <translation>Esporta mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="209" />
            <source>PDF (vector, print)</source>
            <translation>PDF (vettoriale, per la stampa)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="209" />
            <source>PNG image</source>
            <translation>Immagine PNG</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="210" />
            <source>SVG vector image</source>
            <translation>Immagine vettoriale SVG</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="210" />
            <source>CSV table</source>
            <translation>Tabella CSV</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="211" />
            <source>Mermaid journey</source>
            <translation>Percorso Mermaid</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="215" />
            <source>Fit to map</source>
            <translation>Adatta alla mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="216" />
            <source>Automatic (readable type)</source>
            <translation>Automatico (testo leggibile)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="219" />
            <source>Automatic</source>
            <translation>Automatico</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="219" />
            <source>Portrait</source>
            <translation>Verticale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="220" />
            <source>Landscape</source>
            <translation>Orizzontale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="225" />
            <source>Fit</source>
            <translation>Adatta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="226" />
            <source>Print as a poster on sheets of</source>
            <translation>Stampa come poster su fogli</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="233" />
            <source>Crop marks</source>
            <translation>Segni di taglio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="234" />
            <source>CMYK colours</source>
            <translation>Colori CMYK</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="235" />
            <source>PDF/X-4 for print shops</source>
            <translation>PDF/X-4 per la tipografia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="238" />
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="240" />
            <source>The language of the words the print adds: lane captions, badges, legend and footer</source>
            <translation>La lingua delle parole aggiunte in stampa: didascalie delle corsie, badge, legenda e piè di pagina</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="242" />
            <source>Project's ({0})</source>
            <translation>Del progetto ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="246" />
            <source>Add persona pages</source>
            <translation>Aggiungi pagine delle personas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="247" />
            <source>Print review notes</source>
            <translation>Stampa le note di revisione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="249" />
            <source>Open notes counted on their cards, and every note listed on a page after the map (PDF)</source>
            <translation>Le note aperte contate sulle loro schede e tutte le note elencate in una pagina dopo la mappa (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="252" />
            <source>Extra line for the title block</source>
            <translation>Riga aggiuntiva per il cartiglio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="257" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="258" />
            <source>Paper</source>
            <translation>Carta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="259" />
            <source>Orientation</source>
            <translation>Orientamento</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="260" />
            <source>Scale</source>
            <translation>Scala</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="262" />
            <source>Overlap</source>
            <translation>Sovrapposizione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="263" />
            <source>Bleed</source>
            <translation>Abbondanza</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="267" />
            <source>Resolution</source>
            <translation>Risoluzione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="268" />
            <source>Print language</source>
            <translation>Lingua di stampa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="271" />
            <source>Add the maps it links to</source>
            <translation>Aggiungi le mappe collegate</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="273" />
            <source>The journeys this map's cards and stages drill into, each on its own pages after the map (PDF)</source>
            <translation>I percorsi in cui si approfondiscono le schede e le fasi di questa mappa, ciascuno sulle proprie pagine dopo la mappa (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="277" />
            <source>Title block</source>
            <translation>Cartiglio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="283" />
            <source>Export…</source>
            <translation>Esporta…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="313" />
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="413" />
            <source>A table or text file: no page to preview.</source>
            <translation>Una tabella o un file di testo: nessuna pagina da mostrare in anteprima.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="493" />
            <source>Exporting “{0}”…</source>
            <translation>Esportazione di “{0}”…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="494" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="535" />
            <source>Export failed</source>
            <translation>Esportazione non riuscita</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/find_bar.py" line="13" />
            <source>Find cards…</source>
            <translation>Trova schede…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/find_bar.py" line="17" />
            <source>Close the find bar (Esc)</source>
            <translation>Chiudi la barra di ricerca (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/find_bar.py" line="65" />
            <source>{0} found</source>
            <translation>{0} trovate</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="35" />
            <source>Review overdue</source>
            <translation>Revisione scaduta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="36" />
            <source>No owner</source>
            <translation>Nessun responsabile</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="37" />
            <source>Pain point without opportunity</source>
            <translation>Criticità senza opportunità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="38" />
            <source>Opportunity without owner</source>
            <translation>Opportunità senza responsabile</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="39" />
            <source>Assumptions</source>
            <translation>Ipotesi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="40" />
            <source>KPI without target</source>
            <translation>KPI senza obiettivo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="41" />
            <source>Stale KPI</source>
            <translation>KPI non aggiornato</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="42" />
            <source>Stage without touchpoint</source>
            <translation>Fase senza punto di contatto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="43" />
            <source>Text cut in print</source>
            <translation>Testo tagliato in stampa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="49" />
            <source>Health</source>
            <translation>Salute</translation>
        </message>
    </context>
    <context>
        <name>HealthDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="83" />
            <source>No map is open.</source>
            <translation>Nessuna mappa aperta.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="98" />
            <source>{0} findings on this map: advice to keep it true.</source>
            <translation>{0} rilievi su questa mappa: consigli per mantenerla veritiera.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="100" />
            <source>No findings: owned, reviewed, backed by evidence.</source>
            <translation>Nessun rilievo: ha un responsabile, è revisionata e basata su evidenze.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="25" />
            <source>Reply {0}</source>
            <translation>Rispondi {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="25" />
            <source>Add note {0}</source>
            <translation>Aggiungi nota {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="48" />
            <source>Resolve note {0}</source>
            <translation>Risolvi nota {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="48" />
            <source>Reopen note {0}</source>
            <translation>Riapri nota {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="50" />
            <source>Edit note {0}</source>
            <translation>Modifica nota {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="73" />
            <source>Delete note {0}</source>
            <translation>Elimina nota {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="91" />
            <source>Update KPI values</source>
            <translation>Aggiorna i valori dei KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="22" />
            <source>(untitled)</source>
            <translation>(senza titolo)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>description</source>
            <translation>descrizione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>colour</source>
            <translation>colore</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>tags</source>
            <translation>tag</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>owner</source>
            <translation>responsabile</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>span</source>
            <translation>estensione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>severity</source>
            <translation>gravità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>impact</source>
            <translation>impatto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>effort</source>
            <translation>sforzo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>channel</source>
            <translation>canale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>link</source>
            <translation>link</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>persona</source>
            <translation>persona</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>moment of truth</source>
            <translation>momento della verità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>picture</source>
            <translation>immagine</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>width</source>
            <translation>larghezza</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>height</source>
            <translation>altezza</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>line</source>
            <translation>linea</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>goal</source>
            <translation>obiettivo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>evidence</source>
            <translation>evidenze</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>confidence</source>
            <translation>affidabilità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>linked map</source>
            <translation>mappa collegata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>review date</source>
            <translation>data di revisione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="44" />
            <source>Rename card {0}</source>
            <translation>Rinomina scheda {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="45" />
            <source>Change {0} of {1}</source>
            <translation>Modifica {0} di {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="53" />
            <source>Move card {0}</source>
            <translation>Sposta scheda {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="53" />
            <source>Move {0} cards</source>
            <translation>Sposta {0} schede</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="57" />
            <source>Delete card {0}</source>
            <translation>Elimina scheda {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="57" />
            <source>Delete {0} cards</source>
            <translation>Elimina {0} schede</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="61" />
            <source>Cut card {0}</source>
            <translation>Taglia scheda {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="61" />
            <source>Cut {0} cards</source>
            <translation>Taglia {0} schede</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="65" />
            <source>Add card {0}</source>
            <translation>Aggiungi scheda {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="70" />
            <source>Add stage {0}</source>
            <translation>Aggiungi fase {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="70" />
            <source>Remove stage {0}</source>
            <translation>Rimuovi fase {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="71" />
            <source>Move stage {0}</source>
            <translation>Sposta fase {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="76" />
            <source>Add lane {0}</source>
            <translation>Aggiungi corsia {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="76" />
            <source>Remove lane {0}</source>
            <translation>Rimuovi corsia {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="77" />
            <source>Move lane {0}</source>
            <translation>Sposta corsia {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="86" />
            <source>Rename stage {0}</source>
            <translation>Rinomina fase {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="86" />
            <source>Rename lane {0}</source>
            <translation>Rinomina corsia {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="89" />
            <source>Resize stage {0}</source>
            <translation>Ridimensiona fase {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="90" />
            <source>Change {0} of stage {1}</source>
            <translation>Modifica {0} della fase {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="90" />
            <source>Change {0} of lane {1}</source>
            <translation>Modifica {0} della corsia {1}</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="77" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="343" />
            <source>Inspector</source>
            <translation>Ispettore</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="88" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="433" />
            <source>Select a card, a stage or a lane to edit it.</source>
            <translation>Seleziona una scheda, una fase o una corsia per modificarla.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="153" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="215" />
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="167" />
            <source>default</source>
            <translation>predefinito</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="170" />
            <source>Pick a colour</source>
            <translation>Scegli un colore</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="182" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="195" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="267" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="356" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="386" />
            <source>Colour</source>
            <translation>Colore</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="196" />
            <source>“{0}” is not a colour: use #rrggbb, e.g. #2563eb, or leave it empty for the default.</source>
            <translation>«{0}» non è un colore: usa #rrggbb, ad es. #2563eb, oppure lascia vuoto per il predefinito.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="244" />
            <source>Card</source>
            <translation>Scheda</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="245" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="376" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="409" />
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="247" />
            <source>Body</source>
            <translation>Testo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="248" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="259" />
            <source>(none)</source>
            <translation>(nessuno)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="251" />
            <source>Channel</source>
            <translation>Canale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="253" />
            <source>Owner / department</source>
            <translation>Responsabile / reparto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="255" />
            <source>Tags</source>
            <translation>Etichette</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="258" />
            <source>comma, separated</source>
            <translation>separati da virgole</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="260" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="264" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="275" />
            <source>Spans stages</source>
            <translation>Fasi coperte</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="277" />
            <source>Moment of truth</source>
            <translation>Momento della verità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="278" />
            <source>Highlight this card as a moment that makes or breaks the journey</source>
            <translation>Evidenzia questa scheda come un momento che decide il percorso</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="294" />
            <source>Rating</source>
            <translation>Valutazione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="295" />
            <source>Severity</source>
            <translation>Gravità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="297" />
            <source>Impact</source>
            <translation>Impatto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="299" />
            <source>Effort</source>
            <translation>Sforzo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="305" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="306" />
            <source>KPI name</source>
            <translation>Nome del KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="308" />
            <source>KPI value</source>
            <translation>Valore del KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="310" />
            <source>KPI target</source>
            <translation>Obiettivo del KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="312" />
            <source>KPI unit</source>
            <translation>Unità del KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="314" />
            <source>Metric key</source>
            <translation>Chiave della metrica</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="316" />
            <source>The key this KPI has in your data: Map ▸ Update metrics… adds its dated values from a CSV file</source>
            <translation>La chiave di questo KPI nei vostri dati: Mappa ▸ Aggiorna metriche… aggiunge i suoi valori datati da un file CSV</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="318" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="321" />
            <source>lower</source>
            <translation>più basso</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="319" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="321" />
            <source>higher</source>
            <translation>più alto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="320" />
            <source>automatic ({0})</source>
            <translation>automatico ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="322" />
            <source>Better when</source>
            <translation>Meglio se</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="325" />
            <source>Whether the KPI improves as it goes up or down; automatic reads it from the name and unit</source>
            <translation>Se il KPI migliora salendo o scendendo; in automatico lo si deduce dal nome e dall'unità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="350" />
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="351" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="352" />
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="354" />
            <source>Phase</source>
            <translation>Macrofase</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="362" />
            <source>Width</source>
            <translation>Larghezza</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="364" />
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="375" />
            <source>Lane</source>
            <translation>Corsia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Touchpoints</source>
            <translation>Punti di contatto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Actions</source>
            <translation>Azioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Thoughts</source>
            <translation>Pensieri</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Emotions</source>
            <translation>Emozioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Pain points</source>
            <translation>Criticità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Opportunities</source>
            <translation>Opportunità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Channels</source>
            <translation>Canali</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Backstage</source>
            <translation>Retroscena</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Systems</source>
            <translation>Sistemi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Owners</source>
            <translation>Responsabili</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="378" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="380" />
            <source>None</source>
            <translation>Nessuna</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="381" />
            <source>Line of interaction</source>
            <translation>Linea di interazione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="382" />
            <source>Line of visibility</source>
            <translation>Linea di visibilità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="383" />
            <source>Line of internal interaction</source>
            <translation>Linea di interazione interna</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="384" />
            <source>Line below</source>
            <translation>Linea sotto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="390" />
            <source>auto (grows with cards)</source>
            <translation>automatica (cresce con le schede)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="392" />
            <source>A minimum height; the lane still grows to fit its cards</source>
            <translation>Un'altezza minima; la corsia cresce comunque per contenere le schede</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="395" />
            <source>Height</source>
            <translation>Altezza</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="402" />
            <source>Map</source>
            <translation>Mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="410" />
            <source>Goal / scope</source>
            <translation>Obiettivo / ambito</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Current state</source>
            <translation>Stato attuale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Future state</source>
            <translation>Stato futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Day in the life</source>
            <translation>Giornata tipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="412" />
            <source>Map type</source>
            <translation>Tipo di mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="422" />
            <source>Change…</source>
            <translation>Cambia…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="423" />
            <source>Change the emotion scale; existing scores are rescaled</source>
            <translation>Cambia la scala delle emozioni; i punteggi esistenti vengono riscalati</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="427" />
            <source>Emotion scale</source>
            <translation>Scala delle emozioni</translation>
        </message>
    </context>
    <context>
        <name>JourneyFeatures</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="38" />
            <source>&amp;Map</source>
            <translation>Ma&amp;ppa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="42" />
            <source>Emotion &amp;scale…</source>
            <translation>&amp;Scala delle emozioni…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="43" />
            <source>Create &amp;future state from this map</source>
            <translation>Crea lo stato &amp;futuro da questa mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="45" />
            <source>Go to &amp;counterpart map</source>
            <translation>Vai alla mappa &amp;corrispondente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="47" />
            <source>&amp;Walkthrough</source>
            <translation>&amp;Presentazione guidata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="59" />
            <source>Map header</source>
            <translation>Intestazione della mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="148" />
            <source>current state</source>
            <translation>stato attuale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="150" />
            <source>{0} — future state</source>
            <translation>{0} — stato futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="205" />
            <source>Emotion point</source>
            <translation>Punto emotivo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="205" />
            <source>Label:</source>
            <translation>Etichetta:</translation>
        </message>
    </context>
    <context>
        <name>JourneyView</name>
        <message>
            <location filename="../../src/mapstudio/canvas/view.py" line="406" />
            <source>Map Studio</source>
            <translation>Map Studio</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Touchpoints</source>
            <translation>Punti di contatto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Actions</source>
            <translation>Azioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Thoughts</source>
            <translation>Pensieri</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Emotions</source>
            <translation>Emozioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Pain points</source>
            <translation>Criticità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Opportunities</source>
            <translation>Opportunità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Channels</source>
            <translation>Canali</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Backstage</source>
            <translation>Retroscena</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Systems</source>
            <translation>Sistemi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Owners</source>
            <translation>Responsabili</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Current state</source>
            <translation>Stato attuale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Future state</source>
            <translation>Stato futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Day in the life</source>
            <translation>Giornata tipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Line of interaction</source>
            <translation>Linea di interazione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Line of visibility</source>
            <translation>Linea di visibilità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Line of internal interaction</source>
            <translation>Linea di interazione interna</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Personas: {0}</source>
            <translation>Personas: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} (to-be)</source>
            <translation>{0} (futuro)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Severity {0}</source>
            <translation>Gravità {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Impact {0}</source>
            <translation>Impatto {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Effort {0}</source>
            <translation>Sforzo {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} / target {1}</source>
            <translation>{0} / obiettivo {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Moment of truth</source>
            <translation>Momento della verità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} findings</source>
            <translation>{0} rilievi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>KPIs {0}/{1} on target</source>
            <translation>KPI {0}/{1} a obiettivo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Owner: {0}</source>
            <translation>Responsabile: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Review by {0}</source>
            <translation>Revisione entro il {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Review overdue since {0}</source>
            <translation>Revisione scaduta dal {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Review notes — {0}</source>
            <translation>Note di revisione — {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Card “{0}”</source>
            <translation>Scheda «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Stage “{0}”</source>
            <translation>Fase «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>resolved</source>
            <translation>risolta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Validated</source>
            <translation>Convalidata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Some evidence</source>
            <translation>Qualche evidenza</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Assumption</source>
            <translation>Ipotesi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Page {0} of {1}</source>
            <translation>Pagina {0} di {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Version {0}</source>
            <translation>Versione {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Map {0} of {1}</source>
            <translation>Mappa {0} di {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Emotion {0} … {1}</source>
            <translation>Emozione {0} … {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} {1} {2}</source>
            <translation>{0} {1} {2}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>January February March April May June July August September October November December</source>
            <translation>gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} years</source>
            <translation>{0} anni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>About</source>
            <translation>Profilo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Goals</source>
            <translation>Obiettivi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Frustrations</source>
            <translation>Frustrazioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Motivations</source>
            <translation>Motivazioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Market size</source>
            <translation>Dimensione del mercato</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Technology</source>
            <translation>Tecnologia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Assembly overview</source>
            <translation>Schema di montaggio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} — {1} sheets of {2} {3} ({4} rows × {5} columns), poster {6} × {7} mm, overlap {8} mm</source>
            <translation>{0} — {1} fogli {2} {3} ({4} righe × {5} colonne), poster {6} × {7} mm, sovrapposizione {8} mm</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>landscape</source>
            <translation>in orizzontale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>portrait</source>
            <translation>in verticale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Trim each sheet along its crop marks on the left and top edges (not on the first column or row), lay it over its neighbour's overlap strip and align the registration marks.</source>
            <translation>Rifila ogni foglio lungo i segni di taglio sui bordi sinistro e superiore (non nella prima colonna o riga), sovrapponilo alla striscia di sovrapposizione del foglio vicino e allinea i segni di registro.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Row {0} · Column {1}</source>
            <translation>Riga {0} · Colonna {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>page {0}</source>
            <translation>pag. {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>overlap {0} mm</source>
            <translation>sovrapposizione {0} mm</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Mobile app</source>
            <translation>App mobile</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Store</source>
            <translation>Negozio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Social</source>
            <translation>Social</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Ads</source>
            <translation>Pubblicità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Search</source>
            <translation>Ricerca</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Mail</source>
            <translation>Posta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Kiosk</source>
            <translation>Chiosco</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>In person</source>
            <translation>Di persona</translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="25" />
            <source>Linked maps</source>
            <translation>Mappe collegate</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="37" />
            <source>◀ Back</source>
            <translation>◀ Indietro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="38" />
            <source>Back to the map this link was followed from</source>
            <translation>Torna alla mappa da cui si è seguito il collegamento</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="117" />
            <location filename="../../src/mapstudio/ui/window/links.py" line="120" />
            <location filename="../../src/mapstudio/ui/window/links.py" line="138" />
            <source>(no link)</source>
            <translation>(nessun collegamento)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="122" />
            <source>Link to map</source>
            <translation>Collega a una mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="123" />
            <source>Double-clicking this card opens:</source>
            <translation>Un doppio clic su questa scheda apre:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="124" />
            <source>Double-clicking this stage's header opens:</source>
            <translation>Un doppio clic sull'intestazione di questa fase apre:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="140" />
            <source>Drills into</source>
            <translation>Approfondisce in</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="142" />
            <source>A map of this project that details this one: double-click opens it, and its findings and KPIs show on the card</source>
            <translation>Una mappa di questo progetto che approfondisce questa: il doppio clic la apre e i suoi rilievi e KPI compaiono sulla scheda</translation>
        </message>
    </context>
    <context>
        <name>LivingFeatures</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="29" />
            <source>Compare with &amp;version…</source>
            <translation>Confronta con una &amp;versione…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="30" />
            <source>C&amp;lear comparison</source>
            <translation>&amp;Annulla il confronto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="35" />
            <source>Update &amp;metrics…</source>
            <translation>Aggiorna &amp;metriche…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="38" />
            <source>&amp;Link to map…</source>
            <translation>&amp;Collega a una mappa…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="39" />
            <source>&amp;Back to the linking map</source>
            <translation>&amp;Torna alla mappa di partenza</translation>
        </message>
    </context>
    <context>
        <name>LivingInspector</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="45" />
            <source>Interview</source>
            <translation>Intervista</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="45" />
            <source>Survey</source>
            <translation>Sondaggio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="46" />
            <source>Analytics</source>
            <translation>Analytics</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="47" />
            <source>Support tickets</source>
            <translation>Ticket di assistenza</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="48" />
            <source>Observation</source>
            <translation>Osservazione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="49" />
            <source>Assumption</source>
            <translation>Ipotesi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="130" />
            <source>(not judged)</source>
            <translation>(non valutata)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="130" />
            <source>Assumed</source>
            <translation>Ipotizzata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="131" />
            <source>Some evidence</source>
            <translation>Qualche evidenza</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="132" />
            <source>Validated</source>
            <translation>Convalidata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="264" />
            <source>Evidence</source>
            <translation>Evidenze</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="266" />
            <source>Confidence</source>
            <translation>Affidabilità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="278" />
            <source>Review notes</source>
            <translation>Note di revisione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="287" />
            <source>Ownership</source>
            <translation>Responsabilità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="288" />
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="290" />
            <source>e.g. CX lead</source>
            <translation>es. Responsabile CX</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="296" />
            <source>(no review date)</source>
            <translation>(nessuna data di revisione)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="306" />
            <source>Review by</source>
            <translation>Revisione entro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="309" />
            <source>This map is past its review date.</source>
            <translation>Questa mappa ha superato la data di revisione.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="69" />
            <source>Show or hide the {0} panel</source>
            <translation>Mostra o nascondi il pannello «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="93" />
            <source>&amp;New project…</source>
            <translation>&amp;Nuovo progetto…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="94" />
            <source>Create a project with one blank map</source>
            <translation>Crea un progetto con una mappa vuota</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="95" />
            <source>New from &amp;template…</source>
            <translation>Nuovo da &amp;modello…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="96" />
            <source>Start a project or a map from a template</source>
            <translation>Inizia un progetto o una mappa da un modello</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="98" />
            <source>&amp;Open…</source>
            <translation>&amp;Apri…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="99" />
            <source>Open a project file</source>
            <translation>Apri un file di progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="100" />
            <source>Open &amp;demo</source>
            <translation>Apri la &amp;demo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="101" />
            <source>Open a fresh copy of the demo project</source>
            <translation>Apri una copia nuova del progetto dimostrativo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="102" />
            <source>Save a &amp;copy…</source>
            <translation>Salva una &amp;copia…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="103" />
            <source>Save a copy of the project under another name</source>
            <translation>Salva una copia del progetto con un altro nome</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="104" />
            <source>&amp;Export…</source>
            <translation>&amp;Esporta…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="105" />
            <source>Export the map as PDF, image, CSV or Mermaid</source>
            <translation>Esporta la mappa come PDF, immagine, CSV o Mermaid</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="106" />
            <source>&amp;Import…</source>
            <translation>&amp;Importa…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="107" />
            <source>Import maps from JSON, CSV, Mermaid or EMS YAML</source>
            <translation>Importa mappe da JSON, CSV, Mermaid o EMS YAML</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="108" />
            <source>&amp;Versions…</source>
            <translation>&amp;Versioni…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="109" />
            <source>Save, compare and restore named versions of the project</source>
            <translation>Salva, confronta e ripristina versioni con nome del progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="110" />
            <source>Project &amp;settings…</source>
            <translation>&amp;Impostazioni progetto…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="111" />
            <source>Project title, description and branding for print</source>
            <translation>Titolo, descrizione e marchio del progetto per la stampa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="112" />
            <source>&amp;Close project</source>
            <translation>Ch&amp;iudi progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="113" />
            <source>Close the project and return to the start screen</source>
            <translation>Chiudi il progetto e torna alla schermata iniziale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="114" />
            <source>&amp;Quit</source>
            <translation>Es&amp;ci</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="114" />
            <source>Quit Map Studio</source>
            <translation>Esci da Map Studio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="116" />
            <source>&amp;Undo</source>
            <translation>&amp;Annulla</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="119" />
            <source>&amp;Redo</source>
            <translation>&amp;Ripeti</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="122" />
            <source>Undo the last change</source>
            <translation>Annulla l'ultima modifica</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="123" />
            <source>Redo the change you undid</source>
            <translation>Ripeti la modifica annullata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="125" />
            <source>&amp;History</source>
            <translation>Cr&amp;onologia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="127" />
            <source>Cu&amp;t</source>
            <translation>&amp;Taglia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="128" />
            <source>&amp;Copy</source>
            <translation>&amp;Copia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="129" />
            <source>&amp;Paste</source>
            <translation>I&amp;ncolla</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="130" />
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplica</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="131" />
            <source>De&amp;lete</source>
            <translation>&amp;Elimina</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="133" />
            <source>Select &amp;all</source>
            <translation>Seleziona t&amp;utto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="135" />
            <source>&amp;Find cards…</source>
            <translation>&amp;Trova schede…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="136" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Ingrandisci</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="138" />
            <source>Zoom &amp;out</source>
            <translation>&amp;Riduci</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="140" />
            <source>&amp;Fit map</source>
            <translation>&amp;Adatta la mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="141" />
            <source>&amp;Actual size (100 %)</source>
            <translation>&amp;Dimensioni reali (100 %)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="142" />
            <source>Add &amp;stage</source>
            <translation>Aggiungi &amp;fase</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="144" />
            <source>Add &amp;lane</source>
            <translation>Aggiungi &amp;corsia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="145" />
            <source>New &amp;map</source>
            <translation>Nuova &amp;mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="146" />
            <source>Duplicate m&amp;ap</source>
            <translation>Duplica m&amp;appa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="147" />
            <source>Save map as &amp;template…</source>
            <translation>Salva mappa come &amp;modello…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="148" />
            <source>Keep this map in My templates to start new maps from it</source>
            <translation>Conserva questa mappa in I miei modelli per crearne di nuove a partire da lei</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="149" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferenze…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="151" />
            <source>Language, theme, defaults for new maps and printing, backups</source>
            <translation>Lingua, tema, impostazioni predefinite per nuove mappe e stampa, backup</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="153" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Scorciatoie da tastiera</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="155" />
            <source>All keyboard shortcuts at a glance</source>
            <translation>Tutte le scorciatoie da tastiera a colpo d'occhio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="156" />
            <source>&amp;About Map Studio</source>
            <translation>&amp;Informazioni su Map Studio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="157" />
            <source>Version and licences</source>
            <translation>Versione e licenze</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="162" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="166" />
            <source>Open &amp;recent</source>
            <translation>Apri &amp;recenti</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="175" />
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="180" />
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="188" />
            <source>&amp;Map</source>
            <translation>Ma&amp;ppa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="192" />
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="198" />
            <source>Main toolbar</source>
            <translation>Barra degli strumenti principale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="235" />
            <source>Saved “{0}” in My templates</source>
            <translation>«{0}» salvato in I miei modelli</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="257" />
            <source>New lane</source>
            <translation>Nuova corsia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="264" />
            <location filename="../../src/mapstudio/ui/window/actions.py" line="269" />
            <source>Export</source>
            <translation>Esporta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="264" />
            <source>Export is not available.</source>
            <translation>L'esportazione non è disponibile.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="280" />
            <location filename="../../src/mapstudio/ui/window/actions.py" line="297" />
            <source>New from template</source>
            <translation>Nuovo da modello</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="281" />
            <source>The template gallery is not available.</source>
            <translation>La galleria dei modelli non è disponibile.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="293" />
            <source>Add map from template</source>
            <translation>Aggiungi mappa da modello</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="295" />
            <source>New project from template</source>
            <translation>Nuovo progetto da modello</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="94" />
            <source>Read-only: changes are not saved</source>
            <translation>Sola lettura: le modifiche non vengono salvate</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="150" />
            <source>Damaged map</source>
            <translation>Mappa danneggiata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="150" />
            <source>{0}

The other maps of this project can still be opened and edited; `mapstudio check` lists what is wrong.</source>
            <translation>{0}

Le altre mappe del progetto si possono ancora aprire e modificare; `mapstudio check` elenca che cosa non va.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="156" />
            <source>The last change was not saved.</source>
            <translation>L'ultima modifica non è stata salvata.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="157" />
            <source>Change not saved</source>
            <translation>Modifica non salvata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="168" />
            <source>Open demo</source>
            <translation>Apri la demo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="174" />
            <source>Opening {0}…</source>
            <translation>Apertura di {0}…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="174" />
            <source>Opening the demo…</source>
            <translation>Apertura della demo…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="219" />
            <source>Journey map</source>
            <translation>Mappa del percorso</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="220" />
            <source>The map: stages in columns, lanes in rows, cards in their cells</source>
            <translation>La mappa: fasi in colonne, corsie in righe, schede nelle celle</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="299" />
            <source>[read-only]</source>
            <translation>[sola lettura]</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="330" />
            <source>{0} cards selected</source>
            <translation>{0} schede selezionate</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="365" />
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="366" />
            <source>Dialogs opened from now on use the new language; menus and panels change after Map Studio is restarted.</source>
            <translation>Le finestre di dialogo aperte da ora in poi usano la nuova lingua; menu e pannelli cambiano al riavvio di Map Studio.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="58" />
            <source>Open project</source>
            <translation>Apri progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="59" />
            <source>Map Studio projects (*.mapstudio)</source>
            <translation>Progetti Map Studio (*.mapstudio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="70" />
            <source>Untitled</source>
            <translation>Senza titolo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="91" />
            <source>Untitled.mapstudio</source>
            <translation>Senza titolo.mapstudio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="92" />
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="107" />
            <source>New project</source>
            <translation>Nuovo progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="123" />
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="130" />
            <source>Save a copy</source>
            <translation>Salva una copia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="128" />
            <source>Saved a copy to {0}</source>
            <translation>Copia salvata in {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_panels.py" line="32" />
            <source>History</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_panels.py" line="35" />
            <source>Opened project</source>
            <translation>Progetto aperto</translation>
        </message>
    </context>
    <context>
        <name>MapAccessibility</name>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="22" />
            <location filename="../../src/mapstudio/canvas/accessible.py" line="32" />
            <source>Validated.</source>
            <translation>Convalidata.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="23" />
            <location filename="../../src/mapstudio/canvas/accessible.py" line="32" />
            <source>Some evidence.</source>
            <translation>Qualche evidenza.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="24" />
            <location filename="../../src/mapstudio/canvas/accessible.py" line="32" />
            <source>An assumption.</source>
            <translation>Un'ipotesi.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="35" />
            <source>Open review notes: {0}.</source>
            <translation>Note di revisione aperte: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="81" />
            <source>Stage {0} of {1}</source>
            <translation>Fase {0} di {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="86" />
            <source>Lane {0} of {1}</source>
            <translation>Corsia {0} di {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="92" />
            <source>Untitled card</source>
            <translation>Scheda senza titolo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="94" />
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="145" />
            <source>Journey map</source>
            <translation>Mappa del percorso</translation>
        </message>
    </context>
    <context>
        <name>MapHeaderBar</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="114" />
            <source>No persona on this map</source>
            <translation>Nessuna persona su questa mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="118" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="122" />
            <source>Assign or remove personas on this map</source>
            <translation>Assegna o rimuovi personas da questa mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Current state</source>
            <translation>Stato attuale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Future state</source>
            <translation>Stato futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Day in the life</source>
            <translation>Giornata tipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="238" />
            <source>Switch to future state</source>
            <translation>Passa allo stato futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="240" />
            <source>Switch to current state</source>
            <translation>Passa allo stato attuale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="241" />
            <source>Show the linked map “{0}” (Ctrl+Shift+G)</source>
            <translation>Mostra la mappa collegata «{0}» (Ctrl+Shift+G)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="246" />
            <source>Create future state</source>
            <translation>Crea stato futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="247" />
            <source>Copy this map as its future state and link the two</source>
            <translation>Copia questa mappa come suo stato futuro e collega le due</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="268" />
            <source>The project has no personas yet</source>
            <translation>Il progetto non ha ancora personas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="280" />
            <source>New persona…</source>
            <translation>Nuova persona…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="281" />
            <source>Show the persona library</source>
            <translation>Mostra la libreria delle personas</translation>
        </message>
    </context>
    <context>
        <name>MapsDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="35" />
            <source>Maps</source>
            <translation>Mappe</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="45" />
            <source>Add a new map</source>
            <translation>Aggiungi una nuova mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="46" />
            <source>Duplicate the selected map</source>
            <translation>Duplica la mappa selezionata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="47" />
            <source>Rename the selected map</source>
            <translation>Rinomina la mappa selezionata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="48" />
            <source>Move the map up</source>
            <translation>Sposta la mappa in alto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="49" />
            <source>Move the map down</source>
            <translation>Sposta la mappa in basso</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="50" />
            <source>Delete the selected map</source>
            <translation>Elimina la mappa selezionata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Current state</source>
            <translation>Stato attuale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Future state</source>
            <translation>Stato futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Day in the life</source>
            <translation>Giornata tipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="111" />
            <source>New journey map</source>
            <translation>Nuova mappa del percorso</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="128" />
            <source>Rename map</source>
            <translation>Rinomina mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="128" />
            <source>Title:</source>
            <translation>Titolo:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="158" />
            <source>Delete map</source>
            <translation>Elimina mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="159" />
            <source>Delete the map “{0}”? You can undo this.</source>
            <translation>Eliminare la mappa “{0}”? Puoi annullare l'operazione.</translation>
        </message>
    </context>
    <context>
        <name>MetricsUpdate</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="30" />
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="39" />
            <source>Update metrics</source>
            <translation>Aggiorna metriche</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="31" />
            <source>Metric data (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Dati delle metriche (*.csv *.tsv *.txt);;Tutti i file (*)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="43" />
            <source>Nothing was changed. {0}: {1}</source>
            <translation>Nulla è stato modificato. {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="48" />
            <source>Update metrics from “{0}”</source>
            <translation>Aggiorna metriche da «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="50" />
            <source>{0} values from {1} rows went into {2} KPI cards (keys: {3}). Edit ▸ Undo takes them out again.</source>
            <translation>{0} valori da {1} righe sono entrati in {2} schede KPI (chiavi: {3}). Modifica ▸ Annulla li toglie di nuovo.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="153" />
            <source>Write a review note…</source>
            <translation>Scrivi una nota di revisione…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="156" />
            <source>Add note</source>
            <translation>Aggiungi nota</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="169" />
            <source> · resolved</source>
            <translation> · risolta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="185" />
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="196" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="190" />
            <source>Reopen</source>
            <translation>Riapri</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="190" />
            <source>Resolve</source>
            <translation>Risolvi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="194" />
            <source>Reply</source>
            <translation>Rispondi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="216" />
            <source>Write a reply…</source>
            <translation>Scrivi una risposta…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="219" />
            <source>Send reply</source>
            <translation>Invia risposta</translation>
        </message>
    </context>
    <context>
        <name>PagePreview</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="172" />
            <source>{paper} {orientation} · map at {scale:.0%}</source>
            <translation>{paper} {orientation} · mappa al {scale:.0%}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="181" />
            <source> · {n} sheets of {paper} ({rows} × {cols})</source>
            <translation> · {n} fogli {paper} ({rows} × {cols})</translation>
        </message>
    </context>
    <context>
        <name>PaletteDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="94" />
            <source>Palette</source>
            <translation>Tavolozza</translation>
        </message>
    </context>
    <context>
        <name>PaletteList</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="44" />
            <source>Card palette</source>
            <translation>Tavolozza delle schede</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="45" />
            <source>Card kinds: drag one onto a cell of the map to add a card of that kind</source>
            <translation>Tipi di scheda: trascinane uno su una cella della mappa per aggiungere una scheda di quel tipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="51" />
            <source>Drag onto a cell of the map to add a {0} card</source>
            <translation>Trascina su una cella della mappa per aggiungere una scheda «{0}»</translation>
        </message>
    </context>
    <context>
        <name>PersonaChip</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="82" />
            <source>Open persona {0}</source>
            <translation>Apri la persona {0}</translation>
        </message>
    </context>
    <context>
        <name>PersonaDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="60" />
            <source>Persona — {0}</source>
            <translation>Persona — {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="66" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="66" />
            <source>Role / occupation</source>
            <translation>Ruolo / professione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="67" />
            <source>Age</source>
            <translation>Età</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="67" />
            <source>Location</source>
            <translation>Luogo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="68" />
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="68" />
            <source>Market size</source>
            <translation>Dimensione del mercato</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="69" />
            <source>Technology</source>
            <translation>Tecnologia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="73" />
            <source>Bio</source>
            <translation>Biografia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="73" />
            <source>Quote</source>
            <translation>Citazione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="79" />
            <source>Goals</source>
            <translation>Obiettivi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="79" />
            <source>Frustrations</source>
            <translation>Frustrazioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="80" />
            <source>Motivations</source>
            <translation>Motivazioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="80" />
            <source>Channels</source>
            <translation>Canali</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="83" />
            <source>One per line</source>
            <translation>Una per riga</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="84" />
            <source>One entry per line</source>
            <translation>Una voce per riga</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="90" />
            <source>Choose photo…</source>
            <translation>Scegli foto…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="92" />
            <source>Colour</source>
            <translation>Colore</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="120" />
            <source>Drop a photo
here</source>
            <translation>Trascina qui
una foto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="126" />
            <source>Persona colour</source>
            <translation>Colore della persona</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="133" />
            <source>Choose photo</source>
            <translation>Scegli foto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="134" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
            <translation>Immagini (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="143" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="144" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>PersonaDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="34" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="43" />
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="105" />
            <source>New persona</source>
            <translation>Nuova persona</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="44" />
            <source>Edit the selected persona</source>
            <translation>Modifica la persona selezionata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="45" />
            <source>Delete the selected persona</source>
            <translation>Elimina la persona selezionata</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="46" />
            <source>Import personas from another project</source>
            <translation>Importa personas da un altro progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="149" />
            <source>Delete persona</source>
            <translation>Elimina persona</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="150" />
            <source>Delete “{0}” from the project? Maps lose its emotion curve. You can undo this.</source>
            <translation>Eliminare “{0}” dal progetto? Le mappe perdono la sua curva emotiva. Puoi annullare l'operazione.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="160" />
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="178" />
            <source>Import personas</source>
            <translation>Importa personas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="161" />
            <source>Map Studio projects (*.mapstudio)</source>
            <translation>Progetti Map Studio (*.mapstudio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="169" />
            <source>These personas are already in this project</source>
            <translation>Queste personas sono già nel progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="193" />
            <source>Imported {0} personas from {1}</source>
            <translation>Importate {0} personas da {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="195" />
            <source>No new personas in {0}</source>
            <translation>Nessuna nuova persona in {0}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="46" />
            <source>Preferences</source>
            <translation>Preferenze</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="49" />
            <source>General</source>
            <translation>Generale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="50" />
            <source>Maps and printing</source>
            <translation>Mappe e stampa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="51" />
            <source>Canvas</source>
            <translation>Area di lavoro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="52" />
            <source>Backups</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="69" />
            <source>System language</source>
            <translation>Lingua del sistema</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="72" />
            <source>The language of menus and dialogs</source>
            <translation>La lingua di menu e finestre di dialogo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="74" />
            <source>Follow the system</source>
            <translation>Segui il sistema</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="75" />
            <source>Light</source>
            <translation>Chiaro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="75" />
            <source>Dark</source>
            <translation>Scuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="76" />
            <source>High contrast</source>
            <translation>Contrasto elevato</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="78" />
            <source>Light, dark or high-contrast windows; maps always print on white</source>
            <translation>Finestre chiare, scure o ad alto contrasto; le mappe si stampano sempre su bianco</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="80" />
            <source>&amp;Language:</source>
            <translation>&amp;Lingua:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="81" />
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="83" />
            <source>The name your review notes are signed with</source>
            <translation>Il nome con cui sono firmate le tue note di revisione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="84" />
            <source>&amp;Your name in review notes:</source>
            <translation>Il &amp;tuo nome nelle note:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="85" />
            <source>Some texts change language only after a restart.</source>
            <translation>Alcuni testi cambiano lingua solo dopo un riavvio.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="103" />
            <source>from</source>
            <translation>da</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="105" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="110" />
            <source>Fit to the map</source>
            <translation>Adatta alla mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="111" />
            <source>Automatic (readable type)</source>
            <translation>Automatico (testo leggibile)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="115" />
            <source>No tiling (one sheet)</source>
            <translation>Nessuna suddivisione (un solo foglio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="116" />
            <source>Print large maps as a poster of several sheets</source>
            <translation>Stampa le mappe grandi come poster su più fogli</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="119" />
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="121" />
            <source>How much neighbouring sheets overlap for gluing</source>
            <translation>Di quanto si sovrappongono i fogli vicini per incollarli</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="122" />
            <source>Default emotion scale:</source>
            <translation>Scala delle emozioni predefinita:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="123" />
            <source>Default &amp;paper:</source>
            <translation>&amp;Carta predefinita:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="124" />
            <source>Poster &amp;tiling:</source>
            <translation>Suddivisione in &amp;poster:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="125" />
            <source>Tile &amp;overlap:</source>
            <translation>&amp;Sovrapposizione dei fogli:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="131" />
            <source>Show the &amp;grid</source>
            <translation>Mostra la &amp;griglia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="132" />
            <source>&amp;Snap to the grid while dragging</source>
            <translation>&amp;Aggancia alla griglia durante il trascinamento</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="135" />
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="138" />
            <source>Grid si&amp;ze:</source>
            <translation>&amp;Dimensione della griglia:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="139" />
            <source>The mouse &amp;wheel zooms (instead of scrolling)</source>
            <translation>La &amp;rotellina del mouse ingrandisce (invece di scorrere)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="140" />
            <source>For a mouse without a trackpad. Ctrl+wheel zooms either way; two-finger scrolling on a trackpad always moves the map.</source>
            <translation>Per un mouse senza trackpad. Ctrl+rotellina ingrandisce in ogni caso; lo scorrimento a due dita sul trackpad sposta sempre la mappa.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="149" />
            <source>&amp;Keep backups of open projects</source>
            <translation>&amp;Conserva i backup dei progetti aperti</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="152" />
            <source>Leave empty for the default folder</source>
            <translation>Lascia vuoto per la cartella predefinita</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="153" />
            <source>&amp;Browse…</source>
            <translation>&amp;Sfoglia…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="155" />
            <source>S&amp;how</source>
            <translation>&amp;Mostra</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="156" />
            <source>Open the backup folder in the file manager</source>
            <translation>Apri la cartella dei backup nel gestore file</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="164" />
            <source>Older versions are deleted</source>
            <translation>Le versioni più vecchie vengono eliminate</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="167" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="169" />
            <source>Backup folder:</source>
            <translation>Cartella dei backup:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="170" />
            <source>Versions to &amp;keep per project:</source>
            <translation>&amp;Versioni da conservare per progetto:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="171" />
            <source>Back up &amp;every:</source>
            <translation>Backup &amp;ogni:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="172" />
            <source>Projects are saved as you edit; backups let you go back to an earlier version of a file.</source>
            <translation>I progetti vengono salvati mentre lavori; i backup ti permettono di tornare a una versione precedente di un file.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="181" />
            <source>Backup folder</source>
            <translation>Cartella dei backup</translation>
        </message>
    </context>
    <context>
        <name>PreflightPanel</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="19" />
            <source>Preflight</source>
            <translation>Verifica di stampa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="43" />
            <source>Nothing to check for this format.</source>
            <translation>Niente da verificare per questo formato.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="45" />
            <source>Smallest printed text: {size:.1f} pt.</source>
            <translation>Testo stampato più piccolo: {size:.1f} pt.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="47" />
            <source>{n} finding(s); the cards concerned are outlined in the preview.</source>
            <translation>{n} segnalazione/i; le schede interessate sono evidenziate nell'anteprima.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="50" />
            <source>Nothing to report: the print is ready.</source>
            <translation>Nessun problema: la stampa è pronta.</translation>
        </message>
    </context>
    <context>
        <name>ProjectFiles</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="42" />
            <source>{0} already exists.

Replace it with the new project? Everything in the existing file will be lost.</source>
            <translation>{0} esiste già.

Sostituirlo con il nuovo progetto? Tutto il contenuto del file esistente andrà perso.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="55" />
            <source>Map Studio projects (*.mapstudio)</source>
            <translation>Progetti Map Studio (*.mapstudio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="61" />
            <source>{0} is a folder.</source>
            <translation>{0} è una cartella.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="72" />
            <source>Open project</source>
            <translation>Apri progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="77" />
            <source>{0} is already open in another Map Studio window. Only one window at a time can change a project.</source>
            <translation>{0} è già aperto in un'altra finestra di Map Studio. Una sola finestra alla volta può modificare un progetto.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="82" />
            <source>{0} cannot be changed here: the file or its disk is read-only.</source>
            <translation>{0} non si può modificare qui: il file o il suo disco è di sola lettura.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="90" />
            <source>Cannot open file</source>
            <translation>Impossibile aprire il file</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="99" />
            <source>Open read-only</source>
            <translation>Apri in sola lettura</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="100" />
            <source>Open a copy…</source>
            <translation>Apri una copia…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="109" />
            <source>Open a copy</source>
            <translation>Apri una copia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="128" />
            <source>Map Studio stopped while saving a change to {0}, and that unfinished change cannot be applied safely.

The file and its journal were left exactly as they are.</source>
            <translation>Map Studio si è interrotto mentre salvava una modifica a {0}, e quella modifica incompiuta non può essere applicata in sicurezza.

Il file e il suo journal sono stati lasciati esattamente come sono.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="131" />
            <source>Cannot recover the last change</source>
            <translation>Impossibile recuperare l'ultima modifica</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="138" />
            <source>The latest backup is from {0}.</source>
            <translation>Il backup più recente è del {0}.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="139" />
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="150" />
            <source>Open the latest backup</source>
            <translation>Apri il backup più recente</translation>
        </message>
    </context>
    <context>
        <name>ProjectImport</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="29" />
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="39" />
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="42" />
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="55" />
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="61" />
            <source>Import</source>
            <translation>Importa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="29" />
            <source>Journey files (*.json *.csv *.mmd *.mermaid *.yaml *.yml);;Map Studio JSON (*.json);;CSV (*.csv);;Mermaid journey (*.mmd *.mermaid);;EMS YAML (*.yaml *.yml)</source>
            <translation>File di percorsi (*.json *.csv *.mmd *.mermaid *.yaml *.yml);;JSON di Map Studio (*.json);;CSV (*.csv);;Percorso Mermaid (*.mmd *.mermaid);;YAML EMS (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="42" />
            <source>{0} holds no maps.</source>
            <translation>{0} non contiene mappe.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="62" />
            <source>Add the {0} map(s) of {1} to this project, or make a new project of them?</source>
            <translation>Aggiungere le mappe di {1} ({0}) a questo progetto o crearne un nuovo progetto?</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="64" />
            <source>Add to this project</source>
            <translation>Aggiungi a questo progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="65" />
            <source>New project…</source>
            <translation>Nuovo progetto…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="74" />
            <source>Import {0}</source>
            <translation>Importa {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="88" />
            <source>New project from import</source>
            <translation>Nuovo progetto dall'importazione</translation>
        </message>
    </context>
    <context>
        <name>ProjectSettingsDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="44" />
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="147" />
            <source>Project settings</source>
            <translation>Impostazioni del progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="54" />
            <source>e.g. your agency or team name</source>
            <translation>ad es. il nome della tua agenzia o del team</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="59" />
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="60" />
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="69" />
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="70" />
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="71" />
            <source>Brand name</source>
            <translation>Nome del marchio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="72" />
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="118" />
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="124" />
            <source>Brand logo</source>
            <translation>Logo del marchio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="74" />
            <source>Interface language</source>
            <translation>Lingua dell'interfaccia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="80" />
            <source>The language of the words the map adds on screen and on paper: lane captions, badges, legend, footer</source>
            <translation>La lingua delle parole che la mappa aggiunge a schermo e su carta: didascalie delle corsie, badge, legenda, piè di pagina</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="83" />
            <source>Map language</source>
            <translation>Lingua della mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="84" />
            <source>Brand name and logo appear in the title block of printed and exported maps.</source>
            <translation>Nome e logo del marchio compaiono nel cartiglio delle mappe stampate ed esportate.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="102" />
            <source>No logo</source>
            <translation>Nessun logo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="115" />
            <source>{0}: larger than 64 MB</source>
            <translation>{0}: più grande di 64 MB</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="125" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
            <translation>Immagini (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="144" />
            <source>Edit project settings</source>
            <translation>Modifica le impostazioni del progetto</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatus</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/review_status.py" line="92" />
            <source>Review overdue</source>
            <translation>Revisione scaduta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/review_status.py" line="94" />
            <source>Past their review date: {0}</source>
            <translation>Oltre la data di revisione: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/review_status.py" line="105" />
            <source>Review overdue since {0}</source>
            <translation>Revisione scaduta dal {0}</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="29" />
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="64" />
            <source>Save as template</source>
            <translation>Salva come modello</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="35" />
            <source>When to use it, for which client or industry (optional)</source>
            <translation>Quando usarlo, per quale cliente o settore (facoltativo)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="44" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="45" />
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="46" />
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
    </context>
    <context>
        <name>SaveVersionDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="42" />
            <source>Save version</source>
            <translation>Salva versione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="44" />
            <source>e.g. After the client workshop</source>
            <translation>ad es. Dopo il workshop con il cliente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="46" />
            <source>What changed, who agreed it (optional)</source>
            <translation>Cosa è cambiato, chi l'ha approvato (facoltativo)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="49" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="50" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>ScaleDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="33" />
            <source>Emotion scale</source>
            <translation>Scala delle emozioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="42" />
            <source>Optional: one label per step, comma-separated</source>
            <translation>Facoltativo: un'etichetta per gradino, separate da virgole</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="49" />
            <source>Preset</source>
            <translation>Predefinita</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="50" />
            <source>Lowest score</source>
            <translation>Punteggio minimo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="51" />
            <source>Highest score</source>
            <translation>Punteggio massimo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="52" />
            <source>Labels</source>
            <translation>Etichette</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="53" />
            <source>Existing scores keep their place on the new scale.</source>
            <translation>I punteggi esistenti mantengono la loro posizione sulla nuova scala.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="47" />
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="56" />
            <source>Keyboard shortcuts</source>
            <translation>Scorciatoie da tastiera</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="50" />
            <source>Filter by action or key…</source>
            <translation>Filtra per azione o tasto…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="53" />
            <source>Filter shortcuts</source>
            <translation>Filtra le scorciatoie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="55" />
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="55" />
            <source>Shortcut</source>
            <translation>Scorciatoia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="57" />
            <source>Each action and the keys that run it</source>
            <translation>Ogni azione e i tasti che la eseguono</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="198" />
            <source>Customer-journey maps, offline. Start from a template, open a project or try the demo.</source>
            <translation>Mappe del percorso cliente, offline. Parti da un modello, apri un progetto o prova la demo.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="210" />
            <source>New from template…</source>
            <translation>Nuovo da modello…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="211" />
            <source>Start from an industry template</source>
            <translation>Parti da un modello di settore</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="213" />
            <source>New blank project…</source>
            <translation>Nuovo progetto vuoto…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="214" />
            <source>Start with an empty starter map</source>
            <translation>Inizia con una mappa di partenza vuota</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="216" />
            <source>Open…</source>
            <translation>Apri…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="216" />
            <source>Open a .mapstudio project file</source>
            <translation>Apri un file di progetto .mapstudio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="218" />
            <source>Open demo</source>
            <translation>Apri la demo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="219" />
            <source>A mortgage journey to explore; your copy, freely editable</source>
            <translation>Un percorso di mutuo da esplorare: è la tua copia, modificala liberamente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="234" />
            <source>Recent projects</source>
            <translation>Progetti recenti</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="256" />
            <source>Double-click to open; right-click for more</source>
            <translation>Doppio clic per aprire; clic destro per altre azioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="257" />
            <source>Projects you open or create will appear here.</source>
            <translation>Qui compariranno i progetti che apri o crei.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="338" />
            <source>{0}
Last changed {1}</source>
            <translation>{0}
Ultima modifica {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="369" />
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="370" />
            <source>Remove from the list</source>
            <translation>Rimuovi dall'elenco</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="52" />
            <source>New from template</source>
            <translation>Nuovo da modello</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="67" />
            <source>Search templates, industries, personas…</source>
            <translation>Cerca modelli, settori, personas…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="74" />
            <source>Industry</source>
            <translation>Settore</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="75" />
            <source>Map type</source>
            <translation>Tipo di mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="76" />
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="112" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="316" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="323" />
            <source>Delete template</source>
            <translation>Elimina modello</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="113" />
            <source>Remove this template from My templates</source>
            <translation>Rimuovi questo modello da I miei modelli</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="134" />
            <source>Create project</source>
            <translation>Crea progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="136" />
            <source>Add map to this project</source>
            <translation>Aggiungi la mappa a questo progetto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="158" />
            <source>All industries</source>
            <translation>Tutti i settori</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="161" />
            <source>All map types</source>
            <translation>Tutti i tipi di mappa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Current state</source>
            <translation>Stato attuale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Future state</source>
            <translation>Stato futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Day in the life</source>
            <translation>Giornata tipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="164" />
            <source>All languages</source>
            <translation>Tutte le lingue</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="206" />
            <source>No template matches</source>
            <translation>Nessun modello corrisponde</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="208" />
            <source>Clear the search or pick another filter.</source>
            <translation>Svuota la ricerca o scegli un altro filtro.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="245" />
            <source>{0} stages · {1} lanes · {2} cards</source>
            <translation>{0} fasi · {1} corsie · {2} schede</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="317" />
            <source>Delete “{0}” from My templates?</source>
            <translation>Eliminare “{0}” da I miei modelli?</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="72" />
            <source>Versions</source>
            <translation>Versioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="84" />
            <source>Changes since this version:</source>
            <translation>Modifiche da questa versione:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="90" />
            <source>Save version…</source>
            <translation>Salva versione…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="91" />
            <source>Restore</source>
            <translation>Ripristina</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="92" />
            <source>Compare with current</source>
            <translation>Confronta con l'attuale</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="93" />
            <source>Mark on the map the cards added, changed and moved since this version</source>
            <translation>Evidenzia sulla mappa le schede aggiunte, modificate e spostate dopo questa versione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="96" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="97" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="143" />
            <source>No versions yet. Save one before a workshop or a big change, and come back to it at any time.</source>
            <translation>Nessuna versione per ora. Salvane una prima di un workshop o di una modifica importante e tornaci quando vuoi.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="154" />
            <source>No changes.</source>
            <translation>Nessuna modifica.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="161" />
            <source>Save version “{0}”</source>
            <translation>Salva la versione «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="171" />
            <source>Save version</source>
            <translation>Salva versione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="178" />
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="194" />
            <source>Restore version</source>
            <translation>Ripristina versione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="179" />
            <source>Bring the whole project back to “{0}”? The project as it is now is saved as a version first, and Undo reverses the restore.</source>
            <translation>Riportare l'intero progetto a «{0}»? Il progetto com'è ora viene prima salvato come versione, e Annulla revoca il ripristino.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="183" />
            <source>Restore version “{0}”</source>
            <translation>Ripristina la versione «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="189" />
            <source>Before restoring “{0}”</source>
            <translation>Prima di ripristinare «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="213" />
            <source>Delete version</source>
            <translation>Elimina versione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="214" />
            <source>Delete the version “{0}”? Edit ▸ Undo brings it back.</source>
            <translation>Eliminare la versione «{0}»? Modifica ▸ Annulla la riporta indietro.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="218" />
            <source>Delete version “{0}”</source>
            <translation>Elimina la versione «{0}»</translation>
        </message>
    </context>
    <context>
        <name>WalkthroughWindow</name>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="88" />
            <source>Walkthrough — {0}</source>
            <translation>Presentazione guidata — {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="126" />
            <source>‹ Previous</source>
            <translation>‹ Precedente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="127" />
            <source>Next ›</source>
            <translation>Successivo ›</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="132" />
            <source>← → move between stages · Home/End first and last · Esc leaves</source>
            <translation>← → tra le fasi · Home/Fine: prima e ultima · Esc: esci</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="184" />
            <source>This map has no stages yet</source>
            <translation>Questa mappa non ha ancora fasi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="195" />
            <source>Stage {0} of {1}</source>
            <translation>Fase {0} di {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="153" />
            <source>How it feels</source>
            <translation>Come ci si sente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="166" />
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="169" />
            <source>No feeling mapped for this stage yet</source>
            <translation>Nessuna emozione mappata per questa fase</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="188" />
            <source>Today: {0}</source>
            <translation>Oggi: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="189" />
            <source>Target: {0}</source>
            <translation>Obiettivo: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="210" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="237" />
            <source>No cards in this stage yet.</source>
            <translation>Questa fase non ha ancora schede.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Touchpoints</source>
            <translation>Punti di contatto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Actions</source>
            <translation>Azioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Thoughts</source>
            <translation>Pensieri</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Emotions</source>
            <translation>Emozioni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Pain points</source>
            <translation>Criticità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Opportunities</source>
            <translation>Opportunità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Channels</source>
            <translation>Canali</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Backstage</source>
            <translation>Retroscena</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Systems</source>
            <translation>Sistemi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Owners</source>
            <translation>Responsabili</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="182" />
            <source>target {0}</source>
            <translation>obiettivo {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="213" />
            <source>Owner: {0}</source>
            <translation>Responsabile: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="221" />
            <source>★ Moment of truth</source>
            <translation>★ Momento della verità</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="225" />
            <source>Severity {0}</source>
            <translation>Gravità {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="227" />
            <source>Impact {0}</source>
            <translation>Impatto {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="229" />
            <source>Effort {0}</source>
            <translation>Sforzo {0}</translation>
        </message>
    </context>
    <context>
        <name>WindowLayout</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_layout.py" line="36" />
            <source>&amp;Focus mode</source>
            <translation>Modalità &amp;concentrazione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_layout.py" line="39" />
            <source>Hide the panels to give the map the whole window; again to bring them back</source>
            <translation>Nasconde i pannelli per lasciare alla mappa tutta la finestra; di nuovo per riportarli</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_layout.py" line="149" />
            <source>Focus mode: F11 brings the panels back</source>
            <translation>Modalità concentrazione: F11 riporta i pannelli</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="56" />
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="188" />
            <source>Open workspace project</source>
            <translation>Apri progetto dell'area di lavoro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="59" />
            <source>Workspace URL</source>
            <translation>URL dell'area di lavoro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="60" />
            <source>&amp;List projects</source>
            <translation>&amp;Elenca progetti</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="63" />
            <source>Projects</source>
            <translation>Progetti</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="65" />
            <source>Passwords come from your .pgpass file, the PostgreSQL service file or the system keychain.</source>
            <translation>Le password vengono dal file .pgpass, dal file di servizio di PostgreSQL o dal portachiavi di sistema.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="77" />
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="126" />
            <source>Workspace:</source>
            <translation>Area di lavoro:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="98" />
            <source> — open by {0}</source>
            <translation> — aperto da {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="102" />
            <source>Projects: {0}</source>
            <translation>Progetti: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="103" />
            <source>No projects yet: publish one with File ▸ Publish to workspace…</source>
            <translation>Ancora nessun progetto: pubblicane uno con File ▸ Pubblica nell'area di lavoro…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="121" />
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="266" />
            <source>Publish to workspace</source>
            <translation>Pubblica nell'area di lavoro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="127" />
            <source>Project name:</source>
            <translation>Nome del progetto:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="145" />
            <source>Open &amp;workspace project…</source>
            <translation>Apri progetto dell'&amp;area di lavoro…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="146" />
            <source>Open a project shared on a team workspace (PostgreSQL)</source>
            <translation>Apri un progetto condiviso nell'area di lavoro del team (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="149" />
            <source>&amp;Publish to workspace…</source>
            <translation>&amp;Pubblica nell'area di lavoro…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="150" />
            <source>Copy this project into a team workspace</source>
            <translation>Copia questo progetto nell'area di lavoro del team</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="201" />
            <source>Read-only: your role may only read this workspace</source>
            <translation>Sola lettura: il tuo ruolo può solo leggere quest'area di lavoro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="237" />
            <source>Offline</source>
            <translation>Non in linea</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="243" />
            <source>Also on this map: {0}</source>
            <translation>Anche su questa mappa: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="245" />
            <source>Other people who have this map open now (their workspace user names)</source>
            <translation>Altre persone che hanno aperto questa mappa ora (i loro nomi utente nell'area di lavoro)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="263" />
            <source>Choose a project name without '#'.</source>
            <translation>Scegli un nome di progetto senza '#'.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="270" />
            <source>Published as {0} — File ▸ Open workspace project… opens it</source>
            <translation>Pubblicato come {0} — File ▸ Apri progetto dell'area di lavoro… lo apre</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Your project is safe: every change is saved in the file as you make it. You can keep working, but if something looks wrong, reopen the project.</source>
            <translation type="vanished">Il tuo progetto è al sicuro: ogni modifica viene salvata nel file mentre lavori. Puoi continuare, ma se qualcosa non ti convince, riapri il progetto.</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Ads</source>
            <translation type="vanished">Pubblicità</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Chat</source>
            <translation type="vanished">Chat</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Email</source>
            <translation type="vanished">E-mail</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>In person</source>
            <translation type="vanished">Di persona</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Kiosk</source>
            <translation type="vanished">Chiosco</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Mail</source>
            <translation type="vanished">Posta</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Mobile app</source>
            <translation type="vanished">App mobile</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Partner</source>
            <translation type="vanished">Partner</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Phone</source>
            <translation type="vanished">Telefono</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Search</source>
            <translation type="vanished">Ricerca</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Sms</source>
            <translation type="vanished">SMS</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Social</source>
            <translation type="vanished">Social</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Store</source>
            <translation type="vanished">Negozio</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Video</source>
            <translation type="vanished">Video</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Web</source>
            <translation type="vanished">Web</translation>
        </message>
    </context>
    <context>
        <name>JourneyFeatures</name>
        <message>
            <source>Map</source>
            <translation type="vanished">Mappa</translation>
        </message>
    </context>
    <context>
        <name>JourneyFeatures</name>
        <message>
            <source>View</source>
            <translation type="vanished">Vista</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <source>{0} — {1} sheets of {2} ({3} rows × {4} columns), poster {5} × {6} mm, overlap {7} mm</source>
            <translation type="vanished">{0} — {1} fogli {2} ({3} righe × {4} colonne), poster {5} × {6} mm, sovrapposizione {7} mm</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;b&gt;Map Studio&lt;/b&gt; {0}&lt;br&gt;Offline customer-journey maps.&lt;br&gt;&lt;br&gt;Fonts: DejaVu Sans (Bitstream Vera licence).&lt;br&gt;Icons: Font Awesome Free via QtAwesome (SIL OFL 1.1 / MIT).</source>
            <translation type="vanished">&lt;b&gt;Map Studio&lt;/b&gt; {0}&lt;br&gt;Mappe del percorso cliente, offline.&lt;br&gt;&lt;br&gt;Font: DejaVu Sans (licenza Bitstream Vera).&lt;br&gt;Icone: Font Awesome Free tramite QtAwesome (SIL OFL 1.1 / MIT).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Map Studio</source>
            <translation type="vanished">Informazioni su Map Studio</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cannot open file</source>
            <translation type="vanished">Impossibile aprire il file</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Light or dark windows; maps always print on white</source>
            <translation type="vanished">Finestre chiare o scure; le mappe si stampano sempre su bianco</translation>
        </message>
    </context>
    <context>
        <name>ProjectImport</name>
        <message>
            <source>Import map</source>
            <translation type="vanished">Importa mappa</translation>
        </message>
    </context>
    <context>
        <name>ProjectImport</name>
        <message>
            <source>Map Studio projects (*.mapstudio)</source>
            <translation type="vanished">Progetti Map Studio (*.mapstudio)</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Customer-journey maps on your own computer.</source>
            <translation type="vanished">Mappe del percorso cliente sul tuo computer.</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Explore a finished example project</source>
            <translation type="vanished">Esplora un progetto d'esempio completo</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Start a project from the template gallery</source>
            <translation type="vanished">Inizia un progetto dalla galleria dei modelli</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Industry: {0}</source>
            <translation type="vanished">Settore: {0}</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Language: {0}</source>
            <translation type="vanished">Lingua: {0}</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Map type: {0}</source>
            <translation type="vanished">Tipo di mappa: {0}</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Personas: {0}</source>
            <translation type="vanished">Personas: {0}</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Delete the version “{0}”? This cannot be undone.</source>
            <translation type="vanished">Eliminare la versione «{0}»? L'operazione non si può annullare.</translation>
        </message>
    </context>
    <context>
        <name>WalkthroughWindow</name>
        <message>
            <source>← → to move between stages · Esc to leave</source>
            <translation type="vanished">← → per spostarti tra le fasi · Esc per uscire</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>A mortgage journey to explore; your copy, freely editable</source>
            <translation type="vanished">Un percorso di mutuo da esplorare: è la tua copia, modificala liberamente</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Customer-journey maps, offline. Start from a template, open a project or try the demo.</source>
            <translation type="vanished">Mappe del percorso cliente, offline. Parti da un modello, apri un progetto o prova la demo.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>New blank project…</source>
            <translation type="vanished">Progetto vuoto…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>New from template…</source>
            <translation type="vanished">Nuovo da modello…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>No recent projects yet. Projects you open or create appear here.</source>
            <translation type="vanished">Ancora nessun progetto recente. Qui compaiono i progetti che apri o crei.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open a .mapstudio project</source>
            <translation type="vanished">Apri un progetto .mapstudio</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open demo</source>
            <translation type="vanished">Apri la demo</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open…</source>
            <translation type="vanished">Apri…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Recent projects</source>
            <translation type="vanished">Progetti recenti</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Start from an industry template</source>
            <translation type="vanished">Parti da un modello di settore</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Start with an empty starter map</source>
            <translation type="vanished">Inizia con una mappa di partenza vuota</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Open by: {0}</source>
            <translation type="vanished">Aperto da: {0}</translation>
        </message>
    </context>
</TS>
