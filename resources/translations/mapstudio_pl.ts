<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="40" />
            <source>About {0}</source>
            <translation>O programie {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="42" />
            <source>About</source>
            <translation>O programie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="43" />
            <source>Licences</source>
            <translation>Licencje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="61" />
            <source>Version {0}</source>
            <translation>Wersja {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="63" />
            <source>An offline desktop editor for customer-journey maps, service blueprints and personas. Your projects stay on your computer, in one file each.</source>
            <translation>Edytor map podróży klienta, service blueprintów i person, działający bez internetu. Twoje projekty zostają na Twoim komputerze, każdy w jednym pliku.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="67" />
            <source>Python {0} · Qt {1} · PySide6 {2} · {3}</source>
            <translation>Python {0} · Qt {1} · PySide6 {2} · {3}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="83" />
            <source>&lt;p&gt;&lt;b&gt;DejaVu Sans&lt;/b&gt; fonts (maps on screen and in PDF): Bitstream Vera licence with DejaVu changes, public domain; full text below.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Font Awesome Free&lt;/b&gt; icons through &lt;b&gt;QtAwesome&lt;/b&gt;: icons CC BY 4.0, fonts SIL Open Font License 1.1, QtAwesome code MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; and &lt;b&gt;PySide6&lt;/b&gt;: GNU LGPL v3. &lt;b&gt;SQLAlchemy&lt;/b&gt;, &lt;b&gt;Alembic&lt;/b&gt;: MIT. &lt;b&gt;ReportLab&lt;/b&gt;: BSD. &lt;b&gt;Pillow&lt;/b&gt;: MIT-CMU. &lt;b&gt;platformdirs&lt;/b&gt;, &lt;b&gt;jsonschema&lt;/b&gt;, &lt;b&gt;PyYAML&lt;/b&gt;: MIT.&lt;/p&gt;&lt;p&gt;The Map Studio icon is original artwork of the project.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Czcionki &lt;b&gt;DejaVu Sans&lt;/b&gt; (mapy na ekranie i w PDF): licencja Bitstream Vera, zmiany DejaVu w domenie publicznej; pełny tekst poniżej.&lt;/p&gt;&lt;p&gt;Ikony &lt;b&gt;Font Awesome Free&lt;/b&gt; przez &lt;b&gt;QtAwesome&lt;/b&gt;: ikony CC BY 4.0, czcionki SIL Open Font License 1.1, kod QtAwesome MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; i &lt;b&gt;PySide6&lt;/b&gt;: GNU LGPL v3. &lt;b&gt;SQLAlchemy&lt;/b&gt;, &lt;b&gt;Alembic&lt;/b&gt;: MIT. &lt;b&gt;ReportLab&lt;/b&gt;: BSD. &lt;b&gt;Pillow&lt;/b&gt;: MIT-CMU. &lt;b&gt;platformdirs&lt;/b&gt;, &lt;b&gt;jsonschema&lt;/b&gt;, &lt;b&gt;PyYAML&lt;/b&gt;: MIT.&lt;/p&gt;&lt;p&gt;Ikona Map Studio jest oryginalnym dziełem projektu.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/accessibility.py" line="119" />
            <location filename="../../src/mapstudio/ui/window/accessibility.py" line="130" />
            <source>{0} list</source>
            <translation>Lista: {0}</translation>
        </message>
    </context>
    <context>
        <name>CanvasGestures</name>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="15" />
            <location filename="../../src/mapstudio/canvas/gestures.py" line="21" />
            <source>Zoom around the pointer</source>
            <translation>Powiększ wokół wskaźnika</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="15" />
            <location filename="../../src/mapstudio/canvas/gestures.py" line="16" />
            <source>Mouse wheel</source>
            <translation>Kółko myszy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="16" />
            <source>Scroll the map up and down</source>
            <translation>Przewiń mapę w górę i w dół</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="19" />
            <source>Scroll the map sideways</source>
            <translation>Przewiń mapę w bok</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="19" />
            <source>Shift+Mouse wheel</source>
            <translation>Shift+kółko myszy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="20" />
            <source>Move the map</source>
            <translation>Przesuń mapę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="20" />
            <source>Two-finger scroll · Space+drag · Middle button drag</source>
            <translation>Przewijanie dwoma palcami · Spacja+przeciągnij · Przeciągnij środkowym przyciskiem</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="21" />
            <source>Ctrl+Mouse wheel · Pinch</source>
            <translation>Ctrl+kółko myszy · Szczypanie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="22" />
            <source>New card in the current cell</source>
            <translation>Nowa karta w bieżącej komórce</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="22" />
            <source>N · Insert · Double-click a cell</source>
            <translation>N · Insert · Dwuklik w komórce</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="23" />
            <source>Commit and start the next card in the cell</source>
            <translation>Zatwierdź i zacznij następną kartę w komórce</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="23" />
            <source>Enter (while typing)</source>
            <translation>Enter (podczas pisania)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="24" />
            <source>Commit and go to the next / previous cell</source>
            <translation>Zatwierdź i przejdź do następnej / poprzedniej komórki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="24" />
            <source>Tab / Shift+Tab (while typing)</source>
            <translation>Tab / Shift+Tab (podczas pisania)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="25" />
            <source>Cancel typing (a new card is not added)</source>
            <translation>Anuluj pisanie (nowa karta nie zostanie dodana)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="25" />
            <source>Escape</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="26" />
            <source>Line break in a card</source>
            <translation>Nowy wiersz w karcie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="26" />
            <source>Shift+Enter</source>
            <translation>Shift+Enter</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="27" />
            <source>Edit the selected card's title</source>
            <translation>Edytuj tytuł zaznaczonej karty</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="27" />
            <source>F2 · Enter · Double-click</source>
            <translation>F2 · Enter · Dwuklik</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="28" />
            <source>Rename the current cell's stage / lane</source>
            <translation>Zmień nazwę etapu / ścieżki bieżącej komórki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="28" />
            <source>Shift+F2 / Ctrl+F2</source>
            <translation>Shift+F2 / Ctrl+F2</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="29" />
            <source>Go to the next card or cell</source>
            <translation>Przejdź do następnej karty lub komórki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="29" />
            <source>Arrow keys</source>
            <translation>Strzałki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="30" />
            <source>Open the inspector on the selection</source>
            <translation>Otwórz inspektor dla zaznaczenia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="30" />
            <source>Alt+Enter</source>
            <translation>Alt+Enter</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="31" />
            <source>Add an emotion point</source>
            <translation>Dodaj punkt emocji</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="31" />
            <source>Double-click the Emotions lane</source>
            <translation>Dwuklik na ścieżce Emocje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="32" />
            <source>Delete the selected cards</source>
            <translation>Usuń zaznaczone karty</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="32" />
            <source>Delete · Backspace</source>
            <translation>Delete · Backspace</translation>
        </message>
    </context>
    <context>
        <name>CanvasMenu</name>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="31" />
            <source>Edit text</source>
            <translation>Edytuj tekst</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="32" />
            <source>Duplicate</source>
            <translation>Powiel</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="34" />
            <source>Cut</source>
            <translation>Wytnij</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="35" />
            <source>Copy</source>
            <translation>Kopiuj</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="39" />
            <source>Span one more stage</source>
            <translation>Rozciągnij na kolejny etap</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="42" />
            <source>Span one stage less</source>
            <translation>Skróć o jeden etap</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="44" />
            <source>Unmark moment of truth</source>
            <translation>Usuń oznaczenie momentu prawdy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="44" />
            <source>Mark as moment of truth</source>
            <translation>Oznacz jako moment prawdy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="50" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="54" />
            <source>Rename stage</source>
            <translation>Zmień nazwę etapu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="55" />
            <source>Insert stage before</source>
            <translation>Wstaw etap przed</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="56" />
            <source>Insert stage after</source>
            <translation>Wstaw etap za</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="58" />
            <source>Remove stage</source>
            <translation>Usuń etap</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="64" />
            <source>Rename lane</source>
            <translation>Zmień nazwę ścieżki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="65" />
            <source>Insert lane above</source>
            <translation>Wstaw ścieżkę powyżej</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="65" />
            <source>Insert lane below</source>
            <translation>Wstaw ścieżkę poniżej</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Touchpoints</source>
            <translation>Punkty styku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Actions</source>
            <translation>Działania</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Thoughts</source>
            <translation>Myśli</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Emotions</source>
            <translation>Emocje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Pain points</source>
            <translation>Problemy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Opportunities</source>
            <translation>Szanse</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Channels</source>
            <translation>Kanały</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Backstage</source>
            <translation>Zaplecze</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Systems</source>
            <translation>Systemy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Storyboard</source>
            <translation>Scenorys</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Owners</source>
            <translation>Właściciele</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="71" />
            <source>Remove lane</source>
            <translation>Usuń ścieżkę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="81" />
            <source>Add emotion point</source>
            <translation>Dodaj punkt emocji</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="83" />
            <source>Customer</source>
            <translation>Klient</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="84" />
            <source>{0} (to-be)</source>
            <translation>{0} (docelowo)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="87" />
            <source>Add card here</source>
            <translation>Dodaj kartę tutaj</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="91" />
            <source>Paste here</source>
            <translation>Wklej tutaj</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="99" />
            <source>Link to map…</source>
            <translation>Połącz z mapą…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="101" />
            <source>Open linked map</source>
            <translation>Otwórz połączoną mapę</translation>
        </message>
    </context>
    <context>
        <name>CardKinds</name>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="28" />
            <source>New {0}</source>
            <translation>Nowa karta: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="34" />
            <source>Metric</source>
            <translation>Miara</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="42" />
            <source>Touchpoint</source>
            <translation>Punkt styku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="43" />
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="44" />
            <source>Thought</source>
            <translation>Myśl</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="45" />
            <source>Pain point</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="46" />
            <source>Opportunity</source>
            <translation>Szansa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="47" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="48" />
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="49" />
            <source>Image</source>
            <translation>Obraz</translation>
        </message>
    </context>
    <context>
        <name>ChangeMarks</name>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="29" />
            <source>A</source>
            <comment>added</comment>
            <translation>D</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="30" />
            <source>C</source>
            <comment>changed</comment>
            <translation>Z</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="31" />
            <source>M</source>
            <comment>moved</comment>
            <translation>P</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="38" />
            <source>Added since the version</source>
            <translation>Dodana od tej wersji</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="40" />
            <source>Moved since the version</source>
            <translation>Przeniesiona od tej wersji</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="42" />
            <source>from {0} to {1}</source>
            <translation>z {0} do {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="45" />
            <source>Changed since the version</source>
            <translation>Zmieniona od tej wersji</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="114" />
            <source>Removed: {0}</source>
            <translation>Usunięta: {0}</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="58" />
            <source>Save report…</source>
            <translation>Zapisz raport…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="59" />
            <source>The changes of every map as a PDF report</source>
            <translation>Zmiany każdej mapy jako raport PDF</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="61" />
            <source>Clear comparison</source>
            <translation>Wyczyść porównanie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="76" />
            <source>Compared with “{0}”:</source>
            <translation>Porównanie z „{0}”:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="77" />
            <source>added</source>
            <translation>dodane</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="77" />
            <source>changed</source>
            <translation>zmienione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="78" />
            <source>moved</source>
            <translation>przeniesione</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="78" />
            <source>{0} removed</source>
            <translation>{0} usunięte</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="83" />
            <source>Removed ({0})</source>
            <translation>Usunięte ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="141" />
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="145" />
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="155" />
            <source>Compare with version</source>
            <translation>Porównaj z wersją</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="142" />
            <source>No versions yet. Save one in File ▸ Versions…</source>
            <translation>Brak wersji. Zapisz jedną w menu Plik ▸ Wersje…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="146" />
            <source>Mark what changed since:</source>
            <translation>Zaznacz, co zmieniło się od:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="168" />
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="181" />
            <source>Save change report</source>
            <translation>Zapisz raport zmian</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="169" />
            <source>Changes since {0}.pdf</source>
            <translation>Zmiany od {0}.pdf</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="169" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="199" />
            <source>(untitled)</source>
            <translation>(bez tytułu)</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="41" />
            <source>Unexpected error</source>
            <translation>Nieoczekiwany błąd</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="51" />
            <source>Each change is saved in the file as you make it, and Map Studio tells you when one cannot be. You can keep working, but if something looks wrong, reopen the project.</source>
            <translation>Każda zmiana jest zapisywana w pliku na bieżąco, a Map Studio informuje, gdy zapis się nie uda. Możesz pracować dalej, ale jeśli coś wygląda nie tak, otwórz projekt ponownie.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="71" />
            <source>Copy details</source>
            <translation>Kopiuj szczegóły</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="72" />
            <source>Copy the error report to the clipboard</source>
            <translation>Skopiuj raport o błędzie do schowka</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="74" />
            <source>Open log folder</source>
            <translation>Otwórz folder dziennika</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="75" />
            <source>Show the log file in the file manager</source>
            <translation>Pokaż plik dziennika w menedżerze plików</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="93" />
            <source>Map Studio ran into a problem it did not expect: {0}</source>
            <translation>Map Studio napotkało nieoczekiwany problem: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="96" />
            <source>Map Studio ran into {0} unexpected problems; the latest: {1}</source>
            <translation>Map Studio napotkało nieoczekiwane problemy ({0}); ostatni: {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="102" />
            <source>Details were written to the log file: {0}</source>
            <translation>Szczegóły zapisano w pliku dziennika: {0}</translation>
        </message>
    </context>
    <context>
        <name>DemoCopy</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="32" />
            <source>&lt;b&gt;Demo copy&lt;/b&gt; — a temporary copy of the demo: edit it freely; save it as your own project to keep your changes.</source>
            <translation>&lt;b&gt;Kopia demo&lt;/b&gt; — tymczasowa kopia demo: edytuj ją swobodnie; zapisz ją jako własny projekt, aby zachować zmiany.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="35" />
            <source>&amp;Save as…</source>
            <translation>&amp;Zapisz jako…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="36" />
            <source>Save the demo as a project</source>
            <translation>Zapisz demo jako projekt</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="37" />
            <source>Keep this copy of the demo, with your changes, as a project of your own</source>
            <translation>Zachowaj tę kopię demo wraz ze zmianami jako własny projekt</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="44" />
            <source>Demo copy</source>
            <translation>Kopia demo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="66" />
            <source>[demo copy]</source>
            <translation>[kopia demo]</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="73" />
            <source>Save the demo as</source>
            <translation>Zapisz demo jako</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="85" />
            <source>Saved the demo as {0}</source>
            <translation>Zapisano demo jako {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="95" />
            <source>Keep your changes to the demo?</source>
            <translation>Zachować zmiany w demo?</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="96" />
            <source>This is a temporary copy of the demo. Save it as a project of your own to keep your changes; otherwise they are discarded.</source>
            <translation>To jest tymczasowa kopia demo. Zapisz ją jako własny projekt, aby zachować zmiany; w przeciwnym razie zostaną odrzucone.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="100" />
            <source>Save as…</source>
            <translation>Zapisz jako…</translation>
        </message>
    </context>
    <context>
        <name>EvidenceEditor</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="69" />
            <source>Add source</source>
            <translation>Dodaj źródło</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="71" />
            <source>Where this card comes from: an interview, a survey, analytics, support tickets, an observation, or an assumption nobody has checked yet</source>
            <translation>Skąd pochodzi ta karta: wywiad, ankieta, analityka, zgłoszenia do wsparcia, obserwacja lub założenie, którego nikt jeszcze nie sprawdził</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="91" />
            <source>Remove this source</source>
            <translation>Usuń to źródło</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="96" />
            <source>What: who, when, how many</source>
            <translation>Co: kto, kiedy, ile</translation>
        </message>
    </context>
    <context>
        <name>EvidenceFilter</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="25" />
            <source>Show &amp;cards</source>
            <translation>Pokaż &amp;karty</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="28" />
            <source>&amp;All</source>
            <translation>&amp;Wszystkie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="28" />
            <source>Only &amp;assumptions</source>
            <translation>Tylko &amp;założenia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="29" />
            <source>Only &amp;validated</source>
            <translation>Tylko &amp;potwierdzone</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="192" />
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="470" />
            <source>Export map</source>
            <translation>Eksportuj mapę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="209" />
            <source>PDF (vector, print)</source>
            <translation>PDF (wektorowy, do druku)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="209" />
            <source>PNG image</source>
            <translation>Obraz PNG</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="210" />
            <source>SVG vector image</source>
            <translation>Obraz wektorowy SVG</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="210" />
            <source>CSV table</source>
            <translation>Tabela CSV</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="211" />
            <source>Mermaid journey</source>
            <translation>Podróż w formacie Mermaid</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="215" />
            <source>Fit to map</source>
            <translation>Dopasuj do mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="216" />
            <source>Automatic (readable type)</source>
            <translation>Automatycznie (czytelny tekst)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="219" />
            <source>Automatic</source>
            <translation>Automatycznie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="219" />
            <source>Portrait</source>
            <translation>Pionowo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="220" />
            <source>Landscape</source>
            <translation>Poziomo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="225" />
            <source>Fit</source>
            <translation>Dopasuj</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="226" />
            <source>Print as a poster on sheets of</source>
            <translation>Drukuj jako plakat na arkuszach</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="233" />
            <source>Crop marks</source>
            <translation>Znaczniki cięcia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="234" />
            <source>CMYK colours</source>
            <translation>Kolory CMYK</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="235" />
            <source>PDF/X-4 for print shops</source>
            <translation>PDF/X-4 dla drukarni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="238" />
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="240" />
            <source>The language of the words the print adds: lane captions, badges, legend and footer</source>
            <translation>Język słów dodawanych na wydruku: podpisy ścieżek, plakietki, legenda i stopka</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="242" />
            <source>Project's ({0})</source>
            <translation>Projektu ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="246" />
            <source>Add persona pages</source>
            <translation>Dodaj strony person</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="247" />
            <source>Print review notes</source>
            <translation>Drukuj notatki z przeglądu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="249" />
            <source>Open notes counted on their cards, and every note listed on a page after the map (PDF)</source>
            <translation>Otwarte notatki policzone na kartach i wszystkie notatki na stronie po mapie (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="252" />
            <source>Extra line for the title block</source>
            <translation>Dodatkowy wiersz tabliczki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="257" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="258" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="259" />
            <source>Orientation</source>
            <translation>Orientacja</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="260" />
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="262" />
            <source>Overlap</source>
            <translation>Zakładka</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="263" />
            <source>Bleed</source>
            <translation>Spad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="267" />
            <source>Resolution</source>
            <translation>Rozdzielczość</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="268" />
            <source>Print language</source>
            <translation>Język wydruku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="271" />
            <source>Add the maps it links to</source>
            <translation>Dodaj połączone mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="273" />
            <source>The journeys this map's cards and stages drill into, each on its own pages after the map (PDF)</source>
            <translation>Ścieżki, które rozwijają karty i etapy tej mapy, każda na własnych stronach po mapie (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="277" />
            <source>Title block</source>
            <translation>Tabliczka</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="283" />
            <source>Export…</source>
            <translation>Eksportuj…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="313" />
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="413" />
            <source>A table or text file: no page to preview.</source>
            <translation>Tabela lub plik tekstowy: brak strony do podglądu.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="493" />
            <source>Exporting “{0}”…</source>
            <translation>Eksportowanie „{0}”…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="494" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="535" />
            <source>Export failed</source>
            <translation>Eksport nie powiódł się</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/find_bar.py" line="13" />
            <source>Find cards…</source>
            <translation>Znajdź karty…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/find_bar.py" line="17" />
            <source>Close the find bar (Esc)</source>
            <translation>Zamknij pasek wyszukiwania (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/find_bar.py" line="65" />
            <source>{0} found</source>
            <translation>Znaleziono: {0}</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="35" />
            <source>Review overdue</source>
            <translation>Przegląd zaległy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="36" />
            <source>No owner</source>
            <translation>Brak właściciela</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="37" />
            <source>Pain point without opportunity</source>
            <translation>Problem bez szansy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="38" />
            <source>Opportunity without owner</source>
            <translation>Szansa bez właściciela</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="39" />
            <source>Assumptions</source>
            <translation>Założenia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="40" />
            <source>KPI without target</source>
            <translation>KPI bez celu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="41" />
            <source>Stale KPI</source>
            <translation>Nieaktualny KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="42" />
            <source>Stage without touchpoint</source>
            <translation>Etap bez punktu styku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="43" />
            <source>Text cut in print</source>
            <translation>Tekst ucięty w druku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="49" />
            <source>Health</source>
            <translation>Kondycja</translation>
        </message>
    </context>
    <context>
        <name>HealthDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="83" />
            <source>No map is open.</source>
            <translation>Żadna mapa nie jest otwarta.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="98" />
            <source>{0} findings on this map: advice to keep it true.</source>
            <translation>Uwagi do tej mapy: {0}. Wskazówki, by pozostała prawdziwa.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="100" />
            <source>No findings: owned, reviewed, backed by evidence.</source>
            <translation>Brak uwag: ma właściciela, jest przeglądana i poparta dowodami.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="25" />
            <source>Reply {0}</source>
            <translation>Odpowiedz {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="25" />
            <source>Add note {0}</source>
            <translation>Dodaj notatkę {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="48" />
            <source>Resolve note {0}</source>
            <translation>Rozwiąż notatkę {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="48" />
            <source>Reopen note {0}</source>
            <translation>Otwórz ponownie notatkę {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="50" />
            <source>Edit note {0}</source>
            <translation>Edytuj notatkę {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="73" />
            <source>Delete note {0}</source>
            <translation>Usuń notatkę {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="91" />
            <source>Update KPI values</source>
            <translation>Aktualizuj wartości KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="22" />
            <source>(untitled)</source>
            <translation>(bez tytułu)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>description</source>
            <translation>opis</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>colour</source>
            <translation>kolor</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>tags</source>
            <translation>tagi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>owner</source>
            <translation>właściciel</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>span</source>
            <translation>zakres</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>severity</source>
            <translation>waga</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>impact</source>
            <translation>wpływ</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>effort</source>
            <translation>nakład</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>channel</source>
            <translation>kanał</translation>
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
            <translation>moment prawdy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>picture</source>
            <translation>obraz</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>width</source>
            <translation>szerokość</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>height</source>
            <translation>wysokość</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>kind</source>
            <translation>rodzaj</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>line</source>
            <translation>linia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>goal</source>
            <translation>cel</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>evidence</source>
            <translation>dowody</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>confidence</source>
            <translation>pewność</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>linked map</source>
            <translation>powiązana mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>review date</source>
            <translation>data przeglądu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="44" />
            <source>Rename card {0}</source>
            <translation>Zmień nazwę karty {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="45" />
            <source>Change {0} of {1}</source>
            <translation>Zmień {0} w {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="53" />
            <source>Move card {0}</source>
            <translation>Przenieś kartę {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="53" />
            <source>Move {0} cards</source>
            <translation>Przenieś karty ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="57" />
            <source>Delete card {0}</source>
            <translation>Usuń kartę {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="57" />
            <source>Delete {0} cards</source>
            <translation>Usuń karty ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="61" />
            <source>Cut card {0}</source>
            <translation>Wytnij kartę {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="61" />
            <source>Cut {0} cards</source>
            <translation>Wytnij karty ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="65" />
            <source>Add card {0}</source>
            <translation>Dodaj kartę {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="70" />
            <source>Add stage {0}</source>
            <translation>Dodaj etap {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="70" />
            <source>Remove stage {0}</source>
            <translation>Usuń etap {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="71" />
            <source>Move stage {0}</source>
            <translation>Przenieś etap {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="76" />
            <source>Add lane {0}</source>
            <translation>Dodaj ścieżkę {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="76" />
            <source>Remove lane {0}</source>
            <translation>Usuń ścieżkę {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="77" />
            <source>Move lane {0}</source>
            <translation>Przenieś ścieżkę {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="86" />
            <source>Rename stage {0}</source>
            <translation>Zmień nazwę etapu {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="86" />
            <source>Rename lane {0}</source>
            <translation>Zmień nazwę ścieżki {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="89" />
            <source>Resize stage {0}</source>
            <translation>Zmień szerokość etapu {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="90" />
            <source>Change {0} of stage {1}</source>
            <translation>Zmień {0} etapu {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="90" />
            <source>Change {0} of lane {1}</source>
            <translation>Zmień {0} ścieżki {1}</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="77" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="343" />
            <source>Inspector</source>
            <translation>Inspektor</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="88" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="433" />
            <source>Select a card, a stage or a lane to edit it.</source>
            <translation>Zaznacz kartę, etap lub ścieżkę, aby ją edytować.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="153" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="215" />
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="167" />
            <source>default</source>
            <translation>domyślny</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="170" />
            <source>Pick a colour</source>
            <translation>Wybierz kolor</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="182" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="195" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="267" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="356" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="386" />
            <source>Colour</source>
            <translation>Kolor</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="196" />
            <source>“{0}” is not a colour: use #rrggbb, e.g. #2563eb, or leave it empty for the default.</source>
            <translation>„{0}” nie jest kolorem: użyj #rrggbb, np. #2563eb, lub zostaw pole puste, aby użyć domyślnego.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="244" />
            <source>Card</source>
            <translation>Karta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="245" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="376" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="409" />
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="247" />
            <source>Body</source>
            <translation>Treść</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="248" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="259" />
            <source>(none)</source>
            <translation>(brak)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="251" />
            <source>Channel</source>
            <translation>Kanał</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="253" />
            <source>Owner / department</source>
            <translation>Właściciel / dział</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="255" />
            <source>Tags</source>
            <translation>Tagi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="258" />
            <source>comma, separated</source>
            <translation>rozdzielone przecinkami</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="260" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="264" />
            <source>Link</source>
            <translation>Łącze</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="275" />
            <source>Spans stages</source>
            <translation>Obejmuje etapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="277" />
            <source>Moment of truth</source>
            <translation>Moment prawdy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="278" />
            <source>Highlight this card as a moment that makes or breaks the journey</source>
            <translation>Wyróżnij tę kartę jako moment, który przesądza o całej podróży</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="294" />
            <source>Rating</source>
            <translation>Ocena</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="295" />
            <source>Severity</source>
            <translation>Waga</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="297" />
            <source>Impact</source>
            <translation>Wpływ</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="299" />
            <source>Effort</source>
            <translation>Nakład pracy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="305" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="306" />
            <source>KPI name</source>
            <translation>Nazwa KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="308" />
            <source>KPI value</source>
            <translation>Wartość KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="310" />
            <source>KPI target</source>
            <translation>Cel KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="312" />
            <source>KPI unit</source>
            <translation>Jednostka KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="314" />
            <source>Metric key</source>
            <translation>Klucz metryki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="316" />
            <source>The key this KPI has in your data: Map ▸ Update metrics… adds its dated values from a CSV file</source>
            <translation>Klucz tego KPI w Twoich danych: Mapa ▸ Aktualizuj metryki… dodaje jego wartości z datami z pliku CSV</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="318" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="321" />
            <source>lower</source>
            <translation>niższy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="319" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="321" />
            <source>higher</source>
            <translation>wyższy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="320" />
            <source>automatic ({0})</source>
            <translation>automatycznie ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="322" />
            <source>Better when</source>
            <translation>Lepiej, gdy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="325" />
            <source>Whether the KPI improves as it goes up or down; automatic reads it from the name and unit</source>
            <translation>Czy KPI poprawia się, gdy rośnie, czy gdy maleje; tryb automatyczny odczytuje to z nazwy i jednostki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="350" />
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="351" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="352" />
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="354" />
            <source>Phase</source>
            <translation>Faza</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="362" />
            <source>Width</source>
            <translation>Szerokość</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="364" />
            <source>Owner</source>
            <translation>Właściciel</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="375" />
            <source>Lane</source>
            <translation>Ścieżka</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Touchpoints</source>
            <translation>Punkty styku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Actions</source>
            <translation>Działania</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Thoughts</source>
            <translation>Myśli</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Emotions</source>
            <translation>Emocje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Pain points</source>
            <translation>Problemy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Opportunities</source>
            <translation>Szanse</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Channels</source>
            <translation>Kanały</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Backstage</source>
            <translation>Zaplecze</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Systems</source>
            <translation>Systemy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Storyboard</source>
            <translation>Scenorys</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Owners</source>
            <translation>Właściciele</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="378" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="380" />
            <source>None</source>
            <translation>Brak</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="381" />
            <source>Line of interaction</source>
            <translation>Linia interakcji</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="382" />
            <source>Line of visibility</source>
            <translation>Linia widoczności</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="383" />
            <source>Line of internal interaction</source>
            <translation>Linia interakcji wewnętrznej</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="384" />
            <source>Line below</source>
            <translation>Linia poniżej</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="390" />
            <source>auto (grows with cards)</source>
            <translation>automatyczna (rośnie z kartami)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="392" />
            <source>A minimum height; the lane still grows to fit its cards</source>
            <translation>Minimalna wysokość; ścieżka i tak rośnie, by zmieścić karty</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="395" />
            <source>Height</source>
            <translation>Wysokość</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="402" />
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="410" />
            <source>Goal / scope</source>
            <translation>Cel / zakres</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Current state</source>
            <translation>Stan obecny</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Future state</source>
            <translation>Stan docelowy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Day in the life</source>
            <translation>Dzień z życia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="412" />
            <source>Map type</source>
            <translation>Typ mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="422" />
            <source>Change…</source>
            <translation>Zmień…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="423" />
            <source>Change the emotion scale; existing scores are rescaled</source>
            <translation>Zmień skalę emocji; istniejące oceny zostaną przeliczone</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="427" />
            <source>Emotion scale</source>
            <translation>Skala emocji</translation>
        </message>
    </context>
    <context>
        <name>JourneyFeatures</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="38" />
            <source>&amp;Map</source>
            <translation>&amp;Mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="42" />
            <source>Emotion &amp;scale…</source>
            <translation>&amp;Skala emocji…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="43" />
            <source>Create &amp;future state from this map</source>
            <translation>Utwórz stan &amp;docelowy z tej mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="45" />
            <source>Go to &amp;counterpart map</source>
            <translation>Przejdź do mapy &amp;odpowiadającej</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="47" />
            <source>&amp;Walkthrough</source>
            <translation>&amp;Prezentacja krok po kroku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="59" />
            <source>Map header</source>
            <translation>Nagłówek mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="148" />
            <source>current state</source>
            <translation>stan obecny</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="150" />
            <source>{0} — future state</source>
            <translation>{0} — stan docelowy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="205" />
            <source>Emotion point</source>
            <translation>Punkt emocji</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="205" />
            <source>Label:</source>
            <translation>Etykieta:</translation>
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
            <translation>Notatki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Touchpoints</source>
            <translation>Punkty styku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Actions</source>
            <translation>Działania</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Thoughts</source>
            <translation>Myśli</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Emotions</source>
            <translation>Emocje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Pain points</source>
            <translation>Problemy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Opportunities</source>
            <translation>Szanse</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Channels</source>
            <translation>Kanały</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Backstage</source>
            <translation>Zaplecze</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Systems</source>
            <translation>Systemy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Storyboard</source>
            <translation>Scenorys</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Owners</source>
            <translation>Właściciele</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Current state</source>
            <translation>Stan obecny</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Future state</source>
            <translation>Stan docelowy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Day in the life</source>
            <translation>Dzień z życia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Line of interaction</source>
            <translation>Linia interakcji</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Line of visibility</source>
            <translation>Linia widoczności</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Line of internal interaction</source>
            <translation>Linia interakcji wewnętrznej</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Personas: {0}</source>
            <translation>Persony: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Customer</source>
            <translation>Klient</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} (to-be)</source>
            <translation>{0} (docelowo)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Severity {0}</source>
            <translation>Waga {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Impact {0}</source>
            <translation>Wpływ {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Effort {0}</source>
            <translation>Nakład pracy {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} / target {1}</source>
            <translation>{0} / cel {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Moment of truth</source>
            <translation>Moment prawdy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} findings</source>
            <translation>uwagi: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>KPIs {0}/{1} on target</source>
            <translation>KPI {0}/{1} w celu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Owner: {0}</source>
            <translation>Właściciel: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Review by {0}</source>
            <translation>Przegląd do {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Review overdue since {0}</source>
            <translation>Przegląd zaległy od {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Review notes — {0}</source>
            <translation>Notatki z przeglądu — {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Card “{0}”</source>
            <translation>Karta „{0}”</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Stage “{0}”</source>
            <translation>Etap „{0}”</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>resolved</source>
            <translation>rozwiązana</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Validated</source>
            <translation>Potwierdzone</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Some evidence</source>
            <translation>Częściowe dowody</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Assumption</source>
            <translation>Założenie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Page {0} of {1}</source>
            <translation>Strona {0} z {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Version {0}</source>
            <translation>Wersja {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Map {0} of {1}</source>
            <translation>Mapa {0} z {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Emotion {0} … {1}</source>
            <translation>Emocje {0} … {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} {1} {2}</source>
            <translation>{0} {1} {2}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>January February March April May June July August September October November December</source>
            <translation>stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} years</source>
            <translation>Wiek: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>About</source>
            <translation>O personie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Goals</source>
            <translation>Cele</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Frustrations</source>
            <translation>Frustracje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Motivations</source>
            <translation>Motywacje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Market size</source>
            <translation>Wielkość rynku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Technology</source>
            <translation>Technologia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Assembly overview</source>
            <translation>Schemat składania</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} — {1} sheets of {2} {3} ({4} rows × {5} columns), poster {6} × {7} mm, overlap {8} mm</source>
            <translation>{0} — arkusze {2} {3}: {1} (wiersze × kolumny: {4} × {5}), plakat {6} × {7} mm, zakładka {8} mm</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>landscape</source>
            <translation>poziomo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>portrait</source>
            <translation>pionowo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Trim each sheet along its crop marks on the left and top edges (not on the first column or row), lay it over its neighbour's overlap strip and align the registration marks.</source>
            <translation>Przytnij każdy arkusz wzdłuż znaczników cięcia na lewej i górnej krawędzi (z wyjątkiem pierwszej kolumny i pierwszego wiersza), nałóż go na pas zakładki sąsiedniego arkusza i wyrównaj znaczniki pasowania.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Row {0} · Column {1}</source>
            <translation>Wiersz {0} · Kolumna {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>page {0}</source>
            <translation>str. {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>overlap {0} mm</source>
            <translation>zakładka {0} mm</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Web</source>
            <translation>WWW</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Mobile app</source>
            <translation>Aplikacja mobilna</translation>
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
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Store</source>
            <translation>Sklep</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Chat</source>
            <translation>Czat</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Social</source>
            <translation>Media społecznościowe</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Ads</source>
            <translation>Reklamy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Search</source>
            <translation>Wyszukiwarka</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Mail</source>
            <translation>Poczta</translation>
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
            <translation>Kiosk</translation>
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
            <translation>Wideo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>In person</source>
            <translation>Osobiście</translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="25" />
            <source>Linked maps</source>
            <translation>Połączone mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="37" />
            <source>◀ Back</source>
            <translation>◀ Wstecz</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="38" />
            <source>Back to the map this link was followed from</source>
            <translation>Wróć do mapy, z której otwarto to połączenie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="117" />
            <location filename="../../src/mapstudio/ui/window/links.py" line="120" />
            <location filename="../../src/mapstudio/ui/window/links.py" line="138" />
            <source>(no link)</source>
            <translation>(brak połączenia)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="122" />
            <source>Link to map</source>
            <translation>Połącz z mapą</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="123" />
            <source>Double-clicking this card opens:</source>
            <translation>Dwuklik na tej karcie otwiera:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="124" />
            <source>Double-clicking this stage's header opens:</source>
            <translation>Dwuklik na nagłówku tego etapu otwiera:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="140" />
            <source>Drills into</source>
            <translation>Rozwija się w</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="142" />
            <source>A map of this project that details this one: double-click opens it, and its findings and KPIs show on the card</source>
            <translation>Mapa tego projektu, która rozwija tę: dwuklik ją otwiera, a jej uwagi i KPI widać na karcie</translation>
        </message>
    </context>
    <context>
        <name>LivingFeatures</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="29" />
            <source>Compare with &amp;version…</source>
            <translation>Porównaj z &amp;wersją…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="30" />
            <source>C&amp;lear comparison</source>
            <translation>Wy&amp;czyść porównanie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="35" />
            <source>Update &amp;metrics…</source>
            <translation>Aktualizuj &amp;metryki…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="38" />
            <source>&amp;Link to map…</source>
            <translation>&amp;Połącz z mapą…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="39" />
            <source>&amp;Back to the linking map</source>
            <translation>&amp;Wróć do mapy źródłowej</translation>
        </message>
    </context>
    <context>
        <name>LivingInspector</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="45" />
            <source>Interview</source>
            <translation>Wywiad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="45" />
            <source>Survey</source>
            <translation>Ankieta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="46" />
            <source>Analytics</source>
            <translation>Analityka</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="47" />
            <source>Support tickets</source>
            <translation>Zgłoszenia do wsparcia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="48" />
            <source>Observation</source>
            <translation>Obserwacja</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="49" />
            <source>Assumption</source>
            <translation>Założenie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="130" />
            <source>(not judged)</source>
            <translation>(nieocenione)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="130" />
            <source>Assumed</source>
            <translation>Założone</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="131" />
            <source>Some evidence</source>
            <translation>Częściowe dowody</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="132" />
            <source>Validated</source>
            <translation>Potwierdzone</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="264" />
            <source>Evidence</source>
            <translation>Dowody</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="266" />
            <source>Confidence</source>
            <translation>Pewność</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="278" />
            <source>Review notes</source>
            <translation>Notatki z przeglądu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="287" />
            <source>Ownership</source>
            <translation>Odpowiedzialność</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="288" />
            <source>Owner</source>
            <translation>Właściciel</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="290" />
            <source>e.g. CX lead</source>
            <translation>np. lider CX</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="296" />
            <source>(no review date)</source>
            <translation>(bez daty przeglądu)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="306" />
            <source>Review by</source>
            <translation>Przegląd do</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="309" />
            <source>This map is past its review date.</source>
            <translation>Ta mapa przekroczyła datę przeglądu.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="69" />
            <source>Show or hide the {0} panel</source>
            <translation>Pokaż lub ukryj panel „{0}”</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="93" />
            <source>&amp;New project…</source>
            <translation>&amp;Nowy projekt…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="94" />
            <source>Create a project with one blank map</source>
            <translation>Utwórz projekt z jedną pustą mapą</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="95" />
            <source>New from &amp;template…</source>
            <translation>Nowy z &amp;szablonu…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="96" />
            <source>Start a project or a map from a template</source>
            <translation>Zacznij projekt lub mapę od szablonu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="98" />
            <source>&amp;Open…</source>
            <translation>&amp;Otwórz…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="99" />
            <source>Open a project file</source>
            <translation>Otwórz plik projektu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="100" />
            <source>Open &amp;demo</source>
            <translation>Otwórz &amp;demo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="101" />
            <source>Open a fresh copy of the demo project</source>
            <translation>Otwórz nową kopię projektu demonstracyjnego</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="102" />
            <source>Save a &amp;copy…</source>
            <translation>Zapisz &amp;kopię…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="103" />
            <source>Save a copy of the project under another name</source>
            <translation>Zapisz kopię projektu pod inną nazwą</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="104" />
            <source>&amp;Export…</source>
            <translation>&amp;Eksportuj…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="105" />
            <source>Export the map as PDF, image, CSV or Mermaid</source>
            <translation>Eksportuj mapę do PDF, obrazu, CSV lub Mermaid</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="106" />
            <source>&amp;Import…</source>
            <translation>&amp;Importuj…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="107" />
            <source>Import maps from JSON, CSV, Mermaid or EMS YAML</source>
            <translation>Importuj mapy z JSON, CSV, Mermaid lub EMS YAML</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="108" />
            <source>&amp;Versions…</source>
            <translation>&amp;Wersje…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="109" />
            <source>Save, compare and restore named versions of the project</source>
            <translation>Zapisuj, porównuj i przywracaj nazwane wersje projektu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="110" />
            <source>Project &amp;settings…</source>
            <translation>&amp;Ustawienia projektu…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="111" />
            <source>Project title, description and branding for print</source>
            <translation>Tytuł, opis i branding projektu do druku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="112" />
            <source>&amp;Close project</source>
            <translation>&amp;Zamknij projekt</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="113" />
            <source>Close the project and return to the start screen</source>
            <translation>Zamknij projekt i wróć do ekranu startowego</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="114" />
            <source>&amp;Quit</source>
            <translation>Zako&amp;ńcz</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="114" />
            <source>Quit Map Studio</source>
            <translation>Zakończ Map Studio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="116" />
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="119" />
            <source>&amp;Redo</source>
            <translation>&amp;Ponów</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="122" />
            <source>Undo the last change</source>
            <translation>Cofnij ostatnią zmianę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="123" />
            <source>Redo the change you undid</source>
            <translation>Ponów cofniętą zmianę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="125" />
            <source>&amp;History</source>
            <translation>&amp;Historia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="127" />
            <source>Cu&amp;t</source>
            <translation>Wy&amp;tnij</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="128" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopiuj</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="129" />
            <source>&amp;Paste</source>
            <translation>Wk&amp;lej</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="130" />
            <source>&amp;Duplicate</source>
            <translation>Po&amp;wiel</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="131" />
            <source>De&amp;lete</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="133" />
            <source>Select &amp;all</source>
            <translation>Zaznacz wszy&amp;stko</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="135" />
            <source>&amp;Find cards…</source>
            <translation>Znajdź &amp;karty…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="136" />
            <source>Zoom &amp;in</source>
            <translation>Po&amp;większ</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="138" />
            <source>Zoom &amp;out</source>
            <translation>Po&amp;mniejsz</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="140" />
            <source>&amp;Fit map</source>
            <translation>&amp;Dopasuj mapę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="141" />
            <source>&amp;Actual size (100 %)</source>
            <translation>&amp;Rzeczywisty rozmiar (100 %)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="142" />
            <source>Add &amp;stage</source>
            <translation>Dodaj &amp;etap</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="144" />
            <source>Add &amp;lane</source>
            <translation>Dodaj ście&amp;żkę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="145" />
            <source>New &amp;map</source>
            <translation>Nowa &amp;mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="146" />
            <source>Duplicate m&amp;ap</source>
            <translation>Powiel m&amp;apę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="147" />
            <source>Save map as &amp;template…</source>
            <translation>Zapisz mapę jako &amp;szablon…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="148" />
            <source>Keep this map in My templates to start new maps from it</source>
            <translation>Zachowaj tę mapę w Moich szablonach, aby tworzyć na jej podstawie nowe mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="149" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencje…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="151" />
            <source>Language, theme, defaults for new maps and printing, backups</source>
            <translation>Język, motyw, ustawienia domyślne nowych map i druku, kopie zapasowe</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="153" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Skróty klawiszowe</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="155" />
            <source>All keyboard shortcuts at a glance</source>
            <translation>Wszystkie skróty klawiszowe w jednym miejscu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="156" />
            <source>&amp;About Map Studio</source>
            <translation>&amp;O programie Map Studio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="157" />
            <source>Version and licences</source>
            <translation>Wersja i licencje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="162" />
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="166" />
            <source>Open &amp;recent</source>
            <translation>Ostatnio &amp;otwierane</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="175" />
            <source>&amp;Edit</source>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="180" />
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="188" />
            <source>&amp;Map</source>
            <translation>&amp;Mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="192" />
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="198" />
            <source>Main toolbar</source>
            <translation>Główny pasek narzędzi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="235" />
            <source>Saved “{0}” in My templates</source>
            <translation>Zapisano „{0}” w Moich szablonach</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="257" />
            <source>New lane</source>
            <translation>Nowa ścieżka</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="264" />
            <location filename="../../src/mapstudio/ui/window/actions.py" line="269" />
            <source>Export</source>
            <translation>Eksportuj</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="264" />
            <source>Export is not available.</source>
            <translation>Eksport jest niedostępny.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="280" />
            <location filename="../../src/mapstudio/ui/window/actions.py" line="297" />
            <source>New from template</source>
            <translation>Nowy z szablonu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="281" />
            <source>The template gallery is not available.</source>
            <translation>Galeria szablonów jest niedostępna.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="293" />
            <source>Add map from template</source>
            <translation>Dodaj mapę z szablonu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="295" />
            <source>New project from template</source>
            <translation>Nowy projekt z szablonu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="94" />
            <source>Read-only: changes are not saved</source>
            <translation>Tylko do odczytu: zmiany nie są zapisywane</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="150" />
            <source>Damaged map</source>
            <translation>Uszkodzona mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="150" />
            <source>{0}

The other maps of this project can still be opened and edited; `mapstudio check` lists what is wrong.</source>
            <translation>{0}

Pozostałe mapy projektu można nadal otwierać i edytować; `mapstudio check` pokazuje, co jest nie tak.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="156" />
            <source>The last change was not saved.</source>
            <translation>Ostatnia zmiana nie została zapisana.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="157" />
            <source>Change not saved</source>
            <translation>Zmiana nie została zapisana</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="168" />
            <source>Open demo</source>
            <translation>Otwórz demo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="174" />
            <source>Opening {0}…</source>
            <translation>Otwieranie {0}…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="174" />
            <source>Opening the demo…</source>
            <translation>Otwieranie demo…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="219" />
            <source>Journey map</source>
            <translation>Mapa podróży</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="220" />
            <source>The map: stages in columns, lanes in rows, cards in their cells</source>
            <translation>Mapa: etapy w kolumnach, ścieżki w wierszach, karty w komórkach</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="299" />
            <source>[read-only]</source>
            <translation>[tylko do odczytu]</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="330" />
            <source>{0} cards selected</source>
            <translation>Zaznaczone karty: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="365" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="366" />
            <source>Dialogs opened from now on use the new language; menus and panels change after Map Studio is restarted.</source>
            <translation>Okna dialogowe otwierane od teraz są już w nowym języku; menu i panele zmienią się po ponownym uruchomieniu Map Studio.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="58" />
            <source>Open project</source>
            <translation>Otwórz projekt</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="59" />
            <source>Map Studio projects (*.mapstudio)</source>
            <translation>Projekty Map Studio (*.mapstudio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="70" />
            <source>Untitled</source>
            <translation>Bez tytułu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="91" />
            <source>Untitled.mapstudio</source>
            <translation>Bez tytułu.mapstudio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="92" />
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="107" />
            <source>New project</source>
            <translation>Nowy projekt</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="123" />
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="130" />
            <source>Save a copy</source>
            <translation>Zapisz kopię</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="128" />
            <source>Saved a copy to {0}</source>
            <translation>Zapisano kopię w {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_panels.py" line="32" />
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_panels.py" line="35" />
            <source>Opened project</source>
            <translation>Otwarto projekt</translation>
        </message>
    </context>
    <context>
        <name>MapAccessibility</name>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="22" />
            <location filename="../../src/mapstudio/canvas/accessible.py" line="32" />
            <source>Validated.</source>
            <translation>Potwierdzone.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="23" />
            <location filename="../../src/mapstudio/canvas/accessible.py" line="32" />
            <source>Some evidence.</source>
            <translation>Częściowe dowody.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="24" />
            <location filename="../../src/mapstudio/canvas/accessible.py" line="32" />
            <source>An assumption.</source>
            <translation>Założenie.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="35" />
            <source>Open review notes: {0}.</source>
            <translation>Otwarte notatki z przeglądu: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="81" />
            <source>Stage {0} of {1}</source>
            <translation>Etap {0} z {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="86" />
            <source>Lane {0} of {1}</source>
            <translation>Ścieżka {0} z {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="92" />
            <source>Untitled card</source>
            <translation>Karta bez tytułu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="94" />
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="145" />
            <source>Journey map</source>
            <translation>Mapa ścieżki klienta</translation>
        </message>
    </context>
    <context>
        <name>MapHeaderBar</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="114" />
            <source>No persona on this map</source>
            <translation>Na tej mapie nie ma person</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="118" />
            <source>Personas</source>
            <translation>Persony</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="122" />
            <source>Assign or remove personas on this map</source>
            <translation>Przypisz lub usuń persony tej mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Current state</source>
            <translation>Stan obecny</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Future state</source>
            <translation>Stan docelowy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Day in the life</source>
            <translation>Dzień z życia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="238" />
            <source>Switch to future state</source>
            <translation>Przełącz na stan docelowy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="240" />
            <source>Switch to current state</source>
            <translation>Przełącz na stan obecny</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="241" />
            <source>Show the linked map “{0}” (Ctrl+Shift+G)</source>
            <translation>Pokaż powiązaną mapę „{0}” (Ctrl+Shift+G)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="246" />
            <source>Create future state</source>
            <translation>Utwórz stan docelowy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="247" />
            <source>Copy this map as its future state and link the two</source>
            <translation>Skopiuj tę mapę jako jej stan docelowy i połącz obie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="268" />
            <source>The project has no personas yet</source>
            <translation>Projekt nie ma jeszcze person</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="280" />
            <source>New persona…</source>
            <translation>Nowa persona…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="281" />
            <source>Show the persona library</source>
            <translation>Pokaż bibliotekę person</translation>
        </message>
    </context>
    <context>
        <name>MapsDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="35" />
            <source>Maps</source>
            <translation>Mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="45" />
            <source>Add a new map</source>
            <translation>Dodaj nową mapę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="46" />
            <source>Duplicate the selected map</source>
            <translation>Powiel zaznaczoną mapę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="47" />
            <source>Rename the selected map</source>
            <translation>Zmień nazwę zaznaczonej mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="48" />
            <source>Move the map up</source>
            <translation>Przesuń mapę w górę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="49" />
            <source>Move the map down</source>
            <translation>Przesuń mapę w dół</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="50" />
            <source>Delete the selected map</source>
            <translation>Usuń zaznaczoną mapę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Current state</source>
            <translation>Stan obecny</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Future state</source>
            <translation>Stan docelowy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Day in the life</source>
            <translation>Dzień z życia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="111" />
            <source>New journey map</source>
            <translation>Nowa mapa podróży</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="128" />
            <source>Rename map</source>
            <translation>Zmień nazwę mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="128" />
            <source>Title:</source>
            <translation>Tytuł:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="158" />
            <source>Delete map</source>
            <translation>Usuń mapę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="159" />
            <source>Delete the map “{0}”? You can undo this.</source>
            <translation>Usunąć mapę „{0}”? Można to cofnąć.</translation>
        </message>
    </context>
    <context>
        <name>MetricsUpdate</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="30" />
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="39" />
            <source>Update metrics</source>
            <translation>Aktualizuj metryki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="31" />
            <source>Metric data (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Dane metryk (*.csv *.tsv *.txt);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="43" />
            <source>Nothing was changed. {0}: {1}</source>
            <translation>Nic nie zmieniono. {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="48" />
            <source>Update metrics from “{0}”</source>
            <translation>Aktualizuj metryki z „{0}”</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="50" />
            <source>{0} values from {1} rows went into {2} KPI cards (keys: {3}). Edit ▸ Undo takes them out again.</source>
            <translation>{0} wartości z {1} wierszy trafiło do {2} kart KPI (klucze: {3}). Edycja ▸ Cofnij je usuwa.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="153" />
            <source>Write a review note…</source>
            <translation>Napisz notatkę z przeglądu…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="156" />
            <source>Add note</source>
            <translation>Dodaj notatkę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="169" />
            <source> · resolved</source>
            <translation> · rozwiązana</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="185" />
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="196" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="190" />
            <source>Reopen</source>
            <translation>Otwórz ponownie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="190" />
            <source>Resolve</source>
            <translation>Rozwiąż</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="194" />
            <source>Reply</source>
            <translation>Odpowiedz</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="216" />
            <source>Write a reply…</source>
            <translation>Napisz odpowiedź…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="219" />
            <source>Send reply</source>
            <translation>Wyślij odpowiedź</translation>
        </message>
    </context>
    <context>
        <name>PagePreview</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="172" />
            <source>{paper} {orientation} · map at {scale:.0%}</source>
            <translation>{paper} {orientation} · mapa w skali {scale:.0%}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="181" />
            <source> · {n} sheets of {paper} ({rows} × {cols})</source>
            <translation> · arkusze {paper}: {n} ({rows} × {cols})</translation>
        </message>
    </context>
    <context>
        <name>PaletteDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="94" />
            <source>Palette</source>
            <translation>Paleta</translation>
        </message>
    </context>
    <context>
        <name>PaletteList</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="44" />
            <source>Card palette</source>
            <translation>Paleta kart</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="45" />
            <source>Card kinds: drag one onto a cell of the map to add a card of that kind</source>
            <translation>Rodzaje kart: przeciągnij jeden na komórkę mapy, aby dodać kartę tego rodzaju</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="51" />
            <source>Drag onto a cell of the map to add a {0} card</source>
            <translation>Przeciągnij na komórkę mapy, aby dodać kartę „{0}”</translation>
        </message>
    </context>
    <context>
        <name>PersonaChip</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="82" />
            <source>Open persona {0}</source>
            <translation>Otwórz personę {0}</translation>
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
            <translation>Nazwa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="66" />
            <source>Role / occupation</source>
            <translation>Rola / zawód</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="67" />
            <source>Age</source>
            <translation>Wiek</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="67" />
            <source>Location</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="68" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="68" />
            <source>Market size</source>
            <translation>Wielkość rynku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="69" />
            <source>Technology</source>
            <translation>Technologia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="73" />
            <source>Bio</source>
            <translation>Biografia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="73" />
            <source>Quote</source>
            <translation>Cytat</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="79" />
            <source>Goals</source>
            <translation>Cele</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="79" />
            <source>Frustrations</source>
            <translation>Frustracje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="80" />
            <source>Motivations</source>
            <translation>Motywacje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="80" />
            <source>Channels</source>
            <translation>Kanały</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="83" />
            <source>One per line</source>
            <translation>Po jednym w wierszu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="84" />
            <source>One entry per line</source>
            <translation>Jedna pozycja w wierszu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="90" />
            <source>Choose photo…</source>
            <translation>Wybierz zdjęcie…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="92" />
            <source>Colour</source>
            <translation>Kolor</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="120" />
            <source>Drop a photo
here</source>
            <translation>Upuść tu
zdjęcie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="126" />
            <source>Persona colour</source>
            <translation>Kolor persony</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="133" />
            <source>Choose photo</source>
            <translation>Wybierz zdjęcie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="134" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
            <translation>Obrazy (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="143" />
            <source>Photo</source>
            <translation>Zdjęcie</translation>
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
            <translation>Persony</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="43" />
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="105" />
            <source>New persona</source>
            <translation>Nowa persona</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="44" />
            <source>Edit the selected persona</source>
            <translation>Edytuj zaznaczoną personę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="45" />
            <source>Delete the selected persona</source>
            <translation>Usuń zaznaczoną personę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="46" />
            <source>Import personas from another project</source>
            <translation>Importuj persony z innego projektu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="149" />
            <source>Delete persona</source>
            <translation>Usuń personę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="150" />
            <source>Delete “{0}” from the project? Maps lose its emotion curve. You can undo this.</source>
            <translation>Usunąć „{0}” z projektu? Mapy stracą jej krzywą emocji. Można to cofnąć.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="160" />
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="178" />
            <source>Import personas</source>
            <translation>Importuj persony</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="161" />
            <source>Map Studio projects (*.mapstudio)</source>
            <translation>Projekty Map Studio (*.mapstudio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="169" />
            <source>These personas are already in this project</source>
            <translation>Te persony są już w tym projekcie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="193" />
            <source>Imported {0} personas from {1}</source>
            <translation>Zaimportowano persony z {1}: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="195" />
            <source>No new personas in {0}</source>
            <translation>Brak nowych person w {0}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="46" />
            <source>Preferences</source>
            <translation>Preferencje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="49" />
            <source>General</source>
            <translation>Ogólne</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="50" />
            <source>Maps and printing</source>
            <translation>Mapy i druk</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="51" />
            <source>Canvas</source>
            <translation>Obszar roboczy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="52" />
            <source>Backups</source>
            <translation>Kopie zapasowe</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="69" />
            <source>System language</source>
            <translation>Język systemu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="72" />
            <source>The language of menus and dialogs</source>
            <translation>Język menu i okien dialogowych</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="74" />
            <source>Follow the system</source>
            <translation>Zgodnie z systemem</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="75" />
            <source>Light</source>
            <translation>Jasny</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="75" />
            <source>Dark</source>
            <translation>Ciemny</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="76" />
            <source>High contrast</source>
            <translation>Wysoki kontrast</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="78" />
            <source>Light, dark or high-contrast windows; maps always print on white</source>
            <translation>Jasne, ciemne lub kontrastowe okna; mapy zawsze drukują się na białym</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="80" />
            <source>&amp;Language:</source>
            <translation>&amp;Język:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="81" />
            <source>&amp;Theme:</source>
            <translation>&amp;Motyw:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="83" />
            <source>The name your review notes are signed with</source>
            <translation>Imię, którym podpisywane są Twoje notatki z przeglądu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="84" />
            <source>&amp;Your name in review notes:</source>
            <translation>&amp;Twoje imię w notatkach:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="85" />
            <source>Some texts change language only after a restart.</source>
            <translation>Niektóre teksty zmienią język dopiero po ponownym uruchomieniu.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="103" />
            <source>from</source>
            <translation>od</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="105" />
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="110" />
            <source>Fit to the map</source>
            <translation>Dopasuj do mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="111" />
            <source>Automatic (readable type)</source>
            <translation>Automatycznie (czytelny tekst)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="115" />
            <source>No tiling (one sheet)</source>
            <translation>Bez podziału (jeden arkusz)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="116" />
            <source>Print large maps as a poster of several sheets</source>
            <translation>Drukuj duże mapy jako plakat z kilku arkuszy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="119" />
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="121" />
            <source>How much neighbouring sheets overlap for gluing</source>
            <translation>Na ile sąsiednie arkusze zachodzą na siebie przy klejeniu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="122" />
            <source>Default emotion scale:</source>
            <translation>Domyślna skala emocji:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="123" />
            <source>Default &amp;paper:</source>
            <translation>Domyślny &amp;papier:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="124" />
            <source>Poster &amp;tiling:</source>
            <translation>&amp;Podział na plakat:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="125" />
            <source>Tile &amp;overlap:</source>
            <translation>&amp;Zakładka arkuszy:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="131" />
            <source>Show the &amp;grid</source>
            <translation>Pokaż &amp;siatkę</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="132" />
            <source>&amp;Snap to the grid while dragging</source>
            <translation>&amp;Przyciągaj do siatki podczas przeciągania</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="135" />
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="138" />
            <source>Grid si&amp;ze:</source>
            <translation>&amp;Rozmiar siatki:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="139" />
            <source>The mouse &amp;wheel zooms (instead of scrolling)</source>
            <translation>&amp;Kółko myszy powiększa (zamiast przewijać)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="140" />
            <source>For a mouse without a trackpad. Ctrl+wheel zooms either way; two-finger scrolling on a trackpad always moves the map.</source>
            <translation>Dla myszy bez gładzika. Ctrl+kółko powiększa zawsze; przewijanie dwoma palcami na gładziku zawsze przesuwa mapę.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="149" />
            <source>&amp;Keep backups of open projects</source>
            <translation>&amp;Twórz kopie zapasowe otwartych projektów</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="152" />
            <source>Leave empty for the default folder</source>
            <translation>Pozostaw puste, aby użyć domyślnego folderu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="153" />
            <source>&amp;Browse…</source>
            <translation>&amp;Przeglądaj…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="155" />
            <source>S&amp;how</source>
            <translation>Po&amp;każ</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="156" />
            <source>Open the backup folder in the file manager</source>
            <translation>Otwórz folder kopii zapasowych w menedżerze plików</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="164" />
            <source>Older versions are deleted</source>
            <translation>Starsze wersje są usuwane</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="167" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="169" />
            <source>Backup folder:</source>
            <translation>Folder kopii zapasowych:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="170" />
            <source>Versions to &amp;keep per project:</source>
            <translation>&amp;Liczba wersji na projekt:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="171" />
            <source>Back up &amp;every:</source>
            <translation>Kopia &amp;co:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="172" />
            <source>Projects are saved as you edit; backups let you go back to an earlier version of a file.</source>
            <translation>Projekty zapisują się na bieżąco; kopie zapasowe pozwalają wrócić do wcześniejszej wersji pliku.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="181" />
            <source>Backup folder</source>
            <translation>Folder kopii zapasowych</translation>
        </message>
    </context>
    <context>
        <name>PreflightPanel</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="19" />
            <source>Preflight</source>
            <translation>Kontrola przed drukiem</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="43" />
            <source>Nothing to check for this format.</source>
            <translation>W tym formacie nie ma czego sprawdzać.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="45" />
            <source>Smallest printed text: {size:.1f} pt.</source>
            <translation>Najmniejszy drukowany tekst: {size:.1f} pt.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="47" />
            <source>{n} finding(s); the cards concerned are outlined in the preview.</source>
            <translation>Uwagi: {n}; karty, których dotyczą, są obrysowane na podglądzie.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="50" />
            <source>Nothing to report: the print is ready.</source>
            <translation>Bez uwag: wydruk jest gotowy.</translation>
        </message>
    </context>
    <context>
        <name>ProjectFiles</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="42" />
            <source>{0} already exists.

Replace it with the new project? Everything in the existing file will be lost.</source>
            <translation>{0} już istnieje.

Zastąpić go nowym projektem? Cała zawartość istniejącego pliku zostanie utracona.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="55" />
            <source>Map Studio projects (*.mapstudio)</source>
            <translation>Projekty Map Studio (*.mapstudio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="61" />
            <source>{0} is a folder.</source>
            <translation>{0} jest folderem.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="72" />
            <source>Open project</source>
            <translation>Otwórz projekt</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="77" />
            <source>{0} is already open in another Map Studio window. Only one window at a time can change a project.</source>
            <translation>{0} jest już otwarty w innym oknie Map Studio. Projekt może zmieniać tylko jedno okno naraz.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="82" />
            <source>{0} cannot be changed here: the file or its disk is read-only.</source>
            <translation>Nie można tu zmienić {0}: plik lub jego dysk jest tylko do odczytu.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="90" />
            <source>Cannot open file</source>
            <translation>Nie można otworzyć pliku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="99" />
            <source>Open read-only</source>
            <translation>Otwórz tylko do odczytu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="100" />
            <source>Open a copy…</source>
            <translation>Otwórz kopię…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="109" />
            <source>Open a copy</source>
            <translation>Otwórz kopię</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="128" />
            <source>Map Studio stopped while saving a change to {0}, and that unfinished change cannot be applied safely.

The file and its journal were left exactly as they are.</source>
            <translation>Map Studio przerwało pracę podczas zapisywania zmiany w {0} i tej niedokończonej zmiany nie można bezpiecznie zastosować.

Plik i jego dziennik pozostawiono dokładnie w takim stanie, w jakim były.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="131" />
            <source>Cannot recover the last change</source>
            <translation>Nie można odzyskać ostatniej zmiany</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="138" />
            <source>The latest backup is from {0}.</source>
            <translation>Najnowsza kopia zapasowa pochodzi z {0}.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="139" />
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="150" />
            <source>Open the latest backup</source>
            <translation>Otwórz najnowszą kopię zapasową</translation>
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
            <translation>Importuj</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="29" />
            <source>Journey files (*.json *.csv *.mmd *.mermaid *.yaml *.yml);;Map Studio JSON (*.json);;CSV (*.csv);;Mermaid journey (*.mmd *.mermaid);;EMS YAML (*.yaml *.yml)</source>
            <translation>Pliki podróży (*.json *.csv *.mmd *.mermaid *.yaml *.yml);;JSON Map Studio (*.json);;CSV (*.csv);;Podróż w Mermaid (*.mmd *.mermaid);;EMS YAML (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="42" />
            <source>{0} holds no maps.</source>
            <translation>{0} nie zawiera map.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="62" />
            <source>Add the {0} map(s) of {1} to this project, or make a new project of them?</source>
            <translation>Dodać mapy z {1} (liczba: {0}) do tego projektu czy utworzyć z nich nowy projekt?</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="64" />
            <source>Add to this project</source>
            <translation>Dodaj do tego projektu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="65" />
            <source>New project…</source>
            <translation>Nowy projekt…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="74" />
            <source>Import {0}</source>
            <translation>Importuj {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="88" />
            <source>New project from import</source>
            <translation>Nowy projekt z importu</translation>
        </message>
    </context>
    <context>
        <name>ProjectSettingsDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="44" />
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="147" />
            <source>Project settings</source>
            <translation>Ustawienia projektu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="54" />
            <source>e.g. your agency or team name</source>
            <translation>np. nazwa agencji lub zespołu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="59" />
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="60" />
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="69" />
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="70" />
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="71" />
            <source>Brand name</source>
            <translation>Nazwa marki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="72" />
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="118" />
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="124" />
            <source>Brand logo</source>
            <translation>Logo marki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="74" />
            <source>Interface language</source>
            <translation>Język interfejsu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="80" />
            <source>The language of the words the map adds on screen and on paper: lane captions, badges, legend, footer</source>
            <translation>Język słów, które mapa dodaje na ekranie i na papierze: podpisy ścieżek, plakietki, legenda, stopka</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="83" />
            <source>Map language</source>
            <translation>Język mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="84" />
            <source>Brand name and logo appear in the title block of printed and exported maps.</source>
            <translation>Nazwa i logo marki pojawiają się w tabliczce tytułowej drukowanych i eksportowanych map.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="102" />
            <source>No logo</source>
            <translation>Brak logo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="115" />
            <source>{0}: larger than 64 MB</source>
            <translation>{0}: większy niż 64 MB</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="125" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
            <translation>Obrazy (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="144" />
            <source>Edit project settings</source>
            <translation>Edytuj ustawienia projektu</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatus</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/review_status.py" line="92" />
            <source>Review overdue</source>
            <translation>Przegląd zaległy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/review_status.py" line="94" />
            <source>Past their review date: {0}</source>
            <translation>Po dacie przeglądu: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/review_status.py" line="105" />
            <source>Review overdue since {0}</source>
            <translation>Przegląd zaległy od {0}</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="29" />
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="64" />
            <source>Save as template</source>
            <translation>Zapisz jako szablon</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="35" />
            <source>When to use it, for which client or industry (optional)</source>
            <translation>Kiedy go używać, dla jakiego klienta lub branży (opcjonalnie)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="44" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="45" />
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="46" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
    </context>
    <context>
        <name>SaveVersionDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="42" />
            <source>Save version</source>
            <translation>Zapisz wersję</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="44" />
            <source>e.g. After the client workshop</source>
            <translation>np. Po warsztacie z klientem</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="46" />
            <source>What changed, who agreed it (optional)</source>
            <translation>Co się zmieniło, kto to zatwierdził (opcjonalnie)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="49" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="50" />
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
    </context>
    <context>
        <name>ScaleDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="33" />
            <source>Emotion scale</source>
            <translation>Skala emocji</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="42" />
            <source>Optional: one label per step, comma-separated</source>
            <translation>Opcjonalnie: jedna etykieta na stopień, rozdzielone przecinkami</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="49" />
            <source>Preset</source>
            <translation>Gotowa skala</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="50" />
            <source>Lowest score</source>
            <translation>Najniższa ocena</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="51" />
            <source>Highest score</source>
            <translation>Najwyższa ocena</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="52" />
            <source>Labels</source>
            <translation>Etykiety</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="53" />
            <source>Existing scores keep their place on the new scale.</source>
            <translation>Istniejące oceny zachowują swoje miejsce na nowej skali.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="47" />
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="56" />
            <source>Keyboard shortcuts</source>
            <translation>Skróty klawiszowe</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="50" />
            <source>Filter by action or key…</source>
            <translation>Filtruj według działania lub klawisza…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="53" />
            <source>Filter shortcuts</source>
            <translation>Filtruj skróty</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="55" />
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="55" />
            <source>Shortcut</source>
            <translation>Skrót</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="57" />
            <source>Each action and the keys that run it</source>
            <translation>Każda czynność i klawisze, które ją wykonują</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="198" />
            <source>Customer-journey maps, offline. Start from a template, open a project or try the demo.</source>
            <translation>Mapy podróży klienta bez internetu. Zacznij od szablonu, otwórz projekt lub wypróbuj demo.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="210" />
            <source>New from template…</source>
            <translation>Nowy z szablonu…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="211" />
            <source>Start from an industry template</source>
            <translation>Zacznij od szablonu branżowego</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="213" />
            <source>New blank project…</source>
            <translation>Nowy pusty projekt…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="214" />
            <source>Start with an empty starter map</source>
            <translation>Zacznij od pustej mapy startowej</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="216" />
            <source>Open…</source>
            <translation>Otwórz…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="216" />
            <source>Open a .mapstudio project file</source>
            <translation>Otwórz plik projektu .mapstudio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="218" />
            <source>Open demo</source>
            <translation>Otwórz demo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="219" />
            <source>A mortgage journey to explore; your copy, freely editable</source>
            <translation>Podróż kredytu hipotecznego do zbadania: to Twoja kopia, edytuj ją swobodnie</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="234" />
            <source>Recent projects</source>
            <translation>Ostatnie projekty</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="256" />
            <source>Double-click to open; right-click for more</source>
            <translation>Kliknij dwukrotnie, aby otworzyć; prawym przyciskiem, aby zobaczyć więcej</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="257" />
            <source>Projects you open or create will appear here.</source>
            <translation>Tutaj pojawią się projekty, które otworzysz lub utworzysz.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="338" />
            <source>{0}
Last changed {1}</source>
            <translation>{0}
Ostatnia zmiana {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="369" />
            <source>Open</source>
            <translation>Otwórz</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="370" />
            <source>Remove from the list</source>
            <translation>Usuń z listy</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="52" />
            <source>New from template</source>
            <translation>Nowy z szablonu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="67" />
            <source>Search templates, industries, personas…</source>
            <translation>Szukaj szablonów, branż, person…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="74" />
            <source>Industry</source>
            <translation>Branża</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="75" />
            <source>Map type</source>
            <translation>Typ mapy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="76" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="112" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="316" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="323" />
            <source>Delete template</source>
            <translation>Usuń szablon</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="113" />
            <source>Remove this template from My templates</source>
            <translation>Usuń ten szablon z Moich szablonów</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="134" />
            <source>Create project</source>
            <translation>Utwórz projekt</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="136" />
            <source>Add map to this project</source>
            <translation>Dodaj mapę do tego projektu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="158" />
            <source>All industries</source>
            <translation>Wszystkie branże</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="161" />
            <source>All map types</source>
            <translation>Wszystkie typy map</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Current state</source>
            <translation>Stan obecny</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Future state</source>
            <translation>Stan docelowy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Day in the life</source>
            <translation>Dzień z życia</translation>
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
            <translation>Wszystkie języki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="206" />
            <source>No template matches</source>
            <translation>Żaden szablon nie pasuje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="208" />
            <source>Clear the search or pick another filter.</source>
            <translation>Wyczyść wyszukiwanie lub wybierz inny filtr.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="245" />
            <source>{0} stages · {1} lanes · {2} cards</source>
            <translation>Etapy: {0} · ścieżki: {1} · karty: {2}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="317" />
            <source>Delete “{0}” from My templates?</source>
            <translation>Usunąć „{0}” z Moich szablonów?</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="72" />
            <source>Versions</source>
            <translation>Wersje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="84" />
            <source>Changes since this version:</source>
            <translation>Zmiany od tej wersji:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="90" />
            <source>Save version…</source>
            <translation>Zapisz wersję…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="91" />
            <source>Restore</source>
            <translation>Przywróć</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="92" />
            <source>Compare with current</source>
            <translation>Porównaj z bieżącą</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="93" />
            <source>Mark on the map the cards added, changed and moved since this version</source>
            <translation>Zaznacz na mapie karty dodane, zmienione i przeniesione od tej wersji</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="96" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="97" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="143" />
            <source>No versions yet. Save one before a workshop or a big change, and come back to it at any time.</source>
            <translation>Nie ma jeszcze wersji. Zapisz ją przed warsztatem lub dużą zmianą i wracaj do niej w dowolnej chwili.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="154" />
            <source>No changes.</source>
            <translation>Brak zmian.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="161" />
            <source>Save version “{0}”</source>
            <translation>Zapisz wersję „{0}”</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="171" />
            <source>Save version</source>
            <translation>Zapisz wersję</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="178" />
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="194" />
            <source>Restore version</source>
            <translation>Przywróć wersję</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="179" />
            <source>Bring the whole project back to “{0}”? The project as it is now is saved as a version first, and Undo reverses the restore.</source>
            <translation>Przywrócić cały projekt do wersji „{0}”? Obecny stan projektu zostanie najpierw zapisany jako wersja, a Cofnij odwróci przywrócenie.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="183" />
            <source>Restore version “{0}”</source>
            <translation>Przywróć wersję „{0}”</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="189" />
            <source>Before restoring “{0}”</source>
            <translation>Przed przywróceniem „{0}”</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="213" />
            <source>Delete version</source>
            <translation>Usuń wersję</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="214" />
            <source>Delete the version “{0}”? Edit ▸ Undo brings it back.</source>
            <translation>Usunąć wersję „{0}”? Edycja ▸ Cofnij ją przywróci.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="218" />
            <source>Delete version “{0}”</source>
            <translation>Usuń wersję „{0}”</translation>
        </message>
    </context>
    <context>
        <name>WalkthroughWindow</name>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="88" />
            <source>Walkthrough — {0}</source>
            <translation>Prezentacja — {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="126" />
            <source>‹ Previous</source>
            <translation>‹ Wstecz</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="127" />
            <source>Next ›</source>
            <translation>Dalej ›</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="132" />
            <source>← → move between stages · Home/End first and last · Esc leaves</source>
            <translation>← → przejście między etapami · Home/End — pierwszy i ostatni · Esc — wyjście</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="184" />
            <source>This map has no stages yet</source>
            <translation>Ta mapa nie ma jeszcze etapów</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="195" />
            <source>Stage {0} of {1}</source>
            <translation>Etap {0} z {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="153" />
            <source>How it feels</source>
            <translation>Jak to odczuwa klient</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="166" />
            <source>Customer</source>
            <translation>Klient</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="169" />
            <source>No feeling mapped for this stage yet</source>
            <translation>Brak odczuć dla tego etapu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="188" />
            <source>Today: {0}</source>
            <translation>Dziś: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="189" />
            <source>Target: {0}</source>
            <translation>Cel: {0}</translation>
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
            <translation>Na tym etapie nie ma jeszcze kart.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Touchpoints</source>
            <translation>Punkty styku</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Actions</source>
            <translation>Działania</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Thoughts</source>
            <translation>Myśli</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Emotions</source>
            <translation>Emocje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Pain points</source>
            <translation>Problemy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Opportunities</source>
            <translation>Szanse</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Channels</source>
            <translation>Kanały</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Backstage</source>
            <translation>Zaplecze</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Systems</source>
            <translation>Systemy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Storyboard</source>
            <translation>Scenorys</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Owners</source>
            <translation>Właściciele</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="182" />
            <source>target {0}</source>
            <translation>cel {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="213" />
            <source>Owner: {0}</source>
            <translation>Właściciel: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="221" />
            <source>★ Moment of truth</source>
            <translation>★ Moment prawdy</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="225" />
            <source>Severity {0}</source>
            <translation>Waga {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="227" />
            <source>Impact {0}</source>
            <translation>Wpływ {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="229" />
            <source>Effort {0}</source>
            <translation>Nakład pracy {0}</translation>
        </message>
    </context>
    <context>
        <name>WindowLayout</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_layout.py" line="36" />
            <source>&amp;Focus mode</source>
            <translation>Tryb &amp;skupienia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_layout.py" line="39" />
            <source>Hide the panels to give the map the whole window; again to bring them back</source>
            <translation>Ukrywa panele, by mapa zajęła całe okno; ponownie, by je przywrócić</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_layout.py" line="149" />
            <source>Focus mode: F11 brings the panels back</source>
            <translation>Tryb skupienia: F11 przywraca panele</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="56" />
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="188" />
            <source>Open workspace project</source>
            <translation>Otwórz projekt z przestrzeni zespołu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="59" />
            <source>Workspace URL</source>
            <translation>Adres URL przestrzeni</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="60" />
            <source>&amp;List projects</source>
            <translation>&amp;Pokaż projekty</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="63" />
            <source>Projects</source>
            <translation>Projekty</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="65" />
            <source>Passwords come from your .pgpass file, the PostgreSQL service file or the system keychain.</source>
            <translation>Hasła pochodzą z pliku .pgpass, pliku usług PostgreSQL lub systemowego pęku kluczy.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="77" />
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="126" />
            <source>Workspace:</source>
            <translation>Przestrzeń:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="98" />
            <source> — open by {0}</source>
            <translation> — otwarty przez {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="102" />
            <source>Projects: {0}</source>
            <translation>Projekty: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="103" />
            <source>No projects yet: publish one with File ▸ Publish to workspace…</source>
            <translation>Brak projektów: opublikuj jeden przez Plik ▸ Opublikuj w przestrzeni zespołu…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="121" />
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="266" />
            <source>Publish to workspace</source>
            <translation>Opublikuj w przestrzeni zespołu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="127" />
            <source>Project name:</source>
            <translation>Nazwa projektu:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="145" />
            <source>Open &amp;workspace project…</source>
            <translation>Otwórz projekt z &amp;przestrzeni zespołu…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="146" />
            <source>Open a project shared on a team workspace (PostgreSQL)</source>
            <translation>Otwórz projekt udostępniony w przestrzeni zespołu (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="149" />
            <source>&amp;Publish to workspace…</source>
            <translation>&amp;Opublikuj w przestrzeni zespołu…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="150" />
            <source>Copy this project into a team workspace</source>
            <translation>Skopiuj ten projekt do przestrzeni zespołu</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="201" />
            <source>Read-only: your role may only read this workspace</source>
            <translation>Tylko do odczytu: Twoja rola może tylko czytać tę przestrzeń</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="237" />
            <source>Offline</source>
            <translation>Brak połączenia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="243" />
            <source>Also on this map: {0}</source>
            <translation>Na tej mapie także: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="245" />
            <source>Other people who have this map open now (their workspace user names)</source>
            <translation>Inne osoby, które mają teraz otwartą tę mapę (ich nazwy użytkowników w przestrzeni zespołu)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="263" />
            <source>Choose a project name without '#'.</source>
            <translation>Wybierz nazwę projektu bez znaku '#'.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="270" />
            <source>Published as {0} — File ▸ Open workspace project… opens it</source>
            <translation>Opublikowano jako {0} — Plik ▸ Otwórz projekt z przestrzeni zespołu… otwiera go</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Your project is safe: every change is saved in the file as you make it. You can keep working, but if something looks wrong, reopen the project.</source>
            <translation type="vanished">Twój projekt jest bezpieczny: każda zmiana zapisuje się w pliku na bieżąco. Możesz pracować dalej, a jeśli coś wygląda źle, otwórz projekt ponownie.</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Ads</source>
            <translation type="vanished">Reklamy</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Chat</source>
            <translation type="vanished">Czat</translation>
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
            <translation type="vanished">Osobiście</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Kiosk</source>
            <translation type="vanished">Kiosk</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Mail</source>
            <translation type="vanished">Poczta</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Mobile app</source>
            <translation type="vanished">Aplikacja mobilna</translation>
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
            <translation type="vanished">Telefon</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Search</source>
            <translation type="vanished">Wyszukiwarka</translation>
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
            <translation type="vanished">Media społecznościowe</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Store</source>
            <translation type="vanished">Sklep</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Video</source>
            <translation type="vanished">Wideo</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Web</source>
            <translation type="vanished">WWW</translation>
        </message>
    </context>
    <context>
        <name>JourneyFeatures</name>
        <message>
            <source>Map</source>
            <translation type="vanished">Mapa</translation>
        </message>
    </context>
    <context>
        <name>JourneyFeatures</name>
        <message>
            <source>View</source>
            <translation type="vanished">Widok</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <source>{0} — {1} sheets of {2} ({3} rows × {4} columns), poster {5} × {6} mm, overlap {7} mm</source>
            <translation type="vanished">{0} — arkusze {2}: {1} (wiersze × kolumny: {3} × {4}), plakat {5} × {6} mm, zakładka {7} mm</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;b&gt;Map Studio&lt;/b&gt; {0}&lt;br&gt;Offline customer-journey maps.&lt;br&gt;&lt;br&gt;Fonts: DejaVu Sans (Bitstream Vera licence).&lt;br&gt;Icons: Font Awesome Free via QtAwesome (SIL OFL 1.1 / MIT).</source>
            <translation type="vanished">&lt;b&gt;Map Studio&lt;/b&gt; {0}&lt;br&gt;Mapy podróży klienta bez internetu.&lt;br&gt;&lt;br&gt;Czcionki: DejaVu Sans (licencja Bitstream Vera).&lt;br&gt;Ikony: Font Awesome Free przez QtAwesome (SIL OFL 1.1 / MIT).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Map Studio</source>
            <translation type="vanished">O programie Map Studio</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cannot open file</source>
            <translation type="vanished">Nie można otworzyć pliku</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Light or dark windows; maps always print on white</source>
            <translation type="vanished">Jasne lub ciemne okna; mapy zawsze drukują się na białym tle</translation>
        </message>
    </context>
    <context>
        <name>ProjectImport</name>
        <message>
            <source>Import map</source>
            <translation type="vanished">Importuj mapę</translation>
        </message>
    </context>
    <context>
        <name>ProjectImport</name>
        <message>
            <source>Map Studio projects (*.mapstudio)</source>
            <translation type="vanished">Projekty Map Studio (*.mapstudio)</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Customer-journey maps on your own computer.</source>
            <translation type="vanished">Mapy podróży klienta na Twoim komputerze.</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Explore a finished example project</source>
            <translation type="vanished">Poznaj gotowy przykładowy projekt</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Start a project from the template gallery</source>
            <translation type="vanished">Rozpocznij projekt z galerii szablonów</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Industry: {0}</source>
            <translation type="vanished">Branża: {0}</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Language: {0}</source>
            <translation type="vanished">Język: {0}</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Map type: {0}</source>
            <translation type="vanished">Typ mapy: {0}</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Personas: {0}</source>
            <translation type="vanished">Persony: {0}</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Delete the version “{0}”? This cannot be undone.</source>
            <translation type="vanished">Usunąć wersję „{0}”? Tej operacji nie można cofnąć.</translation>
        </message>
    </context>
    <context>
        <name>WalkthroughWindow</name>
        <message>
            <source>← → to move between stages · Esc to leave</source>
            <translation type="vanished">← → przechodzenie między etapami · Esc, aby wyjść</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>A mortgage journey to explore; your copy, freely editable</source>
            <translation type="vanished">Podróż kredytu hipotecznego do zbadania: to Twoja kopia, edytuj ją swobodnie</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Customer-journey maps, offline. Start from a template, open a project or try the demo.</source>
            <translation type="vanished">Mapy podróży klienta bez internetu. Zacznij od szablonu, otwórz projekt lub wypróbuj demo.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>New blank project…</source>
            <translation type="vanished">Pusty projekt…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>New from template…</source>
            <translation type="vanished">Nowy z szablonu…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>No recent projects yet. Projects you open or create appear here.</source>
            <translation type="vanished">Brak ostatnich projektów. Pojawią się tu projekty, które otworzysz lub utworzysz.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open a .mapstudio project</source>
            <translation type="vanished">Otwórz projekt .mapstudio</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open demo</source>
            <translation type="vanished">Otwórz demo</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open…</source>
            <translation type="vanished">Otwórz…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Recent projects</source>
            <translation type="vanished">Ostatnie projekty</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Start from an industry template</source>
            <translation type="vanished">Zacznij od szablonu branżowego</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Start with an empty starter map</source>
            <translation type="vanished">Zacznij od pustej mapy startowej</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Open by: {0}</source>
            <translation type="vanished">Otwarty przez: {0}</translation>
        </message>
    </context>
</TS>
