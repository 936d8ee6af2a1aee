<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="40" />
            <source>About {0}</source>
            <translation>О программе {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="42" />
            <source>About</source>
            <translation>О программе</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="43" />
            <source>Licences</source>
            <translation>Лицензии</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="61" />
            <source>Version {0}</source>
            <translation>Версия {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="63" />
            <source>An offline desktop editor for customer-journey maps, service blueprints and personas. Your projects stay on your computer, in one file each.</source>
            <translation>Настольный редактор карт пути клиента, сервисных блупринтов и персон, работающий без интернета. Ваши проекты остаются на вашем компьютере, каждый в одном файле.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="67" />
            <source>Python {0} · Qt {1} · PySide6 {2} · {3}</source>
            <translation>Python {0} · Qt {1} · PySide6 {2} · {3}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="83" />
            <source>&lt;p&gt;&lt;b&gt;DejaVu Sans&lt;/b&gt; fonts (maps on screen and in PDF): Bitstream Vera licence with DejaVu changes, public domain; full text below.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Font Awesome Free&lt;/b&gt; icons through &lt;b&gt;QtAwesome&lt;/b&gt;: icons CC BY 4.0, fonts SIL Open Font License 1.1, QtAwesome code MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; and &lt;b&gt;PySide6&lt;/b&gt;: GNU LGPL v3. &lt;b&gt;SQLAlchemy&lt;/b&gt;, &lt;b&gt;Alembic&lt;/b&gt;: MIT. &lt;b&gt;ReportLab&lt;/b&gt;: BSD. &lt;b&gt;Pillow&lt;/b&gt;: MIT-CMU. &lt;b&gt;platformdirs&lt;/b&gt;, &lt;b&gt;jsonschema&lt;/b&gt;, &lt;b&gt;PyYAML&lt;/b&gt;: MIT.&lt;/p&gt;&lt;p&gt;The Map Studio icon is original artwork of the project.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Шрифты &lt;b&gt;DejaVu Sans&lt;/b&gt; (карты на экране и в PDF): лицензия Bitstream Vera, изменения DejaVu — общественное достояние; полный текст ниже.&lt;/p&gt;&lt;p&gt;Значки &lt;b&gt;Font Awesome Free&lt;/b&gt; через &lt;b&gt;QtAwesome&lt;/b&gt;: значки CC BY 4.0, шрифты SIL Open Font License 1.1, код QtAwesome — MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; и &lt;b&gt;PySide6&lt;/b&gt;: GNU LGPL v3. &lt;b&gt;SQLAlchemy&lt;/b&gt;, &lt;b&gt;Alembic&lt;/b&gt;: MIT. &lt;b&gt;ReportLab&lt;/b&gt;: BSD. &lt;b&gt;Pillow&lt;/b&gt;: MIT-CMU. &lt;b&gt;platformdirs&lt;/b&gt;, &lt;b&gt;jsonschema&lt;/b&gt;, &lt;b&gt;PyYAML&lt;/b&gt;: MIT.&lt;/p&gt;&lt;p&gt;Значок Map Studio — оригинальная работа проекта.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/accessibility.py" line="119" />
            <location filename="../../src/mapstudio/ui/window/accessibility.py" line="130" />
            <source>{0} list</source>
            <translation>Список «{0}»</translation>
        </message>
    </context>
    <context>
        <name>CanvasGestures</name>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="15" />
            <location filename="../../src/mapstudio/canvas/gestures.py" line="21" />
            <source>Zoom around the pointer</source>
            <translation>Масштаб вокруг указателя</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="15" />
            <location filename="../../src/mapstudio/canvas/gestures.py" line="16" />
            <source>Mouse wheel</source>
            <translation>Колесо мыши</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="16" />
            <source>Scroll the map up and down</source>
            <translation>Прокрутка карты вверх и вниз</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="19" />
            <source>Scroll the map sideways</source>
            <translation>Прокрутка карты вбок</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="19" />
            <source>Shift+Mouse wheel</source>
            <translation>Shift+колесо мыши</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="20" />
            <source>Move the map</source>
            <translation>Сдвинуть карту</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="20" />
            <source>Two-finger scroll · Space+drag · Middle button drag</source>
            <translation>Прокрутка двумя пальцами · Пробел+перетаскивание · Перетаскивание средней кнопкой</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="21" />
            <source>Ctrl+Mouse wheel · Pinch</source>
            <translation>Ctrl+колесо мыши · Щипок</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="22" />
            <source>New card in the current cell</source>
            <translation>Новая карточка в текущей ячейке</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="22" />
            <source>N · Insert · Double-click a cell</source>
            <translation>N · Insert · Двойной щелчок по ячейке</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="23" />
            <source>Commit and start the next card in the cell</source>
            <translation>Сохранить и начать следующую карточку в ячейке</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="23" />
            <source>Enter (while typing)</source>
            <translation>Enter (при вводе)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="24" />
            <source>Commit and go to the next / previous cell</source>
            <translation>Сохранить и перейти к следующей / предыдущей ячейке</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="24" />
            <source>Tab / Shift+Tab (while typing)</source>
            <translation>Tab / Shift+Tab (при вводе)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="25" />
            <source>Cancel typing (a new card is not added)</source>
            <translation>Отменить ввод (новая карточка не добавляется)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="25" />
            <source>Escape</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="26" />
            <source>Line break in a card</source>
            <translation>Перенос строки в карточке</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="26" />
            <source>Shift+Enter</source>
            <translation>Shift+Enter</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="27" />
            <source>Edit the selected card's title</source>
            <translation>Изменить заголовок выбранной карточки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="27" />
            <source>F2 · Enter · Double-click</source>
            <translation>F2 · Enter · Двойной щелчок</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="28" />
            <source>Rename the current cell's stage / lane</source>
            <translation>Переименовать этап / дорожку текущей ячейки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="28" />
            <source>Shift+F2 / Ctrl+F2</source>
            <translation>Shift+F2 / Ctrl+F2</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="29" />
            <source>Go to the next card or cell</source>
            <translation>Перейти к следующей карточке или ячейке</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="29" />
            <source>Arrow keys</source>
            <translation>Клавиши со стрелками</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="30" />
            <source>Open the inspector on the selection</source>
            <translation>Открыть инспектор для выделенного</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="30" />
            <source>Alt+Enter</source>
            <translation>Alt+Enter</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="31" />
            <source>Add an emotion point</source>
            <translation>Добавить точку эмоции</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="31" />
            <source>Double-click the Emotions lane</source>
            <translation>Двойной щелчок по дорожке «Эмоции»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="32" />
            <source>Delete the selected cards</source>
            <translation>Удалить выбранные карточки</translation>
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
            <translation>Изменить текст</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="32" />
            <source>Duplicate</source>
            <translation>Дублировать</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="34" />
            <source>Cut</source>
            <translation>Вырезать</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="35" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="39" />
            <source>Span one more stage</source>
            <translation>Растянуть на этап вперёд</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="42" />
            <source>Span one stage less</source>
            <translation>Сократить на один этап</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="44" />
            <source>Unmark moment of truth</source>
            <translation>Снять отметку «момент истины»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="44" />
            <source>Mark as moment of truth</source>
            <translation>Отметить как момент истины</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="50" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="54" />
            <source>Rename stage</source>
            <translation>Переименовать этап</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="55" />
            <source>Insert stage before</source>
            <translation>Вставить этап перед</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="56" />
            <source>Insert stage after</source>
            <translation>Вставить этап после</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="58" />
            <source>Remove stage</source>
            <translation>Удалить этап</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="64" />
            <source>Rename lane</source>
            <translation>Переименовать дорожку</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="65" />
            <source>Insert lane above</source>
            <translation>Вставить дорожку выше</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="65" />
            <source>Insert lane below</source>
            <translation>Вставить дорожку ниже</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Touchpoints</source>
            <translation>Точки контакта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Actions</source>
            <translation>Действия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Thoughts</source>
            <translation>Мысли</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Emotions</source>
            <translation>Эмоции</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Pain points</source>
            <translation>Болевые точки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Opportunities</source>
            <translation>Возможности</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Channels</source>
            <translation>Каналы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Backstage</source>
            <translation>Закулисье</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Systems</source>
            <translation>Системы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Storyboard</source>
            <translation>Раскадровка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Owners</source>
            <translation>Ответственные</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="71" />
            <source>Remove lane</source>
            <translation>Удалить дорожку</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="81" />
            <source>Add emotion point</source>
            <translation>Добавить точку эмоции</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="83" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="84" />
            <source>{0} (to-be)</source>
            <translation>{0} (целевое)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="87" />
            <source>Add card here</source>
            <translation>Добавить карточку сюда</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="91" />
            <source>Paste here</source>
            <translation>Вставить сюда</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="99" />
            <source>Link to map…</source>
            <translation>Связать с картой…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="101" />
            <source>Open linked map</source>
            <translation>Открыть связанную карту</translation>
        </message>
    </context>
    <context>
        <name>CardKinds</name>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="28" />
            <source>New {0}</source>
            <translation>Новая карточка: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="34" />
            <source>Metric</source>
            <translation>Метрика</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="42" />
            <source>Touchpoint</source>
            <translation>Точка контакта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="43" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="44" />
            <source>Thought</source>
            <translation>Мысль</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="45" />
            <source>Pain point</source>
            <translation>Болевая точка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="46" />
            <source>Opportunity</source>
            <translation>Возможность</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="47" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="48" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="49" />
            <source>Image</source>
            <translation>Изображение</translation>
        </message>
    </context>
    <context>
        <name>ChangeMarks</name>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="29" />
            <source>A</source>
            <comment>added</comment>
            <translation>Д</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="30" />
            <source>C</source>
            <comment>changed</comment>
            <translation>И</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="31" />
            <source>M</source>
            <comment>moved</comment>
            <translation>П</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="38" />
            <source>Added since the version</source>
            <translation>Добавлена после версии</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="40" />
            <source>Moved since the version</source>
            <translation>Перемещена после версии</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="42" />
            <source>from {0} to {1}</source>
            <translation>из {0} в {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="45" />
            <source>Changed since the version</source>
            <translation>Изменена после версии</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="114" />
            <source>Removed: {0}</source>
            <translation>Удалена: {0}</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="58" />
            <source>Save report…</source>
            <translation>Сохранить отчёт…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="59" />
            <source>The changes of every map as a PDF report</source>
            <translation>Изменения всех карт в отчёте PDF</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="61" />
            <source>Clear comparison</source>
            <translation>Сбросить сравнение</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="76" />
            <source>Compared with “{0}”:</source>
            <translation>Сравнение с «{0}»:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="77" />
            <source>added</source>
            <translation>добавлено</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="77" />
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="78" />
            <source>moved</source>
            <translation>перемещено</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="78" />
            <source>{0} removed</source>
            <translation>удалено: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="83" />
            <source>Removed ({0})</source>
            <translation>Удалённые ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="141" />
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="145" />
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="155" />
            <source>Compare with version</source>
            <translation>Сравнить с версией</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="142" />
            <source>No versions yet. Save one in File ▸ Versions…</source>
            <translation>Версий пока нет. Сохраните версию: Файл ▸ Версии…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="146" />
            <source>Mark what changed since:</source>
            <translation>Отметить изменения после:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="168" />
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="181" />
            <source>Save change report</source>
            <translation>Сохранить отчёт об изменениях</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="169" />
            <source>Changes since {0}.pdf</source>
            <translation>Изменения после {0}.pdf</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="169" />
            <source>PDF (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="199" />
            <source>(untitled)</source>
            <translation>(без названия)</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="41" />
            <source>Unexpected error</source>
            <translation>Непредвиденная ошибка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="51" />
            <source>Each change is saved in the file as you make it, and Map Studio tells you when one cannot be. You can keep working, but if something looks wrong, reopen the project.</source>
            <translation>Каждое изменение сохраняется в файл сразу, а если сохранить не удаётся, Map Studio сообщит об этом. Можно продолжать работу, но если что-то выглядит не так, откройте проект заново.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="71" />
            <source>Copy details</source>
            <translation>Копировать подробности</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="72" />
            <source>Copy the error report to the clipboard</source>
            <translation>Скопировать отчёт об ошибке в буфер обмена</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="74" />
            <source>Open log folder</source>
            <translation>Открыть папку журнала</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="75" />
            <source>Show the log file in the file manager</source>
            <translation>Показать файл журнала в файловом менеджере</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="93" />
            <source>Map Studio ran into a problem it did not expect: {0}</source>
            <translation>В Map Studio произошла непредвиденная ошибка: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="96" />
            <source>Map Studio ran into {0} unexpected problems; the latest: {1}</source>
            <translation>В Map Studio произошло непредвиденных ошибок: {0}; последняя: {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="102" />
            <source>Details were written to the log file: {0}</source>
            <translation>Подробности записаны в файл журнала: {0}</translation>
        </message>
    </context>
    <context>
        <name>DemoCopy</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="32" />
            <source>&lt;b&gt;Demo copy&lt;/b&gt; — a temporary copy of the demo: edit it freely; save it as your own project to keep your changes.</source>
            <translation>&lt;b&gt;Копия демо&lt;/b&gt; — временная копия демо: меняйте её как угодно; сохраните её как свой проект, чтобы изменения не пропали.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="35" />
            <source>&amp;Save as…</source>
            <translation>&amp;Сохранить как…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="36" />
            <source>Save the demo as a project</source>
            <translation>Сохранить демо как проект</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="37" />
            <source>Keep this copy of the demo, with your changes, as a project of your own</source>
            <translation>Сохранить эту копию демо с вашими изменениями как собственный проект</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="44" />
            <source>Demo copy</source>
            <translation>Копия демо</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="66" />
            <source>[demo copy]</source>
            <translation>[копия демо]</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="73" />
            <source>Save the demo as</source>
            <translation>Сохранить демо как</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="85" />
            <source>Saved the demo as {0}</source>
            <translation>Демо сохранено как {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="95" />
            <source>Keep your changes to the demo?</source>
            <translation>Сохранить изменения в демо?</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="96" />
            <source>This is a temporary copy of the demo. Save it as a project of your own to keep your changes; otherwise they are discarded.</source>
            <translation>Это временная копия демо. Сохраните её как собственный проект, чтобы сохранить изменения; иначе они будут отброшены.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="100" />
            <source>Save as…</source>
            <translation>Сохранить как…</translation>
        </message>
    </context>
    <context>
        <name>EvidenceEditor</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="69" />
            <source>Add source</source>
            <translation>Добавить источник</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="71" />
            <source>Where this card comes from: an interview, a survey, analytics, support tickets, an observation, or an assumption nobody has checked yet</source>
            <translation>Откуда взята эта карточка: интервью, опрос, аналитика, обращения в поддержку, наблюдение или предположение, которое ещё никто не проверил</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="91" />
            <source>Remove this source</source>
            <translation>Удалить этот источник</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="96" />
            <source>What: who, when, how many</source>
            <translation>Что: кто, когда, сколько</translation>
        </message>
    </context>
    <context>
        <name>EvidenceFilter</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="25" />
            <source>Show &amp;cards</source>
            <translation>Показать &amp;карточки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="28" />
            <source>&amp;All</source>
            <translation>&amp;Все</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="28" />
            <source>Only &amp;assumptions</source>
            <translation>Только &amp;предположения</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="29" />
            <source>Only &amp;validated</source>
            <translation>Только п&amp;одтверждённые</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="192" />
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="470" />
            <source>Export map</source>
            <translation>Экспорт карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="209" />
            <source>PDF (vector, print)</source>
            <translation>PDF (вектор, для печати)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="209" />
            <source>PNG image</source>
            <translation>Изображение PNG</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="210" />
            <source>SVG vector image</source>
            <translation>Векторное изображение SVG</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="210" />
            <source>CSV table</source>
            <translation>Таблица CSV</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="211" />
            <source>Mermaid journey</source>
            <translation>Путь в формате Mermaid</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="215" />
            <source>Fit to map</source>
            <translation>По размеру карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="216" />
            <source>Automatic (readable type)</source>
            <translation>Автоматически (читаемый текст)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="219" />
            <source>Automatic</source>
            <translation>Автоматически</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="219" />
            <source>Portrait</source>
            <translation>Книжная</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="220" />
            <source>Landscape</source>
            <translation>Альбомная</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="225" />
            <source>Fit</source>
            <translation>По размеру</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="226" />
            <source>Print as a poster on sheets of</source>
            <translation>Печатать плакатом на листах</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="233" />
            <source>Crop marks</source>
            <translation>Метки обреза</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="234" />
            <source>CMYK colours</source>
            <translation>Цвета CMYK</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="235" />
            <source>PDF/X-4 for print shops</source>
            <translation>PDF/X-4 для типографии</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="238" />
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="240" />
            <source>The language of the words the print adds: lane captions, badges, legend and footer</source>
            <translation>Язык слов, которые добавляет печать: подписи дорожек, метки, легенда и нижний колонтитул</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="242" />
            <source>Project's ({0})</source>
            <translation>Язык проекта ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="246" />
            <source>Add persona pages</source>
            <translation>Добавить страницы персон</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="247" />
            <source>Print review notes</source>
            <translation>Печатать заметки ревью</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="249" />
            <source>Open notes counted on their cards, and every note listed on a page after the map (PDF)</source>
            <translation>Число открытых заметок на карточках и все заметки на странице после карты (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="252" />
            <source>Extra line for the title block</source>
            <translation>Дополнительная строка штампа</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="257" />
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="258" />
            <source>Paper</source>
            <translation>Бумага</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="259" />
            <source>Orientation</source>
            <translation>Ориентация</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="260" />
            <source>Scale</source>
            <translation>Масштаб</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="262" />
            <source>Overlap</source>
            <translation>Перекрытие</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="263" />
            <source>Bleed</source>
            <translation>Вылет под обрез</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="267" />
            <source>Resolution</source>
            <translation>Разрешение</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="268" />
            <source>Print language</source>
            <translation>Язык печати</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="271" />
            <source>Add the maps it links to</source>
            <translation>Добавить связанные карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="273" />
            <source>The journeys this map's cards and stages drill into, each on its own pages after the map (PDF)</source>
            <translation>Пути, которые раскрывают карточки и этапы этой карты, каждый на своих страницах после карты (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="277" />
            <source>Title block</source>
            <translation>Штамп</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="283" />
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="313" />
            <source> mm</source>
            <translation> мм</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="413" />
            <source>A table or text file: no page to preview.</source>
            <translation>Таблица или текстовый файл: страницы для просмотра нет.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="493" />
            <source>Exporting “{0}”…</source>
            <translation>Экспорт «{0}»…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="494" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="535" />
            <source>Export failed</source>
            <translation>Не удалось экспортировать</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/find_bar.py" line="13" />
            <source>Find cards…</source>
            <translation>Найти карточки…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/find_bar.py" line="17" />
            <source>Close the find bar (Esc)</source>
            <translation>Закрыть панель поиска (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/find_bar.py" line="65" />
            <source>{0} found</source>
            <translation>Найдено: {0}</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="35" />
            <source>Review overdue</source>
            <translation>Пересмотр просрочен</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="36" />
            <source>No owner</source>
            <translation>Нет ответственного</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="37" />
            <source>Pain point without opportunity</source>
            <translation>Проблема без возможности</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="38" />
            <source>Opportunity without owner</source>
            <translation>Возможность без ответственного</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="39" />
            <source>Assumptions</source>
            <translation>Предположения</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="40" />
            <source>KPI without target</source>
            <translation>KPI без цели</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="41" />
            <source>Stale KPI</source>
            <translation>Устаревший KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="42" />
            <source>Stage without touchpoint</source>
            <translation>Этап без точки контакта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="43" />
            <source>Text cut in print</source>
            <translation>Текст обрезан при печати</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="49" />
            <source>Health</source>
            <translation>Состояние</translation>
        </message>
    </context>
    <context>
        <name>HealthDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="83" />
            <source>No map is open.</source>
            <translation>Карта не открыта.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="98" />
            <source>{0} findings on this map: advice to keep it true.</source>
            <translation>Замечаний по карте: {0}. Советы, как держать её актуальной.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="100" />
            <source>No findings: owned, reviewed, backed by evidence.</source>
            <translation>Замечаний нет: есть ответственный, карта пересмотрена и подтверждена данными.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="25" />
            <source>Reply {0}</source>
            <translation>Ответ {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="25" />
            <source>Add note {0}</source>
            <translation>Добавить заметку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="48" />
            <source>Resolve note {0}</source>
            <translation>Закрыть заметку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="48" />
            <source>Reopen note {0}</source>
            <translation>Снова открыть заметку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="50" />
            <source>Edit note {0}</source>
            <translation>Изменить заметку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="73" />
            <source>Delete note {0}</source>
            <translation>Удалить заметку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="91" />
            <source>Update KPI values</source>
            <translation>Обновить значения KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="22" />
            <source>(untitled)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>description</source>
            <translation>описание</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>colour</source>
            <translation>цвет</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>tags</source>
            <translation>теги</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>owner</source>
            <translation>ответственный</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>span</source>
            <translation>протяжённость</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>severity</source>
            <translation>серьёзность</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>impact</source>
            <translation>влияние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>effort</source>
            <translation>трудозатраты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>channel</source>
            <translation>канал</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>link</source>
            <translation>ссылка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>persona</source>
            <translation>персона</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>moment of truth</source>
            <translation>момент истины</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>picture</source>
            <translation>изображение</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>width</source>
            <translation>ширина</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>height</source>
            <translation>высота</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>kind</source>
            <translation>тип</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>line</source>
            <translation>линия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>goal</source>
            <translation>цель</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>evidence</source>
            <translation>источники</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>confidence</source>
            <translation>уверенность</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>linked map</source>
            <translation>связанная карта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>review date</source>
            <translation>дата пересмотра</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="44" />
            <source>Rename card {0}</source>
            <translation>Переименовать карточку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="45" />
            <source>Change {0} of {1}</source>
            <translation>Изменить {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="53" />
            <source>Move card {0}</source>
            <translation>Переместить карточку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="53" />
            <source>Move {0} cards</source>
            <translation>Переместить карточки ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="57" />
            <source>Delete card {0}</source>
            <translation>Удалить карточку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="57" />
            <source>Delete {0} cards</source>
            <translation>Удалить карточки ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="61" />
            <source>Cut card {0}</source>
            <translation>Вырезать карточку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="61" />
            <source>Cut {0} cards</source>
            <translation>Вырезать карточки ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="65" />
            <source>Add card {0}</source>
            <translation>Добавить карточку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="70" />
            <source>Add stage {0}</source>
            <translation>Добавить этап {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="70" />
            <source>Remove stage {0}</source>
            <translation>Удалить этап {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="71" />
            <source>Move stage {0}</source>
            <translation>Переместить этап {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="76" />
            <source>Add lane {0}</source>
            <translation>Добавить дорожку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="76" />
            <source>Remove lane {0}</source>
            <translation>Удалить дорожку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="77" />
            <source>Move lane {0}</source>
            <translation>Переместить дорожку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="86" />
            <source>Rename stage {0}</source>
            <translation>Переименовать этап {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="86" />
            <source>Rename lane {0}</source>
            <translation>Переименовать дорожку {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="89" />
            <source>Resize stage {0}</source>
            <translation>Изменить ширину этапа {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="90" />
            <source>Change {0} of stage {1}</source>
            <translation>Изменить {0} этапа {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="90" />
            <source>Change {0} of lane {1}</source>
            <translation>Изменить {0} дорожки {1}</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="77" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="343" />
            <source>Inspector</source>
            <translation>Свойства</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="88" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="433" />
            <source>Select a card, a stage or a lane to edit it.</source>
            <translation>Выберите карточку, этап или дорожку, чтобы изменить их.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="153" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="215" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="167" />
            <source>default</source>
            <translation>по умолчанию</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="170" />
            <source>Pick a colour</source>
            <translation>Выбрать цвет</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="182" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="195" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="267" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="356" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="386" />
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="196" />
            <source>“{0}” is not a colour: use #rrggbb, e.g. #2563eb, or leave it empty for the default.</source>
            <translation>«{0}» — не цвет: укажите #rrggbb, например #2563eb, или оставьте поле пустым для цвета по умолчанию.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="244" />
            <source>Card</source>
            <translation>Карточка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="245" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="376" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="409" />
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="247" />
            <source>Body</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="248" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="259" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="251" />
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="253" />
            <source>Owner / department</source>
            <translation>Ответственный / отдел</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="255" />
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="258" />
            <source>comma, separated</source>
            <translation>через запятую</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="260" />
            <source>Persona</source>
            <translation>Персона</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="264" />
            <source>Link</source>
            <translation>Ссылка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="275" />
            <source>Spans stages</source>
            <translation>Охватывает этапов</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="277" />
            <source>Moment of truth</source>
            <translation>Момент истины</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="278" />
            <source>Highlight this card as a moment that makes or breaks the journey</source>
            <translation>Отметить карточку как момент, от которого зависит весь путь клиента</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="294" />
            <source>Rating</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="295" />
            <source>Severity</source>
            <translation>Серьёзность</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="297" />
            <source>Impact</source>
            <translation>Влияние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="299" />
            <source>Effort</source>
            <translation>Трудозатраты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="305" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="306" />
            <source>KPI name</source>
            <translation>Название KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="308" />
            <source>KPI value</source>
            <translation>Значение KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="310" />
            <source>KPI target</source>
            <translation>Цель KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="312" />
            <source>KPI unit</source>
            <translation>Единица KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="314" />
            <source>Metric key</source>
            <translation>Ключ метрики</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="316" />
            <source>The key this KPI has in your data: Map ▸ Update metrics… adds its dated values from a CSV file</source>
            <translation>Ключ этого KPI в ваших данных: Карта ▸ Обновить метрики… добавляет его значения с датами из файла CSV</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="318" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="321" />
            <source>lower</source>
            <translation>ниже</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="319" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="321" />
            <source>higher</source>
            <translation>выше</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="320" />
            <source>automatic ({0})</source>
            <translation>автоматически ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="322" />
            <source>Better when</source>
            <translation>Лучше, когда</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="325" />
            <source>Whether the KPI improves as it goes up or down; automatic reads it from the name and unit</source>
            <translation>Улучшается ли KPI при росте или при снижении; в автоматическом режиме это определяется по названию и единице</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="350" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="351" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="352" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="354" />
            <source>Phase</source>
            <translation>Фаза</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="362" />
            <source>Width</source>
            <translation>Ширина</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="364" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="375" />
            <source>Lane</source>
            <translation>Дорожка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Touchpoints</source>
            <translation>Точки контакта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Actions</source>
            <translation>Действия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Thoughts</source>
            <translation>Мысли</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Emotions</source>
            <translation>Эмоции</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Pain points</source>
            <translation>Болевые точки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Opportunities</source>
            <translation>Возможности</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Channels</source>
            <translation>Каналы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Backstage</source>
            <translation>Закулисье</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Systems</source>
            <translation>Системы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Storyboard</source>
            <translation>Раскадровка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Owners</source>
            <translation>Ответственные</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="378" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="380" />
            <source>None</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="381" />
            <source>Line of interaction</source>
            <translation>Линия взаимодействия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="382" />
            <source>Line of visibility</source>
            <translation>Линия видимости</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="383" />
            <source>Line of internal interaction</source>
            <translation>Линия внутреннего взаимодействия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="384" />
            <source>Line below</source>
            <translation>Линия под дорожкой</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="390" />
            <source>auto (grows with cards)</source>
            <translation>авто (растёт вместе с карточками)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="392" />
            <source>A minimum height; the lane still grows to fit its cards</source>
            <translation>Минимальная высота; дорожка всё равно растёт, чтобы вместить карточки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="395" />
            <source>Height</source>
            <translation>Высота</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="402" />
            <source>Map</source>
            <translation>Карта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="410" />
            <source>Goal / scope</source>
            <translation>Цель / охват</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Current state</source>
            <translation>Текущее состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Future state</source>
            <translation>Целевое состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Day in the life</source>
            <translation>День из жизни</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Service blueprint</source>
            <translation>Сервисный блупринт</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="412" />
            <source>Map type</source>
            <translation>Тип карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="422" />
            <source>Change…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="423" />
            <source>Change the emotion scale; existing scores are rescaled</source>
            <translation>Изменить шкалу эмоций; имеющиеся оценки будут пересчитаны</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="427" />
            <source>Emotion scale</source>
            <translation>Шкала эмоций</translation>
        </message>
    </context>
    <context>
        <name>JourneyFeatures</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="38" />
            <source>&amp;Map</source>
            <translation>&amp;Карта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="42" />
            <source>Emotion &amp;scale…</source>
            <translation>&amp;Шкала эмоций…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="43" />
            <source>Create &amp;future state from this map</source>
            <translation>Создать &amp;целевое состояние из этой карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="45" />
            <source>Go to &amp;counterpart map</source>
            <translation>Перейти к &amp;парной карте</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="47" />
            <source>&amp;Walkthrough</source>
            <translation>&amp;Пошаговый показ</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="59" />
            <source>Map header</source>
            <translation>Заголовок карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="148" />
            <source>current state</source>
            <translation>текущее состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="150" />
            <source>{0} — future state</source>
            <translation>{0} — целевое состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="205" />
            <source>Emotion point</source>
            <translation>Точка эмоции</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="205" />
            <source>Label:</source>
            <translation>Подпись:</translation>
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
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Touchpoints</source>
            <translation>Точки контакта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Actions</source>
            <translation>Действия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Thoughts</source>
            <translation>Мысли</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Emotions</source>
            <translation>Эмоции</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Pain points</source>
            <translation>Болевые точки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Opportunities</source>
            <translation>Возможности</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Channels</source>
            <translation>Каналы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Backstage</source>
            <translation>Закулисье</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Systems</source>
            <translation>Системы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Storyboard</source>
            <translation>Раскадровка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Owners</source>
            <translation>Ответственные</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Current state</source>
            <translation>Текущее состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Future state</source>
            <translation>Целевое состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Day in the life</source>
            <translation>День из жизни</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Service blueprint</source>
            <translation>Сервисный блупринт</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Line of interaction</source>
            <translation>Линия взаимодействия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Line of visibility</source>
            <translation>Линия видимости</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Line of internal interaction</source>
            <translation>Линия внутреннего взаимодействия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Personas: {0}</source>
            <translation>Персоны: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} (to-be)</source>
            <translation>{0} (целевое)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Severity {0}</source>
            <translation>Серьёзность {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Impact {0}</source>
            <translation>Влияние {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Effort {0}</source>
            <translation>Трудозатраты {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} / target {1}</source>
            <translation>{0} / цель {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Moment of truth</source>
            <translation>Момент истины</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} findings</source>
            <translation>замечаний: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>KPIs {0}/{1} on target</source>
            <translation>KPI {0}/{1} в цели</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Owner: {0}</source>
            <translation>Владелец: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Review by {0}</source>
            <translation>Пересмотреть до {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Review overdue since {0}</source>
            <translation>Пересмотр просрочен с {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Review notes — {0}</source>
            <translation>Заметки ревью — {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Card “{0}”</source>
            <translation>Карточка «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Stage “{0}”</source>
            <translation>Этап «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>resolved</source>
            <translation>закрыта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Validated</source>
            <translation>Подтверждено</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Some evidence</source>
            <translation>Есть данные</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Assumption</source>
            <translation>Предположение</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Page {0} of {1}</source>
            <translation>Страница {0} из {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Version {0}</source>
            <translation>Версия {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Map {0} of {1}</source>
            <translation>Карта {0} из {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Emotion {0} … {1}</source>
            <translation>Эмоции {0} … {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} {1} {2}</source>
            <translation>{0} {1} {2} г.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>January February March April May June July August September October November December</source>
            <translation>января февраля марта апреля мая июня июля августа сентября октября ноября декабря</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} years</source>
            <translation>Возраст: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>About</source>
            <translation>О персоне</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Goals</source>
            <translation>Цели</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Frustrations</source>
            <translation>Раздражители</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Motivations</source>
            <translation>Мотивы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Market size</source>
            <translation>Размер рынка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Technology</source>
            <translation>Технологии</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Assembly overview</source>
            <translation>Схема сборки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} — {1} sheets of {2} {3} ({4} rows × {5} columns), poster {6} × {7} mm, overlap {8} mm</source>
            <translation>{0} — листов {2}, ориентация {3}: {1} (рядов × столбцов: {4} × {5}), плакат {6} × {7} мм, перекрытие {8} мм</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>landscape</source>
            <translation>альбомная</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>portrait</source>
            <translation>книжная</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Trim each sheet along its crop marks on the left and top edges (not on the first column or row), lay it over its neighbour's overlap strip and align the registration marks.</source>
            <translation>Обрежьте каждый лист по меткам обреза на левом и верхнем краях (кроме первого столбца и первого ряда), наложите его на полосу перекрытия соседнего листа и совместите приводочные метки.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Row {0} · Column {1}</source>
            <translation>Ряд {0} · Столбец {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>page {0}</source>
            <translation>стр. {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>overlap {0} mm</source>
            <translation>перекрытие {0} мм</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Web</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Mobile app</source>
            <translation>Мобильное приложение</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Email</source>
            <translation>Электронная почта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Store</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Social</source>
            <translation>Соцсети</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Ads</source>
            <translation>Реклама</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Mail</source>
            <translation>Почта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Kiosk</source>
            <translation>Киоск</translation>
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
            <translation>Видео</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>In person</source>
            <translation>Лично</translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="25" />
            <source>Linked maps</source>
            <translation>Связанные карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="37" />
            <source>◀ Back</source>
            <translation>◀ Назад</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="38" />
            <source>Back to the map this link was followed from</source>
            <translation>Вернуться к карте, с которой вы перешли по связи</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="117" />
            <location filename="../../src/mapstudio/ui/window/links.py" line="120" />
            <location filename="../../src/mapstudio/ui/window/links.py" line="138" />
            <source>(no link)</source>
            <translation>(без связи)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="122" />
            <source>Link to map</source>
            <translation>Связать с картой</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="123" />
            <source>Double-clicking this card opens:</source>
            <translation>Двойной щелчок по карточке открывает:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="124" />
            <source>Double-clicking this stage's header opens:</source>
            <translation>Двойной щелчок по заголовку этапа открывает:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="140" />
            <source>Drills into</source>
            <translation>Раскрывается в</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="142" />
            <source>A map of this project that details this one: double-click opens it, and its findings and KPIs show on the card</source>
            <translation>Карта этого проекта, раскрывающая эту: двойной щелчок открывает её, а её замечания и KPI видны на карточке</translation>
        </message>
    </context>
    <context>
        <name>LivingFeatures</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="29" />
            <source>Compare with &amp;version…</source>
            <translation>Сравнить с &amp;версией…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="30" />
            <source>C&amp;lear comparison</source>
            <translation>С&amp;бросить сравнение</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="35" />
            <source>Update &amp;metrics…</source>
            <translation>Обновить &amp;метрики…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="38" />
            <source>&amp;Link to map…</source>
            <translation>&amp;Связать с картой…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="39" />
            <source>&amp;Back to the linking map</source>
            <translation>&amp;Назад к исходной карте</translation>
        </message>
    </context>
    <context>
        <name>LivingInspector</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="45" />
            <source>Interview</source>
            <translation>Интервью</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="45" />
            <source>Survey</source>
            <translation>Опрос</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="46" />
            <source>Analytics</source>
            <translation>Аналитика</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="47" />
            <source>Support tickets</source>
            <translation>Обращения в поддержку</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="48" />
            <source>Observation</source>
            <translation>Наблюдение</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="49" />
            <source>Assumption</source>
            <translation>Предположение</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="130" />
            <source>(not judged)</source>
            <translation>(не оценено)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="130" />
            <source>Assumed</source>
            <translation>Предположительно</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="131" />
            <source>Some evidence</source>
            <translation>Есть данные</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="132" />
            <source>Validated</source>
            <translation>Подтверждено</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="264" />
            <source>Evidence</source>
            <translation>Источники</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="266" />
            <source>Confidence</source>
            <translation>Уверенность</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="278" />
            <source>Review notes</source>
            <translation>Заметки ревью</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="287" />
            <source>Ownership</source>
            <translation>Ответственность</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="288" />
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="290" />
            <source>e.g. CX lead</source>
            <translation>например, руководитель CX</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="296" />
            <source>(no review date)</source>
            <translation>(без даты пересмотра)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="306" />
            <source>Review by</source>
            <translation>Пересмотреть до</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="309" />
            <source>This map is past its review date.</source>
            <translation>Срок пересмотра этой карты прошёл.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="69" />
            <source>Show or hide the {0} panel</source>
            <translation>Показать или скрыть панель «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="93" />
            <source>&amp;New project…</source>
            <translation>&amp;Новый проект…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="94" />
            <source>Create a project with one blank map</source>
            <translation>Создать проект с одной пустой картой</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="95" />
            <source>New from &amp;template…</source>
            <translation>Новый из &amp;шаблона…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="96" />
            <source>Start a project or a map from a template</source>
            <translation>Начать проект или карту с шаблона</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="98" />
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="99" />
            <source>Open a project file</source>
            <translation>Открыть файл проекта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="100" />
            <source>Open &amp;demo</source>
            <translation>Открыть &amp;демо</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="101" />
            <source>Open a fresh copy of the demo project</source>
            <translation>Открыть свежую копию демонстрационного проекта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="102" />
            <source>Save a &amp;copy…</source>
            <translation>Сохранить &amp;копию…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="103" />
            <source>Save a copy of the project under another name</source>
            <translation>Сохранить копию проекта под другим именем</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="104" />
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="105" />
            <source>Export the map as PDF, image, CSV or Mermaid</source>
            <translation>Экспортировать карту в PDF, изображение, CSV или Mermaid</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="106" />
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="107" />
            <source>Import maps from JSON, CSV, Mermaid or EMS YAML</source>
            <translation>Импортировать карты из JSON, CSV, Mermaid или EMS YAML</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="108" />
            <source>&amp;Versions…</source>
            <translation>&amp;Версии…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="109" />
            <source>Save, compare and restore named versions of the project</source>
            <translation>Сохранять, сравнивать и восстанавливать именованные версии проекта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="110" />
            <source>Project &amp;settings…</source>
            <translation>&amp;Настройки проекта…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="111" />
            <source>Project title, description and branding for print</source>
            <translation>Название, описание и брендинг проекта для печати</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="112" />
            <source>&amp;Close project</source>
            <translation>&amp;Закрыть проект</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="113" />
            <source>Close the project and return to the start screen</source>
            <translation>Закрыть проект и вернуться на начальный экран</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="114" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="114" />
            <source>Quit Map Studio</source>
            <translation>Выйти из Map Studio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="116" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="119" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="122" />
            <source>Undo the last change</source>
            <translation>Отменить последнее изменение</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="123" />
            <source>Redo the change you undid</source>
            <translation>Вернуть отменённое изменение</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="125" />
            <source>&amp;History</source>
            <translation>&amp;История</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="127" />
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="128" />
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="129" />
            <source>&amp;Paste</source>
            <translation>Вст&amp;авить</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="130" />
            <source>&amp;Duplicate</source>
            <translation>&amp;Дублировать</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="131" />
            <source>De&amp;lete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="133" />
            <source>Select &amp;all</source>
            <translation>Выделить вс&amp;ё</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="135" />
            <source>&amp;Find cards…</source>
            <translation>&amp;Найти карточки…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="136" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Увеличить</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="138" />
            <source>Zoom &amp;out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="140" />
            <source>&amp;Fit map</source>
            <translation>&amp;Вписать карту</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="141" />
            <source>&amp;Actual size (100 %)</source>
            <translation>&amp;Реальный размер (100 %)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="142" />
            <source>Add &amp;stage</source>
            <translation>Добавить &amp;этап</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="144" />
            <source>Add &amp;lane</source>
            <translation>Добавить &amp;дорожку</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="145" />
            <source>New &amp;map</source>
            <translation>Новая &amp;карта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="146" />
            <source>Duplicate m&amp;ap</source>
            <translation>Дублировать к&amp;арту</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="147" />
            <source>Save map as &amp;template…</source>
            <translation>Сохранить карту как &amp;шаблон…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="148" />
            <source>Keep this map in My templates to start new maps from it</source>
            <translation>Сохранить карту в «Моих шаблонах», чтобы создавать на её основе новые карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="149" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="151" />
            <source>Language, theme, defaults for new maps and printing, backups</source>
            <translation>Язык, тема, значения по умолчанию для новых карт и печати, резервные копии</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="153" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="155" />
            <source>All keyboard shortcuts at a glance</source>
            <translation>Все сочетания клавиш в одном окне</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="156" />
            <source>&amp;About Map Studio</source>
            <translation>&amp;О программе Map Studio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="157" />
            <source>Version and licences</source>
            <translation>Версия и лицензии</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="162" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="166" />
            <source>Open &amp;recent</source>
            <translation>Н&amp;едавние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="175" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="180" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="188" />
            <source>&amp;Map</source>
            <translation>&amp;Карта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="192" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="198" />
            <source>Main toolbar</source>
            <translation>Основная панель инструментов</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="235" />
            <source>Saved “{0}” in My templates</source>
            <translation>«{0}» сохранён в «Моих шаблонах»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="257" />
            <source>New lane</source>
            <translation>Новая дорожка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="264" />
            <location filename="../../src/mapstudio/ui/window/actions.py" line="269" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="264" />
            <source>Export is not available.</source>
            <translation>Экспорт недоступен.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="280" />
            <location filename="../../src/mapstudio/ui/window/actions.py" line="297" />
            <source>New from template</source>
            <translation>Новый из шаблона</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="281" />
            <source>The template gallery is not available.</source>
            <translation>Галерея шаблонов недоступна.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="293" />
            <source>Add map from template</source>
            <translation>Добавить карту из шаблона</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="295" />
            <source>New project from template</source>
            <translation>Новый проект из шаблона</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="94" />
            <source>Read-only: changes are not saved</source>
            <translation>Только чтение: изменения не сохраняются</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="150" />
            <source>Damaged map</source>
            <translation>Повреждённая карта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="150" />
            <source>{0}

The other maps of this project can still be opened and edited; `mapstudio check` lists what is wrong.</source>
            <translation>{0}

Остальные карты проекта по-прежнему можно открывать и редактировать; `mapstudio check` покажет, что не так.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="156" />
            <source>The last change was not saved.</source>
            <translation>Последнее изменение не сохранено.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="157" />
            <source>Change not saved</source>
            <translation>Изменение не сохранено</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="168" />
            <source>Open demo</source>
            <translation>Открыть демо</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="174" />
            <source>Opening {0}…</source>
            <translation>Открытие {0}…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="174" />
            <source>Opening the demo…</source>
            <translation>Открытие демо…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="219" />
            <source>Journey map</source>
            <translation>Карта пути клиента</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="220" />
            <source>The map: stages in columns, lanes in rows, cards in their cells</source>
            <translation>Карта: этапы в столбцах, дорожки в строках, карточки в ячейках</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="299" />
            <source>[read-only]</source>
            <translation>[только чтение]</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="330" />
            <source>{0} cards selected</source>
            <translation>Выбрано карточек: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="365" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="366" />
            <source>Dialogs opened from now on use the new language; menus and panels change after Map Studio is restarted.</source>
            <translation>Новые окна диалогов уже открываются на выбранном языке; меню и панели сменят язык после перезапуска Map Studio.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="58" />
            <source>Open project</source>
            <translation>Открыть проект</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="59" />
            <source>Map Studio projects (*.mapstudio)</source>
            <translation>Проекты Map Studio (*.mapstudio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="70" />
            <source>Untitled</source>
            <translation>Без названия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="91" />
            <source>Untitled.mapstudio</source>
            <translation>Без названия.mapstudio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="92" />
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="107" />
            <source>New project</source>
            <translation>Новый проект</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="123" />
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="130" />
            <source>Save a copy</source>
            <translation>Сохранить копию</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="128" />
            <source>Saved a copy to {0}</source>
            <translation>Копия сохранена: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_panels.py" line="32" />
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_panels.py" line="35" />
            <source>Opened project</source>
            <translation>Проект открыт</translation>
        </message>
    </context>
    <context>
        <name>MapAccessibility</name>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="22" />
            <location filename="../../src/mapstudio/canvas/accessible.py" line="32" />
            <source>Validated.</source>
            <translation>Подтверждено.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="23" />
            <location filename="../../src/mapstudio/canvas/accessible.py" line="32" />
            <source>Some evidence.</source>
            <translation>Есть данные.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="24" />
            <location filename="../../src/mapstudio/canvas/accessible.py" line="32" />
            <source>An assumption.</source>
            <translation>Предположение.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="35" />
            <source>Open review notes: {0}.</source>
            <translation>Открытых заметок ревью: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="81" />
            <source>Stage {0} of {1}</source>
            <translation>Этап {0} из {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="86" />
            <source>Lane {0} of {1}</source>
            <translation>Дорожка {0} из {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="92" />
            <source>Untitled card</source>
            <translation>Карточка без названия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="94" />
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="145" />
            <source>Journey map</source>
            <translation>Карта пути клиента</translation>
        </message>
    </context>
    <context>
        <name>MapHeaderBar</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="114" />
            <source>No persona on this map</source>
            <translation>На этой карте нет персон</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="118" />
            <source>Personas</source>
            <translation>Персоны</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="122" />
            <source>Assign or remove personas on this map</source>
            <translation>Добавить или убрать персоны этой карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Current state</source>
            <translation>Текущее состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Future state</source>
            <translation>Целевое состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Day in the life</source>
            <translation>День из жизни</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Service blueprint</source>
            <translation>Сервисный блупринт</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="238" />
            <source>Switch to future state</source>
            <translation>Перейти к целевому состоянию</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="240" />
            <source>Switch to current state</source>
            <translation>Перейти к текущему состоянию</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="241" />
            <source>Show the linked map “{0}” (Ctrl+Shift+G)</source>
            <translation>Показать связанную карту «{0}» (Ctrl+Shift+G)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="246" />
            <source>Create future state</source>
            <translation>Создать целевое состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="247" />
            <source>Copy this map as its future state and link the two</source>
            <translation>Скопировать карту как её целевое состояние и связать их</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="268" />
            <source>The project has no personas yet</source>
            <translation>В проекте пока нет персон</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="280" />
            <source>New persona…</source>
            <translation>Новая персона…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="281" />
            <source>Show the persona library</source>
            <translation>Показать библиотеку персон</translation>
        </message>
    </context>
    <context>
        <name>MapsDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="35" />
            <source>Maps</source>
            <translation>Карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="45" />
            <source>Add a new map</source>
            <translation>Добавить новую карту</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="46" />
            <source>Duplicate the selected map</source>
            <translation>Дублировать выбранную карту</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="47" />
            <source>Rename the selected map</source>
            <translation>Переименовать выбранную карту</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="48" />
            <source>Move the map up</source>
            <translation>Переместить карту вверх</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="49" />
            <source>Move the map down</source>
            <translation>Переместить карту вниз</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="50" />
            <source>Delete the selected map</source>
            <translation>Удалить выбранную карту</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Current state</source>
            <translation>Текущее состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Future state</source>
            <translation>Целевое состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Day in the life</source>
            <translation>День из жизни</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Service blueprint</source>
            <translation>Сервисный блупринт</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="111" />
            <source>New journey map</source>
            <translation>Новая карта пути клиента</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="128" />
            <source>Rename map</source>
            <translation>Переименовать карту</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="128" />
            <source>Title:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="158" />
            <source>Delete map</source>
            <translation>Удалить карту</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="159" />
            <source>Delete the map “{0}”? You can undo this.</source>
            <translation>Удалить карту «{0}»? Это действие можно отменить.</translation>
        </message>
    </context>
    <context>
        <name>MetricsUpdate</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="30" />
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="39" />
            <source>Update metrics</source>
            <translation>Обновить метрики</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="31" />
            <source>Metric data (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Данные метрик (*.csv *.tsv *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="43" />
            <source>Nothing was changed. {0}: {1}</source>
            <translation>Ничего не изменено. {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="48" />
            <source>Update metrics from “{0}”</source>
            <translation>Обновить метрики из «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="50" />
            <source>{0} values from {1} rows went into {2} KPI cards (keys: {3}). Edit ▸ Undo takes them out again.</source>
            <translation>Значений: {0} из строк: {1} добавлено в карточки KPI: {2} (ключи: {3}). Правка ▸ Отменить уберёт их.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="153" />
            <source>Write a review note…</source>
            <translation>Напишите заметку ревью…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="156" />
            <source>Add note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="169" />
            <source> · resolved</source>
            <translation> · закрыта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="185" />
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="196" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="190" />
            <source>Reopen</source>
            <translation>Открыть снова</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="190" />
            <source>Resolve</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="194" />
            <source>Reply</source>
            <translation>Ответить</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="216" />
            <source>Write a reply…</source>
            <translation>Напишите ответ…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="219" />
            <source>Send reply</source>
            <translation>Отправить ответ</translation>
        </message>
    </context>
    <context>
        <name>PagePreview</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="172" />
            <source>{paper} {orientation} · map at {scale:.0%}</source>
            <translation>{paper}, {orientation} · масштаб карты {scale:.0%}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="181" />
            <source> · {n} sheets of {paper} ({rows} × {cols})</source>
            <translation> · листов {paper}: {n} ({rows} × {cols})</translation>
        </message>
    </context>
    <context>
        <name>PaletteDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="94" />
            <source>Palette</source>
            <translation>Палитра</translation>
        </message>
    </context>
    <context>
        <name>PaletteList</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="44" />
            <source>Card palette</source>
            <translation>Палитра карточек</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="45" />
            <source>Card kinds: drag one onto a cell of the map to add a card of that kind</source>
            <translation>Типы карточек: перетащите тип в ячейку карты, чтобы добавить карточку этого типа</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="51" />
            <source>Drag onto a cell of the map to add a {0} card</source>
            <translation>Перетащите в ячейку карты, чтобы добавить карточку «{0}»</translation>
        </message>
    </context>
    <context>
        <name>PersonaChip</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="82" />
            <source>Open persona {0}</source>
            <translation>Открыть персону {0}</translation>
        </message>
    </context>
    <context>
        <name>PersonaDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="60" />
            <source>Persona — {0}</source>
            <translation>Персона — {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="66" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="66" />
            <source>Role / occupation</source>
            <translation>Роль / профессия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="67" />
            <source>Age</source>
            <translation>Возраст</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="67" />
            <source>Location</source>
            <translation>Местоположение</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="68" />
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="68" />
            <source>Market size</source>
            <translation>Размер рынка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="69" />
            <source>Technology</source>
            <translation>Технологии</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="73" />
            <source>Bio</source>
            <translation>Биография</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="73" />
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="79" />
            <source>Goals</source>
            <translation>Цели</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="79" />
            <source>Frustrations</source>
            <translation>Раздражители</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="80" />
            <source>Motivations</source>
            <translation>Мотивы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="80" />
            <source>Channels</source>
            <translation>Каналы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="83" />
            <source>One per line</source>
            <translation>По одному на строку</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="84" />
            <source>One entry per line</source>
            <translation>Одна запись на строку</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="90" />
            <source>Choose photo…</source>
            <translation>Выбрать фото…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="92" />
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="120" />
            <source>Drop a photo
here</source>
            <translation>Перетащите
фото сюда</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="126" />
            <source>Persona colour</source>
            <translation>Цвет персоны</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="133" />
            <source>Choose photo</source>
            <translation>Выбор фото</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="134" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
            <translation>Изображения (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="143" />
            <source>Photo</source>
            <translation>Фото</translation>
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
            <translation>Персоны</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="43" />
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="105" />
            <source>New persona</source>
            <translation>Новая персона</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="44" />
            <source>Edit the selected persona</source>
            <translation>Изменить выбранную персону</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="45" />
            <source>Delete the selected persona</source>
            <translation>Удалить выбранную персону</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="46" />
            <source>Import personas from another project</source>
            <translation>Импортировать персоны из другого проекта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="149" />
            <source>Delete persona</source>
            <translation>Удалить персону</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="150" />
            <source>Delete “{0}” from the project? Maps lose its emotion curve. You can undo this.</source>
            <translation>Удалить «{0}» из проекта? Карты потеряют её кривую эмоций. Это действие можно отменить.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="160" />
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="178" />
            <source>Import personas</source>
            <translation>Импорт персон</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="161" />
            <source>Map Studio projects (*.mapstudio)</source>
            <translation>Проекты Map Studio (*.mapstudio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="169" />
            <source>These personas are already in this project</source>
            <translation>Эти персоны уже есть в проекте</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="193" />
            <source>Imported {0} personas from {1}</source>
            <translation>Импортировано персон из {1}: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="195" />
            <source>No new personas in {0}</source>
            <translation>В {0} нет новых персон</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="46" />
            <source>Preferences</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="49" />
            <source>General</source>
            <translation>Общие</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="50" />
            <source>Maps and printing</source>
            <translation>Карты и печать</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="51" />
            <source>Canvas</source>
            <translation>Холст</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="52" />
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="69" />
            <source>System language</source>
            <translation>Язык системы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="72" />
            <source>The language of menus and dialogs</source>
            <translation>Язык меню и диалогов</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="74" />
            <source>Follow the system</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="75" />
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="75" />
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="76" />
            <source>High contrast</source>
            <translation>Высокий контраст</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="78" />
            <source>Light, dark or high-contrast windows; maps always print on white</source>
            <translation>Светлые, тёмные или высококонтрастные окна; карты всегда печатаются на белом</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="80" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="81" />
            <source>&amp;Theme:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="83" />
            <source>The name your review notes are signed with</source>
            <translation>Имя, которым подписаны ваши заметки ревью</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="84" />
            <source>&amp;Your name in review notes:</source>
            <translation>&amp;Ваше имя в заметках:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="85" />
            <source>Some texts change language only after a restart.</source>
            <translation>Некоторые надписи сменят язык только после перезапуска.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="103" />
            <source>from</source>
            <translation>от</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="105" />
            <source>to</source>
            <translation>до</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="110" />
            <source>Fit to the map</source>
            <translation>По размеру карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="111" />
            <source>Automatic (readable type)</source>
            <translation>Автоматически (читаемый текст)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="115" />
            <source>No tiling (one sheet)</source>
            <translation>Без разбиения (один лист)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="116" />
            <source>Print large maps as a poster of several sheets</source>
            <translation>Печатать большие карты плакатом из нескольких листов</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="119" />
            <source> mm</source>
            <translation> мм</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="121" />
            <source>How much neighbouring sheets overlap for gluing</source>
            <translation>Насколько соседние листы перекрываются для склейки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="122" />
            <source>Default emotion scale:</source>
            <translation>Шкала эмоций по умолчанию:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="123" />
            <source>Default &amp;paper:</source>
            <translation>&amp;Бумага по умолчанию:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="124" />
            <source>Poster &amp;tiling:</source>
            <translation>&amp;Разбиение на плакат:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="125" />
            <source>Tile &amp;overlap:</source>
            <translation>&amp;Перекрытие листов:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="131" />
            <source>Show the &amp;grid</source>
            <translation>Показывать &amp;сетку</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="132" />
            <source>&amp;Snap to the grid while dragging</source>
            <translation>&amp;Привязка к сетке при перетаскивании</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="135" />
            <source> pt</source>
            <translation> пт</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="138" />
            <source>Grid si&amp;ze:</source>
            <translation>&amp;Шаг сетки:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="139" />
            <source>The mouse &amp;wheel zooms (instead of scrolling)</source>
            <translation>&amp;Колесо мыши масштабирует (вместо прокрутки)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="140" />
            <source>For a mouse without a trackpad. Ctrl+wheel zooms either way; two-finger scrolling on a trackpad always moves the map.</source>
            <translation>Для мыши без тачпада. Ctrl+колесо масштабирует в любом случае; прокрутка двумя пальцами на тачпаде всегда двигает карту.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="149" />
            <source>&amp;Keep backups of open projects</source>
            <translation>&amp;Хранить резервные копии открытых проектов</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="152" />
            <source>Leave empty for the default folder</source>
            <translation>Оставьте пустым для папки по умолчанию</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="153" />
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="155" />
            <source>S&amp;how</source>
            <translation>&amp;Показать</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="156" />
            <source>Open the backup folder in the file manager</source>
            <translation>Открыть папку резервных копий в файловом менеджере</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="164" />
            <source>Older versions are deleted</source>
            <translation>Более старые версии удаляются</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="167" />
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="169" />
            <source>Backup folder:</source>
            <translation>Папка резервных копий:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="170" />
            <source>Versions to &amp;keep per project:</source>
            <translation>&amp;Версий на проект:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="171" />
            <source>Back up &amp;every:</source>
            <translation>Копировать &amp;каждые:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="172" />
            <source>Projects are saved as you edit; backups let you go back to an earlier version of a file.</source>
            <translation>Проекты сохраняются по ходу работы; резервные копии позволяют вернуться к более ранней версии файла.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="181" />
            <source>Backup folder</source>
            <translation>Папка резервных копий</translation>
        </message>
    </context>
    <context>
        <name>PreflightPanel</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="19" />
            <source>Preflight</source>
            <translation>Предпечатная проверка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="43" />
            <source>Nothing to check for this format.</source>
            <translation>Для этого формата проверять нечего.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="45" />
            <source>Smallest printed text: {size:.1f} pt.</source>
            <translation>Самый мелкий печатный текст: {size:.1f} пт.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="47" />
            <source>{n} finding(s); the cards concerned are outlined in the preview.</source>
            <translation>Замечаний: {n}; карточки, к которым они относятся, обведены в предпросмотре.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="50" />
            <source>Nothing to report: the print is ready.</source>
            <translation>Замечаний нет: печать готова.</translation>
        </message>
    </context>
    <context>
        <name>ProjectFiles</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="42" />
            <source>{0} already exists.

Replace it with the new project? Everything in the existing file will be lost.</source>
            <translation>{0} уже существует.

Заменить его новым проектом? Всё содержимое существующего файла будет потеряно.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="55" />
            <source>Map Studio projects (*.mapstudio)</source>
            <translation>Проекты Map Studio (*.mapstudio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="61" />
            <source>{0} is a folder.</source>
            <translation>{0} — это папка.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="72" />
            <source>Open project</source>
            <translation>Открыть проект</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="77" />
            <source>{0} is already open in another Map Studio window. Only one window at a time can change a project.</source>
            <translation>{0} уже открыт в другом окне Map Studio. Изменять проект может только одно окно одновременно.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="82" />
            <source>{0} cannot be changed here: the file or its disk is read-only.</source>
            <translation>{0} нельзя изменить: файл или его диск доступен только для чтения.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="90" />
            <source>Cannot open file</source>
            <translation>Не удаётся открыть файл</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="99" />
            <source>Open read-only</source>
            <translation>Открыть только для чтения</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="100" />
            <source>Open a copy…</source>
            <translation>Открыть копию…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="109" />
            <source>Open a copy</source>
            <translation>Открыть копию</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="128" />
            <source>Map Studio stopped while saving a change to {0}, and that unfinished change cannot be applied safely.

The file and its journal were left exactly as they are.</source>
            <translation>Map Studio остановилась во время сохранения изменения в {0}, и это незавершённое изменение нельзя безопасно применить.

Файл и его журнал оставлены в точности как были.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="131" />
            <source>Cannot recover the last change</source>
            <translation>Не удаётся восстановить последнее изменение</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="138" />
            <source>The latest backup is from {0}.</source>
            <translation>Последняя резервная копия от {0}.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="139" />
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="150" />
            <source>Open the latest backup</source>
            <translation>Открыть последнюю резервную копию</translation>
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
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="29" />
            <source>Journey files (*.json *.csv *.mmd *.mermaid *.yaml *.yml);;Map Studio JSON (*.json);;CSV (*.csv);;Mermaid journey (*.mmd *.mermaid);;EMS YAML (*.yaml *.yml)</source>
            <translation>Файлы путей клиента (*.json *.csv *.mmd *.mermaid *.yaml *.yml);;JSON Map Studio (*.json);;CSV (*.csv);;Путь в Mermaid (*.mmd *.mermaid);;EMS YAML (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="42" />
            <source>{0} holds no maps.</source>
            <translation>В {0} нет карт.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="62" />
            <source>Add the {0} map(s) of {1} to this project, or make a new project of them?</source>
            <translation>Добавить карты из {1} (всего: {0}) в этот проект или создать из них новый проект?</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="64" />
            <source>Add to this project</source>
            <translation>Добавить в этот проект</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="65" />
            <source>New project…</source>
            <translation>Новый проект…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="74" />
            <source>Import {0}</source>
            <translation>Импорт: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="88" />
            <source>New project from import</source>
            <translation>Новый проект из импорта</translation>
        </message>
    </context>
    <context>
        <name>ProjectSettingsDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="44" />
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="147" />
            <source>Project settings</source>
            <translation>Параметры проекта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="54" />
            <source>e.g. your agency or team name</source>
            <translation>например, название агентства или команды</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="59" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="60" />
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="69" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="70" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="71" />
            <source>Brand name</source>
            <translation>Название бренда</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="72" />
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="118" />
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="124" />
            <source>Brand logo</source>
            <translation>Логотип бренда</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="74" />
            <source>Interface language</source>
            <translation>Язык интерфейса</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="80" />
            <source>The language of the words the map adds on screen and on paper: lane captions, badges, legend, footer</source>
            <translation>Язык слов, которые карта добавляет на экране и на бумаге: подписи дорожек, метки, легенда, колонтитул</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="83" />
            <source>Map language</source>
            <translation>Язык карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="84" />
            <source>Brand name and logo appear in the title block of printed and exported maps.</source>
            <translation>Название и логотип бренда выводятся в штампе напечатанных и экспортированных карт.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="102" />
            <source>No logo</source>
            <translation>Без логотипа</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="115" />
            <source>{0}: larger than 64 MB</source>
            <translation>{0}: больше 64 МБ</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="125" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
            <translation>Изображения (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="144" />
            <source>Edit project settings</source>
            <translation>Изменить параметры проекта</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatus</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/review_status.py" line="92" />
            <source>Review overdue</source>
            <translation>Пересмотр просрочен</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/review_status.py" line="94" />
            <source>Past their review date: {0}</source>
            <translation>Срок пересмотра прошёл: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/review_status.py" line="105" />
            <source>Review overdue since {0}</source>
            <translation>Пересмотр просрочен с {0}</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="29" />
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="64" />
            <source>Save as template</source>
            <translation>Сохранить как шаблон</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="35" />
            <source>When to use it, for which client or industry (optional)</source>
            <translation>Когда его использовать, для какого клиента или отрасли (необязательно)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="44" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="45" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="46" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
    </context>
    <context>
        <name>SaveVersionDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="42" />
            <source>Save version</source>
            <translation>Сохранить версию</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="44" />
            <source>e.g. After the client workshop</source>
            <translation>например, «После воркшопа с клиентом»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="46" />
            <source>What changed, who agreed it (optional)</source>
            <translation>Что изменилось и кто согласовал (необязательно)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="49" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="50" />
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
    </context>
    <context>
        <name>ScaleDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="33" />
            <source>Emotion scale</source>
            <translation>Шкала эмоций</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="42" />
            <source>Optional: one label per step, comma-separated</source>
            <translation>Необязательно: по подписи на каждый шаг, через запятую</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="49" />
            <source>Preset</source>
            <translation>Шаблон шкалы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="50" />
            <source>Lowest score</source>
            <translation>Наименьшая оценка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="51" />
            <source>Highest score</source>
            <translation>Наибольшая оценка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="52" />
            <source>Labels</source>
            <translation>Подписи</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="53" />
            <source>Existing scores keep their place on the new scale.</source>
            <translation>Существующие оценки сохранят своё место на новой шкале.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="47" />
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="56" />
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="50" />
            <source>Filter by action or key…</source>
            <translation>Фильтр по действию или клавише…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="53" />
            <source>Filter shortcuts</source>
            <translation>Фильтр сочетаний клавиш</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="55" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="55" />
            <source>Shortcut</source>
            <translation>Сочетание</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="57" />
            <source>Each action and the keys that run it</source>
            <translation>Каждое действие и клавиши, которые его выполняют</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="198" />
            <source>Customer-journey maps, offline. Start from a template, open a project or try the demo.</source>
            <translation>Карты пути клиента без интернета. Начните с шаблона, откройте проект или попробуйте демо.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="210" />
            <source>New from template…</source>
            <translation>Новый из шаблона…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="211" />
            <source>Start from an industry template</source>
            <translation>Начать с отраслевого шаблона</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="213" />
            <source>New blank project…</source>
            <translation>Новый пустой проект…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="214" />
            <source>Start with an empty starter map</source>
            <translation>Начать с пустой стартовой карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="216" />
            <source>Open…</source>
            <translation>Открыть…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="216" />
            <source>Open a .mapstudio project file</source>
            <translation>Открыть файл проекта .mapstudio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="218" />
            <source>Open demo</source>
            <translation>Открыть демо</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="219" />
            <source>A mortgage journey to explore; your copy, freely editable</source>
            <translation>Путь клиента при оформлении ипотеки: это ваша копия, меняйте её как угодно</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="234" />
            <source>Recent projects</source>
            <translation>Недавние проекты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="256" />
            <source>Double-click to open; right-click for more</source>
            <translation>Двойной щелчок открывает проект, правый — другие действия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="257" />
            <source>Projects you open or create will appear here.</source>
            <translation>Здесь появятся проекты, которые вы откроете или создадите.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="338" />
            <source>{0}
Last changed {1}</source>
            <translation>{0}
Последнее изменение: {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="369" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="370" />
            <source>Remove from the list</source>
            <translation>Убрать из списка</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="52" />
            <source>New from template</source>
            <translation>Новый из шаблона</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="67" />
            <source>Search templates, industries, personas…</source>
            <translation>Поиск шаблонов, отраслей, персон…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="74" />
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="75" />
            <source>Map type</source>
            <translation>Тип карты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="76" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="112" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="316" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="323" />
            <source>Delete template</source>
            <translation>Удалить шаблон</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="113" />
            <source>Remove this template from My templates</source>
            <translation>Убрать этот шаблон из «Моих шаблонов»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="134" />
            <source>Create project</source>
            <translation>Создать проект</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="136" />
            <source>Add map to this project</source>
            <translation>Добавить карту в этот проект</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="158" />
            <source>All industries</source>
            <translation>Все отрасли</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="161" />
            <source>All map types</source>
            <translation>Все типы карт</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Current state</source>
            <translation>Текущее состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Future state</source>
            <translation>Целевое состояние</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Day in the life</source>
            <translation>День из жизни</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Service blueprint</source>
            <translation>Сервисный блупринт</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="164" />
            <source>All languages</source>
            <translation>Все языки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="206" />
            <source>No template matches</source>
            <translation>Нет подходящих шаблонов</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="208" />
            <source>Clear the search or pick another filter.</source>
            <translation>Очистите поиск или выберите другой фильтр.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="245" />
            <source>{0} stages · {1} lanes · {2} cards</source>
            <translation>Этапов: {0} · дорожек: {1} · карточек: {2}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="317" />
            <source>Delete “{0}” from My templates?</source>
            <translation>Удалить «{0}» из «Моих шаблонов»?</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="72" />
            <source>Versions</source>
            <translation>Версии</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="84" />
            <source>Changes since this version:</source>
            <translation>Изменения после этой версии:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="90" />
            <source>Save version…</source>
            <translation>Сохранить версию…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="91" />
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="92" />
            <source>Compare with current</source>
            <translation>Сравнить с текущей</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="93" />
            <source>Mark on the map the cards added, changed and moved since this version</source>
            <translation>Отметить на карте карточки, добавленные, изменённые и перемещённые после этой версии</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="96" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="97" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="143" />
            <source>No versions yet. Save one before a workshop or a big change, and come back to it at any time.</source>
            <translation>Версий пока нет. Сохраните версию перед воркшопом или крупным изменением — к ней можно вернуться в любой момент.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="154" />
            <source>No changes.</source>
            <translation>Изменений нет.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="161" />
            <source>Save version “{0}”</source>
            <translation>Сохранить версию «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="171" />
            <source>Save version</source>
            <translation>Сохранить версию</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="178" />
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="194" />
            <source>Restore version</source>
            <translation>Восстановить версию</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="179" />
            <source>Bring the whole project back to “{0}”? The project as it is now is saved as a version first, and Undo reverses the restore.</source>
            <translation>Вернуть весь проект к версии «{0}»? Текущее состояние проекта сначала сохранится как версия, а «Отменить» отменит восстановление.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="183" />
            <source>Restore version “{0}”</source>
            <translation>Восстановить версию «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="189" />
            <source>Before restoring “{0}”</source>
            <translation>Перед восстановлением «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="213" />
            <source>Delete version</source>
            <translation>Удалить версию</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="214" />
            <source>Delete the version “{0}”? Edit ▸ Undo brings it back.</source>
            <translation>Удалить версию «{0}»? Правка ▸ Отменить вернёт её.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="218" />
            <source>Delete version “{0}”</source>
            <translation>Удалить версию «{0}»</translation>
        </message>
    </context>
    <context>
        <name>WalkthroughWindow</name>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="88" />
            <source>Walkthrough — {0}</source>
            <translation>Пошаговый показ — {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="126" />
            <source>‹ Previous</source>
            <translation>‹ Назад</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="127" />
            <source>Next ›</source>
            <translation>Далее ›</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="132" />
            <source>← → move between stages · Home/End first and last · Esc leaves</source>
            <translation>← → переход между этапами · Home/End — первый и последний · Esc — выход</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="184" />
            <source>This map has no stages yet</source>
            <translation>На этой карте пока нет этапов</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="195" />
            <source>Stage {0} of {1}</source>
            <translation>Этап {0} из {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="153" />
            <source>How it feels</source>
            <translation>Что чувствует клиент</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="166" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="169" />
            <source>No feeling mapped for this stage yet</source>
            <translation>Для этого этапа эмоции ещё не отмечены</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="188" />
            <source>Today: {0}</source>
            <translation>Сейчас: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="189" />
            <source>Target: {0}</source>
            <translation>Цель: {0}</translation>
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
            <translation>На этом этапе пока нет карточек.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Touchpoints</source>
            <translation>Точки контакта</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Actions</source>
            <translation>Действия</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Thoughts</source>
            <translation>Мысли</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Emotions</source>
            <translation>Эмоции</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Pain points</source>
            <translation>Болевые точки</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Opportunities</source>
            <translation>Возможности</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Channels</source>
            <translation>Каналы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Backstage</source>
            <translation>Закулисье</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Systems</source>
            <translation>Системы</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Storyboard</source>
            <translation>Раскадровка</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Owners</source>
            <translation>Ответственные</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="182" />
            <source>target {0}</source>
            <translation>цель {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="213" />
            <source>Owner: {0}</source>
            <translation>Ответственный: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="221" />
            <source>★ Moment of truth</source>
            <translation>★ Момент истины</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="225" />
            <source>Severity {0}</source>
            <translation>Серьёзность {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="227" />
            <source>Impact {0}</source>
            <translation>Влияние {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="229" />
            <source>Effort {0}</source>
            <translation>Трудозатраты {0}</translation>
        </message>
    </context>
    <context>
        <name>WindowLayout</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_layout.py" line="36" />
            <source>&amp;Focus mode</source>
            <translation>Режим &amp;фокуса</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_layout.py" line="39" />
            <source>Hide the panels to give the map the whole window; again to bring them back</source>
            <translation>Скрыть панели и отдать карте всё окно; повторно — вернуть их</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_layout.py" line="149" />
            <source>Focus mode: F11 brings the panels back</source>
            <translation>Режим фокуса: F11 возвращает панели</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="56" />
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="188" />
            <source>Open workspace project</source>
            <translation>Открыть проект рабочего пространства</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="59" />
            <source>Workspace URL</source>
            <translation>Адрес рабочего пространства</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="60" />
            <source>&amp;List projects</source>
            <translation>&amp;Показать проекты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="63" />
            <source>Projects</source>
            <translation>Проекты</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="65" />
            <source>Passwords come from your .pgpass file, the PostgreSQL service file or the system keychain.</source>
            <translation>Пароли берутся из файла .pgpass, файла служб PostgreSQL или системной связки ключей.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="77" />
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="126" />
            <source>Workspace:</source>
            <translation>Рабочее пространство:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="98" />
            <source> — open by {0}</source>
            <translation> — открыт: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="102" />
            <source>Projects: {0}</source>
            <translation>Проектов: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="103" />
            <source>No projects yet: publish one with File ▸ Publish to workspace…</source>
            <translation>Проектов пока нет: опубликуйте проект через Файл ▸ Опубликовать в рабочем пространстве…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="121" />
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="266" />
            <source>Publish to workspace</source>
            <translation>Опубликовать в рабочем пространстве</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="127" />
            <source>Project name:</source>
            <translation>Имя проекта:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="145" />
            <source>Open &amp;workspace project…</source>
            <translation>Открыть проект &amp;рабочего пространства…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="146" />
            <source>Open a project shared on a team workspace (PostgreSQL)</source>
            <translation>Открыть проект, общий для команды, в рабочем пространстве (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="149" />
            <source>&amp;Publish to workspace…</source>
            <translation>&amp;Опубликовать в рабочем пространстве…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="150" />
            <source>Copy this project into a team workspace</source>
            <translation>Скопировать этот проект в рабочее пространство команды</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="201" />
            <source>Read-only: your role may only read this workspace</source>
            <translation>Только чтение: ваша роль может только читать это рабочее пространство</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="237" />
            <source>Offline</source>
            <translation>Нет связи</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="243" />
            <source>Also on this map: {0}</source>
            <translation>Также на этой карте: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="245" />
            <source>Other people who have this map open now (their workspace user names)</source>
            <translation>Другие люди, у которых сейчас открыта эта карта (их имена пользователей в рабочем пространстве)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="263" />
            <source>Choose a project name without '#'.</source>
            <translation>Выберите имя проекта без символа «#».</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="270" />
            <source>Published as {0} — File ▸ Open workspace project… opens it</source>
            <translation>Опубликован как {0} — откройте его через Файл ▸ Открыть проект рабочего пространства…</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Your project is safe: every change is saved in the file as you make it. You can keep working, but if something looks wrong, reopen the project.</source>
            <translation type="vanished">Ваш проект в безопасности: каждое изменение сразу сохраняется в файле. Можно продолжать работу, но если что-то выглядит не так, откройте проект заново.</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Ads</source>
            <translation type="vanished">Реклама</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Chat</source>
            <translation type="vanished">Чат</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Email</source>
            <translation type="vanished">Электронная почта</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>In person</source>
            <translation type="vanished">Лично</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Kiosk</source>
            <translation type="vanished">Киоск</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Mail</source>
            <translation type="vanished">Почта</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Mobile app</source>
            <translation type="vanished">Мобильное приложение</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Partner</source>
            <translation type="vanished">Партнёр</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Phone</source>
            <translation type="vanished">Телефон</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Search</source>
            <translation type="vanished">Поиск</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Sms</source>
            <translation type="vanished">СМС</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Social</source>
            <translation type="vanished">Соцсети</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Store</source>
            <translation type="vanished">Магазин</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Video</source>
            <translation type="vanished">Видео</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Web</source>
            <translation type="vanished">Сайт</translation>
        </message>
    </context>
    <context>
        <name>JourneyFeatures</name>
        <message>
            <source>Map</source>
            <translation type="vanished">Карта</translation>
        </message>
    </context>
    <context>
        <name>JourneyFeatures</name>
        <message>
            <source>View</source>
            <translation type="vanished">Вид</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <source>{0} — {1} sheets of {2} ({3} rows × {4} columns), poster {5} × {6} mm, overlap {7} mm</source>
            <translation type="vanished">{0} — листов формата {2}: {1} (рядов × столбцов: {3} × {4}), плакат {5} × {6} мм, перекрытие {7} мм</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;b&gt;Map Studio&lt;/b&gt; {0}&lt;br&gt;Offline customer-journey maps.&lt;br&gt;&lt;br&gt;Fonts: DejaVu Sans (Bitstream Vera licence).&lt;br&gt;Icons: Font Awesome Free via QtAwesome (SIL OFL 1.1 / MIT).</source>
            <translation type="vanished">&lt;b&gt;Map Studio&lt;/b&gt; {0}&lt;br&gt;Карты пути клиента без интернета.&lt;br&gt;&lt;br&gt;Шрифты: DejaVu Sans (лицензия Bitstream Vera).&lt;br&gt;Значки: Font Awesome Free через QtAwesome (SIL OFL 1.1 / MIT).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Map Studio</source>
            <translation type="vanished">О программе Map Studio</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cannot open file</source>
            <translation type="vanished">Не удаётся открыть файл</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Light or dark windows; maps always print on white</source>
            <translation type="vanished">Светлые или тёмные окна; карты всегда печатаются на белом</translation>
        </message>
    </context>
    <context>
        <name>ProjectImport</name>
        <message>
            <source>Import map</source>
            <translation type="vanished">Импортировать карту</translation>
        </message>
    </context>
    <context>
        <name>ProjectImport</name>
        <message>
            <source>Map Studio projects (*.mapstudio)</source>
            <translation type="vanished">Проекты Map Studio (*.mapstudio)</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Customer-journey maps on your own computer.</source>
            <translation type="vanished">Карты пути клиента на вашем компьютере.</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Explore a finished example project</source>
            <translation type="vanished">Посмотреть готовый пример проекта</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Start a project from the template gallery</source>
            <translation type="vanished">Начать проект из галереи шаблонов</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Industry: {0}</source>
            <translation type="vanished">Отрасль: {0}</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Language: {0}</source>
            <translation type="vanished">Язык: {0}</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Map type: {0}</source>
            <translation type="vanished">Тип карты: {0}</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Personas: {0}</source>
            <translation type="vanished">Персоны: {0}</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Delete the version “{0}”? This cannot be undone.</source>
            <translation type="vanished">Удалить версию «{0}»? Это действие нельзя отменить.</translation>
        </message>
    </context>
    <context>
        <name>WalkthroughWindow</name>
        <message>
            <source>← → to move between stages · Esc to leave</source>
            <translation type="vanished">← → — переход между этапами · Esc — выход</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>A mortgage journey to explore; your copy, freely editable</source>
            <translation type="vanished">Путь клиента при оформлении ипотеки: это ваша копия, меняйте её как угодно</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Customer-journey maps, offline. Start from a template, open a project or try the demo.</source>
            <translation type="vanished">Карты пути клиента без интернета. Начните с шаблона, откройте проект или попробуйте демо.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>New blank project…</source>
            <translation type="vanished">Пустой проект…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>New from template…</source>
            <translation type="vanished">Новый из шаблона…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>No recent projects yet. Projects you open or create appear here.</source>
            <translation type="vanished">Недавних проектов пока нет. Здесь появятся проекты, которые вы откроете или создадите.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open a .mapstudio project</source>
            <translation type="vanished">Открыть проект .mapstudio</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open demo</source>
            <translation type="vanished">Открыть демо</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open…</source>
            <translation type="vanished">Открыть…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Recent projects</source>
            <translation type="vanished">Недавние проекты</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Start from an industry template</source>
            <translation type="vanished">Начать с отраслевого шаблона</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Start with an empty starter map</source>
            <translation type="vanished">Начать с пустой стартовой карты</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Open by: {0}</source>
            <translation type="vanished">Открыт: {0}</translation>
        </message>
    </context>
</TS>
